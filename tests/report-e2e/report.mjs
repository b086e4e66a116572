// End-to-end test of `recoupe report` in a real browser: Debian's Chromium, headless, driven by playwright-core.
// For each bundled example (examples/draft.md in French, examples/en/draft.md in English):
//   - `recoupe report` writes the page, `recoupe check --format json` gives the counts to compare with;
//   - the page renders from file://, in the draft's language, and its summary shows the JSON output's counts;
//   - every finding of the JSON output is a coloured claim of its verdict in the text;
//   - clicking a claim shows its evidence (source sentence, file, title) in the side panel, the timeline chart for an
//     outdated figure, and "back to the text" hides it again; Tab and Enter reach a claim's evidence too;
//   - the page makes no request but for itself, and logs no error (a blocked load would show as a CSP error).
// A screenshot of the English page, an outdated figure chosen, goes to the artifacts folder (and to
// docs/images/report.png with RECOUPE_UPDATE_SCREENSHOT=1).
//
// Environment:
//   RECOUPE_BIN        the recoupe binary (default: target/release/recoupe of this checkout)
//   RECOUPE_ARTIFACTS  where the pages and screenshots go (default: target/report-e2e)
//   CHROMIUM           default /usr/bin/chromium
// Prints one line per check and a closing "N passed, N failed"; exits non-zero on any failure.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "..", "..");
const bin = path.resolve(process.env.RECOUPE_BIN || path.join(repo, "target", "release", "recoupe"));
const artifacts = path.resolve(process.env.RECOUPE_ARTIFACTS || path.join(repo, "target", "report-e2e"));
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const timeout = Number(process.env.RECOUPE_TIMEOUT_MS || 30000);
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

/** Runs recoupe in `dir` with the cache off; returns its exit code and output. */
function recoupe(dir, args) {
  const r = spawnSync(bin, args, { cwd: dir, encoding: "utf8", env: { ...process.env, RECOUPE_CACHE_DIR: "off" } });
  return { code: r.status, stdout: r.stdout || "", stderr: r.stderr || (r.error ? String(r.error) : "") };
}

const squash = (s) => (s || "").replace(/\s+/g, "");

const examples = [
  { name: "fr", dir: path.join(repo, "examples"), title: "Rapport de vérification", click: "contradicted" },
  { name: "en", dir: path.join(repo, "examples", "en"), title: "Fact-check report", click: "outdated", screenshot: true },
];

// A new, empty profile: nothing from another run or a person's own browser changes what is tested.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "recoupe-report-chromium-"));
let context;
try {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  context.setDefaultTimeout(timeout);
  for (const ex of examples) {
    await testExample(ex);
  }
} catch (e) {
  check("the browser test ran to its end", false, e && e.stack ? e.stack : String(e));
} finally {
  if (context) await context.close().catch(() => {});
  fs.rmSync(profile, { recursive: true, force: true });
}

async function testExample(ex) {
  const tag = `[${ex.name}]`;
  const json = recoupe(ex.dir, ["check", "--format", "json", "draft.md"]);
  let expected;
  try {
    expected = JSON.parse(json.stdout);
  } catch (e) {
    check(`${tag} recoupe check --format json gives JSON`, false, json.stderr || json.stdout);
    return;
  }
  const out = path.join(artifacts, `report-${ex.name}.html`);
  fs.rmSync(out, { force: true });
  const made = recoupe(ex.dir, ["report", "draft.md", "-o", out]);
  if (!check(`${tag} recoupe report writes the page and exits 0`, made.code === 0 && fs.existsSync(out), `exit ${made.code}: ${made.stderr}`)) {
    return;
  }
  const html = fs.readFileSync(out, "utf8");
  check(`${tag} the page carries a Content-Security-Policy that forbids loading`, /http-equiv="Content-Security-Policy" content="default-src 'none';/.test(html));
  check(`${tag} the page has no script, link or external source`, !/<script|<link|\ssrc=|@import|url\(/i.test(html));

  const url = pathToFileURL(out).href;
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(url, { waitUntil: "load" });

  // It renders, in the draft's language.
  check(`${tag} the page renders its title`, (await page.locator("h1").textContent())?.trim() === ex.title);
  check(`${tag} the page is in the draft's language`, (await page.locator("html").getAttribute("lang")) === ex.name);
  check(`${tag} the draft is rendered`, (await page.locator("article.draft h2").count()) > 0 && (await page.locator("article.draft p").count()) > 2);

  // The summary's counts are the JSON output's.
  const byVerdict = expected.summary.by_verdict || {};
  const shown = await page.$$eval(".summary tr[data-verdict]", (rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.verdict, Number(r.querySelector("td").textContent.trim())])),
  );
  const flagged = Object.entries(shown).filter(([v]) => v !== "ok");
  const mismatch = flagged.filter(([v, n]) => n !== (byVerdict[v] || 0)).map(([v, n]) => `${v}: page ${n}, json ${byVerdict[v] || 0}`);
  const missing = Object.keys(byVerdict).filter((v) => !(v in shown));
  check(`${tag} the counts by verdict match recoupe check --format json`, mismatch.length === 0 && missing.length === 0 && flagged.length === 6, [...mismatch, ...missing].join("; "));
  const total = Number((await page.locator("#claims-checked").textContent()).trim());
  check(
    `${tag} claims checked = the JSON output's findings + the supported ones`,
    total === expected.summary.findings + (shown.ok || 0) && total >= expected.summary.findings,
    `page ${total}, json ${expected.summary.findings} + ok ${shown.ok}`,
  );

  // Every finding is a claim of its verdict in the text.
  const claims = await page.$$eval(".draft .claim", (els) => {
    const byTarget = new Map();
    for (const el of els) {
      const key = el.getAttribute("href") || el.id;
      const copy = el.cloneNode(true);
      copy.querySelectorAll(".sr").forEach((s) => s.remove());
      const prev = byTarget.get(key) || { verdict: el.dataset.verdict, text: "", href: el.getAttribute("href") };
      prev.text += copy.textContent;
      byTarget.set(key, prev);
    }
    return [...byTarget.values()];
  });
  const unmarked = expected.findings.filter((f) => !claims.some((c) => c.verdict === f.code && squash(c.text).includes(squash(f.text))));
  check(`${tag} every finding is marked in the text with its verdict`, unmarked.length === 0, unmarked.map((f) => `${f.code} ${f.text}`).join("; "));
  check(`${tag} no evidence is shown before a claim is chosen`, (await page.locator("section.evidence:visible").count()) === 0);

  // Clicking a claim shows its evidence.
  const finding = expected.findings.find((f) => f.code === ex.click);
  if (check(`${tag} the example has a ${ex.click} finding`, !!finding)) {
    const claim = claims.find((c) => c.verdict === ex.click && squash(c.text).includes(squash(finding.text)));
    const link = page.locator(`.draft a.claim[href="${claim.href}"]:not(.cont)`);
    await link.click();
    const panel = page.locator(`section.evidence${claim.href}`);
    check(`${tag} clicking a claim shows its evidence in the side panel`, await panel.isVisible());
    const text = squash(await panel.textContent());
    const ev = finding.evidence[0];
    check(`${tag} the evidence quotes the source sentence`, text.includes(squash(ev.excerpt)), ev.excerpt);
    check(`${tag} the evidence names the source file and its title`, text.includes(path.basename(ev.source)) && (!ev.source_name || text.includes(squash(ev.source_name))));
    const fix = finding.fixes[0];
    check(`${tag} the evidence gives the fix`, !fix || (await panel.locator(".fix ins").first().textContent()) === fix.replacement);
    if (ex.click === "outdated") {
      const chart = panel.locator("svg.chart");
      check(`${tag} an outdated figure shows its timeline as a chart`, (await chart.isVisible()) && (await chart.locator("circle").count()) >= 2);
    }
    if (ex.screenshot) {
      const shot = path.join(artifacts, `report-${ex.name}.png`);
      await page.screenshot({ path: shot });
      check(`${tag} screenshot ${shot}`, fs.existsSync(shot));
      if (process.env.RECOUPE_UPDATE_SCREENSHOT === "1") {
        fs.mkdirSync(path.join(repo, "docs", "images"), { recursive: true });
        fs.copyFileSync(shot, path.join(repo, "docs", "images", "report.png"));
      }
    }
    await panel.locator(".panel-nav a").first().click();
    check(`${tag} back to the text hides the evidence`, (await page.locator("section.evidence:visible").count()) === 0);
  }

  // From the keyboard: Tab to the first claim, Enter shows its evidence.
  await page.goto(url, { waitUntil: "load" });
  let focused;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => {
      const a = document.activeElement;
      return a && a.classList.contains("claim") ? a.getAttribute("href") : null;
    });
    if (focused) break;
  }
  if (check(`${tag} Tab reaches a claim`, !!focused)) {
    await page.keyboard.press("Enter");
    check(`${tag} Enter on a claim shows its evidence`, await page.locator(`section.evidence${focused}`).isVisible());
  }

  const own = (u) => u.split("#")[0] === url;
  const others = requests.filter((u) => !own(u));
  // The listener saw the page itself: it does see file:// requests, so an empty list means something.
  check(`${tag} the page made no request but for itself`, requests.some(own) && others.length === 0, others.join(", ") || requests.join(", "));
  check(`${tag} the page logged no error or warning`, problems.length === 0, problems.join(" | "));
  await page.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
