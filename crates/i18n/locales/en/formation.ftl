# Pools in English: Forming the legal entity, and Floods.
# Every key here is in the other languages too.

## Forming the legal entity

formation-title = Legal entity for { $pool }
formation-heading = Legal entity
formation-status-informal = Informal pool
formation-status-becoming = Informal pool, becoming { $name } ({ $status })
formation-status-active = { $name } ({ $form }, file number { $number })
formation-hint = Pools writes the documents from the rules your pool enforces, so the two always say the same thing. Nothing here is legal advice: have a lawyer licensed in the state review the documents before you sign or file them.
formation-checklist = Formation checklist
formation-step-drafting = Drafting
formation-step-signing = Signing
formation-step-ready-to-file = Ready to file
formation-step-filed = Filed
formation-step-ein-recorded = EIN recorded
formation-step-active = Active
formation-step-done = (done)
formation-form-delaware-llc = Delaware LLC with a co-op operating agreement
formation-form-colorado-lca = Colorado Limited Cooperative Association
formation-entity = { $name }, { $form }.
formation-entity-filed = { $name }, { $form }. Filed on { $date }, file number { $number }.
formation-documents = Documents, version { $version }
formation-signed-by = Signed by { $names }.
formation-still-to-sign = Still to sign: { $names }.
formation-you-signed = you signed
formation-read-and-sign = Read and sign
formation-earlier = { $count ->
    [one] 1 signature on earlier versions stays on record against those versions.
   *[other] { $count } signatures on earlier versions stay on record against those versions.
  }
formation-drafts = Draft documents
formation-drafts-hint = Read them as they stand; they are generated for signature when you start the signing.
formation-next = Next step
formation-next-drafting = When the details below are right, generate the documents and send them out for signature. The details cannot change after that.
formation-start-signing = Start the signing
formation-all-signed = Everyone has signed version { $version }.
formation-mark-ready = Mark ready to file
formation-waiting = Every member signs the agreements and an organizer signs the filing before it can be filed.
formation-file-it = File the signed filing with the { $office }, { $address }. The filing fee is { $fee } (verify it before paying). Then record what the state sent back.
formation-filed-on = Filed on (YYYY-MM-DD)
formation-file-number = State file number
formation-record-filing = Record the filing
formation-ein-hint = Apply to the IRS for an Employer Identification Number (form SS-4), then record it.
formation-ein = EIN (NN-NNNNNNN)
formation-record-ein = Record the EIN
formation-bank-hint = Once the bank account is open in the entity's name, mark it active.
formation-activate = Mark the entity active
formation-is-active = The entity is active. Keep up with its duties below.
formation-duties = Duties after filing
formation-duties-caption = Recurring duties and when they are due
formation-duty = Duty
formation-due = Due
formation-fee = Fee
formation-if-late = If late
formation-details-heading = The details the documents state
formation-start = Start formation
formation-annual = { $duty } of { $fee }, due each year on { $day } (MM-DD)
formation-annual-anniversary = { $duty } of { $fee }, due each year by the end of the month the entity was filed in
formation-facts = Fees and filing facts: { $annual }. Filing costs { $fee }. These are configuration; verify them with the state.
formation-legal-form = Legal form
formation-legal-name = Legal name
formation-legal-name-hint = An LLC's name ends in "LLC"; a Colorado cooperative's in "Limited Cooperative Association".
formation-agent-name = Registered agent
formation-agent-address = Registered office (street address in the state)
formation-principal-office = Principal office
formation-mailing-address = Mailing address (if different)
formation-organizers = Organizers (who sign the filing)
formation-organizer-name = Organizer { $n }: full name
formation-postal-address = Postal address
formation-purpose = Purpose
formation-social-purpose = Social purpose (the good it does beyond its members)
formation-fiscal-year-end = Fiscal year ends (MM-DD)
formation-save = Save the details
formation-none = No formation has started. An organizer of the pool can start one here.
formation-versions = Versions
formation-version-line = Version { $version }, { $date }: { $reason }
formation-reason-signing = Signing started.
formation-reason-rules = The rules changed by the decision "{ $title }".
formation-saved = The details are saved. Read the draft documents, then start the signing.
formation-signing-started = The documents are generated and out for signature.
formation-now-at = The formation is now at "{ $status }".
formation-signed-flash = You signed version { $version } of the { $title }. Your signature records SHA-256 { $hash }.

## A document's page, and signing it (the document itself stays English)

formation-not-legal-advice = Not legal advice.
formation-notice = This document was generated by Pools software from the rules its members chose. It is not legal advice. Have a lawyer licensed in the state review it before you sign or file it.
formation-draft-preview = Draft preview, not yet generated for signature
formation-version = Version { $version }
formation-version-earlier = Version { $version } (an earlier version)
formation-mismatch = The text written now differs from the one recorded for this version (recorded SHA-256 { $hash }). The software that writes the documents changed since; signatures stay bound to the recorded hash.
formation-signed-heading = Signed
formation-signature = { $name }, { $when }
formation-you-signed-version = You signed this version.
formation-sign-version = Sign version { $version }
formation-sign-hint = Your signature records you, the time and the SHA-256 above. If the rules change later, a new version is generated and you will be asked to sign that too.
formation-typed-name = Type your full name
formation-confirm = I have read this document and sign it.
formation-sign = Sign

## A Flood's page

flood-dissolved = dissolved
flood-active = active
flood-what = A Flood: pools working together on a shared project.
flood-double-majority = Decisions need a majority of people and a majority of member pools.
flood-people-vote = Decisions pass on the people's vote.
flood-in-fund = In the fund
flood-authorized = Authorized, not yet paid
flood-available = Available to spend
flood-fund-link = The fund: every entry, and payouts to pay
flood-agreement-link = The joint project agreement: read and sign
flood-pools = Member pools
flood-chart-title = Commitments to { $name }
flood-chart-unit = whole { $currency }
flood-pools-caption = Member pools of { $name }
flood-pool = Pool
flood-committed = Committed
flood-status = Status
flood-member = member
flood-left = left, taking { $amount }
flood-invite = To invite another pool, share this page: { $url }. Its members decide to join by a proposal in their own pool ("Join a Flood", with this Flood's id { $id } and what they commit). A pool leaves the same way, with its share of what the Flood has available.
flood-decisions = Decisions
flood-decisions-hint = Everyone in a member pool votes, once, however many member pools they belong to.
flood-propose = Put a question to the Flood
flood-no-decisions = No decisions yet.
flood-rules = The Flood's rules

## A Flood's joint project agreement (the agreement itself stays English)

flood-nobody-signed = Nobody has signed this version yet.
flood-earlier = { $count ->
    [one] 1 signature on earlier versions stays on record against them.
   *[other] { $count } signatures on earlier versions stay on record against them.
  }
flood-sign-hint = Your signature records you, the time and the SHA-256 above. When a pool joins, leaves or adds funds, a new version follows.
flood-confirm = I have read this agreement and sign it.
flood-signed = You signed this version of the joint project agreement.
