# Pools in French: errors of groups, pools, accounts and invitations.
# Every key here is in the other languages too.


## Groupes

error-pools-slug-taken = l'adresse « { $slug } » est déjà prise par un autre groupe : choisissez-en une autre
error-pools-already-in-group = vous êtes déjà membre de { $group }
error-pools-import-forbidden = seule l'équipe d'organisation de { $group } peut importer des membres
error-pools-no-group = il n'y a pas de groupe « { $slug } »
error-pools-no-group-address = il n'y a pas de groupe à l'adresse « { $slug } »

## Liens d'invitation et invitations par courriel

error-pools-invite-invalid = ce lien d'invitation n'est pas valable : demandez à une personne qui organise le groupe de le copier à nouveau
error-pools-invite-member-gone = la place à laquelle invite ce lien n'existe plus
error-pools-invite-group-gone = le groupe de cette invitation n'existe plus
error-pools-invite-taken = cette place dans { $group } a déjà été prise par quelqu'un d'autre ; si c'est une erreur, prévenez une personne qui organise le groupe
error-pools-invite-already-member = vous êtes déjà membre de { $group } sous le nom « { $mine } » : vous ne pouvez donc pas prendre aussi la place de « { $theirs } »
error-pools-invites-forbidden = seule l'équipe d'organisation de { $group } peut voir et envoyer ses invitations
error-pools-not-an-email = « { $text } » n'est pas une adresse électronique : écrivez-la sous la forme nom@example.org
error-pools-no-such-member = ce membre n'est pas dans { $group }
error-pools-place-claimed = { $name } a déjà pris sa place : il n'y a personne à inviter
# Pourquoi une invitation n'est pas partie, après « Pas d'envoi à NOM : ».
error-pools-skip-no-address = pas encore d'adresse électronique
error-pools-skip-claimed = a déjà pris sa place

## Caisses

error-pools-pool-group-gone = le groupe de cette caisse n'existe plus
error-pools-group-has-pool = { $group } a déjà une caisse, { $pool }
error-pools-create-accept = lisez l'engagement de membre et cochez la case pour l'accepter : en tant que première personne à organiser la caisse, vous en êtes le premier membre
error-pools-new-pool-vanished = la nouvelle caisse a disparu
error-pools-commitment-empty = l'engagement de membre ne peut pas être vide : dites ce que les membres promettent
error-pools-rules-open = cette caisse est ouverte : ses règles ne changent donc que par une décision des membres de changer les règles
error-pools-already-open = cette caisse est déjà ouverte
error-pools-open-forbidden = seule l'équipe d'organisation de la caisse peut l'ouvrir
error-pools-join-group-first = seuls les membres de { $group } peuvent rejoindre sa caisse : rejoignez d'abord le groupe
error-pools-already-in-pool = vous êtes déjà membre de cette caisse
error-pools-still-draft = l'équipe d'organisation prépare encore cette caisse : vous pourrez la rejoindre dès qu'elle l'aura ouverte
error-pools-join-accept = cochez la case pour accepter l'engagement de membre
error-pools-commitment-changed = l'engagement de membre a changé depuis que vous l'avez lu : relisez-le et acceptez le texte actuel
error-pools-new-membership-vanished = la nouvelle adhésion a disparu
error-pools-not-in-pool = vous n'êtes pas membre de cette caisse
error-pools-last-organizer-leaving = vous êtes la seule personne qui organise la caisse : confiez ce rôle à un autre membre avant de partir
error-pools-roles-forbidden = seule l'équipe d'organisation de la caisse peut attribuer les rôles
error-pools-not-a-member = cette personne n'est pas membre de cette caisse
error-pools-needs-organizer = une caisse a besoin d'au moins une personne qui l'organise : confiez d'abord ce rôle à quelqu'un d'autre
error-pools-membership-vanished = l'adhésion a disparu
error-pools-time-zone-forbidden = seule l'équipe d'organisation de la caisse peut choisir son fuseau horaire
error-pools-pool-vanished = la caisse a disparu
error-pools-flood-forbidden = seuls les membres du groupe d'une caisse membre peuvent voir ce Flood
error-pools-read-forbidden = seuls les membres du groupe de la caisse peuvent voir ceci

## Comptes et réglages

error-pools-account-exists = un compte existe déjà avec { $email } : connectez-vous, ou réinitialisez votre mot de passe si vous l'avez oublié
error-pools-wrong-password = cette adresse électronique et ce mot de passe ne correspondent à aucun compte : vérifiez les deux, ou réinitialisez votre mot de passe
error-pools-reset-link = ce lien de réinitialisation est inconnu, déjà utilisé ou expiré : demandez-en un nouveau
# $why : les mots de la bibliothèque de hachage, en anglais.
error-pools-password-unusable = ne peut pas être utilisé : { $why }
error-pools-outbox-forbidden = seul l'opérateur de ce serveur peut lire le courrier sortant
error-pools-language = choisissez English, Français ou Español

## Les requêtes qui font circuler de l'argent, faites une seule fois

error-pools-idempotency-key = envoyez un en-tête Idempotency-Key de 1 à 200 caractères, nouveau pour chaque requête qui fait circuler de l'argent
error-pools-idempotency-reused = cette Idempotency-Key a déjà servi pour une autre requête : utilisez une nouvelle clé
