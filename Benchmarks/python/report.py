"""Turns the measured runs into the BENCHMARKS.md table, with the machine's description and the targets.
Usage: report.py RESULTS ROWS RUNS SWIFT_VERSION LIBXLSXWRITER_VERSION XLSXWRITER_VERSION"""
import datetime
import statistics
import subprocess
import sys

results, rows, runs, swift_version, lxw_version, py_version = sys.argv[1:7]
times, rss = {}, {}
for line in open(results):
    name, seconds, kb = line.split()
    times.setdefault(name, []).append(float(seconds))
    rss.setdefault(name, []).append(int(kb) / 1024)
t = {name: statistics.median(v) for name, v in times.items()}
m = {name: max(v) for name, v in rss.items()}


def sh(command):
    return subprocess.run(command, shell=True, capture_output=True, text=True).stdout.strip()


memory = " ".join(sh("free -h | awk '/^Mem:/ {print $2 \" total, \" $7 \" available\"}'").split())
cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
ours_c = t["swift"] / t["c"]
py_ours = t["python"] / t["swift"]
py_c = t["python"] / t["c"]
ok = lambda met: "met" if met else "**missed**"

print(f"""# Benchmarks

Run by `make bench` on {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC. Timings on a shared machine are noisy:
each figure is the median of {runs} runs with the writers interleaved, and the ratios compare medians of the same run.

## Machine

- CPU: {cpu}, `nproc` = {sh("nproc")} (shared with other builds while measuring)
- Memory (`free -h`): {memory}
- {swift_version}
- libxlsxwriter {lxw_version} (Debian), Python XlsxWriter {py_version}

## Export: {int(rows):,} rows × 8 columns, sign-in-like sheet

Vietnamese names, positions, units and notes as text, phone as text, three numbers, a bold bordered header and
bordered cells; every writer in constant-memory mode (ours chooses it by itself from the expected row count).
Each output is checked to open as a zip, and the three are checked to hold the same cells.

| writer | median time (s) | runs (s) | peak RSS (MiB) |
| --- | ---: | --- | ---: |
| (a) C, libxlsxwriter directly | {t["c"]:.2f} | {", ".join(f"{x:.2f}" for x in times["c"])} | {m["c"]:.1f} |
| (b) ours, XLSX layer | {t["swift"]:.2f} | {", ".join(f"{x:.2f}" for x in times["swift"])} | {m["swift"]:.1f} |
| (c) Python XlsxWriter | {t["python"]:.2f} | {", ".join(f"{x:.2f}" for x in times["python"])} | {m["python"]:.1f} |

| ratio | value | target | |
| --- | ---: | --- | --- |
| ours / C (time) | {ours_c:.2f} | ≤ 1.2 | {ok(ours_c <= 1.2)} |
| ours peak RSS | {m["swift"]:.1f} MiB | ≤ 64 MiB | {ok(m["swift"] <= 64)} |
| Python / ours (time) | {py_ours:.2f} | ≥ 4 | {ok(py_ours >= 4)} |
| Python / C (time), for reference | {py_c:.2f} | | |

Where the time goes and the steps taken, for every benchmark: `Benchmarks/history.md`.""")
