# Pools en français : la trésorerie, la banque, les relevés et le budget participatif.
# Chaque clé de en/ est ici aussi.

## La page de la trésorerie

treasury-title = Trésorerie
treasury-flood-title = Le fonds du Flood
treasury-page-title = Trésorerie de { $pool }
treasury-cash-held = Fonds détenus
treasury-authorized = Autorisé, pas encore payé
treasury-budgeted = Réservé aux budgets participatifs
treasury-available = Disponible
treasury-available-hint = Le disponible, ce sont les fonds détenus moins ce qui est autorisé et réservé. Une caisse ne promet jamais plus qu'elle ne détient : un paiement, un budget participatif ou un engagement qui le ferait passer sous zéro est refusé. Seul le capital dû à un membre parti le peut, parce qu'il est dû quoi que détienne la caisse ; rien de nouveau ne peut alors être dépensé avant son remboursement.
treasury-chart-title = Fonds détenus au fil du temps
treasury-chart-summary = { $title } : { $first } le { $first_date }, { $last } le { $last_date } ; au plus haut { $highest }
treasury-chart-caption = Fonds détenus, écriture par écriture, sur les dernières écritures.
treasury-your-statement = Votre relevé
treasury-floods-heading = Dans des Floods
treasury-floods-caption = La part de cette caisse dans chaque Flood
treasury-col-flood = Flood
treasury-col-committed = Engagé
treasury-col-worth = Valeur actuelle, si la caisse partait
treasury-col-spent-share = Sa part de ce que le Flood a dépensé ou promis
treasury-money-leaves = L'argent ne sort de la caisse que par une décision des membres. Chaque écriture ci-dessous reste pour toujours ; une erreur se corrige par une contre-passation motivée.
treasury-record-heading = Enregistrer de l'argent reçu
treasury-from = De la part de
treasury-member-buy-in-pending = { $name } (part d'entrée en attente)
treasury-what-it-is = De quoi il s'agit
treasury-kind-capital-long = Capital : le membre peut le récupérer en partant
treasury-kind-gift-long = Un don à la caisse
treasury-kind-buy-in-long = La part d'entrée ({ $amount }), qui complète une adhésion en attente
treasury-amount-in = Montant ({ $currency })
treasury-received-on = Reçu le
treasury-by = Par
treasury-method-bank-transfer = virement bancaire
treasury-method-cash = espèces
treasury-method-card = carte
treasury-reference-optional = Référence bancaire ou du reçu (facultative)
treasury-record-it = Enregistrer
treasury-reports-heading = L'argent que des membres disent avoir envoyé
treasury-reports-caption = Signalements d'argent envoyé, ceux en attente d'abord
treasury-col-member = Membre
treasury-col-what = Quoi
treasury-col-amount = Montant
treasury-col-sent = Envoyé
treasury-col-status = État
treasury-col-check = Vérifier
treasury-confirm-arrived = Confirmer : il est arrivé
treasury-reject-label = Pourquoi le signalement de { $name } est refusé
treasury-reason-placeholder = raison
treasury-reject = Refuser
treasury-tell-heading = Prévenir la trésorerie que vous avez envoyé de l'argent
treasury-tell-lead = Il apparaît dans les comptes dès que la trésorerie l'a vu arriver.
treasury-my-kind-capital = Capital : je peux le récupérer en partant
treasury-my-buy-in = Ma part d'entrée ({ $amount })
treasury-sent-on = Envoyé le
treasury-your-reference = Votre référence (facultative)
treasury-tell-button = Prévenir la trésorerie
treasury-payouts-heading = Paiements décidés par les membres
treasury-payouts-none = Aucun paiement pour l'instant. L'argent ne sort que lorsqu'une proposition de dépense est adoptée.
treasury-payouts-caption = Les paiements et leurs décisions
treasury-col-to = À
treasury-col-for = Pour
treasury-col-decision = Décision
treasury-col-settle = Régler
treasury-the-decision = la décision
treasury-the-decision-aside = (la décision)
treasury-pay-reference-label = Référence bancaire du paiement à { $name }
treasury-bank-reference-placeholder = référence bancaire
treasury-mark-paid = Marquer comme payé
treasury-cancel-label = Raison de l'annulation du paiement à { $name }
treasury-cancel = Annuler
treasury-exits-heading = Capital dû aux membres partis
treasury-exits-caption = Remboursements selon la règle de sortie
treasury-col-owed = Dû
treasury-col-due-by = Échéance
treasury-col-repay = Rembourser
treasury-repay-reference-label = Référence bancaire du remboursement à { $name }
treasury-mark-repaid = Marquer comme remboursé
treasury-capital-heading = Comptes de capital
treasury-capital-none = Aucun membre n'a encore de capital dans la caisse.
treasury-capital-caption = Ce que chaque membre peut récupérer selon la règle de sortie
treasury-col-capital = Capital
treasury-entries-heading = Toutes les écritures
treasury-download-csv = Télécharger toutes les écritures en CSV
treasury-check-bank = Comparer les comptes à un relevé bancaire
treasury-entries-none = Rien n'a encore été enregistré.
treasury-entries-caption = Écritures du grand livre, les plus récentes d'abord
treasury-col-date = Date
treasury-col-details = Détails
treasury-col-correct = Corriger
treasury-reverse-label = Raison de la contre-passation
treasury-reverse = Contre-passer

## Ce que chaque écriture enregistre

treasury-entry-capital = Apport en capital
treasury-entry-gift = Don
treasury-entry-buy-in = Part d'entrée
treasury-entry-reversal = Contre-passation
treasury-entry-authorization = Paiement autorisé
treasury-entry-payment = Payé
treasury-entry-cancellation = Paiement annulé
treasury-entry-exit-authorized = Remboursement de sortie dû
treasury-entry-exit-paid = Sortie remboursée
treasury-entry-round-budgeted = Réservé à un budget participatif
treasury-entry-round-released = Budget participatif clos
treasury-entry-flood-commitment = Engagé dans un Flood
treasury-entry-flood-return = Part reçue d'un Flood
treasury-entry-pool-commitment = Engagé par une caisse membre
treasury-entry-pool-exit = Part versée à une caisse qui part
treasury-details-reverses = Contre-passe une écriture précédente : { $memo }
treasury-details-reference = référence { $reference }
treasury-details-authorized = par une décision adoptée
treasury-details-reversed = Contre-passée. { $how }

## Où en sont paiements, signalements et remboursements

treasury-payout-paid = payé le { $date }
treasury-payout-paid-reference = payé le { $date } ({ $reference })
treasury-payout-cancelled = annulé : { $reason }
treasury-payout-authorized = autorisé, en attente de paiement
treasury-report-capital = capital
treasury-report-gift = don
treasury-report-buy-in = part d'entrée
treasury-report-sent = { $date } par { $method }
treasury-report-pending = en attente de la trésorerie
treasury-report-rejected = refusé : { $reason }
treasury-report-confirmed = confirmé
treasury-exit-overdue = en retard depuis le { $date }
treasury-exit-due-soon = échéance proche : { $date }
treasury-exit-owed = dû
treasury-exit-repaid = remboursé le { $date }
treasury-exit-repaid-reference = remboursé le { $date } ({ $reference })

## Ce que répondent les formulaires de la trésorerie

treasury-recorded = Versement de { $amount } de { $name } enregistré.
treasury-reversed = L'écriture est contre-passée ; les deux restent dans le registre.
treasury-paid = Le paiement à { $payee } est enregistré comme payé.
treasury-cancelled = Le paiement à { $payee } est annulé.
treasury-exit-recorded = Le capital de { $name } est enregistré comme remboursé.
treasury-reported = Merci. La trésorerie le confirmera dès qu'il sera arrivé.
treasury-report-in-books = L'argent de { $name } est dans les comptes.
treasury-report-refused = Le signalement de { $name } est refusé.

## Le relevé d'un membre

statement-title = Relevé de { $name }
statement-capital = Compte de capital
statement-hint = Le capital est ce qu'un membre peut récupérer selon la règle de sortie. Les dons restent à la caisse.
statement-none = Rien d'enregistré pour l'instant.
statement-caption = Écritures concernant { $name }, les plus anciennes d'abord
statement-col-capital-after = Capital après
statement-head = Relevé établi à l'entrée { $seq } du journal. Gardez ceci pour y comparer tout export ultérieur :

## Comparer les comptes à la banque

bank-title = Comparer les comptes à la banque
bank-lead = Téléversez le relevé que votre banque exporte en CSV et indiquez ce que contient chaque colonne. Pools rapproche chaque ligne bancaire d'une écriture enregistrée par le montant et la date (à { $days ->
    [one] { $days } jour
   *[other] { $days } jours
  } près), en préférant une écriture dont la référence figure dans la ligne. Rien n'est modifié.
bank-file = Relevé bancaire (CSV)
bank-date-column = Colonne de la date
bank-amount-column = Colonne du montant
bank-text-column = Colonne du libellé
bank-date-format = Les dates s'écrivent
bank-day-first = 29/11/2026 ou 29.11.2026
bank-decimal-comma = Les montants utilisent la virgule décimale (1.234,50)
bank-check = Comparer
bank-unmatched-lines = Sur le relevé, pas dans les comptes ({ $count })
bank-unmatched-lines-none = Aucune : chaque ligne bancaire correspond à une écriture.
bank-unmatched-lines-caption = Lignes bancaires sans écriture
bank-col-line = Ligne
bank-col-description = Libellé
bank-col-reference = Référence
bank-unmatched-entries = Dans les comptes, pas sur le relevé ({ $count })
bank-unmatched-entries-none = Aucune aux dates du relevé.
bank-unmatched-entries-caption = Écritures sans ligne bancaire
bank-matched = Rapprochées ({ $count })
bank-matched-caption = Les lignes bancaires et les écritures auxquelles elles correspondent
bank-no-file = choisissez le fichier CSV exporté par votre banque
bank-unreadable = le fichier envoyé n'a pas pu être lu : { $error }
bank-not-allowed = seules les personnes chargées de la trésorerie ou de l'organisation peuvent rapprocher le relevé bancaire

## Les budgets participatifs

round-kind = Budget participatif
round-tag-proposing = propositions
round-tag-funding = financement
round-tag-closed = clos
round-phase-buckets = Propositions de projets jusqu'au { $buckets_close } ({ $left }) ; le financement suit jusqu'au { $funding_close }
round-phase-funding = Financement ouvert jusqu'au { $close } ({ $left })
round-phase-closing = Le financement est terminé ; le budget participatif est en cours de clôture.
round-phase-closed = Clos le { $when }
round-add-to-calendar = Ajouter ses échéances à mon agenda
round-share = La part de chaque membre
round-members = Membres ayant une part
round-my-left = Ce qu'il vous reste de votre part
round-cap = Le maximum qu'un membre peut mettre dans un projet
round-hint-shared = Le budget participatif engage { $amount }, réparti à parts égales : chaque membre reçoit la même somme, quel que soit son apport.
round-hint-remainder = Le reste de { $remainder }, qui ne se divise pas également, reste à la caisse.
round-hint-buckets = Les projets qui atteignent leur minimum à la fin du financement sont payés ; tout le reste retourne à la caisse.
round-report-link = Où est allé l'argent
round-guidelines = Lignes directrices
round-buckets = Projets
round-fund-lead = Répartissez votre part entre les projets que vous soutenez : donnez à autant de projets que vous voulez, les montants que vous voulez, jusqu'à la fin du financement.
round-no-buckets = Aucun projet pour l'instant.
round-flagged = signalé { $count } fois
round-progress = { $total } sur { $max }
round-progress-range = { $total } sur { $min } (jusqu'à { $max })
round-you-gave = vous avez donné { $amount }
round-give-label = Donner ({ $currency } ; vous pouvez donner jusqu'à { $room })

## Où est allé l'argent d'un budget participatif

round-report-title = Où est allé l'argent
round-report-page-title = Où est allé l'argent de { $round }
round-report-put-in = Mis en jeu par le budget participatif
round-report-shared = Réparti ({ $members } × { $share })
round-report-kept = Gardé par la caisse (ne se divisait pas également)
round-report-funded = Autorisé pour les projets financés
round-report-returned = Retourné à la caisse
round-report-committed = Dans les projets jusqu'ici
round-report-not-given = Pas encore donné
round-report-none = Aucun projet n'a été proposé.
round-report-caption = Chaque projet et son argent
round-col-bucket = Projet
round-col-given = Reçu
round-col-money = Argent
round-payout-paid = payé à { $payee }
round-payout-cancelled = paiement annulé
round-payout-authorized = autorisé pour { $payee }, en attente de paiement
round-payout-returned = retourné à la caisse
round-report-shares = Les parts des membres
round-report-shares-caption = Ce que chaque membre a donné et ce qu'il lui reste
round-col-gave = A donné
round-col-left = Reste non dépensé

## Un projet

bucket-status-funded = financé
bucket-status-missed = minimum non atteint
bucket-status-cancelled = annulé
bucket-status-open = ouvert
bucket-by = par { $names }
bucket-cancelled-because = Annulé : { $reason }
bucket-funded-paid = Financé : un paiement de { $amount } à { $payee } a été effectué.
bucket-funded-cancelled = Financé : un paiement de { $amount } à { $payee } a été annulé.
bucket-funded-authorized = Financé : un paiement de { $amount } à { $payee } est autorisé et attend la trésorerie.
bucket-goal = { $total } sur un minimum de { $min }.
bucket-goal-range = { $total } sur un minimum de { $min } et un maximum de { $max }.
bucket-progress-label = { $total } sur un maximum de { $max } ; le minimum est de { $min }
bucket-fund-heading = Financer ce projet
bucket-fund-lead = Il vous reste { $left } de votre part et vous avez donné { $given } à ce projet. Vous pouvez encore lui donner jusqu'à { $room }.
bucket-fund = Financer
bucket-budget-heading = Budget
bucket-lines-caption = Lignes budgétaires de { $title }
bucket-col-for = Pour
bucket-col-min = Minimum
bucket-col-max = Maximum
bucket-funders-heading = Financeur·euses
bucket-funders-none = Personne ne l'a encore financé.
bucket-funders-caption = Ce que chaque membre a donné
bucket-col-total = Au total
bucket-history = Toutes les contributions ({ $count })
bucket-history-item = { $when } : { $name } a donné { $amount }
bucket-flags-heading = Signalements
bucket-flags-none = Personne ne l'a signalé comme contraire aux lignes directrices.
bucket-flag-label = Le signaler : quelle ligne directrice enfreint-il ?
bucket-flag-button = Signaler ce projet
bucket-cancel-heading = Annuler ce projet
bucket-cancel-lead = Tout ce que les membres lui ont donné retourne dans leurs parts, à dépenser pour d'autres projets.
bucket-cancel-why = Pourquoi
bucket-cancel-button = Annuler le projet
bucket-funded-flash = Vous avez mis { $amount } dans « { $title } ». Il contient maintenant { $total }.
bucket-flagged = Votre signalement est enregistré. Les membres le verront pendant leur examen.
bucket-cancelled-flash = « { $title } » est annulé. Tout ce que les membres lui avaient donné est revenu dans leurs parts.

## Proposer un projet

bucket-new-title = Proposer un projet
bucket-new-page-title = Proposer un projet dans { $round }
bucket-new-lead = Un projet est quelque chose que les membres peuvent financer avec leurs parts. Il est financé s'il atteint son minimum à la fin du financement ; il ne prend jamais plus que son maximum.
bucket-new-guidelines = Les lignes directrices du budget participatif
bucket-new-name = Nom
bucket-new-description = Ce que c'est et à qui cela sert (Markdown accepté)
bucket-new-lines = Lignes budgétaires ({ $currency })
bucket-new-lines-hint = Chaque ligne a besoin d'un minimum. Laissez le maximum vide si la ligne a besoin exactement de son minimum. Les lignes vides sont ignorées.
bucket-new-line-for = Ligne { $n } : pour
bucket-new-co-creators = Co-porteur·euses (qui partagent le paiement avec vous)
bucket-new-submit = Proposer le projet
bucket-new-proposed = Votre projet est proposé. Les membres peuvent l'examiner dès maintenant et le financer dès l'ouverture du financement.
bucket-new-closed = ce budget participatif accepte les propositions de projets des membres actifs de la caisse jusqu'au { $when }
bucket-line-error = ligne { $line }, { $what } : { $error }
bucket-line-minimum = minimum
bucket-line-maximum = maximum
bucket-no-lines = ajoutez au moins une ligne budgétaire avec un montant minimum

## La page de l'agenda

calendar-title = Votre agenda des échéances
calendar-lead = Toutes les échéances de vos caisses, dans votre propre agenda : la clôture du vote de chaque décision, et la fin des propositions et du financement de chaque budget participatif. Chacune est accompagnée d'un rappel la veille. Les heures sont en UTC ; votre agenda les affiche dans votre fuseau horaire.
calendar-link-heading = Votre lien privé
calendar-subscribe = Abonnez-vous à cette adresse dans votre agenda (dans la plupart, « Ajouter un agenda » puis « À partir d'une URL »). Gardez-la pour vous : quiconque la détient voit les échéances de vos caisses.
calendar-address = Adresse de l'agenda
calendar-renew = Créer un nouveau lien (l'ancien cesse de fonctionner)
calendar-off = Désactiver le lien
calendar-make = Créer mon lien d'agenda
calendar-hint = Chaque page de décision et de budget participatif propose aussi un fichier à ajouter une fois, sans abonnement.
calendar-renewed = Voici votre lien d'agenda. Tout lien précédent ne fonctionne plus.
calendar-turned-off = Votre lien d'agenda est désactivé. Les agendas qui l'utilisent ne reçoivent plus rien.
