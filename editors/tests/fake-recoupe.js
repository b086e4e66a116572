#!/usr/bin/env node
// A stand-in for `recoupe lsp`, to develop and debug the editor tests without the Rust server; CI runs them against the real binary.
// It knows two claims only: a figure in "N foyers" that differs from the corpus's "2 400 foyers" is contradicted, and "40 millions" is unattributed.
// It mimics the server's contract (codes, source, relatedInformation, hover citing the source, quick fix) closely
// enough for the editors' plumbing, and nothing more.
"use strict";
const fs = require("fs");
const path = require("path");
const url = require("url");

if (process.argv[2] !== "lsp") {
  process.stderr.write("usage: fake-recoupe.js lsp\n");
  process.exit(2);
}

const docs = new Map(); // uri -> text
let root = process.cwd();

function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...msg }), "utf8");
  process.stdout.write(`Content-Length: ${body.length}\r\n\r\n`);
  process.stdout.write(body);
}

/** Finds the corpus line that gives the figure, for the citation. */
function evidence() {
  const file = path.join(root, "sources", "inondations-1.md");
  let text = "";
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes("2 400 foyers") && !l.startsWith("title"));
  if (line < 0) return undefined;
  const ch = lines[line].indexOf("2 400");
  return { uri: url.pathToFileURL(file).href, range: { start: { line, character: ch }, end: { line, character: ch + 5 } } };
}

function findings(text) {
  const out = [];
  const lines = text.split("\n");
  lines.forEach((l, line) => {
    const re = /(\d{1,3}(?: \d{3})*) foyers/g;
    let m;
    while ((m = re.exec(l))) {
      if (m[1] === "2 400") continue;
      out.push({ line, start: m.index, end: m.index + m[1].length, value: m[1] });
    }
  });
  return out;
}

function diagnostics(uri) {
  const ev = evidence();
  return findings(docs.get(uri) || "").map((f) => ({
    range: { start: { line: f.line, character: f.start }, end: { line: f.line, character: f.end } },
    severity: 1,
    code: "contradicted",
    source: "recoupe",
    message: `${f.value} foyers: the corpus says 2 400 foyers (inondations-1.md, 2025-01-27)`,
    relatedInformation: ev ? [{ location: ev, message: "2 400 foyers évacués" }] : [],
  }));
}

/** A second, unrelated finding, so that a draft still has one after the quick fix (as the real example does). */
function unattributed(uri) {
  const out = [];
  (docs.get(uri) || "").split("\n").forEach((l, line) => {
    const at = l.indexOf("40 millions");
    if (at >= 0) {
      out.push({
        range: { start: { line, character: at }, end: { line, character: at + 11 } },
        severity: 2,
        code: "unattributed",
        source: "recoupe",
        message: "« 40 millions » is stated as fact, but the sources attribute it (inondations-2.md)",
      });
    }
  });
  return out;
}

function publish(uri) {
  send({ method: "textDocument/publishDiagnostics", params: { uri, diagnostics: [...diagnostics(uri), ...unattributed(uri)] } });
}

const inRange = (p, f) => p.line === f.line && p.character >= f.start && p.character <= f.end;

function handle(msg) {
  const { id, method, params } = msg;
  switch (method) {
    case "initialize":
      if (params.rootUri) root = url.fileURLToPath(params.rootUri);
      return send({
        id,
        result: {
          capabilities: { textDocumentSync: 1, hoverProvider: true, codeActionProvider: { codeActionKinds: ["quickfix"] } },
          serverInfo: { name: "recoupe (stand-in)", version: "0" },
        },
      });
    case "textDocument/didOpen":
      docs.set(params.textDocument.uri, params.textDocument.text);
      return publish(params.textDocument.uri);
    case "textDocument/didChange":
      docs.set(params.textDocument.uri, params.contentChanges[params.contentChanges.length - 1].text);
      return publish(params.textDocument.uri);
    case "textDocument/didClose":
      docs.delete(params.textDocument.uri);
      return;
    case "textDocument/hover": {
      const f = findings(docs.get(params.textDocument.uri) || "").find((f) => inRange(params.position, f));
      if (!f) return send({ id, result: null });
      return send({
        id,
        result: {
          contents: {
            kind: "markdown",
            value:
              `**Contradicted**: the corpus says **2 400 foyers**.\n\n` +
              `> La crue de la Sarthe a contraint les autorités à évacuer 2 400 foyers…\n\n` +
              `— *inondations-1.md*, « Crue de la Sarthe : 2 400 foyers évacués à Valmont-sur-Sarthe », 2025-01-27`,
          },
          range: { start: { line: f.line, character: f.start }, end: { line: f.line, character: f.end } },
        },
      });
    }
    case "textDocument/codeAction": {
      const uri = params.textDocument.uri;
      const r = params.range;
      const fs_ = findings(docs.get(uri) || "").filter((f) => f.line >= r.start.line && f.line <= r.end.line);
      const diags = diagnostics(uri);
      return send({
        id,
        result: fs_.flatMap((f) => {
          const range = { start: { line: f.line, character: f.start }, end: { line: f.line, character: f.end } };
          const d = diags.filter((d) => d.range.start.line === f.line && d.range.start.character === f.start);
          return [
            { title: "Replace with 2 400", kind: "quickfix", isPreferred: true, diagnostics: d, edit: { changes: { [uri]: [{ range, newText: "2 400" }] } } },
            { title: "Add attribution", kind: "quickfix", diagnostics: d, edit: { changes: { [uri]: [{ range: { start: range.end, end: range.end }, newText: " foyers, selon la préfecture," }] } } },
            { title: "Insert citation", kind: "quickfix", diagnostics: d, edit: { changes: { [uri]: [{ range: { start: range.end, end: range.end }, newText: " [inondations-1.md]" }] } } },
            { title: "Ignore this claim", kind: "quickfix", diagnostics: d, edit: { changes: { [uri]: [{ range: { start: range.end, end: range.end }, newText: " <!-- recoupe: ignore -->" }] } } },
          ];
        }),
      });
    }
    case "shutdown":
      return send({ id, result: null });
    case "exit":
      return process.exit(0);
    default:
      if (id !== undefined && method) send({ id, error: { code: -32601, message: `not handled: ${method}` } });
  }
}

let buf = Buffer.alloc(0);
process.stdin.on("data", (chunk) => {
  buf = Buffer.concat([buf, chunk]);
  for (;;) {
    const sep = buf.indexOf("\r\n\r\n");
    if (sep < 0) return;
    const m = /Content-Length: *(\d+)/i.exec(buf.subarray(0, sep).toString());
    const len = m ? Number(m[1]) : 0;
    if (buf.length < sep + 4 + len) return;
    const body = buf.subarray(sep + 4, sep + 4 + len).toString("utf8");
    buf = buf.subarray(sep + 4 + len);
    handle(JSON.parse(body));
  }
});
process.stdin.on("end", () => process.exit(0));
