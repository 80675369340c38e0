use crate::contract;
use crate::harness::Env;
use pools_app::ports::SessionKind;
use pools_app::{Actor, AppError};

contract!(
    sign_up_in_and_out,
    sign_in_is_rate_limited,
    concurrent_guesses_cannot_pass_the_sign_in_limit,
    password_reset_goes_through_the_outbox,
    outbox_is_for_the_operator_only,
);

async fn sign_up_in_and_out(env: Env) {
    let app = &env.app;
    let first = app
        .sign_up("Ana@Example.org", "Ana Okafor", "correct horse battery")
        .await
        .unwrap();
    assert!(
        first.person.operator,
        "the first account operates the server"
    );
    assert_eq!(first.person.email, "ana@example.org");
    let second = app
        .sign_up("ben@example.org", "Ben", "another long password")
        .await
        .unwrap();
    assert!(!second.person.operator);

    let dup = app
        .sign_up("ANA@example.org", "Other", "correct horse battery")
        .await;
    assert!(matches!(dup, Err(AppError::Conflict(_))), "{dup:?}");
    let bad = app.sign_up("nope", "", "short").await.unwrap_err();
    match bad {
        AppError::Invalid(fields) => {
            let names: Vec<_> = fields.iter().map(|f| f.field.as_str()).collect();
            assert_eq!(names, ["email", "name", "password"]);
        }
        other => panic!("{other:?}"),
    }

    let wrong = app
        .sign_in(
            "ana@example.org",
            "wrong password!",
            "1.2.3.4",
            SessionKind::Browser,
        )
        .await;
    assert!(matches!(wrong, Err(AppError::Unauthenticated(_))));
    let s = app
        .sign_in(
            " ana@example.org ",
            "correct horse battery",
            "1.2.3.4",
            SessionKind::Browser,
        )
        .await
        .unwrap();
    let who = app
        .authenticate(&s.token, SessionKind::Browser)
        .await
        .unwrap();
    assert_eq!(who, Actor::Person(first.person.clone()));
    // A browser session is not an API token, and vice versa.
    assert_eq!(
        app.authenticate(&s.token, SessionKind::ApiToken)
            .await
            .unwrap(),
        Actor::Anonymous
    );
    app.sign_out(&s.token).await.unwrap();
    assert_eq!(
        app.authenticate(&s.token, SessionKind::Browser)
            .await
            .unwrap(),
        Actor::Anonymous
    );
    // Sessions expire by the clock.
    let t = app
        .sign_in(
            "ben@example.org",
            "another long password",
            "x",
            SessionKind::ApiToken,
        )
        .await
        .unwrap();
    assert!(matches!(
        app.authenticate(&t.token, SessionKind::ApiToken)
            .await
            .unwrap(),
        Actor::Person(_)
    ));
    env.clock.advance_secs(91 * 24 * 3600);
    assert_eq!(
        app.authenticate(&t.token, SessionKind::ApiToken)
            .await
            .unwrap(),
        Actor::Anonymous
    );
    // Expired sessions are pruned; live ones stay.
    let live = app
        .sign_in(
            "ben@example.org",
            "another long password",
            "x",
            SessionKind::Browser,
        )
        .await
        .unwrap();
    assert!(app.prune_expired().await.unwrap() >= 1);
    assert_eq!(
        app.prune_expired().await.unwrap(),
        0,
        "nothing left to prune"
    );
    assert!(matches!(
        app.authenticate(&live.token, SessionKind::Browser)
            .await
            .unwrap(),
        Actor::Person(_)
    ));
}

async fn sign_in_is_rate_limited(env: Env) {
    let app = &env.app;
    app.sign_up("ana@example.org", "Ana", "correct horse battery")
        .await
        .unwrap();
    for _ in 0..5 {
        let r = app
            .sign_in(
                "ana@example.org",
                "guess guess guess",
                "9.9.9.9",
                SessionKind::Browser,
            )
            .await;
        assert!(matches!(r, Err(AppError::Unauthenticated(_))));
    }
    // Even the right password is refused while the limit holds.
    let r = app
        .sign_in(
            "ana@example.org",
            "correct horse battery",
            "9.9.9.9",
            SessionKind::Browser,
        )
        .await;
    assert!(matches!(r, Err(AppError::RateLimited { .. })), "{r:?}");
    env.clock.advance_secs(16 * 60);
    app.sign_in(
        "ana@example.org",
        "correct horse battery",
        "9.9.9.9",
        SessionKind::Browser,
    )
    .await
    .expect("the window has passed");
}

async fn password_reset_goes_through_the_outbox(env: Env) {
    let app = &env.app;
    let ana = app
        .sign_up("ana@example.org", "Ana", "correct horse battery")
        .await
        .unwrap();
    app.request_password_reset("nobody@example.org", pools_i18n::Locale::En)
        .await
        .unwrap();
    let operator = Actor::Operator;
    assert!(app.outbox(&operator, 10).await.unwrap().is_empty());

    app.request_password_reset("ana@example.org", pools_i18n::Locale::En)
        .await
        .unwrap();
    let mail = app.outbox(&operator, 10).await.unwrap();
    assert_eq!(mail.len(), 1);
    assert_eq!(mail[0].to, "ana@example.org");
    let link = mail[0]
        .body
        .lines()
        .find(|l| l.starts_with("http://pools.test/reset-password?token="))
        .expect("the mail has a link");
    let token = link.split_once("token=").unwrap().1;

    let short = app.reset_password(token, "short").await;
    assert!(matches!(short, Err(AppError::Invalid(_))));
    app.reset_password(token, "a brand new password")
        .await
        .unwrap();
    assert_eq!(
        app.authenticate(&ana.token, SessionKind::Browser)
            .await
            .unwrap(),
        Actor::Anonymous,
        "a reset signs out every session"
    );
    app.sign_in(
        "ana@example.org",
        "a brand new password",
        "x",
        SessionKind::Browser,
    )
    .await
    .unwrap();
    let again = app.reset_password(token, "yet another password").await;
    assert!(
        matches!(again, Err(AppError::Invalid(_))),
        "a link works once"
    );

    app.request_password_reset("ana@example.org", pools_i18n::Locale::En)
        .await
        .unwrap();
    let mail = app.outbox(&operator, 10).await.unwrap();
    let token = mail[0]
        .body
        .split_once("token=")
        .unwrap()
        .1
        .lines()
        .next()
        .unwrap()
        .to_string();
    env.clock.advance_secs(61 * 60);
    let late = app.reset_password(&token, "yet another password").await;
    assert!(matches!(late, Err(AppError::Invalid(_))), "links expire");
}

async fn outbox_is_for_the_operator_only(env: Env) {
    let app = &env.app;
    let op = app
        .sign_up("op@example.org", "Operator", "correct horse battery")
        .await
        .unwrap();
    let other = app
        .sign_up("ben@example.org", "Ben", "correct horse battery")
        .await
        .unwrap();
    assert!(app.outbox(&Actor::Person(op.person), 5).await.is_ok());
    assert!(matches!(
        app.outbox(&Actor::Person(other.person), 5).await,
        Err(AppError::Forbidden(_))
    ));
    assert!(matches!(
        app.outbox(&Actor::Anonymous, 5).await,
        Err(AppError::Unauthenticated(_))
    ));
}

/// Thirty wrong passwords at once against one email, then a hundred from
/// one address against many: no more are checked than the limits allow,
/// because each attempt is counted before its password is.
async fn concurrent_guesses_cannot_pass_the_sign_in_limit(env: Env) {
    use pools_app::auth::{MAX_FAILURES_PER_CLIENT, MAX_FAILURES_PER_EMAIL};
    let app = env.app.clone();
    app.sign_up("bo@example.org", "Bo", "correct horse battery")
        .await
        .unwrap();
    let guess = |email: String, client: &'static str| {
        let app = app.clone();
        tokio::spawn(async move {
            app.sign_in(&email, "guess guess guess", client, SessionKind::Browser)
                .await
        })
    };
    let tasks: Vec<_> = (0..30)
        .map(|i| {
            guess(
                "bo@example.org".into(),
                if i % 2 == 0 { "1.1.1.1" } else { "2.2.2.2" },
            )
        })
        .collect();
    let mut checked = 0;
    for t in tasks {
        match t.await.unwrap() {
            Err(AppError::Unauthenticated(_)) => checked += 1,
            Err(AppError::RateLimited { .. }) => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(
        checked, MAX_FAILURES_PER_EMAIL,
        "guesses checked against one email"
    );
    let tasks: Vec<_> = (0..100)
        .map(|i| guess(format!("someone{i}@example.org"), "3.3.3.3"))
        .collect();
    let mut checked = 0;
    for t in tasks {
        if matches!(t.await.unwrap(), Err(AppError::Unauthenticated(_))) {
            checked += 1;
        }
    }
    assert_eq!(
        checked, MAX_FAILURES_PER_CLIENT,
        "guesses checked from one address"
    );
    // A right password from elsewhere, once the window passes, still works,
    // and a success does not count against its address.
    env.clock.advance_secs(16 * 60);
    for _ in 0..(MAX_FAILURES_PER_CLIENT + 2) {
        app.sign_in(
            "bo@example.org",
            "correct horse battery",
            "4.4.4.4",
            SessionKind::Browser,
        )
        .await
        .expect("the right password");
    }
}
