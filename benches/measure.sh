#!/usr/bin/env bash
# Re-measure the figures of docs/performance.md in one command:
#   bash benches/measure.sh [machine] [engine] [load] [lsp]     (all four by default)
# engine: criterion benches (cargo bench --bench engine; RECOUPE_BENCH_10K=1 adds the
#         10,000-file load); load: load_time.py; lsp: lsp_latency.py, against harper-ls
#         too when it is installed (HARPER_LS=/path/to/harper-ls, or on PATH).
# The workspace (RECOUPE_BENCH_WS, default target/bench-ws; RECOUPE_BENCH_DOCS sources,
# default 10000) is generated once and reused. Results go to target/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."

ws="${RECOUPE_BENCH_WS:-target/bench-ws}"
docs="${RECOUPE_BENCH_DOCS:-10000}"
out=target/bench-results
mkdir -p "$out"
parts=("$@")
[ ${#parts[@]} -eq 0 ] && parts=(machine engine load lsp)
want() { [[ " ${parts[*]} " == *" $1 "* ]]; }

if want machine; then
  {
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
    echo "rustc: $(rustc --version)"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "commit: $(git rev-parse --short HEAD)"
  } | tee "$out/machine.txt"
fi

if want engine; then
  cargo bench --bench engine 2>&1 | tee "$out/engine.txt"
fi

if want load || want lsp; then
  cargo build --release
  if ! grep -Eqs "\"sources\": $docs([^0-9]|\$)" "$ws/workspace.json"; then
    cargo bench --bench generate -- "$ws" --docs "$docs"
  fi
fi

if want load; then
  python3 benches/load_time.py "$ws" --json "$out/load.json" | tee "$out/load.txt"
fi

if want lsp; then
  harper="${HARPER_LS:-$(command -v harper-ls || true)}"
  ref=()
  if [ -n "$harper" ] && [ -x "$harper" ]; then
    # harper-ls skips documents over 120,000 characters unless told otherwise: the
    # 50,000-word draft is 337 KB.
    ref=(--reference "$harper --stdio" --settings '{"harper-ls": {"maxFileLength": 10000000}}')
  else
    echo "harper-ls not found (set HARPER_LS): measuring recoupe alone" >&2
  fi
  python3 benches/lsp_latency.py "$ws" --server "target/release/recoupe lsp" "${ref[@]}" \
    --json "$out/lsp.json" | tee "$out/lsp.txt"
fi
