#!/usr/bin/env bash
# Installs a real VS Code (code-server, from npm) into a folder, on a machine whose only outside access is package registries.
# code-server's postinstall makes two downloads that fail offline; both get a local answer here:
#  - @vscode/ripgrep fetches rg from GitHub: we seed its download cache with Debian's ripgrep;
#  - node-pty runs `npx node-gyp` without --yes, which would stop to ask: npm_config_yes=true.
# Usage: editors/tests/install-code-server.sh DIR   ->   DIR/node_modules/.bin/code-server
set -euo pipefail
dir=${1:?usage: install-code-server.sh DIR}
# 4.100.x is the last code-server line built for Node 20 (later ones want 22/24, and its postinstall checks the major version).
version=${CODE_SERVER_VERSION:-4.100.3}

if [ -x "$dir/node_modules/.bin/code-server" ] && "$dir/node_modules/.bin/code-server" --version 2>/dev/null | grep -q "^$version"; then
  exit 0
fi

# Native modules (kerberos, keytar, native-keymap, node-pty) build from source against these headers.
need=()
for p in libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config ripgrep; do
  [ "$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null)" = installed ] || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}" >/dev/null
fi

# @vscode/ripgrep looks for its archive in $TMPDIR/vscode-ripgrep-cache-<its version>/ before going to GitHub.
# The archive name is fixed by the rg release it wants (v13.0.0-10 for the versions code-server 4.x pins).
tmp=${TMPDIR:-/tmp}
stage=$(mktemp -d)
cp /usr/bin/rg "$stage/rg"
for v in 1.15.9 1.15.10 1.15.11 1.15.12 1.15.13 1.15.14; do
  c="$tmp/vscode-ripgrep-cache-$v"
  mkdir -p "$c"
  for rel in v13.0.0-10 v13.0.0-13; do
    tar czf "$c/ripgrep-$rel-x86_64-unknown-linux-musl.tar.gz" -C "$stage" rg
  done
done
rm -rf "$stage"

mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || echo '{"private":true}' > package.json
npm_config_yes=true npm_config_unsafe_perm=true \
  npm install --no-audit --no-fund --no-save --loglevel=error "code-server@$version"
node_modules/.bin/code-server --version
