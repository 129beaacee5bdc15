#!/usr/bin/env bash
# CLI benchmark (issue 9): a single `nominee confirm` on a province-sized database, end to end, release build.
# Writes the Markdown section to .bench/cli.md. BENCH_PEOPLE, BENCH_SESSIONS and BENCH_CLI_RUNS override
# the defaults (100000, 1000, 15). The database is built once per size and copied fresh for every run.
set -euo pipefail
cd "$(dirname "$0")/../.."
PEOPLE=${BENCH_PEOPLE:-100000}
SESSIONS=${BENCH_SESSIONS:-1000}
RUNS=${BENCH_CLI_RUNS:-15}
SWIFT=${SWIFT:-swift}
WORK=.bench
mkdir -p "$WORK"

echo "Building outreach (release)…"
$SWIFT build -c release --product outreach >/dev/null
BIN=$($SWIFT build -c release --show-bin-path)/outreach
PRISTINE=$WORK/cli-$PEOPLE-$SESSIONS.sqlite
if [ ! -s "$PRISTINE" ]; then
    echo "Building a database of $PEOPLE people and $SESSIONS sessions…"
    python3 Benchmarks/cli/make_db.py "$BIN" "$PRISTINE.tmp" "$PEOPLE" "$SESSIONS"
    mv "$PRISTINE.tmp" "$PRISTINE"
fi
cp "$PRISTINE" "$WORK/cli.sqlite"
rm -f "$WORK/cli.sqlite-wal" "$WORK/cli.sqlite-shm"
echo "Timing $RUNS runs of nominee confirm…"
python3 Benchmarks/cli/confirm_bench.py "$BIN" "$WORK/cli.sqlite" "$RUNS" > "$WORK/cli.md"
cat "$WORK/cli.md"
