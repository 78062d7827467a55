#!/usr/bin/env bash
# Render the demo year's Excel workbooks to PNG pages for a visual check:
# the upward results workbook and three department templates (one, three and ten parts).
# Needs LibreOffice Calc (soffice) and pdftoppm (poppler-utils).
# Usage: bash scripts/render_excel.sh [OUTDIR]   (default: excel-render/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-excel-render}")
mkdir -p "$out"
db="$out/demo.db"
rm -f "$db" "$db-wal" "$db-shm"
py=.venv/bin/python
$py -m desktop_app import resources/templates/changshou-2023.json --db "$db" >/dev/null
$py -m desktop_app export-results --year 2023 --db "$db" -o "$out/上报表格.xlsx" >/dev/null
for department in zjw nyw xczxj; do
    $py -m desktop_app export-templates --year 2023 --db "$db" --department "$department" -o "$out/$department.xlsx" >/dev/null
done
soffice "-env:UserInstallation=file://$out/.profile" --headless --convert-to pdf --outdir "$out" "$out"/*.xlsx >/dev/null
for pdf in "$out"/*.pdf; do
    pdftoppm -r 80 -png "$pdf" "${pdf%.pdf}"
done
ls "$out"/*.png
