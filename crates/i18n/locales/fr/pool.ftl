# Pools in French: Groups, pools, their rules and new decisions.
# Every key here is in the other languages too.

## La page d'accueil publique

public-heading = Faites de votre groupe une caisse détenue par ses membres
public-lead = Une caisse permet aux personnes d'un groupe de mettre de l'argent en commun, de proposer ce qu'elles en font et d'en décider par un vote. Chaque membre a exactement une voix, quoi qu'il ou elle apporte.
public-start = Commencer par créer un compte
public-or-sign-in = ou se connecter
public-how = Comment ça marche
public-step-group-title = Amenez votre groupe.
public-step-group = Importez la liste des membres exportée de Meetup, ou créez un nouveau groupe. Chacun reçoit un lien d'invitation.
public-step-pool-title = Créez une caisse.
public-step-pool = En une étape, avec des règles par défaut équitables que vous pouvez ajuster avant de l'ouvrir : combien doivent voter, quelle part doit être d'accord.
public-step-decide-title = Décidez ensemble.
public-step-decide = Les membres adhèrent en signant un court engagement, puis proposent et votent. L'argent ne sort que par décision.

## Créer un groupe

group-new-title = Créer un groupe
group-new-lead = Un groupe, c'est votre communauté. Le rejoindre ne coûte rien. Dès qu'il a des membres, vous pouvez en faire une caisse.
group-new-name = Nom du groupe
group-new-slug = Adresse web (facultative)
group-new-slug-hint = Des lettres minuscules, des chiffres et des traits d'union, comme { $example }. Laissée vide, elle est tirée du nom.
group-new-description = L'objet du groupe (facultatif)
group-new-create = Créer le groupe
group-created = { $group } est créé et vous en êtes l'organisateur ou l'organisatrice. Importez vos membres Meetup ou partagez la page.

## La page d'un groupe

group-member-count = { $n ->
    [one] { $n } membre
   *[other] { $n } membres
  }
group-you-are-organizer = vous l'organisez
group-you-are-member = vous en êtes membre
group-pool-heading = Caisse
group-pool-lead = Le fonds du groupe, détenu par ses membres. Chaque membre a une voix.
group-no-pool-organizer = Ce groupe n'a pas encore de caisse. Une caisse permet aux membres de mettre de l'argent en commun et de décider par un vote de son usage.
group-turn-into-pool = Faire de ce groupe une caisse
group-no-pool = Ce groupe n'a pas encore de caisse. L'équipe d'organisation peut en créer une.
group-join-heading = Rejoindre
group-join-button = Rejoindre { $group }
group-join-meetup-hint = Vous faisiez partie de ce groupe sur Meetup ? Demandez plutôt votre lien d'invitation à un organisateur ou une organisatrice, pour garder votre place.
group-sign-in-to-join = { $signin } ou { $signup } pour le rejoindre.
group-sign-in-link = Connectez-vous
group-sign-up-link = créez un compte
group-import-heading = Importer les membres depuis Meetup
group-import-lead = Sur Meetup, ouvrez la liste des membres de votre groupe et exportez-la. Déposez ce fichier CSV ici. Importer à nouveau un export plus récent met les membres à jour, sans jamais les dupliquer.
group-import-file = Export des membres Meetup (CSV)
group-import-button = Importer les membres
group-invite-links = Liens d'invitation des membres importés ({ $n } en attente)
group-members-caption = Membres de { $group }
group-members-on-pools = Sur Pools
group-members-joined-meetup = Arrivée sur Meetup
group-members-answers = Réponses
group-meetup-role = { $role } sur Meetup
group-has-account = a un compte
group-invited = invité·e
group-joined = Vous avez rejoint le groupe.
group-imported = { $members ->
    [one] { $members } membre importé
   *[other] { $members } membres importés
  } depuis { $file } : { $created ->
    [one] { $created } nouveau
   *[other] { $created } nouveaux
  }, { $updated } mis à jour. Envoyez aux nouveaux leur lien d'invitation.
group-upload-unreadable = le fichier envoyé n'a pas pu être lu : { $error }
group-upload-choose = choisissez le fichier CSV exporté de Meetup, puis appuyez sur Importer
group-invite-title = Invitation à rejoindre { $group }
group-claimed = Bienvenue dans { $group } : votre place est désormais la vôtre.

## Faire d'un groupe une caisse

newpool-title = Faire de { $group } une caisse
newpool-lead = Une caisse est le fonds propre du groupe. Les membres y mettent de l'argent, proposent ce qu'on en fait et décident par un vote, une personne, une voix. Elle commence comme un brouillon avec les règles ci-dessous, que vous pouvez modifier avant de l'ouvrir aux membres.
newpool-default-name = Caisse de { $group }
newpool-name = Nom de la caisse
newpool-currency = Monnaie
newpool-currency-hint = Fixée pour toute la vie de la caisse.
newpool-rules-heading = Les règles de départ
newpool-accept = J'accepte cet engagement et je deviens le premier membre de la caisse et son organisateur ou son organisatrice.
newpool-create = Créer la caisse
newpool-created = La caisse est créée comme brouillon. Vérifiez ses règles, puis ouvrez-la aux membres.
newpool-forbidden = seule l'équipe d'organisation de { $group } peut en faire une caisse

## La page d'une caisse

pool-status-draft = brouillon
pool-status-open = ouverte
pool-legal-status = Statut juridique : { $status }
pool-legal-informal = caisse informelle
pool-legal-becoming = caisse informelle, en passe de devenir { $name } ({ $status })
pool-legal-active = { $name } ({ $form }, numéro d'enregistrement { $number })
pool-formation-drafting = rédaction
pool-formation-signing = signatures
pool-formation-ready-to-file = prête pour le dépôt
pool-formation-filed = déposée
pool-formation-ein-recorded = EIN enregistré
pool-formation-active = active
pool-form-delaware-llc = LLC du Delaware avec un contrat d'exploitation coopératif
pool-form-colorado-lca = Coopérative du Colorado (Limited Cooperative Association)
pool-active-members = { $n ->
    [one] { $n } membre actif
   *[other] { $n } membres actifs
  }
pool-link-treasury = Trésorerie : voir chaque centime
pool-link-treasury-record = Trésorerie : voir chaque centime et enregistrer l'argent reçu
pool-link-discussions = Discussions : en parler ensemble
pool-link-formation = Entité juridique : devenir une LLC ou une coopérative
pool-link-formation-started = Entité juridique : documents, signatures et dépôt
pool-link-notifications = Notifications : choisir comment être prévenu
pool-link-webhooks = Webhooks : prévenir la messagerie de votre groupe
pool-to-sign = Doivent encore signer la version { $version } des documents : { $names }.
pool-read-and-sign = Lire et signer
pool-draft-heading = Cette caisse est un brouillon
pool-draft-review = Relisez les règles et l'engagement, modifiez-les si vous le souhaitez, puis ouvrez la caisse aux membres du groupe. Une fois la caisse ouverte, les règles ne changent que par une décision des membres.
pool-draft-edit = Modifier les règles et l'engagement
pool-draft-open = Ouvrir la caisse aux membres
pool-draft-wait = L'équipe d'organisation prépare encore cette caisse. Vous pourrez la rejoindre dès qu'elle l'aura ouverte.
pool-rules-heading = Les règles, en clair
pool-commitment-heading = L'engagement de membre
pool-me-heading = Votre adhésion
pool-me-pending-buy-in = Vous avez accepté l'engagement. Votre adhésion est { $pending } jusqu'à ce que le trésorier ou la trésorière enregistre votre part d'entrée de { $amount }.
pool-me-pending-vote = Vous avez accepté l'engagement. Votre adhésion est { $pending } jusqu'à ce que les membres vous admettent.
pool-me-member = Vous êtes membre depuis le { $since }. Vous avez une voix, comme chaque autre membre.
pool-me-member-role = Vous êtes membre et { $role } depuis le { $since }. Vous avez une voix, comme chaque autre membre.
pool-leave = Quitter la caisse
pool-join-heading = Rejoindre la caisse
pool-join-lead = Pour adhérer, lisez l'engagement et acceptez-le.
pool-join-buy-in = La part d'entrée est de { $amount } : votre adhésion reste en attente jusqu'à ce que le trésorier ou la trésorière l'enregistre.
pool-join-accept = J'ai lu l'engagement et je l'accepte.
pool-join-button = Rejoindre { $pool }
pool-sign-in-to-join = Connectez-vous pour adhérer ou participer.
pool-only-group-members = Seuls les membres de { $group } peuvent rejoindre sa caisse.
pool-join-group-first = Rejoignez d'abord le groupe
pool-decisions-heading = Décisions
pool-put-question = Poser une question aux membres
pool-propose-rule-change = Proposer un changement de règles
pool-no-decisions = Pas encore de décision.
pool-decision-counting = Le vote est terminé ; le résultat est en cours de décompte.
pool-decision-summary = { $method } · clôture le { $when } ({ $left }) · { $voted } sur { $eligible } { $voted ->
    [one] a voté
   *[other] ont voté
  }
pool-proxies-heading = Procurations
pool-proxies-hint = Un membre peut charger un autre membre de voter pour lui, pour une décision ou pour toutes jusqu'à révocation. Personne ne détient plus d'une procuration, le vote d'un membre compte toujours avant celui de sa procuration, et les scrutins secrets n'en acceptent aucune.
pool-proxies-none = Personne n'a donné de procuration.
pool-proxies-caption = Procurations dans { $pool }
pool-proxies-member = Membre
pool-proxies-through = Vote par
pool-proxies-for = Pour
pool-proxies-since = Depuis
pool-proxy-scope-all = toutes les décisions
pool-proxy-scope-one = seulement « { $title } »
pool-my-proxy = Votre procuration est confiée à { $name }, { $scope }.
pool-proxy-revoke = Révoquer ma procuration
pool-proxy-name-other = Choisir quelqu'un d'autre
pool-proxy-name = Donner procuration à
pool-proxy-every = toutes les décisions, jusqu'à ce que je la révoque
pool-proxy-submit = Donner ma procuration
pool-floods-heading = Floods
pool-flood-committed = { $amount } engagés
pool-flood-left = partie en emportant { $amount }
pool-rounds-heading = Budgets participatifs
pool-members-heading = Membres
pool-members-caption = Membres de { $pool }
pool-members-name = Nom
pool-members-role = Rôle
pool-members-status = Statut
pool-members-since = Depuis
pool-members-change-role = Changer le rôle
pool-member-active = actif·ve
pool-member-left = parti·e
pool-role-of = Rôle de { $name }
pool-role-save = Enregistrer
pool-role-invalid = choisissez membre, trésorier·ère ou organisateur·rice
pool-role-set = { $name } est désormais { $role }.
pool-opened = La caisse est ouverte. Les membres du groupe peuvent la rejoindre dès maintenant.
pool-joined-pending = Vous avez accepté l'engagement. Votre adhésion est en attente jusqu'à l'enregistrement de votre part d'entrée.
pool-joined = Bienvenue : vous êtes membre de la caisse, avec une voix comme tout le monde.
pool-left = Vous avez quitté la caisse.
pool-left-owed = Vous avez quitté la caisse. Votre capital de { $amount } vous sera remboursé d'ici le { $due }, selon la règle de sortie de la caisse.
pool-proxy-named-all = { $name } a désormais votre procuration, pour toutes les décisions jusqu'à ce que vous la révoquiez. Votre propre vote compte toujours avant le sien.
pool-proxy-named-one = { $name } a désormais votre procuration, pour « { $title } » seulement. Votre propre vote compte toujours avant le sien.
pool-proxy-revoked = Votre procuration est révoquée. Tout vote exprimé pour vous sur une décision ouverte est retiré.
pool-day = { $day } { $month } { $year }

## Le formulaire des règles d'une caisse

poolrules-title = Règles de { $pool }
poolrules-propose-lead = Modifiez n'importe quelle règle ci-dessous. Les membres votent sur la proposition, et elle ne prend effet que si { $needs } sont d'accord. « Une personne, une voix » ne fait pas partie des règles : c'est inscrit dans le logiciel.
poolrules-edit-heading = Modifier les règles du brouillon
poolrules-edit-lead = Ces règles s'appliquent dès l'ouverture de la caisse. Ensuite, elles ne changent que par une décision des membres. « Une personne, une voix » n'en fait pas partie : c'est inscrit dans le logiciel.
poolrules-default-title = Changer les règles
poolrules-proposal-title = Titre de la proposition
poolrules-why = Pourquoi (facultatif)
poolrules-deciding = Décider
poolrules-quorum = Quorum : part des membres qui doivent voter (%)
poolrules-approval = Part de « pour » nécessaire pour qu'une proposition passe
poolrules-rule-change = Part de « pour » nécessaire pour changer ces règles
poolrules-blocks = Un seul blocage arrête une proposition (pratique du consensus)
poolrules-hide = Cacher le décompte jusqu'à la clôture d'une décision
poolrules-close-early = Clore une décision dès que tous ceux qui peuvent voter ont voté
poolrules-proxies = Les membres peuvent donner procuration à quelqu'un pour voter à leur place
poolrules-proxies-hint = Pour une décision ou pour toutes jusqu'à révocation. Personne ne détient plus d'une procuration, le vote d'un membre compte toujours avant celui de sa procuration, chaque procuration est visible de la caisse, et les scrutins secrets n'en acceptent aucune.
poolrules-secret = Scrutins secrets
poolrules-secret-never = jamais : chaque bulletin montre le nom de son votant
poolrules-secret-optional = au choix : la personne qui propose décide
poolrules-secret-always = toujours : chaque décision se prend au scrutin secret
poolrules-secret-hint = Lors d'un scrutin secret, les membres voient qui a voté, jamais comment. Chaque votant reçoit un reçu et, à la clôture, chaque bulletin est publié sous son reçu, mélangé, pour que chacun puisse refaire le décompte.
poolrules-proposers = Qui peut proposer
poolrules-proposers-any = tout membre
poolrules-proposers-organizers = l'équipe d'organisation seulement
poolrules-period = Durée du vote, en jours
poolrules-shortest = La plus courte
poolrules-usual = Habituelle
poolrules-longest = La plus longue
poolrules-membership = Adhésion
poolrules-buy-in = Part d'entrée ({ $currency }, 0 pour aucune)
poolrules-commitment-required = Les membres doivent signer l'engagement pour adhérer
poolrules-admission = Admission
poolrules-admission-automatic = automatique
poolrules-admission-vote = par un vote des membres
poolrules-exit-days = Jours pour rembourser le capital d'un membre qui part
poolrules-commitment = Engagement de membre
poolrules-put-to-vote = Soumettre le changement au vote
poolrules-save-draft = Enregistrer le brouillon
poolrules-change-open = Le changement de règles est soumis au vote.
poolrules-saved = Les règles du brouillon sont enregistrées.
poolrules-forbidden-propose = seuls les membres qui peuvent faire des propositions peuvent proposer un changement de règles
poolrules-forbidden-edit = seule l'équipe d'organisation de la caisse peut modifier ses règles
poolrules-error-number = saisissez un nombre entier de 0 à { $max }
poolrules-error-secret = choisissez jamais, au choix ou toujours
poolrules-error-threshold = choisissez l'un des seuils proposés

## Poser une question aux membres

newdecision-title = Nouvelle question dans { $pool }
newdecision-lead = Chaque membre de la caisse à l'ouverture du vote a une voix. Le résultat est calculé à la clôture et expliqué en clair.
newdecision-question = Question
newdecision-details = Détails (facultatif ; le Markdown fonctionne)
newdecision-how = Comment les membres répondent
newdecision-method-proposal = Proposition : pour, abstention, contre ou blocage
newdecision-method-single-choice = Choix unique : choisir une option
newdecision-method-multiple-choice = Choix multiple : choisir plusieurs options
newdecision-method-score = Note : noter chaque option
newdecision-method-ranked-choice = Classement : ordonner les options (méthode Schulze)
newdecision-method-stv = Élection : classer les candidats pour pourvoir plusieurs sièges (vote unique transférable)
newdecision-options = Options, une par ligne (inutile pour une proposition)
newdecision-min = Nombre minimal de choix (choix multiple)
newdecision-max = Nombre maximal de choix (choix multiple)
newdecision-seats = Sièges à pourvoir (élection)
newdecision-max-score = Note la plus haute (vote par note)
newdecision-secret-hint = Les membres verront qui a voté, jamais comment. Chaque votant reçoit un reçu et, à la clôture, chaque bulletin est publié sous son reçu, mélangé, pour que chacun puisse refaire le décompte. Le décompte reste caché jusque-là.
newdecision-secret-always = Les règles de cette caisse font de chaque décision un scrutin secret : les membres verront qui a voté, jamais comment.
newdecision-spend-legend = Dépenser l'argent de la caisse ? (propositions uniquement)
newdecision-spend-hint = Si la proposition passe, un paiement d'exactement ce montant à ce bénéficiaire est autorisé, et le trésorier ou la trésorière peut l'effectuer. Cette caisse a { $available } disponibles. L'argent est vérifié à nouveau à la clôture : si d'autres paiements ou budgets participatifs l'ont pris d'ici là, la proposition passe quand même mais aucun paiement n'est autorisé, et la décision dit pourquoi.
newdecision-payee = Payer à
newdecision-amount = Montant ({ $currency })
newdecision-purpose = Pour
newdecision-round-legend = Ouvrir un budget participatif ? (propositions uniquement)
newdecision-round-hint = Si la proposition passe, ce montant est partagé à parts égales entre les membres actifs de la caisse. Les membres proposent des projets, puis répartissent leur part entre ceux qu'ils soutiennent. Les projets qui atteignent leur minimum sont payés ; le reste retourne à la caisse.
newdecision-bucket-days = Jours pour proposer des projets
newdecision-funding-days = Jours pour les financer
newdecision-cap = Le plus qu'un membre peut mettre dans un projet (facultatif)
newdecision-guidelines = Consignes pour les projets (facultatif ; le Markdown fonctionne)
newdecision-flood-legend = Une décision sur un Flood ? (propositions uniquement)
newdecision-flood-hint = Un Flood, ce sont plusieurs caisses qui travaillent sur un projet commun et décident ensemble. Si la proposition passe, la caisse en crée un, en rejoint un, ajoute des fonds à un Flood dont elle fait partie, ou en quitte un avec sa part.
newdecision-flood-action = Ce que fait la caisse
newdecision-flood-none = Rien qui concerne un Flood
newdecision-flood-start = Créer un Flood
newdecision-flood-join = Rejoindre un Flood
newdecision-flood-add = Ajouter des fonds à un Flood
newdecision-flood-leave = Quitter un Flood
newdecision-flood-name = Nom du nouveau Flood
newdecision-flood-id = Ou l'identifiant du Flood (pour le rejoindre, le financer ou le quitter)
newdecision-flood-amount = Montant engagé ({ $currency })
newdecision-flood-purpose = Projet commun du nouveau Flood
newdecision-double-majority = Nouveau Flood : les décisions demandent aussi une majorité des caisses membres (double majorité)
newdecision-days = Jours d'ouverture du vote
newdecision-days-hint = Cette caisse autorise de { $min } à { $max } jours.
newdecision-open = Ouvrir le vote
newdecision-opened = Le vote est ouvert jusqu'au { $when }.
newdecision-forbidden = vous ne pouvez pas faire de propositions dans cette caisse
newdecision-error-number = saisissez un nombre entier

## A pool's time zone

pool-time-zone-heading = Fuseau horaire
pool-time-zone-utc = Les heures de cette caisse sont affichées en UTC aux membres qui n'ont pas choisi leur propre fuseau horaire.
pool-time-zone-is = Les heures de cette caisse sont affichées dans le fuseau { $zone } aux membres qui n'ont pas choisi le leur, et ses messages l'utilisent.
pool-time-zone-label = Le fuseau horaire de la caisse
pool-time-zone-hint = Une région et une ville de la base des fuseaux horaires, par exemple Europe/Paris ou America/Mexico_City ; laissez vide pour UTC. Le réglage de chaque membre passe en premier.
pool-time-zone-save = Enregistrer le fuseau horaire
pool-time-zone-set = Les heures de la caisse sont désormais affichées dans le fuseau { $zone }.
pool-time-zone-cleared = Les heures de la caisse sont désormais affichées en UTC.
