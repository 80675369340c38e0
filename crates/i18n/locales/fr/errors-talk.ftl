# Pools in French: errors of discussions, notifications, webhooks and calendars.
# Every key here is in the other languages too.

## Discussions et commentaires

error-talk-title-needed = donnez à la discussion un titre de 1 à 120 caractères
error-talk-hide-reason = dites pourquoi le commentaire est masqué : la raison reste dans le procès-verbal
error-talk-write-something = écrivez quelque chose avant de publier
error-talk-discussion-vanished = la discussion qui vient d'être lancée a disparu
error-talk-comment-vanished = le commentaire qui vient d'être publié a disparu
error-talk-no-discussion = il n'y a pas de discussion avec l'identifiant « { $id } »
error-talk-no-comment = il n'y a pas de commentaire avec l'identifiant « { $id } »
error-talk-no-thread = il n'y a pas de décision ni de discussion avec l'identifiant « { $id } »
error-talk-flood-members-only = seuls les membres actifs des caisses membres du Flood peuvent écrire ici
error-talk-members-only = seuls les membres actifs de la caisse peuvent écrire ici : rejoignez-la d'abord

## Les choix de notification et la désinscription

error-talk-choose-kind = choisissez l'une de ces valeurs : { $choices }, et non « { $given } »
error-talk-choose-delivery = pour « { $kind } », choisissez { $choices }, et non « { $given } »
error-talk-or = { $rest } ou { $last }
error-talk-bad-unsubscribe = ce lien de désinscription n'est pas valide : utilisez le lien d'un message, ou modifiez vos choix sur la page des notifications de la caisse

## Les webhooks

error-talk-hooks-organizers-only = seule l'équipe d'organisation de la caisse peut voir et modifier ses webhooks
error-talk-hook-events = choisissez au moins une chose dont ce point de terminaison sera averti
error-talk-hooks-full = une caisse peut avoir { $n ->
    [one] un seul webhook
   *[other] { $n } webhooks
} : supprimez-en un d'abord
error-talk-no-webhook = ce webhook n'existe pas, ou il a été supprimé

## Les agendas

error-talk-bad-calendar-link = ce lien d'agenda n'est pas valide : il a été remplacé ou désactivé. Obtenez le lien actuel sur votre page d'agenda.
