//! Real Chromium, headless and with JavaScript turned off, through
//! chromedriver: signing up, importing a Meetup export, creating a pool and
//! joining it, as a person would. Runs when POOLS_TEST_BROWSER=1, and then a
//! missing browser fails the suite instead of skipping it. Screenshots of
//! every step go to POOLS_SCREENSHOTS (a folder) when set, and to
//! target/browser-failure.png when a step fails.

use crate::harness::start;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use std::process::{Child, Command, Stdio};

struct Driver {
    child: Child,
    _profile: crate::harness::TempDir,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn enabled() -> bool {
    std::env::var("POOLS_TEST_BROWSER").is_ok_and(|v| v == "1")
}

async fn browser() -> (Client, Driver) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let child = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("POOLS_TEST_BROWSER=1 but {driver} cannot start: {e}. Install chromium and chromium-driver."));
    let profile = std::env::temp_dir().join(format!("pools-chrome-{}", uuid::Uuid::now_v7()));
    std::fs::create_dir_all(&profile).unwrap();
    let binary = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let caps = json!({
        "goog:chromeOptions": {
            "binary": binary,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-quic", "--window-size=1100,1400",
                format!("--user-data-dir={}", profile.display())
            ],
            "prefs": { "profile.managed_default_content_settings.javascript": 2 }
        }
    });
    let caps: serde_json::Map<String, serde_json::Value> = caps.as_object().unwrap().clone();
    let url = format!("http://127.0.0.1:{port}");
    let mut last = None;
    for _ in 0..50 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&url)
            .await
        {
            Ok(c) => {
                return (
                    c,
                    Driver {
                        child,
                        _profile: crate::harness::TempDir(profile),
                    },
                );
            }
            Err(e) => {
                last = Some(e);
                tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            }
        }
    }
    panic!("chromedriver did not accept a session: {last:?}");
}

struct Steps {
    c: Client,
    dir: Option<std::path::PathBuf>,
    n: u32,
}

impl Steps {
    async fn shot(&mut self, name: &str) {
        if let Some(dir) = &self.dir {
            self.n += 1;
            let png = self.c.screenshot().await.unwrap();
            std::fs::write(dir.join(format!("{:02}-{name}.png", self.n)), png).unwrap();
        }
    }

    async fn fill(&self, id: &str, text: &str) {
        let el = self.c.find(Locator::Id(id)).await.unwrap();
        el.clear().await.unwrap();
        el.send_keys(text).await.unwrap();
    }

    /// Follows a link or submits a form, and waits until the next page has
    /// replaced this one, so no later step reads the old page.
    async fn click(&self, css: &str) {
        let old = self.c.find(Locator::Css("html")).await.unwrap();
        self.c
            .find(Locator::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        for _ in 0..400 {
            if old.tag_name().await.is_err() {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        panic!("clicking {css} did not lead to a new page");
    }

    /// Ticks a checkbox (no navigation).
    async fn tick(&self, css: &str) {
        self.c
            .find(Locator::Css(css))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }

    async fn text(&self) -> String {
        self.c
            .wait()
            .for_element(Locator::Css("main"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }
}

#[tokio::test]
async fn sign_up_import_create_a_pool_and_join_it_in_chromium() {
    if !enabled() {
        eprintln!("POOLS_TEST_BROWSER is not 1: the browser suite did not run");
        return;
    }
    let s = start().await;
    let (c, _driver) = browser().await;
    let dir = std::env::var("POOLS_SCREENSHOTS")
        .ok()
        .map(std::path::PathBuf::from);
    if let Some(d) = &dir {
        std::fs::create_dir_all(d).unwrap();
    }
    let mut st = Steps {
        c: c.clone(),
        dir,
        n: 0,
    };
    let result = flow(&mut st, &s).await;
    if result.is_err() {
        let png = c.screenshot().await.unwrap_or_default();
        let _ = std::fs::write(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../target/browser-failure.png"),
            png,
        );
    }
    c.close().await.unwrap();
    if let Err(e) = result {
        panic!("{e}");
    }
    if let Ok(log) = std::env::var("POOLS_TEST_RAN_LOG") {
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(log)
            .unwrap();
        f.write_all(b"browser sign_up_import_create_a_pool_and_join_it\n")
            .unwrap();
    }
}

async fn flow(st: &mut Steps, server: &crate::harness::Server) -> Result<(), String> {
    let base = server.base.as_str();
    let c = st.c.clone();
    let check = |ok: bool, what: &str| if ok { Ok(()) } else { Err(what.to_string()) };

    c.goto(base).await.map_err(|e| e.to_string())?;
    st.shot("home").await;
    check(
        st.text()
            .await
            .contains("Turn your group into a member-owned fund"),
        "home page",
    )?;

    // Sign up.
    st.click("a[href='/signup']").await;
    st.fill("name", "Ana Okafor").await;
    st.fill("email", "ana@example.org").await;
    st.fill("password", "short").await;
    st.click("form.stack button[type=submit]").await;
    st.shot("signup-error").await;
    check(
        st.text().await.contains("at least 10 characters"),
        "password error shown",
    )?;
    st.fill("password", "a long enough password").await;
    st.click("form.stack button[type=submit]").await;
    check(
        st.text().await.contains("Your account is ready"),
        "signed up",
    )?;
    st.shot("signed-in-home").await;

    // Create a group and import the Meetup export through the file input.
    c.goto(&format!("{base}/groups/new"))
        .await
        .map_err(|e| e.to_string())?;
    st.fill("name", "Oakland Makers").await;
    st.fill(
        "description",
        "Tinkerers, menders and makers of the East Bay.",
    )
    .await;
    st.click("form.stack button[type=submit]").await;
    check(
        st.text().await.contains("you are its organizer"),
        "group created",
    )?;
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/meetup/classic.csv")
        .canonicalize()
        .map_err(|e| e.to_string())?;
    c.find(Locator::Id("file"))
        .await
        .map_err(|e| e.to_string())?
        .send_keys(&fixture.display().to_string())
        .await
        .map_err(|e| e.to_string())?;
    st.click("form[action$='/import'] button").await;
    let text = st.text().await;
    check(text.contains("Imported 12 members"), "import summary")?;
    check(text.contains("Chloé Dubois"), "imported names")?;
    st.shot("group-imported").await;
    c.goto(&format!("{base}/g/oakland-makers/invites"))
        .await
        .map_err(|e| e.to_string())?;
    st.shot("invites").await;

    // Turn it into a pool and open it.
    c.goto(&format!("{base}/g/oakland-makers"))
        .await
        .map_err(|e| e.to_string())?;
    st.click("a[href='/g/oakland-makers/pool/new']").await;
    st.shot("pool-new").await;
    st.tick("#accept_commitment").await;
    st.click("form.stack button[type=submit]").await;
    check(
        st.text().await.contains("This pool is a draft"),
        "draft pool",
    )?;
    st.shot("pool-draft").await;
    st.click("a[href$='/rules']").await;
    st.fill("quorum_percent", "40").await;
    st.shot("pool-rules").await;
    st.click("form.stack button[type=submit]").await;
    check(st.text().await.contains("at least 40%"), "rules saved")?;
    st.click("form[action$='/open'] button").await;
    check(st.text().await.contains("The pool is open"), "pool opened")?;
    let pool_url = c.current_url().await.map_err(|e| e.to_string())?;

    // A second person joins the group and then the pool.
    st.click("form[action='/signout'] button").await;
    c.goto(&format!("{base}/signup"))
        .await
        .map_err(|e| e.to_string())?;
    st.fill("name", "Ben Tanaka").await;
    st.fill("email", "ben@example.org").await;
    st.fill("password", "another long password").await;
    st.click("form.stack button[type=submit]").await;
    c.goto(&format!("{base}/g/oakland-makers"))
        .await
        .map_err(|e| e.to_string())?;
    st.click("form[action$='/join'] button").await;
    check(
        st.text().await.contains("You joined the group"),
        "joined group",
    )?;
    c.goto(pool_url.as_str()).await.map_err(|e| e.to_string())?;
    st.shot("pool-join").await;
    st.tick("#accept_commitment").await;
    st.click("form[action$='/join'] button").await;
    let text = st.text().await;
    check(text.contains("you are a member of the pool"), "joined pool")?;
    check(text.contains("2 active members"), "member count")?;
    st.shot("pool-member").await;

    // Ben wants decisions opening in one daily email, not one each.
    st.click("a[href$='/notifications']").await;
    st.tick("#decision_opened-digest").await;
    st.shot("notifications").await;
    st.click("form[action$='/notifications'] button").await;
    let text = st.text().await;
    check(
        text.contains("Your notification choices are saved"),
        "choices saved",
    )?;
    let digest = c
        .find(Locator::Css("#decision_opened-digest"))
        .await
        .map_err(|e| e.to_string())?;
    check(
        digest
            .prop("checked")
            .await
            .map_err(|e| e.to_string())?
            .as_deref()
            == Some("true"),
        "digest kept",
    )?;
    c.goto(pool_url.as_str()).await.map_err(|e| e.to_string())?;

    // Ben puts a question to the pool and votes on it.
    st.click("a[href$='/decisions/new']").await;
    st.fill("title", "Buy a second 3D printer?").await;
    st.fill("body", "The old one is **always** booked. Quote: $450.")
        .await;
    st.fill("voting_days", "2").await;
    st.shot("decision-new").await;
    st.click("form.stack button[type=submit]").await;
    check(
        st.text().await.contains("Voting is open until"),
        "decision opened",
    )?;
    let decision_url = c.current_url().await.map_err(|e| e.to_string())?;
    // The notifier tells the members; Ana gets an email at once, with a
    // link that stops these messages in one click, signed in or not.
    while server
        .app
        .notify_pass(500)
        .await
        .map_err(|e| e.to_string())?
        .more
    {}
    let mail = server
        .app
        .outbox(&pools_app::Actor::Operator, 100)
        .await
        .map_err(|e| e.to_string())?;
    let to_ana = mail
        .iter()
        .find(|m| m.to == "ana@example.org" && m.subject.starts_with("Vote: Buy a second"))
        .ok_or("Ana was not told of the decision")?;
    check(
        !mail
            .iter()
            .any(|m| m.to != "ana@example.org" && m.subject.starts_with("Vote:")),
        "Ben chose the digest, so no email for him",
    )?;
    let link = to_ana
        .unsubscribe_url
        .clone()
        .ok_or("no unsubscribe link")?;
    c.goto(&link).await.map_err(|e| e.to_string())?;
    st.shot("unsubscribe").await;
    st.click("form[action^='/unsubscribe/'] button").await;
    check(st.text().await.contains("Messages stopped"), "unsubscribed")?;
    c.goto(decision_url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    // Ben reads Pools in French: the switcher on every page, then the vote.
    st.tick("#switch-lang option[value=fr]").await;
    st.click("form.switcher button").await;
    let lang = c
        .find(Locator::Css("html"))
        .await
        .map_err(|e| e.to_string())?
        .attr("lang")
        .await
        .map_err(|e| e.to_string())?;
    check(lang.as_deref() == Some("fr"), "the page says it is French")?;
    check(
        st.text()
            .await
            .contains("Pools vous parle désormais en français"),
        "the switch is confirmed in French",
    )?;
    c.goto(decision_url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    let page = st.text().await;
    check(
        page.contains("Quelle est votre position ?") && page.contains("Votre vote"),
        "the decision page is in French",
    )?;
    st.shot("decision-in-french").await;
    st.tick("input[name=stance][value=agree]").await;
    st.fill("reason", "Queues are long").await;
    st.click("form[action$='/ballot'] button").await;
    check(
        st.text().await.contains("Votre vote est compté"),
        "Ben voted, in French",
    )?;
    st.shot("voted-in-french").await;
    check(
        st.text().await.contains("Vous avez voté : Pour."),
        "his vote is shown in French",
    )?;
    check(
        st.text()
            .await
            .contains("Si le vote s'arrêtait maintenant — Adoptée : "),
        "the result is explained in French",
    )?;
    // Back to English for the rest of the walk.
    st.tick("#switch-lang option[value=en]").await;
    st.click("form.switcher button").await;
    c.goto(decision_url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    check(
        st.text().await.contains("You voted: Agree."),
        "Ben's vote, back in English",
    )?;
    // Ben asks Ana something under the decision, mentioning her.
    check(
        st.text().await.contains("@ana-okafor (Ana Okafor)"),
        "the handles to mention are shown",
    )?;
    st.fill("body", "Could the library share it, @ana-okafor?")
        .await;
    st.click("form.comment-form button").await;
    check(
        st.text()
            .await
            .contains("Could the library share it, @ana-okafor?"),
        "Ben's comment is on the page",
    )?;
    st.shot("comment").await;

    // Ana signs in and votes too.
    st.click("form[action='/signout'] button").await;
    c.goto(&format!("{base}/signin"))
        .await
        .map_err(|e| e.to_string())?;
    st.fill("email", "ana@example.org").await;
    st.fill("password", "a long enough password").await;
    st.click("form.stack button[type=submit]").await;
    c.goto(decision_url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    check(
        st.text().await.contains("If voting ended now"),
        "provisional count",
    )?;
    // Ana was told of the mention, and replies in the thread.
    while server
        .app
        .notify_pass(500)
        .await
        .map_err(|e| e.to_string())?
        .more
    {}
    check(
        server
            .app
            .outbox(&pools_app::Actor::Operator, 200)
            .await
            .map_err(|e| e.to_string())?
            .iter()
            .any(|m| {
                m.to == "ana@example.org"
                    && m.subject.starts_with("Ben")
                    && m.subject.contains("mentioned you")
            }),
        "Ana was told she was mentioned",
    )?;
    st.tick("details.reply summary").await;
    c.find(Locator::Css("details.reply textarea"))
        .await
        .map_err(|e| e.to_string())?
        .send_keys("I will ask them on Monday.")
        .await
        .map_err(|e| e.to_string())?;
    st.click("details.reply button").await;
    check(
        st.text().await.contains("I will ask them on Monday."),
        "Ana's reply is on the page",
    )?;
    st.tick("input[name=stance][value=agree]").await;
    st.click("form[action$='/ballot'] button").await;
    st.shot("decision-open").await;

    // The closing time comes; the server's closer closes it on its own.
    server.clock.advance_secs(2 * 24 * 3600 + 60);
    server
        .app
        .close_due_decisions()
        .await
        .map_err(|e| e.to_string())?;
    c.goto(decision_url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    let text = st.text().await;
    check(
        text.contains("Passed: 2 of 2 members voted (quorum 1). 2 agreed and 0 disagreed"),
        "explained result",
    )?;
    check(!text.contains("Cast my vote"), "no ballot form after close")?;
    st.shot("decision-closed").await;

    // Ana, an organizer, records money received in the treasury.
    c.goto(&format!("{base}{}/treasury", pool_url.path()))
        .await
        .map_err(|e| e.to_string())?;
    st.tick("#kind-gift").await;
    st.fill("amount", "25").await;
    st.fill("reference", "Bake sale").await;
    st.click("form[action$='/money'] button").await;
    let text = st.text().await;
    check(text.contains("Recorded 25.00 USD"), "money recorded")?;
    st.shot("treasury").await;

    // Ana proposes a budgeting round; both vote for it and it opens.
    c.goto(pool_url.as_str()).await.map_err(|e| e.to_string())?;
    st.click("a[href$='/decisions/new']").await;
    st.fill("title", "Spring budgeting round").await;
    st.fill("round_amount", "20").await;
    st.fill("bucket_days", "1").await;
    st.fill("funding_days", "1").await;
    st.fill("guidelines", "Tools everyone can use.").await;
    st.fill("voting_days", "2").await;
    st.click("form.stack button[type=submit]").await;
    let round_decision = c.current_url().await.map_err(|e| e.to_string())?;
    check(
        st.text().await.contains("20.00 USD shared equally"),
        "round proposal explained",
    )?;
    st.tick("input[name=stance][value=agree]").await;
    st.click("form[action$='/ballot'] button").await;
    sign_in_as(st, base, "ben@example.org", "another long password").await?;
    c.goto(round_decision.as_str())
        .await
        .map_err(|e| e.to_string())?;
    st.tick("input[name=stance][value=agree]").await;
    st.click("form[action$='/ballot'] button").await;
    server.clock.advance_secs(2 * 24 * 3600 + 60);
    server
        .app
        .close_due_decisions()
        .await
        .map_err(|e| e.to_string())?;
    c.goto(round_decision.as_str())
        .await
        .map_err(|e| e.to_string())?;
    st.click("a[href^='/r/']").await;
    let text = st.text().await;
    check(text.contains("10.00 USD"), "each member's equal share")?;

    // Ben proposes a bucket, with Ana as co-creator.
    st.click("a[href$='/buckets/new']").await;
    st.fill("title", "Shared drill press").await;
    st.fill("description", "For the **whole** workshop.").await;
    st.fill("label-1", "Drill press").await;
    st.fill("min-1", "12").await;
    st.fill("max-1", "15").await;
    st.tick("#co-1").await;
    st.shot("bucket-new").await;
    st.click("form.stack button[type=submit]").await;
    check(
        st.text().await.contains("Your bucket is proposed"),
        "bucket proposed",
    )?;
    let bucket_url = c.current_url().await.map_err(|e| e.to_string())?;

    // Funding opens. Ben gives 7 from the bucket page; more than his share
    // is refused in words.
    server.clock.advance_secs(24 * 3600 + 60);
    c.goto(bucket_url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    st.fill("amount", "11").await;
    st.click("form[action$='/fund'] button").await;
    check(
        st.text()
            .await
            .contains("of your allocation left, less than"),
        "overspending refused",
    )?;
    st.fill("amount", "7").await;
    st.click("form[action$='/fund'] button").await;
    check(
        st.text().await.contains("You put 7.00 USD into"),
        "Ben funded",
    )?;

    // Ana gives 6 from the round page.
    sign_in_as(st, base, "ana@example.org", "a long enough password").await?;
    c.goto(bucket_url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    st.click("a[href^='/r/']").await;
    st.fill("amount-1", "6").await;
    st.shot("round-funding").await;
    st.click("form[action$='/fund'] button").await;
    check(
        st.text().await.contains("It now holds 13.00 USD"),
        "Ana funded",
    )?;

    // Funding ends: the bucket reached its minimum and its payout is authorized.
    server.clock.advance_secs(24 * 3600 + 60);
    server
        .app
        .close_due_rounds()
        .await
        .map_err(|e| e.to_string())?;
    c.goto(bucket_url.as_str())
        .await
        .map_err(|e| e.to_string())?;
    let text = st.text().await;
    check(
        text.contains("Funded: a payout of 13.00 USD to Ben Tanaka, Ana")
            && text.contains("authorized, waiting for the treasurer"),
        "payout authorized",
    )?;
    st.shot("bucket-funded").await;
    c.goto(&format!("{base}{}/treasury", pool_url.path()))
        .await
        .map_err(|e| e.to_string())?;
    check(
        st.text().await.contains("Bucket \"Shared drill press\""),
        "the payout is in the treasury",
    )?;

    // Ana starts formation as a Delaware LLC and sends the documents out.
    c.goto(pool_url.as_str()).await.map_err(|e| e.to_string())?;
    st.click("a[href$='/formation']").await;
    st.fill("legal_name", "Oakland Makers Cooperative").await;
    st.fill("agent_name", "Registered Agents Inc.").await;
    st.fill("agent_address", "8 The Green, Dover, DE 19901")
        .await;
    st.fill("principal_office", "2110 San Pablo Ave, Oakland, CA 94612")
        .await;
    st.fill("organizer_name-1", "Ana Okafor").await;
    st.fill(
        "organizer_address-1",
        "2110 San Pablo Ave, Oakland, CA 94612",
    )
    .await;
    st.fill("purpose", "Run a shared maker space.").await;
    st.fill(
        "social_purpose",
        "Teach anyone in Oakland to make and mend.",
    )
    .await;
    st.click("form[action$='/formation'] button[type=submit]")
        .await;
    check(
        st.text().await.contains("must contain \"LLC\""),
        "the LLC name rule is named",
    )?;
    st.fill("legal_name", "Oakland Makers Cooperative LLC")
        .await;
    st.shot("formation-details").await;
    st.click("form[action$='/formation'] button[type=submit]")
        .await;
    check(
        st.text().await.contains("The details are saved"),
        "details saved",
    )?;
    st.click("form[action$='/formation/steps'] button").await;
    check(
        st.text().await.contains("out for signature"),
        "documents generated",
    )?;

    // Ana reads the operating agreement and signs it.
    st.click("a[href$='/formation/operating_agreement']").await;
    let text = st.text().await;
    check(
        text.contains("Not legal advice.") && text.contains("Version 1"),
        "notice and version",
    )?;
    st.fill("typed_name", "Ana Okafor").await;
    st.tick("#confirm").await;
    st.shot("formation-sign").await;
    st.click("form[action$='/signatures'] button").await;
    check(
        st.text()
            .await
            .contains("You signed version 1 of the Operating Agreement"),
        "Ana signed",
    )?;

    // Ben sees that he still has to sign, and signs.
    sign_in_as(st, base, "ben@example.org", "another long password").await?;
    c.goto(pool_url.as_str()).await.map_err(|e| e.to_string())?;
    check(
        st.text()
            .await
            .contains("Still to sign version 1 of the documents"),
        "the pool page lists who must sign",
    )?;
    st.click("a[href$='/formation']").await;
    st.click("a.button[href$='/formation/operating_agreement']")
        .await;
    st.fill("typed_name", "Ben Tanaka").await;
    st.tick("#confirm").await;
    st.click("form[action$='/signatures'] button").await;
    check(
        st.text().await.contains("You signed version 1"),
        "Ben signed",
    )?;
    c.goto(&format!("{base}{}/formation", pool_url.path()))
        .await
        .map_err(|e| e.to_string())?;
    check(
        st.text()
            .await
            .contains("Signed by Ana Okafor, Ben Tanaka."),
        "both signatures listed",
    )?;
    st.shot("formation-signed").await;
    Ok(())
}

async fn sign_in_as(st: &mut Steps, base: &str, email: &str, password: &str) -> Result<(), String> {
    st.click("form[action='/signout'] button").await;
    st.c.goto(&format!("{base}/signin"))
        .await
        .map_err(|e| e.to_string())?;
    st.fill("email", email).await;
    st.fill("password", password).await;
    st.click("form.stack button[type=submit]").await;
    Ok(())
}
