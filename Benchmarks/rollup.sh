#!/usr/bin/env bash
# Roll-up benchmark (issue 9): `outreach cascade status` at the top of a generated province of about
# 60 000 units and 1 000 000 people with three levels of follow-up; target under 1 s. Prints a Markdown
# section. Called by Benchmarks/run.sh (make bench); BENCH_RUNS overrides the number of runs.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${BENCH_RUNS:-3}
SWIFT=${SWIFT:-swift}
WORK=.bench
DB=$WORK/province.sqlite
mkdir -p "$WORK"
command -v sqlite3 >/dev/null || {
    SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq sqlite3 >/dev/null
}
$SWIFT build -c release --product outreach >/dev/null
BIN=$($SWIFT build -c release --show-bin-path)/outreach
if [ ! -s "$DB" ] || [ Benchmarks/rollup/province.sql -nt "$DB" ] || [ Benchmarks/rollup/cascade.sql -nt "$DB" ]; then
    echo "Generating the province (60 101 units, 1 000 000 people, 60 100 duties)…" >&2
    rm -f "$DB" "$DB-wal" "$DB-shm"
    "$BIN" init --db "$DB" >/dev/null
    sqlite3 "$DB" < Benchmarks/rollup/province.sql
    "$BIN" session create --template Benchmarks/rollup/root-session.yaml --db "$DB" --today 2022-05-01 >/dev/null
    sqlite3 "$DB" < Benchmarks/rollup/cascade.sql
fi
seconds() {
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l
}
median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
full=(); top=(); json=()
for _ in $(seq "$RUNS"); do
    full+=("$(seconds "$BIN" cascade status BENCH-ROOT --db "$DB" --today 2022-07-15)")
    top+=("$(seconds "$BIN" cascade status BENCH-ROOT --level 1 --db "$DB" --today 2022-07-15)")
    json+=("$(seconds "$BIN" cascade status BENCH-ROOT --json --db "$DB" --today 2022-07-15)")
done
m_full=$(printf '%s\n' "${full[@]}" | median)
m_top=$(printf '%s\n' "${top[@]}" | median)
m_json=$(printf '%s\n' "${json[@]}" | median)
verdict() { if [ "$(echo "$1 < 1" | bc -l)" = 1 ]; then echo "met"; else echo "MISSED"; fi; }
cat <<MD

## Roll-up: \`cascade status\` on a province

$(sqlite3 "$DB" "SELECT COUNT(*) FROM unit") units, $(sqlite3 "$DB" "SELECT COUNT(*) FROM person") people,
$(sqlite3 "$DB" "SELECT COUNT(*) FROM duty") duties on three levels, $(sqlite3 "$DB" "SELECT COUNT(*) FROM dutyReport") reports;
median of $RUNS runs of the release binary, end to end (process start to exit). Target < 1 s.

| command | median s | target |
|---|---:|---|
| \`cascade status BENCH-ROOT\` (the whole tree, 60 100 rows printed) | $(printf '%.3f' "$m_full") | $(verdict "$m_full") |
| \`cascade status BENCH-ROOT --level 1\` | $(printf '%.3f' "$m_top") | $(verdict "$m_top") |
| \`cascade status BENCH-ROOT --json\` | $(printf '%.3f' "$m_json") | $(verdict "$m_json") |
MD
