#!/usr/bin/env python3
# LSP latency benchmark: drives a language server over stdio on a generated workspace.
"""Latency of a language server over stdio, measured the way an editor feels it.

    cargo bench --bench generate -- target/bench-ws
    python3 benches/lsp_latency.py target/bench-ws \\
        --server "target/release/recoupe lsp" --reference "harper-ls --stdio"

On a workspace written by benches/generate.rs (recoupe.toml with
corpus = ["sources"] and debounce_ms = 0, drafts draft-5k.md and draft-50k.md,
and beside each a .json of LSP positions), for each server in turn:

  startup      spawn -> initialize answered; -> the corpus $/progress ends (if
               the server reports one); -> first diagnostics of the 5k draft
               opened right after `initialized` (ready to serve). Then a second
               start with the same cache folder (RECOUPE_CACHE_DIR), where a
               server that keeps an index on disk starts warm.
  open         didOpen -> first publishDiagnostics for that version, with the
               corpus loaded (the draft is closed and opened again each time)
  edit prose   a one-character didChange (incremental sync, or the whole text to a
               server that asks for full sync, as harper-ls does) inside a word of a
               sentence that makes no claim -> publishDiagnostics for that
               version; half are insertions, half take the character out again
  edit figure  the same inside a figure of a claim
  hover        hover on a claim -> response
  codeAction   codeAction on a published diagnostic's range -> response
  peak RSS     VmHWM of the server process, read from /proc before shutdown

The client advertises push diagnostics only (no textDocument.diagnostic
capability), so every server publishes. A server that does not send versions
with its diagnostics is timed to the first publication after the change.
Medians and p95 are over the samples of one run; ratios compare medians taken in
the same run. Python 3 standard library only.
"""

import argparse
import json
import os
import queue
import shlex
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# ---------------------------------------------------------------- client


class Server:
    """A server process and a JSON-RPC connection to it over stdio."""

    def __init__(self, argv, cwd, env):
        self.proc = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.started = time.monotonic()
        self.next_id = 0
        self.responses = {}
        self.notes = queue.Queue()
        self.cond = threading.Condition()
        self.dead = False
        self.lock = threading.Lock()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        try:
            while True:
                length = None
                while True:
                    line = out.readline()
                    if not line:
                        raise EOFError
                    line = line.strip()
                    if not line:
                        break
                    k, _, v = line.decode("ascii").partition(":")
                    if k.lower() == "content-length":
                        length = int(v)
                body = out.read(length)
                t = time.monotonic()
                msg = json.loads(body)
                if "id" in msg and "method" in msg:
                    self._answer(msg)
                elif "id" in msg:
                    with self.cond:
                        self.responses[msg["id"]] = (t, msg)
                        self.cond.notify_all()
                else:
                    self.notes.put((t, msg))
        except (EOFError, ValueError, OSError, TypeError):
            with self.cond:
                self.dead = True
                self.cond.notify_all()
            self.notes.put((time.monotonic(), None))

    def _answer(self, msg):
        if msg["method"] == "workspace/configuration":
            result = [SETTINGS.get(item.get("section")) for item in msg["params"]["items"]]
        elif msg["method"] == "workspace/workspaceFolders":
            result = None
        else:  # registerCapability, workDoneProgress/create, showMessageRequest
            result = None
        self.send({"jsonrpc": "2.0", "id": msg["id"], "result": result})

    def send(self, msg):
        body = json.dumps(msg).encode()
        with self.lock:
            try:
                self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
                self.proc.stdin.flush()
            except OSError:
                self.dead = True

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params, timeout=120):
        """(seconds from sending to the answer, result or None on an error)."""
        self.next_id += 1
        rid = self.next_id
        t0 = time.monotonic()
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        deadline = t0 + timeout
        with self.cond:
            while rid not in self.responses:
                if self.dead:
                    raise RuntimeError(f"server died during {method}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"{method}: no answer in {timeout} s")
                self.cond.wait(left)
            t, msg = self.responses.pop(rid)
        return t - t0, (None if "error" in msg else msg.get("result")), msg.get("error")

    def peak_rss_kb(self):
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return None

    def close(self):
        try:
            if not self.dead:
                self.request("shutdown", None, timeout=10)
                self.notify("exit", None)
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
            self.proc.wait()


class Watch:
    """Reads the server's notifications: diagnostics per URI, the end of progress."""

    def __init__(self, server):
        self.server = server
        self.latest = {}
        self.progress_end = None
        # Once the server has sent a version with diagnostics, only the version
        # asked for counts (a clearing publication on close has none).
        self.versioned = False

    def _take(self, t, msg):
        if msg is None:
            return None
        method = msg.get("method")
        if method == "textDocument/publishDiagnostics":
            p = msg["params"]
            self.latest[p["uri"]] = p
            if p.get("version") is not None:
                self.versioned = True
            return t, p
        if method == "$/progress":
            v = msg.get("params", {}).get("value", {})
            if isinstance(v, dict) and v.get("kind") == "end" and self.progress_end is None:
                self.progress_end = t
        return None

    def diagnostics(self, uri, version, since, timeout):
        """Seconds from `since` to the first diagnostics of `uri` for `version` (or,
        from a server that sends no version, the first published after `since`)."""
        deadline = since + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or self.server.dead:
                return None
            try:
                t, msg = self.server.notes.get(timeout=left)
            except queue.Empty:
                return None
            if msg is None:
                return None
            got = self._take(t, msg)
            if not got or got[1]["uri"] != uri or got[0] < since:
                continue
            v = got[1].get("version")
            if v == version or (v is None and not self.versioned):
                return got[0] - since

    def drain(self):
        while True:
            try:
                t, msg = self.server.notes.get_nowait()
            except queue.Empty:
                return
            self._take(t, msg)


# Answers to workspace/configuration, by section (`--settings`).
SETTINGS = {}

CAPABILITIES = {
    "general": {"positionEncodings": ["utf-16"]},
    "workspace": {"configuration": True, "workspaceFolders": True,
                  "didChangeWatchedFiles": {"dynamicRegistration": True}},
    "window": {"workDoneProgress": True},
    # No "diagnostic" here: push diagnostics only, so that every server publishes.
    "textDocument": {
        "synchronization": {"didSave": True},
        "publishDiagnostics": {"relatedInformation": True, "versionSupport": True,
                               "codeDescriptionSupport": True, "dataSupport": True},
        "hover": {"contentFormat": ["markdown", "plaintext"]},
        "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {
            "valueSet": ["quickfix", "refactor", "source"]}},
            "dataSupport": True, "isPreferredSupport": True}}}


def start(argv, ws, env):
    srv = Server(argv, ws, env)
    watch = Watch(srv)
    took, result, err = srv.request("initialize", {
        "processId": os.getpid(), "clientInfo": {"name": "lsp_latency"},
        "rootUri": ws.as_uri(), "rootPath": str(ws),
        "workspaceFolders": [{"uri": ws.as_uri(), "name": ws.name}],
        "capabilities": CAPABILITIES}, timeout=120)
    if err:
        raise RuntimeError(f"initialize failed: {err}")
    # How the server takes edits: 2 (incremental) gets ranges, 1 (full) the whole
    # text, as an editor would send them.
    sync = ((result or {}).get("capabilities") or {}).get("textDocumentSync", 1)
    if isinstance(sync, dict):
        sync = sync.get("change", 1)
    srv.incremental = sync == 2
    srv.notify("initialized", {})
    # Settings are also pushed, for servers that only read them from this
    # notification; only the sections a server's own name or command line names.
    pushed = {k: v for k, v in SETTINGS.items() if k in " ".join(argv)}
    if pushed:
        srv.notify("workspace/didChangeConfiguration", {"settings": pushed})
    return srv, watch, time.monotonic() - srv.started


# ---------------------------------------------------------------- measuring


def stats(xs):
    if not xs:
        return None
    s = sorted(xs)
    p95 = s[min(len(s) - 1, max(0, int(round(0.95 * len(s))) - 1))]
    return {"n": len(s), "median_ms": statistics.median(s) * 1000, "p95_ms": p95 * 1000}


def open_doc(srv, uri, text):
    srv.notify("textDocument/didOpen", {"textDocument": {
        "uri": uri, "languageId": "markdown", "version": 1, "text": text}})


def close_doc(srv, uri):
    srv.notify("textDocument/didClose", {"textDocument": {"uri": uri}})


def startup(argv, ws, env, first, timeout):
    """Spawn, initialize, open the first draft at once: the times to each step."""
    srv, watch, init = start(argv, ws, env)
    try:
        uri = (ws / first).as_uri()
        since = time.monotonic()
        open_doc(srv, uri, (ws / first).read_text(encoding="utf-8"))
        d = watch.diagnostics(uri, 1, since, timeout)
        watch.drain()
        out = {"initialize_s": init,
               "first_diagnostics_s": None if d is None else since + d - srv.started,
               "progress_end_s": None if watch.progress_end is None
               else watch.progress_end - srv.started}
        close_doc(srv, uri)
        return srv, watch, out
    except Exception:
        srv.close()
        raise


def utf16_index(line_text, units):
    """The string index of a UTF-16 column in one line."""
    n = 0
    for i, c in enumerate(line_text):
        if n >= units:
            return i
        n += 2 if ord(c) > 0xFFFF else 1
    return len(line_text)


def apply_change(text, change):
    """The text after an incremental change (UTF-16 positions), kept so that a
    server asking for full-text sync gets the same edit."""
    lines = text.split("\n")
    def offset(pos):
        line = min(pos["line"], len(lines) - 1)
        base = sum(len(l) + 1 for l in lines[:line])
        return base + utf16_index(lines[line], pos["character"])
    a, b = offset(change["range"]["start"]), offset(change["range"]["end"])
    return text[:a] + change["text"] + text[b:]


def measure_draft(srv, watch, ws, name, args, log):
    uri = (ws / name).as_uri()
    text = (ws / name).read_text(encoding="utf-8")
    marks = json.loads((ws / name).with_suffix(".json").read_text(encoding="utf-8"))
    res = {}

    opens = []
    for k in range(args.opens):
        # A fresh URI each time: a server's clearing publication for the last
        # one closed cannot be taken for this one's diagnostics.
        other = (ws / f"open-{k}-{name}").as_uri()
        since = time.monotonic()
        open_doc(srv, other, text)
        d = watch.diagnostics(other, 1, since, args.timeout)
        close_doc(srv, other)
        if d is None:
            log(f"  {name}: no diagnostics after didOpen")
            break
        opens.append(d)
    res["open"] = stats(opens)

    since = time.monotonic()
    open_doc(srv, uri, text)
    if watch.diagnostics(uri, 1, since, args.timeout) is None:
        log(f"  {name}: no diagnostics after didOpen; skipping edits")
        return res
    published = watch.latest.get(uri, {}).get("diagnostics", [])
    version = 1
    current = text
    lat = {"prose": [], "figure": []}
    budget_end = time.monotonic() + args.budget
    pairs = args.edits // 2
    stopped = None
    for i in range(pairs):
        for kind, key, ch in (("prose", "prose", "x"), ("figure", "figures", "7")):
            line, col = marks[key][i % len(marks[key])]
            at = {"line": line, "character": col}
            after = {"line": line, "character": col + 1}
            for change in ({"range": {"start": at, "end": at}, "text": ch},
                           {"range": {"start": at, "end": after}, "text": ""}):
                version += 1
                current = apply_change(current, change)
                sent = change if srv.incremental else {"text": current}
                since = time.monotonic()
                srv.notify("textDocument/didChange", {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [sent]})
                d = watch.diagnostics(uri, version, since, args.timeout)
                if d is None:
                    stopped = f"no diagnostics for version {version} within {args.timeout} s"
                    break
                lat[kind].append(d)
            if stopped:
                break
        if stopped:
            break
        if time.monotonic() > budget_end:
            stopped = f"time budget of {args.budget} s spent after {2 * (i + 1)} edits of each kind"
            break
    if stopped:
        log(f"  {name}: edits stopped: {stopped}")
    res["edit_prose"] = stats(lat["prose"])
    res["edit_figure"] = stats(lat["figure"])

    # Let any held-back republication land, then read the final diagnostics.
    time.sleep(0.2)
    watch.drain()
    published = watch.latest.get(uri, {}).get("diagnostics", published)
    codes = {}
    for dg in published:
        c = str(dg.get("code", ""))
        codes[c] = codes.get(c, 0) + 1
    res["diagnostics"] = codes

    hovers, unsupported = [], False
    for i in range(args.hovers):
        line, col = marks["claims"][i % len(marks["claims"])]
        took, _, err = srv.request("textDocument/hover", {
            "textDocument": {"uri": uri}, "position": {"line": line, "character": col}},
            timeout=args.timeout)
        if err:
            unsupported = True
            break
        hovers.append(took)
    res["hover"] = None if unsupported else stats(hovers)

    actions = []
    if published:
        for i in range(args.hovers):
            dg = published[i % len(published)]
            took, _, err = srv.request("textDocument/codeAction", {
                "textDocument": {"uri": uri}, "range": dg["range"],
                "context": {"diagnostics": [dg]}}, timeout=args.timeout)
            if err:
                break
            actions.append(took)
    res["code_action"] = stats(actions)
    close_doc(srv, uri)
    return res


def measure_server(label, cmd, ws, args, log):
    argv = shlex.split(cmd)
    if os.sep in argv[0]:
        argv[0] = str(Path(argv[0]).resolve())
    cache = Path(tempfile.mkdtemp(prefix="lsp-latency-cache-"))
    env = dict(os.environ, RECOUPE_CACHE_DIR=str(cache), XDG_CACHE_HOME=str(cache))
    out = {"command": cmd, "drafts": {}}
    log(f"{label}: {cmd}")
    srv, watch, out["startup_cold"] = startup(argv, ws, env, args.drafts[0], args.timeout)
    try:
        for name in args.drafts:
            log(f"  {name} ...")
            out["drafts"][name] = measure_draft(srv, watch, ws, name, args, log)
        out["peak_rss_mb"] = (srv.peak_rss_kb() or 0) / 1024
    finally:
        srv.close()
    # Again, with the cache the first start may have left.
    srv, _, out["startup_warm"] = startup(argv, ws, env, args.drafts[0], args.timeout)
    srv.close()
    subprocess.run(["rm", "-rf", str(cache)], check=False)
    return out


# ---------------------------------------------------------------- report

ROWS = [("open", "open -> diagnostics"), ("edit_prose", "edit in prose -> diagnostics"),
        ("edit_figure", "edit in a figure -> diagnostics"), ("hover", "hover on a claim"),
        ("code_action", "codeAction on a diagnostic")]


def fmt_ms(x):
    return "-" if x is None else (f"{x:.1f}" if x < 100 else f"{x:.0f}")


def report(results, drafts):
    lines = []
    lines.append(f"| server | draft | measure | n | median ms | p95 ms |")
    lines.append("|---|---|---|---|---|---|")
    for label, r in results.items():
        for name in drafts:
            d = r["drafts"].get(name, {})
            for key, title in ROWS:
                s = d.get(key)
                if s is None:
                    lines.append(f"| {label} | {name} | {title} | 0 | n/a | n/a |")
                else:
                    lines.append(f"| {label} | {name} | {title} | {s['n']} | "
                                 f"{fmt_ms(s['median_ms'])} | {fmt_ms(s['p95_ms'])} |")
    lines.append("")
    lines.append("| server | start | initialize s | progress end s | first diagnostics s | peak RSS MB |")
    lines.append("|---|---|---|---|---|---|")
    for label, r in results.items():
        for which in ("cold", "warm"):
            s = r[f"startup_{which}"]
            f = lambda x: "-" if x is None else f"{x:.2f}"
            rss = f"{r['peak_rss_mb']:.0f}" if which == "cold" else ""
            lines.append(f"| {label} | {which} | {f(s['initialize_s'])} | {f(s['progress_end_s'])} | "
                         f"{f(s['first_diagnostics_s'])} | {rss} |")
    labels = list(results)
    if len(labels) == 2:
        a, b = labels
        lines.append("")
        lines.append(f"| draft | measure | {a} median / {b} median |")
        lines.append("|---|---|---|")
        for name in drafts:
            for key, title in ROWS:
                x = results[a]["drafts"].get(name, {}).get(key)
                y = results[b]["drafts"].get(name, {}).get(key)
                if x and y and y["median_ms"] > 0:
                    lines.append(f"| {name} | {title} | {x['median_ms'] / y['median_ms']:.2f} |")
    lines.append("")
    for label, r in results.items():
        for name in drafts:
            codes = r["drafts"].get(name, {}).get("diagnostics")
            if codes is not None:
                total = sum(codes.values())
                detail = ", ".join(f"{k or '(none)'} {v}" for k, v in sorted(codes.items()))
                lines.append(f"{label} {name}: {total} diagnostics ({detail})")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("workspace", help="folder written by `cargo bench --bench generate -- DIR`")
    ap.add_argument("--server", default="target/release/recoupe lsp")
    ap.add_argument("--reference", help='the reference server, e.g. "harper-ls --stdio"')
    ap.add_argument("--settings", default="{}",
                    help='answers to workspace/configuration by section, as JSON, e.g. '
                         '\'{"harper-ls": {"maxFileLength": 1000000}}\' (harper-ls skips '
                         'documents over 120,000 characters by default)')
    ap.add_argument("--drafts", default="draft-5k.md,draft-50k.md")
    ap.add_argument("--edits", type=int, default=200,
                    help="one-character edits of each kind per draft (half insert, half delete)")
    ap.add_argument("--hovers", type=int, default=200, help="hover and codeAction requests per draft")
    ap.add_argument("--opens", type=int, default=20, help="didOpen measurements per draft")
    ap.add_argument("--budget", type=float, default=300,
                    help="seconds of edits per server and draft before stopping early")
    ap.add_argument("--timeout", type=float, default=120, help="seconds to wait for one answer")
    ap.add_argument("--json", help="write the raw results here")
    args = ap.parse_args()
    args.drafts = [d for d in args.drafts.split(",") if d]
    ws = Path(args.workspace).resolve()
    if not (ws / "recoupe.toml").exists():
        sys.exit(f"{ws}: no recoupe.toml; write the workspace with "
                 "`cargo bench --bench generate -- {ws}`")

    def log(s):
        print(s, file=sys.stderr, flush=True)

    SETTINGS.update(json.loads(args.settings))
    results = {}
    servers = [("recoupe", args.server)] + ([("reference", args.reference)] if args.reference else [])
    for label, cmd in servers:
        name = Path(shlex.split(cmd)[0]).name
        label = name if name not in results else f"{label}:{name}"
        results[label] = measure_server(label, cmd, ws, args, log)
    print(report(results, args.drafts))
    if args.json:
        meta = {"workspace": str(ws), "edits": args.edits, "hovers": args.hovers,
                "nproc": os.cpu_count()}
        Path(args.json).write_text(json.dumps({"meta": meta, "servers": results}, indent=1) + "\n",
                                   encoding="utf-8")


if __name__ == "__main__":
    main()
