# Pools in English: errors of the domain rules (texts, amounts, rules, ballots, imports, statements, budgets, the books).
# Every key here is in the other languages too.

## Said in many places

error-core-line = line { $line }: { $message }
error-core-too-large = the amount is too large: one amount can be at most { $max } minor units

## Typed texts (each follows the field's name)

error-core-text-email = "{ $text }" is not an email address: write it like name@example.org
error-core-text-empty = cannot be empty
error-core-text-too-long = is longer than { $max } characters: shorten it
error-core-text-control = contains control characters: remove them
error-core-text-slug = "{ $text }" cannot be a group address: use 3 to 60 lower-case letters, digits and single hyphens, like oakland-bike-club
error-core-text-password-short = must be at least { $min } characters long; a few unrelated words make a good one
error-core-text-password-long = must be at most { $max } characters long

## A pool's rules

error-core-rules-secret-never = this pool's rules show every ballot with its voter's name: change the rules by decision to allow secret ballots
error-core-rules-secret-always = this pool's rules make every decision a secret ballot
error-core-rules-quorum = a quorum of { $percent }% is impossible: choose a percentage from 0 to 100
error-core-rules-min-days = decisions must stay open at least 1 day so every member can see them
error-core-rules-max-days = the longest voting period allowed is { $max } days
error-core-rules-days-order = the shortest voting period ({ $min } days) is longer than the longest ({ $max } days): make the shortest smaller or the longest larger
error-core-rules-usual-days = the usual voting period must be between { $min } and { $max } days
error-core-rules-buy-in = a buy-in cannot be negative: enter 0 for no buy-in
error-core-rules-rule-change = changing the rules must need at least as much agreement as an ordinary decision ({ $threshold }); choose { $threshold } or stricter
error-core-rules-exit-days = the exit repayment window can be at most { $max } days

## Currencies and amounts

error-core-money-currency = "{ $code }" is not a supported currency: use a three-letter ISO 4217 code such as USD, EUR or GBP
error-core-money-amount = "{ $text }" is not an amount in { $currency }: write it like { $example }
error-core-money-mismatch = cannot combine { $first } with { $second }

## Decisions and ballots

error-core-decision-two-options = give at least two options, one per line
error-core-decision-max-options = give at most { $max } options
error-core-decision-option-length = option { $n } must have 1 to 200 characters
error-core-decision-option-twice = "{ $option }" is listed twice
error-core-decision-picks-range = choose a minimum and maximum number of picks with 0 ≤ minimum ≤ maximum ≤ { $n } and a maximum of at least 1
error-core-decision-seats = elect from 1 to { $most } of the { $n } candidates: an election needs more candidates than seats
error-core-decision-max-score = the highest score must be from 1 to { $max }
error-core-decision-block-reason = a block needs a reason: say what you object to
error-core-decision-pick-once = pick each option at most once
error-core-decision-pick-count = pick from { $min } to { $max } options
error-core-decision-scores = give every option a score from 0 to { $max }
error-core-decision-rank = rank at least one option, each at most once
error-core-decision-wrong-ballot = this ballot does not answer a { $method } vote
error-core-decision-reason-long = keep the reason under { $max } characters

## Proxies

error-core-proxy-off = this pool's rules do not allow proxies: change the rules by decision to allow them
error-core-proxy-self = name another member: you always hold your own vote
error-core-proxy-inactive = a proxy must be an active member of the pool
error-core-proxy-taken = that member already holds another member's proxy, and nobody holds more than one: ask someone else
error-core-proxy-secret = a secret ballot takes no proxies: each member votes for themselves
error-core-proxy-flood = proxies are for a pool's own decisions, not a Flood's
error-core-proxy-decision-off = this decision's rules do not allow proxies
error-core-proxy-not-held = you do not hold { $name }'s proxy for this decision
error-core-proxy-not-eligible = only members who can vote on this decision can vote on it as a proxy
error-core-proxy-voted = they have voted themselves, and their own ballot always counts over their proxy's

## Meetup member exports

error-core-meetup-how = Export the member list from your Meetup group (open the group's Members page and choose Export / "Download member list") and upload that CSV file as it is.
error-core-meetup-not-an-export = This file is not a Meetup member export: it has { $missing }. Found columns: { $found }. { $how }
error-core-meetup-no-column = no "{ $column }" column
error-core-meetup-no-id-column = no "Member ID" or "URL of Member Profile" column
error-core-meetup-and = { $first } and { $second }
error-core-meetup-no-columns = (none)
error-core-meetup-empty = The file is empty. { $how }
error-core-meetup-duplicate = line { $line }: member { $id } already appears on line { $first }. Each member may appear only once; download a fresh member list from Meetup instead of combining lists.
error-core-meetup-utf16 = the file is saved as UTF-16 ("Unicode Text"). Save it as "CSV UTF-8" in your spreadsheet program and upload it again.
error-core-meetup-not-utf8 = the file is not UTF-8 text (it was probably saved in an older encoding). Save it as "CSV UTF-8" in your spreadsheet program and upload it again.
error-core-meetup-csv = this row cannot be read as CSV ({ $error }). Re-export the file from Meetup.
error-core-meetup-same-columns = the columns "{ $first }" and "{ $second }" hold the same information. Delete one of them, or re-export the file from Meetup.
error-core-meetup-row-width = this row has { $fields } fields but the header has { $header }. A value containing the separator has probably lost its quotes; fix the row in a spreadsheet program or re-export the file from Meetup.
error-core-meetup-no-name = the name is empty. Every member needs a name; fill it in or delete the row.
error-core-meetup-invalid = the "{ $column }" value "{ $value }" is not { $expected }. Correct it or leave the cell empty.
error-core-meetup-expected-date = a date like 04/24/2014 (MM/DD/YYYY) or 2014-04-24
error-core-meetup-expected-count = a whole number
error-core-meetup-expected-yes-no = Yes or No
error-core-meetup-member-id = the "{ $column }" value "{ $value }" is not a positive whole number. Use the member number Meetup gives (like 12537919).
error-core-meetup-no-id = this member has no Member ID, no member number in the profile URL and no User ID, so they cannot be recognised. Add the Member ID or delete the row.

## Bank statements

error-core-bank-missing-column = the file has no column named "{ $column }"; its columns are: { $columns }
error-core-bank-not-csv = the file could not be read as CSV text: { $why }
error-core-bank-not-utf8 = the file could not be read as CSV text: it is not UTF-8 text
error-core-bank-not-a-date = "{ $value }" is not a date in the chosen format
error-core-bank-not-an-amount = "{ $value }" is not an amount in { $currency }

## Budgeting rounds (amounts in minor units)

error-core-budget-round-amount = the round's amount must be more than zero
error-core-budget-bucket-window = the window for proposing buckets must be 1 to { $max } days
error-core-budget-funding-window = the window for funding must be 1 to { $max } days
error-core-budget-cap = the cap per bucket must be more than zero, or left empty for none
error-core-budget-guidelines = keep the guidelines under 5,000 characters
error-core-budget-no-members = a round needs at least one eligible member
error-core-budget-no-lines = a bucket needs at least one budget line
error-core-budget-line = "{ $label }": the minimum must be more than zero and the maximum no less than the minimum
error-core-budget-give-more = give an amount more than zero
error-core-budget-not-in-round = only members of the round can fund buckets
error-core-budget-no-bucket = there is no such bucket in this round
error-core-budget-allocation = you have { $left } of your allocation left, less than the { $asked } you asked to give
error-core-budget-overfunded = this bucket needs only { $room } more to reach its maximum
error-core-budget-over-cap = you can put at most { $cap } into one bucket, and you have given { $given }
error-core-budget-overflow = the amount is too large

## The books (amounts in minor units)

error-core-ledger-not-positive = the amount must be more than zero
error-core-ledger-insufficient = { $account } would go below zero: it holds { $balance } and { $needed } is needed
error-core-ledger-overflow = the amount is too large: the balance it would make cannot be recorded
error-core-ledger-uncovered = the pool has { $available } available and this needs { $needed }

## Leaving a Flood (amounts in minor units)

error-core-flood-not-a-member = that pool is not a member of the flood
error-core-flood-pending = the flood still has { $amount } in authorized payouts: pay or cancel them before the last pool leaves, so the flood ends holding nothing
error-core-flood-invalid = the amounts are out of range
error-core-flood-no-secret = a Flood that decides by double majority counts each member pool's ballots, so its ballots cannot be secret: choose never or optional for secret ballots
