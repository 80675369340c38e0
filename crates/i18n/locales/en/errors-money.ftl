# Pools in English: errors of the treasury, budgeting and forming the legal entity.
# Every key here is in the other languages too.

## Money received, reversed and paid out

error-money-kind = say what the money is: { $n ->
    [one] { $last }
   *[other] { $rest } or { $last }
  }, not "{ $text }"
error-money-insufficient = { $account ->
    [treasury] the treasury
    [authorized] the authorized payouts
    [budgeted] the money set aside for budgeting rounds
    [capital] the member's capital account
   *[other] { $key }
  } holds { $balance } and this needs { $needed }: nothing was recorded
error-money-uncovered = the pool has { $available } available (the treasury less payouts already authorized and money set aside for rounds) and this would take { $needed } of it, so the pool would promise more than it holds: cancel an authorized payout first. Nothing was recorded
error-money-date-format = write the date as YYYY-MM-DD, like 2026-11-29
error-money-method = choose bank_transfer, cash or card
error-money-date-future = the date is in the future
error-money-reference-long = keep the reference under 200 characters
error-money-flood-treasurers = only treasurers and organizers of a member pool can handle a Flood's money
error-money-treasurers = only the pool's treasurers and organizers can record money
error-money-not-a-member = that person is not a member of this pool
error-money-owes-no-buy-in = { $name } owes no buy-in: record this as capital or a gift
error-money-buy-in-exactly = the buy-in is exactly { $amount }
error-money-buy-in-recorded = { $name }'s buy-in is already recorded; they are waiting for the members' admission vote
error-money-no-entry = there is no ledger entry "{ $id }"
error-money-reversal-reason = say why the entry is reversed
error-money-not-reversible = only money received can be reversed; payouts, exits and rounds are settled through their own steps
error-money-already-reversed = that entry is already reversed, or is itself a reversal
error-money-statements = only treasurers and organizers can read other members' statements
error-money-never-a-member = that person has never been a member of this pool
error-money-no-payout = there is no payout "{ $id }"
error-money-payout-settled = this payout is already { $status ->
    [paid] paid
    [cancelled] cancelled
   *[other] { $status }
  }: a payout is paid or cancelled once
error-money-no-exit = there is no exit repayment "{ $id }"
error-money-exit-repaid = this repayment was already made
error-money-cancel-reason = say why the payout is cancelled
error-money-report-members = only members of the pool can report money they sent
error-money-report-own = you can report only money you sent yourself
error-money-reject-reason = say why, so the member can sort it out
error-money-no-report = there is no report "{ $id }"
error-money-report-settled = this report was already { $status ->
    [confirmed] confirmed
    [rejected] rejected
   *[other] { $status }
  }

## Budgeting rounds and buckets

error-money-allocation = you have { $left } of your allocation left, less than the { $asked } you asked to give: nothing was recorded
error-money-overfunded = this bucket needs only { $room } more to reach its maximum: give that much or less
error-money-cap = this round lets one member put at most { $cap } into one bucket, and you have given { $given }
error-money-too-large = the amount is too large
error-money-no-round = there is no round "{ $id }"
error-money-no-bucket = there is no bucket "{ $id }"
error-money-bucket-name = give the bucket a name of 1 to 120 characters
error-money-bucket-lines = a bucket has at most { $max ->
    [one] 1 budget line
   *[other] { $max } budget lines
  }
error-money-line-name = name each budget line in 1 to 120 characters
error-money-co-creators = a bucket names at most { $max ->
    [one] 1 co-creator
   *[other] { $max } co-creators
  }, you included
error-money-propose-members = only active members of the pool can propose buckets
error-money-proposals-closed = this round took bucket proposals until { $until }
error-money-bucket-too-big = this bucket's maximum, { $max }, is more than the whole round holds ({ $round }): ask for less
error-money-co-creator-active = every co-creator must be an active member of the pool
error-money-flag-reason = say which guideline the bucket goes against, in up to 2,000 characters
error-money-flag-members = only active members of the pool can flag buckets
error-money-flag-closed = buckets can be flagged while the round reviews them, until { $until }
error-money-already-flagged = you have already flagged this bucket
error-money-fund-members = only active members of the pool can fund buckets
error-money-funding-opens = funding opens at { $at }
error-money-funding-closed = funding closed at { $at }
error-money-bucket-shut = this bucket is { $status ->
    [cancelled] cancelled
    [funded] funded
    [missed] missed
   *[other] { $status }
  } and takes no more money
error-money-no-allocation = only the members who were in the pool when the round opened have an allocation
error-money-bucket-cancel-reason = say why the bucket is cancelled, in up to 2,000 characters
error-money-bucket-cancel-who = only the bucket's co-creators or the pool's organizers can cancel it
error-money-bucket-cancel-closed = a bucket can be cancelled only while its round is open

## Forming the legal entity

error-money-formation-organizers = only the pool's organizers can run its formation
error-money-formation-open-pool = open the pool before forming a legal entity
error-money-formation-not-member = "{ $name }" is not an active member of the pool: each organizer signs the filing in Pools, so name members as on their accounts
error-money-formation-drafting = the formation is at "{ $status }": the details can change only while drafting
error-money-formation-filed-future = the filing date cannot be in the future
error-money-formation-not-started = this pool has not started formation yet
error-money-formation-confirm = tick the box to confirm that you have read the document and sign it
error-money-formation-typed-name = type your full name exactly as on your account, "{ $name }", to sign
error-money-formation-no-document = a { $form } has no { $document }
error-money-formation-not-out = the documents are not out for signature yet: an organizer starts the signing first
error-money-formation-already-signed = you have already signed this version
error-money-formation-members-sign = only active members of the pool sign this document
error-money-formation-filing-signers = the filing is signed by the organizers it names: your account name is not one of them
error-money-formation-software-changed = this version cannot be signed: the text Pools writes now differs from the one recorded when it was generated (the software changed)
error-money-formation-document-changed = the document changed since you opened it (the rules changed and a new version was generated): read the new version and sign that
error-money-formation-no-version = there is no version { $version }
