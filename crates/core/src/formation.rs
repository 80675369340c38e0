//! Formation: what a pool must say to become a legal entity, the checks on
//! it, the filing checklist as a state machine, and the duties that follow a
//! filing. Fees, offices and due dates are configuration (`FilingConfig`),
//! because they change; nothing here is legal advice.

use serde::{Deserialize, Serialize};

/// The legal forms Pools can write documents for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum EntityForm {
    /// A Delaware limited liability company with a co-op operating agreement.
    DelawareLlc,
    /// A Colorado limited cooperative association (C.R.S. 7-58).
    ColoradoLca,
}

impl EntityForm {
    /// Both forms, in the order offered.
    pub const ALL: [EntityForm; 2] = [EntityForm::DelawareLlc, EntityForm::ColoradoLca];

    /// The identifier used in forms and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityForm::DelawareLlc => "delaware_llc",
            EntityForm::ColoradoLca => "colorado_lca",
        }
    }

    /// Reads the identifier.
    pub fn parse(s: &str) -> Option<EntityForm> {
        EntityForm::ALL.into_iter().find(|f| f.as_str() == s.trim())
    }

    /// The form in words.
    pub fn label(self) -> &'static str {
        match self {
            EntityForm::DelawareLlc => "Delaware LLC with a co-op operating agreement",
            EntityForm::ColoradoLca => "Colorado Limited Cooperative Association",
        }
    }

    /// The state whose law governs it.
    pub fn state(self) -> &'static str {
        match self {
            EntityForm::DelawareLlc => "Delaware",
            EntityForm::ColoradoLca => "Colorado",
        }
    }

    /// The documents this form needs, in filing order.
    pub fn documents(self) -> [DocKind; 3] {
        match self {
            EntityForm::DelawareLlc => [
                DocKind::CertificateOfFormation,
                DocKind::OperatingAgreement,
                DocKind::MembershipAgreement,
            ],
            EntityForm::ColoradoLca => [
                DocKind::ArticlesOfOrganization,
                DocKind::Bylaws,
                DocKind::MembershipAgreement,
            ],
        }
    }

    /// The endings a legal name must have, and the rule in words.
    fn name_rule(self) -> (&'static [&'static str], &'static str) {
        match self {
            EntityForm::DelawareLlc => (
                &["llc", "l.l.c.", "limited liability company"],
                "a Delaware LLC's name must contain \"LLC\", \"L.L.C.\" or \"Limited Liability Company\" (6 Del. C. §18-102)",
            ),
            EntityForm::ColoradoLca => (
                &[
                    "limited cooperative association",
                    "limited cooperative",
                    "l.c.a.",
                    "lca",
                ],
                "a Colorado LCA's name must contain \"Limited Cooperative Association\", \"Limited Cooperative\", \"L.C.A.\" or \"LCA\"",
            ),
        }
    }
}

/// The documents Pools writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum DocKind {
    /// Delaware: filed with the Division of Corporations.
    CertificateOfFormation,
    /// Delaware: the members' contract, with the co-op clauses.
    OperatingAgreement,
    /// Colorado: filed with the Secretary of State.
    ArticlesOfOrganization,
    /// Colorado: the association's rules.
    Bylaws,
    /// Both: what a member commits to and gets.
    MembershipAgreement,
    /// A Flood's: the member pools, their commitments, the rules and the
    /// exit terms.
    JointProjectAgreement,
}

impl DocKind {
    /// Every kind.
    pub const ALL: [DocKind; 6] = [
        DocKind::CertificateOfFormation,
        DocKind::OperatingAgreement,
        DocKind::ArticlesOfOrganization,
        DocKind::Bylaws,
        DocKind::MembershipAgreement,
        DocKind::JointProjectAgreement,
    ];

    /// The identifier used in addresses and the API.
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::CertificateOfFormation => "certificate_of_formation",
            DocKind::OperatingAgreement => "operating_agreement",
            DocKind::ArticlesOfOrganization => "articles_of_organization",
            DocKind::Bylaws => "bylaws",
            DocKind::MembershipAgreement => "membership_agreement",
            DocKind::JointProjectAgreement => "joint_project_agreement",
        }
    }

    /// Reads the identifier.
    pub fn parse(s: &str) -> Option<DocKind> {
        DocKind::ALL.into_iter().find(|k| k.as_str() == s.trim())
    }

    /// The document's title.
    pub fn title(self) -> &'static str {
        match self {
            DocKind::CertificateOfFormation => "Certificate of Formation",
            DocKind::OperatingAgreement => "Operating Agreement",
            DocKind::ArticlesOfOrganization => "Articles of Organization",
            DocKind::Bylaws => "Bylaws",
            DocKind::MembershipAgreement => "Membership Agreement",
            DocKind::JointProjectAgreement => "Joint Project Agreement",
        }
    }

    /// Who signs it: every member (the agreements among members), or the
    /// organizers (the filings, signed by an authorized person).
    pub fn signed_by_every_member(self) -> bool {
        matches!(
            self,
            DocKind::OperatingAgreement
                | DocKind::Bylaws
                | DocKind::MembershipAgreement
                | DocKind::JointProjectAgreement
        )
    }
}

/// An organizer named in the filing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Organizer {
    /// Full legal name.
    pub name: String,
    /// Postal address.
    pub address: String,
}

/// What the law requires the documents to state.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Details {
    /// The entity's legal name.
    pub legal_name: String,
    /// The registered agent's name.
    pub agent_name: String,
    /// The registered office: the agent's street address in the state.
    pub agent_address: String,
    /// The principal office's street address.
    pub principal_office: String,
    /// The mailing address, if different.
    #[serde(default)]
    pub mailing_address: String,
    /// The organizers (at least one).
    pub organizers: Vec<Organizer>,
    /// What the entity is for.
    pub purpose: String,
    /// The social purpose it serves beyond its members.
    pub social_purpose: String,
    /// The last day of the fiscal year, MM-DD (12-31 for a calendar year).
    pub fiscal_year_end: String,
}

/// A problem with one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// The field.
    pub field: &'static str,
    /// What is wrong and how to fix it.
    pub message: String,
}

fn problem(field: &'static str, message: impl Into<String>) -> FieldProblem {
    FieldProblem {
        field,
        message: message.into(),
    }
}

/// Whether `text` names the state, as a word or its postal code.
fn mentions_state(text: &str, state: &str, code: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains(&state.to_lowercase())
        || text
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| w == code)
}

/// The days in each month of a year that has a 29 February.
const MONTH_DAYS: [u8; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Reads "MM-DD" into (month, day).
pub fn parse_month_day(s: &str) -> Option<(u8, u8)> {
    let (m, d) = s.trim().split_once('-')?;
    if m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (m, d): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
    ((1..=12).contains(&m) && d >= 1 && d <= MONTH_DAYS[m as usize - 1]).then_some((m, d))
}

impl Details {
    /// Checks every field for this form, and returns every problem at once.
    pub fn validate(&self, form: EntityForm) -> Result<(), Vec<FieldProblem>> {
        let mut out = Vec::new();
        let short = |v: &str| v.trim().chars().count();
        let name = self.legal_name.trim();
        if name.is_empty() || short(name) > 200 {
            out.push(problem(
                "legal_name",
                "give the legal name, up to 200 characters",
            ));
        } else {
            let (endings, rule) = form.name_rule();
            let lower = name.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().collect();
            let ok = endings.iter().any(|e| {
                if e.contains(' ') || e.contains('.') {
                    lower.contains(e)
                } else {
                    words
                        .iter()
                        .any(|w| w.trim_matches(|c: char| !c.is_alphanumeric()) == *e)
                }
            });
            if !ok {
                out.push(problem("legal_name", rule));
            }
        }
        if self.agent_name.trim().is_empty() || short(&self.agent_name) > 200 {
            out.push(problem(
                "agent_name",
                "name the registered agent: a person or company that accepts legal papers for the entity",
            ));
        }
        let (state, code) = match form {
            EntityForm::DelawareLlc => ("Delaware", "DE"),
            EntityForm::ColoradoLca => ("Colorado", "CO"),
        };
        if self.agent_address.trim().is_empty() || short(&self.agent_address) > 400 {
            out.push(problem(
                "agent_address",
                "give the registered agent's street address",
            ));
        } else if !mentions_state(&self.agent_address, state, code) {
            out.push(problem(
                "agent_address",
                format!("the registered office must be a street address in {state}: include \"{state}\" or \"{code}\""),
            ));
        }
        if self.principal_office.trim().is_empty() || short(&self.principal_office) > 400 {
            out.push(problem(
                "principal_office",
                "give the principal office's street address",
            ));
        }
        if short(&self.mailing_address) > 400 {
            out.push(problem(
                "mailing_address",
                "keep the mailing address under 400 characters",
            ));
        }
        if self.organizers.is_empty() || self.organizers.len() > 20 {
            out.push(problem(
                "organizers",
                "name from 1 to 20 organizers, each with a postal address",
            ));
        }
        for o in &self.organizers {
            if o.name.trim().is_empty() || o.address.trim().is_empty() {
                out.push(problem(
                    "organizers",
                    "every organizer needs a full name and a postal address",
                ));
                break;
            }
        }
        if self.purpose.trim().is_empty() || short(&self.purpose) > 2000 {
            out.push(problem(
                "purpose",
                "say what the entity is for, in up to 2,000 characters",
            ));
        }
        if self.social_purpose.trim().is_empty() || short(&self.social_purpose) > 2000 {
            out.push(problem(
                "social_purpose",
                "say what good it does beyond its members (a co-op's concern for community), in up to 2,000 characters",
            ));
        }
        if parse_month_day(&self.fiscal_year_end).is_none() {
            out.push(problem(
                "fiscal_year_end",
                "give the last day of the fiscal year as MM-DD, like 12-31",
            ));
        }
        if out.is_empty() { Ok(()) } else { Err(out) }
    }
}

/// Where a formation stands. Each step is journaled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "status", rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Status {
    /// Organizers are filling in the details.
    Drafting,
    /// The documents are generated; members sign them.
    Signing,
    /// Everyone has signed; an organizer files with the state.
    ReadyToFile,
    /// The state accepted the filing.
    Filed {
        /// The day it was filed (YYYY-MM-DD).
        filed_on: String,
        /// The state's file number.
        file_number: String,
    },
    /// The IRS issued an Employer Identification Number.
    EinRecorded {
        /// The day it was filed.
        filed_on: String,
        /// The state's file number.
        file_number: String,
        /// NN-NNNNNNN.
        ein: String,
    },
    /// The entity exists and operates.
    Active {
        /// The day it was filed.
        filed_on: String,
        /// The state's file number.
        file_number: String,
        /// The EIN.
        ein: String,
    },
}

impl Status {
    /// The status's identifier.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Drafting => "drafting",
            Status::Signing => "signing",
            Status::ReadyToFile => "ready_to_file",
            Status::Filed { .. } => "filed",
            Status::EinRecorded { .. } => "ein_recorded",
            Status::Active { .. } => "active",
        }
    }

    /// The status in words.
    pub fn label(&self) -> &'static str {
        match self {
            Status::Drafting => "Drafting",
            Status::Signing => "Signing",
            Status::ReadyToFile => "Ready to file",
            Status::Filed { .. } => "Filed",
            Status::EinRecorded { .. } => "EIN recorded",
            Status::Active { .. } => "Active",
        }
    }

    /// Every step, in order, for the checklist.
    pub const STEPS: [&'static str; 6] = [
        "drafting",
        "signing",
        "ready_to_file",
        "filed",
        "ein_recorded",
        "active",
    ];

    /// The filing date, once filed.
    pub fn filed_on(&self) -> Option<&str> {
        match self {
            Status::Filed { filed_on, .. }
            | Status::EinRecorded { filed_on, .. }
            | Status::Active { filed_on, .. } => Some(filed_on),
            _ => None,
        }
    }
}

/// A move along the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case", deny_unknown_fields)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum Step {
    /// The details are complete: generate the documents and collect signatures.
    StartSigning,
    /// Every member has signed the current version.
    ReadyToFile,
    /// The state accepted the filing.
    Filed {
        /// YYYY-MM-DD.
        filed_on: String,
        /// The state's file number.
        file_number: String,
    },
    /// The EIN arrived.
    EinRecorded {
        /// NN-NNNNNNN.
        ein: String,
    },
    /// The entity is up and running.
    Activate,
}

/// Whether `ein` looks like an Employer Identification Number.
pub fn valid_ein(ein: &str) -> bool {
    let b = ein.as_bytes();
    b.len() == 10
        && b[2] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 2 || c.is_ascii_digit())
}

/// The status after `step`, or why the step cannot be taken now.
/// `all_signed` says whether every member signed the current version.
pub fn advance(status: &Status, step: &Step, all_signed: bool) -> Result<Status, FieldProblem> {
    let out_of_order = |want: &str| {
        problem(
            "step",
            format!(
                "this step comes after \"{want}\", and the formation is at \"{}\"",
                status.label()
            ),
        )
    };
    match (status, step) {
        (Status::Drafting, Step::StartSigning) => Ok(Status::Signing),
        (Status::Signing, Step::ReadyToFile) if all_signed => Ok(Status::ReadyToFile),
        (Status::Signing, Step::ReadyToFile) => Err(problem(
            "step",
            "every member must sign the current documents before filing",
        )),
        (Status::ReadyToFile, Step::Filed { .. }) if !all_signed => Err(problem(
            "step",
            "the documents changed since they were signed: every member must sign the current version before filing",
        )),
        (
            Status::ReadyToFile,
            Step::Filed {
                filed_on,
                file_number,
            },
        ) => {
            let n = file_number.trim();
            if n.is_empty() || n.chars().count() > 40 {
                return Err(problem(
                    "file_number",
                    "give the file number the state assigned, up to 40 characters",
                ));
            }
            Ok(Status::Filed {
                filed_on: filed_on.clone(),
                file_number: n.to_string(),
            })
        }
        (
            Status::Filed {
                filed_on,
                file_number,
            },
            Step::EinRecorded { ein },
        ) => {
            if !valid_ein(ein.trim()) {
                return Err(problem(
                    "ein",
                    "an EIN has nine digits written NN-NNNNNNN, like 12-3456789",
                ));
            }
            Ok(Status::EinRecorded {
                filed_on: filed_on.clone(),
                file_number: file_number.clone(),
                ein: ein.trim().to_string(),
            })
        }
        (
            Status::EinRecorded {
                filed_on,
                file_number,
                ein,
            },
            Step::Activate,
        ) => Ok(Status::Active {
            filed_on: filed_on.clone(),
            file_number: file_number.clone(),
            ein: ein.clone(),
        }),
        (_, Step::StartSigning) => Err(out_of_order("Drafting")),
        (_, Step::ReadyToFile) => Err(out_of_order("Signing")),
        (_, Step::Filed { .. }) => Err(out_of_order("Ready to file")),
        (_, Step::EinRecorded { .. }) => Err(out_of_order("Filed")),
        (_, Step::Activate) => Err(out_of_order("EIN recorded")),
    }
}

/// A state's fees, offices and recurring duties. Loaded from configuration
/// (`formation.toml`), because they change; the defaults are what the
/// project last checked, and every page says to verify them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateConfig {
    /// Where filings go.
    pub filing_office: String,
    /// Its postal or web address.
    pub filing_address: String,
    /// The fee to file the formation document, in cents.
    pub filing_fee_cents: i64,
    /// The recurring duty's name.
    pub annual_duty: String,
    /// Its fee, in cents.
    pub annual_fee_cents: i64,
    /// When it is due: "MM-DD" for a fixed day each year, or
    /// "anniversary-month" for the end of the month the entity was filed in.
    pub annual_due: String,
    /// What happens when it is late, in words.
    pub late_penalty: String,
}

/// The configuration for every form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilingConfig {
    /// For Delaware LLCs.
    pub delaware: StateConfig,
    /// For Colorado LCAs.
    pub colorado: StateConfig,
}

impl FilingConfig {
    /// The configuration for a form.
    pub fn for_form(&self, form: EntityForm) -> &StateConfig {
        match form {
            EntityForm::DelawareLlc => &self.delaware,
            EntityForm::ColoradoLca => &self.colorado,
        }
    }

    /// Checks that every due rule can be read.
    pub fn validate(&self) -> Result<(), String> {
        for (name, c) in [("delaware", &self.delaware), ("colorado", &self.colorado)] {
            if c.annual_due != "anniversary-month" && parse_month_day(&c.annual_due).is_none() {
                return Err(format!(
                    "{name}.annual_due must be MM-DD or \"anniversary-month\", not \"{}\"",
                    c.annual_due
                ));
            }
            if c.filing_fee_cents < 0 || c.annual_fee_cents < 0 {
                return Err(format!("{name}: fees cannot be negative"));
            }
        }
        Ok(())
    }
}

/// A duty that follows the filing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Duty {
    /// What it is.
    pub name: String,
    /// The fee, in cents.
    pub fee_cents: i64,
    /// When it is due (YYYY-MM-DD).
    pub due_on: String,
    /// What happens when it is late.
    pub late_penalty: String,
}

fn last_day(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if month == 2 && !leap {
        28
    } else {
        MONTH_DAYS[month as usize - 1]
    }
}

/// The next `count` occurrences of the recurring duty after a filing on
/// `filed_on` (YYYY-MM-DD). A fixed-day duty first falls due in the year
/// after filing (Delaware's tax for a year is due the following June 1);
/// an anniversary duty at the end of the filing month, a year on.
pub fn duties(config: &StateConfig, filed_on: &str, count: usize) -> Vec<Duty> {
    let mut parts = filed_on.split('-');
    let (Some(y), Some(m)) = (
        parts.next().and_then(|y| y.parse::<i32>().ok()),
        parts.next().and_then(|m| m.parse::<u8>().ok()),
    ) else {
        return Vec::new();
    };
    if !(1..=12).contains(&m) {
        return Vec::new();
    }
    (1..=count as i32)
        .map(|n| {
            let year = y + n;
            let (month, day) = match parse_month_day(&config.annual_due) {
                Some((mm, dd)) => (mm, dd.min(last_day(year, mm))),
                None => (m, last_day(year, m)),
            };
            Duty {
                name: config.annual_duty.clone(),
                fee_cents: config.annual_fee_cents,
                due_on: format!("{year:04}-{month:02}-{day:02}"),
                late_penalty: config.late_penalty.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
