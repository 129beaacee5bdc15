"""Checks the three writers produced the same cells: values read from each sheet XML must match.
Usage: same_cells.py A.xlsx B.xlsx ..."""
import hashlib
import re
import sys
import zipfile

CELL = re.compile(r'<c r="([A-Z]+\d+)"[^>]*?(?:/>|>(.*?)</c>)', re.S)
VALUE = re.compile(r"<(?:v|t)(?: [^>]*)?>(.*?)</(?:v|t)>", re.S)


def cells(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    digest = hashlib.sha256()
    count = 0
    for ref, inner in CELL.findall(xml):
        m = VALUE.search(inner or "")
        value = m.group(1) if m else ""
        try:
            value = repr(float(value))
        except ValueError:
            pass
        digest.update(f"{ref}\t{value}\n".encode())
        count += 1
    return count, digest.hexdigest()


first, *rest = sys.argv[1:]
expected = cells(first)
for path in rest:
    got = cells(path)
    if got != expected:
        sys.exit(f"{path} differs from {first}: {got[0]} cells vs {expected[0]}")
print(f"Same {expected[0]} cells in all {len(sys.argv) - 1} outputs.")
