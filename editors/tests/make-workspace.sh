#!/usr/bin/env bash
# Makes a throwaway workspace for the editor tests: a copy of examples/ (corpus in sources/, draft.md) and a recoupe.toml naming the corpus.
# Usage: editors/tests/make-workspace.sh DIR   (DIR is emptied first)
set -euo pipefail
dir=${1:?usage: make-workspace.sh DIR}
repo=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$dir"
mkdir -p "$dir"
cp -r "$repo/examples/sources" "$dir/sources"
cp "$repo/examples/draft.md" "$dir/draft.md"
printf '# The corpus of this test workspace, relative to this file.\ncorpus = ["sources"]\n' > "$dir/recoupe.toml"
