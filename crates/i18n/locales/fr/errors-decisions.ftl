# Pools in French: errors of decisions, proxies, secret ballots and Floods.
# Every key here is in the other languages too.

## Ouvrir une décision

error-decisions-title = donnez à la question un titre de 1 à 120 caractères
error-decisions-payee = dites qui est payé, en 1 à 120 caractères
error-decisions-spend-alone = une dépense se décide par une proposition (pour, abstention, contre, blocage) qui ne porte que sur elle
error-decisions-flood-alone = une décision sur un Flood est une proposition (pour, abstention, contre, blocage) qui ne porte que sur lui
error-decisions-round-alone = un tour de budget participatif se décide par une proposition (pour, abstention, contre, blocage) qui ne porte que sur lui
error-decisions-rules-proposal = un changement de règles se décide par une proposition (pour, abstention, contre, blocage)
error-decisions-pool-draft = cette caisse est encore un brouillon : ouvrez-la avant de prendre des décisions
error-decisions-no-round-in-flood = les budgets participatifs sont faits pour les caisses ; un Flood dépense par décision
error-decisions-organizers-propose = dans cette caisse, seule l'équipe d'organisation peut faire des propositions
error-decisions-members-propose = seuls les membres actifs de la caisse peuvent faire des propositions
error-decisions-not-available = la caisse a { $available } disponibles (la trésorerie moins les paiements déjà autorisés et l'argent mis de côté pour les budgets participatifs ouverts), moins que les { $asked } demandés
error-decisions-same-rules = les règles proposées sont les mêmes que les règles actuelles : modifiez-en au moins une
error-decisions-voting-days = les décisions de cette caisse restent ouvertes de { $min } à { $max } { $max ->
    [one] jour
   *[other] jours
  }
error-decisions-new-vanished = la nouvelle décision a disparu

## Voter

error-decisions-no-decision = il n'y a pas de décision avec l'identifiant « { $id } »
error-decisions-closed-at = le vote sur cette décision a été clos le { $at }
error-decisions-not-eligible = seuls les membres de la caisse à l'ouverture du vote peuvent voter sur cette décision
error-decisions-receipt-unread = un code de reçu n'a pas pu être relu
error-decisions-vanished = la décision a disparu
error-decisions-nothing-to-withdraw = vous n'avez pas de vote à retirer sur cette décision
error-decisions-pool-vanished = la caisse de la décision a disparu
error-decisions-pool-gone = la caisse de la décision n'existe plus
error-decisions-the-pool-vanished = la caisse a disparu

## Procurations

error-decisions-proxy-members = seuls les membres actifs de la caisse peuvent donner procuration
error-decisions-pool-no-decision = cette caisse n'a pas de décision avec l'identifiant « { $id } »
error-decisions-closed = le vote sur cette décision est clos
error-decisions-proxy-vanished = la nouvelle procuration a disparu
error-decisions-no-proxy = vous n'avez pas donné de procuration dans cette caisse
error-decisions-cannot-vote = cette personne ne peut pas voter sur cette décision

## Scrutins secrets

error-decisions-voter-vanished = la personne qui a voté a disparu
error-decisions-not-secret = cette décision n'est pas un scrutin secret : chaque bulletin est affiché avec le nom de la personne qui l'a déposé

## Floods

error-decisions-flood-vanished = le Flood a disparu
error-decisions-flood-in-flood = les membres d'un Flood sont des caisses : un Flood ne peut pas rejoindre un Flood
error-decisions-flood-name = donnez au Flood un nom de 1 à 120 caractères
error-decisions-flood-purpose = dites ce qu'est le projet commun, en 2 000 caractères au plus
error-decisions-no-active-flood = il n'y a pas de Flood actif « { $id } »
error-decisions-no-flood = il n'y a pas de Flood « { $id } »
error-decisions-already-member = cette caisse est déjà membre de ce Flood
error-decisions-not-member = cette caisse n'est pas membre de ce Flood
error-decisions-flood-currency = ce Flood tient son fonds en { $flood }, et cette caisse en { $pool }
error-decisions-confirm = cochez la case pour confirmer que vous avez lu le contrat et que vous le signez
error-decisions-typed-name = saisissez votre nom complet exactement comme sur votre compte, « { $name } », pour signer
error-decisions-signers = seuls les membres actifs d'une caisse membre signent le contrat
error-decisions-agreement-changed = le contrat a changé depuis que vous l'avez ouvert (une caisse a adhéré, est partie ou a ajouté des fonds) : lisez la nouvelle version et signez-la
error-decisions-already-signed = vous avez déjà signé cette version

## Refus gardés avec une décision passée, et pourquoi une procuration a pris fin
refused-spend-uncovered = la proposition est passée, mais aucun paiement n'a été autorisé : à la clôture du vote, la caisse avait { $available } disponibles (la trésorerie moins les paiements déjà autorisés et l'argent réservé aux budgets participatifs), moins que les { $asked } demandés. Proposez-la de nouveau quand l'argent sera là
refused-spend = la proposition est passée, mais aucun paiement n'a été autorisé : { $reason }
refused-round-too-little = { $amount } partagés entre { $members ->
        [one] { $members } membre font
       *[other] { $members } membres font
    } moins que la plus petite unité chacun
refused-round-short = la caisse avait { $available } disponibles quand la décision est passée, moins que les { $needed } dont le budget participatif a besoin
refused-round-short-promised = la caisse avait { $available } disponibles quand la décision est passée, une fois mis à part les { $promised } que des propositions de dépense encore ouvertes peuvent autoriser, moins que les { $needed } dont le budget participatif a besoin
refused-flood-short = la caisse avait { $available } disponibles quand la décision est passée, moins que les { $amount } qu'elle engage
refused-flood-pending = le Flood a encore { $amount } de paiements autorisés : payez-les ou annulez-les avant que la dernière caisse ne parte
proxy-ended-revoked = révoquée par le membre qui l'avait donnée
proxy-ended-left = l'un des deux a quitté la caisse
proxy-ended-rules = les règles de la caisse n'autorisent plus les procurations
