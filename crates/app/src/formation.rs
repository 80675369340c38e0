//! Formation: an organizer starts it and fills in what the law requires;
//! starting the signing generates version 1 of the documents from the rules
//! the software enforces; members sign by typing their name, which binds
//! them to the document's hash; every rule change by decision generates a
//! new version, so the documents and the software never disagree silently;
//! the checklist runs to an active entity, followed by its annual duties.

use crate::error::say;
use crate::ports::{Formation, FormationVersion, Pool, Signature, Tx};
use crate::{Actor, App, AppError, AppResult, new_id};
use pools_core::event::DocumentHash;
use pools_core::formation::{self, Details, DocKind, Duty, EntityForm, StateConfig, Status, Step};
use pools_core::membership::{MemberStatus, PoolRole, PoolStatus};
use pools_core::msg::Msg;
use pools_core::{Event, Rules};
use pools_docs::Document;

/// One document of the current version, and who has signed it.
#[derive(Debug, Clone)]
pub struct DocStatus {
    /// Which document.
    pub kind: DocKind,
    /// Its SHA-256.
    pub sha256: String,
    /// Signatures on this version.
    pub signed: Vec<Signature>,
    /// Names of those who still have to sign it.
    pub missing: Vec<String>,
    /// Whether the viewer has signed it.
    pub signed_by_me: bool,
    /// Whether the viewer may sign it now.
    pub can_sign: bool,
}

/// A pool's formation as one person may see it.
#[derive(Debug, Clone)]
pub struct FormationView {
    /// The pool.
    pub pool: Pool,
    /// The formation, once started.
    pub formation: Option<Formation>,
    /// Whether the viewer organizes the pool and may run the formation.
    pub can_manage: bool,
    /// Every version generated, oldest first.
    pub versions: Vec<FormationVersion>,
    /// The current version's documents.
    pub documents: Vec<DocStatus>,
    /// Signatures on earlier versions.
    pub earlier: Vec<Signature>,
    /// Whether every member has signed the current version.
    pub all_signed: bool,
    /// The recurring duties after filing.
    pub duties: Vec<Duty>,
    /// Fees and offices for the chosen (or default) form.
    pub state: StateConfig,
    /// "Informal pool" until the entity is active.
    pub legal_status: String,
}

/// One document, as written now from the stored inputs.
#[derive(Debug, Clone)]
pub struct DocumentView {
    /// The pool.
    pub pool: Pool,
    /// The formation.
    pub formation: Formation,
    /// The document.
    pub document: Document,
    /// The hash recorded when this version was generated; none for a draft preview.
    pub recorded_sha256: Option<String>,
    /// Whether the text written now hashes to the recorded hash.
    pub matches: bool,
    /// Signatures on this version of this document.
    pub signatures: Vec<Signature>,
    /// Whether the viewer may sign it now.
    pub can_sign: bool,
    /// Whether the viewer signed it.
    pub signed_by_me: bool,
    /// Whether this is the current version.
    pub current: bool,
}

/// The pool's legal status in words.
pub fn legal_status(f: Option<&Formation>) -> String {
    match f {
        Some(Formation {
            form,
            details,
            status: Status::Active { file_number, .. },
            ..
        }) => format!(
            "{} ({}, file number {file_number})",
            details.legal_name.trim(),
            form.label()
        ),
        Some(f) => format!(
            "Informal pool, becoming {} ({})",
            f.details.legal_name.trim(),
            f.status.label().to_lowercase()
        ),
        None => "Informal pool".into(),
    }
}

/// A step of the checklist, as its label (`Status::label`) says it.
fn step_label(status: &Status) -> Msg {
    Msg::new(match status {
        Status::Drafting => "formation-step-drafting",
        Status::Signing => "formation-step-signing",
        Status::ReadyToFile => "formation-step-ready-to-file",
        Status::Filed { .. } => "formation-step-filed",
        Status::EinRecorded { .. } => "formation-step-ein-recorded",
        Status::Active { .. } => "formation-step-active",
    })
}

/// A legal form, as its label (`EntityForm::label`) says it.
fn form_label(form: EntityForm) -> Msg {
    Msg::new(match form {
        EntityForm::DelawareLlc => "formation-form-delaware-llc",
        EntityForm::ColoradoLca => "formation-form-colorado-lca",
    })
}

/// "a <form> has no <document>": the documents keep their English titles.
fn no_document(form: EntityForm, kind: DocKind) -> AppError {
    AppError::NotFound(say(Msg::new("error-money-formation-no-document")
        .msg("form", form_label(form))
        .text("document", kind.title())))
}

fn invalid(problems: Vec<formation::FieldProblem>) -> AppError {
    AppError::Invalid(
        problems
            .into_iter()
            .map(|p| crate::FieldError {
                field: p.field.to_string(),
                message: p.message,
            })
            .collect(),
    )
}

/// The names that match: trimmed, spaces collapsed, case ignored.
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    !a.trim().is_empty() && norm(a) == norm(b)
}

impl App {
    /// Writes a document from stored inputs.
    fn write_document(
        pool: &Pool,
        f: &Formation,
        kind: DocKind,
        rules: &Rules,
        version: i64,
        generated_on: &str,
    ) -> Document {
        pools_docs::write(&pools_docs::Input {
            form: f.form,
            kind,
            details: &f.details,
            rules,
            currency: pool.currency,
            pool_name: &pool.name,
            version,
            generated_on,
        })
    }

    /// Records the next version of a formation's documents, written from the
    /// pool's current rules.
    async fn generate_in(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool: &Pool,
        f: &Formation,
        reason: &str,
    ) -> AppResult<()> {
        let version = f.version + 1;
        let today = self.now().date().to_string();
        let documents = f
            .form
            .documents()
            .into_iter()
            .map(|kind| DocumentHash {
                kind,
                sha256: Self::write_document(pool, f, kind, &pool.rules, version, &today).sha256(),
            })
            .collect();
        self.record(
            tx,
            actor,
            Event::DocumentsGenerated {
                formation_id: f.id.clone(),
                version,
                rules: pool.rules.clone(),
                generated_on: today,
                reason: reason.to_string(),
                documents,
            },
        )
        .await
    }

    /// After a decision changes a pool's rules: if its documents exist, a
    /// new version is generated in the same transaction.
    pub(crate) async fn regenerate_after_rule_change(
        &self,
        tx: &mut Box<dyn Tx>,
        pool_id: &str,
        decision_title: &str,
    ) -> AppResult<()> {
        let Some(f) = tx.formation_of_pool(pool_id).await? else {
            return Ok(());
        };
        if f.version == 0 {
            return Ok(());
        }
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| AppError::NotFound("the pool vanished".into()))?;
        if f.status == Status::ReadyToFile {
            // Nothing unsigned is filed: back to signing the new version.
            self.record(
                tx,
                &Actor::Closer,
                Event::FormationAdvanced {
                    formation_id: f.id.clone(),
                    status: Status::Signing,
                },
            )
            .await?;
        }
        self.generate_in(
            tx,
            &Actor::Closer,
            &pool,
            &f,
            &format!("The rules changed by the decision \"{decision_title}\"."),
        )
        .await
    }

    async fn organizer_pool(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool_id: &str,
    ) -> AppResult<Pool> {
        let person = actor.person()?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        let organizer = tx
            .pool_member(&pool.id, &person.id)
            .await?
            .is_some_and(|m| m.role == PoolRole::Organizer && m.status == MemberStatus::Active);
        if !organizer {
            return Err(AppError::Forbidden(say(Msg::new(
                "error-money-formation-organizers",
            ))));
        }
        if pool.status != PoolStatus::Open {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-formation-open-pool",
            ))));
        }
        Ok(pool)
    }

    /// Starts formation, or changes the form and details while drafting.
    pub async fn save_formation(
        &self,
        actor: &Actor,
        pool_id: &str,
        form: EntityForm,
        details: Details,
    ) -> AppResult<Formation> {
        details.validate(form).map_err(invalid)?;
        let details = Details {
            legal_name: details.legal_name.trim().to_string(),
            ..details
        };
        let mut tx = self.store.write().await?;
        let pool = self.organizer_pool(&mut tx, actor, pool_id).await?;
        // Each organizer named signs the filing in Pools, so each must be an
        // active member, named as on their account.
        let members = tx.pool_members(&pool.id).await?;
        for o in &details.organizers {
            if !members
                .iter()
                .any(|m| m.status == MemberStatus::Active && same_name(&m.name, &o.name))
            {
                return Err(AppError::invalid(
                    "organizers",
                    say(Msg::new("error-money-formation-not-member").text("name", o.name.trim())),
                ));
            }
        }
        let event = match tx.formation_of_pool(&pool.id).await? {
            None => Event::FormationStarted {
                formation_id: new_id(),
                pool_id: pool.id.clone(),
                form,
                details,
            },
            Some(f) if f.status == Status::Drafting => Event::FormationEdited {
                formation_id: f.id,
                form,
                details,
            },
            Some(f) => {
                return Err(AppError::Conflict(say(Msg::new(
                    "error-money-formation-drafting",
                )
                .msg("status", step_label(&f.status)))));
            }
        };
        self.record(&mut tx, actor, event).await?;
        let f = tx
            .formation_of_pool(&pool.id)
            .await?
            .ok_or_else(|| AppError::NotFound("the formation vanished".into()))?;
        tx.commit().await?;
        Ok(f)
    }

    /// Whether every member has signed the current version: every active
    /// member each member document, and an organizer each filing.
    async fn signing_state(
        &self,
        tx: &mut Box<dyn Tx>,
        actor: &Actor,
        pool: &Pool,
        f: &Formation,
    ) -> AppResult<(Vec<DocStatus>, Vec<Signature>, bool)> {
        let members: Vec<_> = tx
            .pool_members(&pool.id)
            .await?
            .into_iter()
            .filter(|m| m.status == MemberStatus::Active)
            .collect();
        let versions = tx.formation_versions(&f.id).await?;
        let sigs = tx.signatures(&f.id).await?;
        let Some(current) = versions.iter().find(|v| v.version == f.version) else {
            return Ok((Vec::new(), sigs, false));
        };
        let me = actor.person_id();
        let my_role = members
            .iter()
            .find(|m| Some(m.person_id.as_str()) == me)
            .map(|m| m.role);
        let signing_open = !matches!(f.status, Status::Drafting);
        let mut docs = Vec::new();
        let mut all = true;
        for d in &current.documents {
            let signed: Vec<Signature> = sigs
                .iter()
                .filter(|s| s.version == f.version && s.kind == d.kind)
                .cloned()
                .collect();
            let missing: Vec<String> = if d.kind.signed_by_every_member() {
                members
                    .iter()
                    .filter(|m| !signed.iter().any(|s| s.person_id == m.person_id))
                    .map(|m| m.name.clone())
                    .collect()
            } else {
                // The filing is signed by each organizer it names.
                f.details
                    .organizers
                    .iter()
                    .filter(|o| !signed.iter().any(|s| same_name(&s.name, &o.name)))
                    .map(|o| o.name.trim().to_string())
                    .collect()
            };
            all &= missing.is_empty();
            let signed_by_me = me.is_some_and(|p| signed.iter().any(|s| s.person_id == p));
            let my_name = members
                .iter()
                .find(|m| Some(m.person_id.as_str()) == me)
                .map(|m| m.name.as_str());
            let allowed = if d.kind.signed_by_every_member() {
                my_role.is_some()
            } else {
                my_name.is_some_and(|n| f.details.organizers.iter().any(|o| same_name(n, &o.name)))
            };
            docs.push(DocStatus {
                kind: d.kind,
                sha256: d.sha256.clone(),
                can_sign: signing_open && allowed && !signed_by_me,
                signed,
                missing,
                signed_by_me,
            });
        }
        let earlier = sigs
            .into_iter()
            .filter(|s| s.version != f.version)
            .collect();
        Ok((docs, earlier, all))
    }

    /// Moves the formation along its checklist. Starting the signing
    /// generates version 1 of the documents.
    pub async fn advance_formation(
        &self,
        actor: &Actor,
        pool_id: &str,
        step: Step,
    ) -> AppResult<Formation> {
        let mut tx = self.store.write().await?;
        let pool = self.organizer_pool(&mut tx, actor, pool_id).await?;
        let step = match step {
            Step::Filed {
                filed_on,
                file_number,
            } => {
                let day = crate::treasury::parse_day("filed_on", &filed_on)?;
                if day > self.now().date() {
                    return Err(AppError::invalid(
                        "filed_on",
                        say(Msg::new("error-money-formation-filed-future")),
                    ));
                }
                Step::Filed {
                    filed_on: day.to_string(),
                    file_number,
                }
            }
            s => s,
        };
        let f = tx.formation_of_pool(&pool.id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-money-formation-not-started")))
        })?;
        let (_, _, all_signed) = self.signing_state(&mut tx, actor, &pool, &f).await?;
        let next = formation::advance(&f.status, &step, all_signed).map_err(|p| match p.field {
            "step" => AppError::Conflict(p.message),
            _ => invalid(vec![p]),
        })?;
        self.record(
            &mut tx,
            actor,
            Event::FormationAdvanced {
                formation_id: f.id.clone(),
                status: next,
            },
        )
        .await?;
        if step == Step::StartSigning {
            self.generate_in(&mut tx, actor, &pool, &f, "Signing started.")
                .await?;
        }
        let f = tx
            .formation_of_pool(&pool.id)
            .await?
            .ok_or_else(|| AppError::NotFound("the formation vanished".into()))?;
        tx.commit().await?;
        Ok(f)
    }

    /// Signs one document of the current version. The signer types their
    /// full name (as on their account) and confirms; `seen_sha256` is the
    /// hash of the text they read, so a version that changed meanwhile is
    /// never signed by mistake.
    pub async fn sign_document(
        &self,
        actor: &Actor,
        pool_id: &str,
        kind: DocKind,
        typed_name: &str,
        confirmed: bool,
        seen_sha256: &str,
    ) -> AppResult<Signature> {
        let person = actor.person()?.clone();
        if !confirmed {
            return Err(AppError::invalid(
                "confirm",
                say(Msg::new("error-money-formation-confirm")),
            ));
        }
        if !same_name(typed_name, &person.name) {
            return Err(AppError::invalid(
                "typed_name",
                say(Msg::new("error-money-formation-typed-name").text("name", &person.name)),
            ));
        }
        let mut tx = self.store.write().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        let f = tx.formation_of_pool(&pool.id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-money-formation-not-started")))
        })?;
        if !f.form.documents().contains(&kind) {
            return Err(no_document(f.form, kind));
        }
        if f.version == 0 {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-formation-not-out",
            ))));
        }
        let (docs, _, _) = self.signing_state(&mut tx, actor, &pool, &f).await?;
        let d = docs
            .iter()
            .find(|d| d.kind == kind)
            .ok_or_else(|| no_document(f.form, kind))?;
        if d.signed_by_me {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-formation-already-signed",
            ))));
        }
        if !d.can_sign {
            return Err(AppError::Forbidden(say(Msg::new(
                if kind.signed_by_every_member() {
                    "error-money-formation-members-sign"
                } else {
                    "error-money-formation-filing-signers"
                },
            ))));
        }
        let current = tx
            .formation_versions(&f.id)
            .await?
            .into_iter()
            .find(|v| v.version == f.version)
            .ok_or_else(|| AppError::NotFound("the current version vanished".into()))?;
        let written = Self::write_document(
            &pool,
            &f,
            kind,
            &current.rules,
            current.version,
            &current.generated_on,
        );
        if written.sha256() != d.sha256 {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-formation-software-changed",
            ))));
        }
        if d.sha256 != seen_sha256.trim() {
            return Err(AppError::Conflict(say(Msg::new(
                "error-money-formation-document-changed",
            ))));
        }
        self.record(
            &mut tx,
            actor,
            Event::DocumentSigned {
                formation_id: f.id.clone(),
                version: f.version,
                kind,
                person_id: person.id.clone(),
                typed_name: typed_name.split_whitespace().collect::<Vec<_>>().join(" "),
                sha256: d.sha256.clone(),
            },
        )
        .await?;
        let s = tx
            .signatures(&f.id)
            .await?
            .into_iter()
            .rfind(|s| s.person_id == person.id && s.kind == kind && s.version == f.version)
            .ok_or_else(|| AppError::NotFound("the signature vanished".into()))?;
        tx.commit().await?;
        Ok(s)
    }

    /// The formation page: status, documents and signatures, duties.
    pub async fn formation_view(&self, actor: &Actor, pool_id: &str) -> AppResult<FormationView> {
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        let can_manage = match actor.person_id() {
            Some(pid) => {
                tx.pool_member(&pool.id, pid).await?.is_some_and(|m| {
                    m.role == PoolRole::Organizer && m.status == MemberStatus::Active
                }) && pool.status == PoolStatus::Open
            }
            None => false,
        };
        let f = tx.formation_of_pool(&pool.id).await?;
        let form = f
            .as_ref()
            .map(|f| f.form)
            .unwrap_or(EntityForm::DelawareLlc);
        let state = self.config.filing.for_form(form).clone();
        let (versions, documents, earlier, all_signed) = match &f {
            Some(f) => {
                let (d, e, all) = self.signing_state(&mut tx, actor, &pool, f).await?;
                (tx.formation_versions(&f.id).await?, d, e, all)
            }
            None => (Vec::new(), Vec::new(), Vec::new(), false),
        };
        let duties = f
            .as_ref()
            .and_then(|f| f.status.filed_on().map(|d| formation::duties(&state, d, 3)))
            .unwrap_or_default();
        Ok(FormationView {
            legal_status: legal_status(f.as_ref()),
            pool,
            formation: f,
            can_manage,
            versions,
            documents,
            earlier,
            all_signed,
            duties,
            state,
        })
    }

    /// One document: the current version, an earlier one, or (while
    /// drafting) a preview from the current rules. The text is written
    /// again from the stored inputs and its hash compared with the one
    /// recorded, so a difference is shown rather than hidden.
    pub async fn formation_document(
        &self,
        actor: &Actor,
        pool_id: &str,
        kind: DocKind,
        version: Option<i64>,
    ) -> AppResult<DocumentView> {
        let mut tx = self.store.read().await?;
        let pool = tx
            .pool(pool_id)
            .await?
            .ok_or_else(|| crate::error::no_pool(pool_id))?;
        self.check_can_read(&mut tx, actor, &pool).await?;
        let f = tx.formation_of_pool(&pool.id).await?.ok_or_else(|| {
            AppError::NotFound(say(Msg::new("error-money-formation-not-started")))
        })?;
        if !f.form.documents().contains(&kind) {
            return Err(no_document(f.form, kind));
        }
        let versions = tx.formation_versions(&f.id).await?;
        let want = version.unwrap_or(f.version);
        let (document, recorded) = if want == 0 {
            let today = self.now().date().to_string();
            (
                Self::write_document(&pool, &f, kind, &pool.rules, 0, &today),
                None,
            )
        } else {
            let v = versions.iter().find(|v| v.version == want).ok_or_else(|| {
                AppError::NotFound(say(
                    Msg::new("error-money-formation-no-version").num("version", want)
                ))
            })?;
            let recorded = v
                .documents
                .iter()
                .find(|d| d.kind == kind)
                .map(|d| d.sha256.clone());
            (
                Self::write_document(&pool, &f, kind, &v.rules, v.version, &v.generated_on),
                recorded,
            )
        };
        let (docs, _, _) = self.signing_state(&mut tx, actor, &pool, &f).await?;
        let current = want == f.version && want > 0;
        let status = docs.iter().find(|d| d.kind == kind);
        let signatures = tx
            .signatures(&f.id)
            .await?
            .into_iter()
            .filter(|s| s.version == want && s.kind == kind)
            .collect::<Vec<_>>();
        let signed_by_me = actor
            .person_id()
            .is_some_and(|p| signatures.iter().any(|s| s.person_id == p));
        let written = document.sha256();
        Ok(DocumentView {
            matches: recorded.as_deref().is_none_or(|h| h == written),
            can_sign: current
                && status.is_some_and(|s| s.can_sign)
                && recorded.as_deref() == Some(written.as_str()),
            recorded_sha256: recorded,
            signed_by_me,
            signatures,
            current,
            document,
            formation: f,
            pool,
        })
    }
}
