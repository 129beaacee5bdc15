"""Dumps every cell, row height and merged range of a workbook, sheet by sheet, in the order the sheets hold
them, for Benchmarks/c/signin_c.c to write the same cells through libxlsxwriter (issue 19: the whole
`export signin` against C writing what it wrote). Strings shared or inline alike; a cell's style is its
`s` index, which the C writer maps to a format of its own per index.
Usage: sheet_cells.py WORKBOOK.xlsx OUTPUT.tsv
Lines (tab-separated; tabs, newlines and backslashes in text escaped as \\t \\n \\\\):
  S name                      a new sheet
  H row height                a row's height
  T row col style text        a string
  N row col style number      a number
  M r1 c1 r2 c2 style text    a merged range (its first cell's text and style)"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def escape(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def position(ref):
    m = re.match(r"([A-Z]+)(\d+)", ref)
    column = 0
    for ch in m.group(1):
        column = column * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, column - 1


def main(path, output):
    with zipfile.ZipFile(path) as z, open(output, "w", encoding="utf-8") as out:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(NS + "si"):
                shared.append("".join(t.text or "" for t in si.iter(NS + "t")))
        workbook = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        for sheet in workbook.iter(NS + "sheet"):
            out.write(f"S\t{escape(sheet.get('name'))}\n")
            target = targets[sheet.get(REL + "id")]
            part = "xl/" + target.lstrip("/").removeprefix("xl/")
            merges = {}
            with z.open(part) as stream:
                for _, element in ET.iterparse(stream):
                    if element.tag == NS + "mergeCell":
                        first, last = element.get("ref").split(":")
                        merges[position(first)] = position(last)
                        element.clear()
            values = {}
            with z.open(part) as stream:
                for _, element in ET.iterparse(stream):
                    if element.tag != NS + "row":
                        continue
                    row = int(element.get("r")) - 1
                    if element.get("ht"):
                        out.write(f"H\t{row}\t{element.get('ht')}\n")
                    for cell in element.iter(NS + "c"):
                        r, c = position(cell.get("r"))
                        style = cell.get("s", "0")
                        kind = cell.get("t")
                        v = cell.find(NS + "v")
                        if kind == "s":
                            line = ("T", escape(shared[int(v.text)]))
                        elif kind == "inlineStr":
                            line = ("T", escape("".join(t.text or "" for t in cell.iter(NS + "t"))))
                        elif kind == "str":
                            line = ("T", escape(v.text or ""))
                        elif v is not None:
                            line = ("N", v.text)
                        else:
                            line = None  # a blank cell: only its style, part of a merged range
                        if (r, c) in merges:
                            r2, c2 = merges[(r, c)]
                            text = line[1] if line and line[0] == "T" else ""
                            out.write(f"M\t{r}\t{c}\t{r2}\t{c2}\t{style}\t{text}\n")
                        elif line is not None:
                            out.write(f"{line[0]}\t{r}\t{c}\t{style}\t{line[1]}\n")
                    element.clear()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
