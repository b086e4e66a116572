#!/usr/bin/env bash
# Run every cargo-fuzz target in turn for SECONDS each (default 60), one at a time
# (the machine has 2 cores), starting from the committed seeds and dictionaries.
#   fuzz/run.sh 300                 # every target, 5 minutes each
#   fuzz/run.sh 600 lsp_stream      # one target
#   FUZZ_ARGS=-len_control=0 fuzz/run.sh 600 extract   # extra libFuzzer flags
# Needs cargo-fuzz (`cargo install cargo-fuzz`); nightly features come from
# RUSTC_BOOTSTRAP=1 on the stable toolchain. Crashes land in fuzz/artifacts/TARGET/;
# the growing corpora in fuzz/corpus/TARGET/ (both git-ignored). Each target's last
# libFuzzer line (executions, coverage) is appended to fuzz/run.log.
set -euo pipefail
cd "$(dirname "$0")"
secs="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(extract lsp_stream config)
export RUSTC_BOOTSTRAP=1
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
# the default profile: optimised, with debug assertions and overflow checks
cargo fuzz build
status=0
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  cp -n seeds/"$t"/* "corpus/$t/" 2>/dev/null || true
  # the server logs every malformed message to stderr: close the target's stderr and
  # stdout (-close_fd_mask=3); libFuzzer keeps its own output.
  log="$(mktemp)"
  set +e
  cargo fuzz run "$t" "corpus/$t" -- \
    -max_total_time="$secs" -timeout=30 -rss_limit_mb=4096 -max_len=16384 \
    -dict="dicts/$t.dict" -close_fd_mask=3 -print_final_stats=1 \
    -artifact_prefix="artifacts/$t/" ${FUZZ_ARGS:-} >"$log" 2>&1
  rc=$?
  set -e
  runs="$(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}')"
  last="$(grep -E '#[0-9]+' "$log" | tail -1)"
  printf '%s %s %ss runs=%s rc=%s | %s\n' "$(date -u +%FT%TZ)" "$t" "$secs" "${runs:-?}" "$rc" "$last" | tee -a run.log
  if [ "$rc" != 0 ]; then
    status=1
    echo "== $t: libFuzzer exited $rc; its log follows (crash inputs in artifacts/$t/)"
    tail -60 "$log"
  fi
  rm -f "$log"
done
exit "$status"
