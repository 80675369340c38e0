//! Reading the member list an organizer downloads from Meetup.
//!
//! Meetup has changed the export's column names over the years and translates
//! them into the organizer's language, so columns are recognised through an
//! alias table rather than by position. Anything the table does not know is
//! treated as one of the group's join questions, because that is what Meetup
//! appends after its own columns. Errors are written for the organizer who
//! uploaded the file, not for a developer: they say what is wrong, on which
//! line, and what to do about it.

use std::collections::HashMap;

use time::{Date, Month};

use crate::msg::{Msg, told};

/// One member row of a Meetup export, normalized.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MeetupMember {
    /// Meetup's number for the member; the key used to recognise them again.
    pub meetup_member_id: i64,
    /// Display name, trimmed and never empty.
    pub name: String,
    /// Whether Meetup lists the member as one of the group's organizers.
    pub role: GroupRole,
    /// The role text exactly as Meetup wrote it, when the file names one.
    pub meetup_role: Option<String>,
    /// Free-text location ("Oakland, CA").
    pub location: Option<String>,
    /// Day the member joined the group.
    pub joined_on: Option<Date>,
    /// Day the member last visited the group's pages.
    pub last_visited_on: Option<Date>,
    /// Number of events the member attended.
    pub events_attended: Option<i64>,
    /// The member's introduction text.
    pub intro: Option<String>,
    /// Link to the member's Meetup profile.
    pub profile_url: Option<String>,
    /// (question, answer) for each join question the member answered, in file order.
    pub answers: Vec<(String, String)>,
    /// 1-based physical line where this row starts (the header is line 1).
    pub line: u64,
}

/// The member's standing in the Meetup group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub enum GroupRole {
    /// Organizer, co-organizer or assistant organizer.
    Organizer,
    /// Everyone else, including event organizers.
    Member,
}

/// A parsed export: its members in file order and its join questions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetupExport {
    /// Members in the order they appear in the file.
    pub members: Vec<MeetupMember>,
    /// Headers of the join-question columns, in file order.
    pub questions: Vec<String>,
}

/// Why a file could not be read as a Meetup member export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MeetupError {
    /// The header lacks the columns every member export has.
    NotAnExport {
        /// The missing columns, by their English export names.
        missing: Vec<String>,
        /// The headers the file does have.
        found: Vec<String>,
    },
    /// A line of the file cannot be understood.
    Malformed {
        /// 1-based physical line number.
        line: u64,
        /// What is wrong and how to fix it, said for the reader.
        message: String,
        /// The same, as a message any language can say.
        msg: Msg,
    },
    /// The file has no header at all.
    Empty,
    /// The same member appears on two rows.
    DuplicateMember {
        /// Line of the second appearance.
        line: u64,
        /// Line of the first appearance.
        first_line: u64,
        /// The repeated member id.
        meetup_member_id: i64,
    },
}

impl MeetupError {
    /// What is wrong, as a message any language can say.
    pub fn msg(&self) -> Msg {
        match self {
            MeetupError::NotAnExport { missing, found } => {
                let mut said = missing.iter().map(|m| {
                    if m == ID_REQUIREMENT {
                        Msg::new("error-core-meetup-no-id-column")
                    } else {
                        Msg::new("error-core-meetup-no-column").text("column", m.clone())
                    }
                });
                let first = said.next().unwrap_or_else(|| Msg::raw(""));
                let missing = said.fold(first, |so_far, next| {
                    Msg::new("error-core-meetup-and")
                        .msg("first", so_far)
                        .msg("second", next)
                });
                let found = if found.is_empty() {
                    Msg::new("error-core-meetup-no-columns")
                } else {
                    Msg::raw(found.join(", "))
                };
                Msg::new("error-core-meetup-not-an-export")
                    .msg("missing", missing)
                    .msg("found", found)
                    .msg("how", Msg::new("error-core-meetup-how"))
            }
            MeetupError::Malformed { line, msg, .. } => Msg::new("error-core-line")
                .num("line", *line as i64)
                .msg("message", msg.clone()),
            MeetupError::Empty => {
                Msg::new("error-core-meetup-empty").msg("how", Msg::new("error-core-meetup-how"))
            }
            MeetupError::DuplicateMember {
                line,
                first_line,
                meetup_member_id,
            } => Msg::new("error-core-meetup-duplicate")
                .num("line", *line as i64)
                .text("id", meetup_member_id.to_string())
                .num("first", *first_line as i64),
        }
    }

    fn english(&self) -> String {
        match self {
            MeetupError::NotAnExport { missing, found } => not_an_export_message(missing, found),
            MeetupError::Malformed { line, message, .. } => format!("line {line}: {message}"),
            MeetupError::Empty => format!("The file is empty. {HOW_TO_EXPORT}"),
            MeetupError::DuplicateMember {
                line,
                first_line,
                meetup_member_id,
            } => format!(
                "line {line}: member {meetup_member_id} already appears on line {first_line}. \
                 Each member may appear only once; download a fresh member list from Meetup \
                 instead of combining lists."
            ),
        }
    }
}

impl std::fmt::Display for MeetupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&told(&self.msg(), || self.english()))
    }
}

impl std::error::Error for MeetupError {}

const HOW_TO_EXPORT: &str = "Export the member list from your Meetup group \
    (open the group's Members page and choose Export / \"Download member list\") \
    and upload that CSV file as it is.";

/// Name used for the "some kind of id" requirement in `NotAnExport::missing`.
const ID_REQUIREMENT: &str = "Member ID";

fn not_an_export_message(missing: &[String], found: &[String]) -> String {
    let missing = missing
        .iter()
        .map(|m| {
            if m == ID_REQUIREMENT {
                "no \"Member ID\" or \"URL of Member Profile\" column".to_owned()
            } else {
                format!("no \"{m}\" column")
            }
        })
        .collect::<Vec<_>>()
        .join(" and ");
    let found = if found.is_empty() {
        "(none)".to_owned()
    } else {
        found.join(", ")
    };
    format!(
        "This file is not a Meetup member export: it has {missing}. \
         Found columns: {found}. {HOW_TO_EXPORT}"
    )
}

/// The columns Meetup itself writes; everything else is a join question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Field {
    Name,
    UserId,
    Title,
    MemberId,
    Role,
    Location,
    Joined,
    LastVisited,
    LastAttended,
    TotalRsvps,
    RsvpYes,
    RsvpMaybe,
    RsvpNo,
    Attended,
    NoShows,
    Intro,
    Photo,
    AssistantOrganizer,
    MailingList,
    ProfileUrl,
}

/// Header spellings in normalized form (see `normalize_header`): classic
/// export, newer export, then German, French, Spanish, Portuguese, Italian.
#[rustfmt::skip]
const ALIASES: &[(Field, &[&str])] = &[
    (Field::Name, &["name", "nom", "nombre", "nome"]),
    (Field::UserId, &["user id", "userid"]),
    (Field::Title, &["title", "titel", "titre", "título", "titolo"]),
    (Field::MemberId, &[
        "member id", "memberid", "mitglieds-id", "mitgliedsnummer", "id du membre",
        "id de membre", "id de miembro", "id del miembro", "id do membro", "id membro",
        "id del membro",
    ]),
    (Field::Role, &["role", "rolle", "rôle", "rol", "função", "ruolo"]),
    (Field::Location, &[
        "location", "ort", "standort", "lieu", "ubicación", "localização", "posizione",
    ]),
    (Field::Joined, &["joined group on", "member since", "joined", "beigetreten am"]),
    (Field::LastVisited, &["last visited group on", "last visited"]),
    (Field::LastAttended, &["last attended", "last attended event"]),
    (Field::TotalRsvps, &["total rsvps", "all time rsvps"]),
    (Field::RsvpYes, &["rsvped yes", "all time 'yes' rsvps"]),
    (Field::RsvpMaybe, &["rsvped maybe", "all time 'maybe' rsvps"]),
    (Field::RsvpNo, &["rsvped no", "all time 'no' rsvps"]),
    (Field::Attended, &["meetups attended", "events attended"]),
    (Field::NoShows, &["no shows", "no-shows"]),
    (Field::Intro, &["intro", "introduction"]),
    (Field::Photo, &["photo"]),
    (Field::AssistantOrganizer, &["assistant organizer"]),
    (Field::MailingList, &["mailing list"]),
    (Field::ProfileUrl, &["url of member profile", "profile url", "member profile url"]),
];

/// Role words that make someone an organizer, in `normalize_role` form.
#[rustfmt::skip]
const ORGANIZER_ROLES: &[&str] = &[
    "organizer", "organiser", "co organizer", "co organiser", "coorganizer",
    "assistant organizer", "assistant organiser",
    "organisator", "co organisator", "organisateur", "co organisateur",
    "organizador", "co organizador", "organizzatore", "co organizzatore",
];

/// Words that name a role but not an organizer one; they let a Title count as a role.
#[rustfmt::skip]
const OTHER_ROLES: &[&str] = &[
    "event organizer", "event organiser", "event host",
    "member", "mitglied", "membre", "miembro", "membro",
];

fn normalize_header(raw: &str) -> String {
    // Spreadsheet programs like to "smarten" quotes, and Meetup itself has
    // written both 'Yes' and "Yes" in RSVP headers.
    let plain: String = raw
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' | '"' | '\u{201C}'
            | '\u{201D}' | '\u{201E}' => '\'',
            '\u{FEFF}' => ' ',
            c => c,
        })
        .collect();
    plain
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn normalize_role(raw: &str) -> String {
    raw.replace(['-', '_'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn is_organizer_role(text: &str) -> bool {
    ORGANIZER_ROLES.contains(&normalize_role(text).as_str())
}

fn is_known_role(text: &str) -> bool {
    let role = normalize_role(text);
    ORGANIZER_ROLES.contains(&role.as_str()) || OTHER_ROLES.contains(&role.as_str())
}

fn lookup_field(header: &str) -> Option<Field> {
    let key = normalize_header(header);
    ALIASES
        .iter()
        .find(|(_, aliases)| aliases.contains(&key.as_str()))
        .map(|(field, _)| *field)
}

/// Parses the bytes of a Meetup member export (CSV, any common separator).
pub fn parse(bytes: &[u8]) -> Result<MeetupExport, MeetupError> {
    let text = decode(bytes)?;
    if text.trim().is_empty() {
        return Err(MeetupError::Empty);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        // Row widths are checked here so the message can name the line.
        .flexible(true)
        .delimiter(detect_delimiter(text))
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut lines = LineCounter::new(text);

    let header = match records.next() {
        None => return Err(MeetupError::Empty),
        Some(record) => record.map_err(|e| lines.csv_error(e))?,
    };
    let header_line = lines.line_of(&header);
    if header.iter().all(|h| h.trim().is_empty()) {
        return Err(MeetupError::Empty);
    }
    let columns = Columns::from_header(&header, header_line)?;

    let mut members = Vec::new();
    let mut seen: HashMap<i64, u64> = HashMap::new();
    for record in records {
        let record = record.map_err(|e| lines.csv_error(e))?;
        // Spreadsheets often leave rows of bare separators at the end.
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let member = columns.member(&record, lines.line_of(&record))?;
        if let Some(&first_line) = seen.get(&member.meetup_member_id) {
            return Err(MeetupError::DuplicateMember {
                line: member.line,
                first_line,
                meetup_member_id: member.meetup_member_id,
            });
        }
        seen.insert(member.meetup_member_id, member.line);
        members.push(member);
    }
    let questions = columns.questions.iter().map(|(_, q)| q.clone()).collect();
    Ok(MeetupExport { members, questions })
}

fn decode(bytes: &[u8]) -> Result<&str, MeetupError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(refused(1, Msg::new("error-core-meetup-utf16"), || {
            "the file is saved as UTF-16 (\"Unicode Text\"). Save it as \"CSV UTF-8\" \
             in your spreadsheet program and upload it again."
                .into()
        }));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let before = &bytes[..e.valid_up_to()];
        let line = before.iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        refused(line, Msg::new("error-core-meetup-not-utf8"), || {
            "the file is not UTF-8 text (it was probably saved in an older encoding). \
             Save it as \"CSV UTF-8\" in your spreadsheet program and upload it again."
                .into()
        })
    })?;
    Ok(text.strip_prefix('\u{FEFF}').unwrap_or(text))
}

/// Picks the separator used most on the header line, ignoring quoted text.
fn detect_delimiter(text: &str) -> u8 {
    const CANDIDATES: [u8; 3] = [b',', b';', b'\t'];
    let mut counts = [0usize; 3];
    let mut in_quotes = false;
    let mut line_has_content = false;
    for b in text.bytes() {
        if b == b'"' {
            in_quotes = !in_quotes;
            line_has_content = true;
        } else if in_quotes {
            continue;
        } else if b == b'\n' {
            // Leading blank lines are not the header; keep looking past them.
            if line_has_content {
                break;
            }
        } else if let Some(i) = CANDIDATES.iter().position(|&c| c == b) {
            counts[i] += 1;
            line_has_content = true;
        } else if !b.is_ascii_whitespace() {
            line_has_content = true;
        }
    }
    // Ties go to the comma, the separator Meetup itself uses.
    let best = counts
        .iter()
        .enumerate()
        .fold(0, |best, (i, &n)| if n > counts[best] { i } else { best });
    CANDIDATES[best]
}

/// Turns csv's byte offsets into physical line numbers.
///
/// csv's own `Position::line` cannot be used: it counts a CRLF row's `\n`
/// towards the next row, and misses skipped blank lines and newlines inside
/// quoted fields. Its byte offsets are exact, so lines are counted from those.
struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// Line of the first byte of whatever starts at or after `byte`; offsets must not decrease.
    fn line_at(&mut self, byte: u64) -> u64 {
        let mut start = usize::try_from(byte)
            .unwrap_or(usize::MAX)
            .clamp(self.offset, self.text.len());
        // A record's offset is where the previous one stopped reading, which
        // can be before its line terminator and before blank lines.
        while matches!(self.text.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        let newlines = self.text[self.offset..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.line += newlines as u64;
        self.offset = start;
        self.line
    }

    fn line_of(&mut self, record: &csv::StringRecord) -> u64 {
        let byte = record
            .position()
            .map_or(self.offset as u64, csv::Position::byte);
        self.line_at(byte)
    }

    fn csv_error(&mut self, err: csv::Error) -> MeetupError {
        let byte = err
            .position()
            .map_or(self.offset as u64, csv::Position::byte);
        refused(
            self.line_at(byte),
            Msg::new("error-core-meetup-csv").text("error", err.to_string()),
            || format!("this row cannot be read as CSV ({err}). Re-export the file from Meetup."),
        )
    }
}

/// A line that cannot be understood: `msg`, said for the reader, else
/// `english`.
fn refused(line: u64, msg: Msg, english: impl FnOnce() -> String) -> MeetupError {
    MeetupError::Malformed {
        line,
        message: told(&msg, english),
        msg,
    }
}

/// A line that cannot be understood, in words already said.
fn malformed(line: u64, message: impl Into<String>) -> MeetupError {
    let message = message.into();
    MeetupError::Malformed {
        line,
        msg: Msg::raw(message.clone()),
        message,
    }
}

/// Where each known field and each question sits in the rows.
struct Columns {
    fields: HashMap<Field, usize>,
    headers: Vec<String>,
    questions: Vec<(usize, String)>,
}

impl Columns {
    fn from_header(header: &csv::StringRecord, line: u64) -> Result<Self, MeetupError> {
        let headers: Vec<String> = header
            .iter()
            .map(|h| h.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}'))
            .map(str::to_owned)
            .collect();
        let mut fields = HashMap::new();
        let mut questions = Vec::new();
        for (i, h) in headers.iter().enumerate() {
            // A column without a header carries no meaning we could use;
            // usually it is a trailing separator added by a spreadsheet.
            if h.is_empty() {
                continue;
            }
            match lookup_field(h) {
                Some(field) => {
                    if let Some(&earlier) = fields.get(&field) {
                        let earlier: &String = &headers[earlier];
                        return Err(refused(
                            line,
                            Msg::new("error-core-meetup-same-columns")
                                .text("first", earlier.clone())
                                .text("second", h.clone()),
                            || {
                                format!(
                                    "the columns \"{earlier}\" and \"{h}\" hold the same information. \
                                 Delete one of them, or re-export the file from Meetup."
                                )
                            },
                        ));
                    }
                    fields.insert(field, i);
                }
                None => questions.push((i, h.clone())),
            }
        }

        let mut missing = Vec::new();
        if !fields.contains_key(&Field::Name) {
            missing.push("Name".to_owned());
        }
        let has_id = [Field::MemberId, Field::ProfileUrl, Field::UserId]
            .iter()
            .any(|f| fields.contains_key(f));
        if !has_id {
            missing.push(ID_REQUIREMENT.to_owned());
        }
        if !missing.is_empty() {
            let found = headers.iter().filter(|h| !h.is_empty()).cloned().collect();
            return Err(MeetupError::NotAnExport { missing, found });
        }
        Ok(Self {
            fields,
            headers,
            questions,
        })
    }

    fn member(&self, record: &csv::StringRecord, line: u64) -> Result<MeetupMember, MeetupError> {
        if record.len() != self.headers.len() {
            return Err(refused(
                line,
                Msg::new("error-core-meetup-row-width")
                    .num("fields", record.len() as i64)
                    .num("header", self.headers.len() as i64),
                || {
                    format!(
                        "this row has {} fields but the header has {}. A value containing \
                     the separator has probably lost its quotes; fix the row in a \
                     spreadsheet program or re-export the file from Meetup.",
                        record.len(),
                        self.headers.len()
                    )
                },
            ));
        }
        let row = Row {
            columns: self,
            record,
            line,
        };

        let name = row.text(Field::Name).ok_or_else(|| {
            refused(line, Msg::new("error-core-meetup-no-name"), || {
                "the name is empty. Every member needs a name; fill it in or delete the row.".into()
            })
        })?;
        let meetup_member_id = row.member_id()?;

        // Checked even though they are not kept: junk here means the columns
        // are shifted or the file was edited by hand, and the kept values
        // would be wrong too.
        row.date(Field::LastAttended)?;
        for field in [
            Field::TotalRsvps,
            Field::RsvpYes,
            Field::RsvpMaybe,
            Field::RsvpNo,
            Field::NoShows,
        ] {
            row.count(field)?;
        }

        let role_text = row.text(Field::Role);
        let title = row.text(Field::Title);
        let assistant = row.yes_no(Field::AssistantOrganizer)?.unwrap_or(false);
        let organizer = role_text.is_some_and(is_organizer_role)
            || title.is_some_and(is_organizer_role)
            || assistant;
        // A Title is often a job title ("Data engineer"), so it only counts
        // as a role when it is a word Meetup uses for roles.
        let meetup_role = role_text
            .or(title.filter(|t| is_known_role(t)))
            .map(str::to_owned)
            .or_else(|| assistant.then(|| "Assistant organizer".to_owned()));

        let answers = self
            .questions
            .iter()
            .filter_map(|(i, q)| {
                let answer = record.get(*i)?.trim();
                (!answer.is_empty()).then(|| (q.clone(), answer.to_owned()))
            })
            .collect();

        Ok(MeetupMember {
            meetup_member_id,
            name: name.to_owned(),
            role: if organizer {
                GroupRole::Organizer
            } else {
                GroupRole::Member
            },
            meetup_role,
            location: row.text(Field::Location).map(str::to_owned),
            joined_on: row.date(Field::Joined)?,
            last_visited_on: row.date(Field::LastVisited)?,
            events_attended: row.count(Field::Attended)?,
            intro: row.text(Field::Intro).map(str::to_owned),
            profile_url: row.text(Field::ProfileUrl).map(str::to_owned),
            answers,
            line,
        })
    }
}

/// What a cell should hold.
#[derive(Debug, Clone, Copy)]
enum Expected {
    Date,
    Count,
    YesNo,
}

/// One data row seen through the header's column map.
struct Row<'a> {
    columns: &'a Columns,
    record: &'a csv::StringRecord,
    line: u64,
}

impl<'a> Row<'a> {
    /// The trimmed cell for `field`, or None when the column is absent or blank.
    fn text(&self, field: Field) -> Option<&'a str> {
        let i = *self.columns.fields.get(&field)?;
        let value = self.record.get(i)?.trim();
        (!value.is_empty()).then_some(value)
    }

    fn header(&self, field: Field) -> &str {
        self.columns
            .fields
            .get(&field)
            .map_or("", |&i| self.columns.headers[i].as_str())
    }

    fn invalid(&self, field: Field, value: &str, expected: Expected) -> MeetupError {
        let (id, english) = match expected {
            Expected::Date => (
                "error-core-meetup-expected-date",
                "a date like 04/24/2014 (MM/DD/YYYY) or 2014-04-24",
            ),
            Expected::Count => ("error-core-meetup-expected-count", "a whole number"),
            Expected::YesNo => ("error-core-meetup-expected-yes-no", "Yes or No"),
        };
        refused(
            self.line,
            Msg::new("error-core-meetup-invalid")
                .text("column", self.header(field))
                .text("value", value)
                .msg("expected", Msg::new(id)),
            || {
                format!(
                    "the \"{}\" value \"{value}\" is not {english}. \
                     Correct it or leave the cell empty.",
                    self.header(field)
                )
            },
        )
    }

    fn member_id(&self) -> Result<i64, MeetupError> {
        if let Some(value) = self.text(Field::MemberId) {
            return parse_positive(value).ok_or_else(|| {
                refused(
                    self.line,
                    Msg::new("error-core-meetup-member-id")
                        .text("column", self.header(Field::MemberId))
                        .text("value", value),
                    || {
                        format!(
                            "the \"{}\" value \"{value}\" is not a positive whole number. \
                             Use the member number Meetup gives (like 12537919).",
                            self.header(Field::MemberId)
                        )
                    },
                )
            });
        }
        self.text(Field::ProfileUrl)
            .and_then(id_from_profile_url)
            .or_else(|| self.text(Field::UserId).and_then(id_from_user_id))
            .ok_or_else(|| {
                refused(self.line, Msg::new("error-core-meetup-no-id"), || {
                    "this member has no Member ID, no member number in the profile URL \
                     and no User ID, so they cannot be recognised. Add the Member ID \
                     or delete the row."
                        .into()
                })
            })
    }

    fn date(&self, field: Field) -> Result<Option<Date>, MeetupError> {
        self.text(field)
            .map(|v| parse_date(v).ok_or_else(|| self.invalid(field, v, Expected::Date)))
            .transpose()
    }

    fn count(&self, field: Field) -> Result<Option<i64>, MeetupError> {
        self.text(field)
            .map(|v| parse_count(v).ok_or_else(|| self.invalid(field, v, Expected::Count)))
            .transpose()
    }

    fn yes_no(&self, field: Field) -> Result<Option<bool>, MeetupError> {
        self.text(field)
            .map(|v| parse_yes_no(v).ok_or_else(|| self.invalid(field, v, Expected::YesNo)))
            .transpose()
    }
}

fn parse_count(value: &str) -> Option<i64> {
    // `str::parse` alone would also accept "+5".
    if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    value.parse().ok()
}

fn parse_positive(value: &str) -> Option<i64> {
    parse_count(value).filter(|&n| n > 0)
}

/// The number after `/members/` in a profile link, with or without a group name before it.
fn id_from_profile_url(url: &str) -> Option<i64> {
    let path = url.split(['?', '#']).next()?;
    let segments: Vec<&str> = path.split('/').collect();
    segments
        .windows(2)
        .find(|pair| pair[0].eq_ignore_ascii_case("members"))
        .and_then(|pair| parse_positive(pair[1]))
}

/// The number in a classic "user 12537919" cell.
fn id_from_user_id(value: &str) -> Option<i64> {
    let lower = value.to_ascii_lowercase();
    let digits = lower.strip_prefix("user").unwrap_or(&lower).trim();
    parse_positive(digits)
}

fn parse_yes_no(value: &str) -> Option<bool> {
    match value.to_lowercase().as_str() {
        "yes" | "y" | "true" | "1" | "ja" | "oui" | "sí" | "si" | "sim" => Some(true),
        "no" | "n" | "false" | "0" | "nein" | "non" | "não" | "nao" => Some(false),
        _ => None,
    }
}

/// Accepts Meetup's MM/DD/YYYY (also without leading zeros) and ISO YYYY-MM-DD.
fn parse_date(value: &str) -> Option<Date> {
    let (year, month, day) = if let Some((month, rest)) = value.split_once('/') {
        let (day, year) = rest.split_once('/')?;
        (year, month, day)
    } else {
        let mut parts = value.splitn(3, '-');
        (parts.next()?, parts.next()?, parts.next()?)
    };
    let digits = |s: &str, min: usize, max: usize| {
        (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(year, 4, 4) && digits(month, 1, 2) && digits(day, 1, 2)) {
        return None;
    }
    let month = Month::try_from(month.parse::<u8>().ok()?).ok()?;
    Date::from_calendar_date(year.parse().ok()?, month, day.parse().ok()?).ok()
}

pub mod emails;
#[cfg(test)]
mod tests;
