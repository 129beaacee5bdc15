#!/usr/bin/env python3
"""Writes the nominee-import fixtures with tools other than outreach: openpyxl for workbooks, Python's
codecs and iconv for encodings. Run from this folder: python3 make-fixtures.py (needs openpyxl, iconv).
The rows are the mini fixtures' units (Tests/Fixtures/mini-units.yaml) and session (mini-session.yaml)."""
import re, subprocess, unicodedata, zipfile, shutil, os
from datetime import date
import openpyxl
from openpyxl.styles import Font

HEADER = ["STT", "Họ và tên", "Chức vụ", "Nơi công tác", "Điện thoại", "Vai trò", "Giới tính", "Năm sinh"]
ROWS = [
    ["Nguyễn Văn Hoà", "Trưởng phòng", "Phòng GD&ĐT Bát Xát", "0912345001", "Lãnh đạo", "Nam", "1975"],
    ["Lò Thị Mai", "Chuyên viên", "PGD-BATXAT", "0912345002", "Cán bộ TĐKT", "Nữ", "1988"],
    ["Giàng A Páo", "Hiệu trưởng", "Trường Tiểu học Kim Đồng", "0912345003", "Cán bộ quản lý", "Nam", "1980"],
    ["Sùng Thị Dung", "Giáo viên", "Trường PTDTBT THCS Y Tý", "0912345004", "Giáo viên", "Nữ", "1992"],
]

# Legacy font encodings, written from the code charts independently of the Swift decoder.
TCVN3 = dict(zip("àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ",
                 "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦"))
def tcvn3(text):
    # Capitals with a tone have no TCVN3 code: the .VnTimeH fonts draw the small ones as capitals.
    return "".join(TCVN3.get(c, TCVN3.get(c.lower(), c)) for c in unicodedata.normalize("NFC", text))

VNI_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
VNI_CIRC = {None: "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
VNI_BREVE = {None: "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
def vni_char(c):
    d = unicodedata.normalize("NFD", c)
    base, marks = d[0], d[1:]
    upper = base.isupper()
    tone = next((m for m in marks if m in VNI_TONES), None)
    case = (lambda s: s.upper()) if upper else (lambda s: s)
    if base.lower() == "đ": return case("ñ")
    if "\u0302" in marks: return base + case(VNI_CIRC[tone])
    if "\u0306" in marks: return base + case(VNI_BREVE[tone])
    if "\u031b" in marks: return case("ô" if base.lower() == "o" else "ö") + (case(VNI_TONES[tone]) if tone else "")
    if base.lower() == "i" and tone: return case(VNI_I[tone])
    if base.lower() == "y" and tone == "\u0323": return case("î")
    return base + (case(VNI_TONES[tone]) if tone else "")
def vni(text):
    return "".join(vni_char(c) for c in unicodedata.normalize("NFC", text))

def csv_text(header, rows, sep=","):
    def q(v): return '"%s"' % v.replace('"', '""') if (sep in v or '"' in v) else v
    return "\r\n".join(sep.join(q(v) for v in [h for h in header]) if i == 0 else sep.join(q(v) for v in r)
                       for i, r in enumerate([header] + [[str(n + 1)] + r for n, r in enumerate(rows)])) + "\r\n"

def write(name, data):
    with open(name, "wb") as f: f.write(data)

# CSV in every encoding offices send.
write("list-utf8.csv", csv_text(HEADER, ROWS).encode("utf-8"))
no_accents = ["STT", "Ho va ten", "CHUC VU", "don vi", "So dien thoai", "VAI TRO", "Gioi tinh", "Nam sinh"]
write("list-utf8-bom-semicolon.csv", csv_text(no_accents, ROWS, ";").encode("utf-8-sig"))
write("list-utf16le-tab.csv", csv_text(HEADER, ROWS, "\t").encode("utf-16"))  # BOM + little-endian
write("list-utf16be.csv", b"\xfe\xff" + csv_text(HEADER, ROWS).encode("utf-16-be"))
write("list-nfd.csv", unicodedata.normalize("NFD", csv_text(HEADER, ROWS)).encode("utf-8"))
subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1258", "-o", "list-cp1258.csv", "list-utf8.csv"], check=True)
write("list-vni.csv", vni(csv_text(HEADER, ROWS)).encode("cp1252"))
write("list-tcvn3.csv", tcvn3(csv_text(HEADER, ROWS)).encode("cp1252"))

# TCVN3 typed in a workbook (cells hold the Latin-1 codes the .VnTime font drew), header in TCVN3 too.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "DS"
sheet.append([tcvn3(h) for h in HEADER])
for n, row in enumerate(ROWS):
    sheet.append([n + 1] + [tcvn3(v) for v in row])
book.save("list-tcvn3.xlsx")

# A real-world workbook: title block, merged cells, numbers for phones and years, a date, a formula,
# blank and decorative rows, trailing spaces, a sheet per office, an instruction sheet without a header.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Bát Xát"
sheet["A1"] = "DANH SÁCH ĐẠI BIỂU THAM DỰ TẬP HUẤN"
sheet.merge_cells("A1:H1")
sheet["A2"] = "(Kèm theo Công văn số 123/PGDĐT)"
sheet.merge_cells("A2:H2")
sheet.append([])
sheet.append(["STT", "HỌ VÀ TÊN ", "Chức vụ", "Nơi công tác", "Điện thoại", "Vai trò", "Giới tính", "Năm sinh"])
sheet.append([1, "  nguyễn văn hoà  ", "Trưởng phòng", "Phòng GD&ĐT Bát Xát", 912345001, "Lãnh đạo", "Nam", 1975])
sheet.append([2, "Lò Thị Mai", "Chuyên viên ", "PGD-BATXAT", "0912 345 002", "can-bo-tdkt", "nữ", date(1988, 4, 30)])
sheet["H6"].number_format = "dd/mm/yyyy"
sheet.append([])
sheet.append([3, "Giàng A Páo", "Hiệu trưởng", "Trường Tiểu học Kim Đồng", "0912345003", "Cán bộ quản lý", "Nam", 1980])
sheet.append([4, "Sùng Thị Dung", "Giáo viên", None, None, "Giáo viên", "Nữ", "12/03/1992"])
sheet.merge_cells("D8:D9")
sheet["E9"] = '="0912"&"345004"'
sheet.append([])
sheet.append([None, "Người lập biểu", None, None, None, None, "Trưởng phòng"])
sapa = book.create_sheet("Sa Pa")
sapa.append(["TT", "Ho va ten", "Chuc vu", "Don vi", "Dien thoai", "Vai tro"])
sapa.append([1, "Vàng A Chứ", "Trưởng phòng", "PGD-SAPA", "0987000001", "Lãnh đạo"])
guide = book.create_sheet("Hướng dẫn")
guide["A1"] = "Điền đủ các cột; số điện thoại có số 0 đầu."
book.save("list-messy.xlsx")
# openpyxl writes no cached formula results; Excel would have: put the value in, as Excel saves it.
with zipfile.ZipFile("list-messy.xlsx") as source:
    parts = {name: source.read(name) for name in source.namelist()}
xml = parts["xl/worksheets/sheet1.xml"].decode()
xml, count = re.subn(r'<c r="E9"([^>]*)><f>(.*?)</f><v\s*/?>(</v>)?</c>',
                     r'<c r="E9" t="str"><f>\2</f><v>0912345004</v></c>', xml)
assert count == 1, "formula cell not found"
parts["xl/worksheets/sheet1.xml"] = xml.encode()
with zipfile.ZipFile("list-messy.xlsx", "w", zipfile.ZIP_DEFLATED) as target:
    for name, data in parts.items(): target.writestr(name, data)

# Every kind of bad row, each once.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "DS"
sheet.append(["STT", "Họ và tên", "Nơi công tác", "Điện thoại", "Vai trò", "Giới tính", "Năm sinh"])
sheet.append([1, "Lò Văn Sính", "PGD-BATXAT", "912345678", "Lãnh đạo", "Nam", 1980])
sheet.append([2, "Hoàng Văn Nam", "PGD-BATXAT", "0912000003", "Hiệu trưởng", "Nam", 1980])
sheet.append([3, "Phạm Thị Lan", "PGD-BATXAT", "0912000004", "Cán bộ TĐKT", "Nữ", 2015])
sheet.append([4, "Đỗ Văn Long", "Trường Tiểu học Kim Đồng", "0912000005", "Giáo viên", "X", 1985])
sheet.append([5, None, "Trường Tiểu học Kim Đồng", "0912000006", "Giáo viên", "Nữ", 1990])
sheet.append([6, "Trần Văn Bình", "Trường Không Có", "0912000007", "Giáo viên", "Nam", 1990])
sheet.append([7, "Vũ Thị Hoà", "Trường PTDTBT THCS Y Tý", "0912000008", "Giáo viên", "Nữ", 1990])
sheet.append([8, "VŨ THỊ HÒA", "Trường PTDTBT THCS Y Tý", "0912000008", "Giáo viên", "Nữ", 1990])
book.save("list-errors.xlsx")

# Two leaders for a one-leader place: each row is fine, the quota refuses the second.
book = openpyxl.Workbook()
sheet = book.active
sheet.append(["Họ và tên", "Nơi công tác", "Điện thoại", "Vai trò"])
sheet.append(["Nguyễn Văn Hoà", "PGD-BATXAT", "0912345001", "Lãnh đạo"])
sheet.append(["Hà Văn Tuấn", "PGD-BATXAT", "0912345009", "Lãnh đạo"])
sheet.append(["Lò Thị Mai", "PGD-BATXAT", "0912345002", "Cán bộ TĐKT"])
book.save("list-over-quota.xlsx")

# A PDF renamed .xlsx.
write("not-a-workbook.xlsx", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")

# A plain list ending with the signature block every office's list has (Decree 30): a place-and-date line,
# the signers' titles, "(Ký, ghi rõ họ tên)", then their names three rows lower.
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "DS"
sheet.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "SĐT", "Vai trò"])
sheet.append([1, "Nguyễn Văn Hoà", "Trưởng phòng", "PGD-BATXAT", "0912345001", "Lãnh đạo"])
sheet.append([2, "Lò Thị Mai", "Chuyên viên", "PGD-BATXAT", "0912345002", "Cán bộ TĐKT"])
sheet.append([])
sheet["F5"] = "Lào Cai, ngày 03 tháng 5 năm 2022"
sheet["B6"] = "NGƯỜI LẬP BIỂU"
sheet["F6"] = "HIỆU TRƯỞNG"
sheet["B7"] = "(Ký, ghi rõ họ tên)"
sheet["F7"] = "(Ký, ghi rõ họ tên, đóng dấu)"
sheet["B10"] = "Nguyễn Văn Lập"
sheet["F10"] = "Trần Thị Hiệu"
book.save("list-signature-block.xlsx")

# A workbook that opens fine but holds nothing: no table, invalid input (exit 1), not an unreadable file.
openpyxl.Workbook().save("empty.xlsx")
