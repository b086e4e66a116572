#!/usr/bin/env bash
# Instructions of one in-process check (benches/check_once.rs) under callgrind:
#   bash benches/callgrind_check.sh [BINARY] [sources] [words]
# BINARY defaults to the check_once bench built from this checkout. Instrumentation is
# off while the corpus is built and turned on for the measured check only; the total
# is the inclusive count of `check_once::measured` (callgrind_annotate). Instruction
# counts do not depend on the machine's load: compare two builds with one run each.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-}"
if [ -z "$bin" ]; then
  bin=$(cargo bench --bench check_once --no-run --message-format=json 2>/dev/null \
    | python3 -c 'import json,sys
for l in sys.stdin:
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "check_once" and m.get("executable"):
        print(m["executable"])')
fi
out=$(mktemp -d)
mkfifo "$out/in"
CHECK_ONCE_WAIT=1 valgrind --tool=callgrind --instr-atstart=no \
  --callgrind-out-file="$out/callgrind.out" "$bin" "${2:-10000}" "${3:-5000}" \
  < "$out/in" 2> "$out/log" &
pid=$!
exec 3> "$out/in"
until grep -q ready "$out/log"; do
  sleep 1
  kill -0 "$pid" 2>/dev/null || { cat "$out/log"; exit 1; }
done
callgrind_control -i on "$pid" > /dev/null
echo >&3
exec 3>&-
wait "$pid"
grep findings "$out/log"
callgrind_annotate --inclusive=yes "$out/callgrind.out" 2>/dev/null \
  | grep -E 'check_once::measured' | head -1
echo "profile: $out/callgrind.out"
