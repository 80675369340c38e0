use super::*;
use proptest::prelude::*;
use time::macros::date;

const CLASSIC: &str = include_str!("../../../../fixtures/meetup/classic.csv");
const NEWER: &str = include_str!("../../../../fixtures/meetup/newer.csv");

fn by_name<'a>(export: &'a MeetupExport, name: &str) -> &'a MeetupMember {
    export
        .members
        .iter()
        .find(|m| m.name == name)
        .unwrap_or_else(|| panic!("no member named {name}"))
}

fn malformed_line(result: Result<MeetupExport, MeetupError>) -> u64 {
    match result {
        Err(MeetupError::Malformed { line, .. }) => line,
        other => panic!("expected Malformed, got {other:?}"),
    }
}

#[test]
fn classic_fixture() {
    let export = parse(CLASSIC.as_bytes()).unwrap();
    assert_eq!(export.members.len(), 12);
    assert_eq!(export.questions, vec!["What brings you to the group?"]);

    let ana = by_name(&export, "Ana Okafor");
    assert_eq!(ana.meetup_member_id, 180000000);
    assert_eq!(ana.role, GroupRole::Organizer);
    assert_eq!(ana.meetup_role.as_deref(), Some("Organizer"));
    assert_eq!(ana.location.as_deref(), Some("Oakland, CA"));
    assert_eq!(ana.joined_on, Some(date!(2022 - 06 - 05)));
    assert_eq!(ana.last_visited_on, Some(date!(2024 - 11 - 02)));
    assert_eq!(ana.events_attended, Some(18));
    assert_eq!(ana.intro.as_deref(), Some("Loves bikes, books, and soup"));
    assert_eq!(
        ana.profile_url.as_deref(),
        Some("https://www.meetup.com/members/180000000/")
    );
    assert_eq!(ana.line, 2);

    let ben = by_name(&export, "Ben Tanaka");
    assert_eq!(ben.role, GroupRole::Organizer);
    assert_eq!(ben.meetup_role.as_deref(), Some("Co-Organizer"));
    assert_eq!(ben.intro, None);

    let organizers: Vec<&str> = export
        .members
        .iter()
        .filter(|m| m.role == GroupRole::Organizer)
        .map(|m| m.name.as_str())
        .collect();
    assert_eq!(organizers, vec!["Ana Okafor", "Ben Tanaka"]);

    let dmitri = by_name(&export, "Dmitri Haddad");
    assert_eq!(
        dmitri.answers,
        vec![(
            "What brings you to the group?".to_owned(),
            "Say \"hi\"".to_owned()
        )]
    );
    let chloe = by_name(&export, "Chloé Dubois");
    assert!(chloe.answers.is_empty());
    assert_eq!(chloe.meetup_role, None);
    assert_eq!(chloe.line, 4);
    assert_eq!(by_name(&export, "Jamal García").meetup_member_id, 180071271);
    assert_eq!(by_name(&export, "Luis Nguyen").line, 13);
}

#[test]
fn newer_fixture() {
    let export = parse(NEWER.as_bytes()).unwrap();
    assert_eq!(export.members.len(), 9);
    assert!(export.questions.is_empty());
    for name in ["Farah Kowalski", "Gus Smith", "Hiro O'Brien"] {
        assert_eq!(by_name(&export, name).role, GroupRole::Organizer, "{name}");
    }
    let ines = by_name(&export, "Ines Ivanova");
    assert_eq!(ines.role, GroupRole::Member);
    assert_eq!(ines.meetup_role.as_deref(), Some("Event organizer"));
    let mei = by_name(&export, "Mei Müller");
    assert_eq!(mei.role, GroupRole::Member);
    assert_eq!(mei.meetup_role.as_deref(), Some("Member"));
    assert_eq!(mei.events_attended, Some(27));
    assert_eq!(mei.line, 9);
    assert_eq!(by_name(&export, "Gus Smith").meetup_member_id, 270104729);
}

#[test]
fn headers_match_whatever_their_case_and_order() {
    let csv = "URL OF MEMBER PROFILE,  joined   GROUP on ,favourite colour,NAME,member id,All Time \u{201C}Yes\u{201D} RSVPs,ROLE\n\
               https://www.meetup.com/members/7/,04/24/2014,green,Zoë,7,3,co-organizer\n";
    let export = parse(csv.as_bytes()).unwrap();
    assert_eq!(export.questions, vec!["favourite colour"]);
    let m = &export.members[0];
    assert_eq!(m.name, "Zoë");
    assert_eq!(m.meetup_member_id, 7);
    assert_eq!(m.joined_on, Some(date!(2014 - 04 - 24)));
    assert_eq!(m.role, GroupRole::Organizer);
    assert_eq!(m.answers, vec![("favourite colour".into(), "green".into())]);
}

#[test]
fn semicolon_and_tab_separated_files() {
    let csv = "Name;Member ID;Location;Joined Group on\r\nAna;1;\"Köln; Altstadt\";2014-04-24\r\n";
    let m = &parse(csv.as_bytes()).unwrap().members[0];
    assert_eq!(m.location.as_deref(), Some("Köln; Altstadt"));
    assert_eq!(m.joined_on, Some(date!(2014 - 04 - 24)));

    let tsv = "Name\tMember ID\tLocation\nAna\t1\tOakland, CA\n";
    let m = &parse(tsv.as_bytes()).unwrap().members[0];
    assert_eq!(m.location.as_deref(), Some("Oakland, CA"));
}

#[test]
fn localized_headers() {
    let csv = "Nom,ID du membre,Lieu,Rôle\nÉlodie,5,Lyon,Co-organisateur\n";
    let m = &parse(csv.as_bytes()).unwrap().members[0];
    assert_eq!(m.meetup_member_id, 5);
    assert_eq!(m.location.as_deref(), Some("Lyon"));
    assert_eq!(m.role, GroupRole::Organizer);
}

#[test]
fn byte_order_mark_is_ignored() {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(CLASSIC.as_bytes());
    assert_eq!(parse(&bytes).unwrap(), parse(CLASSIC.as_bytes()).unwrap());
}

#[test]
fn id_comes_from_profile_url_or_user_id() {
    let csv = "Name,User ID,URL of Member Profile\n\
               A,,https://www.meetup.com/members/123/\n\
               B,,http://www.meetup.com/PyData-London-Meetup/members/456/?op=x\n\
               C,user 12537919,\n";
    let ids: Vec<i64> = parse(csv.as_bytes())
        .unwrap()
        .members
        .iter()
        .map(|m| m.meetup_member_id)
        .collect();
    assert_eq!(ids, vec![123, 456, 12537919]);

    let no_id = "Name,URL of Member Profile\nA,https://www.meetup.com/somegroup/\n";
    assert_eq!(malformed_line(parse(no_id.as_bytes())), 2);
}

#[test]
fn missing_columns_are_named() {
    let err = parse(b"First name,Email\nAna,ana@example.org\n").unwrap_err();
    let MeetupError::NotAnExport { missing, found } = &err else {
        panic!("expected NotAnExport, got {err:?}");
    };
    assert_eq!(missing, &vec!["Name".to_owned(), "Member ID".to_owned()]);
    assert_eq!(found, &vec!["First name".to_owned(), "Email".to_owned()]);
    let text = err.to_string();
    assert!(text.contains("no \"Name\" column"), "{text}");
    assert!(text.contains("\"URL of Member Profile\""), "{text}");
    assert!(text.contains("Found columns: First name, Email."), "{text}");
    assert!(text.contains("Download member list"), "{text}");

    let err = parse(b"Name,Location\nAna,Oakland\n").unwrap_err();
    assert!(matches!(&err, MeetupError::NotAnExport { missing, .. } if missing == &["Member ID"]));
}

#[test]
fn empty_files() {
    assert_eq!(parse(b""), Err(MeetupError::Empty));
    assert_eq!(parse(b"\xEF\xBB\xBF \r\n\r\n"), Err(MeetupError::Empty));
    assert_eq!(parse(b",,,\n"), Err(MeetupError::Empty));
    let header_only = parse(b"Name,Member ID\n").unwrap();
    assert!(header_only.members.is_empty());
}

#[test]
fn malformed_rows_report_their_physical_line() {
    let base = "Name,Member ID,Intro,Joined Group on,Events attended\n\
                Ana,1,\"line one\nline two\",01/02/2020,3\n";
    let ok = parse(base.as_bytes()).unwrap();
    assert_eq!(ok.members[0].intro.as_deref(), Some("line one\nline two"));

    let cases = [
        ("Ben,2,,01/02/2020\n", "fields"),
        (" ,2,,01/02/2020,3\n", "name"),
        ("Ben,-2,,01/02/2020,3\n", "positive"),
        ("Ben,2.5,,01/02/2020,3\n", "positive"),
        ("Ben,2,,13/02/2020,3\n", "date"),
        ("Ben,2,,2020/02/01,3\n", "date"),
        ("Ben,2,,01/02/2020,lots\n", "whole number"),
    ];
    for (row, hint) in cases {
        let csv = format!("{base}\n{row}");
        let err = parse(csv.as_bytes()).unwrap_err();
        assert!(
            matches!(&err, MeetupError::Malformed { line: 5, .. }),
            "{row:?}: {err:?}"
        );
        let text = err.to_string();
        assert!(text.starts_with("line 5: "), "{text}");
        assert!(text.contains(hint), "{row:?}: {text}");
    }
}

#[test]
fn blank_lines_are_skipped_and_empty_cells_are_none() {
    let csv =
        "Name,Member ID,Joined Group on,Intro\r\n\r\nAna,1,,\r\n,,,\r\n\r\nBen,2,1/2/2020,hi\r\n";
    let export = parse(csv.as_bytes()).unwrap();
    assert_eq!(export.members.len(), 2);
    assert_eq!(export.members[0].joined_on, None);
    assert_eq!(export.members[0].intro, None);
    assert_eq!(export.members[1].line, 6);
    assert_eq!(export.members[1].joined_on, Some(date!(2020 - 01 - 02)));
}

#[test]
fn non_utf8_input_names_the_line() {
    let bytes = b"Name,Member ID\nAna,1\nJos\xe9,2\n";
    let err = parse(bytes).unwrap_err();
    assert!(matches!(err, MeetupError::Malformed { line: 3, .. }));
    assert!(err.to_string().contains("UTF-8"));
}

#[test]
fn duplicate_members_are_rejected() {
    let csv = "Name,Member ID\nAna,1\nBen,2\nAna again,1\n";
    assert_eq!(
        parse(csv.as_bytes()),
        Err(MeetupError::DuplicateMember {
            line: 4,
            first_line: 2,
            meetup_member_id: 1
        })
    );
}

#[test]
fn duplicate_known_columns_are_rejected() {
    let csv = "Name,Member ID,Meetups attended,Events attended\nAna,1,2,2\n";
    assert_eq!(malformed_line(parse(csv.as_bytes())), 1);
}

#[test]
fn role_comes_from_role_title_or_assistant_flag() {
    let csv = "Name,Member ID,Title,Assistant Organizer\n\
               A,1,Software engineer,No\n\
               B,2,Software engineer,yes\n\
               C,3,assistant organizer,\n\
               D,4,Event Organizer,N\n\
               E,5,,maybe\n";
    let err = parse(csv.as_bytes()).unwrap_err();
    assert!(matches!(err, MeetupError::Malformed { line: 6, .. }));
    let export = parse(csv.replace(",maybe", ",0").as_bytes()).unwrap();
    let roles: Vec<(GroupRole, Option<&str>)> = export
        .members
        .iter()
        .map(|m| (m.role, m.meetup_role.as_deref()))
        .collect();
    assert_eq!(
        roles,
        vec![
            (GroupRole::Member, None),
            (GroupRole::Organizer, Some("Assistant organizer")),
            (GroupRole::Organizer, Some("assistant organizer")),
            (GroupRole::Member, Some("Event Organizer")),
            (GroupRole::Member, None),
        ]
    );
}

// --- property test: render members, shuffle columns and header case, parse back ---

const QUESTIONS: [&str; 2] = ["What brings you here?", "Why, really?"];
const ROLES: [&str; 7] = [
    "",
    "Organizer",
    "Co-organizer",
    "Assistant organizer",
    "Event organizer",
    "Member",
    "ORGANIZER",
];

#[derive(Debug, Clone)]
struct Generated {
    name: String,
    role: &'static str,
    location: String,
    joined: Option<(Date, bool)>,
    events: Option<i64>,
    intro: String,
    with_url: bool,
    answers: [String; 2],
}

fn arb_date() -> impl Strategy<Value = Date> {
    (1990i32..2035, 1u8..=12, 1u8..=28)
        .prop_map(|(y, m, d)| Date::from_calendar_date(y, Month::try_from(m).unwrap(), d).unwrap())
}

fn arb_member() -> impl Strategy<Value = Generated> {
    (
        "[A-Za-zÀ-ÿ'][A-Za-zÀ-ÿ' .-]{0,20}",
        prop::sample::select(&ROLES[..]),
        "[a-zA-Z ,;\"]{0,15}",
        prop::option::of((arb_date(), any::<bool>())),
        prop::option::of(0i64..10_000),
        "[a-zA-Z ,\"\n]{0,20}",
        any::<bool>(),
        ["[a-z ,\"]{0,10}", "[a-z ,\"]{0,10}"],
    )
        .prop_map(
            |(name, role, location, joined, events, intro, with_url, answers)| Generated {
                name,
                role,
                location,
                joined,
                events,
                intro,
                with_url,
                answers,
            },
        )
}

fn arb_case(header: &str, mode: u8) -> String {
    match mode % 4 {
        0 => header.to_owned(),
        1 => header.to_uppercase(),
        2 => header.to_lowercase(),
        _ => header
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if i % 2 == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect(),
    }
}

fn some_trimmed(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Renders the members and returns the file with the members `parse` should produce.
fn render(
    generated: &[Generated],
    order: &[usize],
    cases: &[u8],
    delimiter: u8,
    crlf: bool,
) -> (Vec<u8>, Vec<MeetupMember>) {
    let headers = [
        "Name",
        "Member ID",
        "Role",
        "Location",
        "Joined Group on",
        "Events attended",
        "Intro",
        "URL of Member Profile",
        QUESTIONS[0],
        QUESTIONS[1],
    ];
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    let header_row: Vec<String> = order
        .iter()
        .zip(cases)
        .map(|(&i, &c)| {
            if i < 8 {
                arb_case(headers[i], c)
            } else {
                headers[i].to_owned()
            }
        })
        .collect();
    writer.write_record(&header_row).unwrap();

    let mut expected = Vec::new();
    for (k, g) in generated.iter().enumerate() {
        writer.flush().unwrap();
        let line = writer.get_ref().iter().filter(|&&b| b == b'\n').count() as u64 + 1;
        let id = 1000 + k as i64;
        let url = format!("https://www.meetup.com/members/{id}/");
        let cells = [
            g.name.clone(),
            id.to_string(),
            g.role.to_owned(),
            g.location.clone(),
            g.joined.map_or(String::new(), |(d, iso)| {
                if iso {
                    format!("{:04}-{:02}-{:02}", d.year(), d.month() as u8, d.day())
                } else {
                    format!("{:02}/{:02}/{:04}", d.month() as u8, d.day(), d.year())
                }
            }),
            g.events.map_or(String::new(), |e| e.to_string()),
            g.intro.clone(),
            if g.with_url {
                url.clone()
            } else {
                String::new()
            },
            g.answers[0].clone(),
            g.answers[1].clone(),
        ];
        writer
            .write_record(order.iter().map(|&i| cells[i].as_str()))
            .unwrap();

        let answers = order
            .iter()
            .filter(|&&i| i >= 8)
            .filter_map(|&i| some_trimmed(&cells[i]).map(|a| (headers[i].to_owned(), a)))
            .collect();
        expected.push(MeetupMember {
            meetup_member_id: id,
            name: g.name.trim().to_owned(),
            role: if is_organizer_role(g.role) {
                GroupRole::Organizer
            } else {
                GroupRole::Member
            },
            meetup_role: some_trimmed(g.role),
            location: some_trimmed(&g.location),
            joined_on: g.joined.map(|(d, _)| d),
            last_visited_on: None,
            events_attended: g.events,
            intro: some_trimmed(&g.intro),
            profile_url: g.with_url.then_some(url),
            answers,
            line,
        });
    }
    (writer.into_inner().unwrap(), expected)
}

proptest! {
    #[test]
    fn rendered_members_parse_back(
        generated in prop::collection::vec(arb_member(), 0..12),
        order in Just((0..10).collect::<Vec<usize>>()).prop_shuffle(),
        cases in prop::collection::vec(any::<u8>(), 10),
        delimiter in prop::sample::select(vec![b',', b';', b'\t']),
        crlf in any::<bool>(),
    ) {
        let (bytes, expected) = render(&generated, &order, &cases, delimiter, crlf);
        let export = parse(&bytes).unwrap();
        let questions: Vec<String> = order
            .iter()
            .filter(|&&i| i >= 8)
            .map(|&i| QUESTIONS[i - 8].to_owned())
            .collect();
        prop_assert_eq!(export.questions, questions);
        prop_assert_eq!(export.members, expected);
    }
}
