#!/usr/bin/env python3
"""CLI benchmark (issue 9): one `outreach nominee confirm` end to end, process start to exit, on a database
with PEOPLE people and SESSIONS sessions (built by make_db.py). Each run confirms a different proposed
nominee of a different session, so every run writes. Prints a Markdown section: the median and every run's
wall time, and the CPU time the process used (user + system), which a loaded machine does not inflate.

usage: confirm_bench.py OUTREACH_BINARY DB_PATH RUNS
"""
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import time

binary, path, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = sqlite3.connect(path)
targets = db.execute("""
    SELECT sessionCode, MIN(id) FROM nomination WHERE status = 'proposed' AND sessionCode LIKE 'LCI-2022-B%'
    GROUP BY sessionCode ORDER BY sessionCode LIMIT ?""", (runs + 1,)).fetchall()
counts = {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
          for table in ("person", "session", "nomination", "audit")}
db.close()
if len(targets) < runs + 1:
    sys.exit(f"only {len(targets)} sessions with a proposed nominee left in {path}; rebuild it")

env = dict(os.environ, OUTREACH_DB=path, OUTREACH_TODAY="2022-05-01")
walls, cpus = [], []
for index, (session, nominee) in enumerate(targets):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([binary, "nominee", "confirm", session, f"#{nominee}"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0 or not result.stdout.startswith("Đã xác nhận"):
        sys.exit(f"confirm {session} #{nominee} failed: {result.returncode} {result.stderr}")
    if index == 0:
        continue  # the first run warms the page cache
    walls.append(wall * 1000)
    cpus.append((after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000)

median_wall, median_cpu = statistics.median(walls), statistics.median(cpus)
print(f"## CLI: one `nominee confirm`, end to end\n")
print(f"A database of {counts['person']:,} people, {counts['session']:,} sessions, {counts['nomination']:,} "
      f"nominations and {counts['audit']:,} audit lines (`Benchmarks/cli/make_db.py`); release build; each run "
      f"confirms a proposed nominee of another session, from process start to exit (the first run, which warms "
      f"the page cache, is not counted).\n")
print("| measure | median (ms) | runs (ms) |")
print("| --- | ---: | --- |")
print(f"| wall time | {median_wall:.1f} | {', '.join(f'{w:.0f}' for w in walls)} |")
print(f"| CPU time (user + system) | {median_cpu:.1f} | {', '.join(f'{c:.0f}' for c in cpus)} |")
print()
verdict = "met" if median_wall < 100 else "**missed**"
print(f"| target | value | |\n| --- | ---: | --- |\n| wall time < 100 ms | {median_wall:.1f} ms | {verdict} |")
