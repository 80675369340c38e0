# Pools in English. Every key here is in fr/ and es/ too: a test fails
# when one is missing. Arguments are in { $braces }.

## The frame of every page

skip-to-content = Skip to the content
nav-main = Main
nav-home = My groups and pools
nav-new-group = New group
nav-outbox = Outbox
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-sign-up = Sign up
footer = Pools: member-owned funds with co-op rules. Every member has exactly one vote. Nothing here is legal advice.
nav-settings = Settings
settings-title = Your settings
settings-language-browser = As my browser asks
settings-time-zone = Time zone
settings-time-zone-hint = Times are shown in this zone, with its name. A region and city from the time zone database, like Europe/Paris or America/Mexico_City; leave it empty for UTC.
settings-save = Save my settings
settings-saved = Your settings are saved.
language = Language
language-change = Change language
language-saved = Pools now speaks { $lang ->
    [fr] French
    [es] Spanish
   *[en] English
  } to you.

## Dates: "10 Dec 2026, 01:19 (Europe/Paris)"

when = { $day } { $month } { $year }, { $time } ({ $zone })
day = { $day } { $month } { $year }
month-1 = Jan
month-2 = Feb
month-3 = Mar
month-4 = Apr
month-5 = May
month-6 = Jun
month-7 = Jul
month-8 = Aug
month-9 = Sep
month-10 = Oct
month-11 = Nov
month-12 = Dec
time-left-days = in { $days ->
    [one] 1 day
   *[other] { $days } days
  } { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
  }
time-left-hours = in { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
  } { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
  }
time-left-minutes = in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
  }
time-left-days-only = in { $days ->
    [one] 1 day
   *[other] { $days } days
  }
time-left-hours-only = in { $hours ->
    [one] 1 hour
   *[other] { $hours } hours
  }
time-left-none = closing now

## Voting methods and stances

method-proposal = proposal
method-single-choice = single choice
method-multiple-choice = multiple choice
method-score = score
method-ranked-choice = ranked choice (Schulze)
method-stv = election by single transferable vote (Scottish STV)
stance-agree = Agree
stance-abstain = Abstain
stance-disagree = Disagree
stance-block = Block
stance-abstain-long = Abstain (counts toward the quorum only)
stance-block-long = Block (a principled objection; give a reason)
ask-proposal = Where do you stand?
ask-single = Pick one
ask-multiple = Pick from { $min } to { $max }
ask-score = Give each option a score from 0 to { $max }
ask-ranked = Number the options in your order of preference: 1 for your favourite. Leave out any you don't rank
unit-ballots = ballots
unit-points = points
unit-first-preferences = first preferences

## A decision's page

decision-open = open
decision-closed = closed
decision-secret = secret ballot
decision-proposed-by = proposed by { $name }
decision-timing-closed = closed { $when }
decision-timing-counting = voting has ended; the result is being counted
decision-timing-closes = closes { $when } ({ $left })
decision-add-to-calendar = Add to my calendar
decision-spend-heading = Money this would spend
decision-spend = If this passes, a payout of { $amount } to { $payee } is authorized. The treasurer can then pay exactly that, once.
decision-spend-for = If this passes, a payout of { $amount } to { $payee } for { $purpose } is authorized. The treasurer can then pay exactly that, once.
decision-round-heading = The budgeting round this would open
decision-round-go = Go to the round
decision-round-failed = The decision passed, but the round could not open: { $reason }.
decision-flood-heading = What the pool does about a Flood
decision-flood-start = The pool starts a Flood called { $name } and puts { $amount } into it.
decision-flood-join = The pool joins the Flood { $name } and commits { $amount } to it.
decision-flood-add = The pool adds { $amount } to the Flood { $name }.
decision-flood-leave = The pool leaves the Flood { $name } and takes back its unspent share.
decision-flood-go = Open the Flood
decision-flood-failed = The decision passed, but this could not be done: { $reason }.
decision-rules-heading = The rules this would adopt
decision-rules-needs = It needs { $needs } to pass.
decision-result = Result
decision-count-so-far = The count so far
decision-if-ended-now = If voting ended now — { $explanation }
decision-chain-entry = This result is entry { $seq } of the pool's own chain in the journal. Anyone can check that an export of the pool still holds it:
decision-journal-entry = This result is entry { $seq } of the journal. Anyone can check an export still holds it:
decision-hidden = The count stays hidden until voting closes. { $voted } of { $eligible } members have voted so far.
decision-hidden-secret = The count stays hidden until voting closes, as on every secret ballot. { $voted } of { $eligible } members have voted so far.
decision-full-ranking = Full ranking: { $ranking }
decision-sheet-heading = The count sheet
decision-sheet-hint = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
  }; { $valid ->
    [one] 1 valid ballot
   *[other] { $valid } valid ballots
  }; the quota is { $valid } ÷ ({ $seats } + 1), without its fraction, plus 1 = { $quota } votes. Votes are counted to five decimal places and transfer values are truncated, by the rules of Scottish STV.
decision-sheet-caption = Votes at each stage of the count
decision-sheet-stage = Stage
decision-sheet-non-transferable = Non-transferable
decision-sheet-lost = Lost to fractions
decision-sheet-what = What happened
decision-sheet-elected = elected
decision-sheet-excluded = excluded
decision-pools-heading = Member pools (double majority)
decision-pools-hint = A member pool approves when its own members' ballots meet the approval share; the decision also needs more than half of the member pools.
decision-pools-caption = How each member pool's members voted
decision-pools-pool = Pool
decision-pools-approves = Approves
yes = yes
no = no
decision-vote-heading = Your vote
decision-vote-change-heading = Change your vote
decision-you-voted = You voted: { $choice }. You can change it until voting closes; only your latest vote counts.
decision-you-voted-secret = You have voted. Your ballot is sealed, so it is not shown here, even to you. You can change it until voting closes: you get a new receipt, and the old one stops counting.
decision-reason = Your reason (optional; a block needs one)
decision-reason-secret = Your reason (optional; a block needs one). It is published with your ballot when voting closes, without your name
decision-cast = Cast my vote
decision-change = Change my vote
decision-withdraw = Withdraw my vote
decision-not-eligible = Only the { $eligible } members of the pool when voting opened can vote on this.
decision-proxy-heading = Vote for { $name }, as their proxy
decision-proxy-voted-themselves = { $name } has voted themselves. Their own vote always counts over their proxy's, so there is nothing for you to cast.
decision-proxy-you-voted = You voted for them: { $choice }. You can change it until voting closes; if they vote themselves, their vote counts instead.
decision-proxy-named-you = { $name } named you their proxy. This ballot is theirs, shown with your name as the one who cast it. If they vote themselves, their vote counts instead.
decision-proxy-legend = { $instruction } (for { $name })
decision-proxy-reason = Their reason (optional; a block needs one)
decision-proxy-cast = Cast their vote
decision-voters-heading = Who has voted ({ $voted } of { $eligible })
decision-voters-none = Nobody yet.
decision-ballots-caption = Ballots on { $title }
decision-ballots-member = Member
decision-ballots-vote = Vote
decision-ballots-reason = Reason
decision-ballot-by-proxy = { $name } (cast by { $proxy }, their proxy)
pages-label = Pages of ballots
page-previous = Previous
page-next = Next
page-of = Page { $page } of { $pages }
decision-secret-heading = Secret ballot
decision-published-heading = The ballots, as published
decision-published-hint = Each ballot under the SHA-256 of its voter's receipt, in the order of those hashes, which owes nothing to who voted or when. Count them to recount the result; check your receipt to find your own.
decision-published-caption = Published ballots on { $title }
decision-published-receipt = Receipt hash
decision-secret-explained = Members see who voted, never how. Each voter gets a receipt; when voting closes every ballot is published under it, shuffled, so anyone can recount the result and each voter can check their receipt.
decision-check-receipt = Check a receipt
decision-server-sees = The pool's record (the journal every member can export) says who voted and, once voting closes, every ballot under its receipt, shuffled, never who cast which. While voting is open the server keeps each ballot sealed with its voter so that a changed ballot replaces the old one: whoever runs the server and reads its database directly could read them until the close, when they are deleted. Receipts are sent by email, so they also pass through the mail server and stay in the server's outbox.

## What voting says back

voted = Your vote is counted. You can change it until voting closes.
voted-and-closed = Your vote is counted. Everyone has voted, so the decision closed.
voted-as-proxy = Your vote as their proxy is counted. They can still vote themselves, and their own vote then counts instead.
withdrawn = Your vote is withdrawn.

## Results explained (word for word what the journal records)

quoted = "{ $name }"
list-and = { $first } and { $last }
threshold-majority = more than half
threshold-two-thirds = at least two thirds
threshold-three-quarters = at least three quarters
threshold-unanimity = everyone (unanimity)
said-turnout = { $voted } of { $eligible } { $eligible ->
    [one] member
   *[other] members
  } voted (quorum { $quorum })
said-no-quorum = Not decided: only { $turnout }, so the quorum was not met.
said-counts = { $agree } agreed and { $against } disagreed
said-counts-abstained = { $agree } agreed and { $against } disagreed ({ $abstain } abstained)
said-measure = so { $share }% agreed against a threshold of { $threshold }
said-measure-nobody = nobody agreed or disagreed
said-passed = Passed
said-blocked = Blocked
said-not-passed = Not passed
said-proposal = { $verdict }: { $turnout }. { $counts }, { $measure }.
said-blocks = { $blocks ->
    [0] No blocks.
    [one] 1 member blocked it.
   *[other] { $blocks } members blocked it.
  }
said-blocks-counted = { $blocks ->
    [one] 1 block
   *[other] { $blocks } blocks
  } counted as disagreement.
said-nothing-picked = Not decided: { $turnout }, but no ballot picked any option, so nothing was chosen.
said-choice-won = Decided: { $turnout }. { $names } won with { $ballots ->
    [one] 1 ballot
   *[other] { $ballots } ballots
  }.
said-choice-tie = Tie: { $turnout }. { $names } tied with { $ballots ->
    [one] 1 ballot
   *[other] { $ballots } ballots
  } each.
said-score-won = Decided: { $turnout }. { $names } scored highest, { $average } of { $max } on average.
said-score-tie = Tie: { $turnout }. { $names } tied with an average of { $average } of { $max }.
said-schulze-won = Decided: { $turnout }. { $winner } won by the Schulze method.
said-schulze-won-all = Decided: { $turnout }. { $winner } won by the Schulze method, beating every other option head to head.
said-schulze-tie = Decided by the tie rule: { $turnout }. { $tied } tied by the Schulze method. Ties go to the option with the most first preferences ({ $firsts }), then to the one listed first, so { $winner } wins.
said-tier-tied = ({ $names } tied)
said-ranking = Full ranking: { $order }.
said-stv = Elected: { $elected }, for { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
  }, by the single transferable vote (Scottish STV): { $turnout }. The quota was { $quota } of { $valid ->
    [one] 1 valid ballot
   *[other] { $valid } valid ballots
  }, and the count took { $stages ->
    [one] 1 stage
   *[other] { $stages } stages
  } (see the count sheet).

## Accounts and the home page

field-email = Email
field-password = Password
field-your-name = Your name
signin-title = Sign in
signin-button = Sign in
signin-forgot = Forgot your password?
signin-new-here = New here?
signin-create = Create an account
signup-title = Create your account
signup-lead = An account lets you join groups and pools, vote and see where every cent goes.
signup-password-hint = At least 10 characters. A few unrelated words make a good password.
signup-button = Create account
signup-have-account = Already have an account?
home-title = Your groups and pools
home-calendar = Your calendar: every deadline in your pools, in your own calendar program
home-pools = Pools
home-no-pools = You are not in a pool yet. Open one of your groups to join its pool, or, as an organizer, to start one.
home-groups = Groups
home-no-groups = You are not in a group yet. Join one below, open an invite link from an organizer, or start one:
home-start-group = Start a group
directory-title = Groups on this server
directory-none = No groups yet.
role-organizer = organizer
role-treasurer = treasurer
role-member = member
status-pending = pending
errors-title = { $count ->
    [one] Please fix this
   *[other] Please fix these { $count } things
  }

## Receipts of secret ballots

receipt-sealed-title = Your ballot is sealed
receipt-sealed-closed = Everyone has voted, so voting closed and your ballot is already counted.
receipt-sealed-open = It will be counted when voting closes. You can change it until then; a changed ballot gets a new receipt and this one stops counting.
receipt-yours = Your receipt
receipt-keep = Write it down or keep the email we sent you: this page shows it only once. When voting closes, every ballot is published under its receipt, shuffled and without names. Enter your receipt on this decision's receipt page, or check it against the pool's export, to see your ballot counted as you cast it.
receipt-private = Keep it to yourself: whoever holds it can see how this ballot was cast.
receipt-back = Back to the decision
receipt-check-closed = This is a secret ballot and voting has closed: enter your receipt to see the ballot published under it.
receipt-check-open = This is a secret ballot and voting is open: a receipt shows whether it belongs to a current ballot, never what that ballot says.
receipt-counted = Counted
receipt-sealed = Sealed
receipt-unknown = Not found
receipt-counted-words = This ballot was counted as published when voting closed.
receipt-sealed-words = This is the receipt of a current ballot: it is sealed and will be counted when voting closes. What it says stays secret until then.
receipt-unknown-words = No ballot has this receipt. Check it is typed right; a ballot you changed since has a new receipt, and the old one no longer counts.
receipt-ballot = The ballot under this receipt: { $choice }.
receipt-reason = Its reason: “{ $reason }”.
receipt-code = Receipt code
receipt-check = Check
receipt-sees = What stays secret, and what the server can see

## The legal documents

docs-english-only = The legal documents are in English only: no translation has been reviewed, and only the English text binds.

## A pool's rules in plain words (word for word what the record says)

rule-one-vote = Every member has exactly one vote, whatever they put in. This is built in and no rule can change it.
rule-quorum = A decision counts only if at least { $percent }% of the members who could vote cast a ballot (abstaining counts as taking part).
rule-approval = A proposal passes when { $threshold } of those who agree or disagree agree.
rule-blocks-stop = Any single member can block a proposal, with a reason, and a block stops it.
rule-blocks-counted = Blocks are counted as disagreement; a single member cannot stop a proposal alone.
rule-voting-days = Decisions stay open for { $default ->
    [one] 1 day
   *[other] { $default } days
  } unless the proposer chooses between { $min } and { $max } days.
rule-proposers-any = Any member can make a proposal.
rule-proposers-organizers = Only organizers can make proposals.
rule-no-buy-in = There is no buy-in: joining costs nothing.
rule-buy-in = Joining takes a buy-in of { $amount }, which stays in the member's capital account.
rule-commitment = Members join by signing the membership commitment.
rule-no-commitment = Members join without signing a commitment.
rule-admission-automatic = Anyone in the group who meets these terms is admitted.
rule-admission-vote = The members vote on admitting each new member.
rule-change = Changing these rules takes a decision where { $threshold } agree.
rule-exit = A member who leaves gets their capital account back within { $days } days.
rule-hidden = Results stay hidden until a decision closes.
rule-live = Everyone can follow the count while a decision is open.
rule-close-early = A decision closes early once every member who can vote has voted.
rule-proxies = A member may name another member as their proxy, for one decision or all of them until revoked. Nobody holds more than one proxy, a member's own ballot always counts over their proxy's, and every proxy is shown to the pool. Secret ballots take no proxies.
rule-secret-always = Every decision is a secret ballot: members see who voted, never how, and anyone can recount the result.
rule-secret-optional = Whoever opens a decision may make it a secret ballot: members then see who voted, never how, and anyone can recount the result.

## The stages of an STV count, as the count sheet says them

stv-quoted = "{ $name }"
stv-and = { $rest } and { $last }
stv-first = First preferences counted.
stv-first-elected = First preferences counted; { $names } reached the quota and { $n ->
    [one] is
   *[other] are
  } elected.
stv-filled = { $names } { $n ->
    [one] is
   *[other] are
  } elected without reaching the quota: the candidates left were no more than the seats left.
stv-surplus = The surplus of { $name } ({ $surplus } votes) is transferred, each of their ballots at { $value } of its value.
stv-surplus-tie = Two surpluses were equal at every stage: the option listed first went first.
stv-excluded = { $name } has the fewest votes ({ $had }) and is excluded; their ballots move to the next preference at the value they came with.
stv-excluded-tie = Two candidates were equal at every stage: the one listed last was excluded.
stv-then-elected = { $names } { $n ->
    [one] is
   *[other] are
  } elected.

## A Flood's double majority

dm-people-passed = The people's vote passed.
dm-people-failed = The people's vote did not pass.
dm-pools = The member pools: { $approving } of { $n } approve, { $more ->
    [yes] which is
   *[no] which is not
  } more than half.
dm-passes = With both majorities, the decision passes.
dm-fails = Without both majorities, the decision does not pass.

## A budgeting round a decision opens

decision-round-plan = { $amount } shared equally among the pool's active members when this passes. Members then have { $bucket_days ->
    [one] { $bucket_days } day
   *[other] { $bucket_days } days
  } to propose buckets and { $funding_days ->
    [one] { $funding_days } day
   *[other] { $funding_days } days
  } to fund them.
decision-round-plan-capped = { $amount } shared equally among the pool's active members when this passes. Members then have { $bucket_days ->
    [one] { $bucket_days } day
   *[other] { $bucket_days } days
  } to propose buckets and { $funding_days ->
    [one] { $funding_days } day
   *[other] { $funding_days } days
  } to fund them, putting at most { $cap } into any one bucket.
