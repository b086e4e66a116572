#!/usr/bin/env python3
# Load time per kind of source: `recoupe check` on a folder of N copies of one fixture file.
"""Load time per kind of source (markdown, plain text, saved page, PDF, Word file).

    cargo build --release
    python3 benches/readers_time.py [--recoupe target/release/recoupe] [--copies 200] [--runs 7]

For each kind, a temporary folder holds N copies of one fixture of that kind from
tests/data/readers (the markdown and text copies are the texts the PDF and Word
fixtures were made from, so the kinds carry the same prose), and `recoupe check
--corpus FOLDER tiny.md` runs with the cache off: the draft is one sentence, so the
run is listing, reading, decoding, parsing and indexing the folder. A run of one
markdown copy is the baseline (start-up, the draft's check); per file is (median -
baseline) / N. Medians of `--runs` runs each. Python 3 standard library only.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests/data/readers"
KINDS = [
    ("markdown", DATA / "make/report.md", "md"),
    ("plain text", DATA / "make/press-release.md", "txt"),
    ("saved page (.html)", DATA / "sources/bridge.html", "html"),
    ("PDF", DATA / "sources/report.pdf", "pdf"),
    ("Word (.docx)", DATA / "sources/press-release.docx", "docx"),
]


def timed(recoupe, folder, draft):
    env = dict(os.environ, RECOUPE_CACHE_DIR="off")
    start = time.perf_counter()
    out = subprocess.run(
        [recoupe, "check", "--corpus", str(folder), str(draft)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    took = time.perf_counter() - start
    if out.returncode not in (0, 1) or "warning" in out.stderr:
        raise SystemExit(f"recoupe check failed on {folder}: {out.stderr}")
    return took


def median_of(runs, recoupe, folder, draft):
    return statistics.median(timed(recoupe, folder, draft) for _ in range(runs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--recoupe", default=str(ROOT / "target/release/recoupe"))
    ap.add_argument("--copies", type=int, default=200)
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="recoupe-readers-time-"))
    try:
        draft = tmp / "tiny.md"
        draft.write_text("The board met eleven times during the year.\n")
        base = tmp / "base"
        base.mkdir()
        shutil.copy(KINDS[0][1], base / "one.md")
        baseline = median_of(args.runs, args.recoupe, base, draft)
        print(f"baseline (one markdown file): {baseline * 1000:.1f} ms")
        print("| kind | file | bytes | median, {} files | per file |".format(args.copies))
        print("|---|---|---|---|---|")
        for name, path, ext in KINDS:
            folder = tmp / ext
            folder.mkdir()
            for i in range(args.copies):
                shutil.copy(path, folder / f"{i:04}.{ext}")
            m = median_of(args.runs, args.recoupe, folder, draft)
            per = (m - baseline) / args.copies * 1000
            rel = path.relative_to(ROOT)
            size = path.stat().st_size
            print(f"| {name} | `{rel}` | {size:,} | {m * 1000:.0f} ms | {per:.2f} ms |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
