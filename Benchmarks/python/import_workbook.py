"""Writes the import benchmark's inputs into a folder: units.yaml (20 district offices), session.yaml
(10 000 teacher places per office) and nominees.xlsx with N distinct people (constant memory)."""
import itertools, sys
import xlsxwriter

folder, rows = sys.argv[1], int(sys.argv[2])
offices = [f"PGD-B{n:02d}" for n in range(20)]
with open(f"{folder}/units.yaml", "w") as f:
    f.write("name: Bench\nvalid_from: 2021-08-01\nunits:\n")
    f.write("  - {code: UBND-LCI, name: Ủy ban nhân dân tỉnh Lào Cai, header_name: UBND TỈNH LÀO CAI, kind: ubnd-tinh}\n")
    f.write("  - {code: SGDDT-LCI, name: Sở Giáo dục và Đào tạo tỉnh Lào Cai, header_name: SỞ GIÁO DỤC VÀ ĐÀO TẠO, kind: so, parent: UBND-LCI}\n")
    for n, code in enumerate(offices):
        f.write(f"  - {{code: {code}, name: Phòng Giáo dục và Đào tạo số {n}, kind: phong-gddt, parent: UBND-LCI}}\n")
with open(f"{folder}/session.yaml", "w") as f:
    f.write("""code: BENCH-2022
title: Tập huấn đo tốc độ nhập danh sách
kind: tap-huan
organiser: SGDDT-LCI
place: Lào Cai
venue: Hội trường
starts: 2022-05-10
days: 1
nomination_deadline: 2022-05-05
roles:
  - {code: giao-vien, name: Giáo viên}
quotas:
  - label: Phòng GD&ĐT
    kind: phong-gddt
    slots:
      - {roles: [giao-vien], count: 10000}
""")
family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò",
          "Giàng", "Sùng", "Vàng", "Hà", "Lương", "Triệu"]
middle = ["Văn", "Thị", "Đức", "Minh", "Thu", "Ngọc", "Quang", "Hữu", "Thanh", "Kim", "Xuân", "Hồng", "Bảo",
          "Anh", "Gia", "Mạnh", "Tuấn", "Hải", "Phương", "Diệu"]
given = ["An", "Bình", "Chi", "Dung", "Giang", "Hà", "Hòa", "Khánh", "Lan", "Mai", "Nam", "Oanh", "Phúc",
         "Quế", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến"]
# Four-word names give 160 000 distinct people; five-word ones starting with "Lò" follow (never equal to a
# four-word name), so 200 000 rows hold no duplicate the import would refuse.
names = itertools.chain(
    (" ".join(parts) for parts in itertools.product(given, family, middle, given)),
    ("Lò " + " ".join(parts) for parts in itertools.product(middle, given, family, middle)))
book = xlsxwriter.Workbook(f"{folder}/nominees.xlsx", {"constant_memory": True})
sheet = book.add_worksheet("DS")
sheet.write_row(0, 0, ["STT", "Họ và tên", "Vai trò", "Nơi công tác", "Điện thoại", "Năm sinh"])
for row in range(rows):
    name = next(names)
    sheet.write_row(row + 1, 0, [row + 1, name, "Giáo viên", offices[row % 20], f"09{row:08d}", 1970 + row % 30])
book.close()
