//! The demo: a realistic group imported from a Meetup export of 40 people,
//! and a pool with members, built only through the real use cases.

use crate::decisions::NewDecision;
use crate::ports::Clock;
use crate::treasury::NewMoney;
use crate::{Actor, App, AppError, AppResult};
use pools_core::decision::{Choice, Method, Stance};
use pools_core::event::MoneyKind;
use pools_core::membership::PoolRole;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use time::OffsetDateTime;

/// The demo's history happens over the past month: a clock that starts 30
/// days ago and moves forward only when told to.
struct HistoryClock(AtomicI64);

impl HistoryClock {
    fn advance_hours(&self, h: i64) {
        self.0.fetch_add(h * 3600 * 1000, Ordering::SeqCst);
    }
}

impl Clock for HistoryClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp_nanos(self.0.load(Ordering::SeqCst) as i128 * 1_000_000)
            .unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }
}

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "pools-demo-password";
/// The demo group's address.
pub const DEMO_GROUP: &str = "eastbay-bike-kitchen";

const FIRST: [&str; 20] = [
    "Ana", "Ben", "Chloé", "Dmitri", "Esi", "Farah", "Gus", "Hiro", "Ines", "Jamal", "Kira",
    "Luis", "Mei", "Noah", "Olu", "Priya", "Quinn", "Rosa", "Sven", "Tariq",
];
const LAST: [&str; 20] = [
    "Okafor",
    "Tanaka",
    "Dubois",
    "Haddad",
    "Park",
    "Kowalski",
    "Smith",
    "O'Brien",
    "Ivanova",
    "García",
    "Costa",
    "Nguyen",
    "Müller",
    "Schmidt",
    "Adeyemi",
    "Sharma",
    "Lee",
    "Martínez",
    "Larsen",
    "Aziz",
];

/// What the demo created, for the operator to try it out.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    /// The group's address.
    pub group: String,
    /// The pool's id.
    pub pool_id: String,
    /// Emails of the demo accounts; the first organizes and operates.
    pub accounts: Vec<String>,
}

/// The demo's Meetup export, in the classic column layout, with one join question.
pub fn demo_export() -> String {
    let mut csv = String::from(
        "Name,User ID,Title,Member ID,Location,Joined Group on,Last visited group on,Last Attended,\
         Total RSVPs,RSVPed Yes,RSVPed Maybe,RSVPed No,Meetups attended,No shows,Intro,Photo,\
         Assistant Organizer,Mailing List,URL of Member Profile,What do you like to fix?\n",
    );
    let places = ["\"Oakland, CA\"", "\"Berkeley, CA\"", "\"Emeryville, CA\""];
    let fixes = ["Brakes", "\"Wheels, mostly\"", "", "Anything with gears"];
    for i in 0..40usize {
        let name = format!("{} {}", FIRST[i % 20], LAST[(i * 7 + i / 20) % 20]);
        let id = 310_000_000 + i * 7919;
        let title = match i {
            0 => "Organizer",
            1 => "Co-Organizer",
            _ => "",
        };
        let rsvps = 5 + (i * 13) % 31;
        csv.push_str(&format!(
            "{name},user {id},{title},{id},{place},{m:02}/{d:02}/{y},11/{d2:02}/2026,11/{d3:02}/2026,\
             {rsvps},{yes},{maybe},{no},{yes},{ns},,{photo},{asst},Yes,https://www.meetup.com/members/{id}/,{fix}\n",
            place = places[i % 3],
            m = 1 + i % 12,
            d = 1 + (i * 5) % 28,
            y = 2016 + i % 9,
            d2 = 1 + i % 28,
            d3 = 1 + (i * 3) % 20,
            yes = rsvps / 2,
            maybe = rsvps / 4,
            no = rsvps - rsvps / 2 - rsvps / 4,
            ns = i % 3,
            photo = if i % 2 == 0 { "Yes" } else { "No" },
            asst = if i == 2 { "Yes" } else { "No" },
            fix = fixes[i % 4],
        ));
    }
    csv
}

impl App {
    /// Fills an empty database with the demo. Refuses a database that already
    /// has anything in it, so a demo never mixes with real data.
    pub async fn seed_demo(&self) -> AppResult<DemoSummary> {
        {
            let mut tx = self.store.read().await?;
            if tx.journal_len().await? > 0 {
                return Err(AppError::Conflict(
                    "the demo needs an empty database, and this one has data: point --database-url at a new file".into(),
                ));
            }
        }
        let start = self.now() - time::Duration::days(30);
        let clock = Arc::new(HistoryClock(AtomicI64::new(
            (start.unix_timestamp_nanos() / 1_000_000) as i64,
        )));
        let past = App {
            store: self.store.clone(),
            clock: clock.clone(),
            config: self.config.clone(),
            invite_key: self.invite_key.clone(),
            hasher: self.hasher.clone(),
        };
        let summary = past.seed_history(&clock).await?;
        Ok(summary)
    }

    async fn seed_history(&self, clock: &HistoryClock) -> AppResult<DemoSummary> {
        let csv = demo_export();
        self.import_meetup(
            &Actor::Operator,
            DEMO_GROUP,
            "east-bay-bike-kitchen-members.csv",
            csv.as_bytes(),
            Some("East Bay Bike Kitchen"),
        )
        .await?;
        let group = self.group_view(&Actor::Operator, DEMO_GROUP).await?;
        // Thirteen members have accounts and claimed their place; the rest
        // are still waiting for their invite links.
        let mut actors = Vec::new();
        let mut accounts = Vec::new();
        for m in group
            .members
            .iter()
            .filter(|m| m.meetup_member_id.is_some())
        {
            let idx = (m.meetup_member_id.unwrap_or_default() - 310_000_000) / 7919;
            if idx >= 13 {
                continue;
            }
            let email = format!(
                "{}@demo.pools.example",
                pools_core::text::slugify(&m.name).replace('-', ".")
            );
            let signed = self.sign_up(&email, &m.name, DEMO_PASSWORD).await?;
            let actor = Actor::Person(signed.person);
            self.claim_invite(&actor, &m.id, &self.invite_token(&m.id))
                .await?;
            actors.push((idx, actor));
            accounts.push((idx, email));
        }
        clock.advance_hours(20);
        actors.sort_by_key(|(i, _)| *i);
        accounts.sort_by_key(|(i, _)| *i);
        let organizer = &actors[0].1;
        let pool = self
            .create_pool(
                organizer,
                DEMO_GROUP,
                Some("Bike Kitchen Pool"),
                "USD",
                true,
            )
            .await?;
        let mut rules = pool.rules.clone();
        rules.quorum_percent = 40;
        rules.secret_ballots = pools_core::rules::SecretBallots::Optional;
        self.edit_draft(
            organizer,
            &pool.id,
            rules,
            &format!(
                "{}\n\nWe keep the East Bay Bike Kitchen's tools, parts and rent paid together.",
                pool.commitment
            ),
        )
        .await?;
        let pool = self.open_pool(organizer, &pool.id).await?;
        clock.advance_hours(24);
        let hash = pools_core::membership::commitment_hash(&pool.commitment);
        for (idx, actor) in actors.iter().skip(1) {
            if *idx == 12 {
                continue; // one account holder has not joined the pool yet
            }
            self.join_pool(actor, &pool.id, &hash, true).await?;
        }
        let treasurer = actors[3].1.person()?.id.clone();
        self.set_pool_role(organizer, &pool.id, &treasurer, PoolRole::Treasurer)
            .await?;
        let co = actors[1].1.person()?.id.clone();
        self.set_pool_role(organizer, &pool.id, &co, PoolRole::Organizer)
            .await?;
        clock.advance_hours(24);
        // The treasurer records what members put in during the first weeks.
        let treasurer_actor = &actors[3].1;
        for (n, (idx, a)) in actors.iter().filter(|(i, _)| *i != 12).enumerate() {
            let (kind, amount) = match n % 3 {
                0 => (MoneyKind::Capital, 5000),
                1 => (MoneyKind::Capital, 2500),
                _ => (MoneyKind::Gift, 1500),
            };
            let day = (self.now().date()).to_string();
            self.record_money(
                treasurer_actor,
                &pool.id,
                NewMoney {
                    person_id: a.person()?.id.clone(),
                    kind,
                    amount,
                    received_on: day,
                    method: if idx % 2 == 0 {
                        "bank_transfer"
                    } else {
                        "cash"
                    }
                    .into(),
                    reference: format!("DEMO-{:03}", idx + 1),
                },
                &format!("demo-money-{idx}"),
            )
            .await?;
            clock.advance_hours(5);
        }
        let people: Vec<&Actor> = actors
            .iter()
            .filter(|(i, _)| *i != 12)
            .map(|(_, a)| a)
            .collect();
        self.seed_flood(clock, &pool.id, &people).await?;
        self.seed_decisions(clock, &pool.id, &people).await?;
        self.seed_formation(clock, &pool.id, &people).await?;
        // The demo's month of history is not news to anyone.
        self.start_notifier_here().await?;
        Ok(DemoSummary {
            group: DEMO_GROUP.into(),
            pool_id: pool.id,
            accounts: accounts.into_iter().map(|(_, e)| e).collect(),
        })
    }
}

impl App {
    async fn seed_decisions(
        &self,
        clock: &HistoryClock,
        pool_id: &str,
        people: &[&Actor],
    ) -> AppResult<()> {
        let ask = |title: &str, body: &str, method: Method, days: u16| NewDecision {
            title: title.into(),
            body: body.into(),
            method,
            voting_days: Some(days),
            rule_change: None,
            spend: None,
            round: None,
            flood: None,
            secret: None,
        };
        // A spend proposal that passed, and was then paid.
        let mut buy = ask(
            "Buy a professional truing stand",
            "Our wheel truing is done on an upturned frame. A Park TS-2.2 costs **$180** and would last decades.",
            Method::Proposal,
            5,
        );
        buy.spend = Some(pools_core::event::Spend {
            payee: "Bay Cycles".into(),
            amount: 18_000,
            purpose: "Park TS-2.2 truing stand".into(),
        });
        let stand = self.open_decision(people[2], pool_id, buy).await?;
        // The members talk it over under the decision.
        let asked = self
            .post_comment(
                people[3],
                &stand.id,
                None,
                "Could we fix the donated stand first? It only needs a new clamp. @chloe-adeyemi, you looked at it?",
            )
            .await?;
        clock.advance_hours(2);
        self.post_comment(
            people[2],
            &stand.id,
            Some(asked.id.as_str()),
            "I did: the frame is bent, so a clamp will not hold it true. Details in the repair log.",
        )
        .await?;
        clock.advance_hours(1);
        self.post_comment(
            people[0],
            &stand.id,
            None,
            "Bay Cycles will **deliver it free** if we order this month.",
        )
        .await?;
        clock.advance_hours(1);
        let stances = [
            Stance::Agree,
            Stance::Agree,
            Stance::Agree,
            Stance::Disagree,
            Stance::Agree,
            Stance::Abstain,
            Stance::Agree,
            Stance::Agree,
            Stance::Agree,
        ];
        for (a, s) in people.iter().zip(stances) {
            let reason = match s {
                Stance::Disagree => "We should fix the donated one first.",
                Stance::Abstain => "I never true wheels, happy either way.",
                _ => "",
            };
            self.cast_ballot(a, &stand.id, Choice::Proposal(s), reason)
                .await?;
            clock.advance_hours(3);
        }
        clock.advance_hours(5 * 24);
        self.close_due_decisions().await?;
        clock.advance_hours(26);
        let treasury = self.treasury(people[0], pool_id).await?;
        if let Some(p) = treasury.payouts.first() {
            let day = self.now().date().to_string();
            self.pay_payout(people[3], &p.id, "BAYCYC-4411", &day, "demo-pay-stand")
                .await?;
        }
        // A ranked choice, decided by the Schulze method.
        let night = self
            .open_decision(
                people[0],
                pool_id,
                ask(
                    "Which evening should the open workshop be?",
                    "Rank the evenings you could make, best first.",
                    Method::RankedChoice {
                        options: vec![
                            "Tuesday".into(),
                            "Thursday".into(),
                            "Saturday afternoon".into(),
                        ],
                    },
                    3,
                ),
            )
            .await?;
        let orders: [&[usize]; 8] = [
            &[1, 2, 0],
            &[2, 1],
            &[1, 0, 2],
            &[0, 1, 2],
            &[2, 1, 0],
            &[1, 2],
            &[2, 0, 1],
            &[1, 0],
        ];
        // An election of two stewards for the tool wall, by single
        // transferable vote, closing with the evening.
        let stewards = self
            .open_decision(
                people[1],
                pool_id,
                ask(
                    "Elect two stewards for the tool wall",
                    "Stewards keep the tool wall stocked and check tools back in on workshop nights. Rank the candidates you would trust with it.",
                    Method::Stv {
                        options: vec![
                            "Esi Ivanova".into(),
                            "Gus Dubois".into(),
                            "Hiro García".into(),
                            "Ines Lee".into(),
                        ],
                        seats: 2,
                    },
                    3,
                ),
            )
            .await?;
        let rankings: [&[usize]; 11] = [
            &[0, 2],
            &[0, 1],
            &[0, 2, 1],
            &[0],
            &[0, 3],
            &[1, 2],
            &[2, 1],
            &[3, 2],
            &[1],
            &[2, 3],
            &[3, 1, 2],
        ];
        for (a, o) in people.iter().zip(orders) {
            self.cast_ballot(a, &night.id, Choice::Ranked(o.to_vec()), "")
                .await?;
            clock.advance_hours(2);
        }
        for (a, r) in people.iter().zip(rankings) {
            self.cast_ballot(a, &stewards.id, Choice::Ranked(r.to_vec()), "")
                .await?;
        }
        clock.advance_hours(3 * 24);
        self.close_due_decisions().await?;
        // A question still open: where the next repair clinic goes.
        clock.advance_hours(2 * 24);
        let clinic = self
            .open_decision(
                people[4],
                pool_id,
                ask(
                    "Where should the spring repair clinic be?",
                    "Pick one. The library has offered its forecourt for free.",
                    Method::SingleChoice {
                        options: vec![
                            "Library forecourt".into(),
                            "Farmers' market".into(),
                            "Our own workshop".into(),
                        ],
                    },
                    14,
                ),
            )
            .await?;
        for (a, i) in people.iter().zip([0usize, 1, 0, 2, 0]) {
            self.cast_ballot(a, &clinic.id, Choice::Single(i), "")
                .await?;
            clock.advance_hours(4);
        }
        self.post_comment(
            people[1],
            &clinic.id,
            None,
            "The forecourt has no shade. Could we borrow the market's canopies?",
        )
        .await?;
        // An election by secret ballot, still open: who voted shows, how
        // does not, and each voter holds a receipt.
        let mut elect = ask(
            "Who should be treasurer from January?",
            "Dmitri is stepping down after two years. Each candidate has agreed to stand. This is a secret ballot: you will get a receipt to check your vote was counted.",
            Method::SingleChoice {
                options: vec![
                    "Ben O'Brien".into(),
                    "Chloé Adeyemi".into(),
                    "Farah Sharma".into(),
                ],
            },
            14,
        );
        elect.secret = Some(true);
        let elect = self.open_decision(people[1], pool_id, elect).await?;
        for (a, i) in people.iter().skip(2).zip([1usize, 0, 1, 2, 1, 0]) {
            self.cast_ballot(a, &elect.id, Choice::Single(i), "")
                .await?;
            clock.advance_hours(3);
        }
        // A discussion with no vote yet.
        let tools = self
            .start_discussion(
                people[5],
                pool_id,
                "Which tools go missing most?",
                "Before anyone proposes buying more, let us list what disappears. I will start: 15 mm cone wrenches.",
            )
            .await?;
        clock.advance_hours(3);
        self.post_comment(
            people[3],
            &tools.id,
            None,
            "Tyre levers, every week. A tool board with outlines would help.",
        )
        .await?;
        self.seed_round(clock, pool_id, people).await
    }

    /// A Flood of three pools: the Tool Library starts "East Bay Repair
    /// Network" with a double majority, and the Community Garden and the
    /// Bike Kitchen join it, each by its own members' decision.
    async fn seed_flood(
        &self,
        clock: &HistoryClock,
        kitchen: &str,
        people: &[&Actor],
    ) -> AppResult<()> {
        use pools_core::flood::FloodAction;
        // Two neighbouring groups with small pools of their own; their
        // decisions stay open one day.
        let mut pools = Vec::new();
        for (name, slug, org, members, money) in [
            (
                "Tool Library",
                "tool-library",
                people[1],
                [people[5], people[6]],
                6_000,
            ),
            (
                "Community Garden",
                "community-garden",
                people[2],
                [people[7], people[8]],
                4_000,
            ),
        ] {
            self.create_group(
                org,
                name,
                Some(slug),
                &format!("The {name} of the East Bay."),
            )
            .await?;
            let pool = self.create_pool(org, slug, None, "USD", true).await?;
            let mut rules = pool.rules.clone();
            rules.min_voting_days = 1;
            rules.default_voting_days = 1;
            let pool = self
                .edit_draft(org, &pool.id, rules, &pool.commitment)
                .await?;
            let pool = self.open_pool(org, &pool.id).await?;
            let hash = pools_core::membership::commitment_hash(&pool.commitment);
            for m in members {
                self.join_group(m, slug).await?;
                self.join_pool(m, &pool.id, &hash, true).await?;
            }
            self.record_money(
                org,
                &pool.id,
                NewMoney {
                    person_id: org.person()?.id.clone(),
                    kind: MoneyKind::Capital,
                    amount: money,
                    received_on: self.now().date().to_string(),
                    method: "bank_transfer".into(),
                    reference: format!("DEMO-{slug}"),
                },
                &format!("demo-money-{slug}"),
            )
            .await?;
            pools.push((pool.id, org, members));
        }
        let vote = |title: &str, days: u16, action: FloodAction| NewDecision {
            title: title.into(),
            body: String::new(),
            method: Method::Proposal,
            voting_days: Some(days),
            rule_change: None,
            spend: None,
            round: None,
            flood: Some(action),
            secret: None,
        };
        let (library, lib_org, lib_members) = &pools[0];
        let start = self
            .open_decision(
                lib_org,
                library,
                vote(
                    "Start the East Bay Repair Network with the Garden and the Bike Kitchen",
                    1,
                    FloodAction::Start {
                        name: "East Bay Repair Network".into(),
                        purpose: "Open a shared repair space where bikes, tools and garden gear get fixed, one evening a week.".into(),
                        amount: 3_000,
                        double_majority: true,
                        rules: None,
                    },
                ),
            )
            .await?;
        for a in std::iter::once(*lib_org).chain(lib_members.iter().copied()) {
            self.cast_ballot(a, &start.id, Choice::Proposal(Stance::Agree), "")
                .await?;
        }
        clock.advance_hours(25);
        self.close_due_decisions().await?;
        let flood_id = {
            let mut tx = self.store.read().await?;
            tx.floods_of_pool(library)
                .await?
                .first()
                .map(|(f, _)| f.id.clone())
                .ok_or_else(|| AppError::Conflict("the demo Flood did not start".into()))?
        };
        let (garden, garden_org, garden_members) = &pools[1];
        let join_garden = self
            .open_decision(
                garden_org,
                garden,
                vote(
                    "Join the East Bay Repair Network",
                    1,
                    FloodAction::Join {
                        flood_id: flood_id.clone(),
                        amount: 2_000,
                    },
                ),
            )
            .await?;
        for a in std::iter::once(*garden_org).chain(garden_members.iter().copied()) {
            self.cast_ballot(a, &join_garden.id, Choice::Proposal(Stance::Agree), "")
                .await?;
        }
        let join_kitchen = self
            .open_decision(
                people[0],
                kitchen,
                vote(
                    "Join the East Bay Repair Network with $10",
                    2,
                    FloodAction::Join {
                        flood_id: flood_id.clone(),
                        amount: 1_000,
                    },
                ),
            )
            .await?;
        for a in people.iter().take(6) {
            self.cast_ballot(a, &join_kitchen.id, Choice::Proposal(Stance::Agree), "")
                .await?;
        }
        clock.advance_hours(49);
        self.close_due_decisions().await?;
        Ok(())
    }

    /// Formation part-way: a Delaware LLC whose documents are out for
    /// signature, with some members signed and the rest still to sign.
    async fn seed_formation(
        &self,
        clock: &HistoryClock,
        pool_id: &str,
        people: &[&Actor],
    ) -> AppResult<()> {
        let organizer = people[0];
        let name = |a: &Actor| a.person().map(|p| p.name.clone());
        let organizer_name = name(organizer)?;
        self.save_formation(
            organizer,
            pool_id,
            pools_core::formation::EntityForm::DelawareLlc,
            pools_core::formation::Details {
                legal_name: "East Bay Bike Kitchen Cooperative LLC".into(),
                agent_name: "Harbor Registered Agents Inc.".into(),
                agent_address: "16192 Coastal Highway, Lewes, DE 19958".into(),
                principal_office: "2110 San Pablo Avenue, Oakland, CA 94612".into(),
                mailing_address: String::new(),
                organizers: vec![pools_core::formation::Organizer {
                    name: organizer_name.clone(),
                    address: "2110 San Pablo Avenue, Oakland, CA 94612".into(),
                }],
                purpose: "Run a community bicycle repair workshop, with shared tools, parts and classes.".into(),
                social_purpose: "Keep bicycles on the road and out of landfill, and teach anyone in the East Bay to fix their own bike.".into(),
                fiscal_year_end: "12-31".into(),
            },
        )
        .await?;
        clock.advance_hours(2);
        self.advance_formation(
            organizer,
            pool_id,
            pools_core::formation::Step::StartSigning,
        )
        .await?;
        let view = self.formation_view(organizer, pool_id).await?;
        for (i, a) in people.iter().enumerate().take(5) {
            let n = name(a)?;
            for d in &view.documents {
                let ok = d.kind.signed_by_every_member() || i == 0;
                if ok {
                    self.sign_document(a, pool_id, d.kind, &n, true, &d.sha256)
                        .await?;
                }
            }
            clock.advance_hours(3);
        }
        Ok(())
    }

    /// A budgeting round, opened by decision, with three buckets, a flag and
    /// funding under way: its funding window is still open when the demo
    /// starts, so visitors can spread their own share.
    async fn seed_round(
        &self,
        clock: &HistoryClock,
        pool_id: &str,
        people: &[&Actor],
    ) -> AppResult<()> {
        let round = self
            .open_decision(
                people[1],
                pool_id,
                NewDecision {
                    title: "Winter tools round".into(),
                    body: "Let's each decide where $144 of the pool goes: propose what the kitchen needs, then back what you believe in.".into(),
                    method: Method::Proposal,
                    voting_days: Some(2),
                    rule_change: None,
                    spend: None,
                    round: Some(pools_core::budget::RoundPlan {
                        amount: 14_400,
                        bucket_days: 2,
                        funding_days: 7,
                        cap: Some(800),
                        guidelines: "Tools and parts everyone at the kitchen can use. No personal bikes.".into(),
                    }),
                    flood: None,
                    secret: None,
                },
            )
            .await?;
        for (i, a) in people.iter().enumerate().take(9) {
            let stance = if i == 4 {
                Stance::Abstain
            } else {
                Stance::Agree
            };
            self.cast_ballot(a, &round.id, Choice::Proposal(stance), "")
                .await?;
            clock.advance_hours(2);
        }
        clock.advance_hours(2 * 24);
        self.close_due_decisions().await?;
        let round_id = {
            let mut tx = self.store.read().await?;
            tx.round_of_decision(&round.id)
                .await?
                .map(|r| r.id)
                .ok_or_else(|| AppError::Conflict("the demo round did not open".into()))?
        };
        let line = |label: &str, min: i64, max: Option<i64>| pools_core::budget::BudgetLine {
            label: label.into(),
            min,
            max,
        };
        let id_of = |a: &Actor| a.person_id().unwrap_or_default().to_string();
        let stand = self
            .create_bucket(
                people[5],
                &round_id,
                crate::budgeting::NewBucket {
                    title: "Second repair stand".into(),
                    description: "Saturday queues are long. A second **Park PCS-10** stand lets two people work at once.".into(),
                    lines: vec![line("Repair stand", 3_000, Some(3_600)), line("Shipping", 500, None)],
                    co_creators: vec![id_of(people[6])],
                },
            )
            .await?;
        clock.advance_hours(3);
        let tubes = self
            .create_bucket(
                people[2],
                &round_id,
                crate::budgeting::NewBucket {
                    title: "Inner tubes for the free bin".into(),
                    description: "Twenty tubes in the common sizes, free for anyone who needs one."
                        .into(),
                    lines: vec![line("20 tubes", 2_000, Some(2_400))],
                    co_creators: Vec::new(),
                },
            )
            .await?;
        clock.advance_hours(5);
        let jersey = self
            .create_bucket(
                people[7],
                &round_id,
                crate::budgeting::NewBucket {
                    title: "Team jerseys".into(),
                    description: "Matching jerseys for the Sunday ride.".into(),
                    lines: vec![line("Jerseys", 6_000, None)],
                    co_creators: Vec::new(),
                },
            )
            .await?;
        clock.advance_hours(4);
        self.flag_bucket(
            people[3],
            &jersey.id,
            "The guidelines say tools and parts everyone can use.",
        )
        .await?;
        clock.advance_hours(2 * 24);
        let gifts: [(usize, &str, i64); 9] = [
            (0, &stand.id, 800),
            (1, &stand.id, 600),
            (2, &tubes.id, 800),
            (3, &stand.id, 500),
            (5, &stand.id, 800),
            (6, &tubes.id, 400),
            (6, &stand.id, 400),
            (8, &tubes.id, 300),
            (7, &jersey.id, 800),
        ];
        for (n, (who, bucket, amount)) in gifts.into_iter().enumerate() {
            self.fund_bucket(people[who], bucket, amount, &format!("demo-fund-{n}"))
                .await?;
            clock.advance_hours(3);
        }
        Ok(())
    }
}
