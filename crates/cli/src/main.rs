//! `pools`: one binary that serves the web pages and API, and runs the
//! operator's commands against the same database.

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};
use pools_app::records::ExportScope;
use pools_app::{Actor, App, AppError, Config, SystemClock};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

mod bench;
mod verify;

const DEFAULT_DB: &str = "sqlite://pools.db";
const DEMO_DB: &str = "pools-demo.db";

#[derive(Parser)]
#[command(
    name = "pools",
    version,
    about = "Member-owned funds for groups, one person one vote."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct Db {
    /// The database: sqlite://FILE (created if missing) or postgres://USER@HOST/DB.
    #[arg(long, env = "POOLS_DATABASE_URL", default_value = DEFAULT_DB, global = true)]
    database_url: String,
}

/// Where mail goes: an SMTP server and the sender address.
#[derive(clap::Args, Clone)]
struct MailArgs {
    /// The SMTP server that delivers mail: smtp://user:password@host:587
    /// (STARTTLS), smtps://user:password@host:465 (TLS), or
    /// smtp://host:port?tls=none for a relay on this machine. Without it,
    /// mail stays in the outbox for the operator to read.
    #[arg(long, env = "POOLS_SMTP_URL")]
    smtp_url: Option<String>,
    /// The sender address, such as "Pools <pools@example.org>".
    #[arg(long, env = "POOLS_MAIL_FROM")]
    mail_from: Option<String>,
}

impl MailArgs {
    /// The mailer these settings name, if any.
    fn mailer(&self) -> Result<Option<Arc<dyn pools_app::mail::Mailer>>> {
        match (&self.smtp_url, &self.mail_from) {
            (None, None) => Ok(None),
            (Some(_), None) => bail!(
                "--smtp-url needs --mail-from too: the address messages come from, such as \"Pools <pools@example.org>\""
            ),
            (None, Some(_)) => {
                bail!("--mail-from needs --smtp-url: the server that delivers the mail")
            }
            (Some(url), Some(from)) => Ok(Some(Arc::new(
                pools_mail::SmtpMailer::new(url, from).map_err(|e| anyhow::anyhow!("{e}"))?,
            ))),
        }
    }
}

#[derive(Subcommand)]
enum MailKind {
    /// Send a test message to ADDRESS through the SMTP server now, and say
    /// whether the server took it.
    Test {
        /// Who gets the test.
        address: String,
        #[command(flatten)]
        mail: MailArgs,
        /// The address people use to reach this server, for the link in the test.
        #[arg(
            long,
            env = "POOLS_PUBLIC_URL",
            default_value = "http://127.0.0.1:8080"
        )]
        public_url: String,
    },
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (pages and JSON API).
    Serve {
        #[command(flatten)]
        db: Db,
        /// Address and port to listen on.
        #[arg(long, env = "POOLS_ADDR", default_value = "127.0.0.1:8080")]
        addr: String,
        /// The address people use to reach this server, for links in invites
        /// and emails. Defaults to http://ADDR.
        #[arg(long, env = "POOLS_PUBLIC_URL")]
        public_url: Option<String>,
        /// Start on a fresh database filled with a demo group and pool. Without
        /// --database-url, uses ./pools-demo.db and recreates it each time.
        #[arg(long)]
        demo: bool,
        /// A TOML file of filing fees, offices and annual duties per legal
        /// form, replacing the shipped ones (see crates/app/formation.toml).
        #[arg(long, env = "POOLS_FORMATION_CONFIG")]
        formation_config: Option<std::path::PathBuf>,
        /// A reverse proxy in front of Pools whose X-Forwarded-For header is
        /// trusted to name the client (for sign-in limits). Repeat, or give a
        /// comma-separated list.
        #[arg(
            long = "trusted-proxy",
            env = "POOLS_TRUSTED_PROXIES",
            value_delimiter = ','
        )]
        trusted_proxies: Vec<std::net::IpAddr>,
        #[command(flatten)]
        mail: MailArgs,
        /// Let organizers add webhook endpoints over plain http:// and on
        /// this machine or a private network (for a receiver there).
        /// Without it, only https:// endpoints on the public internet are
        /// sent to.
        #[arg(long, env = "POOLS_WEBHOOKS_ALLOW_HTTP")]
        webhooks_allow_http: bool,
    },
    /// Check mail delivery.
    Mail {
        #[command(subcommand)]
        what: MailKind,
    },
    /// Import data from elsewhere.
    Import {
        #[command(subcommand)]
        what: ImportKind,
    },
    /// Write the whole journal (JSON Lines) to a file, or - for standard output.
    Export {
        #[command(flatten)]
        db: Db,
        /// Where to write.
        #[arg(long)]
        out: PathBuf,
        /// Write the chains per pool, group and person (with every
        /// checkpoint) instead of the global journal.
        #[arg(long, conflicts_with_all = ["pool", "flood"])]
        chains: bool,
        /// Write one pool's chain, with its group's and its people's, and
        /// the newest checkpoint's proof of each.
        #[arg(long, value_name = "ID", conflicts_with = "flood")]
        pool: Option<String>,
        /// Write a Flood's chain with its member pools' and every chain
        /// they depend on, and the newest checkpoint's proof of each.
        #[arg(long, value_name = "ID")]
        flood: Option<String>,
    },
    /// Check an exported journal: exit 0 if the chain is intact, 1 if not.
    Verify {
        /// The exported journal.
        file: PathBuf,
        /// A head you kept from before (SEQ:HASH, as pages, receipts and
        /// `GET /api/v1/journal/head` show it; for an export of chains,
        /// BODY:SEQ:HASH): fail unless the journal's entry at that seq has
        /// that hash. Repeat for several.
        #[arg(long, value_name = "SEQ:HASH")]
        head: Vec<String>,
        /// The receipt of your secret ballot: show the ballot published
        /// under it, and fail if none is.
        #[arg(long, value_name = "CODE")]
        receipt: Option<String>,
    },
    /// Take a checkpoint now: the Merkle root over every chain's head (the
    /// server takes one a minute); prints it.
    Checkpoint {
        #[command(flatten)]
        db: Db,
    },
    /// Rebuild an empty database from an exported journal.
    Replay {
        #[command(flatten)]
        db: Db,
        /// The exported journal.
        file: PathBuf,
    },
    /// Create the database if needed and bring its schema up to date.
    Migrate {
        #[command(flatten)]
        db: Db,
    },
    /// Measure ballots per second over HTTP against raw inserts, and tally
    /// reads at 100,000 ballots. Uses fresh databases; never touches yours.
    Bench {
        /// A PostgreSQL URL (a fresh database is created beside it for each
        /// run); without it, fresh SQLite files in the temporary folder.
        #[arg(long)]
        postgres: Option<String>,
        /// Ballots per measurement.
        #[arg(long, default_value_t = 3200)]
        ballots: usize,
        /// Ballots on the decision whose tally read is timed.
        #[arg(long, default_value_t = 100_000)]
        big: usize,
        /// Which measurements: decisions, treasury, documents, floods, auth,
        /// mail, scale (writes over many pools and two servers), reads (a
        /// pool's page and a tally among 30,000 pools and 1,000,000 people;
        /// scale and reads are not in all) or all.
        #[arg(long, default_value = "all")]
        part: String,
        /// Contributions per treasury measurement.
        #[arg(long, default_value_t = 3200)]
        contributions: usize,
        /// Ledger sizes at which to time a balance read.
        #[arg(long, value_delimiter = ',', default_value = "1000,1000000")]
        ledger_sizes: Vec<usize>,
        /// Members of the pool whose notifications are timed.
        #[arg(long, default_value_t = 10_000)]
        members: usize,
        /// An SMTP server to time the sender against (for example a local
        /// aiosmtpd: smtp://127.0.0.1:2525?tls=none); without it the sender
        /// is not timed.
        #[arg(long)]
        smtp_url: Option<String>,
    },
    /// Show the messages waiting in the outbox (no mail server is needed).
    Outbox {
        #[command(flatten)]
        db: Db,
        /// How many, newest first.
        #[arg(long, default_value_t = 20)]
        limit: i64,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum ImportKind {
    /// Import a Meetup member export (CSV) into a group, creating the group if needed.
    Meetup {
        #[command(flatten)]
        db: Db,
        /// The CSV file exported from Meetup.
        file: PathBuf,
        /// The group's address (slug), such as oakland-bike-club.
        #[arg(long)]
        group: String,
        /// The group's name, if the import creates it.
        #[arg(long)]
        name: Option<String>,
        /// Print a JSON summary.
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("POOLS_LOG")
                .unwrap_or_else(|_| "info,sqlx=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("a Tokio runtime starts");
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(2)
        }
    }
}

async fn open_app(url: &str, public_url: String) -> Result<App> {
    open_app_with(url, Config::new(public_url)).await
}

async fn open_app_with(url: &str, config: Config) -> Result<App> {
    let store = pools_store::open(url)
        .await
        .with_context(|| format!("cannot open the database {}", pools_store::redact(url)))?;
    App::new(store, Arc::new(SystemClock), config)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))
}

fn app_error(e: AppError) -> anyhow::Error {
    anyhow::anyhow!("{e}")
}

async fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Serve {
            db,
            addr,
            public_url,
            demo,
            formation_config,
            trusted_proxies,
            mail,
            webhooks_allow_http,
        } => {
            serve(
                db.database_url,
                addr,
                public_url,
                demo,
                formation_config,
                trusted_proxies,
                mail,
                webhooks_allow_http,
            )
            .await
        }
        Command::Mail {
            what:
                MailKind::Test {
                    address,
                    mail,
                    public_url,
                },
        } => {
            let Some(mailer) = mail.mailer()? else {
                bail!(
                    "say which server to test: --smtp-url URL --mail-from ADDRESS (or POOLS_SMTP_URL and POOLS_MAIL_FROM)"
                );
            };
            let m = pools_app::mail::test_message(&address, &public_url).map_err(app_error)?;
            match mailer.send(&m).await {
                Ok(()) => {
                    println!("The mail server took the test message to {}.", m.to);
                    Ok(ExitCode::SUCCESS)
                }
                Err(e) => {
                    eprintln!(
                        "The test message to {} was not sent: {}{}",
                        m.to,
                        e.reason,
                        if e.permanent {
                            " (refused for good)"
                        } else {
                            " (it may work later)"
                        }
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Import {
            what:
                ImportKind::Meetup {
                    db,
                    file,
                    group,
                    name,
                    json,
                },
        } => {
            let bytes =
                std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let app = open_app(&db.database_url, "http://127.0.0.1:8080".into()).await?;
            let file_name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let s = app
                .import_meetup(
                    &Actor::Operator,
                    &group,
                    &file_name,
                    &bytes,
                    name.as_deref(),
                )
                .await
                .map_err(app_error)?;
            if json {
                println!(
                    "{}",
                    serde_json::json!({"group": s.group, "members": s.members, "created": s.created, "updated": s.updated})
                );
            } else {
                println!(
                    "Imported {} members into {}: {} new, {} updated.",
                    s.members, s.group, s.created, s.updated
                );
                println!(
                    "Organizers find each new member's invite link on the group's Invite links page."
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Export {
            db,
            out,
            chains,
            pool,
            flood,
        } => {
            let app = open_app(&db.database_url, String::new()).await?;
            let scope = match (chains, pool, flood) {
                (_, Some(id), _) => Some(ExportScope::Pool(id)),
                (_, _, Some(id)) => Some(ExportScope::Flood(id)),
                (true, _, _) => Some(ExportScope::Everything),
                _ => None,
            };
            let write = async |w: &mut dyn Write| -> anyhow::Result<String> {
                Ok(match &scope {
                    None => {
                        let n = app.export_journal(w).await.map_err(app_error)?;
                        format!("Exported {n} journal entries.")
                    }
                    Some(scope) => {
                        let x = app.export_chains(scope, w).await.map_err(app_error)?;
                        let n = |k: usize, one: &str, many: &str| {
                            format!("{k} {}", if k == 1 { one } else { many })
                        };
                        format!(
                            "Exported {}, {} and {}.",
                            n(x.chains, "chain", "chains"),
                            n(x.entries, "entry", "entries"),
                            if *scope == ExportScope::Everything {
                                n(x.witnesses, "checkpoint", "checkpoints")
                            } else {
                                n(
                                    x.witnesses,
                                    "proof under the newest checkpoint",
                                    "proofs under the newest checkpoint",
                                )
                            }
                        )
                    }
                })
            };
            let said = if out.as_os_str() == "-" {
                let mut stdout = std::io::stdout().lock();
                write(&mut stdout).await?
            } else {
                // Write beside the target and rename, so a failed export
                // never leaves a half-written file under the final name.
                let tmp = out.with_extension("partial");
                let mut f = std::io::BufWriter::new(
                    std::fs::File::create(&tmp)
                        .with_context(|| format!("cannot create {}", tmp.display()))?,
                );
                let said = write(&mut f).await?;
                let f = f.into_inner().context("cannot finish writing the export")?;
                f.sync_all().context("cannot flush the export to disk")?;
                std::fs::rename(&tmp, &out)
                    .with_context(|| format!("cannot move the export to {}", out.display()))?;
                said
            };
            eprintln!("{said}");
            Ok(ExitCode::SUCCESS)
        }
        Command::Verify {
            file,
            head,
            receipt,
        } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            if pools_core::chain::export::is_chains(text.lines().next().unwrap_or("")) {
                return verify::chains(&text, &head, receipt.as_deref());
            }
            let heads: Vec<pools_core::journal::Head> = head
                .iter()
                .map(|h| h.parse())
                .collect::<Result<_, String>>()
                .map_err(|e| anyhow::anyhow!("--head: {e}"))?;
            let chain = match pools_core::journal::verify(text.lines()) {
                Ok(s) => s,
                Err(b) => {
                    println!("The journal is broken at {b}.");
                    return Ok(ExitCode::from(1));
                }
            };
            let entries: Vec<_> = text
                .lines()
                .map(pools_core::journal::JournalEntry::from_line)
                .collect::<Result<_, _>>()
                .map_err(|e| anyhow::anyhow!(e))?;
            for h in &heads {
                if let Err(e) = pools_core::journal::reaches(&entries, h) {
                    println!("The journal's chain is intact, but {e}.");
                    return Ok(ExitCode::from(1));
                }
            }
            match pools_core::audit::audit(&entries) {
                Ok(a) => {
                    for h in &heads {
                        println!("It reaches the witnessed head {h}.");
                    }
                    println!(
                        "The journal is intact: {} entries, head {}. {}",
                        chain.entries,
                        chain.head,
                        verify::recounted(&a)
                    );
                    if let Some(code) = receipt
                        && !verify::receipt(&entries, &code)?
                    {
                        return Ok(ExitCode::from(1));
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(b) => {
                    println!("The journal's chain is intact, but at {b}.");
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Checkpoint { db } => {
            let app = open_app(&db.database_url, String::new()).await?;
            match app.checkpoint().await.map_err(app_error)? {
                Some(c) => println!(
                    "Checkpoint {} at {}: root {} over {} chains.",
                    c.id, c.at, c.root, c.bodies
                ),
                None => println!("The journal has no chains yet: nothing to take a checkpoint of."),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Replay { db, file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let app = open_app(&db.database_url, String::new()).await?;
            let s = app.replay_journal(&text).await.map_err(app_error)?;
            println!(
                "Replayed {} entries; the database now matches the journal.",
                s.entries
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            postgres,
            ballots,
            big,
            part,
            contributions,
            ledger_sizes,
            members,
            smtp_url,
        } => {
            if part == "all" || part == "decisions" {
                bench::run(postgres.clone(), ballots, big).await?;
            }
            if part == "scale" {
                bench::run_scale(postgres.clone(), ballots, 100).await?;
            }
            if part == "reads" {
                bench::run_reads(postgres.clone(), 30_000, 1_000_000).await?;
            }
            if part == "all" || part == "treasury" {
                println!();
                bench::run_treasury(postgres.clone(), contributions, &ledger_sizes).await?;
            }
            if part == "all" || part == "documents" {
                println!();
                bench::run_documents(20)?;
            }
            if part == "all" || part == "auth" {
                println!();
                bench::run_auth(postgres.clone(), 200).await?;
            }
            if part == "all" || part == "floods" {
                println!();
                bench::run_floods(postgres.clone(), 500, 100_000, 60_000).await?;
            }
            if part == "all" || part == "mail" {
                println!();
                bench::run_mail(postgres, members, smtp_url).await?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate { db } => {
            open_app(&db.database_url, String::new()).await?;
            println!(
                "The database {} is up to date.",
                pools_store::redact(&db.database_url)
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Outbox { db, limit, json } => {
            let app = open_app(&db.database_url, String::new()).await?;
            let messages = app
                .outbox(&Actor::Operator, limit)
                .await
                .map_err(app_error)?;
            let mut out = std::io::stdout().lock();
            if json {
                let v: Vec<_> = messages
                    .iter()
                    .map(|m| {
                        serde_json::json!({
                            "id": m.id, "to": m.to, "subject": m.subject, "body": m.body,
                            "reason": m.reason, "unsubscribe_url": m.unsubscribe_url,
                            "created_at": m.created_at, "status": m.status.as_str(),
                            "attempts": m.attempts, "last_error": m.last_error,
                        })
                    })
                    .collect();
                writeln!(out, "{}", serde_json::Value::Array(v))?;
            } else if messages.is_empty() {
                writeln!(out, "The outbox is empty.")?;
            } else {
                for m in messages {
                    let error = if m.last_error.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", m.last_error)
                    };
                    writeln!(
                        out,
                        "--- {} · {} after {} tries{error}\nTo: {}\nSubject: {}\n\n{}",
                        m.created_at, m.status, m.attempts, m.to, m.subject, m.body
                    )?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

#[allow(clippy::too_many_arguments)]
async fn serve(
    url: String,
    addr: String,
    public_url: Option<String>,
    demo: bool,
    formation_config: Option<std::path::PathBuf>,
    trusted_proxies: Vec<std::net::IpAddr>,
    mail: MailArgs,
    webhooks_allow_http: bool,
) -> Result<ExitCode> {
    let mut config = Config::new(String::new());
    config.trusted_proxies = trusted_proxies;
    config.webhooks_allow_http = webhooks_allow_http;
    let hooks: Arc<dyn pools_app::webhooks::HookSender> = Arc::new(
        pools_hooks::HttpHookSender::new(webhooks_allow_http)
            .map_err(|e| anyhow::anyhow!("{e}"))?,
    );
    let mailer = mail.mailer()?;
    config.delivers_mail = mailer.is_some();
    if let Some(path) = &formation_config {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        config.filing = pools_app::filing_config(&text)
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    }
    let url = if demo && url == DEFAULT_DB {
        for suffix in ["", "-wal", "-shm"] {
            let p = format!("{DEMO_DB}{suffix}");
            if std::path::Path::new(&p).exists() {
                std::fs::remove_file(&p)
                    .with_context(|| format!("cannot remove the old demo file {p}"))?;
            }
        }
        format!("sqlite://{DEMO_DB}")
    } else {
        url
    };
    let listener = tokio::net::TcpListener::bind(&addr)
        .await
        .with_context(|| {
            format!(
                "cannot listen on {addr}: is another server using it? Choose another with --addr"
            )
        })?;
    let local = listener.local_addr()?;
    let public_url = public_url
        .unwrap_or_else(|| format!("http://{local}"))
        .trim_end_matches('/')
        .to_string();
    config.public_url = public_url.clone();
    let app = open_app_with(&url, config).await?;
    if demo {
        let s = match app.seed_demo().await {
            Ok(s) => s,
            Err(e) => bail!("{e}"),
        };
        println!(
            "Demo ready: {} accounts share the password \"{}\".",
            s.accounts.len(),
            pools_app::demo::DEMO_PASSWORD
        );
        println!("  Organizer:  {}", s.accounts[0]);
        println!("  Treasurer:  {}", s.accounts[3]);
        println!("  Member:     {}", s.accounts[5]);
        println!("  Group:      {public_url}/g/{}", s.group);
        println!("  Pool:       {public_url}/p/{}", s.pool_id);
    }
    tracing::info!(database = %pools_store::redact(&url), "Pools is listening on {public_url}");
    println!(
        "Pools is running at {public_url} (database {}). Press Ctrl-C to stop.",
        pools_store::redact(&url)
    );
    tokio::spawn(pools_web::run_closer(app.clone()));
    tokio::spawn(pools_web::run_webhooks(
        app.clone(),
        hooks,
        format!("{}:{}", local, uuid::Uuid::now_v7()),
    ));
    if let Some(mailer) = mailer {
        let worker = format!("{}:{}", local, uuid::Uuid::now_v7());
        tokio::spawn(pools_web::run_sender(app.clone(), mailer, worker));
        println!(
            "Mail is delivered through {}.",
            pools_store::redact(mail.smtp_url.as_deref().unwrap_or(""))
        );
    }
    pools_web::serve(listener, app, shutdown_signal())
        .await
        .context("the server stopped with an error")?;
    Ok(ExitCode::SUCCESS)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
}
