// The VS Code side of Recoupe: starts `recoupe lsp` for markdown files, feeds it the `recoupe.*` settings, and adds two commands and a status bar item.
import * as vscode from "vscode";
import {
  DidChangeConfigurationNotification,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
} from "vscode-languageclient/node";
import { CODES, missingServerMessage, resolveServerPath, ServerSettings, toServerSettings } from "./settings";

const SECTION = "recoupe";
let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let status: vscode.StatusBarItem;

/** The workspace folder a resource belongs to, or the first one: relative settings resolve against it. */
function folderFor(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

/** The server's settings for a scope, built from what the user set (see toServerSettings for why not the defaults). */
function serverSettings(uri?: vscode.Uri): ServerSettings {
  const config = vscode.workspace.getConfiguration(SECTION, uri ?? null);
  return toServerSettings((key) => config.inspect(key), folderFor(uri)?.uri.fsPath);
}

function recoupeDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "recoupe");
}

function updateStatus(): void {
  if (!client) return;
  const editor = vscode.window.activeTextEditor;
  if (client.state !== State.Running) {
    status.text = "$(sync~spin) Recoupe";
    status.tooltip = "Recoupe: starting the language server";
  } else if (editor && editor.document.languageId === "markdown") {
    const diags = recoupeDiagnostics(editor.document.uri);
    const contradicted = diags.filter((d) => codeOf(d) === "contradicted").length;
    status.text = diags.length === 0 ? "$(check) Recoupe" : `$(${contradicted > 0 ? "error" : "info"}) Recoupe: ${diags.length}`;
    status.tooltip =
      diags.length === 0
        ? "Recoupe: no findings in this draft"
        : `Recoupe: ${diags.length} finding(s), ${contradicted} contradicted. Click to list them.`;
  } else {
    status.text = "$(check) Recoupe";
    status.tooltip = "Recoupe: language server running";
  }
  status.command = "recoupe.showClaims";
  status.show();
}

function codeOf(d: vscode.Diagnostic): string {
  const c = d.code;
  if (c === undefined) return "";
  return typeof c === "object" ? String(c.value) : String(c);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const folder = folderFor();
  const setting = vscode.workspace.getConfiguration(SECTION).get<string>("serverPath");
  const found = resolveServerPath(setting, { workspaceFolder: folder?.uri.fsPath });
  if (!found.ok) {
    // A missing binary must be loud: the status bar says so, and a message says how to install it.
    const msg = missingServerMessage(found);
    output.appendLine(msg);
    output.appendLine(`Looked at: ${found.tried.join(", ") || "(PATH is empty)"}`);
    status.text = "$(warning) Recoupe: server not found";
    status.tooltip = msg;
    status.command = { title: "Open settings", command: "workbench.action.openSettings", arguments: ["recoupe.serverPath"] };
    status.show();
    // Not awaited: the message stays until the user answers, and activation must not wait for that.
    void vscode.window.showErrorMessage(msg, "Open Settings", "Show Log").then((choice) => {
      if (choice === "Open Settings") {
        void vscode.commands.executeCommand("workbench.action.openSettings", "recoupe.serverPath");
      } else if (choice === "Show Log") {
        output.show();
      }
    });
    return;
  }

  output.appendLine(`Starting ${found.path} lsp`);
  const serverOptions: ServerOptions = {
    run: { command: found.path, args: ["lsp"], options: { cwd: folder?.uri.fsPath } },
    debug: { command: found.path, args: ["lsp"], options: { cwd: folder?.uri.fsPath } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "markdown" },
    ],
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    initializationOptions: serverSettings(),
    synchronize: {
      // The server re-reads recoupe.toml and the corpus when they change.
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{recoupe.toml,*.md,*.markdown,*.txt}"),
    },
    middleware: {
      workspace: {
        // The default answer would be the whole `recoupe` section, serverPath and trace included,
        // which the server refuses (it rejects unknown keys): answer with the mapped settings instead.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) =>
            item.section === SECTION
              ? serverSettings(item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined)
              : answers[i],
          );
        },
      },
    },
  };

  client = new LanguageClient("recoupe", "Recoupe", serverOptions, clientOptions);
  context.subscriptions.push(client.onDidChangeState(() => updateStatus()));
  updateStatus();
  try {
    await client.start();
  } catch (e) {
    const msg = `Recoupe: the language server ${found.path} failed to start: ${e instanceof Error ? e.message : String(e)}`;
    output.appendLine(msg);
    void vscode.window.showErrorMessage(msg, "Show Log").then((c) => c && output.show());
  }
  updateStatus();
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c && c.state !== State.Stopped) {
    await c.stop().catch((e) => output.appendLine(`stop: ${String(e)}`));
  }
}

async function restart(context: vscode.ExtensionContext): Promise<void> {
  // A full stop and start, not client.restart(): the server path may have changed since it started.
  await stopClient();
  await startClient(context);
}

/** Lists the recoupe findings of the active draft and jumps to the one picked. */
async function showClaims(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== "markdown") {
    void vscode.window.showInformationMessage("Recoupe: open a markdown draft first.");
    return;
  }
  const order = (d: vscode.Diagnostic) => {
    const i = (CODES as readonly string[]).indexOf(codeOf(d));
    return i < 0 ? CODES.length : i;
  };
  const diags = recoupeDiagnostics(editor.document.uri).sort(
    (a, b) => order(a) - order(b) || a.range.start.compareTo(b.range.start),
  );
  if (diags.length === 0) {
    void vscode.window.showInformationMessage("Recoupe: no findings in this draft.");
    return;
  }
  const items = diags.map((d) => ({
    label: `${codeOf(d) || "finding"}: ${editor.document.getText(d.range)}`,
    description: `line ${d.range.start.line + 1}`,
    detail: d.message,
    diagnostic: d,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: "Recoupe: claims in this draft",
    matchOnDetail: true,
  });
  if (picked) {
    editor.selection = new vscode.Selection(picked.diagnostic.range.start, picked.diagnostic.range.end);
    editor.revealRange(picked.diagnostic.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel("Recoupe");
  status = vscode.window.createStatusBarItem("recoupe.status", vscode.StatusBarAlignment.Left, 0);
  status.name = "Recoupe";
  context.subscriptions.push(output, status);

  context.subscriptions.push(
    vscode.commands.registerCommand("recoupe.restartServer", () => restart(context)),
    vscode.commands.registerCommand("recoupe.showClaims", showClaims),
    vscode.languages.onDidChangeDiagnostics(() => updateStatus()),
    vscode.window.onDidChangeActiveTextEditor(() => updateStatus()),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration(SECTION)) return;
      if (e.affectsConfiguration(`${SECTION}.serverPath`) || !client || client.state !== State.Running) {
        await restart(context);
      } else if (!e.affectsConfiguration(`${SECTION}.trace`)) {
        // Push the new settings; servers that pull workspace/configuration get the same through the middleware.
        await client.sendNotification(DidChangeConfigurationNotification.type, {
          settings: { [SECTION]: serverSettings() },
        });
      }
    }),
  );
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}
