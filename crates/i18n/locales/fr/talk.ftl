# Pools in French: Discussions, invitations, notifications, webhooks, accounts and the error page.
# Every key here is in the other languages too.

## Les discussions d'une caisse

discussion-list-title = Discussions de { $pool }
discussion-list-lead = Discutez avant que quiconque ne soumette une question au vote. Chaque commentaire est conservé dans le procès-verbal de la caisse.
discussion-list-none = Pas encore de discussion.
discussion-list-caption = Discussions, les plus récentes d'abord
discussion-col-discussion = Discussion
discussion-col-started-by = Lancée par
discussion-col-comments = Commentaires
discussion-col-last = Dernier message
discussion-start-heading = Lancer une discussion
discussion-field-title = De quoi s'agit-il ?
discussion-field-body = Précisez (facultatif ; le Markdown et les @mentions fonctionnent)
discussion-start-button = Lancer la discussion
discussion-started = Votre discussion est ouverte. Les membres peuvent y répondre en dessous.
discussion-crumb = Discussions
discussion-byline = Une discussion sans vote · lancée par { $name } · { $when }

## Un fil de commentaires, sous une décision ou une discussion

thread-heading = Discussion ({ $count ->
    [one] { $count } commentaire
   *[other] { $count } commentaires
  })
thread-none = Pas encore de commentaire.
thread-hidden = masqué par { $name } le { $when } : { $reason }
thread-edit-or-hide = Modifier ou masquer
thread-hide = Masquer
thread-their-comment = le commentaire de { $name }
thread-their-reply = la réponse de { $name }
thread-reply = Répondre
thread-reply-to = à { $name }
thread-your-reply = Votre réponse à { $name }
thread-post-reply = Publier la réponse
thread-add-comment = Ajouter un commentaire
thread-hint-handles = Le Markdown fonctionne : **gras**, *italique*, listes et liens. Mentionnez un membre avec @ suivi de son identifiant pour le prévenir : { $handles }.
thread-hint-example = Le Markdown fonctionne : **gras**, *italique*, listes et liens. Mentionnez un membre avec @ suivi de son identifiant pour le prévenir : son nom en minuscules, les mots reliés par des traits d'union, comme @ana-okafor.
thread-post-comment = Publier le commentaire
thread-members-only = Les membres actifs de la caisse peuvent commenter ici.

## La page d'un commentaire

comment-posted = Votre commentaire est publié.
comment-edited = modifié le { $when }
comment-edited-times = modifié { $count ->
    [one] une fois
   *[other] { $count } fois
  }, la dernière le { $when }
comment-back = Revenir au fil
comment-title = Un commentaire de { $name }
comment-hidden = Masqué par { $name } le { $when } : { $reason }
comment-edit-heading = Modifier votre commentaire
comment-edit-hint = Le commentaire apparaîtra comme modifié, et le procès-verbal garde chaque version.
comment-field-body = Votre commentaire
comment-save = Enregistrer la modification
comment-hide-heading = Masquer ce commentaire
comment-hide-hint = Son texte n'apparaît plus ici ni dans l'API ; la raison s'affiche à sa place, et le procès-verbal de la caisse garde les deux.
comment-field-reason = Pourquoi le masquer ?
comment-hide-button = Masquer le commentaire
comment-changed = Votre commentaire est modifié ; il apparaît comme tel.
comment-hidden-now = Le commentaire est masqué. La raison s'affiche à sa place.

## Un lien d'invitation, et les invitations d'un groupe

invite-heading = Vous êtes invité·e à rejoindre { $group }
invite-lead = Ce lien réserve la place de { $member } dans { $group }, importée de la liste des membres Meetup du groupe.
invite-yours = Cette place est la vôtre.
invite-go = Aller au groupe
invite-taken = Quelqu'un a déjà pris cette place. Si c'est une erreur, prévenez une personne qui organise le groupe.
invite-take = C'est moi : prendre ma place
invite-sign-in = Pour prendre votre place, { $create } ou { $signin }. Vous reviendrez ensuite ici.
invite-create-account = créez un compte
invite-sign-in-link = connectez-vous
invite-list-title = Invitations pour { $group }
invite-list-lead = Chaque membre importé a son propre lien : qui l'ouvre et se connecte prend cette place dans le groupe. Les exports Meetup ne contiennent pas d'adresses électroniques : ajoutez celles que vous avez et Pools envoie les invitations, ou envoyez vous-même chaque lien par message Meetup. Traitez ces liens comme des clés. Si l'une de ces places est la vôtre, ouvrez votre propre lien : vos deux adhésions n'en feront plus qu'une.
invite-claimed-count = Sur { $total ->
    [one] { $total } membre importé
   *[other] { $total } membres importés
  }, { $claimed ->
    [one] { $claimed } a pris sa place.
   *[other] { $claimed } ont pris leur place.
  }
invite-none-imported = Personne n'est encore importé : importez d'abord l'export Meetup du groupe.
invite-upload-heading = Ajouter des adresses depuis une liste
invite-upload-hint = Un fichier CSV avec une ligne d'en-tête : { $name }, { $url } (le plus sûr pour retrouver chacun, car les noms se répètent) et { $email }. Chaque ligne est d'abord vérifiée ; si l'une est fausse, rien n'est gardé et le problème est signalé avec sa ligne.
invite-field-file = Liste d'adresses (CSV)
invite-upload-button = Ajouter les adresses
invite-members-heading = Les membres et leurs invitations
invite-send-all = { $count ->
    [one] Envoyer l'invitation au membre qui a une adresse et n'a pas encore été invité
   *[other] Envoyer les invitations aux { $count } membres qui ont une adresse et n'ont pas encore été invités
  }
invite-caption = Membres importés, leurs adresses et leurs invitations
invite-col-member = Membre
invite-col-email = Adresse électronique
invite-col-invite = Invitation
invite-col-link = Lien
invite-email-of = Adresse électronique de { $name }
invite-save = Enregistrer
invite-save-of = l'adresse de { $name }
invite-send = Envoyer l'invitation
invite-send-again = Renvoyer
invite-send-to = à { $name }
invite-link-for = Lien d'invitation de { $name }
invite-status-claimed = A pris sa place
invite-status-opened = A ouvert son lien le { $when }
invite-status-invited = Invité·e le { $when }
invite-status-invited-times = Invité·e le { $when } ({ $count } fois)
invite-status-not-invited = Pas encore invité·e
invite-status-no-address = Pas d'adresse : envoyez le lien vous-même, ou ajoutez-en une
invite-address-removed = L'adresse est supprimée.
invite-address-kept = L'adresse est gardée. Envoyez l'invitation quand vous serez prêt·e.
invite-upload-unreadable = le fichier envoyé n'a pas pu être lu : { $reason }
invite-upload-none = choisissez un fichier CSV avec les colonnes Name, URL of Member Profile et Email, puis appuyez sur Ajouter
invite-kept = { $added ->
    [one] { $added } adresse gardée
   *[other] { $added } adresses gardées
  }. Rien n'est envoyé tant que vous n'appuyez pas sur Envoyer.
invite-kept-claimed = { $added ->
    [one] { $added } adresse gardée
   *[other] { $added } adresses gardées
  } ; { $claimed ->
    [one] { $claimed } membre avait déjà pris sa place
   *[other] { $claimed } membres avaient déjà pris leur place
  }. Rien n'est envoyé tant que vous n'appuyez pas sur Envoyer.
invite-sent = { $count ->
    [one] { $count } invitation est en route.
   *[other] { $count } invitations sont en route.
  }
invite-not-sent = Pas d'envoi à { $name } : { $reason }.

## Les choix de notification et la désinscription

notifications-title = Notifications de { $pool }
notifications-lead = Choisissez comment vous êtes averti·e de chaque chose dans { $pool } : un courriel tout de suite, un seul courriel par jour qui rassemble tout, ou rien. Votre vote compte autant, quel que soit votre choix.
notifications-back = Revenir à la caisse
notifications-save = Enregistrer mes choix
notifications-saved = Vos choix de notification sont enregistrés.
notifications-immediately = Courriel tout de suite
notifications-digest = Résumé quotidien
notifications-off = Désactivé
notifications-decision-opened = Une décision s'ouvre
notifications-closing-soon = Une décision se clôt dans 24 heures et vous n'avez pas voté
notifications-decision-result = Le résultat d'une décision
notifications-money-recorded = De l'argent enregistré pour vous
notifications-round-opened = Un budget participatif s'ouvre
notifications-payout-paid = Un paiement est effectué
notifications-signature-needed = Un document juridique attend votre signature
notifications-round-closing = Un budget participatif se clôt dans 24 heures et il vous reste une part à répartir
notifications-flood-decision = Une décision d'un Flood s'ouvre
notifications-mentioned = Quelqu'un vous mentionne dans un commentaire
unsubscribe-stop = Arrêter ces messages
unsubscribe-ask = Arrêter ces messages ?
unsubscribe-ask-lead = Arrêter les courriels de { $pool } pour : « { $kind } ». Les autres messages de la caisse, et votre vote, ne changent pas.
unsubscribe-done = Messages arrêtés
unsubscribe-done-lead = Vous ne recevrez plus de courriels de { $pool } pour : « { $kind } ». Tout le reste est inchangé.
unsubscribe-again = Vous avez changé d'avis ? Connectez-vous et choisissez à nouveau sur { $page }.
unsubscribe-again-link = la page des notifications de la caisse

## Le courrier sortant de l'opérateur

outbox-title = Courrier sortant
outbox-lead-delivers = Les messages que ce serveur a mis en file, les plus récents d'abord, et ce qu'il est advenu de chacun. Un message qui échoue est réessayé plus tard, avec une attente plus longue à chaque fois, puis abandonné après plusieurs essais. La commande { $command } montre la même chose.
outbox-lead-no-mail = Les messages que ce serveur a mis en file. Aucun serveur de courrier n'est configuré (lancez Pools avec { $smtp } et { $from }) : rien ne part, transmettez les liens à la main si besoin. La commande { $command } montre la même chose.
outbox-empty = Le courrier sortant est vide.
outbox-to = À { $to }
outbox-queued = mis en file le { $when }
outbox-after-tries = après { $count ->
    [one] { $count } essai
   *[other] { $count } essais
  }
outbox-status-queued = en file
outbox-status-sending = en cours d'envoi
outbox-status-sent = envoyé
outbox-status-failed = échoué
outbox-status-expired = expiré

## Les webhooks d'une caisse

webhooks-title = Webhooks de { $pool }
webhooks-lead = Informez la messagerie de votre groupe, ou votre propre système, de ce qui se passe dans la caisse. Chaque envoi est du JSON posté à l'adresse que vous indiquez, signé avec le secret du point de terminaison dans l'en-tête { $header } ({ $t }l'heure, { $v1 }le HMAC-SHA256 de l'heure, d'un point et du corps). Un envoi qui échoue est réessayé, avec une attente plus longue à chaque fois, jusqu'à 8 essais.
webhooks-none = Pas encore de webhook.
webhooks-endpoints = Points de terminaison
webhooks-hears-of = Est averti de : { $events }
webhooks-secret = Secret de signature
webhooks-test = Envoyer un test
webhooks-test-to = à { $url }
webhooks-remove = Supprimer
webhooks-add-heading = Ajouter un webhook
webhooks-field-url = Adresse
webhooks-url-hint = Dans Slack : l'adresse d'un webhook entrant. Dans Discord : Paramètres du serveur, Intégrations, Webhooks, Copier l'URL du webhook. Elle doit commencer par https://.
webhooks-format = Format
webhooks-events = Ce dont il est averti
webhooks-add-button = Ajouter le webhook
webhooks-log = Envois
webhooks-log-none = Rien n'a encore été envoyé.
webhooks-log-caption = Les 50 derniers envois, les plus récents d'abord
webhooks-col-queued = Mis en file
webhooks-col-endpoint = Point de terminaison
webhooks-col-event = Événement
webhooks-col-status = État
webhooks-col-tries = Essais
webhooks-col-answer = Dernière réponse
webhooks-answered = a répondu { $status }
webhooks-added = Le webhook est ajouté. Son secret est ci-dessous : donnez-le au destinataire pour qu'il puisse vérifier la signature de chaque envoi.
webhooks-removed = Le webhook est supprimé ; plus rien ne lui est envoyé.
webhooks-pinged = Un envoi de test est en route. Le journal ci-dessous montre comment il s'est passé.
webhooks-format-choose = choisissez { $first } ou { $last }
webhooks-event-unknown = « { $event } » n'est pas un événement dont un webhook peut être averti
webhooks-format-json = JSON (pour votre propre récepteur, ou Matrix et d'autres passerelles)
webhooks-format-slack = Webhook entrant Slack
webhooks-format-discord = Webhook Discord
webhooks-event-decision-opened = Une décision s'ouvre
webhooks-event-decision-closed = Une décision se clôt, avec son résultat
webhooks-event-money-received = De l'argent est enregistré
webhooks-event-payout-paid = Un paiement est effectué
webhooks-event-round-opened = Un budget participatif s'ouvre
webhooks-event-round-closed = Un budget participatif se clôt
webhooks-event-member-joined = Quelqu'un rejoint la caisse
webhooks-event-discussion-started = Une discussion commence
webhooks-event-comment-posted = Un commentaire est publié
webhooks-event-ping = Un envoi de test
webhooks-status-queued = en file
webhooks-status-sending = en cours d'envoi
webhooks-status-sent = envoyé
webhooks-status-failed = échoué
webhooks-status-expired = expiré

## Un mot de passe oublié

forgot-title = Réinitialiser votre mot de passe
forgot-sent = Si un compte utilise cette adresse, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Le lien est valable une heure.
forgot-lead = Saisissez votre adresse électronique et nous vous enverrons un lien pour choisir un nouveau mot de passe.
forgot-send = Envoyer le lien
reset-title = Choisir un nouveau mot de passe
reset-field = Nouveau mot de passe
reset-hint = Au moins 10 caractères. Vous serez déconnecté·e de tous les appareils où vous êtes connecté·e.
reset-save = Enregistrer le nouveau mot de passe
reset-done = Votre mot de passe est changé. Connectez-vous avec le nouveau.

## La page d'erreur

error-title-invalid = La demande contient des erreurs
error-title-not-found = Introuvable
error-title-sign-in = Connectez-vous d'abord
error-title-forbidden = Non autorisé
error-title-conflict = Ce n'est pas possible pour l'instant
error-title-rate-limited = Trop de tentatives
error-title-busy = Serveur occupé, réessayez dans un instant
error-title-bad-request = La demande n'a pas pu être lue
error-title-other = Un problème est survenu
error-csrf = Ce formulaire a expiré ou vient d'un autre site. Revenez en arrière, rechargez la page et envoyez-le à nouveau.
error-sign-in = { $signin } ou { $create }.
error-sign-in-link = Se connecter
error-create-account = créer un compte
error-back = Revenir à la page d'accueil
