# Pools in English: Groups, pools, their rules and new decisions.
# Every key here is in the other languages too.

## The public home page

public-heading = Turn your group into a member-owned fund
public-lead = A Pool lets the people of a group put money in together, propose what to do with it, and decide by vote. Every member has exactly one vote, whatever they put in.
public-start = Start with an account
public-or-sign-in = or sign in
public-how = How it works
public-step-group-title = Bring your group.
public-step-group = Import the member list you export from Meetup, or start a new group. Everyone gets an invite link.
public-step-pool-title = Start a pool.
public-step-pool = One step, with fair default rules you can adjust before you open it: how many must vote, what share must agree.
public-step-decide-title = Decide together.
public-step-decide = Members join by signing a short commitment, then propose and vote. Money leaves only by decision.

## Starting a group

group-new-title = Start a group
group-new-lead = A group is your community. Joining it costs nothing. Once it has members, you can turn it into a pool.
group-new-name = Name of the group
group-new-slug = Web address (optional)
group-new-slug-hint = Lower-case letters, digits and hyphens, like { $example }. Left empty, it is made from the name.
group-new-description = What the group is about (optional)
group-new-create = Create the group
group-created = { $group } is created and you are its organizer. Import your Meetup members or share the page.

## A group's page

group-member-count = { $n ->
    [one] { $n } member
   *[other] { $n } members
  }
group-you-are-organizer = you are an organizer
group-you-are-member = you are a member
group-pool-heading = Pool
group-pool-lead = The group's member-owned fund. Every member has one vote.
group-no-pool-organizer = This group has no pool yet. A pool lets members put money in together and decide by vote how to use it.
group-turn-into-pool = Turn this group into a pool
group-no-pool = This group has no pool yet. Its organizers can start one.
group-join-heading = Join
group-join-button = Join { $group }
group-join-meetup-hint = Were you in this group on Meetup? Ask an organizer for your invite link instead, so your place carries over.
group-sign-in-to-join = { $signin } or { $signup } to join.
group-sign-in-link = Sign in
group-sign-up-link = create an account
group-import-heading = Import members from Meetup
group-import-lead = On Meetup, open your group's member list and export it. Upload that CSV file here. Importing a newer export again updates members and never duplicates them.
group-import-file = Meetup member export (CSV)
group-import-button = Import members
group-invite-links = Invite links for imported members ({ $n } waiting)
group-members-caption = Members of { $group }
group-members-on-pools = On Pools
group-members-joined-meetup = Joined on Meetup
group-members-answers = Answers
group-meetup-role = { $role } on Meetup
group-has-account = has an account
group-invited = invited
group-joined = You joined the group.
group-imported = Imported { $members ->
    [one] { $members } member
   *[other] { $members } members
  } from { $file }: { $created } new, { $updated } updated. Send the new ones their invite links.
group-upload-unreadable = the upload could not be read: { $error }
group-upload-choose = choose the CSV file you exported from Meetup, then press Import
group-invite-title = Invitation to { $group }
group-claimed = Welcome to { $group }: your place is yours now.

## Turning a group into a pool

newpool-title = Turn { $group } into a pool
newpool-lead = A pool is the group's own fund. Members put money in, propose what to do with it and decide by vote, one person one vote. It starts as a draft with the rules below, which you can change before you open it to members.
newpool-default-name = { $group } Pool
newpool-name = Name of the pool
newpool-currency = Currency
newpool-currency-hint = Fixed for the life of the pool.
newpool-rules-heading = The starting rules
newpool-accept = I accept this commitment and become the pool's first member and organizer.
newpool-create = Create the pool
newpool-created = The pool is created as a draft. Check its rules, then open it to members.
newpool-forbidden = only organizers of { $group } can turn it into a pool

## A pool's page

pool-status-draft = draft
pool-status-open = open
pool-legal-status = Legal status: { $status }
pool-legal-informal = informal pool
pool-legal-becoming = informal pool, becoming { $name } ({ $status })
pool-legal-active = { $name } ({ $form }, file number { $number })
pool-formation-drafting = drafting
pool-formation-signing = signing
pool-formation-ready-to-file = ready to file
pool-formation-filed = filed
pool-formation-ein-recorded = EIN recorded
pool-formation-active = active
pool-form-delaware-llc = Delaware LLC with a co-op operating agreement
pool-form-colorado-lca = Colorado Limited Cooperative Association
pool-active-members = { $n ->
    [one] { $n } active member
   *[other] { $n } active members
  }
pool-link-treasury = Treasury: see every cent
pool-link-treasury-record = Treasury: see every cent and record money received
pool-link-discussions = Discussions: talk it over
pool-link-formation = Legal entity: become an LLC or a cooperative
pool-link-formation-started = Legal entity: documents, signatures and filing
pool-link-notifications = Notifications: choose how you hear
pool-link-webhooks = Webhooks: tell your group chat
pool-to-sign = Still to sign version { $version } of the documents: { $names }.
pool-read-and-sign = Read and sign
pool-draft-heading = This pool is a draft
pool-draft-review = Review the rules and the commitment, change them if you like, then open the pool to the group's members. After it opens, the rules change only by a decision of the members.
pool-draft-edit = Edit rules and commitment
pool-draft-open = Open the pool to members
pool-draft-wait = The organizers are still setting this pool up. You can join once they open it.
pool-rules-heading = The rules, in plain words
pool-commitment-heading = The membership commitment
pool-me-heading = Your membership
pool-me-pending-buy-in = You have accepted the commitment. Your membership is { $pending } until the treasurer records your buy-in of { $amount }.
pool-me-pending-vote = You have accepted the commitment. Your membership is { $pending } until the members admit you.
pool-me-member = You are a member since { $since }. You have one vote, like every other member.
pool-me-member-role = You are a member and { $role } since { $since }. You have one vote, like every other member.
pool-leave = Leave the pool
pool-join-heading = Join the pool
pool-join-lead = To join, read the commitment and accept it.
pool-join-buy-in = The buy-in is { $amount }: your membership stays pending until the treasurer records it.
pool-join-accept = I have read the commitment and I accept it.
pool-join-button = Join { $pool }
pool-sign-in-to-join = Sign in to join or take part.
pool-only-group-members = Only members of { $group } can join its pool.
pool-join-group-first = Join the group first
pool-decisions-heading = Decisions
pool-put-question = Put a question to the members
pool-propose-rule-change = Propose a rule change
pool-no-decisions = No decisions yet.
pool-decision-counting = Voting has ended; the result is being counted.
pool-decision-summary = { $method } · closes { $when } ({ $left }) · { $voted } of { $eligible } voted
pool-proxies-heading = Proxies
pool-proxies-hint = A member may name another member to vote for them, for one decision or all of them until they revoke it. Nobody holds more than one proxy, a member's own vote always counts over their proxy's, and secret ballots take none.
pool-proxies-none = Nobody has named a proxy.
pool-proxies-caption = Proxies in { $pool }
pool-proxies-member = Member
pool-proxies-through = Votes through
pool-proxies-for = For
pool-proxies-since = Since
pool-proxy-scope-all = every decision
pool-proxy-scope-one = only “{ $title }”
pool-my-proxy = Your proxy is { $name }, { $scope }.
pool-proxy-revoke = Revoke my proxy
pool-proxy-name-other = Name someone else
pool-proxy-name = Name a proxy
pool-proxy-every = every decision, until I revoke it
pool-proxy-submit = Name my proxy
pool-floods-heading = Floods
pool-flood-committed = committed { $amount }
pool-flood-left = left, taking { $amount }
pool-rounds-heading = Budgeting rounds
pool-members-heading = Members
pool-members-caption = Members of { $pool }
pool-members-name = Name
pool-members-role = Role
pool-members-status = Status
pool-members-since = Since
pool-members-change-role = Change role
pool-member-active = active
pool-member-left = left
pool-role-of = Role of { $name }
pool-role-save = Save
pool-role-invalid = choose member, treasurer or organizer
pool-role-set = { $name } is now { $role }.
pool-opened = The pool is open. Members of the group can join it now.
pool-joined-pending = You accepted the commitment. Your membership is pending until your buy-in is recorded.
pool-joined = Welcome: you are a member of the pool, with one vote like everyone else.
pool-left = You left the pool.
pool-left-owed = You left the pool. Your capital of { $amount } is owed back to you by { $due }, under the pool's exit rule.
pool-proxy-named-all = { $name } is now your proxy, for every decision until you revoke it. Your own vote always counts over theirs.
pool-proxy-named-one = { $name } is now your proxy, for “{ $title }” only. Your own vote always counts over theirs.
pool-proxy-revoked = Your proxy is revoked. Any vote they cast for you on an open decision is taken back.
pool-day = { $day } { $month } { $year }

## A pool's rules form

poolrules-title = Rules of { $pool }
poolrules-propose-lead = Change any rule below. The members vote on it as a proposal, and it takes effect only if { $needs } agree. One person, one vote is not among the rules: it is built in.
poolrules-edit-heading = Edit the draft rules
poolrules-edit-lead = These rules hold from the moment the pool opens. After that they change only by a decision of the members. One person, one vote is not among them: it is built in.
poolrules-default-title = Change the rules
poolrules-proposal-title = Title of the proposal
poolrules-why = Why (optional)
poolrules-deciding = Deciding
poolrules-quorum = Quorum: share of members who must vote (%)
poolrules-approval = Share of agree needed to pass
poolrules-rule-change = Share of agree needed to change these rules
poolrules-blocks = A single block stops a proposal (consensus practice)
poolrules-hide = Hide the count until a decision closes
poolrules-close-early = Close a decision early once everyone who can vote has voted
poolrules-proxies = Members may name a proxy to vote for them
poolrules-proxies-hint = For one decision or all of them until revoked. Nobody holds more than one proxy, a member's own vote always counts over their proxy's, every proxy is shown to the pool, and secret ballots take none.
poolrules-secret = Secret ballots
poolrules-secret-never = never: every ballot shows its voter's name
poolrules-secret-optional = optional: whoever proposes chooses
poolrules-secret-always = always: every decision is a secret ballot
poolrules-secret-hint = On a secret ballot members see who voted, never how. Each voter gets a receipt, and at the close every ballot is published under it, shuffled, so anyone can recount.
poolrules-proposers = Who may propose
poolrules-proposers-any = any member
poolrules-proposers-organizers = organizers only
poolrules-period = Voting period, in days
poolrules-shortest = Shortest
poolrules-usual = Usual
poolrules-longest = Longest
poolrules-membership = Membership
poolrules-buy-in = Buy-in ({ $currency }, 0 for none)
poolrules-commitment-required = Members must sign the commitment to join
poolrules-admission = Admission
poolrules-admission-automatic = automatic
poolrules-admission-vote = by a vote of the members
poolrules-exit-days = Days to repay a leaving member's capital
poolrules-commitment = Membership commitment
poolrules-put-to-vote = Put the change to a vote
poolrules-save-draft = Save the draft
poolrules-change-open = The rule change is open for voting.
poolrules-saved = The draft rules are saved.
poolrules-forbidden-propose = only members who can make proposals can propose a rule change
poolrules-forbidden-edit = only the pool's organizers can edit its rules
poolrules-error-number = enter a whole number from 0 to { $max }
poolrules-error-secret = choose never, optional or always
poolrules-error-threshold = choose one of the listed thresholds

## Putting a question to the members

newdecision-title = New question in { $pool }
newdecision-lead = Every member of the pool when voting opens gets one vote. The result is computed when voting closes and explained in plain words.
newdecision-question = Question
newdecision-details = Details (optional; Markdown works)
newdecision-how = How members answer
newdecision-method-proposal = Proposal: agree, abstain, disagree or block
newdecision-method-single-choice = Single choice: pick one option
newdecision-method-multiple-choice = Multiple choice: pick several options
newdecision-method-score = Score: rate every option
newdecision-method-ranked-choice = Ranked choice: order the options (Schulze method)
newdecision-method-stv = Election: rank the candidates to fill several seats (single transferable vote)
newdecision-options = Options, one per line (not needed for a proposal)
newdecision-min = Fewest picks (multiple choice)
newdecision-max = Most picks (multiple choice)
newdecision-seats = Seats to fill (election)
newdecision-max-score = Highest score (score vote)
newdecision-secret-hint = Members will see who voted, never how. Each voter gets a receipt, and when voting closes every ballot is published under it, shuffled, so anyone can recount. The count stays hidden until then.
newdecision-secret-always = This pool's rules make every decision a secret ballot: members will see who voted, never how.
newdecision-spend-legend = Spending the pool's money? (proposals only)
newdecision-spend-hint = If the proposal passes, a payout of exactly this amount to this payee is authorized, and the treasurer can pay it. This pool has { $available } available. The money is checked again when voting closes: if other payouts or rounds have taken it by then, the proposal still passes but no payout is authorized, and the decision says why.
newdecision-payee = Pay to
newdecision-amount = Amount ({ $currency })
newdecision-purpose = For
newdecision-round-legend = Opening a budgeting round? (proposals only)
newdecision-round-hint = If the proposal passes, this amount is shared equally among the pool's active members. Members propose buckets, then spread their share over the ones they back. Buckets that reach their minimum are paid out; the rest goes back to the pool.
newdecision-bucket-days = Days to propose buckets
newdecision-funding-days = Days to fund them
newdecision-cap = Most one member may put in one bucket (optional)
newdecision-guidelines = Guidelines for buckets (optional; Markdown works)
newdecision-flood-legend = A decision about a Flood? (proposals only)
newdecision-flood-hint = A Flood is several pools working on a shared project and deciding together. If this passes, the pool starts one, joins one, adds funds to one it belongs to, or leaves one with its share.
newdecision-flood-action = What the pool does
newdecision-flood-none = Nothing about a Flood
newdecision-flood-start = Start a Flood
newdecision-flood-join = Join a Flood
newdecision-flood-add = Add funds to a Flood
newdecision-flood-leave = Leave a Flood
newdecision-flood-name = New Flood's name
newdecision-flood-id = Or the Flood's id (to join, fund or leave)
newdecision-flood-amount = Amount committed ({ $currency })
newdecision-flood-purpose = New Flood's shared project
newdecision-double-majority = New Flood: decisions also need a majority of member pools (double majority)
newdecision-days = Days voting stays open
newdecision-days-hint = This pool allows { $min } to { $max } days.
newdecision-open = Open the vote
newdecision-opened = Voting is open until { $when }.
newdecision-forbidden = you cannot make proposals in this pool
newdecision-error-number = enter a whole number

## A pool's time zone

pool-time-zone-heading = Time zone
pool-time-zone-utc = This pool's times are shown in UTC to members who chose no time zone of their own.
pool-time-zone-is = This pool's times are shown in { $zone } to members who chose no time zone of their own, and its messages use it.
pool-time-zone-label = The pool's time zone
pool-time-zone-hint = A region and city from the time zone database, like Europe/Paris or America/Mexico_City; leave it empty for UTC. Each member's own setting comes first.
pool-time-zone-save = Save the time zone
pool-time-zone-set = The pool's times are now shown in { $zone }.
pool-time-zone-cleared = The pool's times are now shown in UTC.
