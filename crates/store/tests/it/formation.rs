use crate::contract;
use crate::harness::{Env, person};
use pools_app::decisions::NewDecision;
use pools_app::{Actor, App, AppError};
use pools_core::decision::{Choice, Method, Stance};
use pools_core::formation::{Details, DocKind, EntityForm, Organizer, Step};
use pools_core::membership::commitment_hash;

contract!(formation_runs_from_drafting_to_an_active_entity);

fn details() -> Details {
    Details {
        legal_name: "Garden Cooperative LLC".into(),
        agent_name: "Registered Agents Inc.".into(),
        agent_address: "8 The Green, Dover, DE 19901".into(),
        principal_office: "1 Main St, Oakland, CA 94607".into(),
        mailing_address: String::new(),
        organizers: vec![Organizer {
            name: "Org".into(),
            address: "1 Main St, Oakland, CA 94607".into(),
        }],
        purpose: "Grow food together.".into(),
        social_purpose: "Feed the neighbourhood.".into(),
        fiscal_year_end: "12-31".into(),
    }
}

async fn sign_all(app: &App, a: &Actor, name: &str, pool: &str, kinds: &[DocKind]) {
    let v = app.formation_view(a, pool).await.unwrap();
    for k in kinds {
        let d = v.documents.iter().find(|d| d.kind == *k).unwrap();
        app.sign_document(a, pool, *k, name, true, &d.sha256)
            .await
            .unwrap();
    }
}

async fn formation_runs_from_drafting_to_an_active_entity(env: Env) {
    let app = &env.app;
    let org = person(app, "Org").await;
    app.create_group(&org, "Garden", Some("garden"), "")
        .await
        .unwrap();
    let pool = app
        .create_pool(&org, "garden", None, "USD", true)
        .await
        .unwrap();
    let pool = app.open_pool(&org, &pool.id).await.unwrap();
    let mo = person(app, "Mo Lee").await;
    app.join_group(&mo, "garden").await.unwrap();
    app.join_pool(&mo, &pool.id, &commitment_hash(&pool.commitment), true)
        .await
        .unwrap();
    // Only organizers start it; the name rule is named in the error.
    assert!(matches!(
        app.save_formation(&mo, &pool.id, EntityForm::DelawareLlc, details())
            .await,
        Err(AppError::Forbidden(_))
    ));
    let bad = Details {
        legal_name: "Garden Cooperative".into(),
        ..details()
    };
    match app
        .save_formation(&org, &pool.id, EntityForm::DelawareLlc, bad)
        .await
    {
        Err(AppError::Invalid(e)) => assert!(e[0].message.contains("\"L.L.C.\"")),
        other => panic!("{other:?}"),
    }
    // Each named organizer must be a member, named as on their account.
    let stranger = Details {
        organizers: vec![Organizer {
            name: "Someone Else".into(),
            address: "1 Main St, Oakland, CA 94607".into(),
        }],
        ..details()
    };
    assert!(matches!(
        app.save_formation(&org, &pool.id, EntityForm::DelawareLlc, stranger).await,
        Err(AppError::Invalid(e)) if e[0].field == "organizers"
    ));
    let f = app
        .save_formation(&org, &pool.id, EntityForm::DelawareLlc, details())
        .await
        .unwrap();
    assert_eq!((f.status.as_str(), f.version), ("drafting", 0));
    assert!(matches!(
        app.sign_document(&mo, &pool.id, DocKind::OperatingAgreement, "Mo Lee", true, "x").await,
        Err(AppError::Conflict(m)) if m.contains("not out for signature yet")
    ));
    assert_eq!(
        app.formation_view(&mo, &pool.id)
            .await
            .unwrap()
            .legal_status,
        "Informal pool, becoming Garden Cooperative LLC (drafting)"
    );
    // A draft preview, not signable.
    let preview = app
        .formation_document(&mo, &pool.id, DocKind::OperatingAgreement, None)
        .await
        .unwrap();
    assert!(!preview.can_sign && preview.recorded_sha256.is_none());
    assert!(matches!(
        app.advance_formation(&org, &pool.id, Step::ReadyToFile)
            .await,
        Err(AppError::Conflict(_))
    ));
    let f = app
        .advance_formation(&org, &pool.id, Step::StartSigning)
        .await
        .unwrap();
    assert_eq!((f.status.as_str(), f.version), ("signing", 1));
    // Every active member is asked to sign, once.
    app.notify_pass(500).await.unwrap();
    app.notify_pass(500).await.unwrap();
    let asks: Vec<_> = app
        .outbox(&Actor::Operator, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|m| m.subject.starts_with("Please sign:") && m.subject.ends_with("version 1"))
        .collect();
    let mut to: Vec<_> = asks.iter().map(|m| m.to.clone()).collect();
    to.sort();
    to.dedup();
    assert!(asks.len() >= 2 && to.len() == asks.len(), "{asks:?}");
    assert!(asks.iter().all(|m| m.body.contains("/formation")));
    assert!(matches!(
        app.save_formation(&org, &pool.id, EntityForm::DelawareLlc, details())
            .await,
        Err(AppError::Conflict(_))
    ));
    let v = app.formation_view(&mo, &pool.id).await.unwrap();
    assert_eq!(v.documents.len(), 3);
    let oa = v
        .documents
        .iter()
        .find(|d| d.kind == DocKind::OperatingAgreement)
        .unwrap()
        .clone();
    assert_eq!(oa.missing.len(), 2);
    // Signing needs the name on the account, the confirmation and the hash read.
    assert!(matches!(
        app.sign_document(
            &mo,
            &pool.id,
            DocKind::OperatingAgreement,
            "Mo",
            true,
            &oa.sha256
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    assert!(matches!(
        app.sign_document(
            &mo,
            &pool.id,
            DocKind::OperatingAgreement,
            "mo  lee",
            false,
            &oa.sha256
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    assert!(matches!(
        app.sign_document(
            &mo,
            &pool.id,
            DocKind::OperatingAgreement,
            "Mo Lee",
            true,
            "00"
        )
        .await,
        Err(AppError::Conflict(_))
    ));
    assert!(matches!(
        app.sign_document(
            &mo,
            &pool.id,
            DocKind::CertificateOfFormation,
            "Mo Lee",
            true,
            &oa.sha256
        )
        .await,
        Err(AppError::Forbidden(_))
    ));
    let s = app
        .sign_document(
            &mo,
            &pool.id,
            DocKind::OperatingAgreement,
            "mo  lee",
            true,
            &oa.sha256,
        )
        .await
        .unwrap();
    assert_eq!(
        (s.version, s.sha256.as_str(), s.typed_name.as_str()),
        (1, oa.sha256.as_str(), "mo lee")
    );
    assert!(matches!(
        app.sign_document(
            &mo,
            &pool.id,
            DocKind::OperatingAgreement,
            "Mo Lee",
            true,
            &oa.sha256
        )
        .await,
        Err(AppError::Conflict(_))
    ));
    sign_all(
        app,
        &mo,
        "Mo Lee",
        &pool.id,
        &[DocKind::MembershipAgreement],
    )
    .await;
    assert!(matches!(
        app.advance_formation(&org, &pool.id, Step::ReadyToFile).await,
        Err(AppError::Conflict(m)) if m.contains("every member must sign")
    ));
    // A rule change by decision generates version 2; version 1's signatures stay.
    let mut rules = pool.rules.clone();
    rules.quorum_percent = 60;
    let d = app
        .open_decision(
            &org,
            &pool.id,
            NewDecision {
                title: "Raise the quorum".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(2),
                rule_change: Some(rules),
                spend: None,
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    for a in [&org, &mo] {
        app.cast_ballot(a, &d.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    env.clock.advance_secs(2 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let v = app.formation_view(&mo, &pool.id).await.unwrap();
    assert_eq!(v.formation.as_ref().unwrap().version, 2);
    assert_eq!(v.versions.len(), 2);
    assert!(v.versions[1].reason.contains("Raise the quorum"));
    assert_eq!(v.earlier.len(), 2, "Mo's signatures on version 1 stay");
    let oa2 = v
        .documents
        .iter()
        .find(|d| d.kind == DocKind::OperatingAgreement)
        .unwrap();
    assert_ne!(oa2.sha256, oa.sha256);
    assert_eq!(oa2.missing.len(), 2, "everyone signs the new version");
    let text = app
        .formation_document(&mo, &pool.id, DocKind::OperatingAgreement, None)
        .await
        .unwrap();
    assert!(text.matches && text.document.text().contains("at least 60% "));
    let old = app
        .formation_document(&mo, &pool.id, DocKind::OperatingAgreement, Some(1))
        .await
        .unwrap();
    assert!(old.document.text().contains("at least 50% ") && !old.can_sign);
    assert_eq!(old.signatures.len(), 1);
    // Everyone signs version 2, then the checklist runs to the end.
    sign_all(
        app,
        &mo,
        "Mo Lee",
        &pool.id,
        &[DocKind::OperatingAgreement, DocKind::MembershipAgreement],
    )
    .await;
    sign_all(
        app,
        &org,
        "Org",
        &pool.id,
        &[
            DocKind::CertificateOfFormation,
            DocKind::OperatingAgreement,
            DocKind::MembershipAgreement,
        ],
    )
    .await;
    assert!(app.formation_view(&org, &pool.id).await.unwrap().all_signed);
    app.advance_formation(&org, &pool.id, Step::ReadyToFile)
        .await
        .unwrap();
    // A rule change now sends the formation back to signing: nothing
    // unsigned is filed.
    let mut rules = app.pool_view(&org, &pool.id).await.unwrap().pool.rules;
    rules.exit_repay_days = 60;
    let d = app
        .open_decision(
            &org,
            &pool.id,
            NewDecision {
                title: "Repay faster".into(),
                body: String::new(),
                method: Method::Proposal,
                voting_days: Some(2),
                rule_change: Some(rules),
                spend: None,
                round: None,
                flood: None,
                secret: None,
            },
        )
        .await
        .unwrap();
    for a in [&org, &mo] {
        app.cast_ballot(a, &d.id, Choice::Proposal(Stance::Agree), "")
            .await
            .unwrap();
    }
    env.clock.advance_secs(2 * 24 * 3600);
    app.close_due_decisions().await.unwrap();
    let v = app.formation_view(&org, &pool.id).await.unwrap();
    let f = v.formation.as_ref().unwrap();
    assert_eq!((f.status.as_str(), f.version), ("signing", 3));
    sign_all(
        app,
        &mo,
        "Mo Lee",
        &pool.id,
        &[DocKind::OperatingAgreement, DocKind::MembershipAgreement],
    )
    .await;
    sign_all(
        app,
        &org,
        "Org",
        &pool.id,
        &[
            DocKind::CertificateOfFormation,
            DocKind::OperatingAgreement,
            DocKind::MembershipAgreement,
        ],
    )
    .await;
    app.advance_formation(&org, &pool.id, Step::ReadyToFile)
        .await
        .unwrap();
    assert!(matches!(
        app.advance_formation(
            &org,
            &pool.id,
            Step::Filed {
                filed_on: "2999-01-01".into(),
                file_number: "1".into()
            }
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    let today = app.now().date().to_string();
    app.advance_formation(
        &org,
        &pool.id,
        Step::Filed {
            filed_on: today.clone(),
            file_number: "7654321".into(),
        },
    )
    .await
    .unwrap();
    let v = app.formation_view(&mo, &pool.id).await.unwrap();
    assert_eq!(v.duties.len(), 3);
    assert_eq!(v.duties[0].fee_cents, 30_000);
    assert!(v.duties[0].due_on.ends_with("-06-01"));
    assert!(matches!(
        app.advance_formation(
            &org,
            &pool.id,
            Step::EinRecorded {
                ein: "12345".into()
            }
        )
        .await,
        Err(AppError::Invalid(_))
    ));
    app.advance_formation(
        &org,
        &pool.id,
        Step::EinRecorded {
            ein: "12-3456789".into(),
        },
    )
    .await
    .unwrap();
    app.advance_formation(&org, &pool.id, Step::Activate)
        .await
        .unwrap();
    assert_eq!(
        app.formation_view(&mo, &pool.id)
            .await
            .unwrap()
            .legal_status,
        "Garden Cooperative LLC (Delaware LLC with a co-op operating agreement, file number 7654321)"
    );
}
