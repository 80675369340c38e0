//! Admission by vote: the members' vote opened when a candidate joins, and
//! the candidate admitted or turned down when it closes.

use super::*;

impl App {
    /// Opens the members' vote on admitting a candidate who just joined a
    /// pool whose rules admit by vote. The electorate is the active members.
    pub(crate) async fn open_admission_vote(
        &self,
        tx: &mut Box<dyn Tx>,
        pool: &Pool,
        candidate: &crate::ports::Person,
    ) -> AppResult<()> {
        let electorate: Vec<String> = tx
            .pool_members(&pool.id)
            .await?
            .into_iter()
            .filter(|m| m.status == MemberStatus::Active)
            .map(|m| m.person_id)
            .collect();
        let closes_at =
            format_time(self.now() + Duration::days(pool.rules.default_voting_days as i64));
        self.record(
            tx,
            &Actor::Closer,
            Event::DecisionOpened {
                decision_id: new_id(),
                pool_id: pool.id.clone(),
                proposer_id: candidate.id.clone(),
                title: format!("Admit {} to the pool?", candidate.name),
                body: format!(
                    "{} accepted the membership commitment and asks to join. This pool admits new members by vote: if this passes, they become a member{}.",
                    candidate.name,
                    if pool.rules.buy_in_minor > 0 {
                        " once their buy-in is paid"
                    } else {
                        ""
                    }
                ),
                method: Method::Proposal,
                rule_change: None,
                rules: pool.rules.clone(),
                closes_at,
                electorate,
                spend: None,
                round: None,
                admission: Some(candidate.id.clone()),
                flood_action: None,
                member_pools: None,
                secret: pool.rules.secret_ballots == pools_core::rules::SecretBallots::Always,
            },
        )
        .await?;
        Ok(())
    }

    /// Whether the members voted to admit a person to a pool.
    pub(crate) async fn admission_passed(
        &self,
        tx: &mut Box<dyn Tx>,
        pool_id: &str,
        person_id: &str,
    ) -> AppResult<bool> {
        Ok(tx.decisions_of_pool(pool_id).await?.iter().any(|d| {
            d.admission.as_deref() == Some(person_id)
                && d.outcome.as_ref().is_some_and(|o| o.passed)
        }))
    }

    /// After an admission vote: a candidate the members admitted becomes
    /// active once any buy-in is paid; one they did not admit stops being a
    /// member (they may apply again).
    pub(super) async fn settle_admission(
        &self,
        tx: &mut Box<dyn Tx>,
        pool_id: &str,
        candidate: &str,
        passed: bool,
    ) -> AppResult<()> {
        let Some(m) = tx.pool_member(pool_id, candidate).await? else {
            return Ok(());
        };
        if m.status != MemberStatus::Pending {
            return Ok(());
        }
        let pool = tx.pool(pool_id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-decisions-the-pool-vanished")))
        })?;
        let event = if passed {
            let paid = tx
                .ledger_entries_of(pool_id, candidate)
                .await?
                .iter()
                .any(|e| e.kind == EntryKind::BuyIn && e.reversed_by.is_none());
            if !membership::admitted(&pool.rules, paid, true) {
                return Ok(());
            }
            Event::MembershipActivated {
                pool_id: pool_id.to_string(),
                person_id: candidate.to_string(),
            }
        } else {
            // A buy-in paid before the vote is capital: turned down, the
            // candidate is owed it back under the exit rule, as a leaving
            // member would be.
            self.owe_capital(tx, &Actor::Closer, &pool, candidate)
                .await?;
            Event::PoolMemberLeft {
                pool_id: pool_id.to_string(),
                person_id: candidate.to_string(),
            }
        };
        self.record(tx, &Actor::Closer, event).await
    }
}
