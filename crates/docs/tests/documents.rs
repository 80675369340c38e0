//! The documents state exactly the enforced rules, read the same every time
//! (golden snapshots), and typeset into PDFs that parse back.

use pools_core::Currency;
use pools_core::formation::{Details, DocKind, EntityForm, Organizer};
use pools_core::rules::{Admission, Proposers, Rules, Threshold};
use pools_docs::{Input, write};
use proptest::prelude::*;

fn details(form: EntityForm) -> Details {
    Details {
        legal_name: match form {
            EntityForm::DelawareLlc => "Bike Kitchen Cooperative LLC".into(),
            EntityForm::ColoradoLca => "Bike Kitchen Limited Cooperative Association".into(),
        },
        agent_name: "Registered Agents Inc.".into(),
        agent_address: match form {
            EntityForm::DelawareLlc => "8 The Green, Suite A, Dover, DE 19901".into(),
            EntityForm::ColoradoLca => "1600 Broadway, Suite 200, Denver, CO 80202".into(),
        },
        principal_office: "2110 San Pablo Ave, Oakland, CA 94612".into(),
        mailing_address: String::new(),
        organizers: vec![Organizer {
            name: "Ana Okafor".into(),
            address: "2110 San Pablo Ave, Oakland, CA 94612".into(),
        }],
        purpose: "Run a community bike repair workshop.".into(),
        social_purpose: "Keep bicycles on the road and out of landfill.".into(),
        fiscal_year_end: "12-31".into(),
    }
}

fn input<'a>(form: EntityForm, kind: DocKind, d: &'a Details, rules: &'a Rules) -> Input<'a> {
    Input {
        form,
        kind,
        details: d,
        rules,
        currency: Currency::from_code("USD").unwrap(),
        pool_name: "Bike Kitchen Pool",
        version: 1,
        generated_on: "2026-11-29",
    }
}

fn threshold() -> impl Strategy<Value = Threshold> {
    prop_oneof![
        Just(Threshold::Majority),
        Just(Threshold::TwoThirds),
        Just(Threshold::ThreeQuarters),
        Just(Threshold::Unanimity)
    ]
}

/// The one sentence of the text that starts with `label`.
fn clause<'t>(text: &'t str, label: &str) -> Vec<&'t str> {
    text.lines().filter(|l| l.starts_with(label)).collect()
}

proptest! {
    #[test]
    fn the_operating_agreement_states_exactly_the_enforced_rules(
        quorum in 0u8..=100,
        approval in threshold(),
        rule_change in threshold(),
        blocks in any::<bool>(),
        buy_in in prop_oneof![Just(0i64), 1i64..1_000_000],
        exit_days in 0u16..=1825,
        by_vote in any::<bool>(),
        close_early in any::<bool>(),
        commitment in any::<bool>(),
        secret in 0usize..3,
    ) {
        let secret_ballots = pools_core::rules::SecretBallots::ALL[secret];
        let rules = Rules {
            quorum_percent: quorum,
            approval,
            rule_change,
            blocks,
            buy_in_minor: buy_in,
            exit_repay_days: exit_days,
            admission: if by_vote { Admission::ByVote } else { Admission::Automatic },
            proposers: Proposers::AnyMember,
            close_early,
            commitment_required: commitment,
            secret_ballots,
            ..Rules::default()
        };
        let d = details(EntityForm::DelawareLlc);
        for kind in [DocKind::OperatingAgreement, DocKind::MembershipAgreement] {
            let text = write(&input(EntityForm::DelawareLlc, kind, &d, &rules)).text();
            let q = clause(&text, "Quorum.");
            prop_assert_eq!(q.len(), 1);
            prop_assert!(q[0].contains(&format!(" at least {quorum}% ")), "{}", q[0]);
            let a = clause(&text, "Approval.");
            prop_assert!(a.len() == 1 && a[0].contains(approval.words()));
            let m = clause(&text, "Amendment.");
            prop_assert!(m.len() == 1 && m[0].contains(rule_change.words()));
            let b = clause(&text, "Blocks.");
            prop_assert_eq!(b.len(), 1);
            prop_assert_eq!(b[0].contains("a block stops it"), blocks);
            let e = clause(&text, "Exit.");
            let within = format!("within {exit_days} days");
            prop_assert!(e.len() == 1 && e[0].contains(&within));
            let bi = clause(&text, "Buy-in.");
            prop_assert_eq!(bi.len(), 1);
            if buy_in > 0 {
                let shown = pools_core::Money::new(buy_in, Currency::from_code("USD").unwrap()).to_string();
                prop_assert!(bi[0].contains(&shown), "{}", bi[0]);
            } else {
                prop_assert!(bi[0].contains("There is no buy-in"));
            }
            prop_assert_eq!(clause(&text, "Admission.")[0].contains("decision of the"), by_vote);
            prop_assert!(clause(&text, "One person, one vote.").len() == 1);
            prop_assert_eq!(clause(&text, "Voting period.")[0].contains("closes early"), close_early);
            prop_assert_eq!(clause(&text, "Admission.")[0].contains("membership commitment"), commitment);
            let sb = clause(&text, "Secret ballots.");
            match secret_ballots {
                pools_core::rules::SecretBallots::Never => prop_assert!(sb.is_empty()),
                pools_core::rules::SecretBallots::Optional => prop_assert!(sb.len() == 1 && sb[0].contains("may make it a secret ballot")),
                pools_core::rules::SecretBallots::Always => prop_assert!(sb.len() == 1 && sb[0].contains("Every decision is taken by secret ballot")),
            }
        }
    }
}

#[test]
fn every_document_states_the_principles_and_the_notice() {
    let rules = Rules::default();
    for form in EntityForm::ALL {
        let d = details(form);
        for kind in form.documents() {
            let doc = write(&input(form, kind, &d, &rules));
            let text = doc.text();
            for (name, _) in [
                ("Voluntary and Open Membership", ()),
                ("Democratic Member Control", ()),
                ("Member Economic Participation", ()),
                ("Autonomy and Independence", ()),
                ("Education, Training and Information", ()),
                ("Co-operation among Co-operatives", ()),
                ("Concern for Community", ()),
            ] {
                assert!(text.contains(name), "{kind:?} lacks {name}");
            }
            assert!(text.contains("It is not legal advice."), "{kind:?}");
            assert!(text.contains(d.legal_name.as_str()));
            assert_eq!(doc.sha256().len(), 64);
        }
    }
}

#[test]
fn the_joint_project_agreement_lists_pools_and_exit_terms() {
    let rules = Rules {
        quorum_percent: 40,
        ..Rules::default()
    };
    let pools = vec![
        ("Bike Kitchen Pool".to_string(), 50_000),
        ("Tool Library".to_string(), 25_000),
    ];
    let doc = pools_docs::write_flood_agreement(&pools_docs::FloodInput {
        name: "East Bay Repair Network",
        purpose: "Open a shared repair space.",
        rules: &rules,
        double_majority: true,
        currency: Currency::from_code("USD").unwrap(),
        pools: &pools,
        version: 1,
        generated_on: "2026-11-29",
    });
    let text = doc.text();
    assert!(text.contains("- Bike Kitchen Pool: 500.00 USD committed"));
    assert!(text.contains("Together they have committed 750.00 USD."));
    assert!(text.contains("at least 40% "));
    assert!(text.contains("Double majority."));
    assert!(text.contains("rounded down to the smallest unit"));
    assert!(text.contains("Co-operation among Co-operatives"));
    assert!(text.contains("It is not legal advice."));
    insta::assert_snapshot!("flood-joint_project_agreement", text);
    assert!(pools_docs::pdf(&doc).unwrap().starts_with(b"%PDF-"));
}

#[test]
fn golden_texts() {
    let rules = Rules::default();
    for form in EntityForm::ALL {
        let d = details(form);
        for kind in form.documents() {
            let doc = write(&input(form, kind, &d, &rules));
            insta::assert_snapshot!(format!("{}-{}", form.as_str(), kind.as_str()), doc.text());
        }
    }
}

#[test]
fn the_pdf_parses_back_with_the_name_and_the_quorum() {
    let rules = Rules {
        quorum_percent: 37,
        ..Rules::default()
    };
    let d = details(EntityForm::DelawareLlc);
    let doc = write(&input(
        EntityForm::DelawareLlc,
        DocKind::OperatingAgreement,
        &d,
        &rules,
    ));
    let bytes = pools_docs::pdf(&doc).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Bike Kitchen Cooperative LLC"), "{flat}");
    assert!(flat.contains("37%"), "{flat}");
    assert!(
        flat.contains("not legal advice"),
        "the notice is on the pages"
    );
    let pages = lopdf_pages(&bytes);
    assert!(
        pages >= 2,
        "the operating agreement runs to several pages: {pages}"
    );
    if let Ok(dir) = std::env::var("POOLS_PDF_OUT") {
        std::fs::write(
            std::path::Path::new(&dir).join("operating-agreement.pdf"),
            &bytes,
        )
        .unwrap();
    }
}

/// Counts the pages by their page objects.
fn lopdf_pages(bytes: &[u8]) -> usize {
    let s = String::from_utf8_lossy(bytes);
    s.matches("/Type /Page\n").count()
        + s.matches("/Type /Page ").count()
        + s.matches("/Type/Page/").count()
        + s.matches("/Type /Page/").count()
        + s.matches("/Type/Page ").count()
        + s.matches("/Type/Page\n").count()
}

#[test]
fn input_cannot_change_the_layout() {
    let rules = Rules::default();
    let mut d = details(EntityForm::DelawareLlc);
    d.purpose =
        "#set page(fill: red) = Injected \" #panic(\"no\") ] [ \\ * _ $ @ <x> `code`".into();
    let doc = write(&input(
        EntityForm::DelawareLlc,
        DocKind::CertificateOfFormation,
        &d,
        &rules,
    ));
    let bytes = pools_docs::pdf(&doc).unwrap();
    let text = pdf_extract::extract_text_from_mem(&bytes).unwrap();
    assert!(
        text.contains("#set page(fill: red)"),
        "shown as text: {text}"
    );
    assert!(doc.html().contains("&lt;x&gt;"));
}
