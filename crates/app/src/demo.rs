//! The demo: a realistic group imported from a Meetup export of 40 people,
//! and a pool with members, built only through the real use cases.

use crate::{Actor, App, AppError, AppResult};
use pools_core::membership::PoolRole;

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
        Ok(DemoSummary {
            group: DEMO_GROUP.into(),
            pool_id: pool.id,
            accounts: accounts.into_iter().map(|(_, e)| e).collect(),
        })
    }
}
