# Pools in French: Every email Pools sends.
# Every key here is in the other languages too.

## Le cadre de chaque lettre

mail-hello = Bonjour { $name },
mail-stop-text = Pour ne plus recevoir ces messages : { $link }
mail-stop-link = Ne plus recevoir ces messages
mail-a-member = Un membre

## Le message de test de l'opérateur

mail-test-subject = Pools peut envoyer du courrier
mail-test-body = Ceci est un message de test de votre serveur Pools. Si vous le lisez, le courrier quitte le serveur et arrive à destination.
mail-test-action = Ouvrir Pools
mail-test-reason = Vous recevez ce message parce que l'opérateur de ce serveur Pools a envoyé un test à cette adresse.

## Réinitialiser un mot de passe

mail-reset-subject = Réinitialisez votre mot de passe Pools
mail-reset-body = Quelqu'un a demandé à réinitialiser le mot de passe de votre compte Pools ({ $email }). Pour choisir un nouveau mot de passe, ouvrez le lien ci-dessous dans les { $minutes } minutes.
mail-reset-not-you = Si ce n'était pas vous, ignorez ce message : votre mot de passe reste tel quel.
mail-reset-action = Choisir un nouveau mot de passe
mail-reset-reason = Vous recevez ce message parce qu'une réinitialisation du mot de passe a été demandée pour le compte Pools de cette adresse.

## Une invitation dans un groupe

mail-invite-subject = { $from } vous invite dans { $group } sur Pools
mail-invite-from-organizers = L'équipe d'organisation de { $group }
mail-invite-body = { $from } vous invite à prendre votre place dans { $group }, qui utilise Pools pour gérer une caisse que ses membres possèdent : les membres y mettent de l'argent, proposent et décident par un vote, une personne, une voix.
mail-invite-link = Le lien ci-dessous n'est qu'à vous : il vous permet de vous connecter ou de créer un compte et de prendre la place que le groupe vous a gardée. Rien ne vous est demandé tant que vous ne choisissez pas de rejoindre une caisse.
mail-invite-action = Prendre votre place
mail-invite-reason = Vous recevez ce message parce qu'un organisateur ou une organisatrice de { $group } a ajouté cette adresse pour vous inviter. Si vous ne voulez pas venir, ignorez-le ; l'adresse n'est montrée à personne d'autre, et un groupe peut vous inviter au plus { $times } fois.

## Le reçu d'un vote à bulletin secret

mail-receipt-subject = Votre reçu pour « { $title } »
mail-receipt-sealed = Votre bulletin secret sur « { $title } » est scellé. Son reçu est :
mail-receipt-how = À la clôture du vote ({ $closes }), chaque bulletin est publié sous l'empreinte de son reçu, sans son votant. Saisissez ce reçu sur la page de la décision, ou lancez `pools verify --receipt` sur l'export de la caisse, pour voir votre bulletin compté tel que vous l'avez déposé. Si vous changez votre bulletin, vous recevez un nouveau reçu, et celui-ci ne compte plus.
mail-receipt-keep = Gardez-le pour vous : quiconque le détient peut voir comment ce bulletin a été rempli.
mail-receipt-action = Vérifier votre reçu
mail-receipt-reason = Vous recevez ce message parce que vous avez voté à bulletin secret, et le reçu vous permet de vérifier que votre bulletin a été compté.

## Notifications : la ligne courte gardée pour le résumé, puis la lettre

mail-reason = Vous recevez ce message parce que vous êtes membre de { $pool } et que ces messages sont activés : « { $kind } ». Changez ce que vous recevez sur { $link }.
mail-kind-decision_opened = Une décision s'ouvre
mail-kind-closing_soon = Une décision se clôt dans 24 heures et vous n'avez pas voté
mail-kind-decision_result = Le résultat d'une décision
mail-kind-money_recorded = De l'argent enregistré pour vous
mail-kind-round_opened = Un tour de budget participatif s'ouvre
mail-kind-payout_paid = Un paiement est effectué
mail-kind-signature_needed = Un document juridique attend votre signature
mail-kind-round_closing = Un tour de budget participatif se clôt dans 24 heures et il vous reste une part à placer
mail-kind-flood_decision = Une décision d'un Flood s'ouvre
mail-kind-mentioned = Quelqu'un vous mentionne dans un commentaire

mail-opened-summary = Une décision s'est ouverte dans { $pool } : « { $title } »
mail-opened-summary-flood = Une décision s'est ouverte dans le Flood { $pool } : « { $title } »
mail-opened-subject = Votez : { $title }
mail-opened-body = Une décision s'est ouverte dans { $pool } : « { $title } ».
mail-opened-body-flood = Une décision s'est ouverte dans le Flood { $pool }, dont votre caisse fait partie : « { $title } ».
mail-opened-closes = Le vote se clôt le { $closes }. Chaque membre a une voix.
mail-opened-action = La lire et voter

mail-explanation = { $said }
mail-result-summary = « { $title } » est close : { $explanation }
mail-result-subject = Résultat : { $title }
mail-result-body = La décision « { $title } » de { $pool } est close.
mail-result-action = Voir le résultat

mail-money-summary = { $amount } enregistrés pour vous dans { $pool } ({ $kind })
mail-money-subject = { $amount } enregistrés pour vous dans { $pool }
mail-money-body = { $pool } a enregistré { $amount } de votre part comme { $kind }, reçus le { $day }. Votre relevé montre chaque écriture.
mail-money-action = Voir votre relevé
mail-money-kind-capital = capital
mail-money-kind-gift = don
mail-money-kind-buy_in = droit d'entrée

mail-round-summary = Un tour de budget participatif s'est ouvert dans { $pool } : « { $title } »
mail-round-subject = Votre part de { $share } : { $title }
mail-round-body = Un tour de budget participatif s'est ouvert dans { $pool } : « { $title } ». Chaque membre a la même part, { $share }, à répartir entre les projets que les membres proposent.
mail-round-closes = Le financement se clôt le { $closes }.
mail-round-action = Voir le tour

mail-paid-summary = { $amount } payés à { $payee } pour { $purpose }
mail-paid-subject = Payé : { $amount } à { $payee }
mail-paid-body = { $pool } a payé { $amount } à { $payee } pour { $purpose }, le { $day }, comme ses membres l'ont décidé.
mail-paid-action = Voir la trésorerie

mail-sign-summary = La version { $version } des documents juridiques de { $pool } attend votre signature
mail-sign-subject = À signer : les documents de { $pool }, version { $version }
mail-sign-body = La version { $version } des documents juridiques de { $pool } est prête, et chaque membre la signe. { $reason }
mail-sign-how = Lisez-les, puis signez en tapant votre nom.
mail-sign-action = Lire et signer

mail-mentioned-summary = { $author } vous a mentionné dans « { $title } »
mail-mentioned-subject = { $author } vous a mentionné : { $title }
mail-mentioned-body = { $author } vous a mentionné dans « { $title } », dans { $pool } :
mail-mentioned-action = Lire et répondre

mail-closing-summary = « { $title } » se clôt le { $closes } et vous n'avez pas voté
mail-closing-subject = Bientôt clos : { $title }
mail-closing-body = La décision « { $title } » de { $pool } se clôt le { $closes }, et vous n'avez pas encore voté.
mail-closing-quorum = Si trop peu de membres votent, le quorum n'est pas atteint et rien n'est décidé.
mail-closing-action = Voter maintenant

mail-round-closing-summary = Le financement de « { $title } » se clôt le { $closes } et il vous reste une part
mail-round-closing-body = Le financement du tour de budget participatif « { $title } » de { $pool } se clôt le { $closes }, et vous n'avez pas encore placé toute votre part.
mail-round-closing-left = Ce que vous ne placez pas reste à la caisse.
mail-round-closing-action = Placer votre part

## Le résumé quotidien

mail-digest-subject = Votre journée dans Pools : { $n ->
    [one] { $n } nouvelle
   *[other] { $n } nouvelles
  }
mail-digest-item = { $summary } : { $link }
mail-digest-reason = Vous recevez ce résumé quotidien parce que vous l'avez choisi pour certains messages de vos caisses. Changez ce que vous recevez sur la page des notifications de chaque caisse, par exemple { $link }.
