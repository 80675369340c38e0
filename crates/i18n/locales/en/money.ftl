# Pools in English: The treasury, the bank, statements and participatory budgeting.
# Every key here is in the other languages too.

## The treasury page

treasury-title = Treasury
treasury-flood-title = The Flood's fund
treasury-page-title = Treasury of { $pool }
treasury-cash-held = Cash held
treasury-authorized = Authorized, not yet paid
treasury-budgeted = Set aside for budgeting rounds
treasury-available = Available to spend
treasury-available-hint = Available is the cash held less what is authorized and set aside. A pool never promises more than it holds: a payout, a round or a commitment that would take this below zero is refused. Only capital owed to a member who left can, because it is owed whatever the pool holds, and then nothing new can be spent until it is repaid.
treasury-chart-title = Cash held over time
treasury-chart-summary = { $title }: { $first } on { $first_date }, { $last } on { $last_date }; highest { $highest }
treasury-chart-caption = Cash held, entry by entry, over the latest entries.
treasury-your-statement = Your statement
treasury-floods-heading = In Floods
treasury-floods-caption = This pool's stake in each Flood
treasury-col-flood = Flood
treasury-col-committed = Committed
treasury-col-worth = Worth now, if the pool left
treasury-col-spent-share = Its part of what the Flood spent or promised
treasury-money-leaves = Money leaves the pool only by a decision of the members. Every entry below stays forever; a mistake is corrected by a reversing entry with a reason.
treasury-record-heading = Record money received
treasury-from = From
treasury-member-buy-in-pending = { $name } (buy-in pending)
treasury-what-it-is = What it is
treasury-kind-capital-long = Capital: the member can get it back when they leave
treasury-kind-gift-long = A gift to the pool
treasury-kind-buy-in-long = The buy-in ({ $amount }), which completes a pending membership
treasury-amount-in = Amount ({ $currency })
treasury-received-on = Received on
treasury-by = By
treasury-method-bank-transfer = bank transfer
treasury-method-cash = cash
treasury-method-card = card
treasury-reference-optional = Bank or receipt reference (optional)
treasury-record-it = Record it
treasury-reports-heading = Money members say they sent
treasury-reports-caption = Reports of money sent, waiting ones first
treasury-col-member = Member
treasury-col-what = What
treasury-col-amount = Amount
treasury-col-sent = Sent
treasury-col-status = Status
treasury-col-check = Check it
treasury-confirm-arrived = Confirm: it arrived
treasury-reject-label = Why the report from { $name } is rejected
treasury-reason-placeholder = reason
treasury-reject = Reject
treasury-tell-heading = Tell the treasurer you sent money
treasury-tell-lead = It shows in the books once the treasurer has seen it arrive.
treasury-my-kind-capital = Capital: I can get it back when I leave
treasury-my-buy-in = My buy-in ({ $amount })
treasury-sent-on = Sent on
treasury-your-reference = Your reference (optional)
treasury-tell-button = Tell the treasurer
treasury-payouts-heading = Payouts decided by the members
treasury-payouts-none = No payouts yet. Money leaves only when a spend proposal passes.
treasury-payouts-caption = Payouts and their decisions
treasury-col-to = To
treasury-col-for = For
treasury-col-decision = Decision
treasury-col-settle = Settle
treasury-the-decision = the decision
treasury-the-decision-aside = (the decision)
treasury-pay-reference-label = Bank reference for paying { $name }
treasury-bank-reference-placeholder = bank reference
treasury-mark-paid = Mark paid
treasury-cancel-label = Reason for cancelling the payout to { $name }
treasury-cancel = Cancel
treasury-exits-heading = Capital owed to members who left
treasury-exits-caption = Repayments under the exit rule
treasury-col-owed = Owed
treasury-col-due-by = Due by
treasury-col-repay = Repay
treasury-repay-reference-label = Bank reference for repaying { $name }
treasury-mark-repaid = Mark repaid
treasury-capital-heading = Capital accounts
treasury-capital-none = No member has capital in the pool yet.
treasury-capital-caption = What each member may get back under the exit rule
treasury-col-capital = Capital
treasury-entries-heading = Every entry
treasury-download-csv = Download every entry as CSV
treasury-check-bank = Check the books against a bank statement
treasury-entries-none = Nothing has been recorded yet.
treasury-entries-caption = Ledger entries, newest first
treasury-col-date = Date
treasury-col-details = Details
treasury-col-correct = Correct
treasury-reverse-label = Reason for reversing
treasury-reverse = Reverse

## What each entry records

treasury-entry-capital = Capital in
treasury-entry-gift = Gift
treasury-entry-buy-in = Buy-in
treasury-entry-reversal = Reversal
treasury-entry-authorization = Payout authorized
treasury-entry-payment = Paid out
treasury-entry-cancellation = Payout cancelled
treasury-entry-exit-authorized = Exit repayment owed
treasury-entry-exit-paid = Exit repaid
treasury-entry-round-budgeted = Set aside for a budgeting round
treasury-entry-round-released = Budgeting round closed
treasury-entry-flood-commitment = Committed to a Flood
treasury-entry-flood-return = Share back from a Flood
treasury-entry-pool-commitment = Committed by a member pool
treasury-entry-pool-exit = Share paid to a leaving pool
treasury-details-reverses = Reverses an earlier entry: { $memo }
treasury-details-reference = reference { $reference }
treasury-details-authorized = by a passed decision
treasury-details-reversed = Reversed. { $how }

## Where payouts, reports and repayments stand

treasury-payout-paid = paid { $date }
treasury-payout-paid-reference = paid { $date } ({ $reference })
treasury-payout-cancelled = cancelled: { $reason }
treasury-payout-authorized = authorized, waiting to be paid
treasury-report-capital = capital
treasury-report-gift = gift
treasury-report-buy-in = buy-in
treasury-report-sent = { $date } by { $method }
treasury-report-pending = waiting for the treasurer
treasury-report-rejected = rejected: { $reason }
treasury-report-confirmed = confirmed
treasury-exit-overdue = overdue since { $date }
treasury-exit-due-soon = due soon: { $date }
treasury-exit-owed = owed
treasury-exit-repaid = repaid { $date }
treasury-exit-repaid-reference = repaid { $date } ({ $reference })

## What the treasury's forms say back

treasury-recorded = Recorded { $amount } from { $name }.
treasury-reversed = The entry is reversed; both stay in the record.
treasury-paid = The payout to { $payee } is recorded as paid.
treasury-cancelled = The payout to { $payee } is cancelled.
treasury-exit-recorded = { $name }'s capital is recorded as repaid.
treasury-reported = Thank you. The treasurer will confirm it once it has arrived.
treasury-report-in-books = { $name }'s money is in the books.
treasury-report-refused = The report from { $name } is rejected.

## A member's statement

statement-title = Statement of { $name }
statement-capital = Capital account
statement-hint = Capital is what a member may get back under the exit rule. Gifts stay with the pool.
statement-none = Nothing recorded yet.
statement-caption = Entries concerning { $name }, oldest first
statement-col-capital-after = Capital after
statement-head = Read at entry { $seq } of the journal. Keep this to check any later export against it:

## Checking the books against the bank

bank-title = Check the books against the bank
bank-lead = Upload the statement your bank exports as CSV and say which columns hold what. Pools matches each bank line to a recorded entry by amount and date (within { $days ->
    [one] 1 day
   *[other] { $days } days
  }), preferring an entry whose reference appears in the line. Nothing is changed.
bank-file = Bank statement (CSV)
bank-date-column = Date column
bank-amount-column = Amount column
bank-text-column = Description column
bank-date-format = Dates look like
bank-day-first = 29/11/2026 or 29.11.2026
bank-decimal-comma = Amounts use a decimal comma (1.234,50)
bank-check = Check
bank-unmatched-lines = On the statement, not in the books ({ $count })
bank-unmatched-lines-none = None: every bank line matches an entry.
bank-unmatched-lines-caption = Bank lines with no entry
bank-col-line = Line
bank-col-description = Description
bank-col-reference = Reference
bank-unmatched-entries = In the books, not on the statement ({ $count })
bank-unmatched-entries-none = None in the statement's dates.
bank-unmatched-entries-caption = Entries with no bank line
bank-matched = Matched ({ $count })
bank-matched-caption = Bank lines and the entries they match
bank-no-file = choose the CSV file your bank exported
bank-unreadable = the upload could not be read: { $error }
bank-not-allowed = only treasurers and organizers can reconcile the bank statement

## Budgeting rounds

round-kind = Budgeting round
round-tag-proposing = proposing
round-tag-funding = funding
round-tag-closed = closed
round-phase-buckets = Proposing buckets until { $buckets_close } ({ $left }); funding follows until { $funding_close }
round-phase-funding = Funding open until { $close } ({ $left })
round-phase-closing = Funding has ended; the round is being closed.
round-phase-closed = Closed { $when }
round-add-to-calendar = Add its deadlines to my calendar
round-share = Each member's share
round-members = Members with a share
round-my-left = Your share left
round-cap = Most one member may put in one bucket
round-hint-shared = The round puts in { $amount }, shared equally: every member gets the same, whatever they contributed.
round-hint-remainder = The { $remainder } that does not divide evenly stays with the pool.
round-hint-buckets = Buckets that reach their minimum when funding ends are paid out; everything else goes back to the pool.
round-report-link = Where the money went
round-guidelines = Guidelines
round-buckets = Buckets
round-fund-lead = Spread your share over the buckets you back: give to as many as you like, in any amounts, until funding ends.
round-no-buckets = No buckets yet.
round-flagged = flagged { $count }×
round-progress = { $total } of { $max }
round-progress-range = { $total } of { $min } to { $max }
round-you-gave = you gave { $amount }
round-give-label = Give ({ $currency }; you can give up to { $room })

## Where a round's money went

round-report-title = Where the money went
round-report-page-title = Where the money of { $round } went
round-report-put-in = The round put in
round-report-shared = Shared out ({ $members } × { $share })
round-report-kept = Kept by the pool (did not divide evenly)
round-report-funded = Authorized for funded buckets
round-report-returned = Went back to the pool
round-report-committed = In buckets so far
round-report-not-given = Not yet given
round-report-none = No buckets were proposed.
round-report-caption = Each bucket and its money
round-col-bucket = Bucket
round-col-given = Given
round-col-money = Money
round-payout-paid = paid to { $payee }
round-payout-cancelled = payout cancelled
round-payout-authorized = authorized to { $payee }, waiting to be paid
round-payout-returned = went back to the pool
round-report-shares = Members' shares
round-report-shares-caption = What each member gave and has left
round-col-gave = Gave
round-col-left = Left unspent

## A bucket

bucket-status-funded = funded
bucket-status-missed = missed its minimum
bucket-status-cancelled = cancelled
bucket-status-open = open
bucket-by = by { $names }
bucket-cancelled-because = Cancelled: { $reason }
bucket-funded-paid = Funded: a payout of { $amount } to { $payee } is paid.
bucket-funded-cancelled = Funded: a payout of { $amount } to { $payee } is cancelled.
bucket-funded-authorized = Funded: a payout of { $amount } to { $payee } is authorized, waiting for the treasurer.
bucket-goal = { $total } of a { $min } minimum.
bucket-goal-range = { $total } of a { $min } minimum and { $max } maximum.
bucket-progress-label = { $total } of a { $max } maximum; the minimum is { $min }
bucket-fund-heading = Fund this bucket
bucket-fund-lead = You have { $left } of your share left and have given this bucket { $given }. You can give it up to { $room } more.
bucket-fund = Fund
bucket-budget-heading = Budget
bucket-lines-caption = Budget lines of { $title }
bucket-col-for = For
bucket-col-min = Minimum
bucket-col-max = Maximum
bucket-funders-heading = Funders
bucket-funders-none = Nobody has funded it yet.
bucket-funders-caption = What each member gave
bucket-col-total = In total
bucket-history = Every contribution ({ $count })
bucket-history-item = { $when }: { $name } gave { $amount }
bucket-flags-heading = Flags
bucket-flags-none = Nobody has flagged it against the guidelines.
bucket-flag-label = Flag it: which guideline does it go against?
bucket-flag-button = Flag this bucket
bucket-cancel-heading = Cancel this bucket
bucket-cancel-lead = Everything members gave it goes back into their shares, to spend on other buckets.
bucket-cancel-why = Why
bucket-cancel-button = Cancel the bucket
bucket-funded-flash = You put { $amount } into "{ $title }". It now holds { $total }.
bucket-flagged = Your flag is recorded. Members will see it while they review.
bucket-cancelled-flash = "{ $title }" is cancelled. Everything members gave it is back in their allocations.

## Proposing a bucket

bucket-new-title = Propose a bucket
bucket-new-page-title = Propose a bucket in { $round }
bucket-new-lead = A bucket is a project members can fund from their shares. It is funded if it reaches its minimum when funding ends; it never takes more than its maximum.
bucket-new-guidelines = The round's guidelines
bucket-new-name = Name
bucket-new-description = What it is and who it helps (Markdown works)
bucket-new-lines = Budget lines ({ $currency })
bucket-new-lines-hint = Each line needs a minimum. Leave the maximum empty if the line needs exactly its minimum. Empty rows are ignored.
bucket-new-line-for = Line { $n }: for
bucket-new-co-creators = Co-creators (they share the payout with you)
bucket-new-submit = Propose the bucket
bucket-new-proposed = Your bucket is proposed. Members can review it now and fund it once funding opens.
bucket-new-closed = this round takes bucket proposals from active members of the pool until { $when }
bucket-line-error = line { $line }, { $what }: { $error }
bucket-line-minimum = minimum
bucket-line-maximum = maximum
bucket-no-lines = add at least one budget line with a minimum amount

## The calendar page

calendar-title = Your calendar of deadlines
calendar-lead = Every deadline in your pools, in your own calendar program: when voting closes on each decision, and when a budgeting round's proposals and funding close. Each comes with a reminder a day before. Times are in UTC; your calendar shows them in your time zone.
calendar-link-heading = Your private link
calendar-subscribe = Subscribe to this address in your calendar program (in most, "Add calendar" then "From URL"). Keep it to yourself: anyone holding it sees your pools' deadlines.
calendar-address = Calendar address
calendar-renew = Make a new link (the old one stops working)
calendar-off = Turn the link off
calendar-make = Make my calendar link
calendar-hint = Each decision and round page also has a file you can add once, without subscribing.
calendar-renewed = Here is your calendar link. Any link you had before no longer works.
calendar-turned-off = Your calendar link is turned off. Calendars holding it get nothing more.
