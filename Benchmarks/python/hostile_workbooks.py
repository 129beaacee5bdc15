"""Hostile workbooks for the import's size limits (issue 19): small on disk, huge once read.

    python3 Benchmarks/python/hostile_workbooks.py DIR

writes into DIR:
  cell-300mb.xlsx     one inline-string cell of 300 MB of text (about 300 KB on disk)
  cell-32mb.xlsx      one inline-string cell of 32 MB
  bomb.xlsx           a sheet that inflates to 1 GiB (spaces inside <sheetData>), sizes declared honestly
  bomb-lying.xlsx     the same, its zip headers declaring 1 000 bytes
  strings-count.xlsx  3 000 000 one-letter shared strings
  strings-size.xlsx   4 000 shared strings of 30 000 characters (120 MB of text)
  strings-reused.xlsx one shared string of 30 000 characters used by 200 000 cells
Only the standard library: the parts are streamed into zipfile, so nothing large is ever held.
"""
import os
import struct
import sys
import zipfile

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Danh sach" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = '</sheetData></worksheet>'
HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Vai trò</t></is></c></row>'
)
MIB = 1024 * 1024


def workbook_rels(shared):
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
    )
    if shared:
        rels += (
            '<Relationship Id="rId2" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
    return rels + '</Relationships>'


def repeated(text, total):
    """Yields `text` repeated to `total` bytes, in pieces of a few MB."""
    piece = (text * (4 * MIB // len(text) + 1)).encode()[: 4 * MIB]
    left = total
    while left > 0:
        yield piece[: min(left, len(piece))]
        left -= len(piece)


def write(path, sheet_parts, shared_parts=None):
    with zipfile.ZipFile(path, 'w', compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr('[Content_Types].xml', CONTENT_TYPES)
        archive.writestr('_rels/.rels', ROOT_RELS)
        archive.writestr('xl/workbook.xml', WORKBOOK)
        archive.writestr('xl/_rels/workbook.xml.rels', workbook_rels(shared_parts is not None))
        for name, parts in [('xl/worksheets/sheet1.xml', sheet_parts), ('xl/sharedStrings.xml', shared_parts)]:
            if parts is None:
                continue
            with archive.open(name, 'w') as entry:
                for part in parts:
                    entry.write(part.encode() if isinstance(part, str) else part)


def lie_about_size(path, name, declared):
    """Rewrites the uncompressed size of `name` in its local header and central directory entry."""
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    data = bytearray(open(path, 'rb').read())
    encoded = name.encode()
    # Local header: sizes at 18 (compressed) and 22 (uncompressed); zip64 keeps them in an extra field.
    local = info.header_offset
    assert data[local:local + 4] == b'PK\x03\x04'
    name_length, extra_length = struct.unpack_from('<HH', data, local + 26)
    data[local + 22:local + 26] = struct.pack('<I', declared)
    patch_zip64_extra(data, local + 30 + name_length, extra_length, declared, local_header=True)
    central = data.rfind(b'PK\x01\x02' + bytes(0), 0)
    position = 0
    while True:
        position = data.find(b'PK\x01\x02', position)
        assert position >= 0
        length, extra, comment = struct.unpack_from('<HHH', data, position + 28)
        if data[position + 46:position + 46 + length] == encoded:
            data[position + 24:position + 28] = struct.pack('<I', declared)
            patch_zip64_extra(data, position + 46 + length, extra, declared, local_header=False)
            break
        position += 46 + length + extra + comment
    open(path, 'wb').write(bytes(data))


def patch_zip64_extra(data, start, length, declared, local_header):
    """The zip64 extra field (0x0001) holds the real sizes when the header says 0xFFFFFFFF."""
    position = start
    while position + 4 <= start + length:
        tag, size = struct.unpack_from('<HH', data, position)
        if tag == 1:
            data[position + 4:position + 12] = struct.pack('<Q', declared)
            # Declared small, so the 32-bit field says it too (no zip64 marker left behind).
        position += 4 + size


def cell(total):
    yield SHEET_START + HEADER_ROW + '<row r="2"><c r="A2" t="inlineStr"><is><t>'
    yield from repeated('Nguyễn Văn A ', total)
    yield '</t></is></c></row>' + SHEET_END


def bomb(total):
    yield SHEET_START + HEADER_ROW
    yield from repeated(' ', total)
    yield SHEET_END


def shared(count, text):
    yield ('<?xml version="1.0" encoding="UTF-8"?>'
           f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{count}" uniqueCount="{count}">')
    item = f'<si><t>{text}</t></si>'
    batch = max(1, MIB // len(item))
    left = count
    while left > 0:
        yield item * min(batch, left)
        left -= batch
    yield '</sst>'


def reused_sheet(rows):
    yield SHEET_START + HEADER_ROW
    for first in range(2, rows + 2, 1000):
        yield ''.join(f'<row r="{r}"><c r="A{r}" t="s"><v>0</v></c><c r="B{r}" t="inlineStr"><is><t>giáo viên</t></is></c></row>'
                      for r in range(first, min(first + 1000, rows + 2)))
    yield SHEET_END


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    join = lambda name: os.path.join(folder, name)
    write(join('cell-300mb.xlsx'), cell(300 * 1000 * 1000))
    write(join('cell-32mb.xlsx'), cell(32 * 1000 * 1000))
    write(join('bomb.xlsx'), bomb(1024 * MIB))
    write(join('bomb-lying.xlsx'), bomb(1024 * MIB))
    lie_about_size(join('bomb-lying.xlsx'), 'xl/worksheets/sheet1.xml', 1000)
    write(join('strings-count.xlsx'), [SHEET_START + HEADER_ROW + SHEET_END], shared(3_000_000, 'x'))
    write(join('strings-size.xlsx'), [SHEET_START + HEADER_ROW + SHEET_END], shared(4_000, 'Nguyễn ' * 4_286))
    write(join('strings-reused.xlsx'), reused_sheet(200_000), shared(1, 'Nguyễn ' * 4_286))
    for name in sorted(os.listdir(folder)):
        if name.endswith('.xlsx'):
            print(f'{name}: {os.path.getsize(join(name)):,} bytes')


if __name__ == '__main__':
    main()
