#!/usr/bin/env bash
# Import benchmark (issues 4 and 9): a generated N-row nominee workbook (20 district offices, 10 000
# teacher places each) imported by `outreach nominee import` into fresh copies of one database
# (BENCH_IMPORT_ROWS runs, 3 by default; the median is kept), then once more into the last one (every row
# unchanged); prints rows/s, peak RSS and the phases against the target (200 000 rows in ≤ 2 s and
# ≤ 256 MiB), and the same rows inserted by SQLite alone (INSERT … SELECT) and by C through SQLite's API row
# by row (Benchmarks/c/import_floor.c); writes .bench/import/import.md.
# BENCH_IMPORT_ROWS (default 200000), BENCH_CONFIG (release or debug) and BENCH_BIN (an outreach binary already
# built) override the defaults. The load average (1 min) is taken before each run: other builds share the cores.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${BENCH_IMPORT_ROWS:-200000}
CONFIG=${BENCH_CONFIG:-release}
SWIFT=${SWIFT:-swift}
WORK=.bench/import
mkdir -p "$WORK"
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
command -v sqlite3 >/dev/null || {
    echo "Installing sqlite3 (the floor below is measured with it)…"
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq sqlite3 >/dev/null
}
rm -f "$WORK"/bench.sqlite*

if [ ! -x .bench/venv/bin/python ] || ! .bench/venv/bin/python -c "import xlsxwriter" 2>/dev/null; then
    echo "Creating .bench/venv with XlsxWriter…"
    python3 -m venv .bench/venv
    .bench/venv/bin/pip install -q XlsxWriter
fi
echo "Writing $ROWS rows with Python XlsxWriter…"
.bench/venv/bin/python Benchmarks/python/import_workbook.py "$WORK" "$ROWS"

if [ -n "${BENCH_BIN:-}" ]; then
    BIN=$BENCH_BIN
else
    echo "Building outreach ($CONFIG)…"
    $SWIFT build -c "$CONFIG" --product outreach >/dev/null
    BIN=$($SWIFT build -c "$CONFIG" --show-bin-path)/outreach
fi
export OUTREACH_DB=$WORK/bench.sqlite OUTREACH_TODAY=2022-05-01
"$BIN" init >/dev/null
"$BIN" units import "$WORK/units.yaml" >/dev/null
"$BIN" session create --template "$WORK/session.yaml" >/dev/null

# The database as the import finds it: each run imports into a fresh copy, and the SQLite floor below too.
sqlite3 "$WORK/bench.sqlite" ".backup $WORK/before.sqlite"
median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
RUNS=${BENCH_IMPORT_RUNS:-3}
: >"$WORK/runs.txt"
: >"$WORK/phases.txt"
: >"$WORK/loads.txt"
for run in $(seq "$RUNS"); do
    echo "Importing (run $run of $RUNS)…"
    cut -d' ' -f1 /proc/loadavg >>"$WORK/loads.txt"
    rm -f "$WORK"/bench.sqlite*
    cp "$WORK/before.sqlite" "$WORK/bench.sqlite"
    OUTREACH_PHASES=1 /usr/bin/time -v -o "$WORK/time.log" "$BIN" nominee import "$WORK/nominees.xlsx" --session BENCH-2022 \
        >"$WORK/stdout.log" 2>"$WORK/stderr.log" || { tail -3 "$WORK/stderr.log" >&2; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$WORK/time.log")
    cpu=$(awk -F': ' '/User time|System time/ {s += $2} END {print s}' "$WORK/time.log")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.log")
    echo "$wall $cpu $kb" >>"$WORK/runs.txt"
    # A phase's name may hold spaces ("check and write"): joined by "-" here, its time and peak the last two fields.
    grep '^phase ' "$WORK/stderr.log" | awk -v run="$run" '{n = $2; for (i = 3; i <= NF - 2; i++) n = n "-" $i; print run, n, $(NF - 1), $NF}' >>"$WORK/phases.txt"
    echo "  $wall s wall, $cpu s CPU, $((kb / 1024)) MiB"
done
seconds=$(awk '{print $1}' "$WORK/runs.txt" | median)
cpu=$(awk '{print $2}' "$WORK/runs.txt" | median)
kb=$(awk '{print $3}' "$WORK/runs.txt" | sort -n | tail -1)
imported=$(sqlite3 "$WORK/bench.sqlite" "SELECT COUNT(*) FROM nomination" 2>/dev/null || echo "?")

echo "Importing the same file again (every row unchanged)…"
/usr/bin/time -v -o "$WORK/time-again.log" "$BIN" nominee import "$WORK/nominees.xlsx" --session BENCH-2022 \
    >"$WORK/stdout-again.log" 2>"$WORK/stderr-again.log" || { tail -3 "$WORK/stderr-again.log" >&2; exit 1; }
again=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$WORK/time-again.log")
again_mib=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$WORK/time-again.log")
again_said=$(tail -1 "$WORK/stdout-again.log")
rate=$(echo "$ROWS / $seconds" | bc -l)

echo "The same rows written by SQLite alone (Benchmarks/import-floor.sql)…"
rm -f "$WORK"/floor.sqlite*
cp "$WORK/before.sqlite" "$WORK/floor.sqlite"
floor=$( { echo "CREATE TEMP TABLE floor(rows); INSERT INTO temp.floor VALUES ($ROWS);"; cat Benchmarks/import-floor.sql; } \
    | sqlite3 "$WORK/floor.sqlite" 2>&1 | awk '/^Run Time/ {s += $4} END {printf "%.2f", s}')
echo "The same rows written by C through SQLite's API, one prepared INSERT per row (Benchmarks/c/import_floor.c)…"
command -v cc >/dev/null && pkg-config --exists sqlite3 || {
    echo "The C floor needs cc and pkg-config with libsqlite3-dev (make deps installs the last two)" >&2
    exit 1
}
cc -O2 -o "$WORK/import_floor" Benchmarks/c/import_floor.c $(pkg-config --cflags --libs sqlite3)
: >"$WORK/c-runs.txt"
: >"$WORK/c-cpu.txt"
for run in $(seq "$RUNS"); do
    cut -d' ' -f1 /proc/loadavg >>"$WORK/loads.txt"
    rm -f "$WORK"/c-floor.sqlite*
    cp "$WORK/before.sqlite" "$WORK/c-floor.sqlite"
    /usr/bin/time -f "%U %S" -o "$WORK/c-time.log" "$WORK/import_floor" "$WORK/c-floor.sqlite" "$ROWS" >>"$WORK/c-runs.txt"
    awk '{print $1 + $2}' "$WORK/c-time.log" >>"$WORK/c-cpu.txt"
done
c_floor=$(median <"$WORK/c-runs.txt")
c_cpu=$(median <"$WORK/c-cpu.txt")
mib=$(echo "$kb / 1024" | bc -l)
met() { if [ "$1" = 1 ]; then echo met; else echo "**missed**"; fi; }
{
    echo "## Import: $ROWS-row nominee workbook, full validation"
    echo
    echo "\`outreach nominee import\` of a generated workbook (Benchmarks/python/import_workbook.py: 20 district offices,"
    echo "distinct Vietnamese names, role, workplace, phone, birth year) into a fresh database, in one transaction, with"
    echo "every rule of \`nominee add\`; end to end, median of $RUNS runs (peak RSS: the largest), $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) shared cores,"
    echo "$($SWIFT --version 2>&1 | head -1), $CONFIG build. Load average (1 min) before each run, ours then C's:"
    echo "$(tr '\n' ' ' <"$WORK/loads.txt")(2 cores shared with other developers' builds)."
    echo
    echo "| rows | imported | seconds | CPU s (user + sys) | rows/s | peak RSS (MiB) |"
    echo "| ---: | ---: | ---: | ---: | ---: | ---: |"
    printf '| %s | %s | %.2f | %.2f | %.0f | %.1f |\n' "$ROWS" "$imported" "$seconds" "$cpu" "$rate" "$mib"
    echo
    echo "Where the time goes (\`OUTREACH_PHASES=1\`: seconds since start and peak RSS at the end of each phase, median"
    echo "over the runs): reading the workbook, checking every row, writing in one transaction (rules, inserts, commit),"
    echo "and the report."
    echo
    echo "| phase | ends at (s) | took (s) | peak RSS so far (MiB) |"
    echo "| --- | ---: | ---: | ---: |"
    previous=0
    for phase in $(awk '$1 == 1 {print $2}' "$WORK/phases.txt"); do
        at=$(awk -v p="$phase" '$2 == p {print $3}' "$WORK/phases.txt" | median)
        peak=$(awk -v p="$phase" '$2 == p {print $4}' "$WORK/phases.txt" | median)
        took=$(echo "$at - $previous" | bc -l)
        case $phase in *write*) write_took=$took; write_phase=${phase//-/ } ;; esac
        printf '| %s | %.2f | %.2f | %.0f |\n' "${phase//-/ }" "$at" "$took" "$peak"
        previous=$at
    done
    echo
    echo "The same file imported again into the database just filled (\"$again_said\"): $again s, $again_mib MiB."
    echo
    echo "The same rows (people, nominations, audit lines; one transaction, foreign keys on) inserted by SQLite"
    echo "alone with INSERT … SELECT in the same run (\`Benchmarks/import-floor.sql\`): **$floor s**, the floor of this"
    echo "schema on this machine before any reading, checking or application code."
    echo
    echo "The same rows inserted by C through SQLite's API with one prepared INSERT per row, as an importer that"
    echo "must know each new row's id and apply the rules between rows has to (\`Benchmarks/c/import_floor.c\`,"
    if [ "$(echo "$c_floor > 0" | bc)" = 1 ]; then
        echo "median of $RUNS runs in the same run): **$c_floor s**. The import took **$(printf '%.2f' "$(echo "$seconds / $c_floor" | bc -l)" ) ×**"
        echo "that, reading and checking the workbook included; its \"${write_phase:-write}\" phase alone took $(printf '%.2f' "$(echo "$write_took / $c_floor" | bc -l)") ×."
        echo "By CPU time (user + system, less swayed by the other builds than wall time), the import took $cpu s and C"
        echo "$c_cpu s (its process whole, opening the database included): $(printf '%.2f' "$(echo "$cpu / $c_cpu" | bc -l)") ×."
    else
        echo "median of $RUNS runs in the same run): **$c_floor s**, too few rows for a ratio."
    fi
    echo
    echo "| target (200,000 rows) | value | |"
    echo "| --- | ---: | --- |"
    if [ "$ROWS" = 200000 ]; then
        printf '| ≤ 1.3 × the C floor of the same run (%.2f s) | %.2f × (%.2f s) | %s |\n' "$c_floor" \
            "$(echo "$seconds / $c_floor" | bc -l)" "$seconds" "$(met "$(echo "$seconds <= 1.3 * $c_floor" | bc)")"
        printf '| the same by CPU time (%.2f s) | %.2f × (%.2f s) | %s |\n' "$c_cpu" \
            "$(echo "$cpu / $c_cpu" | bc -l)" "$cpu" "$(met "$(echo "$cpu <= 1.3 * $c_cpu" | bc)")"
        printf '| ≤ 256 MiB | %.1f MiB | %s |\n' "$mib" "$(met "$(echo "$mib <= 256" | bc)")"
    else
        printf '| ≤ 2 s (at this rate) | %.2f s | %s |\n' "$(echo "200000 / $rate" | bc -l)" \
            "$(met "$(echo "200000 / $rate <= 2" | bc)")"
    fi
    echo
    echo "Where the time goes and the steps taken: Benchmarks/history.md (Profiling the import)."
} > "$WORK/import.md"
cat "$WORK/import.md"
