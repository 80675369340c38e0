//! A person's own settings: the language Pools speaks to them and the time
//! zone it shows times in. Operational, not journaled.

use crate::error::say;
use crate::{Actor, App, AppError, AppResult};
use pools_core::msg::Msg;

impl App {
    /// Saves the actor's language (`en`, `fr` or `es`; none for their
    /// browser's) and time zone (an IANA name like `Europe/Paris`; none for
    /// UTC), checking both first.
    pub async fn save_settings(
        &self,
        actor: &Actor,
        language: Option<&str>,
        time_zone: Option<&str>,
    ) -> AppResult<()> {
        let person = actor.person()?.clone();
        let language = language.map(str::trim).filter(|l| !l.is_empty());
        let time_zone = time_zone.map(str::trim).filter(|z| !z.is_empty());
        let mut errors = Vec::new();
        let lang = match language {
            Some(l) => match pools_i18n::Locale::parse(l) {
                Some(x) => Some(x.as_str()),
                None => {
                    errors.push(crate::FieldError {
                        field: "language".into(),
                        message: say(Msg::new("error-pools-language")),
                    });
                    None
                }
            },
            None => None,
        };
        if let Some(z) = time_zone
            && !pools_i18n::is_time_zone(z)
        {
            errors.push(crate::FieldError {
                field: "time_zone".into(),
                message: crate::error::not_a_time_zone(z),
            });
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let mut tx = self.store.write().await?;
        tx.save_settings(&person.id, lang, time_zone, self.now_ms())
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
