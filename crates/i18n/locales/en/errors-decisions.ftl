# Pools in English: errors of decisions, proxies, secret ballots and Floods.
# Every key here is in the other languages too.

## Opening a decision

error-decisions-title = give the question a title of 1 to 120 characters
error-decisions-payee = say who is paid, in 1 to 120 characters
error-decisions-spend-alone = a spend is decided by a proposal (agree, abstain, disagree, block), on its own
error-decisions-flood-alone = a decision about a Flood is a proposal (agree, abstain, disagree, block), on its own
error-decisions-round-alone = a budgeting round is decided by a proposal (agree, abstain, disagree, block), on its own
error-decisions-rules-proposal = a rule change is decided by a proposal (agree, abstain, disagree, block)
error-decisions-pool-draft = this pool is still a draft: open it before making decisions
error-decisions-no-round-in-flood = budgeting rounds are for pools; a Flood spends by decision
error-decisions-organizers-propose = in this pool only organizers can make proposals
error-decisions-members-propose = only active members of the pool can make proposals
error-decisions-not-available = the pool has { $available } available (the treasury less payouts already authorized and money set aside for open rounds), less than the { $asked } asked for
error-decisions-same-rules = the proposed rules are the same as the current ones: change at least one
error-decisions-voting-days = this pool's decisions stay open from { $min } to { $max } days
error-decisions-new-vanished = the new decision vanished

## Voting

error-decisions-no-decision = there is no decision with id "{ $id }"
error-decisions-closed-at = voting on this decision closed at { $at }
error-decisions-not-eligible = only the members of the pool when voting opened can vote on this decision
error-decisions-receipt-unread = a receipt code did not read back
error-decisions-vanished = the decision vanished
error-decisions-nothing-to-withdraw = you have no ballot on this decision to withdraw
error-decisions-pool-vanished = the decision's pool vanished
error-decisions-pool-gone = the decision's pool no longer exists
error-decisions-the-pool-vanished = the pool vanished

## Proxies

error-decisions-proxy-members = only active members of the pool can name a proxy
error-decisions-pool-no-decision = this pool has no decision with id "{ $id }"
error-decisions-closed = voting on this decision has closed
error-decisions-proxy-vanished = the new proxy vanished
error-decisions-no-proxy = you have not named a proxy in this pool
error-decisions-cannot-vote = that person cannot vote on this decision

## Secret ballots

error-decisions-voter-vanished = the voter vanished
error-decisions-not-secret = this decision is not a secret ballot: every ballot is shown with its voter's name

## Floods

error-decisions-flood-vanished = the Flood vanished
error-decisions-flood-in-flood = a Flood's members are pools: a Flood cannot join a Flood
error-decisions-flood-name = give the Flood a name of 1 to 120 characters
error-decisions-flood-purpose = say what the shared project is, in up to 2,000 characters
error-decisions-no-active-flood = there is no active Flood "{ $id }"
error-decisions-no-flood = there is no Flood "{ $id }"
error-decisions-already-member = this pool is already a member of that Flood
error-decisions-not-member = this pool is not a member of that Flood
error-decisions-flood-currency = that Flood keeps its fund in { $flood }, and this pool in { $pool }
error-decisions-confirm = tick the box to confirm that you have read the agreement and sign it
error-decisions-typed-name = type your full name exactly as on your account, "{ $name }", to sign
error-decisions-signers = only active members of a member pool sign the agreement
error-decisions-agreement-changed = the agreement changed since you opened it (a pool joined, left or added funds): read the new version and sign that
error-decisions-already-signed = you have already signed this version

## Refusals kept with a decision that passed, and why a proxy ended
refused-spend-uncovered = the proposal passed, but no payout was authorized: when voting closed the pool had { $available } available (the treasury less payouts already authorized and money set aside for rounds), less than the { $asked } asked for. Propose it again once the money is there
refused-spend = the proposal passed, but no payout was authorized: { $reason }
refused-round-too-little = { $amount } shared among { $members } members is less than the smallest unit each
refused-round-short = the pool had { $available } available when the decision passed, less than the { $needed } the round needs
refused-round-short-promised = the pool had { $available } available when the decision passed once the { $promised } that open spend proposals may still authorize is set apart, less than the { $needed } the round needs
refused-flood-short = the pool had { $available } available when the decision passed, less than the { $amount } it commits
refused-flood-pending = the Flood still has { $amount } in authorized payouts: pay or cancel them before the last pool leaves
proxy-ended-revoked = revoked by the member who named it
proxy-ended-left = one of the two left the pool
proxy-ended-rules = the pool's rules no longer allow proxies
