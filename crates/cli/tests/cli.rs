//! The `pools` binary as an operator runs it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Dir(PathBuf);
impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tempdir(tag: &str) -> Dir {
    let d = std::env::temp_dir().join(format!("pools-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Dir(d)
}

fn pools(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pools"))
        .args(args)
        .env("POOLS_DATABASE_URL", format!("sqlite://{}", db.display()))
        .env("POOLS_LOG", "warn")
        .output()
        .expect("the binary runs")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/meetup")
        .join(name)
        .display()
        .to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn import_prints_the_summary_and_reimport_updates() {
    let dir = tempdir("import");
    let db = dir.0.join("pools.db");
    let o = pools(
        &db,
        &[
            "import",
            "meetup",
            &fixture("classic.csv"),
            "--group",
            "oakland-makers",
            "--json",
        ],
    );
    assert!(o.status.success(), "{o:?}");
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"group": "oakland-makers", "members": 12, "created": 12, "updated": 0})
    );
    let o = pools(
        &db,
        &[
            "import",
            "meetup",
            &fixture("classic.csv"),
            "--group",
            "oakland-makers",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert_eq!(v["created"], 0);
    assert_eq!(v["updated"], 12);
    let o = pools(
        &db,
        &[
            "import",
            "meetup",
            &fixture("newer.csv"),
            "--group",
            "runners",
        ],
    );
    assert!(o.status.success());
    assert!(stdout(&o).contains("Imported 9 members into runners: 9 new, 0 updated."));
}

#[test]
fn bad_input_is_explained_and_exits_non_zero() {
    let dir = tempdir("bad");
    let db = dir.0.join("pools.db");
    let bad = dir.0.join("contacts.csv");
    std::fs::write(&bad, "Email,Phone\na@b.c,1\n").unwrap();
    let o = pools(
        &db,
        &[
            "import",
            "meetup",
            bad.to_str().unwrap(),
            "--group",
            "x-group",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("not a Meetup member export"), "{err}");
    let o = pools(
        &db,
        &[
            "import",
            "meetup",
            "/no/such/file.csv",
            "--group",
            "x-group",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read /no/such/file.csv"));
    let o = pools(
        &db,
        &[
            "import",
            "meetup",
            &fixture("classic.csv"),
            "--group",
            "Not A Slug",
        ],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot be a group address"));
}

#[test]
fn export_verify_and_replay() {
    let dir = tempdir("journal");
    let db = dir.0.join("pools.db");
    assert!(
        pools(
            &db,
            &[
                "import",
                "meetup",
                &fixture("classic.csv"),
                "--group",
                "makers"
            ]
        )
        .status
        .success()
    );
    assert!(
        pools(
            &db,
            &[
                "import",
                "meetup",
                &fixture("newer.csv"),
                "--group",
                "makers"
            ]
        )
        .status
        .success()
    );
    let out = dir.0.join("journal.jsonl");
    let o = pools(&db, &["export", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let o = pools(&db, &["verify", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        stdout(&o).contains("The journal is intact: 3 entries"),
        "{}",
        stdout(&o)
    );

    let text = std::fs::read_to_string(&out).unwrap();
    // A head witnessed from this journal: its last entry, SEQ:HASH.
    let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    let head = format!("{}:{}", last["seq"], last["hash"].as_str().unwrap());
    let o = pools(&db, &["verify", out.to_str().unwrap(), "--head", &head]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains(&format!("reaches the witnessed head {head}")),
        "{}",
        stdout(&o)
    );
    // Another history with an intact chain of its own (the same imports into
    // a fresh database) passes alone, but not against the witnessed head.
    let other_db = dir.0.join("other.db");
    for f in ["classic.csv", "newer.csv"] {
        assert!(
            pools(
                &other_db,
                &["import", "meetup", &fixture(f), "--group", "makers"]
            )
            .status
            .success()
        );
    }
    let rewritten = dir.0.join("rewritten.jsonl");
    assert!(
        pools(&other_db, &["export", "--out", rewritten.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(
        pools(&db, &["verify", rewritten.to_str().unwrap()])
            .status
            .code(),
        Some(0)
    );
    let o = pools(
        &db,
        &["verify", rewritten.to_str().unwrap(), "--head", &head],
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("the journal was rewritten"),
        "{}",
        stdout(&o)
    );
    let o = pools(&db, &["verify", out.to_str().unwrap(), "--head", "9:abc"]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("SEQ:HASH"),
        "{o:?}"
    );
    let tampered = dir.0.join("tampered.jsonl");
    std::fs::write(&tampered, text.replacen("Chloé", "Chloe", 1)).unwrap();
    let o = pools(&db, &["verify", tampered.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("broken at line 2"), "{}", stdout(&o));

    let copy = dir.0.join("copy.db");
    let o = pools(&copy, &["replay", out.to_str().unwrap()]);
    assert!(o.status.success(), "{o:?}");
    let again = dir.0.join("again.jsonl");
    assert!(
        pools(&copy, &["export", "--out", again.to_str().unwrap()])
            .status
            .success()
    );
    assert_eq!(
        std::fs::read_to_string(&again).unwrap(),
        text,
        "the replayed journal is identical"
    );

    // The chains per group and person, with a checkpoint over their heads.
    let o = pools(&db, &["checkpoint"]);
    assert!(stdout(&o).contains("Checkpoint 1 at"), "{o:?}");
    let chains = dir.0.join("chains.jsonl");
    let o = pools(
        &db,
        &["export", "--out", chains.to_str().unwrap(), "--chains"],
    );
    assert!(o.status.success(), "{o:?}");
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("and 1 checkpoint."),
        "{o:?}"
    );
    let o = pools(&db, &["verify", chains.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(
        stdout(&o).contains("The export (everything) is intact")
            && stdout(&o).contains("1 checkpoint rebuilt from the heads")
            && stdout(&o).contains("Recounted"),
        "{}",
        stdout(&o)
    );
    let text = std::fs::read_to_string(&chains).unwrap();
    let group: serde_json::Value = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| {
            v["chain"]["body"]
                .as_str()
                .is_some_and(|b| b.starts_with("group:"))
        })
        .unwrap();
    let head = format!(
        "{}:{}:{}",
        group["chain"]["body"].as_str().unwrap(),
        group["chain"]["seq"],
        group["chain"]["hash"].as_str().unwrap()
    );
    let o = pools(&db, &["verify", chains.to_str().unwrap(), "--head", &head]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(stdout(&o).contains(&format!("reaches the witnessed head {head}")));
    let o = pools(
        &db,
        &["verify", chains.to_str().unwrap(), "--head", "12:abc"],
    );
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("BODY:SEQ:HASH"),
        "{o:?}"
    );
    let tampered = dir.0.join("tampered-chains.jsonl");
    std::fs::write(&tampered, text.replacen("Chloé", "Chloe", 1)).unwrap();
    let o = pools(&db, &["verify", tampered.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stdout(&o).contains("was changed after it was written"),
        "{}",
        stdout(&o)
    );
    let o = pools(&db, &["export", "--out", "-", "--pool", "nowhere"]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("there is no pool with id"),
        "{o:?}"
    );
}

#[test]
fn migrate_and_an_empty_outbox() {
    let dir = tempdir("migrate");
    let db = dir.0.join("pools.db");
    let o = pools(&db, &["migrate"]);
    assert!(o.status.success(), "{o:?}");
    assert!(db.exists());
    let o = pools(&db, &["outbox"]);
    assert!(stdout(&o).contains("The outbox is empty."));
    let o = pools(&db, &["outbox", "--json"]);
    assert_eq!(stdout(&o).trim(), "[]");
}
