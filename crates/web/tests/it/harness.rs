//! Starts Pools on a free port with a fresh database, and a small HTTP
//! client that keeps cookies like a browser with JavaScript turned off.

use pools_app::ports::Clock;
use pools_app::{App, Config};
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use reqwest::{Response, StatusCode};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// A clock the tests move by hand; it starts at the real time.
pub struct TestClock(AtomicI64);

impl TestClock {
    pub fn advance_secs(&self, s: i64) {
        self.0.fetch_add(s * 1000, Ordering::SeqCst);
    }
}

impl Clock for TestClock {
    fn now(&self) -> time::OffsetDateTime {
        time::OffsetDateTime::from_unix_timestamp_nanos(
            self.0.load(Ordering::SeqCst) as i128 * 1_000_000,
        )
        .expect("test time is in range")
    }
}

pub struct Server {
    pub base: String,
    pub app: App,
    pub clock: Arc<TestClock>,
    _dir: TempDir,
    _stop: tokio::sync::oneshot::Sender<()>,
}

pub struct TempDir(pub std::path::PathBuf);
impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A server on a fresh SQLite file.
pub async fn start() -> Server {
    let dir = std::env::temp_dir().join(format!("pools-web-{}", uuid::Uuid::now_v7()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("pools.db").display());
    start_on(&url, TempDir(dir)).await
}

/// A server on a fresh PostgreSQL database, when POOLS_TEST_POSTGRES_URL is
/// set; an unreachable server fails the test.
pub async fn start_postgres() -> Option<Server> {
    let base = std::env::var("POOLS_TEST_POSTGRES_URL").ok()?;
    let name = format!("pools_test_web_{}", uuid::Uuid::now_v7().simple());
    let admin = sqlx::PgPool::connect(&base)
        .await
        .expect("POOLS_TEST_POSTGRES_URL is set but PostgreSQL cannot be reached");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .expect("cannot create a test database");
    admin.close().await;
    let (head, _) = base.rsplit_once('/').expect("the URL names a database");
    let dir = std::env::temp_dir().join(format!("pools-web-{}", uuid::Uuid::now_v7()));
    std::fs::create_dir_all(&dir).unwrap();
    Some(start_on(&format!("{head}/{name}"), TempDir(dir)).await)
}

pub async fn start_on(url: &str, dir: TempDir) -> Server {
    start_configured(url, dir, |_| {}).await
}

/// A server on a fresh SQLite file that trusts a reverse proxy on 127.0.0.1.
pub async fn start_behind_proxy() -> Server {
    let dir = std::env::temp_dir().join(format!("pools-web-{}", uuid::Uuid::now_v7()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}", dir.join("pools.db").display());
    start_configured(&url, TempDir(dir), |c| {
        c.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await
}

async fn start_configured(url: &str, dir: TempDir, configure: impl FnOnce(&mut Config)) -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let store = pools_store::open(url).await.unwrap();
    let now = (time::OffsetDateTime::now_utc().unix_timestamp_nanos() / 1_000_000) as i64;
    let clock = Arc::new(TestClock(AtomicI64::new(now)));
    let mut config = Config::new(base.clone());
    // The webhook tests' receiver listens on this machine, over http.
    config.webhooks_allow_http = true;
    configure(&mut config);
    let app = App::new(store, clock.clone(), config).await.unwrap();
    let served = app.clone();
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(async move {
        pools_web::serve(listener, served, async {
            let _ = rx.await;
        })
        .await
        .unwrap();
    });
    Server {
        base,
        app,
        clock,
        _dir: dir,
        _stop: tx,
    }
}

pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures/meetup")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// A cookie-keeping client that does not follow redirects, so tests see them.
pub struct Browser {
    pub base: String,
    client: reqwest::Client,
    pub cookies: BTreeMap<String, String>,
}

/// A page as received.
pub struct Got {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Browser {
    pub fn new(base: &str) -> Browser {
        Browser {
            base: base.to_string(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: BTreeMap::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn absorb(&mut self, res: Response) -> Got {
        for v in res.headers().get_all(SET_COOKIE) {
            let s = v.to_str().unwrap();
            let (kv, attrs) = s.split_once(';').unwrap_or((s, ""));
            let (k, v) = kv.split_once('=').unwrap();
            if attrs.contains("Max-Age=0") || v.is_empty() {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        let status = res.status();
        let location = res
            .headers()
            .get(LOCATION)
            .map(|l| l.to_str().unwrap().to_string());
        Got {
            status,
            location,
            body: res.text().await.unwrap(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Got {
        let res = self
            .client
            .get(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .send()
            .await
            .unwrap();
        self.absorb(res).await
    }

    /// Posts a form with this browser's CSRF token added.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Got {
        let csrf = self.cookies.get("pools_csrf").cloned().unwrap_or_default();
        let mut form: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        self.post_raw(path, &form).await
    }

    /// Posts exactly these fields.
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> Got {
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .form(fields)
            .send()
            .await
            .unwrap();
        self.absorb(res).await
    }

    pub async fn upload(&mut self, path: &str, file_name: &str, bytes: Vec<u8>) -> Got {
        self.upload_with(path, &[], file_name, bytes).await
    }

    /// Uploads a file with other form fields.
    pub async fn upload_with(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        file_name: &str,
        bytes: Vec<u8>,
    ) -> Got {
        let csrf = self.cookies.get("pools_csrf").cloned().unwrap_or_default();
        let mut form = reqwest::multipart::Form::new().text("csrf", csrf);
        for (k, v) in fields {
            form = form.text(k.to_string(), v.to_string());
        }
        let form = form.part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(file_name.to_string()),
        );
        let res = self
            .client
            .post(format!("{}{path}", self.base))
            .header(COOKIE, self.cookie_header())
            .multipart(form)
            .send()
            .await
            .unwrap();
        self.absorb(res).await
    }

    /// Signs up through the form and lands on the home page.
    pub async fn sign_up(&mut self, name: &str, email: &str) {
        self.get("/signup").await;
        let r = self
            .post(
                "/signup",
                &[
                    ("name", name),
                    ("email", email),
                    ("password", "a long enough password"),
                    ("next", ""),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        assert!(self.cookies.contains_key("pools_session"));
    }

    /// Signs in through the form, with the password `sign_up` gives.
    pub async fn sign_in(&mut self, email: &str) {
        self.get("/signin").await;
        let r = self
            .post(
                "/signin",
                &[
                    ("email", email),
                    ("password", "a long enough password"),
                    ("next", ""),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
}

/// The value of a hidden input in a page.
pub fn hidden(body: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = body.find(&marker)? + marker.len();
    let end = body[start..].find('"')?;
    Some(body[start..start + end].to_string())
}

/// A small API client.
pub struct Api {
    pub base: String,
    pub token: Option<String>,
    client: reqwest::Client,
}

impl Api {
    pub fn new(base: &str) -> Api {
        Api {
            base: format!("{base}/api/v1"),
            token: None,
            client: reqwest::Client::new(),
        }
    }

    fn req(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let r = self.client.request(method, format!("{}{path}", self.base));
        match &self.token {
            Some(t) => r.bearer_auth(t),
            None => r,
        }
    }

    pub async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> (StatusCode, serde_json::Value, String) {
        let mut r = self.req(method, path);
        if let Some(b) = body {
            r = r.json(&b);
        }
        let res = r.send().await.unwrap();
        let status = res.status();
        let ct = res
            .headers()
            .get("content-type")
            .map(|v| v.to_str().unwrap().to_string())
            .unwrap_or_default();
        let text = res.text().await.unwrap();
        let json = serde_json::from_str(&text).unwrap_or(serde_json::Value::Null);
        (status, json, ct)
    }

    pub async fn csv(&self, path: &str, bytes: Vec<u8>) -> (StatusCode, serde_json::Value) {
        let res = self
            .req(reqwest::Method::POST, path)
            .header("content-type", "text/csv")
            .body(bytes)
            .send()
            .await
            .unwrap();
        let status = res.status();
        (status, res.json().await.unwrap_or(serde_json::Value::Null))
    }

    /// Signs up and keeps the token.
    pub async fn sign_up(&mut self, name: &str, email: &str) -> serde_json::Value {
        let (s, v, _) = self
            .call(
                reqwest::Method::POST,
                "/auth/signup",
                Some(serde_json::json!({"email": email, "name": name, "password": "a long enough password"})),
            )
            .await;
        assert_eq!(s, StatusCode::CREATED, "{v}");
        self.token = Some(v["token"].as_str().unwrap().to_string());
        v
    }
}
