//! The words of each document. Every rule value is read from `Rules`; the
//! seven cooperative principles and the not-legal-advice notice appear in
//! every document.

use crate::{Block, Document, FloodInput, Input, NOT_LEGAL_ADVICE};
use pools_core::Money;
use pools_core::formation::{DocKind, EntityForm};
use pools_core::rules::{Admission, Proposers, Rules, SecretBallots};

/// The seven cooperative principles (ICA, 1995), in plain words.
pub const PRINCIPLES: [(&str, &str); 7] = [
    (
        "Voluntary and Open Membership",
        "anyone who can use the association's services and accepts the responsibilities of membership may join, without discrimination, and any member may leave.",
    ),
    (
        "Democratic Member Control",
        "the members control the association and decide its policies; each member has one vote, whatever they have put in.",
    ),
    (
        "Member Economic Participation",
        "members contribute fairly to the association's capital and control it democratically; part of it is held in common, and any surplus is shared by use, not by capital.",
    ),
    (
        "Autonomy and Independence",
        "the association is self-help, controlled by its members; any agreement with others preserves that control.",
    ),
    (
        "Education, Training and Information",
        "the association helps its members understand it and take part in it, and tells the public what co-operation is.",
    ),
    (
        "Co-operation among Co-operatives",
        "the association works with other co-operatives, locally and further afield.",
    ),
    (
        "Concern for Community",
        "the association works for the sustainable development of its community, through policies its members approve.",
    ),
];

fn h(s: impl Into<String>) -> Block {
    Block::Heading(s.into())
}
fn p(s: impl Into<String>) -> Block {
    Block::Para(s.into())
}

fn principles() -> Vec<Block> {
    vec![
        h("The Seven Cooperative Principles"),
        p(
            "The Members adopt the seven cooperative principles of the International Co-operative Alliance (1995) and will read this document in their light:",
        ),
        Block::List(
            PRINCIPLES
                .iter()
                .map(|(name, words)| format!("{name}: {words}"))
                .collect(),
        ),
    ]
}

fn notice() -> Vec<Block> {
    vec![h("Not Legal Advice"), p(NOT_LEGAL_ADVICE)]
}

/// The clauses on how decisions are made, each value read from the
/// enforced rules: what every document that governs voters states.
fn decision_clauses(r: &Rules, member_word: &str) -> Vec<Block> {
    let mut v = vec![
        p(format!(
            "One person, one vote. Each {member_word} has exactly one vote on every decision, whatever capital they have contributed. No class of membership, contribution or agreement may weight a vote."
        )),
        p(format!(
            "Quorum. A decision is valid only if at least {}% of the {member_word}s entitled to vote when voting opens cast a ballot. An abstention counts toward the quorum.",
            r.quorum_percent
        )),
        p(format!(
            "Approval. A proposal passes when {} of the ballots that agree or disagree are in favour.",
            r.approval.words()
        )),
        p(if r.blocks {
            format!(
                "Blocks. Any single {member_word} may block a proposal by stating a principled objection, and a block stops it."
            )
        } else {
            format!(
                "Blocks. A block is counted as a vote against; no single {member_word} can stop a proposal alone."
            )
        }),
        p(format!(
            "Voting period. Voting stays open for {} days unless the proposer chooses a period from {} to {} days{}.",
            r.default_voting_days,
            r.min_voting_days,
            r.max_voting_days,
            if r.close_early {
                format!(", and closes early once every {member_word} entitled to vote has voted")
            } else {
                String::new()
            }
        )),
        p(match r.proposers {
            Proposers::AnyMember => {
                format!("Proposals. Any {member_word} may put a proposal to a vote.")
            }
            Proposers::Organizers => {
                "Proposals. Only organizers may put a proposal to a vote.".to_string()
            }
        }),
    ];
    match r.secret_ballots {
        SecretBallots::Never => {}
        SecretBallots::Optional => v.push(p(format!(
            "Secret ballots. Whoever puts a proposal to a vote may make it a secret ballot. The {member_word}s then learn who voted and never how; each voter receives a receipt, and when voting closes every ballot is published under its receipt's hash, without its voter, so that any {member_word} may recount the result and each voter may check their own ballot."
        ))),
        SecretBallots::Always => v.push(p(format!(
            "Secret ballots. Every decision is taken by secret ballot. The {member_word}s learn who voted and never how; each voter receives a receipt, and when voting closes every ballot is published under its receipt's hash, without its voter, so that any {member_word} may recount the result and each voter may check their own ballot."
        ))),
    }
    v.push(p(format!(
            "Amendment. This document and the rules it states change only by a decision in which {} of the ballots that agree or disagree are in favour (the supermajority), with the quorum above. The amended text is generated again as a new version.",
            r.rule_change.words()
    )));
    v
}

/// The governance clauses every member document states, with each value
/// read from the enforced rules.
pub fn governance(r: &Rules, input: &Input<'_>, member_word: &str) -> Vec<Block> {
    let money = |minor: i64| Money::new(minor, input.currency).to_string();
    let mut v = decision_clauses(r, member_word);
    v.push(p(if r.buy_in_minor > 0 {
        format!(
            "Buy-in. Every {member_word} makes the same buy-in of {}, credited to their capital account. No {member_word} is asked for more than any other.",
            money(r.buy_in_minor)
        )
    } else {
        format!("Buy-in. There is no buy-in: every {member_word} joins on the same terms, at no cost.")
    }));
    v.push(p(match r.admission {
        Admission::Automatic => format!(
            "Admission. A person becomes a {member_word} by joining{}{}; no further vote is needed.",
            if r.commitment_required { " and signing the membership commitment" } else { "" },
            if r.buy_in_minor > 0 { " and paying the buy-in" } else { "" }
        ),
        Admission::ByVote => format!(
            "Admission. A candidate who applies{}{} is admitted by a decision of the {member_word}s under the rules above.",
            if r.commitment_required { " and signs the membership commitment" } else { "" },
            if r.buy_in_minor > 0 { " and pays the buy-in" } else { "" }
        ),
    }));
    v.push(p(format!(
        "Exit. Any {member_word} may leave at any time. Their capital account is repaid to them within {} days of leaving.",
        r.exit_repay_days
    )));
    v
}

fn organizers(input: &Input<'_>) -> Block {
    Block::List(
        input
            .details
            .organizers
            .iter()
            .map(|o| format!("{}, {}", o.name.trim(), o.address.trim()))
            .collect(),
    )
}

fn fiscal_year(input: &Input<'_>) -> String {
    let (m, d) =
        pools_core::formation::parse_month_day(&input.details.fiscal_year_end).unwrap_or((12, 31));
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    format!("{} {d}", MONTHS[m as usize - 1])
}

fn mailing(input: &Input<'_>) -> String {
    let m = input.details.mailing_address.trim();
    if m.is_empty() {
        input.details.principal_office.trim().to_string()
    } else {
        m.to_string()
    }
}

/// Writes the document the input asks for.
pub fn write(input: &Input<'_>) -> Document {
    let name = input.details.legal_name.trim();
    let blocks = match input.kind {
        DocKind::CertificateOfFormation => certificate(input),
        DocKind::OperatingAgreement => operating_agreement(input),
        DocKind::ArticlesOfOrganization => articles(input),
        DocKind::Bylaws => bylaws(input),
        DocKind::MembershipAgreement => membership(input),
        // A Flood's agreement has inputs of its own (`flood_agreement`);
        // asked for through a formation, it names no member pools yet.
        DocKind::JointProjectAgreement => {
            return flood_agreement(&FloodInput {
                name: &input.details.legal_name,
                purpose: &input.details.purpose,
                rules: input.rules,
                double_majority: false,
                currency: input.currency,
                pools: &[],
                version: input.version,
                generated_on: input.generated_on,
            });
        }
    };
    Document {
        kind: input.kind,
        title: format!("{} of {name}", input.kind.title()),
        version: input.version,
        blocks,
    }
}

fn preamble(input: &Input<'_>) -> Block {
    p(format!(
        "Generated on {} as version {} from the rules the members of the pool \"{}\" chose and the Pools software enforces. When those rules change, a new version is generated.",
        input.generated_on, input.version, input.pool_name
    ))
}

fn certificate(input: &Input<'_>) -> Vec<Block> {
    let d = input.details;
    let mut v = vec![
        preamble(input),
        p(
            "The undersigned authorized person, to form a limited liability company under the Delaware Limited Liability Company Act (6 Del. C. §18-101 and following), certifies as follows:",
        ),
        h("First: Name"),
        p(format!(
            "The name of the limited liability company is {}.",
            d.legal_name.trim()
        )),
        h("Second: Registered Office and Registered Agent"),
        p(format!(
            "The address of its registered office in the State of Delaware is {}. The name of its registered agent at that address is {}.",
            d.agent_address.trim(),
            d.agent_name.trim()
        )),
        h("Third: Purpose"),
        p(format!(
            "{} The company also serves this social purpose: {} It is governed as a cooperative under its Operating Agreement, one member, one vote.",
            d.purpose.trim(),
            d.social_purpose.trim()
        )),
    ];
    v.extend(principles());
    v.extend(notice());
    v.push(h("Authorized Person"));
    v.push(p(
        "In witness whereof, the undersigned has executed this Certificate of Formation on ______________ (date).",
    ));
    for o in &d.organizers {
        v.push(Block::SignHere(format!(
            "{}, Authorized Person",
            o.name.trim()
        )));
    }
    v
}

fn articles(input: &Input<'_>) -> Vec<Block> {
    let d = input.details;
    let mut v = vec![
        preamble(input),
        p(
            "The undersigned organizers form a limited cooperative association under the Colorado Uniform Limited Cooperative Association Act (C.R.S. 7-58) and state:",
        ),
        h("Article 1: Name"),
        p(format!(
            "The name of the association is {}.",
            d.legal_name.trim()
        )),
        h("Article 2: Purposes"),
        p(format!(
            "{} The association also serves this social purpose: {}",
            d.purpose.trim(),
            d.social_purpose.trim()
        )),
        h("Article 3: Registered Agent"),
        p(format!(
            "The name of the registered agent is {}, and the street address of the registered agent's office is {}.",
            d.agent_name.trim(),
            d.agent_address.trim()
        )),
        h("Article 4: Principal Office"),
        p(format!(
            "The street address of the principal office is {}. Its mailing address is {}.",
            d.principal_office.trim(),
            mailing(input)
        )),
        h("Article 5: Organizers"),
        p("The name and address of each organizer:"),
        organizers(input),
        h("Article 6: Members and Voting"),
        p(
            "The association has patron members. It may admit investor members only as its Bylaws allow, and patron members always hold all of the voting power on matters decided by the members: each patron member has one vote.",
        ),
    ];
    v.extend(principles());
    v.extend(notice());
    v.push(h("Organizers"));
    for o in &d.organizers {
        v.push(Block::SignHere(format!("{}, Organizer", o.name.trim())));
    }
    v
}

fn operating_agreement(input: &Input<'_>) -> Vec<Block> {
    let d = input.details;
    let mut v = vec![
        preamble(input),
        p(format!(
            "This Operating Agreement is made by the Members of {}, a Delaware limited liability company (the \"Company\"), under the Delaware Limited Liability Company Act. The Members agree to run the Company as a cooperative.",
            d.legal_name.trim()
        )),
        h("Article 1: Formation, Name and Offices"),
        p(format!(
            "The Company was formed by filing a Certificate of Formation with the Delaware Secretary of State. Its registered agent is {} at {}. Its principal office is at {}.",
            d.agent_name.trim(),
            d.agent_address.trim(),
            d.principal_office.trim()
        )),
        h("Article 2: Purpose"),
        p(format!(
            "{} Social purpose: {}",
            d.purpose.trim(),
            d.social_purpose.trim()
        )),
        h("Article 3: Members and Governance"),
    ];
    v.extend(governance(input.rules, input, "Member"));
    v.extend([
        p("Records. Every proposal, ballot, decision and change to these rules is kept in a hash-chained journal that any Member may export and verify."),
        h("Article 4: Capital Accounts"),
        p("The Company keeps a capital account for each Member under Treasury Regulation §1.704-1(b)(2)(iv). Each Member's account is credited with the money they contribute as capital and their share of profit, and debited with distributions and their share of loss. The Company is taxed as a partnership unless the Members decide otherwise, and each Member receives a Schedule K-1."),
        h("Article 5: Allocation of Profit and Return on Capital"),
        p("Net profit and loss are allocated among the Members in proportion to their patronage (their use of the Company's services or their work with it) during the fiscal year, and never in proportion to capital. Any return paid on capital is capped at the lesser of 8% a year and the largest rate the law allows for cooperatives."),
        h("Article 6: Indivisible Reserve"),
        p("At least 10% of each year's net profit goes to an indivisible reserve that belongs to the Company as a whole. No Member has a claim on it, and it is not paid out when a Member leaves."),
        h("Article 7: Dissolution and Asset Lock"),
        p("On dissolution, after paying creditors and repaying Members' capital accounts, any remaining assets, including the indivisible reserve, go to another cooperative or to a nonprofit organization with a similar social purpose chosen by the Members, and are never divided among the Members."),
        h("Article 8: Fiscal Year"),
        p(format!("The fiscal year ends on {} each year.", fiscal_year(input))),
    ]);
    v.extend(principles());
    v.extend(notice());
    v.push(h("Signatures"));
    v.push(p("Each Member signs below, or electronically in Pools, where the signature records the Member, the time and the SHA-256 of this exact version."));
    v.push(Block::SignHere("Member".into()));
    v
}

fn bylaws(input: &Input<'_>) -> Vec<Block> {
    let d = input.details;
    let mut v = vec![
        preamble(input),
        p(format!(
            "These Bylaws govern {}, a Colorado limited cooperative association (the \"Association\").",
            d.legal_name.trim()
        )),
        h("Article 1: Purpose"),
        p(format!(
            "{} Social purpose: {}",
            d.purpose.trim(),
            d.social_purpose.trim()
        )),
        h("Article 2: Patron Members and Governance"),
    ];
    v.extend(governance(input.rules, input, "patron member"));
    v.extend([
        p("Investor members. The Association admits investor members only by a decision of the patron members. Investor members have no vote on any matter decided by the members, so the patron members always hold the voting power."),
        h("Article 3: Capital Accounts and Patronage"),
        p("The Association keeps a capital account for each member. Net income is allocated to patron members in proportion to their patronage and never in proportion to capital; any return on capital is capped at 8% a year. At least 10% of each year's net income goes to an indivisible reserve that is never divided among members."),
        h("Article 4: Dissolution"),
        p("On dissolution, after paying creditors and repaying members' capital accounts, remaining assets go to another cooperative or to a nonprofit organization with a similar social purpose, and are never divided among the members."),
        h("Article 5: Fiscal Year"),
        p(format!("The fiscal year ends on {} each year.", fiscal_year(input))),
    ]);
    v.extend(principles());
    v.extend(notice());
    v.push(h("Adoption"));
    v.push(p("Each patron member signs below, or electronically in Pools, where the signature records the member, the time and the SHA-256 of this exact version."));
    v.push(Block::SignHere("Patron member".into()));
    v
}

fn membership(input: &Input<'_>) -> Vec<Block> {
    let d = input.details;
    let r = input.rules;
    let word = match input.form {
        EntityForm::DelawareLlc => "Member",
        EntityForm::ColoradoLca => "patron member",
    };
    let governing = match input.form {
        EntityForm::DelawareLlc => "Operating Agreement",
        EntityForm::ColoradoLca => "Bylaws",
    };
    let money = |minor: i64| Money::new(minor, input.currency).to_string();
    let mut v = vec![
        preamble(input),
        p(format!(
            "This agreement is between {} (the \"Cooperative\") and the person who signs it (the \"{word}\"). It says what the {word} commits to and what they get. The {governing} governs where the two differ.",
            d.legal_name.trim()
        )),
        h("What you commit to"),
        Block::List(vec![
            if r.buy_in_minor > 0 {
                format!("Pay the buy-in of {}, the same for every {word}.", money(r.buy_in_minor))
            } else {
                "Nothing to pay to join: there is no buy-in.".to_string()
            },
            "Take part in decisions in good faith, and respect decisions made under the rules, including those you voted against.".to_string(),
            "Use the Cooperative's money only as its decisions authorize.".to_string(),
        ]),
        h("What you get"),
        Block::List(vec![
            "Exactly one vote on every decision, the same as every other member, whatever you contribute.".into(),
            "A capital account that records what you put in as capital.".into(),
            format!(
                "If you leave, your capital account repaid within {} days.",
                r.exit_repay_days
            ),
            "A share of any surplus in proportion to your use of the Cooperative, never in proportion to capital.".into(),
            "The right to see every decision, ballot and ledger entry, and to export and verify the record.".into(),
        ]),
        h("The rules you agree to"),
    ];
    v.extend(governance(r, input, word));
    v.extend(principles());
    v.extend(notice());
    v.push(h("Signature"));
    v.push(Block::SignHere(word.to_string()));
    v
}

/// A Flood's joint project agreement: the member pools and their
/// commitments, the rules, one person one vote across pools, the double
/// majority when chosen, and the exit terms that `pools_core::flood`
/// computes.
pub fn flood_agreement(input: &FloodInput<'_>) -> Document {
    let money = |minor: i64| Money::new(minor, input.currency).to_string();
    let total: i64 = input.pools.iter().map(|p| p.1).sum();
    let mut v = vec![
        p(format!(
            "Generated on {} as version {} from the rules the member pools of the Flood \"{}\" chose and the Pools software enforces. When the member pools or the rules change, a new version is generated.",
            input.generated_on,
            input.version,
            input.name.trim()
        )),
        p(format!(
            "The pools named below (the \"Member Pools\") agree to pursue a shared project together as the Flood \"{}\": {}",
            input.name.trim(),
            input.purpose.trim()
        )),
        h("Member Pools and Commitments"),
    ];
    if input.pools.is_empty() {
        v.push(p("No pool has joined yet."));
    } else {
        v.push(Block::List(
            input
                .pools
                .iter()
                .map(|(name, c)| format!("{}: {} committed", name.trim(), money(*c)))
                .collect(),
        ));
        v.push(p(format!("Together they have committed {}.", money(total))));
    }
    v.push(h("Decisions"));
    v.push(p("Every person who belongs to a Member Pool when a vote opens may vote on the Flood's decisions, once, however many Member Pools they belong to."));
    v.extend(decision_clauses(input.rules, "voter"));
    v.push(p(if input.double_majority {
        "Double majority. A decision passes only if it passes among the people as above and also a majority of the Member Pools approve it; a Member Pool approves when its own members' ballots meet the approval share above.".to_string()
    } else {
        "Majority of people. A decision passes on the people's vote alone; Member Pools do not vote as blocs.".to_string()
    }));
    v.extend([
        h("Funds"),
        p("Each Member Pool joins, and adds funds, only by a decision of its own members. Money leaves the Flood's fund only by a passed spend decision of the Flood, for exactly the amount and payee it names."),
        h("Leaving and Dissolution"),
        p("A Member Pool may leave by a decision of its own members. It then receives its share of what the Flood has available (its balance less payouts already authorized): its fraction of all commitments, rounded down to the smallest unit of the currency. The remainder of that division stays with the Flood. Payouts already authorized stay with the Flood and are carried by the Member Pools that remain."),
        p("When the last Member Pool leaves, it receives everything the Flood holds, and the Flood dissolves holding nothing. It cannot leave while payouts wait to be paid or cancelled."),
    ]);
    v.extend(principles());
    v.extend(notice());
    v.push(h("Signatures"));
    v.push(p("The members of each Member Pool sign below, or electronically in Pools, where a signature records the person, the time and the SHA-256 of this exact version."));
    for (name, _) in input.pools {
        v.push(Block::SignHere(format!("For {}", name.trim())));
    }
    Document {
        kind: DocKind::JointProjectAgreement,
        title: format!("Joint Project Agreement of {}", input.name.trim()),
        version: input.version,
        blocks: v,
    }
}
