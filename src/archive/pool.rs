//! Connecting to the archive: the URL (checked, and shown only without its
//! password), TLS, a pool of connections with a timeout on every wait, and the
//! backoff that keeps a server serving local verdicts while the database is away.

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod, Runtime, Timeouts};
use std::fmt;
use std::str::FromStr;
use std::time::{Duration, Instant};
use tokio_postgres::config::SslMode;

/// How long connecting may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long one query may take, on the server (`statement_timeout`) and here.
pub const QUERY_TIMEOUT: Duration = Duration::from_secs(10);

/// `QUERY_TIMEOUT`, or `RECOUPE_ARCHIVE_TIMEOUT_MS` when set (a newsroom whose
/// archive is far away, or a test that makes the database slow on purpose).
pub fn query_timeout() -> Duration {
    std::env::var("RECOUPE_ARCHIVE_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .filter(|&ms| ms > 0)
        .map_or(QUERY_TIMEOUT, Duration::from_millis)
}

/// What a connection of its own yields: notices, until it closes.
pub type Messages = std::pin::Pin<
    Box<
        dyn futures_util::Stream<Item = Result<tokio_postgres::AsyncMessage, tokio_postgres::Error>>
            + Send,
    >,
>;

/// An archive's address: a `postgresql://` URL or a `key=value` string, as libpq
/// takes them. Its `Display` never shows the password.
#[derive(Clone)]
pub struct ArchiveUrl {
    config: tokio_postgres::Config,
    /// Extra root certificate for TLS (`sslrootcert=` in the URL, which
    /// tokio-postgres does not read itself).
    root_cert: Option<String>,
}

impl fmt::Debug for ArchiveUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ArchiveUrl({self})")
    }
}

impl fmt::Display for ArchiveUrl {
    /// `postgresql://user@host:port/db`: enough to tell which archive, never the
    /// password.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.config;
        let user = c.get_user().unwrap_or("");
        let host = c
            .get_hosts()
            .first()
            .map(|h| match h {
                tokio_postgres::config::Host::Tcp(s) => s.clone(),
                tokio_postgres::config::Host::Unix(p) => p.display().to_string(),
            })
            .unwrap_or_default();
        let port = c.get_ports().first().copied().unwrap_or(5432);
        let db = c.get_dbname().unwrap_or("");
        write!(f, "postgresql://{user}@{host}:{port}/{db}")
    }
}

impl ArchiveUrl {
    /// Parse an archive URL. The error never repeats the URL (it may hold a password).
    pub fn parse(text: &str) -> Result<ArchiveUrl, String> {
        let text = text.trim();
        if !(text.starts_with("postgresql://") || text.starts_with("postgres://")) {
            return Err(
                "the archive must be a postgresql:// URL (postgresql://user@host:5432/archive)"
                    .to_string(),
            );
        }
        // `sslrootcert` is libpq's; take it out before tokio-postgres reads the rest.
        let (text, root_cert) = take_param(text, "sslrootcert");
        let config = tokio_postgres::Config::from_str(&text)
            .map_err(|e| format!("the archive URL is not valid: {}", scrub(&e.to_string())))?;
        if config.get_hosts().is_empty() {
            return Err("the archive URL names no host".to_string());
        }
        Ok(ArchiveUrl { config, root_cert })
    }

    /// Whether TLS is asked for (`sslmode=prefer` or `require`).
    pub fn tls(&self) -> bool {
        self.config.get_ssl_mode() != SslMode::Disable
    }

    /// A pool of at most `size` connections. Every query is bounded on the server by
    /// `statement_timeout` and here by `QUERY_TIMEOUT`, and every wait for a
    /// connection by `CONNECT_TIMEOUT`.
    pub fn pool(&self, size: usize) -> Result<Pool, String> {
        let mut config = self.config.clone();
        config.connect_timeout(CONNECT_TIMEOUT);
        config.options(format!(
            "-c statement_timeout={}",
            query_timeout().as_millis()
        ));
        config.application_name("recoupe");
        let manager_config = ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        let manager = if self.tls() {
            let tls = tokio_postgres_rustls::MakeRustlsConnect::new(self.tls_config()?);
            Manager::from_config(config, tls, manager_config)
        } else {
            Manager::from_config(config, tokio_postgres::NoTls, manager_config)
        };
        Pool::builder(manager)
            .max_size(size)
            .runtime(Runtime::Tokio1)
            .timeouts(Timeouts {
                wait: Some(CONNECT_TIMEOUT),
                create: Some(CONNECT_TIMEOUT),
                recycle: Some(CONNECT_TIMEOUT),
            })
            .build()
            .map_err(|e| format!("cannot set up the archive connections: {e}"))
    }

    /// One connection of its own, outside the pool (the LISTEN of a server): the
    /// client, and the messages its connection yields, which must be polled.
    pub async fn connect(&self) -> Result<(tokio_postgres::Client, Messages), String> {
        let mut config = self.config.clone();
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("recoupe");
        let err = |e: tokio_postgres::Error| describe(&e);
        if self.tls() {
            let tls = tokio_postgres_rustls::MakeRustlsConnect::new(self.tls_config()?);
            let (client, mut conn) = config.connect(tls).await.map_err(err)?;
            let messages = futures_util::stream::poll_fn(move |cx| conn.poll_message(cx));
            Ok((client, Box::pin(messages)))
        } else {
            let (client, mut conn) = config.connect(tokio_postgres::NoTls).await.map_err(err)?;
            let messages = futures_util::stream::poll_fn(move |cx| conn.poll_message(cx));
            Ok((client, Box::pin(messages)))
        }
    }

    /// TLS with the system's root certificates and the `sslrootcert` file, if any;
    /// the server's certificate is always verified.
    fn tls_config(&self) -> Result<rustls::ClientConfig, String> {
        let mut roots = rustls::RootCertStore::empty();
        for cert in rustls_native_certs::load_native_certs().certs {
            let _ = roots.add(cert);
        }
        if let Some(path) = &self.root_cert {
            let pem =
                std::fs::read(path).map_err(|e| format!("cannot read sslrootcert {path}: {e}"))?;
            for cert in rustls_pki_certs(&pem) {
                roots
                    .add(cert)
                    .map_err(|e| format!("sslrootcert {path}: {e}"))?;
            }
        }
        let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
        Ok(rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("TLS: {e}"))?
            .with_root_certificates(roots)
            .with_no_client_auth())
    }
}

/// The certificates of a PEM file.
fn rustls_pki_certs(pem: &[u8]) -> Vec<rustls::pki_types::CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject;
    rustls::pki_types::CertificateDer::pem_slice_iter(pem)
        .filter_map(Result::ok)
        .collect()
}

/// `url` without its `name=value` query parameter, and that value.
fn take_param(url: &str, name: &str) -> (String, Option<String>) {
    let Some((base, query)) = url.split_once('?') else {
        return (url.to_string(), None);
    };
    let mut value = None;
    let kept: Vec<&str> = query
        .split('&')
        .filter(|kv| match kv.split_once('=') {
            Some((k, v)) if k == name => {
                value = Some(
                    percent_encoding::percent_decode_str(v)
                        .decode_utf8_lossy()
                        .into_owned(),
                );
                false
            }
            _ => true,
        })
        .collect();
    let url = if kept.is_empty() {
        base.to_string()
    } else {
        format!("{base}?{}", kept.join("&"))
    };
    (url, value)
}

/// An error message with anything that looks like a password taken out: database
/// errors quote what they were given.
pub fn scrub(message: &str) -> String {
    let mut out = message.to_string();
    // `postgresql://user:secret@host` → `postgresql://user@host`.
    while let Some(scheme) = out.find("://") {
        let rest = &out[scheme + 3..];
        let (Some(colon), Some(at)) = (rest.find(':'), rest.find('@')) else {
            break;
        };
        if colon >= at {
            break;
        }
        let start = scheme + 3 + colon;
        let end = scheme + 3 + at;
        out.replace_range(start..end, "");
    }
    if let Some(i) = out.find("password=") {
        let end = out[i..].find([' ', '&']).map_or(out.len(), |e| i + e);
        out.replace_range(i..end, "password=…");
    }
    out
}

/// A database error as one clear sentence, without credentials: wrong password,
/// unknown database, refused connection, timeout...
pub fn describe(e: &tokio_postgres::Error) -> String {
    if let Some(db) = e.as_db_error() {
        let hint = match db.code().code() {
            "28P01" | "28000" => " (check the user and password of the archive URL)",
            "3D000" => " (the database does not exist: create it, see docs/archive.md)",
            "42501" => " (this role may not do that: see the roles in docs/archive.md)",
            "57014" => " (the query took longer than the archive's timeout)",
            _ => "",
        };
        return scrub(&format!("{}{hint}", db.message()));
    }
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    scrub(&text)
}

/// A pool error as one clear sentence.
pub fn describe_pool(e: &deadpool_postgres::PoolError) -> String {
    match e {
        deadpool_postgres::PoolError::Backend(e) => describe(e),
        deadpool_postgres::PoolError::Timeout(_) => {
            "the archive did not answer in time".to_string()
        }
        other => scrub(&other.to_string()),
    }
}

/// When to try the archive again after it failed: after 1 s, then twice as long
/// each time up to a minute; one message when it goes away, one when it is back.
#[derive(Debug, Default)]
pub struct Backoff {
    failures: u32,
    next_try: Option<Instant>,
}

/// What a caller should tell its user after a try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Nothing new to say.
    None,
    /// The archive just became unreachable (why): say so once.
    Down(String),
    /// The archive answers again.
    Back,
}

impl Backoff {
    pub const FIRST: Duration = Duration::from_secs(1);
    pub const MAX: Duration = Duration::from_secs(60);

    /// Whether the archive may be tried at `now`.
    pub fn may_try(&self, now: Instant) -> bool {
        self.next_try.is_none_or(|t| now >= t)
    }

    /// Record a failure at `now`.
    pub fn failed(&mut self, now: Instant, why: &str) -> Notice {
        let wait = Self::FIRST
            .saturating_mul(1u32 << self.failures.min(6))
            .min(Self::MAX);
        self.next_try = Some(now + wait);
        self.failures += 1;
        if self.failures == 1 {
            Notice::Down(why.to_string())
        } else {
            Notice::None
        }
    }

    /// When the archive may be tried again, while a failure holds it back.
    pub fn next_try(&self) -> Option<Instant> {
        self.next_try
    }

    /// Record a success.
    pub fn succeeded(&mut self) -> Notice {
        let was_down = self.failures > 0;
        self.failures = 0;
        self.next_try = None;
        if was_down {
            Notice::Back
        } else {
            Notice::None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `shown(url, expected)`: how an archive URL is shown, or its error.
    fn shown(url: &str, expected: &str) {
        let got = match ArchiveUrl::parse(url) {
            Ok(u) => u.to_string(),
            Err(e) => format!("error: {e}"),
        };
        assert_eq!(got, expected, "{url}");
        assert!(!got.contains("s3cret"), "{got}");
    }

    #[test]
    fn urls_are_shown_without_their_password() {
        shown(
            "postgresql://reader:s3cret@db.example:6543/archive",
            "postgresql://reader@db.example:6543/archive",
        );
        shown(
            "postgresql://reader:s3cret@db.example/archive?sslmode=require&sslrootcert=/etc/ca.pem",
            "postgresql://reader@db.example:5432/archive",
        );
        shown(
            "mysql://reader:s3cret@db/archive",
            "error: the archive must be a postgresql:// URL (postgresql://user@host:5432/archive)",
        );
        shown(
            "postgresql://reader:s3cret@db/archive?bogus=1",
            "error: the archive URL is not valid: invalid connection string",
        );
    }

    #[test]
    fn messages_lose_their_credentials() {
        for (text, expected) in [
            (
                "cannot reach postgresql://a:s3cret@h/db",
                "cannot reach postgresql://a@h/db",
            ),
            ("host=h password=s3cret user=a", "host=h password=… user=a"),
        ] {
            assert_eq!(scrub(text), expected);
        }
    }

    #[test]
    fn backoff_doubles_and_speaks_once() {
        let t0 = Instant::now();
        let mut b = Backoff::default();
        assert!(b.may_try(t0));
        assert!(matches!(b.failed(t0, "refused"), Notice::Down(_)));
        assert!(!b.may_try(t0 + Duration::from_millis(500)));
        assert!(b.may_try(t0 + Duration::from_secs(1)));
        assert_eq!(b.failed(t0, "refused"), Notice::None);
        assert!(!b.may_try(t0 + Duration::from_secs(1)));
        assert!(b.may_try(t0 + Duration::from_secs(2)));
        for _ in 0..20 {
            b.failed(t0, "refused");
        }
        assert!(b.may_try(t0 + Backoff::MAX));
        assert_eq!(b.succeeded(), Notice::Back);
        assert_eq!(b.succeeded(), Notice::None);
    }
}
