#!/usr/bin/env bash
# The real-browser test: a fresh demo database in a temporary folder, `outreach serve` on a free port, the
# Selenium script, then the server stopped. Needs chromium, chromium-driver, python3-selenium (make test-browser
# installs them). Debian's python3-selenium is for /usr/bin/python3, whatever python3 comes first in PATH.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin="$root/.build/debug/outreach"
work=$(mktemp -d)
server=""
# The server is stopped whatever happened: TERM, up to 5 s for a graceful stop (it waits for open keep-alive
# connections), then KILL, so no server outlives the test.
cleanup() {
    if [ -n "$server" ]; then
        kill "$server" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
cd "$work"
"$bin" demo --templates "$root/Templates" --exports "$work/exports" > /dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
link() { "$bin" access grant "$1" --url "$base" --json | python3 -c 'import json, sys; print(json.load(sys.stdin)["link"])'; }
office=$(link PGD-SIMACAI)
organiser=$(link SGDDT-LCI)
"$bin" serve --db outreach.sqlite --port "$port" --today 2022-05-01 > server.log 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.2; done
/usr/bin/python3 -B "$root/Tests/Browser/office_flow.py" "$base" "$office" "$organiser"

# The same database judged after the nomination deadline (05/05/2022): changes with their late reason.
kill "$server"
for _ in $(seq 50); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
kill -9 "$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
"$bin" serve --db outreach.sqlite --port "$port" --today 2022-05-07 > server-late.log 2>&1 &
server=$!
for _ in $(seq 100); do curl -sf "$base/healthz" > /dev/null && break; sleep 0.2; done
/usr/bin/python3 -B "$root/Tests/Browser/late_flow.py" "$base" "$office"
