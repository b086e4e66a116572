//! A throwaway PostgreSQL cluster for the archive tests: the real server, in a
//! temporary folder, on a local port, as a non-root user (`initdb` refuses root),
//! stopped when dropped. `RECOUPE_PG_TESTS=0` skips the tests, saying so; nothing
//! else does. `RECOUPE_PG_BIN` names the folder of the server's binaries when they
//! are not where Debian puts them (/usr/lib/postgresql/N/bin).

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const PASSWORD: &str = "test-only-superuser";

pub struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
    /// The user the server runs as when the tests run as root.
    as_user: Option<String>,
}

/// Whether the archive tests are to be skipped; says so when they are.
pub fn skipped(test: &str) -> bool {
    let skip = std::env::var("RECOUPE_PG_TESTS").is_ok_and(|v| v == "0");
    if skip {
        eprintln!("skipping {test}: RECOUPE_PG_TESTS=0");
    }
    skip
}

fn bin_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("RECOUPE_PG_BIN") {
        return PathBuf::from(dir);
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_string_lossy().parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").is_file().then_some((version, bin))
        })
        .collect();
    found.sort();
    if let Some((_, bin)) = found.pop() {
        return bin;
    }
    for dir in ["/usr/local/pgsql/bin", "/usr/local/bin", "/usr/bin"] {
        if Path::new(dir).join("initdb").is_file() {
            return PathBuf::from(dir);
        }
    }
    panic!(
        "PostgreSQL's server binaries (initdb, pg_ctl) were not found: install Debian's \
         `postgresql` package, set RECOUPE_PG_BIN, or set RECOUPE_PG_TESTS=0 to skip"
    );
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("a free local port");
    l.local_addr().expect("its address").port()
}

impl Cluster {
    /// Start a cluster, or `None` when the tests are skipped.
    pub fn start(test: &str) -> Option<Cluster> {
        if skipped(test) {
            return None;
        }
        let bin = bin_dir();
        let dir = tempfile::Builder::new()
            .prefix("recoupe-pg-")
            .tempdir()
            .expect("a temporary folder");
        let as_user = is_root().then(|| "nobody".to_string());
        std::fs::write(dir.path().join("pw"), PASSWORD).expect("the password file");
        if let Some(user) = &as_user {
            let status = Command::new("chown")
                .arg("-R")
                .arg(user)
                .arg(dir.path())
                .status()
                .expect("chown");
            assert!(status.success(), "chown of the cluster folder failed");
        }
        let port = free_port();
        let cluster = Cluster {
            dir,
            bin,
            port,
            as_user,
        };
        let data = cluster.data();
        let pw = format!("--pwfile={}", cluster.dir.path().join("pw").display());
        let out = cluster.run(
            "initdb",
            &[
                "-D",
                &data,
                "-U",
                "postgres",
                &pw,
                "--auth-host=scram-sha-256",
                "--auth-local=trust",
                "-E",
                "UTF8",
                "--locale=C",
            ],
        );
        assert!(out.status.success(), "initdb failed: {}", text(&out));
        let options = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off",
            cluster.dir.path().display()
        );
        let log = cluster.dir.path().join("log").display().to_string();
        let out = cluster.run(
            "pg_ctl",
            &[
                "-D", &data, "-l", &log, "-o", &options, "-w", "-t", "60", "start",
            ],
        );
        assert!(
            out.status.success(),
            "pg_ctl start failed: {}\n{}",
            text(&out),
            std::fs::read_to_string(&log).unwrap_or_default()
        );
        Some(cluster)
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    fn run(&self, prog: &str, args: &[&str]) -> Output {
        let prog = self.bin.join(prog);
        let mut cmd = match &self.as_user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(&prog);
                c
            }
            None => Command::new(&prog),
        };
        // The server's own working folder must be one its user can enter.
        cmd.current_dir(self.dir.path());
        cmd.args(args)
            .output()
            .expect("running a PostgreSQL binary")
    }

    /// The URL of database `db` as the superuser.
    pub fn url(&self, db: &str) -> String {
        self.url_as("postgres", PASSWORD, db)
    }

    pub fn url_as(&self, user: &str, password: &str, db: &str) -> String {
        format!(
            "postgresql://{user}:{password}@127.0.0.1:{}/{db}",
            self.port
        )
    }

    /// Run SQL in `db` as the superuser over the unix socket; its rows, one a line.
    pub fn sql(&self, db: &str, sql: &str) -> String {
        let port = self.port.to_string();
        let host = self.dir.path().display().to_string();
        let out = self.run(
            "psql",
            &[
                "-X",
                "-q",
                "-A",
                "-t",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                &host,
                "-p",
                &port,
                "-U",
                "postgres",
                "-d",
                db,
                "-c",
                sql,
            ],
        );
        assert!(out.status.success(), "psql failed on {sql}: {}", text(&out));
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// A new empty database.
    /// The roles and database docs/archive.md sets up (`newsroom`, an ingest role
    /// owning it, a read-only role), with its SQL: the URLs of the ingest role and of
    /// the reader.
    pub fn newsroom_roles(&self) -> (String, String) {
        self.sql(
            "postgres",
            "CREATE ROLE recoupe_ingest LOGIN PASSWORD 'ingest-pw'; \
             CREATE ROLE recoupe_reader LOGIN PASSWORD 'reader-pw';",
        );
        self.sql("postgres", "CREATE DATABASE newsroom OWNER recoupe_ingest");
        self.sql(
            "newsroom",
            "REVOKE ALL ON DATABASE newsroom FROM PUBLIC; \
             GRANT CONNECT ON DATABASE newsroom TO recoupe_reader; \
             GRANT USAGE ON SCHEMA public TO recoupe_reader; \
             ALTER DEFAULT PRIVILEGES FOR ROLE recoupe_ingest IN SCHEMA public \
                 GRANT SELECT ON TABLES TO recoupe_reader; \
             ALTER ROLE recoupe_reader SET default_transaction_read_only = on;",
        );
        (
            self.url_as("recoupe_ingest", "ingest-pw", "newsroom"),
            self.url_as("recoupe_reader", "reader-pw", "newsroom"),
        )
    }

    pub fn create_db(&self, name: &str) -> String {
        self.sql("postgres", &format!("CREATE DATABASE {name}"));
        self.url(name)
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let data = self.data();
        let _ = self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
    }
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
