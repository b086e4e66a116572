#!/usr/bin/env python3
"""In process: the findings of each eval case with its own corpus, and with an extra
folder of unrelated sources added as a second --corpus; prints what differs.

    python3 benches/unrelated_verdicts.py target/release/recoupe EXTRA_DIR CASE.json...

(EXTRA_DIR: `cargo bench --bench generate -- target/gen10k --docs 10000`, then
target/gen10k/sources.) docs/performance.md, session 13."""
import json, os, subprocess, sys

def findings(binary, case, extra):
    d = os.path.dirname(os.path.abspath(case))
    c = json.load(open(case))
    args = [binary, "check", "--format", "json"]
    for folder in c["corpus"] + extra:
        args += ["--corpus", folder]
    out = subprocess.run(args + c["drafts"], cwd=d, capture_output=True, text=True,
                         env=dict(os.environ, RECOUPE_CACHE_DIR="off")).stdout
    return {(f["file"], f["code"], f["span"]["start"], f["span"]["end"])
            for f in json.loads(out)["findings"]}

binary, extra = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
for case in sys.argv[3:]:
    alone, more = findings(binary, case, []), findings(binary, case, [extra])
    for f in sorted(alone ^ more):
        print(os.path.basename(case), "alone only" if f in alone else "with extra only", f)
