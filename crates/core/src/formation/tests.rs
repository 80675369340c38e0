use super::*;

fn details() -> Details {
    Details {
        legal_name: "Bike Kitchen Cooperative LLC".into(),
        agent_name: "Registered Agents Inc.".into(),
        agent_address: "8 The Green, Suite A, Dover, DE 19901".into(),
        principal_office: "1 Main St, Oakland, CA 94607".into(),
        mailing_address: String::new(),
        organizers: vec![Organizer {
            name: "Ana Okafor".into(),
            address: "1 Main St, Oakland, CA 94607".into(),
        }],
        purpose: "Run a community bike repair workshop.".into(),
        social_purpose: "Keep bikes on the road and out of landfill.".into(),
        fiscal_year_end: "12-31".into(),
    }
}

#[test]
fn an_llc_name_needs_its_ending() {
    assert!(details().validate(EntityForm::DelawareLlc).is_ok());
    for ok in [
        "Bike Kitchen L.L.C.",
        "Bike Kitchen Limited Liability Company",
        "Bike Kitchen, LLC",
    ] {
        let d = Details {
            legal_name: ok.into(),
            ..details()
        };
        assert!(d.validate(EntityForm::DelawareLlc).is_ok(), "{ok}");
    }
    let d = Details {
        legal_name: "Bike Kitchen Cooperative".into(),
        ..details()
    };
    let e = d.validate(EntityForm::DelawareLlc).unwrap_err();
    assert_eq!(e[0].field, "legal_name");
    assert!(
        e[0].message
            .contains("\"LLC\", \"L.L.C.\" or \"Limited Liability Company\"")
    );
    let d = Details {
        legal_name: "Wellcome Bikes".into(),
        ..details()
    };
    assert!(
        d.validate(EntityForm::DelawareLlc).is_err(),
        "LLC must be a word"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let d = Details {
        legal_name: "Bike Kitchen".into(),
        agent_address: "1 Main St, Oakland, CA".into(),
        organizers: Vec::new(),
        fiscal_year_end: "02-30".into(),
        ..details()
    };
    let fields: Vec<&str> = d
        .validate(EntityForm::DelawareLlc)
        .unwrap_err()
        .iter()
        .map(|p| p.field)
        .collect();
    assert_eq!(
        fields,
        [
            "legal_name",
            "agent_address",
            "organizers",
            "fiscal_year_end"
        ]
    );
    let co = Details {
        legal_name: "Bike Kitchen Limited Cooperative Association".into(),
        agent_address: "100 Colfax Ave, Denver, CO 80202".into(),
        ..details()
    };
    assert!(co.validate(EntityForm::ColoradoLca).is_ok());
}

#[test]
fn the_checklist_runs_in_order() {
    let s = Status::Drafting;
    assert!(advance(&s, &Step::ReadyToFile, true).is_err());
    let s = advance(&s, &Step::StartSigning, false).unwrap();
    assert!(
        advance(&s, &Step::ReadyToFile, false).is_err(),
        "signatures first"
    );
    let s = advance(&s, &Step::ReadyToFile, true).unwrap();
    let unsigned = Step::Filed {
        filed_on: "2027-02-01".into(),
        file_number: "7654321".into(),
    };
    assert!(
        advance(&s, &unsigned, false).is_err(),
        "never file unsigned text"
    );
    let s = advance(
        &s,
        &Step::Filed {
            filed_on: "2027-02-01".into(),
            file_number: "7654321".into(),
        },
        true,
    )
    .unwrap();
    assert_eq!(s.filed_on(), Some("2027-02-01"));
    assert!(
        advance(
            &s,
            &Step::EinRecorded {
                ein: "123456789".into()
            },
            true
        )
        .is_err()
    );
    let s = advance(
        &s,
        &Step::EinRecorded {
            ein: "12-3456789".into(),
        },
        true,
    )
    .unwrap();
    let s = advance(&s, &Step::Activate, true).unwrap();
    assert_eq!(s.as_str(), "active");
    assert!(advance(&s, &Step::StartSigning, true).is_err());
}

#[test]
fn duties_fall_due_on_the_configured_days() {
    let de = StateConfig {
        filing_office: "Delaware Division of Corporations".into(),
        filing_address: "https://corp.delaware.gov".into(),
        filing_fee_cents: 11_000,
        annual_duty: "Annual LLC tax".into(),
        annual_fee_cents: 30_000,
        annual_due: "06-01".into(),
        late_penalty: "$200 plus 1.5% a month".into(),
    };
    let d = duties(&de, "2027-02-01", 2);
    assert_eq!(
        d.iter().map(|x| x.due_on.as_str()).collect::<Vec<_>>(),
        ["2028-06-01", "2029-06-01"]
    );
    assert_eq!(d[0].fee_cents, 30_000);
    let co = StateConfig {
        annual_due: "anniversary-month".into(),
        ..de
    };
    assert_eq!(duties(&co, "2027-02-10", 1)[0].due_on, "2028-02-29");
}
