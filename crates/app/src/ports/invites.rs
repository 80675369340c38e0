//! Invites by email: the addresses organizers add for imported members, and
//! when each was invited and opened their link. Operational state, kept out
//! of the journal, so an export never carries anyone's address.

use super::*;

/// An imported member's address and what became of their invite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteEmail {
    /// The group membership.
    pub group_member_id: String,
    /// The address.
    pub email: String,
    /// How many invites went to it.
    pub sent: i64,
    /// When the last one was queued (Unix ms).
    pub last_sent_ms: Option<i64>,
    /// When the invite link was first opened (Unix ms).
    pub opened_ms: Option<i64>,
}

/// The store's part for invites by email.
#[async_trait]
pub trait InvitesTx: Send {
    /// A group's addresses.
    async fn invite_emails(&mut self, group_id: &str) -> StoreResult<Vec<InviteEmail>>;
    /// One membership's address.
    async fn invite_email(&mut self, group_member_id: &str) -> StoreResult<Option<InviteEmail>>;
    /// Sets (or, with none, removes) a membership's address.
    async fn set_invite_email(
        &mut self,
        group_member_id: &str,
        group_id: &str,
        email: Option<&str>,
        by: Option<&str>,
        at: &str,
    ) -> StoreResult<()>;
    /// Counts an invite sent now.
    async fn invite_sent(&mut self, group_member_id: &str, at_ms: i64) -> StoreResult<()>;
    /// Marks the invite opened, the first time only.
    async fn invite_opened(&mut self, group_member_id: &str, at_ms: i64) -> StoreResult<()>;
}
