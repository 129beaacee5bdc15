"""Checks an export's row heights against LibreOffice's own layout: are any rows shorter than the text LibreOffice
draws in them (it would be cut off on paper)? Our documents set every row's height (OfficialSheet.lines estimates
the wrapped lines); this copies the workbook without the heights, lets LibreOffice lay it out and save it, and
compares. Needs soffice and python3-openpyxl (what shared/tools/xlsx-look installs). Not part of `make test`.
Usage: python3 docs/tools/row_heights.py FILE.xlsx   (prints the rows shorter than LibreOffice needs)"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

src = sys.argv[1]
work = tempfile.mkdtemp(prefix="row-heights-")
stripped = os.path.join(work, "stripped.xlsx")
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename.startswith("xl/worksheets/sheet"):
            text = data.decode()
            text = re.sub(r'<row ([^>]*?) ht="[0-9.]+"', r'<row \1', text)
            text = text.replace(' customHeight="1"', '')
            data = text.encode()
        zout.writestr(item, data)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", os.path.join(work, "out"), stripped],
               check=True, capture_output=True)
ours = openpyxl.load_workbook(src)
theirs = openpyxl.load_workbook(os.path.join(work, "out", "stripped.xlsx"))
worse, total, slack = 0, 0, []
for ws in ours.worksheets:
    lo = theirs[ws.title]
    for r in range(1, ws.max_row + 1):
        h = ws.row_dimensions[r].height
        l = lo.row_dimensions[r].height
        if h is None or l is None: continue
        total += 1
        if l > h + 0.5:
            worse += 1
            cells = [str(c.value)[:50] for c in ws[r] if c.value is not None][:3]
            print(f"{ws.title} row {r}: ours {h:.1f} < LO {l:.1f}: {cells}")
        slack.append(h - l)
print(f"{src}: {total} rows, {worse} shorter than LibreOffice needs; median slack {sorted(slack)[len(slack)//2] if slack else 0:.1f} pt")
shutil.rmtree(work, ignore_errors=True)
