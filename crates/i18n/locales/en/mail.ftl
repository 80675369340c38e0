# Pools in English: Every email Pools sends.
# Every key here is in the other languages too.

## The frame of every letter

mail-hello = Hello { $name },
mail-stop-text = To stop these messages: { $link }
mail-stop-link = Stop these messages
mail-a-member = A member

## The operator's test message

mail-test-subject = Pools can send mail
mail-test-body = This is a test message from your Pools server. If you are reading it, mail leaves the server and arrives.
mail-test-action = Open Pools
mail-test-reason = You get this message because the operator of this Pools server sent a test to this address.

## A password reset

mail-reset-subject = Reset your Pools password
mail-reset-body = Someone asked to reset the password of your Pools account ({ $email }). To choose a new password, open the link below within { $minutes } minutes.
mail-reset-not-you = If it was not you, ignore this message: your password stays as it is.
mail-reset-action = Choose a new password
mail-reset-reason = You get this message because a password reset was asked for the Pools account with this address.

## An invitation to a group

mail-invite-subject = { $from } invites you to { $group } on Pools
mail-invite-from-organizers = The organizers of { $group }
mail-invite-body = { $from } invites you to take your place in { $group }, which is using Pools to run a fund its members own: members put money in, propose, and decide by vote, one person, one vote.
mail-invite-link = The link below is yours alone: it lets you sign in or sign up and claim the place the group kept for you. Nothing is asked of you until you choose to join a pool.
mail-invite-action = Claim your place
mail-invite-reason = You get this because an organizer of { $group } added this address to invite you. If you do not want to join, ignore it; the address is not shown to anyone else, and a group can invite you at most { $times } times.

## The receipt of a secret ballot

mail-receipt-subject = Your receipt for "{ $title }"
mail-receipt-sealed = Your secret ballot on "{ $title }" is sealed. Its receipt is:
mail-receipt-how = When voting closes ({ $closes }), every ballot is published under the hash of its receipt, without its voter. Enter this receipt on the decision's page, or run `pools verify --receipt` on the pool's export, to see your ballot counted as you cast it. If you change your ballot you get a new receipt, and this one stops counting.
mail-receipt-keep = Keep it to yourself: anyone who holds it can see how this ballot was cast.
mail-receipt-action = Check your receipt
mail-receipt-reason = You get this because you voted by secret ballot, and the receipt is how you check your ballot was counted.

## Notifications: the short line kept for the digest, then the letter

mail-reason = You get this because you are a member of { $pool } and these messages are on: "{ $kind }". Change what you get at { $link }.
mail-kind-decision_opened = A decision opens
mail-kind-closing_soon = A decision closes in 24 hours and you have not voted
mail-kind-decision_result = A decision's result
mail-kind-money_recorded = Money recorded for you
mail-kind-round_opened = A budgeting round opens
mail-kind-payout_paid = A payout is paid
mail-kind-signature_needed = A legal document needs your signature
mail-kind-round_closing = A budgeting round closes in 24 hours and you have some of your share left
mail-kind-flood_decision = A Flood decision opens
mail-kind-mentioned = Someone mentions you in a comment

mail-opened-summary = A decision opened in { $pool }: "{ $title }"
mail-opened-summary-flood = A decision opened in the Flood { $pool }: "{ $title }"
mail-opened-subject = Vote: { $title }
mail-opened-body = A decision opened in { $pool }: "{ $title }".
mail-opened-body-flood = A decision opened in the Flood { $pool }, which your pool is part of: "{ $title }".
mail-opened-closes = Voting closes at { $closes }. Every member has one vote.
mail-opened-action = Read it and vote

mail-explanation = { $said }
mail-result-summary = "{ $title }" closed: { $explanation }
mail-result-subject = Result: { $title }
mail-result-body = The decision "{ $title }" in { $pool } has closed.
mail-result-action = See the result

mail-money-summary = { $amount } recorded for you in { $pool } ({ $kind })
mail-money-subject = { $amount } recorded for you in { $pool }
mail-money-body = { $pool } recorded { $amount } from you as { $kind }, received on { $day }. Your statement shows every entry.
mail-money-action = See your statement
mail-money-kind-capital = capital
mail-money-kind-gift = gift
mail-money-kind-buy_in = buy-in

mail-round-summary = A budgeting round opened in { $pool }: "{ $title }"
mail-round-subject = Your share of { $share }: { $title }
mail-round-body = A budgeting round opened in { $pool }: "{ $title }". Every member has the same share, { $share }, to spread over the buckets members propose.
mail-round-closes = Funding closes at { $closes }.
mail-round-action = See the round

mail-paid-summary = { $amount } paid to { $payee } for { $purpose }
mail-paid-subject = Paid: { $amount } to { $payee }
mail-paid-body = { $pool } paid { $amount } to { $payee } for { $purpose }, on { $day }, as its members decided.
mail-paid-action = See the treasury

mail-sign-summary = Version { $version } of { $pool }'s legal documents needs your signature
mail-sign-subject = Please sign: { $pool }'s documents, version { $version }
mail-sign-body = Version { $version } of { $pool }'s legal documents is ready, and every member signs it. { $reason }
mail-sign-how = Read them, then sign by typing your name.
mail-sign-action = Read and sign

mail-mentioned-summary = { $author } mentioned you in "{ $title }"
mail-mentioned-subject = { $author } mentioned you: { $title }
mail-mentioned-body = { $author } mentioned you in "{ $title }", in { $pool }:
mail-mentioned-action = Read and reply

mail-closing-summary = "{ $title }" closes at { $closes } and you have not voted
mail-closing-subject = Closing soon: { $title }
mail-closing-body = The decision "{ $title }" in { $pool } closes at { $closes }, and you have not voted yet.
mail-closing-quorum = If too few members vote, the quorum is not met and nothing is decided.
mail-closing-action = Vote now

mail-round-closing-summary = Funding in "{ $title }" closes at { $closes } and some of your share is left
mail-round-closing-body = Funding in the budgeting round "{ $title }" of { $pool } closes at { $closes }, and you have not placed all of your share yet.
mail-round-closing-left = What you leave unplaced stays with the pool.
mail-round-closing-action = Place your share

## The daily digest

mail-digest-subject = Your day in Pools: { $n ->
    [one] 1 update
   *[other] { $n } updates
  }
mail-digest-item = { $summary }: { $link }
mail-digest-reason = You get this daily digest because you chose it for some of your pools' messages. Change what you get on each pool's notifications page, such as { $link }.
