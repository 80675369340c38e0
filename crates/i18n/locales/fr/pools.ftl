# Pools en français. Chaque clé de en/ est ici aussi.

## Le cadre de chaque page

skip-to-content = Aller au contenu
nav-main = Principal
nav-home = Mes groupes et mes caisses
nav-new-group = Nouveau groupe
nav-outbox = Courrier sortant
nav-sign-out = Se déconnecter
nav-sign-in = Se connecter
nav-sign-up = Créer un compte
footer = Pools : des caisses communes détenues par leurs membres, aux règles coopératives. Chaque membre a exactement une voix. Rien ici n'est un conseil juridique.
nav-settings = Réglages
settings-title = Vos réglages
settings-language-browser = Comme le demande mon navigateur
settings-time-zone = Fuseau horaire
settings-time-zone-hint = Les heures sont affichées dans ce fuseau, avec son nom. Une région et une ville de la base des fuseaux horaires, comme Europe/Paris ou America/Montreal ; laissez vide pour UTC.
settings-save = Enregistrer mes réglages
settings-saved = Vos réglages sont enregistrés.
language = Langue
language-change = Changer de langue
language-saved = Pools vous parle désormais en { $lang ->
    [en] anglais
    [es] espagnol
   *[fr] français
  }.

## Dates : « 10 déc. 2026, 01:19 (Europe/Paris) »

when = { $day } { $month } { $year }, { $time } ({ $zone })
day = { $day } { $month } { $year }
month-1 = janv.
month-2 = févr.
month-3 = mars
month-4 = avr.
month-5 = mai
month-6 = juin
month-7 = juil.
month-8 = août
month-9 = sept.
month-10 = oct.
month-11 = nov.
month-12 = déc.
time-left-days = dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  } et { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
  }
time-left-hours = dans { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
  } et { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }
time-left-minutes = dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
  }
time-left-days-only = dans { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  }
time-left-hours-only = dans { $hours ->
    [one] { $hours } heure
   *[other] { $hours } heures
  }
time-left-none = clôture imminente

## Modes de vote et positions

method-proposal = proposition
method-single-choice = choix unique
method-multiple-choice = choix multiple
method-score = notes
method-ranked-choice = classement (méthode Schulze)
method-stv = élection au vote unique transférable (STV écossais)
stance-agree = Pour
stance-abstain = Abstention
stance-disagree = Contre
stance-block = Blocage
stance-abstain-long = Abstention (compte seulement pour le quorum)
stance-block-long = Blocage (une objection de principe ; donnez une raison)
ask-proposal = Quelle est votre position ?
ask-single = Choisissez une option
ask-multiple = Choisissez de { $min } à { $max } options
ask-score = Donnez à chaque option une note de 0 à { $max }
ask-ranked = Numérotez les options dans votre ordre de préférence : 1 pour votre préférée. Laissez vides celles que vous ne classez pas
unit-ballots = bulletins
unit-points = points
unit-first-preferences = premiers choix

## La page d'une décision

decision-open = ouverte
decision-closed = close
decision-secret = scrutin secret
decision-proposed-by = proposée par { $name }
decision-timing-closed = close le { $when }
decision-timing-counting = le vote est terminé ; le résultat est en cours de calcul
decision-timing-closes = clôture le { $when } ({ $left })
decision-add-to-calendar = Ajouter à mon agenda
decision-spend-heading = L'argent que cela dépenserait
decision-spend = Si la proposition passe, un paiement de { $amount } à { $payee } est autorisé. Le trésorier ou la trésorière peut alors payer exactement ce montant, une seule fois.
decision-spend-for = Si la proposition passe, un paiement de { $amount } à { $payee } pour { $purpose } est autorisé. Le trésorier ou la trésorière peut alors payer exactement ce montant, une seule fois.
decision-round-heading = Le budget participatif que cela ouvrirait
decision-round-go = Aller au budget participatif
decision-round-failed = La décision est passée, mais le budget participatif n'a pas pu s'ouvrir : { $reason }.
decision-flood-heading = Ce que la caisse fait pour un Flood
decision-flood-start = La caisse lance un Flood nommé { $name } et y met { $amount }.
decision-flood-join = La caisse rejoint le Flood { $name } et y engage { $amount }.
decision-flood-add = La caisse ajoute { $amount } au Flood { $name }.
decision-flood-leave = La caisse quitte le Flood { $name } et reprend sa part non dépensée.
decision-flood-go = Ouvrir le Flood
decision-flood-failed = La décision est passée, mais cela n'a pas pu se faire : { $reason }.
decision-rules-heading = Les règles que cela adopterait
decision-rules-needs = Il faut { $needs } pour qu'elle passe.
decision-result = Résultat
decision-count-so-far = Le décompte jusqu'ici
decision-if-ended-now = Si le vote s'arrêtait maintenant — { $explanation }
decision-chain-entry = Ce résultat est l'entrée { $seq } de la chaîne propre à la caisse dans le journal. Chacun peut vérifier qu'un export de la caisse la contient toujours :
decision-journal-entry = Ce résultat est l'entrée { $seq } du journal. Chacun peut vérifier qu'un export la contient toujours :
decision-hidden = Le décompte reste caché jusqu'à la clôture. { $voted } membres sur { $eligible } ont voté jusqu'ici.
decision-hidden-secret = Le décompte reste caché jusqu'à la clôture, comme pour tout scrutin secret. { $voted } membres sur { $eligible } ont voté jusqu'ici.
decision-full-ranking = Classement complet : { $ranking }
decision-sheet-heading = La feuille de dépouillement
decision-sheet-hint = { $seats ->
    [one] { $seats } siège
   *[other] { $seats } sièges
  } ; { $valid ->
    [one] { $valid } bulletin valable
   *[other] { $valid } bulletins valables
  } ; le quota est { $valid } ÷ ({ $seats } + 1), sans sa partie décimale, plus 1 = { $quota } voix. Les voix sont comptées à cinq décimales et les valeurs de transfert sont tronquées, selon les règles du STV écossais.
decision-sheet-caption = Les voix à chaque étape du dépouillement
decision-sheet-stage = Étape
decision-sheet-non-transferable = Non transférables
decision-sheet-lost = Perdues aux décimales
decision-sheet-what = Ce qui s'est passé
decision-sheet-elected = élu·e
decision-sheet-excluded = éliminé·e
decision-pools-heading = Caisses membres (double majorité)
decision-pools-hint = Une caisse membre approuve quand les bulletins de ses propres membres atteignent le seuil d'approbation ; la décision a aussi besoin de plus de la moitié des caisses membres.
decision-pools-caption = Comment ont voté les membres de chaque caisse membre
decision-pools-pool = Caisse
decision-pools-approves = Approuve
yes = oui
no = non
decision-vote-heading = Votre vote
decision-vote-change-heading = Changer votre vote
decision-you-voted = Vous avez voté : { $choice }. Vous pouvez changer d'avis jusqu'à la clôture ; seul votre dernier vote compte.
decision-you-voted-secret = Vous avez voté. Votre bulletin est scellé : il n'est montré ici à personne, pas même à vous. Vous pouvez le changer jusqu'à la clôture : vous recevez alors un nouveau reçu, et l'ancien ne compte plus.
decision-reason = Votre raison (facultative ; un blocage en demande une)
decision-reason-secret = Votre raison (facultative ; un blocage en demande une). Elle est publiée avec votre bulletin à la clôture, sans votre nom
decision-cast = Voter
decision-change = Changer mon vote
decision-withdraw = Retirer mon vote
decision-not-eligible = Seuls les { $eligible } membres de la caisse à l'ouverture du vote peuvent voter sur cette question.
decision-proxy-heading = Voter pour { $name }, par procuration
decision-proxy-voted-themselves = { $name } a voté en personne. Son propre vote l'emporte toujours sur celui de sa procuration : vous n'avez rien à voter.
decision-proxy-you-voted = Vous avez voté pour cette personne : { $choice }. Vous pouvez le changer jusqu'à la clôture ; si elle vote elle-même, c'est son vote qui compte.
decision-proxy-named-you = { $name } vous a donné sa procuration. Ce bulletin est le sien, affiché avec votre nom comme celui ou celle qui l'a déposé. Si cette personne vote elle-même, c'est son vote qui compte.
decision-proxy-legend = { $instruction } (pour { $name })
decision-proxy-reason = Sa raison (facultative ; un blocage en demande une)
decision-proxy-cast = Voter pour cette personne
decision-voters-heading = Qui a voté ({ $voted } sur { $eligible })
decision-voters-none = Personne pour l'instant.
decision-ballots-caption = Bulletins sur { $title }
decision-ballots-member = Membre
decision-ballots-vote = Vote
decision-ballots-reason = Raison
decision-ballot-by-proxy = { $name } (déposé par { $proxy }, sa procuration)
pages-label = Pages de bulletins
page-previous = Précédente
page-next = Suivante
page-of = Page { $page } sur { $pages }
decision-secret-heading = Scrutin secret
decision-published-heading = Les bulletins, tels que publiés
decision-published-hint = Chaque bulletin sous le SHA-256 du reçu de son votant, dans l'ordre de ces empreintes, qui ne doit rien à qui a voté ni à quand. Comptez-les pour refaire le décompte ; vérifiez votre reçu pour retrouver le vôtre.
decision-published-caption = Bulletins publiés sur { $title }
decision-published-receipt = Empreinte du reçu
decision-secret-explained = Les membres voient qui a voté, jamais comment. Chaque votant reçoit un reçu ; à la clôture, chaque bulletin est publié sous son reçu, mélangé, pour que chacun puisse refaire le décompte et chaque votant vérifier son reçu.
decision-check-receipt = Vérifier un reçu
decision-server-sees = Le registre de la caisse (le journal que chaque membre peut exporter) dit qui a voté et, à la clôture, chaque bulletin sous son reçu, mélangé, jamais qui a déposé lequel. Pendant le vote, le serveur garde chaque bulletin scellé avec son votant pour qu'un bulletin changé remplace l'ancien : qui administre le serveur et lit directement sa base de données pourrait les lire jusqu'à la clôture, où ils sont effacés. Les reçus sont envoyés par courriel : ils passent donc aussi par le serveur de courrier et restent dans le courrier sortant du serveur.

## Ce que le vote répond

voted = Votre vote est compté. Vous pouvez le changer jusqu'à la clôture.
voted-and-closed = Votre vote est compté. Tout le monde a voté, la décision est donc close.
voted-as-proxy = Votre vote par procuration est compté. La personne peut encore voter elle-même, et c'est alors son vote qui compte.
withdrawn = Votre vote est retiré.

## Les résultats expliqués

quoted = « { $name } »
list-and = { $first } et { $last }
threshold-majority = plus de la moitié
threshold-two-thirds = au moins les deux tiers
threshold-three-quarters = au moins les trois quarts
threshold-unanimity = tout le monde (l'unanimité)
said-turnout = { $voted } { $voted ->
    [one] membre
   *[other] membres
  } sur { $eligible } { $voted ->
    [one] a voté
   *[other] ont voté
  } (quorum { $quorum })
said-no-quorum = Pas de décision : seuls { $turnout }, le quorum n'est donc pas atteint.
said-counts = { $agree } pour et { $against } contre
said-counts-abstained = { $agree } pour et { $against } contre ({ $abstain } abstentions)
said-measure = soit { $share } % de « pour », face à un seuil de { $threshold }
said-measure-nobody = personne n'a voté pour ou contre
said-passed = Adoptée
said-blocked = Bloquée
said-not-passed = Rejetée
said-proposal = { $verdict } : { $turnout }. { $counts }, { $measure }.
said-blocks = { $blocks ->
    [0] Aucun blocage.
    [one] Un membre l'a bloquée.
   *[other] { $blocks } membres l'ont bloquée.
  }
said-blocks-counted = { $blocks ->
    [one] { $blocks } blocage compté
   *[other] { $blocks } blocages comptés
  } comme des votes contre.
said-nothing-picked = Pas de décision : { $turnout }, mais aucun bulletin n'a choisi d'option, rien n'est donc choisi.
said-choice-won = Décidé : { $turnout }. { $names } l'emporte avec { $ballots ->
    [one] { $ballots } bulletin
   *[other] { $ballots } bulletins
  }.
said-choice-tie = Égalité : { $turnout }. { $names } sont à égalité avec { $ballots ->
    [one] { $ballots } bulletin
   *[other] { $ballots } bulletins
  } chacune.
said-score-won = Décidé : { $turnout }. { $names } a la meilleure note, { $average } sur { $max } en moyenne.
said-score-tie = Égalité : { $turnout }. { $names } sont à égalité avec une moyenne de { $average } sur { $max }.
said-schulze-won = Décidé : { $turnout }. { $winner } l'emporte selon la méthode Schulze.
said-schulze-won-all = Décidé : { $turnout }. { $winner } l'emporte selon la méthode Schulze, en battant chaque autre option en duel.
said-schulze-tie = Décidé par la règle d'égalité : { $turnout }. { $tied } sont à égalité selon la méthode Schulze. L'égalité va à l'option qui a le plus de premiers choix ({ $firsts }), puis à celle citée en premier : { $winner } l'emporte.
said-tier-tied = ({ $names } à égalité)
said-ranking = Classement complet : { $order }.
said-stv = Élus : { $elected }, pour { $seats ->
    [one] { $seats } siège
   *[other] { $seats } sièges
  }, au vote unique transférable (STV écossais) : { $turnout }. Le quota était de { $quota } sur { $valid ->
    [one] { $valid } bulletin valable
   *[other] { $valid } bulletins valables
  }, et le dépouillement a pris { $stages ->
    [one] { $stages } étape
   *[other] { $stages } étapes
  } (voir la feuille de dépouillement).

## Les comptes et la page d'accueil

field-email = Adresse électronique
field-password = Mot de passe
field-your-name = Votre nom
signin-title = Se connecter
signin-button = Se connecter
signin-forgot = Mot de passe oublié ?
signin-new-here = Nouveau ici ?
signin-create = Créer un compte
signup-title = Créer votre compte
signup-lead = Un compte vous permet de rejoindre des groupes et des caisses, de voter et de voir où va chaque centime.
signup-password-hint = Au moins 10 caractères. Quelques mots sans rapport entre eux font un bon mot de passe.
signup-button = Créer le compte
signup-have-account = Vous avez déjà un compte ?
home-title = Vos groupes et vos caisses
home-calendar = Votre agenda : chaque échéance de vos caisses, dans votre propre logiciel d'agenda
home-pools = Caisses
home-no-pools = Vous n'êtes encore dans aucune caisse. Ouvrez un de vos groupes pour rejoindre sa caisse ou, si vous l'organisez, pour en créer une.
home-groups = Groupes
home-no-groups = Vous n'êtes encore dans aucun groupe. Rejoignez-en un ci-dessous, ouvrez un lien d'invitation reçu d'un organisateur, ou créez-en un :
home-start-group = Créer un groupe
directory-title = Les groupes de ce serveur
directory-none = Pas encore de groupe.
role-organizer = organisateur·rice
role-treasurer = trésorier·ère
role-member = membre
status-pending = en attente
errors-title = { $count ->
    [one] Merci de corriger ce point
   *[other] Merci de corriger ces { $count } points
  }

## Les reçus des scrutins secrets

receipt-sealed-title = Votre bulletin est scellé
receipt-sealed-closed = Tout le monde a voté : le vote est clos et votre bulletin est déjà compté.
receipt-sealed-open = Il sera compté à la clôture. Vous pouvez le changer d'ici là ; un bulletin changé reçoit un nouveau reçu et celui-ci ne compte plus.
receipt-yours = Votre reçu
receipt-keep = Notez-le ou gardez le courriel que nous vous avons envoyé : cette page ne le montre qu'une fois. À la clôture, chaque bulletin est publié sous son reçu, mélangé et sans nom. Saisissez votre reçu sur la page de vérification de cette décision, ou vérifiez-le dans l'export de la caisse, pour voir votre bulletin compté tel que vous l'avez déposé.
receipt-private = Gardez-le pour vous : qui le détient peut voir comment ce bulletin a été rempli.
receipt-back = Revenir à la décision
receipt-check-closed = C'est un scrutin secret et le vote est clos : saisissez votre reçu pour voir le bulletin publié sous lui.
receipt-check-open = C'est un scrutin secret et le vote est ouvert : un reçu indique s'il correspond à un bulletin en cours, jamais ce que dit ce bulletin.
receipt-counted = Compté
receipt-sealed = Scellé
receipt-unknown = Introuvable
receipt-counted-words = Ce bulletin a été compté tel que publié à la clôture.
receipt-sealed-words = C'est le reçu d'un bulletin en cours : il est scellé et sera compté à la clôture. Son contenu reste secret jusque-là.
receipt-unknown-words = Aucun bulletin n'a ce reçu. Vérifiez la saisie ; un bulletin changé depuis a un nouveau reçu, et l'ancien ne compte plus.
receipt-ballot = Le bulletin sous ce reçu : { $choice }.
receipt-reason = Sa raison : « { $reason } ».
receipt-code = Code du reçu
receipt-check = Vérifier
receipt-sees = Ce qui reste secret, et ce que le serveur peut voir

## The legal documents

docs-english-only = Les documents juridiques n'existent qu'en anglais : aucune traduction n'a été relue, et seul le texte anglais fait foi.

## Les règles d'une caisse en clair

rule-one-vote = Chaque membre a exactement une voix, quoi qu'il ou elle apporte. C'est inscrit dans le logiciel et aucune règle ne peut le changer.
rule-quorum = Une décision ne compte que si au moins { $percent } % des membres qui pouvaient voter ont voté (s'abstenir compte comme participer).
rule-approval = Une proposition passe quand { $threshold } de celles et ceux qui votent pour ou contre votent pour.
rule-blocks-stop = Un seul membre peut bloquer une proposition, en donnant une raison, et un blocage l'arrête.
rule-blocks-counted = Les blocages comptent comme des votes contre ; un seul membre ne peut pas arrêter une proposition.
rule-voting-days = Les décisions restent ouvertes { $default ->
    [one] { $default } jour
   *[other] { $default } jours
  }, sauf si la personne qui propose choisit entre { $min } et { $max } jours.
rule-proposers-any = Tout membre peut faire une proposition.
rule-proposers-organizers = Seule l'équipe d'organisation peut faire des propositions.
rule-no-buy-in = Il n'y a pas de part d'entrée : adhérer ne coûte rien.
rule-buy-in = Adhérer demande une part d'entrée de { $amount }, qui reste sur le compte de capital du membre.
rule-commitment = On adhère en signant l'engagement de membre.
rule-no-commitment = On adhère sans signer d'engagement.
rule-admission-automatic = Toute personne du groupe qui remplit ces conditions est admise.
rule-admission-vote = Les membres votent l'admission de chaque nouveau membre.
rule-change = Changer ces règles demande une décision où { $threshold } votent pour.
rule-exit = Un membre qui part récupère son compte de capital sous { $days } jours.
rule-hidden = Les résultats restent cachés jusqu'à la clôture d'une décision.
rule-live = Chacun peut suivre le décompte pendant qu'une décision est ouverte.
rule-close-early = Une décision se clôt dès que tous les membres qui peuvent voter ont voté.
rule-proxies = Un membre peut donner procuration à un autre membre, pour une décision ou pour toutes jusqu'à révocation. Personne ne détient plus d'une procuration, le vote d'un membre compte toujours avant celui de sa procuration, et chaque procuration est visible de la caisse. Les scrutins secrets n'acceptent pas de procuration.
rule-secret-always = Chaque décision se prend au scrutin secret : les membres voient qui a voté, jamais comment, et chacun peut refaire le décompte.
rule-secret-optional = Qui ouvre une décision peut en faire un scrutin secret : les membres voient alors qui a voté, jamais comment, et chacun peut refaire le décompte.

## Les étapes d'un dépouillement au vote unique transférable

stv-quoted = « { $name } »
stv-and = { $rest } et { $last }
stv-first = Premières préférences comptées.
stv-first-elected = Premières préférences comptées ; { $names } { $n ->
    [one] atteint le quota et est élu·e
   *[other] atteignent le quota et sont élu·es
  }.
stv-filled = { $names } { $n ->
    [one] est élu·e
   *[other] sont élu·es
  } sans atteindre le quota : il ne restait pas plus de candidatures que de sièges à pourvoir.
stv-surplus = L'excédent de { $name } ({ $surplus } voix) est transféré, chacun de ses bulletins à { $value } de sa valeur.
stv-surplus-tie = Deux excédents étaient égaux à chaque étape : l'option listée en premier est passée d'abord.
stv-excluded = { $name } a le moins de voix ({ $had }) et est éliminé·e ; ses bulletins passent à la préférence suivante à la valeur avec laquelle ils sont arrivés.
stv-excluded-tie = Deux candidatures étaient égales à chaque étape : celle listée en dernier a été éliminée.
stv-then-elected = { $names } { $n ->
    [one] est élu·e
   *[other] sont élu·es
  }.

## La double majorité d'un Flood

dm-people-passed = Le vote des personnes est adopté.
dm-people-failed = Le vote des personnes n'est pas adopté.
dm-pools = Les caisses membres : { $approving } sur { $n } approuvent, { $more ->
    [yes] soit
   *[no] ce qui n'est pas
  } plus de la moitié.
dm-passes = Avec les deux majorités, la décision est adoptée.
dm-fails = Sans les deux majorités, la décision n'est pas adoptée.

## A budgeting round a decision opens

decision-round-plan = { $amount } répartis à parts égales entre les membres actifs de la caisse si elle est adoptée. Les membres ont ensuite { $bucket_days ->
    [one] { $bucket_days } jour
   *[other] { $bucket_days } jours
  } pour proposer des projets et { $funding_days ->
    [one] { $funding_days } jour
   *[other] { $funding_days } jours
  } pour les financer.
decision-round-plan-capped = { $amount } répartis à parts égales entre les membres actifs de la caisse si elle est adoptée. Les membres ont ensuite { $bucket_days ->
    [one] { $bucket_days } jour
   *[other] { $bucket_days } jours
  } pour proposer des projets et { $funding_days ->
    [one] { $funding_days } jour
   *[other] { $funding_days } jours
  } pour les financer, sans mettre plus de { $cap } dans un même projet.
