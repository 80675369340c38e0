//! Invites by email: addresses and what became of each invite. Not journaled.

use super::*;

fn invite_row(r: &Row) -> StoreResult<InviteEmail> {
    Ok(InviteEmail {
        group_member_id: r.text("group_member_id")?,
        email: r.text("email")?,
        sent: r.i64("sent")?,
        last_sent_ms: r.opt_i64("last_sent_ms")?,
        opened_ms: r.opt_i64("opened_ms")?,
    })
}

#[async_trait]
impl InvitesTx for SqlTx {
    async fn invite_emails(&mut self, group_id: &str) -> StoreResult<Vec<InviteEmail>> {
        self.conn
            .all(
                "SELECT group_member_id, email, sent, last_sent_ms, opened_ms FROM invite_emails WHERE group_id = $1",
                args![group_id],
            )
            .await?
            .iter()
            .map(invite_row)
            .collect()
    }

    async fn invite_email(&mut self, group_member_id: &str) -> StoreResult<Option<InviteEmail>> {
        self.conn
            .one(
                "SELECT group_member_id, email, sent, last_sent_ms, opened_ms FROM invite_emails WHERE group_member_id = $1",
                args![group_member_id],
            )
            .await?
            .as_ref()
            .map(invite_row)
            .transpose()
    }

    async fn set_invite_email(
        &mut self,
        group_member_id: &str,
        group_id: &str,
        email: Option<&str>,
        by: Option<&str>,
        at: &str,
    ) -> StoreResult<()> {
        match email {
            Some(email) => {
                self.conn
                    .exec(
                        "INSERT INTO invite_emails (group_member_id, group_id, email, added_by, added_at, sent, last_sent_ms, opened_ms) \
                         VALUES ($1, $2, $3, $4, $5, 0, NULL, NULL) \
                         ON CONFLICT (group_member_id) DO UPDATE SET email = $3, added_by = $4, added_at = $5",
                        args![group_member_id, group_id, email, by.map(str::to_string), at],
                    )
                    .await?;
            }
            None => {
                self.conn
                    .exec(
                        "DELETE FROM invite_emails WHERE group_member_id = $1",
                        args![group_member_id],
                    )
                    .await?;
            }
        }
        Ok(())
    }

    async fn invite_sent(&mut self, group_member_id: &str, at_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "UPDATE invite_emails SET sent = sent + 1, last_sent_ms = $2 WHERE group_member_id = $1",
                args![group_member_id, at_ms],
            )
            .await?;
        Ok(())
    }

    async fn invite_opened(&mut self, group_member_id: &str, at_ms: i64) -> StoreResult<()> {
        self.conn
            .exec(
                "UPDATE invite_emails SET opened_ms = $2 WHERE group_member_id = $1 AND opened_ms IS NULL",
                args![group_member_id, at_ms],
            )
            .await?;
        Ok(())
    }
}
