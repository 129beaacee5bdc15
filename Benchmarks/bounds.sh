#!/usr/bin/env bash
# Issue 19, imports and exports bounded by their size (part of `make bench`, alone as `make bench-bounds`):
#  - hostile workbooks (Benchmarks/python/hostile_workbooks.py: one 300 MB cell, one 32 MB cell, a zip bomb
#    honest and lying about its size, shared strings too many, too large, one reused by 200 000 cells), each
#    through `outreach nominee import`: it must be refused (exit 1) within 2 s and 256 MiB;
#  - the sign-in sheet and nominee list of session BENCH-2022 as Benchmarks/import.sh filled it (200 000 people by
#    default; BENCH_BOUNDS_DB names another database holding it),
#    which need more than Excel's 1023 page breaks on one sheet: time, peak RSS and the sheets written.
# BENCH_CONFIG (release or debug) as in import.sh; writes .bench/bounds/bounds.md.
set -euo pipefail
cd "$(dirname "$0")/.."
CONFIG=${BENCH_CONFIG:-release}
SWIFT=${SWIFT:-swift}
WORK=.bench/bounds
mkdir -p "$WORK"
echo "Writing the hostile workbooks…"
python3 Benchmarks/python/hostile_workbooks.py "$WORK/files" >/dev/null
echo "Building outreach ($CONFIG)…"
$SWIFT build -c "$CONFIG" --product outreach >/dev/null
BIN=$($SWIFT build -c "$CONFIG" --show-bin-path)/outreach
export OUTREACH_TODAY=2022-05-01
rm -f "$WORK"/db.sqlite*
"$BIN" init --db "$WORK/db.sqlite" >/dev/null
"$BIN" units import Templates/units/lao-cai-2022.yaml --db "$WORK/db.sqlite" >/dev/null
"$BIN" session create --template Templates/sessions/lao-cai-2022-tdkt.yaml --db "$WORK/db.sqlite" >/dev/null
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$1"; }
mib() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
met() { if [ "$1" = 1 ]; then echo met; else echo "**missed**"; fi; }
{
    echo "## Hostile workbooks: refused early (issue 19)"
    echo
    echo "\`outreach nominee import FILE --session LCI-2022-TDKT\` of each file of \`Benchmarks/python/hostile_workbooks.py\`,"
    echo "$(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) shared cores, $CONFIG build; each must be refused (exit 1) within 2 s and 256 MiB."
    echo
    echo "| file | on disk | exit | seconds | peak RSS (MiB) | ≤ 2 s, ≤ 256 MiB | message |"
    echo "| --- | ---: | ---: | ---: | ---: | --- | --- |"
} >"$WORK/bounds.md"
for file in "$WORK"/files/*.xlsx; do
    name=$(basename "$file")
    echo "Importing $name…"
    status=0
    /usr/bin/time -v -o "$WORK/time.log" "$BIN" nominee import "$file" --session LCI-2022-TDKT --db "$WORK/db.sqlite" \
        --lang en >/dev/null 2>"$WORK/stderr.log" || status=$?
    s=$(seconds "$WORK/time.log"); m=$(mib "$WORK/time.log")
    ok=$(met "$(echo "$status == 1 && $s <= 2 && $m <= 256" | bc)")
    message=$(grep -v '^\s*Command' "$WORK/stderr.log" | head -1 | sed 's/|/\\|/g' | cut -c1-160)
    printf '| %s | %s KB | %s | %.2f | %s | %s | %s |\n' "$name" "$(( $(stat -c %s "$file") / 1024 ))" "$status" "$s" "$m" "$ok" "$message" \
        >>"$WORK/bounds.md"
done
IMPORTED=${BENCH_BOUNDS_DB:-.bench/import/bench.sqlite}
if [ -f "$IMPORTED" ]; then
    people=$(sqlite3 "$IMPORTED" "SELECT COUNT(*) FROM nomination" 2>/dev/null || echo "?")
    {
        echo
        echo "## Exports past Excel's 1023 page breaks a sheet (issue 19)"
        echo
        echo "The session Benchmarks/import.sh filled ($people people) exported; each list goes on to a new sheet"
        echo "(\"Danh sách (2)\"…) before 1000 breaks."
        echo
        echo "| export | seconds | peak RSS (MiB) | size (MB) | sheets |"
        echo "| --- | ---: | ---: | ---: | --- |"
    } >>"$WORK/bounds.md"
    for what in signin nominees; do
        echo "Exporting $what of $people people…"
        out="$WORK/$what.xlsx"
        rm -f "$out"
        /usr/bin/time -v -o "$WORK/time.log" "$BIN" export "$what" BENCH-2022 --db "$IMPORTED" -o "$out" >/dev/null
        sheets=$(unzip -p "$out" xl/workbook.xml | grep -o '<sheet name="[^"]*"' | sed 's/<sheet name="//; s/"$//' \
            | awk 'NR == 1 {first = $0} {n++; last = $0} END {printf "%d (%s … %s)", n, first, last}')
        printf '| %s | %.2f | %s | %.1f | %s |\n' "export $what" "$(seconds "$WORK/time.log")" "$(mib "$WORK/time.log")" \
            "$(echo "$(stat -c %s "$out") / 1000000" | bc -l)" "$sheets" >>"$WORK/bounds.md"
    done
else
    echo "(no $IMPORTED: run Benchmarks/import.sh first for the export case)" >&2
fi
cat "$WORK/bounds.md"
