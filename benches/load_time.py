#!/usr/bin/env python3
# Corpus load benchmark: wall time, CPU time and peak RSS of `recoupe check` on a big corpus.
"""Time and peak memory of loading and indexing a whole corpus from the command line.

    cargo bench --bench generate -- target/bench-ws
    python3 benches/load_time.py target/bench-ws [--recoupe target/release/recoupe]

Runs `recoupe check --corpus sources tiny.md` in the workspace written by
benches/generate.rs: the draft is one sentence, so the run is the corpus load and
index. Each run is timed from spawn to exit; peak RSS and CPU time come from
wait4(2) for that child alone (no /usr/bin/time needed). `cold` runs get a new,
empty cache folder (RECOUPE_CACHE_DIR and XDG_CACHE_HOME) each; `warm` runs share
one that a first, untimed run filled, for a build that keeps its index on disk.
CPU/wall says how many cores the load kept busy. Python 3 standard library only.
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(argv, cwd, cache):
    env = dict(os.environ, RECOUPE_CACHE_DIR=str(cache), XDG_CACHE_HOME=str(cache))
    t0 = time.monotonic()
    p = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - t0
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"{' '.join(argv)} exited {code}: {err[-500:]}")
    return {"wall_s": wall, "cpu_s": usage.ru_utime + usage.ru_stime,
            "peak_rss_mb": usage.ru_maxrss / 1024}


def summary(runs):
    med = lambda k: statistics.median(r[k] for r in runs)
    return {"runs": len(runs), "wall_s": med("wall_s"), "cpu_s": med("cpu_s"),
            "cores": med("cpu_s") / med("wall_s"), "peak_rss_mb": max(r["peak_rss_mb"] for r in runs)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("workspace")
    ap.add_argument("--recoupe", default="target/release/recoupe")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    ws = Path(args.workspace).resolve()
    exe = str(Path(args.recoupe).resolve())
    argv = [exe, "check", "--corpus", "sources", "tiny.md"]
    info = json.loads((ws / "workspace.json").read_text(encoding="utf-8"))

    cold = []
    for _ in range(args.runs):
        cache = Path(tempfile.mkdtemp(prefix="load-time-cold-"))
        cold.append(run(argv, ws, cache))
        shutil.rmtree(cache, ignore_errors=True)
    cache = Path(tempfile.mkdtemp(prefix="load-time-warm-"))
    run(argv, ws, cache)  # fills the cache, if the build keeps one
    warm = [run(argv, ws, cache) for _ in range(args.runs)]
    shutil.rmtree(cache, ignore_errors=True)

    res = {"sources": info["sources"], "source_mb": info["source_bytes"] / 1e6,
           "cold": summary(cold), "warm": summary(warm)}
    print(f"corpus: {res['sources']} sources, {res['source_mb']:.1f} MB")
    print("| start | runs | wall s (median) | CPU s (median) | cores busy | peak RSS MB (max) |")
    print("|---|---|---|---|---|---|")
    for k in ("cold", "warm"):
        s = res[k]
        print(f"| {k} | {s['runs']} | {s['wall_s']:.2f} | {s['cpu_s']:.2f} | {s['cores']:.2f} | "
              f"{s['peak_rss_mb']:.0f} |")
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
