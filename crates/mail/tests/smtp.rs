//! Mail through a real SMTP server: aiosmtpd (from PyPI), started by each
//! test on a port of its own and writing what it receives into a maildir
//! that the test reads back. `.ci/run` installs it and sets
//! `POOLS_TEST_SMTP_PYTHON` to a Python that has it; without that variable
//! these tests say so and pass, as the PostgreSQL suite does.

use pools_app::mail::Mailer;
use pools_app::ports::Clock;
use pools_app::{Actor, App, Config};
use pools_core::mail::MailStatus;
use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;
use time::OffsetDateTime;

struct TestClock(AtomicI64);

impl Clock for TestClock {
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::from_unix_timestamp_nanos(self.0.load(Ordering::SeqCst) as i128 * 1_000_000)
            .expect("test time is in range")
    }
}

/// A directory removed when dropped.
struct Dir(PathBuf);

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A running aiosmtpd, killed when dropped.
struct Smtpd {
    child: Child,
    port: u16,
}

impl Smtpd {
    async fn start(python: &str, port: u16, maildir: &Path) -> Smtpd {
        let mut child = Command::new(python)
            .args(["-m", "aiosmtpd", "-n", "-l"])
            .arg(format!("127.0.0.1:{port}"))
            .args(["-c", "aiosmtpd.handlers.Mailbox"])
            .arg(maildir)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("POOLS_TEST_SMTP_PYTHON must be a Python with aiosmtpd installed");
        for _ in 0..200 {
            if tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
            {
                return Smtpd { child, port };
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("aiosmtpd did not start on port {port}");
    }

    fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Smtpd {
    fn drop(&mut self) {
        self.kill();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The Python with aiosmtpd, or None (and a note) when not configured.
fn python(test: &str) -> Option<String> {
    match std::env::var("POOLS_TEST_SMTP_PYTHON") {
        Ok(p) => {
            if let Ok(log) = std::env::var("POOLS_TEST_RAN_LOG") {
                let mut f = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(log)
                    .unwrap();
                f.write_all(format!("smtp {test}\n").as_bytes()).unwrap();
            }
            Some(p)
        }
        Err(_) => {
            eprintln!("{test}: POOLS_TEST_SMTP_PYTHON is not set, so no SMTP server runs here");
            None
        }
    }
}

struct World {
    app: App,
    clock: Arc<TestClock>,
    dir: Dir,
}

async fn world() -> World {
    let dir = Dir(std::env::temp_dir().join(format!("pools-smtp-{}", uuid::Uuid::now_v7())));
    for sub in ["tmp", "new", "cur"] {
        std::fs::create_dir_all(dir.0.join("maildir").join(sub)).unwrap();
    }
    let url = format!("sqlite://{}", dir.0.join("pools.db").display());
    let store = pools_store::open(&url).await.unwrap();
    let clock = Arc::new(TestClock(AtomicI64::new(1_795_000_000_000)));
    let app = App::new(store, clock.clone(), Config::new("https://pools.example"))
        .await
        .unwrap();
    app.sign_up("ana@example.org", "Ana Okafor", "a long enough password")
        .await
        .unwrap();
    World { app, clock, dir }
}

/// Every message the server wrote, by Message-ID, with how many copies.
fn received(maildir: &Path) -> HashMap<String, (u32, String)> {
    let mut out: HashMap<String, (u32, String)> = HashMap::new();
    for sub in ["new", "cur"] {
        let Ok(entries) = std::fs::read_dir(maildir.join(sub)) else {
            continue;
        };
        for e in entries {
            let text = std::fs::read_to_string(e.unwrap().path()).unwrap();
            let id = text
                .lines()
                .find_map(|l| l.strip_prefix("Message-ID: "))
                .expect("every message has a Message-ID")
                .trim()
                .to_string();
            let slot = out.entry(id).or_insert((0, text.clone()));
            slot.0 += 1;
        }
    }
    out
}

fn mailer(port: u16) -> Arc<dyn Mailer> {
    Arc::new(
        pools_mail::SmtpMailer::new(
            &format!("smtp://127.0.0.1:{port}?tls=none"),
            "Pools <pools@pools.example>",
        )
        .unwrap(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mail_reaches_a_real_smtp_server_whole() {
    let Some(python) = python("mail_reaches_a_real_smtp_server_whole") else {
        return;
    };
    let w = world().await;
    let maildir = w.dir.0.join("maildir");
    let smtpd = Smtpd::start(&python, free_port(), &maildir).await;
    w.app
        .request_password_reset("ana@example.org", pools_i18n::Locale::En)
        .await
        .unwrap();
    let d = w
        .app
        .deliver_mail(mailer(smtpd.port), "t", 64)
        .await
        .unwrap();
    let outbox = w.app.outbox(&Actor::Operator, 10).await.unwrap();
    assert_eq!(d.sent, 1, "{d:?}: {}", outbox[0].last_error);
    let got = received(&maildir);
    assert_eq!(got.len(), 1);
    let (copies, text) = got.values().next().unwrap();
    assert_eq!(*copies, 1);
    assert_eq!(outbox[0].status, MailStatus::Sent);
    assert!(got.contains_key(&format!("<{}@pools.example>", outbox[0].id)));
    for needle in [
        "To: ana@example.org",
        "From: Pools <pools@pools.example>",
        "Subject: Reset your Pools password",
        "multipart/alternative",
        "text/plain",
        "text/html",
    ] {
        assert!(text.contains(needle), "{needle} is missing from:\n{text}");
    }
    // The link survives the transfer encoding in the plain part.
    let unfolded = text
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=");
    assert!(
        unfolded.contains("https://pools.example/reset-password?token="),
        "{text}"
    );
    assert!(unfolded.contains("a password reset was asked for"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killing_the_smtp_server_mid_batch_loses_nothing_and_sends_nothing_twice() {
    let Some(python) = python("killing_the_smtp_server_mid_batch") else {
        return;
    };
    let w = world().await;
    let maildir = w.dir.0.join("maildir");
    let port = free_port();
    let mut smtpd = Smtpd::start(&python, port, &maildir).await;
    const N: usize = 120;
    for _ in 0..N {
        w.app
            .request_password_reset("ana@example.org", pools_i18n::Locale::En)
            .await
            .unwrap();
    }
    let (app, m) = (w.app.clone(), mailer(port));
    let first = tokio::spawn(async move {
        let mut total = pools_app::mail::Delivery::default();
        for _ in 0..2 {
            let d = app.deliver_mail(m.clone(), "t", 64).await.unwrap();
            total.sent += d.sent;
            total.retried += d.retried;
            total.failed += d.failed;
        }
        total
    });
    // Kill the server once some, not all, messages have arrived.
    for _ in 0..400 {
        if received(&maildir).len() >= 10 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    smtpd.kill();
    let before = first.await.unwrap();
    let arrived = received(&maildir).len() as u64;
    assert!(
        before.retried > 0,
        "the kill came too late to test anything: {before:?}"
    );
    assert_eq!(
        before.failed, 0,
        "a dropped server is not a refusal: {before:?}"
    );
    assert!(
        arrived >= before.sent,
        "everything marked sent arrived ({arrived} arrived, {} marked sent)",
        before.sent
    );

    // The server comes back; the rest go out once their wait has passed.
    let _smtpd = Smtpd::start(&python, port, &maildir).await;
    for _ in 0..10 {
        w.clock.0.fetch_add(5 * 60 * 1000, Ordering::SeqCst);
        w.app.deliver_mail(mailer(port), "t", 200).await.unwrap();
    }
    let got = received(&maildir);
    let outbox = w.app.outbox(&Actor::Operator, 1000).await.unwrap();
    let sent: Vec<_> = outbox
        .iter()
        .filter(|m| m.status == MailStatus::Sent)
        .collect();
    assert_eq!(sent.len(), N, "every message was sent in the end");
    assert_eq!(got.len(), N, "every message arrived");
    let twice: Vec<_> = got
        .iter()
        .filter(|(_, (n, _))| *n > 1)
        .map(|(id, _)| id)
        .collect();
    assert!(twice.is_empty(), "sent twice: {twice:?}");
    for m in sent {
        assert!(got.contains_key(&format!("<{}@pools.example>", m.id)));
    }
}
