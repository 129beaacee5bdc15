#!/usr/bin/env bash
# Server benchmark (issue 17): 60 concurrent clients on loopback confirm nominees through the API of a release
# `outreach-server` (Benchmarks/c/confirm_load.c: one keep-alive connection per client, bounded by the list's
# length and by BENCH_SERVER_SECONDS); confirms/s, p50/p99 latency, the server's peak RSS (VmHWM), the load
# average. Beside it in the same run, on a fresh copy of the same database, two references: the same confirms as
# raw SQLite updates (one transaction each: the status and its audit line, no HTTP, no rules) and single
# `outreach nominee confirm` processes (BENCH_SERVER_CLI_RUNS of them, as a rate).
# Writes .bench/server.md; `make bench` puts it into BENCHMARKS.md, `make bench-server` runs this alone and
# replaces the section in BENCHMARKS.md. BENCH_SERVER_PEOPLE, BENCH_SERVER_SESSIONS, BENCH_SERVER_CONFIRMS,
# BENCH_SERVER_CLIENTS override the defaults (20000, 300, 6000, 60); SWIFT_BUILD_FLAGS is passed to `swift build`
# (e.g. --scratch-path DIR, to build the release binaries beside a debug build in use). BENCH_SERVER_PERF=FILE runs
# the server under `perf record -g -o FILE` (then the RSS figures are perf's own process, not the server's).
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${BENCH_SERVER_PEOPLE:-20000}
SESSIONS=${BENCH_SERVER_SESSIONS:-300}
CONFIRMS=${BENCH_SERVER_CONFIRMS:-6000}
CLIENTS=${BENCH_SERVER_CLIENTS:-60}
SECONDS_LIMIT=${BENCH_SERVER_SECONDS:-60}
CLI_RUNS=${BENCH_SERVER_CLI_RUNS:-20}
SWIFT=${SWIFT:-swift}
WORK=.bench/server
mkdir -p "$WORK"

echo "Building outreach and outreach-server (release) and the load client…"
FLAGS=${SWIFT_BUILD_FLAGS:-}
$SWIFT build -c release $FLAGS --product outreach >/dev/null
$SWIFT build -c release $FLAGS --product outreach-server >/dev/null
BIN=$($SWIFT build -c release $FLAGS --show-bin-path)
cc -O2 -pthread -o "$WORK/confirm_load" Benchmarks/c/confirm_load.c

PRISTINE=.bench/server-$PEOPLE-$SESSIONS.sqlite
if [ ! -s "$PRISTINE" ]; then
    echo "Building a database of $PEOPLE people and $SESSIONS sessions…"
    python3 Benchmarks/cli/make_db.py "$BIN/outreach" "$PRISTINE.tmp" "$PEOPLE" "$SESSIONS" >/dev/null
    mv "$PRISTINE.tmp" "$PRISTINE"
fi
fresh() { rm -f "$1" "$1-wal" "$1-shm"; cp "$PRISTINE" "$1"; }
fresh "$WORK/server.sqlite"
fresh "$WORK/raw.sqlite"
fresh "$WORK/cli.sqlite"

# The nominees to confirm: proposed ones, spread over the sessions that still have them.
python3 - "$WORK/server.sqlite" "$CONFIRMS" > "$WORK/targets.txt" <<'EOF'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
rows = db.execute("SELECT sessionCode, id FROM nomination WHERE status = 'proposed' ORDER BY id LIMIT ?",
                  (int(sys.argv[2]),)).fetchall()
for session, number in rows:
    print(session, number)
EOF
COUNT=$(wc -l < "$WORK/targets.txt")
[ "$COUNT" -gt 0 ] || { echo "no proposed nominee in $PRISTINE" >&2; exit 1; }
TOKEN=$(OUTREACH_DB="$WORK/server.sqlite" "$BIN/outreach" access grant SGDDT-LCI --json \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

PERF=()
[ -n "${BENCH_SERVER_PERF:-}" ] && PERF=(perf record -g -o "$BENCH_SERVER_PERF" --)
"${PERF[@]}" "$BIN/outreach-server" --db "$WORK/server.sqlite" --port "$PORT" --today 2022-05-01 > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 200); do curl -sf "http://127.0.0.1:$PORT/healthz" > /dev/null && break; sleep 0.1; done
RSS_IDLE=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Confirming $COUNT nominees with $CLIENTS clients (at most ${SECONDS_LIMIT} s)…"
# The 1-minute load average every second of the run: the machine is shared, and the figures mean little without it.
( while true; do cut -d' ' -f1 /proc/loadavg; sleep 1; done ) > "$WORK/load.txt" &
SAMPLER=$!
set +e
RESULT=$("$WORK/confirm_load" 127.0.0.1 "$PORT" "$TOKEN" "$WORK/targets.txt" "$CLIENTS" "$SECONDS_LIMIT")
LOAD_STATUS=$?
set -e
kill "$SAMPLER" 2>/dev/null || true
LOAD_DURING=$(awk 'NR == 1 {min = $1; max = $1} {sum += $1; if ($1 < min) min = $1; if ($1 > max) max = $1}
    END {if (NR) printf "%.2f (min %.2f, max %.2f, %d samples)", sum / NR, min, max, NR; else print "not sampled"}' "$WORK/load.txt")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
RSS_PEAK=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
kill -INT "$SERVER"
wait "$SERVER" 2>/dev/null || true
trap - EXIT
echo "  $RESULT"
[ "$LOAD_STATUS" -eq 0 ] || echo "  the load client saw connection errors or 5xx (status $LOAD_STATUS)" >&2
CONFIRMED=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM nomination WHERE status = '"'"'confirmed'"'"' AND id IN (%s)" % ",".join(l.split()[1] for l in open(sys.argv[2]))).fetchone()[0])' "$WORK/server.sqlite" "$WORK/targets.txt")

# Reference 1: the same confirms as raw SQLite updates, one transaction each (status, then the audit line).
RAW=$(python3 - "$WORK/raw.sqlite" "$WORK/targets.txt" <<'EOF'
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("PRAGMA journal_mode = WAL")
db.execute("PRAGMA synchronous = NORMAL")
targets = [line.split() for line in open(sys.argv[2])]
start = time.perf_counter()
for session, number in targets:
    db.execute("BEGIN IMMEDIATE")
    db.execute("UPDATE nomination SET status = 'confirmed' WHERE id = ? AND status = 'proposed'", (int(number),))
    db.execute("INSERT INTO audit (at, actor, command, today, todaySet, entity, entityKey, before, after, reason) "
               "VALUES (strftime('%Y-%m-%d %H:%M:%f', 'now'), 'SGDDT-LCI', 'nominee confirm', '2022-05-01', 1, "
               "'nomination', ?, '{\"status\":\"proposed\"}', '{\"status\":\"confirmed\"}', NULL)", (number,))
    db.execute("COMMIT")
elapsed = time.perf_counter() - start
print(f"{len(targets)} {elapsed:.3f} {len(targets) / elapsed:.1f}")
EOF
)
# Reference 2: single `outreach nominee confirm` processes, one confirm each (process start to exit).
CLI=$(python3 - "$BIN/outreach" "$WORK/cli.sqlite" "$WORK/targets.txt" "$CLI_RUNS" <<'EOF'
import os, subprocess, sys, time
binary, path, targets, runs = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
env = dict(os.environ, OUTREACH_DB=path, OUTREACH_TODAY="2022-05-01")
chosen = [line.split() for line in open(targets)][:runs]
start = time.perf_counter()
for session, number in chosen:
    subprocess.run([binary, "nominee", "confirm", session, f"#{number}"], env=env, check=True, stdout=subprocess.DEVNULL)
elapsed = time.perf_counter() - start
print(f"{len(chosen)} {elapsed:.3f} {len(chosen) / elapsed:.1f}")
EOF
)

value() { echo "$RESULT" | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }
RATE=$(value rate); P99=$(value p99_ms); P50=$(value p50_ms); MAX=$(value max_ms); OK=$(value ok)
REQUESTS=$(value requests); OTHER=$(value other); FIVEXX=$(value server_errors); ERRORS=$(value errors); SECS=$(value seconds)
PEAK_MIB=$(awk -v kb="$RSS_PEAK" 'BEGIN {printf "%.1f", kb / 1024}')
IDLE_MIB=$(awk -v kb="$RSS_IDLE" 'BEGIN {printf "%.1f", kb / 1024}')
read -r RAW_N RAW_S RAW_RATE <<< "$RAW"
read -r CLI_N CLI_S CLI_RATE <<< "$CLI"
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN {ok = (op == ">=" ? v >= t : v <= t); print ok ? "met" : "**missed**"}'; }
{
    echo "## Server: $CLIENTS clients confirming through the API on loopback"
    echo
    echo "Run on $(date -u '+%Y-%m-%d %H:%M UTC') by \`Benchmarks/server.sh\` (\`make bench-server\`). A database of $PEOPLE people and"
    echo "$SESSIONS sessions (\`Benchmarks/cli/make_db.py\`); release \`outreach-server\` judged on 01/05/2022; $CLIENTS threads of"
    echo "\`Benchmarks/c/confirm_load.c\`, each with one keep-alive connection, send \`POST /api/v1/sessions/CODE/nominees/N/confirm\`"
    echo "with the organiser's bearer token for $COUNT proposed nominees spread over the sessions (at most ${SECONDS_LIMIT} s)."
    echo "Each confirm is the store's \`confirm\`: token check, authority, quota counted in the write lock, one transaction"
    echo "with its audit line. Load average (1, 5, 15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER; the 1-minute load during"
    echo "the run: $LOAD_DURING ($(nproc) cores, shared with other developers' builds)."
    echo
    echo "| measure | value |"
    echo "| --- | ---: |"
    echo "| requests sent / 2xx / other 4xx / 5xx / connection errors | $REQUESTS / $OK / $((OTHER - FIVEXX)) / $FIVEXX / $ERRORS |"
    echo "| nominees confirmed in the database afterwards | $CONFIRMED |"
    echo "| wall time | $SECS s |"
    echo "| confirms per second | $RATE |"
    echo "| latency p50 / p99 / max | $P50 / $P99 / $MAX ms |"
    echo "| server RSS idle / peak (VmHWM) | $IDLE_MIB / $PEAK_MIB MiB |"
    echo "| reference: the same $RAW_N confirms as raw SQLite updates (Python sqlite3, one transaction each) | $RAW_RATE /s ($RAW_S s) |"
    echo "| reference: \`outreach nominee confirm\`, one process per confirm ($CLI_N runs) | $CLI_RATE /s ($CLI_S s) |"
    echo
    echo "| target | value | |"
    echo "| --- | ---: | --- |"
    echo "| ≥ 1,000 confirms/s | $RATE | $(verdict "$RATE" 1000 '>=') |"
    echo "| p99 < 50 ms | $P99 ms | $(verdict "$P99" 49.999 '<=') |"
    echo "| server RSS ≤ 128 MiB | $PEAK_MIB MiB | $(verdict "$PEAK_MIB" 128 '<=') |"
    echo "| no 5xx, no connection error | $FIVEXX, $ERRORS | $([ "$FIVEXX" = 0 ] && [ "$ERRORS" = 0 ] && echo met || echo '**missed**') |"
} > .bench/server.md
cat .bench/server.md

# Alone (`make bench-server`): the section in BENCHMARKS.md is replaced (or added before the hand-written notes).
if [ "${BENCH_SERVER_UPDATE:-0}" = 1 ] && [ -f BENCHMARKS.md ]; then
    python3 - BENCHMARKS.md .bench/server.md <<'EOF'
import sys
path, section = sys.argv[1], open(sys.argv[2]).read().rstrip("\n") + "\n"
marker = "<!-- Everything below this line is written by hand and kept by `make bench`, which rewrites what is above. -->"
text = open(path).read()
lines = text.split("\n")
start = next((i for i, line in enumerate(lines) if line.startswith("## Server:")), None)
if start is not None:
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ") or lines[i] == marker), len(lines))
    lines[start:end] = section.split("\n")
elif marker in lines:
    at = lines.index(marker)
    lines[at:at] = section.split("\n")
else:
    sys.exit("BENCHMARKS.md has no marker line: the server section is in .bench/server.md")
open(path + ".tmp", "w").write("\n".join(lines))
import os
os.replace(path + ".tmp", path)
print("Server section written to BENCHMARKS.md")
EOF
fi
