// End-to-end test of the packaged extension in real VS Code (code-server on loopback), driven by playwright-core in Debian's Chromium.
// Steps: install the .vsix, open the draft, wait for the squiggle, hover the wrong figure, apply the quick fix with Ctrl+., check the text, screenshot.
//
// Environment:
//   CODE_SERVER        path to the code-server binary (editors/tests/install-code-server.sh installs one)
//   RECOUPE_BIN        absolute path to the recoupe binary
//   RECOUPE_WORKSPACE  a workspace with recoupe.toml, sources/ and draft.md (editors/tests/make-workspace.sh)
//   RECOUPE_VSIX       the packaged extension (default: ../recoupe.vsix)
//   RECOUPE_ARTIFACTS  where screenshots and logs go (default: a temp folder)
//   CHROMIUM           default /usr/bin/chromium
// Prints one line per check and a closing "N passed, N failed"; exits non-zero on any failure.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const env = (k, d) => process.env[k] || d || (() => { throw new Error(`${k} is not set`); })();
const codeServer = env("CODE_SERVER");
const recoupeBin = env("RECOUPE_BIN");
const workspace = fs.realpathSync(env("RECOUPE_WORKSPACE"));
const vsix = path.resolve(env("RECOUPE_VSIX", path.join(here, "..", "recoupe.vsix")));
const artifacts = path.resolve(env("RECOUPE_ARTIFACTS", fs.mkdtempSync(path.join(os.tmpdir(), "recoupe-vscode-"))));
const chromiumPath = env("CHROMIUM", "/usr/bin/chromium");
const timeout = Number(process.env.RECOUPE_TIMEOUT_MS || 60000);
fs.mkdirSync(artifacts, { recursive: true });

let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}${detail !== undefined ? `: ${detail}` : ""}`);
  }
  return ok;
}
class Stop extends Error {}
function must(name, ok, detail) {
  if (!check(name, ok, detail)) throw new Stop(name);
}

/** A free loopback port: bind to 0, read it, release it. */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

// A fresh profile, so that nothing from a previous run (or a developer's own settings) changes what is tested.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "recoupe-cs-"));
const userData = path.join(profile, "user-data");
const extensionsDir = path.join(profile, "extensions");
fs.mkdirSync(path.join(userData, "User"), { recursive: true });
fs.writeFileSync(
  path.join(userData, "User", "settings.json"),
  JSON.stringify(
    {
      "recoupe.serverPath": recoupeBin,
      "recoupe.trace.server": "messages",
      // Quiet, offline, predictable: nothing to phone home for, nothing popping over the editor.
      "telemetry.telemetryLevel": "off",
      "update.mode": "none",
      "extensions.autoCheckUpdates": false,
      "extensions.autoUpdate": false,
      "extensions.ignoreRecommendations": true,
      "workbench.enableExperiments": false,
      "workbench.startupEditor": "none",
      "workbench.tips.enabled": false,
      "workbench.welcomePage.walkthroughs.openOnInstall": false,
      "chat.commandCenter.enabled": false,
      "security.workspace.trust.enabled": false,
      "git.enabled": false,
      "editor.hover.delay": 200,
      "editor.minimap.enabled": false,
      "editor.wordWrap": "off",
      "workbench.colorTheme": "Default Light Modern",
      "window.commandCenter": false,
    },
    null,
    2,
  ),
);

// No extension gallery: any query code-server makes for one goes to a closed loopback port instead of outside.
const csEnv = {
  ...process.env,
  EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: "http://127.0.0.1:9/gallery", itemUrl: "http://127.0.0.1:9/item" }),
};
// An empty config file of our own: code-server would otherwise read ~/.config/code-server/config.yaml.
const configFile = path.join(profile, "config.yaml");
fs.writeFileSync(configFile, "# code-server config for the Recoupe editor test: the rest is on the command line.\nauth: none\n");
const csArgs = ["--config", configFile, "--user-data-dir", userData, "--extensions-dir", extensionsDir, "--disable-telemetry", "--disable-update-check"];

let server;
let browser;
const serverLog = path.join(artifacts, "code-server.log");
const outside = [];

async function main() {
  // 1. Install the .vsix, as a user would.
  const inst = spawnSync(codeServer, [...csArgs, "--install-extension", vsix], { env: csEnv, encoding: "utf8", timeout });
  must("vsix installs with code-server --install-extension", inst.status === 0, `${inst.status} ${inst.stdout} ${inst.stderr}`);
  const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith("recoupe.recoupe-"));
  must("extension is in the extensions folder", installed.length === 1, fs.readdirSync(extensionsDir).join(", "));

  // 2. Start code-server on loopback, on the workspace.
  const port = await freePort();
  const log = fs.openSync(serverLog, "w");
  server = spawn(
    codeServer,
    [...csArgs, "--auth", "none", "--bind-addr", `127.0.0.1:${port}`, "--disable-workspace-trust", "--disable-getting-started-override", workspace],
    { env: csEnv, stdio: ["ignore", log, log], detached: true },
  );
  const base = `http://127.0.0.1:${port}`;
  const up = await waitFor(async () => (await fetch(`${base}/healthz`).catch(() => undefined))?.ok, timeout);
  must("code-server answers on loopback", up);

  // 3. Headless Chromium, kept off the network: every host but loopback resolves to nothing.
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 800 } });
  // Belt and braces: refuse and record any request that is not for this code-server.
  await context.route(
    (url) => !["127.0.0.1", "localhost"].includes(url.hostname) && !url.protocol.startsWith("data") && !url.protocol.startsWith("blob"),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator(".monaco-workbench").waitFor({ timeout });
  check("workbench loads", true);

  // 4. Open the draft from the explorer, then wait for the squiggle under the wrong figure.
  const item = page.getByRole("treeitem", { name: "draft.md" });
  await item.waitFor({ timeout });
  await item.click();
  const editor = page.locator(".editor-instance .monaco-editor").first();
  await editor.locator(".view-lines").waitFor({ timeout });
  await page.waitForFunction(() => document.querySelector(".view-lines")?.textContent?.includes("foyers"), null, { timeout });
  check("draft opens in the editor", true);

  // The draft has several errors; the one under test is the squiggle on the "4 200 foyers" line.
  let found;
  for (const end = Date.now() + timeout; !found && Date.now() < end; ) {
    found = await squiggleUnder(page, "4 200");
    if (!found) await page.waitForTimeout(250);
  }
  must("an error squiggle appears on the foyers line", !!found);
  const statusErrors = await page.locator("#status\\.problems").textContent().catch(() => "");
  check("status bar counts the error", /[1-9]/.test((statusErrors || "").split(/\s+/).join(" ")), statusErrors);
  // The item follows onDidChangeDiagnostics, which may come a moment after the squiggle is drawn.
  const recoupeItem = page.locator(".statusbar-item").filter({ hasText: /Recoupe: [1-9]/ }).first();
  const gotItem = await recoupeItem.waitFor({ timeout: 10000 }).then(() => true, () => false);
  check("Recoupe's status bar item counts the findings", gotItem, await page.locator(".statusbar-item").filter({ hasText: "Recoupe" }).allInnerTexts());

  // The squiggle must cover "4 200" and nothing else: compare it with where the browser laid out those characters.
  const box = found.squiggle;
  check(
    "the squiggle covers exactly 4 200",
    Math.abs(box.x - found.text.x) < 4 && Math.abs(box.x + box.width - (found.text.x + found.text.width)) < 4,
    JSON.stringify(found),
  );

  check("the squiggle check sees it (before the fix)", await squiggleOnLine(page, "4 200 foyers"));

  // 5. Hover the wrong figure and check the citation.
  await page.mouse.move(found.text.x + found.text.width / 2, found.text.y + found.text.height / 2);
  // The hover has the diagnostic's part (its message) and the server's markdown part, which arrives a moment later
  // ("Loading…" until then): wait for the citation in the rendered markdown, which only the hover provider gives.
  const hover = page.locator(".monaco-hover:not(.hidden)").first();
  const citation = hover.locator(".rendered-markdown").filter({ hasText: "inondations-1.md" }).first();
  const gotHover = await citation.waitFor({ timeout: 20000 }).then(() => true, () => false);
  const hoverText = await hover.innerText().catch(() => "");
  const rendered = await hover.locator(".rendered-markdown").allInnerTexts().catch(() => []);
  check("hover cites the source file (server's markdown hover)", gotHover, rendered.join(" | ").slice(0, 400) || hoverText.slice(0, 400));
  check("hover gives the corpus figure", rendered.some((t) => t.replace(/\u00a0|\u202f/g, " ").includes("2 400")), rendered.join(" | ").slice(0, 400));
  check("hover gives the source title and date", rendered.some((t) => t.includes("Crue de la Sarthe") && t.includes("2025-01-27")), rendered.join(" | ").slice(0, 400));
  check("hover shows the contradiction diagnostic", /contradict|contredi/i.test(hoverText), hoverText.slice(0, 400));
  await page.screenshot({ path: path.join(artifacts, "vscode-hover.png") });
  console.log(`     screenshot: ${path.join(artifacts, "vscode-hover.png")}`);

  // 6. Apply the quick fix: caret on the figure, Ctrl+., pick the action that writes the corpus value.
  await page.mouse.move(10, 10);
  await page.keyboard.press("Escape");
  await page.mouse.click(found.text.x + found.text.width / 2, found.text.y + found.text.height / 2);
  await page.keyboard.press("Control+Period");
  // Rows of the code action menu; the header rows ("Quick Fix") are not actions.
  const rows = page.locator(".action-widget .monaco-list-row.action");
  const gotMenu = await rows.first().waitFor({ timeout: 20000 }).then(() => true, () => false);
  const actions = gotMenu ? await rows.allInnerTexts() : [];
  check("Ctrl+. lists the code actions", gotMenu && actions.length > 0, actions.join(" | "));
  // "Add attribution" belongs to unattributed claims; this one is attributed ("selon la préfecture").
  // The draft is French, so are the titles (« Insérer la référence », « Ignorer cette affirmation »).
  check("code actions include a citation and ignore", [/citation|référence/, /ignore/].every((w) => actions.some((a) => w.test(a.toLowerCase()))), actions.join(" | "));
  await page.screenshot({ path: path.join(artifacts, "vscode-quickfix.png") });
  // With the keyboard, as a user would: walk down to the action that writes the corpus value, then Enter.
  for (let i = 0; i < actions.length; i++) {
    const focused = await rows.and(page.locator(".focused")).first().innerText().catch(() => "");
    if (focused.includes("2 400")) break;
    await page.keyboard.press("ArrowDown");
  }
  await page.keyboard.press("Enter");

  // 7. The editor's text now says what the corpus says.
  const fixed = await page
    .waitForFunction(() => document.querySelector(".view-lines")?.textContent?.replace(/\u00a0/g, " ").includes("2 400 foyers"), null, { timeout: 20000 })
    .then(() => true, () => false);
  const lines = (await editor.locator(".view-lines").innerText()).replace(/\u00a0/g, " ");
  check("quick fix writes 2 400 foyers", fixed, lines.slice(0, 300));
  check("the wrong figure is gone", !lines.includes("4 200"), lines.slice(0, 300));
  // The draft has other errors: only the fixed line must lose its squiggle.
  const squiggleOnFixedLine = () => squiggleOnLine(page, "2 400 foyers");
  let cleared = false;
  for (let i = 0; i < 80 && !cleared; i++) {
    cleared = !(await squiggleOnFixedLine());
    if (!cleared) await page.waitForTimeout(250);
  }
  check("the fixed line loses its squiggle", cleared);

  // 8. "Recoupe: Show claims in this draft" from the command palette.
  await page.keyboard.press("F1");
  await page.locator(".quick-input-widget input").waitFor({ timeout });
  await page.keyboard.type("Recoupe: Show claims");
  const cmd = page.locator(".quick-input-list .monaco-list-row").filter({ hasText: "Show claims in this draft" }).first();
  const gotCmd = await cmd.waitFor({ timeout: 10000 }).then(() => true, () => false);
  check("the commands are in the palette", gotCmd);
  if (gotCmd) {
    await page.keyboard.press("Enter");
    // The draft still has other findings after the fix: the list names them by code.
    const claim = page.locator(".quick-input-list .monaco-list-row").filter({ hasText: /contradicted|misquoted|unattributed/ }).first();
    const listed = await claim.waitFor({ timeout: 10000 }).then(() => true, () => false);
    check("Show claims lists the draft's remaining findings", listed, await page.locator(".quick-input-list .monaco-list-row").allInnerTexts().then((t) => t.join(" | ").slice(0, 300)));
  }
  await page.keyboard.press("Escape");
  await page.screenshot({ path: path.join(artifacts, "vscode-fixed.png") });

  // 9. A missing binary is loud: point serverPath at nothing in the workspace's settings, as a user would;
  // the extension restarts the server, fails to find it, and says how to install it.
  fs.mkdirSync(path.join(workspace, ".vscode"), { recursive: true });
  fs.writeFileSync(path.join(workspace, ".vscode", "settings.json"), JSON.stringify({ "recoupe.serverPath": "/nonexistent/recoupe" }));
  const toast = page.locator(".notifications-toasts .notification-toast").filter({ hasText: "not found" }).first();
  const gotToast = await toast.waitFor({ timeout: 20000 }).then(() => true, () => false);
  const toastText = gotToast ? await toast.innerText() : "";
  check("a missing server is reported, with how to install it", gotToast && /cargo install/.test(toastText), toastText.slice(0, 300));
  const missingItem = await page.locator(".statusbar-item").filter({ hasText: "server not found" }).count();
  check("the status bar says the server is missing", missingItem > 0);
  await page.screenshot({ path: path.join(artifacts, "vscode-missing-server.png") });

  check("no request left loopback", outside.length === 0, outside.slice(0, 5).join(", "));
  if (consoleErrors.length) console.log(`     (${consoleErrors.length} browser console errors, first: ${consoleErrors[0].slice(0, 200)})`);
}

/** The error squiggle on the line where `needle` is written, and the layout box of `needle` itself; undefined until both exist. */
function squiggleUnder(page, needle) {
  return page.evaluate((needle) => {
    const norm = (t) => t.replace(/\u00a0/g, " ");
    for (const line of document.querySelectorAll(".editor-instance .view-lines .view-line")) {
      const text = norm(line.textContent);
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const overlay = [...document.querySelectorAll(".editor-instance .view-overlays > div")].find((o) => o.style.top === line.style.top);
      const sq = overlay?.querySelector(".squiggly-error");
      if (!sq) return undefined;
      // A DOM range over the needle's characters, across Monaco's token spans.
      const range = document.createRange();
      let pos = 0;
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (pos <= at && at < pos + len) range.setStart(n, at - pos);
        if (pos < at + needle.length && at + needle.length <= pos + len) range.setEnd(n, at + needle.length - pos);
        pos += len;
      }
      const r = range.getBoundingClientRect();
      const q = sq.getBoundingClientRect();
      return { squiggle: { x: q.x, y: q.y, width: q.width, height: q.height }, text: { x: r.x, y: r.y, width: r.width, height: r.height } };
    }
    return undefined;
  }, needle);
}

/** Whether the editor line that contains `text` carries an error squiggle. Monaco draws text lines and their
 * decorations in two layers whose line divs share the same `top`. True when no such line is shown (be strict). */
function squiggleOnLine(page, text) {
  return page.evaluate((text) => {
    const line = [...document.querySelectorAll(".editor-instance .view-lines .view-line")].find((l) =>
      l.textContent.replace(/\u00a0/g, " ").includes(text),
    );
    if (!line) return true;
    return [...document.querySelectorAll(".editor-instance .view-overlays > div")].some(
      (o) => o.style.top === line.style.top && o.querySelector(".squiggly-error"),
    );
  }, text);
}

async function waitFor(fn, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await fn()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

let crashed;
try {
  await main();
} catch (e) {
  if (!(e instanceof Stop)) {
    crashed = e;
    check("test ran to the end", false, e && e.stack ? e.stack.split("\n").slice(0, 4).join(" / ") : String(e));
  }
} finally {
  if (failed > 0 && browser) {
    for (const p of browser.contexts().flatMap((c) => c.pages())) {
      await p.screenshot({ path: path.join(artifacts, "vscode-failure.png") }).catch(() => {});
    }
    console.log(`     failure screenshot and code-server log in ${artifacts}`);
  }
  await browser?.close().catch(() => {});
  if (server?.pid) {
    // The whole process group: code-server forks its extension host and our language server.
    try { process.kill(-server.pid, "SIGTERM"); } catch {}
  }
  if (failed > 0) {
    const exthostLogs = spawnSync("sh", ["-c", `find ${userData}/logs -name '*Recoupe*' -o -name 'exthost*.log' | head -5 | xargs -r tail -n 20`], { encoding: "utf8" });
    if (exthostLogs.stdout) console.log(exthostLogs.stdout);
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 && !crashed ? 0 : 1);
}
