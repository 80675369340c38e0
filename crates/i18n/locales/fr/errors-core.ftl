# Pools in French: errors of the domain rules (texts, amounts, rules, ballots, imports, statements, budgets, the books).
# Every key here is in the other languages too.

## Dit à plusieurs endroits

error-core-line = ligne { $line } : { $message }
error-core-too-large = le montant est trop élevé : un montant ne peut pas dépasser { $max } unités mineures (des centimes, par exemple)

## Les textes saisis (chacun suit le nom de son champ)

error-core-text-email = « { $text } » n'est pas une adresse électronique : écrivez-la comme nom@example.org
error-core-text-empty = ne peut pas être vide
error-core-text-too-long = dépasse { $max } caractères : raccourcissez le texte
error-core-text-control = contient des caractères de contrôle : supprimez-les
error-core-text-slug = « { $text } » ne peut pas être l'adresse d'un groupe : utilisez de 3 à 60 lettres minuscules, chiffres et traits d'union simples, comme oakland-bike-club
error-core-text-password-short = doit compter au moins { $min } caractères ; quelques mots sans rapport entre eux font un bon mot de passe
error-core-text-password-long = doit compter au plus { $max } caractères

## Les règles d'une caisse

error-core-rules-secret-never = les règles de cette caisse montrent chaque bulletin avec le nom de son votant : changez les règles par une décision pour autoriser les scrutins secrets
error-core-rules-secret-always = les règles de cette caisse font de chaque décision un scrutin secret
error-core-rules-quorum = un quorum de { $percent } % est impossible : choisissez un pourcentage de 0 à 100
error-core-rules-min-days = les décisions doivent rester ouvertes au moins 1 jour pour que chaque membre puisse les voir
error-core-rules-max-days = la durée de vote la plus longue autorisée est de { $max } jours
error-core-rules-days-order = la durée de vote la plus courte ({ $min ->
    [one] { $min } jour
   *[other] { $min } jours
  }) dépasse la plus longue ({ $max ->
    [one] { $max } jour
   *[other] { $max } jours
  }) : réduisez la plus courte ou allongez la plus longue
error-core-rules-usual-days = la durée de vote habituelle doit être comprise entre { $min } et { $max } jours
error-core-rules-buy-in = une part d'entrée ne peut pas être négative : saisissez 0 pour ne pas en demander
error-core-rules-rule-change = changer les règles doit demander au moins autant d'accord qu'une décision ordinaire ({ $threshold }) ; choisissez { $threshold } ou plus strict
error-core-rules-exit-days = le délai de remboursement à la sortie ne peut pas dépasser { $max } jours

## Les devises et les montants

error-core-money-currency = « { $code } » n'est pas une devise prise en charge : utilisez un code ISO 4217 de trois lettres, comme USD, EUR ou GBP
error-core-money-amount = « { $text } » n'est pas un montant en { $currency } : écrivez-le comme { $local }
error-core-money-mismatch = impossible de combiner { $first } et { $second }

## Les décisions et les bulletins

error-core-decision-two-options = donnez au moins deux options, une par ligne
error-core-decision-max-options = donnez au plus { $max } options
error-core-decision-option-length = l'option { $n } doit compter de 1 à 200 caractères
error-core-decision-option-twice = « { $option } » figure deux fois
error-core-decision-picks-range = choisissez un nombre minimum et maximum de choix avec 0 ≤ minimum ≤ maximum ≤ { $n } et un maximum d'au moins 1
error-core-decision-seats = élisez de 1 à { $most } des { $n } candidatures : une élection demande plus de candidatures que de sièges
error-core-decision-max-score = la note la plus haute doit aller de 1 à { $max }
error-core-decision-block-reason = un blocage demande une raison : dites à quoi vous vous opposez
error-core-decision-pick-once = choisissez chaque option au plus une fois
error-core-decision-pick-count = choisissez de { $min } à { $max } options
error-core-decision-scores = donnez à chaque option une note de 0 à { $max }
error-core-decision-rank = classez au moins une option, chacune au plus une fois
error-core-decision-wrong-ballot = ce bulletin ne répond pas à un vote de type « { $method } »
error-core-decision-reason-long = votre raison doit faire moins de { $max } caractères

## Les procurations

error-core-proxy-off = les règles de cette caisse n'autorisent pas les procurations : changez les règles par une décision pour les autoriser
error-core-proxy-self = désignez un autre membre : vous détenez toujours votre propre voix
error-core-proxy-inactive = une procuration ne peut être donnée qu'à un membre actif de la caisse
error-core-proxy-taken = ce membre détient déjà la procuration d'un autre membre, et personne n'en détient plus d'une : demandez à quelqu'un d'autre
error-core-proxy-secret = un scrutin secret n'accepte pas de procuration : chaque membre vote pour lui-même
error-core-proxy-flood = les procurations valent pour les décisions propres d'une caisse, pas pour celles d'un Flood
error-core-proxy-decision-off = les règles de cette décision n'autorisent pas les procurations
error-core-proxy-not-held = vous ne détenez pas la procuration de { $name } pour cette décision
error-core-proxy-not-eligible = seuls les membres qui peuvent voter sur cette décision peuvent y voter par procuration
error-core-proxy-voted = cette personne a voté elle-même, et son propre bulletin compte toujours avant celui de sa procuration

## Les exports des membres Meetup

error-core-meetup-how = Exportez la liste des membres de votre groupe Meetup (ouvrez la page Members du groupe et choisissez Export / « Download member list ») et téléversez ce fichier CSV tel quel.
error-core-meetup-not-an-export = Ce fichier n'est pas un export des membres Meetup : il lui manque { $missing }. Colonnes trouvées : { $found }. { $how }
error-core-meetup-no-column = une colonne « { $column } »
error-core-meetup-no-id-column = une colonne « Member ID » ou « URL of Member Profile »
error-core-meetup-and = { $first } et { $second }
error-core-meetup-no-columns = (aucune)
error-core-meetup-empty = Le fichier est vide. { $how }
error-core-meetup-duplicate = ligne { $line } : le membre { $id } figure déjà à la ligne { $first }. Chaque membre ne peut figurer qu'une fois ; téléchargez depuis Meetup une liste des membres à jour au lieu de combiner des listes.
error-core-meetup-utf16 = le fichier est enregistré en UTF-16 (« Texte Unicode »). Enregistrez-le au format « CSV UTF-8 » dans votre tableur et téléversez-le à nouveau.
error-core-meetup-not-utf8 = le fichier n'est pas du texte UTF-8 (il a sans doute été enregistré dans un ancien encodage). Enregistrez-le au format « CSV UTF-8 » dans votre tableur et téléversez-le à nouveau.
error-core-meetup-csv = cette ligne ne peut pas être lue comme du CSV ({ $error }). Exportez à nouveau le fichier depuis Meetup.
error-core-meetup-same-columns = les colonnes « { $first } » et « { $second } » contiennent la même information. Supprimez l'une des deux, ou exportez à nouveau le fichier depuis Meetup.
error-core-meetup-row-width = cette ligne a { $fields } champs mais l'en-tête en a { $header }. Une valeur contenant le séparateur a sans doute perdu ses guillemets ; corrigez la ligne dans un tableur ou exportez à nouveau le fichier depuis Meetup.
error-core-meetup-no-name = le nom est vide. Chaque membre a besoin d'un nom ; renseignez-le ou supprimez la ligne.
error-core-meetup-invalid = la valeur « { $value } » de la colonne « { $column } » n'est pas { $expected }. Corrigez-la ou laissez la cellule vide.
error-core-meetup-expected-date = une date comme 04/24/2014 (MM/JJ/AAAA) ou 2014-04-24
error-core-meetup-expected-count = un nombre entier
error-core-meetup-expected-yes-no = Yes ou No (ou oui, non)
error-core-meetup-member-id = la valeur « { $value } » de la colonne « { $column } » n'est pas un nombre entier positif. Utilisez le numéro de membre que donne Meetup (comme 12537919).
error-core-meetup-no-id = ce membre n'a ni Member ID, ni numéro de membre dans l'URL de son profil, ni User ID : il ne peut donc pas être reconnu. Ajoutez le Member ID ou supprimez la ligne.

## Les relevés bancaires

error-core-bank-missing-column = le fichier n'a pas de colonne nommée « { $column } » ; ses colonnes sont : { $columns }
error-core-bank-not-csv = le fichier n'a pas pu être lu comme du texte CSV : { $why }
error-core-bank-not-utf8 = le fichier n'a pas pu être lu comme du texte CSV : ce n'est pas du texte UTF-8
error-core-bank-not-a-date = « { $value } » n'est pas une date dans le format choisi
error-core-bank-not-an-amount = « { $value } » n'est pas un montant en { $currency }

## Les budgets participatifs (montants en unités mineures)

error-core-budget-round-amount = le montant du budget participatif doit être supérieur à zéro
error-core-budget-bucket-window = la période de proposition des projets doit durer de 1 à { $max } jours
error-core-budget-funding-window = la période de financement doit durer de 1 à { $max } jours
error-core-budget-cap = le plafond par projet doit être supérieur à zéro, ou laissé vide s'il n'y en a pas
error-core-budget-guidelines = les lignes directrices doivent faire moins de 5 000 caractères
error-core-budget-no-members = un budget participatif a besoin d'au moins un membre qui y a droit
error-core-budget-no-lines = un projet a besoin d'au moins une ligne de budget
error-core-budget-line = « { $label } » : le minimum doit être supérieur à zéro et le maximum au moins égal au minimum
error-core-budget-give-more = donnez un montant supérieur à zéro
error-core-budget-not-in-round = seuls les membres du budget participatif peuvent financer des projets
error-core-budget-no-bucket = ce projet n'existe pas dans ce budget participatif
error-core-budget-allocation = il vous reste { $left } de votre part, moins que les { $asked } que vous voulez donner
error-core-budget-overfunded = ce projet n'a plus besoin que de { $room } pour atteindre son maximum
error-core-budget-over-cap = vous pouvez mettre au plus { $cap } dans un projet, et vous avez déjà donné { $given }
error-core-budget-overflow = le montant est trop élevé

## Les comptes (montants en unités mineures)

error-core-ledger-not-positive = le montant doit être supérieur à zéro
error-core-ledger-insufficient = le compte { $account } passerait sous zéro : il contient { $balance } et il faut { $needed }
error-core-ledger-overflow = le montant est trop élevé : le solde qui en résulterait ne peut pas être enregistré
error-core-ledger-uncovered = la caisse a { $available } de disponible et il faut { $needed }

## Quitter un Flood (montants en unités mineures)

error-core-flood-not-a-member = cette caisse n'est pas membre du Flood
error-core-flood-pending = le Flood a encore { $amount } de paiements autorisés : payez-les ou annulez-les avant que la dernière caisse ne parte, pour que le Flood se termine sans rien détenir
error-core-flood-invalid = les montants sont hors limites
error-core-flood-no-secret = un Flood qui décide à la double majorité compte les bulletins de chaque caisse membre, ses scrutins ne peuvent donc pas être secrets : choisissez jamais ou au choix pour les scrutins secrets
