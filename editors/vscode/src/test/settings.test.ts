// Unit tests for the pure half of the extension: settings mapping and server path resolution (no VS Code needed).
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { Inspected, missingServerMessage, resolveServerPath, toServerSettings } from "../settings";

/** Builds an `inspect` from a table of key -> scopes, as VS Code's WorkspaceConfiguration.inspect would. */
function inspector(table: Record<string, Inspected>): (key: string) => Inspected | undefined {
  const defaults: Record<string, unknown> = {
    corpus: [],
    "severity.contradicted": "error",
    "severity.misquoted": "warning",
    "severity.unattributed": "warning",
    "severity.disputed": "information",
    "severity.unsupported": "hint",
    language: "auto",
    debounceMs: 200,
    serverPath: "recoupe",
    "trace.server": "off",
  };
  return (key) => ({ defaultValue: defaults[key], ...(table[key] ?? {}) });
}

test("defaults send nothing, so recoupe.toml stays in charge", () => {
  assert.deepEqual(toServerSettings(inspector({}), "/ws"), {});
});

test("serverPath and trace never reach the server (it rejects unknown keys)", () => {
  const s = toServerSettings(
    inspector({ serverPath: { globalValue: "/opt/recoupe" }, "trace.server": { globalValue: "verbose" } }),
    "/ws",
  );
  assert.deepEqual(s, {});
});

test("corpus folders resolve against the workspace folder, home and absolute paths kept", () => {
  const s = toServerSettings(inspector({ corpus: { workspaceValue: ["sources", "/data/archive", " ", "~/notes"] } }), "/ws");
  assert.equal(s.corpus?.length, 3);
  assert.equal(s.corpus?.[0], "/ws/sources");
  assert.equal(s.corpus?.[1], "/data/archive");
  assert.match(s.corpus?.[2] ?? "", /notes$/);
  assert.ok(!s.corpus?.[2].startsWith("~"));
});

test("an empty corpus set by the user is not sent (it would hide the toml's corpus)", () => {
  assert.deepEqual(toServerSettings(inspector({ corpus: { globalValue: [] } }), "/ws"), {});
});

test("innermost scope wins: folder over workspace over user", () => {
  const s = toServerSettings(
    inspector({ language: { globalValue: "en", workspaceValue: "fr" }, debounceMs: { globalValue: 50, workspaceFolderValue: 400 } }),
  );
  assert.deepEqual(s, { language: "fr", debounceMs: 400 });
});

test("the archive URL is sent as set, an empty one too (it turns off the toml's)", () => {
  assert.deepEqual(toServerSettings(inspector({ archive: { workspaceValue: " postgresql://reader@db/news " } })), {
    archive: "postgresql://reader@db/news",
  });
  assert.deepEqual(toServerSettings(inspector({ archive: { workspaceValue: "" } })), { archive: "" });
  assert.deepEqual(toServerSettings(inspector({})), {});
});

test("only severities the user set are sent, and only valid ones", () => {
  const s = toServerSettings(
    inspector({
      "severity.unsupported": { globalValue: "off" },
      "severity.disputed": { workspaceValue: "loud" },
    }),
  );
  assert.deepEqual(s, { severity: { unsupported: "off" } });
});

test("a whole severity object from settings.json is read too, per-key settings win", () => {
  const s = toServerSettings(
    inspector({
      severity: { globalValue: { contradicted: "warning", misquoted: "hint", bogus: "error" } },
      "severity.misquoted": { workspaceValue: "error" },
    }),
  );
  assert.deepEqual(s, { severity: { contradicted: "warning", misquoted: "error" } });
});

test("bad values are dropped, debounce clamped like the server does", () => {
  const s = toServerSettings(inspector({ language: { globalValue: "de" }, debounceMs: { globalValue: 99999 } }));
  assert.deepEqual(s, { debounceMs: 10000 });
  assert.deepEqual(toServerSettings(inspector({ debounceMs: { globalValue: -5 } })), {});
});

const execs = (files: string[]) => (p: string) => files.includes(p);

test("a bare name is looked up on PATH, first hit wins", () => {
  const r = resolveServerPath("recoupe", {
    platform: "linux",
    pathEnv: "/usr/local/bin:/home/j/.cargo/bin:/usr/bin",
    isExecutable: execs(["/home/j/.cargo/bin/recoupe", "/usr/bin/recoupe"]),
  });
  assert.deepEqual(r, { ok: true, path: "/home/j/.cargo/bin/recoupe" });
});

test("an empty setting means the default name", () => {
  const r = resolveServerPath("  ", { platform: "linux", pathEnv: "/bin", isExecutable: execs(["/bin/recoupe"]) });
  assert.deepEqual(r, { ok: true, path: "/bin/recoupe" });
});

test("a relative path resolves against the workspace folder, ~ against home", () => {
  const opts = { platform: "linux" as const, workspaceFolder: "/ws", home: "/home/j" };
  assert.deepEqual(
    resolveServerPath("target/release/recoupe", { ...opts, isExecutable: execs(["/ws/target/release/recoupe"]) }),
    { ok: true, path: "/ws/target/release/recoupe" },
  );
  assert.deepEqual(
    resolveServerPath("~/bin/recoupe", { ...opts, isExecutable: execs(["/home/j/bin/recoupe"]) }),
    { ok: true, path: "/home/j/bin/recoupe" },
  );
});

test("Windows: PATHEXT is tried, ; splits PATH", () => {
  const r = resolveServerPath("recoupe", {
    platform: "win32",
    pathEnv: "C:\\tools;C:\\Users\\j\\.cargo\\bin",
    pathExt: ".COM;.EXE",
    isExecutable: execs(["C:\\Users\\j\\.cargo\\bin\\recoupe.exe"]),
  });
  assert.deepEqual(r, { ok: true, path: "C:\\Users\\j\\.cargo\\bin\\recoupe.exe" });
});

test("missing binary: every place tried is reported, and the message says how to install", () => {
  const r = resolveServerPath("recoupe", { platform: "linux", pathEnv: "/a:/b", isExecutable: () => false });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.deepEqual(r.tried, ["/a/recoupe", "/b/recoupe"]);
  const msg = missingServerMessage(r);
  assert.match(msg, /not found on PATH/);
  assert.match(msg, /cargo install/);
  assert.match(msg, /recoupe\.serverPath/);
  const r2 = resolveServerPath("/opt/none/recoupe", { platform: "linux", isExecutable: () => false });
  assert.ok(!r2.ok && missingServerMessage(r2).includes("at /opt/none/recoupe"));
});

test("the real file check: a directory is not a server", () => {
  const r = resolveServerPath("/tmp", { platform: "linux" });
  assert.equal(r.ok, false);
});
