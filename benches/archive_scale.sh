#!/usr/bin/env bash
# The archive at scale (docs/performance.md, "Session 13: archive at scale"):
# generates DOCS sources with the deterministic generator, starts a throwaway
# PostgreSQL cluster (a temporary folder, a local port, as `nobody` when run as root),
# ingests them with the release binary (rate from its summary line), prints the
# database's size, then runs benches/archive_scale.rs on the 5,000-word draft.
#
#   bash benches/archive_scale.sh [DOCS] [OUT]      (100000 and target/archive-scale-DOCS)
set -euo pipefail
docs="${1:-100000}"
out="${2:-target/archive-scale-$docs}"
bin="${RECOUPE_PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"

cargo build --release --quiet
if [ ! -f "$out/.recoupe-bench" ] || [ "$(find "$out/sources" -type f | wc -l)" != "$docs" ]; then
  cargo bench --quiet --bench generate -- "$out" --docs "$docs"
fi

pg="$(mktemp -d /tmp/recoupe-scale-pg-XXXXXX)"
as=()
if [ "$(id -u)" = 0 ]; then chown nobody "$pg"; as=(runuser -u nobody --); fi
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
stop() { (cd "$pg" && "${as[@]}" "$bin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1) || true; rm -rf "$pg"; }
trap stop EXIT
(cd "$pg" && "${as[@]}" "$bin/initdb" -D "$pg/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null)
(cd "$pg" && "${as[@]}" "$bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w -o \
  "-p $port -k $pg -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_wal_size=4GB" start >/dev/null)
psql() { (cd "$pg" && "${as[@]}" "$bin/psql" -X -q -A -t -h "$pg" -p "$port" -U postgres "$@"); }
psql -d postgres -c "CREATE DATABASE scale"
url="postgresql://postgres@127.0.0.1:$port/scale"

echo "== ingest of $docs sources"
/usr/bin/time -f "peak RSS %M KB, %e s wall" target/release/recoupe archive ingest --db "$url" "$out/sources" 2>&1 | grep -v '^\['
echo "== again (nothing changed)"
target/release/recoupe archive ingest --db "$url" "$out/sources" 2>&1 | grep -v '^\['
echo "== database size"
psql -d scale -c "VACUUM ANALYZE"
psql -d scale -c "SELECT 'database ' || pg_size_pretty(pg_database_size('scale')) || ', documents ' || pg_size_pretty(pg_total_relation_size('documents')) || ', sentences ' || pg_size_pretty(pg_total_relation_size('sentences')) || ', claims ' || pg_size_pretty(pg_total_relation_size('claims')) || ', key_df ' || pg_size_pretty(pg_total_relation_size('key_df'))"
echo "== check latency (5,000-word draft)"
cargo bench --quiet --bench archive_scale -- --db "$url" --draft "$out/draft-5k.md" --runs "${RUNS:-21}" --clients "${CLIENTS:-20}"
echo "== recoupe check --archive, end to end (3 runs)"
for _ in 1 2 3; do
  /usr/bin/time -f "%e s wall" target/release/recoupe check --format json --archive "$url" "$out/draft-5k.md" 2>&1 >/dev/null | tail -1
done
