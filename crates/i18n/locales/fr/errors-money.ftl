# Pools in French: errors of the treasury, budgeting and forming the legal entity.
# Every key here is in the other languages too.

## L'argent reçu, contre-passé et payé

error-money-kind = dites de quel argent il s'agit : { $n ->
    [one] { $last }
   *[other] { $rest } ou { $last }
  }, et non « { $text } »
error-money-insufficient = { $account ->
    [treasury] la trésorerie contient
    [authorized] les paiements autorisés représentent
    [budgeted] l'argent réservé aux budgets participatifs représente
    [capital] le compte de capital du membre contient
   *[other] { $key } contient
  } { $balance } et ceci demande { $needed } : rien n'a été enregistré
error-money-uncovered = la caisse a { $available } de disponible (la trésorerie moins les paiements déjà autorisés et l'argent réservé aux budgets participatifs) et ceci en prendrait { $needed } ; la caisse promettrait alors plus qu'elle ne détient : annulez d'abord un paiement autorisé. Rien n'a été enregistré
error-money-date-format = écrivez la date au format AAAA-MM-JJ, par exemple 2026-11-29
error-money-method = choisissez bank_transfer, cash ou card
error-money-date-future = la date est dans le futur
error-money-reference-long = la référence doit faire moins de 200 caractères
error-money-flood-treasurers = seules les personnes chargées de la trésorerie ou de l'organisation d'une caisse membre peuvent gérer l'argent d'un Flood
error-money-treasurers = seules les personnes chargées de la trésorerie ou de l'organisation de la caisse peuvent enregistrer de l'argent
error-money-not-a-member = cette personne n'est pas membre de cette caisse
error-money-owes-no-buy-in = { $name } ne doit aucune part d'entrée : enregistrez ceci comme capital ou comme don
error-money-buy-in-exactly = la part d'entrée est de { $amount } exactement
error-money-buy-in-recorded = la part d'entrée de { $name } est déjà enregistrée ; son admission attend le vote des membres
error-money-no-entry = il n'y a pas d'écriture « { $id } » au grand livre
error-money-reversal-reason = dites pourquoi l'écriture est contre-passée
error-money-not-reversible = seul l'argent reçu peut être contre-passé ; les paiements, les sorties et les budgets participatifs se règlent par leurs propres étapes
error-money-already-reversed = cette écriture est déjà contre-passée, ou est elle-même une contre-passation
error-money-statements = seules les personnes chargées de la trésorerie ou de l'organisation peuvent lire les relevés des autres membres
error-money-never-a-member = cette personne n'a jamais été membre de cette caisse
error-money-no-payout = il n'y a pas de paiement « { $id } »
error-money-payout-settled = ce paiement est déjà { $status ->
    [paid] payé
    [cancelled] annulé
   *[other] { $status }
  } : un paiement n'est payé ou annulé qu'une fois
error-money-no-exit = il n'y a pas de remboursement de sortie « { $id } »
error-money-exit-repaid = ce remboursement a déjà été effectué
error-money-cancel-reason = dites pourquoi le paiement est annulé
error-money-report-members = seuls les membres de la caisse peuvent signaler l'argent qu'ils ont envoyé
error-money-report-own = vous ne pouvez signaler que l'argent que vous avez envoyé vous-même
error-money-reject-reason = dites pourquoi, pour que le membre puisse régler le problème
error-money-no-report = il n'y a pas de signalement « { $id } »
error-money-report-settled = ce signalement a déjà été { $status ->
    [confirmed] confirmé
    [rejected] refusé
   *[other] { $status }
  }

## Les budgets participatifs et leurs projets

error-money-allocation = il vous reste { $left } de votre part, moins que les { $asked } que vous vouliez donner : rien n'a été enregistré
error-money-overfunded = il ne manque que { $room } à ce projet pour atteindre son maximum : donnez cette somme ou moins
error-money-cap = dans ce budget participatif, un membre peut mettre au plus { $cap } dans un même projet, et vous avez donné { $given }
error-money-too-large = le montant est trop élevé
error-money-no-round = il n'y a pas de budget participatif « { $id } »
error-money-no-bucket = il n'y a pas de projet « { $id } »
error-money-bucket-name = donnez au projet un nom de 1 à 120 caractères
error-money-bucket-lines = un projet a au plus { $max ->
    [one] { $max } ligne budgétaire
   *[other] { $max } lignes budgétaires
  }
error-money-line-name = nommez chaque ligne budgétaire en 1 à 120 caractères
error-money-co-creators = un projet nomme au plus { $max ->
    [one] { $max } co-porteur ou co-porteuse
   *[other] { $max } co-porteurs et co-porteuses
  }, vous compris
error-money-propose-members = seuls les membres actifs de la caisse peuvent proposer des projets
error-money-proposals-closed = ce budget participatif acceptait les propositions de projets jusqu'au { $until }
error-money-bucket-too-big = le maximum de ce projet, { $max }, dépasse tout ce que contient le budget participatif ({ $round }) : demandez moins
error-money-co-creator-active = chaque co-porteur ou co-porteuse doit être membre actif de la caisse
error-money-flag-reason = dites contre quelle ligne directrice va le projet, en 2 000 caractères au plus
error-money-flag-members = seuls les membres actifs de la caisse peuvent signaler des projets
error-money-flag-closed = les projets peuvent être signalés pendant leur examen, jusqu'au { $until }
error-money-already-flagged = vous avez déjà signalé ce projet
error-money-fund-members = seuls les membres actifs de la caisse peuvent financer des projets
error-money-funding-opens = le financement ouvre le { $at }
error-money-funding-closed = le financement a pris fin le { $at }
error-money-bucket-shut = ce projet { $status ->
    [cancelled] est annulé
    [funded] est financé
    [missed] n'a pas atteint son minimum
   *[other] est { $status }
  } et ne reçoit plus d'argent
error-money-no-allocation = seuls les membres qui étaient dans la caisse à l'ouverture du budget participatif ont une part
error-money-bucket-cancel-reason = dites pourquoi le projet est annulé, en 2 000 caractères au plus
error-money-bucket-cancel-who = seuls les co-porteurs et co-porteuses du projet ou l'équipe d'organisation de la caisse peuvent l'annuler
error-money-bucket-cancel-closed = un projet ne peut être annulé que tant que son budget participatif est ouvert

## La constitution de l'entité juridique

error-money-formation-organizers = seule l'équipe d'organisation de la caisse peut mener sa constitution
error-money-formation-open-pool = ouvrez la caisse avant de constituer une entité juridique
error-money-formation-not-member = « { $name } » n'est pas membre actif de la caisse : chaque fondateur ou fondatrice signe le dossier de constitution dans Pools, alors nommez des membres tels qu'ils figurent sur leur compte
error-money-formation-drafting = la constitution en est à l'étape « { $status } » : les informations ne peuvent changer que pendant la rédaction
error-money-formation-filed-future = la date de dépôt ne peut pas être dans le futur
error-money-formation-not-started = cette caisse n'a pas encore commencé sa constitution
error-money-formation-confirm = cochez la case pour confirmer que vous avez lu le document et le signez
error-money-formation-typed-name = saisissez votre nom complet exactement comme sur votre compte, « { $name } », pour signer
error-money-formation-no-document = une { $form } n'a pas de document « { $document } »
error-money-formation-not-out = les documents ne sont pas encore envoyés pour signature : un organisateur ou une organisatrice lance d'abord les signatures
error-money-formation-already-signed = vous avez déjà signé cette version
error-money-formation-members-sign = seuls les membres actifs de la caisse signent ce document
error-money-formation-filing-signers = le dossier de constitution est signé par les fondateurs et fondatrices qu'il nomme : le nom de votre compte n'en fait pas partie
error-money-formation-software-changed = cette version ne peut pas être signée : le texte que Pools écrit aujourd'hui diffère de celui enregistré lors de sa génération (le logiciel a changé)
error-money-formation-document-changed = le document a changé depuis que vous l'avez ouvert (les règles ont changé et une nouvelle version a été générée) : lisez la nouvelle version et signez celle-ci
error-money-formation-no-version = il n'y a pas de version { $version }
