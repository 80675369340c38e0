//! Invites by email. Meetup exports carry no email addresses, so an
//! organizer who has them (from a sign-up sheet, say) uploads a list of
//! name, Meetup profile and email. This module reads that list with the
//! export's own CSV rules and header spellings, matches each row to an
//! imported member (by the member number in the profile link, or else by
//! a name only one member has), and says how often one person may be sent
//! an invite. The whole list is checked before anything is kept.

use super::{Field, LineCounter, decode, detect_delimiter, id_from_profile_url, lookup_field};
use super::{MeetupError, malformed, normalize_header};
use crate::text;
use std::collections::BTreeMap;

/// Header spellings of the email column, in `normalize_header` form.
const EMAIL_HEADERS: &[&str] = &[
    "email",
    "e-mail",
    "email address",
    "e-mail address",
    "mail",
    "e-mail-adresse",
    "courriel",
    "adresse e-mail",
    "adresse email",
    "correo",
    "correo electrónico",
    "correo electronico",
];

/// One row of an email list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailRow {
    /// 1-based line in the file.
    pub line: u64,
    /// The name given, if any.
    pub name: Option<String>,
    /// The Meetup member number, from the profile link or a Member ID column.
    pub meetup_member_id: Option<i64>,
    /// The address, normalized.
    pub email: String,
}

/// Reads an email list: a header row with an email column and a name,
/// profile link or member ID column, then one member per row. Every
/// problem is reported, each with its line.
pub fn parse_email_list(bytes: &[u8]) -> Result<Vec<EmailRow>, Vec<MeetupError>> {
    let text = decode(bytes).map_err(|e| vec![e])?;
    if text.trim().is_empty() {
        return Err(vec![MeetupError::Empty]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(detect_delimiter(text))
        .from_reader(text.as_bytes());
    let mut lines = LineCounter::new(text);
    let mut records = reader.records();
    let header = match records.next() {
        None => return Err(vec![MeetupError::Empty]),
        Some(r) => r.map_err(|e| vec![lines.csv_error(e)])?,
    };
    let header_line = lines.line_of(&header);
    let mut name = None;
    let mut profile = None;
    let mut member_id = None;
    let mut email = None;
    for (i, h) in header.iter().enumerate() {
        match lookup_field(h) {
            Some(Field::Name) => name = name.or(Some(i)),
            Some(Field::ProfileUrl) => profile = profile.or(Some(i)),
            Some(Field::MemberId) => member_id = member_id.or(Some(i)),
            _ if EMAIL_HEADERS.contains(&normalize_header(h).as_str()) => email = email.or(Some(i)),
            _ => {}
        }
    }
    let Some(email) = email else {
        return Err(vec![malformed(
            header_line,
            "the first line needs an \"Email\" column, with a \"Name\" or \"URL of Member Profile\" column to say whose address each is",
        )]);
    };
    if name.is_none() && profile.is_none() && member_id.is_none() {
        return Err(vec![malformed(
            header_line,
            "the first line needs a \"Name\" or \"URL of Member Profile\" column beside \"Email\", to say whose address each is",
        )]);
    }
    let cell = |r: &csv::StringRecord, i: Option<usize>| {
        i.and_then(|i| r.get(i))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    for record in records {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(lines.csv_error(e));
                continue;
            }
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = lines.line_of(&record);
        let id = cell(&record, profile)
            .as_deref()
            .and_then(id_from_profile_url)
            .or_else(|| cell(&record, member_id).and_then(|m| m.parse().ok()));
        let who = cell(&record, name);
        if id.is_none() && who.is_none() {
            errors.push(malformed(
                line,
                "this row has neither a name nor a profile link: say whose address it is",
            ));
            continue;
        }
        let raw = cell(&record, Some(email)).unwrap_or_default();
        match text::email(&raw) {
            Ok(e) => rows.push(EmailRow {
                line,
                name: who,
                meetup_member_id: id,
                email: e,
            }),
            Err(_) => errors.push(malformed(
                line,
                format!(
                    "\"{}\" is not an email address: write it as name@example.org",
                    text::quote(&raw)
                ),
            )),
        }
    }
    if errors.is_empty() {
        Ok(rows)
    } else {
        Err(errors)
    }
}

/// An imported member, as matching sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Imported<'a> {
    /// The group membership.
    pub id: &'a str,
    /// Their name as imported.
    pub name: &'a str,
    /// Their Meetup member number.
    pub meetup_member_id: Option<i64>,
    /// Whether someone has claimed the place already.
    pub claimed: bool,
}

/// What matching a list found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matched {
    /// (group membership, email) for each place still unclaimed.
    pub addresses: Vec<(String, String)>,
    /// Rows whose member has claimed their place already: nothing to send.
    pub already_claimed: u64,
}

fn same_name(a: &str) -> String {
    a.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Matches each row to one imported member: by Meetup member number when
/// the row has one, else by a name exactly one member has (case and spaces
/// aside). A row matching nobody, a name two members share, and two rows
/// for one member are errors, each naming its line.
pub fn match_rows(
    rows: &[EmailRow],
    members: &[Imported<'_>],
) -> Result<Matched, Vec<MeetupError>> {
    let by_id: BTreeMap<i64, &Imported> = members
        .iter()
        .filter_map(|m| m.meetup_member_id.map(|id| (id, m)))
        .collect();
    let mut by_name: BTreeMap<String, Vec<&Imported>> = BTreeMap::new();
    for m in members {
        by_name.entry(same_name(m.name)).or_default().push(m);
    }
    let mut out = Matched::default();
    let mut errors = Vec::new();
    let mut taken: BTreeMap<&str, u64> = BTreeMap::new();
    for row in rows {
        let found = match (row.meetup_member_id, row.name.as_deref()) {
            (Some(id), _) if by_id.contains_key(&id) => Ok(by_id[&id]),
            (Some(id), None) => Err(format!(
                "no imported member has the Meetup member number {id}: import the group's latest export first"
            )),
            (_, Some(name)) => match by_name.get(&same_name(name)).map(Vec::as_slice) {
                Some([one]) => Ok(*one),
                Some([_, _, ..]) => Err(format!(
                    "more than one imported member is called \"{}\": add their profile link so the address goes to the right one",
                    text::quote(name)
                )),
                _ => Err(format!(
                    "no imported member is called \"{}\": check the spelling, or add their profile link",
                    text::quote(name)
                )),
            },
            (None, None) => Err("this row says nobody".into()),
        };
        match found {
            Err(why) => errors.push(malformed(row.line, why)),
            Ok(m) => {
                if let Some(first) = taken.insert(m.id, row.line) {
                    errors.push(malformed(
                        row.line,
                        format!(
                            "{} already has an address on line {first}: keep one row per member",
                            m.name
                        ),
                    ));
                } else if m.claimed {
                    out.already_claimed += 1;
                } else {
                    out.addresses.push((m.id.to_string(), row.email.clone()));
                }
            }
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// How long after one invite another may go to the same person.
pub const RESEND_AFTER_MS: i64 = 24 * 3600 * 1000;

/// The most invites one person is sent.
pub const MAX_INVITES: i64 = 5;

/// Whether another invite may go to a person already sent `sent` of them,
/// the last at `last_ms`: once a day at most, five times in all, so an
/// address typed in is never flooded.
pub fn may_invite(sent: i64, last_ms: Option<i64>, now_ms: i64) -> Result<(), String> {
    if sent >= MAX_INVITES {
        return Err(format!(
            "they have been invited {MAX_INVITES} times already: reach them another way"
        ));
    }
    match last_ms {
        Some(last) if now_ms - last < RESEND_AFTER_MS => {
            Err("they were invited less than a day ago: give them time to answer".into())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(e: Vec<MeetupError>) -> Vec<String> {
        e.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn a_list_is_read_with_the_export_s_own_headers_and_checked_whole() {
        let list = "Nom;URL of Member Profile;Courriel\nAna Okafor;https://www.meetup.com/members/180000000/;Ana@Example.org\n;;\nBen;;not-an-address\n;;ben@example.org\n";
        let e = errors(parse_email_list(list.as_bytes()).unwrap_err());
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(
            e[0].contains("line 4") && e[0].contains("\"not-an-address\""),
            "{e:?}"
        );
        assert!(
            e[1].contains("line 5") && e[1].contains("neither a name"),
            "{e:?}"
        );
        let ok = parse_email_list(
            "Name,URL of Member Profile,Email\nAna Okafor,https://www.meetup.com/members/180000000/,Ana@Example.org\nBen Tanaka,,ben@example.org\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(ok[0].meetup_member_id, Some(180000000));
        assert_eq!(ok[0].email, "ana@example.org");
        assert_eq!((ok[1].line, ok[1].name.as_deref()), (3, Some("Ben Tanaka")));
        let no_email = errors(parse_email_list(b"Name,Phone\nAna,123\n").unwrap_err());
        assert!(no_email[0].contains("\"Email\" column"), "{no_email:?}");
    }

    #[test]
    fn rows_match_by_member_number_then_by_a_name_only_one_has() {
        let members = [
            Imported {
                id: "g1",
                name: "Ana Okafor",
                meetup_member_id: Some(1),
                claimed: false,
            },
            Imported {
                id: "g2",
                name: "Sam Lee",
                meetup_member_id: Some(2),
                claimed: false,
            },
            Imported {
                id: "g3",
                name: "Sam  lee",
                meetup_member_id: Some(3),
                claimed: false,
            },
            Imported {
                id: "g4",
                name: "Zoe",
                meetup_member_id: Some(4),
                claimed: true,
            },
        ];
        let row = |line, name: Option<&str>, id, email: &str| EmailRow {
            line,
            name: name.map(str::to_string),
            meetup_member_id: id,
            email: email.into(),
        };
        let m = match_rows(
            &[
                row(2, Some("ana okafor"), None, "ana@x.org"),
                row(3, Some("Whoever"), Some(3), "sam3@x.org"),
                row(4, Some("Zoe"), None, "zoe@x.org"),
            ],
            &members,
        )
        .unwrap();
        assert_eq!(
            m.addresses,
            vec![
                ("g1".into(), "ana@x.org".into()),
                ("g3".into(), "sam3@x.org".into())
            ]
        );
        assert_eq!(m.already_claimed, 1);
        let e = errors(
            match_rows(
                &[
                    row(2, Some("Sam Lee"), None, "s@x.org"),
                    row(3, Some("Nobody"), None, "n@x.org"),
                    row(4, None, Some(99), "n@x.org"),
                    row(5, None, Some(1), "a@x.org"),
                    row(6, Some("Ana Okafor"), None, "a2@x.org"),
                ],
                &members,
            )
            .unwrap_err(),
        );
        assert_eq!(e.len(), 4, "{e:?}");
        assert!(e[0].contains("line 2") && e[0].contains("more than one"));
        assert!(e[1].contains("line 3") && e[1].contains("no imported member is called"));
        assert!(e[2].contains("line 4") && e[2].contains("99"));
        assert!(e[3].contains("line 6") && e[3].contains("line 5"));
    }

    #[test]
    fn nobody_is_invited_more_than_once_a_day_or_five_times() {
        let day = RESEND_AFTER_MS;
        assert!(may_invite(0, None, 0).is_ok());
        assert!(may_invite(1, Some(0), day - 1).is_err());
        assert!(may_invite(1, Some(0), day).is_ok());
        assert!(may_invite(5, Some(0), 10 * day).is_err());
    }
}
