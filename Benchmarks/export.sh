#!/usr/bin/env bash
# The whole `export signin` against C (issue 19; part of `make bench`, alone as `make bench-export`): for each
# size (20 000 and 200 000 people by default), a session filled by `nominee import` of
# Benchmarks/python/import_workbook.py's workbook (kept in .bench/export/ between runs), then, RUNS times each
# and interleaved:
#  - ours: `outreach export signin BENCH-2022` of the release build, end to end (process start to closed file),
#    wall time and peak RSS by /usr/bin/time; with OUTREACH_PHASES=1 the moment the list is read and ordered
#    (database to the sorted groups, Vietnamese collation as the sheet orders them);
#  - C: Benchmarks/c/signin_c.c writing the same cells, row heights and merged ranges (dumped from our file by
#    Benchmarks/python/sheet_cells.py) through libxlsxwriter in constant-memory mode, its write timed alone.
# Targets: ours ≤ 2 × C, ≤ 128 MiB; the read and order of 200 000 people ≤ 0.5 s.
# BENCH_EXPORT_SIZES ("20000 200000"), BENCH_EXPORT_RUNS (3), BENCH_CONFIG (release) and BENCH_BIN override the defaults;
# writes .bench/export/export.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${BENCH_EXPORT_SIZES:-20000 200000}
RUNS=${BENCH_EXPORT_RUNS:-3}
CONFIG=${BENCH_CONFIG:-release}
SWIFT=${SWIFT:-swift}
WORK=.bench/export
mkdir -p "$WORK"
if [ ! -x .bench/venv/bin/python ] || ! .bench/venv/bin/python -c "import xlsxwriter" 2>/dev/null; then
    echo "Creating .bench/venv with XlsxWriter…"
    python3 -m venv .bench/venv
    .bench/venv/bin/pip install -q XlsxWriter
fi
# BENCH_BIN names an outreach binary already built (another build holding .build's lock meanwhile).
if [ -n "${BENCH_BIN:-}" ]; then
    BIN=$BENCH_BIN
else
    echo "Building outreach ($CONFIG)…"
    $SWIFT build -c "$CONFIG" --product outreach >/dev/null
    BIN=$($SWIFT build -c "$CONFIG" --show-bin-path)/outreach
fi
echo "Building the C writer…"
cc -O2 -o "$WORK/signin_c" Benchmarks/c/signin_c.c $(pkg-config --cflags --libs xlsxwriter)
export OUTREACH_TODAY=2022-05-01
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$1"; }
kib() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
cpu() { awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$1"; }
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
met() { if [ "$1" = 1 ]; then echo met; else echo "**missed**"; fi; }
load=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS_MD=$WORK/rows.md
: >"$ROWS_MD"
for size in $SIZES; do
    db=$WORK/db-$size.sqlite
    if [ "$(sqlite3 "$db" "SELECT COUNT(*) FROM nomination" 2>/dev/null || true)" != "$size" ]; then
        echo "Filling a session of $size people…"
        rm -f "$db"*
        mkdir -p "$WORK/in-$size"
        .bench/venv/bin/python Benchmarks/python/import_workbook.py "$WORK/in-$size" "$size"
        "$BIN" init --db "$db" >/dev/null
        "$BIN" units import "$WORK/in-$size/units.yaml" --db "$db" >/dev/null
        "$BIN" session create --template "$WORK/in-$size/session.yaml" --db "$db" >/dev/null
        "$BIN" nominee import "$WORK/in-$size/nominees.xlsx" --session BENCH-2022 --db "$db" >/dev/null
    fi
    ours=$WORK/ours-$size.xlsx
    theirs=$WORK/c-$size.xlsx
    : >"$WORK/runs-$size.txt"
    for run in $(seq "$RUNS"); do
        rm -f "$ours"
        run_load=$(cut -d' ' -f1 /proc/loadavg)
        OUTREACH_PHASES=1 /usr/bin/time -v -o "$WORK/time.log" "$BIN" export signin BENCH-2022 --db "$db" -o "$ours" \
            >/dev/null 2>"$WORK/stderr.log" || { cat "$WORK/stderr.log" >&2; exit 1; }
        read_at=$(awk '$1 == "phase" && $2 == "read" {print $3}' "$WORK/stderr.log")
        read_cpu=$(awk '$1 == "phase-cpu" && $2 == "read" {print $3}' "$WORK/stderr.log")
        if [ "$run" = 1 ]; then
            echo "Dumping the cells of our $size-person sheet for C…"
            .bench/venv/bin/python Benchmarks/python/sheet_cells.py "$ours" "$WORK/cells-$size.tsv"
        fi
        rm -f "$theirs"
        c_seconds=$(/usr/bin/time -v -o "$WORK/time-c.log" "$WORK/signin_c" "$WORK/cells-$size.tsv" "$theirs")
        echo "$(seconds "$WORK/time.log") $(kib "$WORK/time.log") $read_at $c_seconds $(kib "$WORK/time-c.log") $(cpu "$WORK/time.log") $(cpu "$WORK/time-c.log") $run_load $read_cpu" \
            >>"$WORK/runs-$size.txt"
        printf '  %s people, run %s: ours %.2f s (read and ordered at %.2f s), %.0f MiB; C %.2f s\n' "$size" "$run" \
            "$(seconds "$WORK/time.log")" "$read_at" "$(echo "$(kib "$WORK/time.log") / 1024" | bc -l)" "$c_seconds"
    done
    sheets=$(unzip -p "$ours" xl/workbook.xml | grep -o '<sheet name="[^"]*"' | wc -l)
    cells=$(grep -c '^[TNM]' "$WORK/cells-$size.tsv")
    ours_s=$(awk '{print $1}' "$WORK/runs-$size.txt" | median)
    ours_mib=$(awk '{print $2}' "$WORK/runs-$size.txt" | sort -n | tail -1 | awk '{printf "%.1f", $1 / 1024}')
    read_s=$(awk '{print $3}' "$WORK/runs-$size.txt" | median)
    read_cpu=$(awk '{print $9}' "$WORK/runs-$size.txt" | median)
    c_s=$(awk '{print $4}' "$WORK/runs-$size.txt" | median)
    c_mib=$(awk '{print $5}' "$WORK/runs-$size.txt" | sort -n | tail -1 | awk '{printf "%.1f", $1 / 1024}')
    ours_cpu=$(awk '{print $6}' "$WORK/runs-$size.txt" | median)
    c_cpu=$(awk '{print $7}' "$WORK/runs-$size.txt" | median)
    ratio=$(echo "$ours_s / $c_s" | bc -l)
    loads=$(awk '{print $8}' "$WORK/runs-$size.txt" | sort -n | awk 'NR == 1 {a = $1} {b = $1} END {print (a == b) ? a : a "–" b}')
    cpu_ratio=$(echo "$ours_cpu / $c_cpu" | bc -l)
    printf '| %s | %s | %s | %s | %.2f | %.2f | %.2f | %.2f | %s | %.2f | %.2f | %s | **%.2f** | %.2f | %s | %s |\n' "$size" "$loads" "$sheets" "$cells" "$ours_s" "$ours_cpu" \
        "$read_s" "$read_cpu" "$ours_mib" "$c_s" "$c_cpu" "$c_mib" "$ratio" "$cpu_ratio" "$(met "$(echo "$ratio <= 2 && $ours_mib <= 128" | bc)")" \
        "$( [ "$size" = 200000 ] && echo "$(met "$(echo "$read_cpu <= 0.5" | bc)") by CPU, $(met "$(echo "$read_s <= 0.5" | bc)") by wall" || echo "—")" >>"$ROWS_MD"
done
{
    echo "## Export: the whole \`export signin\` against C (issue 19)"
    echo
    echo "A session filled by \`nominee import\` (Benchmarks/python/import_workbook.py: 20 offices), exported by"
    echo "\`outreach export signin\` ($CONFIG build), end to end from process start to closed file; C writes the same"
    echo "cells, row heights and merged ranges through libxlsxwriter in constant-memory mode (Benchmarks/c/signin_c.c,"
    echo "the cells dumped from our file by Benchmarks/python/sheet_cells.py; only its writing is timed). Median of $RUNS"
    echo "interleaved runs (peak RSS: the largest), $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) shared cores, load average"
    echo "$load at the start (the \"load\" column: the 1-minute load average before each run; other developers' builds"
    echo "share the 2 cores). \"Read and ordered\": \`OUTREACH_PHASES=1\`, seconds from the command's start (its arguments"
    echo "parsed) to the list read from the database and ordered by office and Vietnamese name, as the sheet prints it."
    echo "CPU: user + system time; C's includes reading the dump, its wall time does not. The ratio is of wall times"
    echo "in the same run (beside it, of CPU times). \"Read CPU\": the process's CPU time when the list is read and ordered"
    echo "(from the process's start); the read target is judged on it and, beside, on the wall time."
    echo
    echo "| people | load | sheets | cells | ours (s) | ours CPU (s) | read and ordered (s) | read CPU (s) | ours peak RSS (MiB) | C (s) | C CPU (s) | C peak RSS (MiB) | ours / C | by CPU | ≤ 2 ×, ≤ 128 MiB | read ≤ 0.5 s |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |"
    cat "$ROWS_MD"
} >"$WORK/export.md"
cat "$WORK/export.md"
