// Turns VS Code's `recoupe.*` settings into what the server reads, and finds the server binary: pure code, unit-tested without VS Code.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** The diagnostic codes the server knows, in order of gravity. */
export const CODES = ["contradicted", "misquoted", "outdated", "unattributed", "disputed", "unsupported"] as const;
export const SEVERITIES = ["error", "warning", "information", "hint", "off"] as const;
export const LANGUAGES = ["auto", "fr", "en"] as const;

/** What the server accepts under the `recoupe` section (it rejects unknown keys, so nothing else may go in). */
export interface ServerSettings {
  corpus?: string[];
  severity?: Record<string, string>;
  language?: string;
  debounceMs?: number;
  archive?: string;
}

/** One setting as `WorkspaceConfiguration.inspect` reports it. */
export interface Inspected<T = unknown> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

/** Reads one `recoupe.*` key (e.g. "severity.contradicted"); VS Code's `inspect` has this shape. */
export type Inspect = (key: string) => Inspected | undefined;

/** The value the user set, innermost scope first; undefined when only the default applies. */
export function explicitValue<T>(i: Inspected<T> | undefined): T | undefined {
  if (!i) return undefined;
  for (const v of [i.workspaceFolderValue, i.workspaceValue, i.globalValue]) {
    if (v !== undefined && v !== null) return v;
  }
  return undefined;
}

/** `~/x` -> home/x; relative -> against `base` (the workspace folder) when there is one. */
export function resolveFolder(p: string, base: string | undefined, home: string = os.homedir()): string {
  let out = p;
  if (out === "~" || out.startsWith("~/")) out = path.join(home, out.slice(1));
  if (!path.isAbsolute(out) && base) out = path.join(base, out);
  return out;
}

/**
 * The settings to send to the server: only those the user set. Sending the extension's defaults would
 * override the workspace's `recoupe.toml` (editor settings win there), so a default corpus `[]` would
 * hide the corpus the file names, and a default severity would undo the file's choice.
 * Relative corpus folders are made absolute against the workspace folder, so that the server
 * does not have to guess what they were relative to.
 */
export function toServerSettings(inspect: Inspect, workspaceFolder?: string): ServerSettings {
  const out: ServerSettings = {};

  const corpus = explicitValue(inspect("corpus") as Inspected<unknown>);
  if (Array.isArray(corpus)) {
    const folders = corpus.filter((c): c is string => typeof c === "string" && c.trim() !== "");
    if (folders.length > 0) out.corpus = folders.map((c) => resolveFolder(c.trim(), workspaceFolder));
  }

  // VS Code merges `recoupe.severity.<code>` keys into one `severity` object; read each key so that the
  // defaults stay out, and also accept a whole `recoupe.severity` object written by hand in settings.json.
  const severity: Record<string, string> = {};
  const whole = explicitValue(inspect("severity") as Inspected<unknown>);
  for (const code of CODES) {
    let v = explicitValue(inspect(`severity.${code}`) as Inspected<unknown>);
    if (v === undefined && whole && typeof whole === "object") v = (whole as Record<string, unknown>)[code];
    if (typeof v === "string" && (SEVERITIES as readonly string[]).includes(v)) severity[code] = v;
  }
  if (Object.keys(severity).length > 0) out.severity = severity;

  const language = explicitValue(inspect("language") as Inspected<unknown>);
  if (typeof language === "string" && (LANGUAGES as readonly string[]).includes(language)) out.language = language;

  const debounce = explicitValue(inspect("debounceMs") as Inspected<unknown>);
  if (typeof debounce === "number" && Number.isFinite(debounce) && debounce >= 0) {
    out.debounceMs = Math.min(Math.round(debounce), 10_000);
  }

  // An empty string is sent too: it turns off the archive a `recoupe.toml` names.
  const archive = explicitValue(inspect("archive") as Inspected<unknown>);
  if (typeof archive === "string") out.archive = archive.trim();
  return out;
}

/** Where the server binary is, or why it could not be found. */
export type ServerPath = { ok: true; path: string } | { ok: false; tried: string[]; setting: string };

export interface ResolveEnv {
  /** The `PATH` to search for a bare name. */
  pathEnv?: string;
  /** Windows' executable extensions (`PATHEXT`); ignored elsewhere. */
  pathExt?: string;
  platform?: NodeJS.Platform;
  home?: string;
  workspaceFolder?: string;
  /** Whether a file exists and may be run; replaceable in tests. */
  isExecutable?: (p: string) => boolean;
}

export function isExecutableFile(p: string): boolean {
  try {
    const st = fs.statSync(p);
    if (!st.isFile()) return false;
    if (process.platform === "win32") return true;
    fs.accessSync(p, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolves `recoupe.serverPath`. A bare name (the default `recoupe`) is looked up on PATH, as a shell would;
 * anything with a slash is a path: `~/…` from home, relative from the workspace folder.
 * We resolve ourselves instead of letting spawn fail, so a missing binary gets a message that says how to install it.
 */
export function resolveServerPath(setting: string | undefined, env: ResolveEnv = {}): ServerPath {
  const platform = env.platform ?? process.platform;
  const isExec = env.isExecutable ?? isExecutableFile;
  const raw = (setting ?? "").trim() || "recoupe";
  const p = platform === "win32" ? path.win32 : path.posix;
  const tried: string[] = [];

  const exts =
    platform === "win32"
      ? ["", ...(env.pathExt ?? ".EXE;.CMD;.BAT;.COM").split(";").filter(Boolean).map((e) => e.toLowerCase())]
      : [""];
  const tryFile = (file: string): string | undefined => {
    for (const ext of exts) {
      const f = file + ext;
      tried.push(f);
      if (isExec(f)) return f;
    }
    return undefined;
  };

  const hasSep = raw.includes("/") || (platform === "win32" && raw.includes("\\"));
  if (hasSep || raw.startsWith("~")) {
    let f = raw;
    if (f === "~" || f.startsWith("~/")) f = p.join(env.home ?? os.homedir(), f.slice(1));
    if (!p.isAbsolute(f) && env.workspaceFolder) f = p.join(env.workspaceFolder, f);
    const found = tryFile(f);
    return found ? { ok: true, path: found } : { ok: false, tried, setting: raw };
  }

  const dirs = (env.pathEnv ?? process.env.PATH ?? "").split(platform === "win32" ? ";" : ":").filter(Boolean);
  for (const d of dirs) {
    const found = tryFile(p.join(d, raw));
    if (found) return { ok: true, path: found };
  }
  return { ok: false, tried, setting: raw };
}

/** The message shown when the binary is missing: what was looked for, and how to get it. */
export function missingServerMessage(r: Extract<ServerPath, { ok: false }>): string {
  const where = r.setting.includes("/") || r.setting.includes("\\") ? `at ${r.setting}` : `on PATH (looked for \`${r.setting}\`)`;
  return (
    `Recoupe: the language server was not found ${where}. ` +
    "Install it with `cargo install --path .` from a Recoupe checkout (or build it with `cargo build --release` " +
    "and point the setting `recoupe.serverPath` at target/release/recoupe), then run \"Recoupe: Restart server\"."
  );
}
