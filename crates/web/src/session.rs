//! Cookies, sessions, CSRF tokens and flash messages for pages, and bearer
//! tokens for the API.
//!
//! CSRF: every browser gets a random `pools_csrf` cookie (HttpOnly,
//! SameSite=Strict); every form echoes it in a hidden `csrf` field and every
//! POST handler compares the two. A page from another site can neither read
//! the cookie nor make the browser send it.

use crate::AppState;
use crate::error::PageError;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use pools_app::ports::SessionKind;
use pools_app::{Actor, AppError};

pub const SESSION_COOKIE: &str = "pools_session";
const CSRF_COOKIE: &str = "pools_csrf";
const FLASH_COOKIE: &str = "pools_flash";

/// Reads one cookie from request headers.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

/// A `Set-Cookie` value.
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age: Option<i64>,
    secure: bool,
    strict: bool,
) -> HeaderValue {
    let mut c = format!(
        "{name}={value}; Path=/; HttpOnly; SameSite={}",
        if strict { "Strict" } else { "Lax" }
    );
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if secure {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).expect("cookie values are URL-safe")
}

#[derive(Clone)]
struct CsrfToken(String);
#[derive(Clone)]
struct Flash(Option<String>);

/// Gives every browser a CSRF cookie, and hands a flash message to the next
/// page that is shown, then forgets it.
pub async fn cookies_middleware(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let existing = cookie(req.headers(), CSRF_COOKIE).filter(|t| t.len() >= 32);
    let fresh = existing.is_none();
    let csrf = existing.unwrap_or_else(pools_app::new_token);
    let flash = cookie(req.headers(), FLASH_COOKIE)
        .and_then(|v| urlencoding::decode(&v).ok().map(|s| s.into_owned()))
        .filter(|s| !s.is_empty());
    let had_flash = flash.is_some();
    let is_page = !req.uri().path().starts_with("/api/");
    req.extensions_mut().insert(CsrfToken(csrf.clone()));
    req.extensions_mut().insert(Flash(flash));
    // Answer in the language asked for: the switcher's cookie on pages,
    // else `Accept-Language`; the person's own setting, once they are
    // known, wins (`Page` and `ApiCaller` say so).
    let asked = pools_i18n::Locale::negotiate(
        if is_page {
            cookie(req.headers(), LANG_COOKIE)
        } else {
            None
        }
        .as_deref(),
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let reader = pools_i18n::Reader {
        locale: asked,
        zone: None,
    };
    let mut res = pools_i18n::answering(reader, next.run(req)).await;
    if fresh && is_page {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(CSRF_COOKIE, &csrf, None, state.secure_cookies, true),
        );
    }
    let sets_flash = res
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .any(|v| v.to_str().is_ok_and(|s| s.starts_with(FLASH_COOKIE)));
    // A redirect passes the flash on; any other page has shown it.
    if had_flash && !sets_flash && !res.status().is_redirection() {
        res.headers_mut().append(
            header::SET_COOKIE,
            set_cookie(FLASH_COOKIE, "", Some(0), state.secure_cookies, false),
        );
    }
    res
}

/// A flash message cookie for the page after a redirect.
pub fn flash_cookie(state: &AppState, message: &str) -> HeaderValue {
    set_cookie(
        FLASH_COOKIE,
        &urlencoding::encode(message),
        Some(60),
        state.secure_cookies,
        false,
    )
}

/// Who is asking for a page, with what a page needs to render and post forms.
pub struct Page {
    pub actor: Actor,
    pub csrf: String,
    pub flash: Option<String>,
    pub token: Option<String>,
    pub client: String,
    /// The reader's language: their choice (the `pools_lang` cookie the
    /// switcher sets), else their browser's `Accept-Language`.
    pub locale: pools_i18n::Locale,
    /// The reader's time zone, from their settings (UTC without one).
    pub time_zone: Option<String>,
    /// On a pool's pages, the pool's zone, for a reader with none.
    pub pool_zone: std::sync::OnceLock<String>,
    /// The page's own address, for a GET; empty for a form's answer.
    pub here: String,
}

/// The cookie that keeps the language chosen with the switcher.
pub const LANG_COOKIE: &str = "pools_lang";

impl Page {
    /// A message in the reader's language.
    pub fn t(&self, id: &str) -> String {
        self.locale.t(id)
    }

    /// A message with text and number arguments, in the reader's language.
    pub fn ta(&self, id: &str, args: &[(&str, pools_i18n::Arg<'_>)]) -> String {
        self.locale.ta(id, args)
    }

    /// A stored UTC time in the reader's language and zone, the zone named.
    pub fn when(&self, rfc3339: &str) -> String {
        pools_i18n::when(self.locale, rfc3339, self.zone())
    }

    /// The zone times are shown in: the reader's own, else (on a pool's
    /// pages) the pool's, else none (UTC).
    pub fn zone(&self) -> Option<&str> {
        self.time_zone
            .as_deref()
            .or_else(|| self.pool_zone.get().map(String::as_str))
    }

    /// Says this page belongs to a pool with this zone: a reader with no
    /// zone of their own sees the pool's times in it, named.
    pub fn in_pool(&self, zone: Option<&str>) {
        if let Some(z) = zone
            && self.pool_zone.set(z.to_string()).is_ok()
            && self.time_zone.is_none()
        {
            pools_i18n::now_answering(pools_i18n::Reader {
                locale: self.locale,
                zone: Some(z.to_string()),
            });
        }
    }

    /// An amount in the reader's number format, with its currency's code.
    pub fn money(&self, m: pools_core::Money) -> String {
        pools_i18n::money(self.locale, m)
    }

    /// Refuses a form whose CSRF field does not match the cookie.
    pub fn check_csrf(&self, sent: &str) -> Result<(), PageError> {
        use subtle_eq::eq;
        if eq(sent.as_bytes(), self.csrf.as_bytes()) {
            Ok(())
        } else {
            Err(PageError::Csrf)
        }
    }
}

mod subtle_eq {
    /// Compares two byte strings in time that does not depend on where they differ.
    pub fn eq(a: &[u8], b: &[u8]) -> bool {
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// The client's address, for rate limits: the peer, or, when the peer is a
/// trusted reverse proxy, the nearest address in `X-Forwarded-For` that is
/// not itself a trusted proxy (the rightmost ones were added by proxies we
/// trust; anything further left could be forged by the client).
pub fn client_address(
    peer: Option<std::net::IpAddr>,
    forwarded: &[&str],
    trusted: &[std::net::IpAddr],
) -> String {
    let Some(peer) = peer else {
        return "unknown".into();
    };
    if !trusted.contains(&peer) {
        return peer.to_string();
    }
    let hops: Vec<&str> = forwarded
        .iter()
        .flat_map(|h| h.split(','))
        .map(str::trim)
        .collect();
    for hop in hops.iter().rev() {
        match hop.parse::<std::net::IpAddr>() {
            Ok(ip) if trusted.contains(&ip) => continue,
            Ok(ip) => return ip.to_string(),
            Err(_) => break,
        }
    }
    peer.to_string()
}

fn client_of(parts: &Parts, state: &AppState) -> String {
    let peer = parts
        .extensions
        .get::<ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip());
    let forwarded: Vec<&str> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    client_address(peer, &forwarded, &state.app.config().trusted_proxies)
}

impl FromRequestParts<AppState> for Page {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = cookie(&parts.headers, SESSION_COOKIE).filter(|t| !t.is_empty());
        let actor = match &token {
            Some(t) => state.app.authenticate(t, SessionKind::Browser).await?,
            None => Actor::Anonymous,
        };
        let csrf = parts
            .extensions
            .get::<CsrfToken>()
            .map(|c| c.0.clone())
            .unwrap_or_default();
        let flash = parts.extensions.get::<Flash>().and_then(|f| f.0.clone());
        // The person's own setting first, then the switcher's cookie, then
        // the browser's languages.
        let (setting, time_zone) = match &actor {
            Actor::Person(p) => (p.language.clone(), p.time_zone.clone()),
            _ => (None, None),
        };
        let locale = pools_i18n::Locale::negotiate(
            setting
                .or_else(|| cookie(&parts.headers, LANG_COOKIE))
                .as_deref(),
            parts
                .headers
                .get(header::ACCEPT_LANGUAGE)
                .and_then(|v| v.to_str().ok()),
        );
        pools_i18n::now_answering(pools_i18n::Reader {
            locale,
            zone: time_zone.clone(),
        });
        Ok(Page {
            actor,
            csrf,
            flash,
            token,
            client: client_of(parts, state),
            locale,
            time_zone,
            pool_zone: std::sync::OnceLock::new(),
            here: if parts.method == axum::http::Method::GET {
                parts
                    .uri
                    .path_and_query()
                    .map(|p| p.as_str().to_string())
                    .unwrap_or_default()
            } else {
                String::new()
            },
        })
    }
}

/// Who is calling the API, from an `Authorization: Bearer` header.
pub struct ApiCaller {
    pub actor: Actor,
    pub token: Option<String>,
    pub client: String,
}

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = crate::error::ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let token = parts
            .headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|t| t.trim().to_string());
        let actor = match &token {
            Some(t) => match state.app.authenticate(t, SessionKind::ApiToken).await? {
                Actor::Anonymous => {
                    return Err(AppError::Unauthenticated(
                        "the bearer token is unknown, revoked or expired: get a new one from POST /api/v1/auth/tokens".into(),
                    )
                    .into());
                }
                a => a,
            },
            None => Actor::Anonymous,
        };
        if let Actor::Person(p) = &actor {
            let asked = pools_i18n::reader();
            pools_i18n::now_answering(pools_i18n::Reader {
                locale: pools_i18n::of_setting(p.language.as_deref(), asked.locale),
                zone: p.time_zone.clone(),
            });
        }
        Ok(ApiCaller {
            actor,
            token,
            client: client_of(parts, state),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::client_address;

    #[test]
    fn forwarded_addresses_count_only_behind_a_trusted_proxy() {
        let proxy: std::net::IpAddr = "10.0.0.2".parse().unwrap();
        let peer = Some(proxy);
        // Not trusted: the peer is the client, whatever the header says.
        assert_eq!(client_address(peer, &["203.0.113.9"], &[]), "10.0.0.2");
        // Trusted: the nearest untrusted hop, never a forged one further left.
        assert_eq!(
            client_address(peer, &["198.51.100.1, 203.0.113.9"], &[proxy]),
            "203.0.113.9"
        );
        assert_eq!(
            client_address(peer, &["203.0.113.9", "10.0.0.2"], &[proxy]),
            "203.0.113.9"
        );
        assert_eq!(client_address(peer, &["garbage"], &[proxy]), "10.0.0.2");
        assert_eq!(client_address(None, &[], &[]), "unknown");
    }
}
