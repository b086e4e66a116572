#!/usr/bin/env bash
# Regenerates the binary fixtures of tests/data/readers from the texts in make/, with
# real tools: pandoc writes the Word files, LibreOffice turns one into a PDF, qpdf
# encrypts a copy and sets the PDF's dates, pdftoppm and img2pdf make a "scanned"
# PDF (a picture of a page, no text layer). The tests read only the committed results; run this
# only to change them:
#   apt-get install -y pandoc libreoffice-writer-nogui qpdf img2pdf poppler-utils
#   bash tests/data/readers/make/make.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/.."
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The press release: dated 9 January 2026 in its core properties.
SOURCE_DATE_EPOCH=1767949200 pandoc "$here/press-release.md" -o "$out/sources/press-release.docx"

# The annual report: a Word file with page breaks, printed to PDF by LibreOffice.
SOURCE_DATE_EPOCH=1773997200 pandoc "$here/report.md" -o "$tmp/report.docx"
soffice --headless --norestore -env:UserInstallation=file://"$tmp/profile" \
  --convert-to pdf --outdir "$tmp" "$tmp/report.docx" >/dev/null
# LibreOffice stamps the PDF with the time it ran: give it the report's day instead,
# so that the file is the same each time it is made.
qpdf --json-output "$tmp/report.pdf" "$tmp/report.json"
python3 - "$tmp/report.json" <<'PY'
import json, sys
path = sys.argv[1]
doc = json.load(open(path))
objects = doc["qpdf"][1]
obj = objects["obj:" + objects["trailer"]["value"]["/Info"]]["value"]
for k in ("/CreationDate", "/ModDate"):
    obj[k] = "u:D:20260320090000+01'00'"
json.dump(doc, open(path, "w"))
PY
qpdf --deterministic-id --update-from-json="$tmp/report.json" "$tmp/report.pdf" "$out/sources/report.pdf"

# Bad files: a password-protected copy, a copy cut short, and a scan.
qpdf --encrypt reader-secret owner-secret 256 -- \
  "$out/sources/report.pdf" "$out/bad/encrypted.pdf"
head -c 2000 "$out/sources/report.pdf" > "$out/bad/corrupt.pdf"
pdftoppm -png -r 60 -f 2 -l 2 -singlefile "$out/sources/report.pdf" "$tmp/page"
img2pdf --creationdate 2026-03-20 --moddate 2026-03-20 "$tmp/page.png" -o "$out/bad/scanned.pdf"
ls -l "$out/sources" "$out/bad"
