"""Python XlsxWriter in constant_memory mode, writing the same sign-in-like rows as
Benchmarks/c/export_c.c and Benchmarks/Swift (same strings, same order, same formats).
Usage: export_py.py OUTPUT.xlsx ROWS"""
import sys

import xlsxwriter

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
MIDDLE = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Đức"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Khánh", "Lan", "Minh", "Phúc", "Thảo", "Tuấn"]
POSITIONS = ["Chủ tịch", "Phó Chủ tịch", "Trưởng phòng", "Chuyên viên", "Cán bộ"]
UNITS = ["UBND xã Tân Phú", "UBND phường Bến Nghé", "Sở Nội vụ", "Sở Tài chính",
         "Hội Phụ nữ huyện Cần Giờ", "Đoàn Thanh niên xã Phước Kiển", "Trường THCS Lê Lợi"]
NOTES = ["Đã xác nhận", "Vắng có phép", "Đến muộn", "Thay người"]
HEADERS = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Năm sinh", "Số buổi", "Ghi chú"]


def main(path, rows):
    workbook = xlsxwriter.Workbook(path, {"constant_memory": True})
    sheet = workbook.add_worksheet("Danh sách")
    header = workbook.add_format({"bold": True, "border": 1})
    body = workbook.add_format({"border": 1})
    for c, text in enumerate(HEADERS):
        sheet.write_string(0, c, text, header)
    for i in range(rows):
        r = i + 1
        sheet.write_number(r, 0, i + 1, body)
        sheet.write_string(r, 1, f"{FAMILY[i % 10]} {MIDDLE[(i // 10) % 6]} {GIVEN[(i // 60) % 12]}", body)
        sheet.write_string(r, 2, POSITIONS[i % 5], body)
        sheet.write_string(r, 3, UNITS[i % 7], body)
        sheet.write_string(r, 4, f"09{(i * 7919) % 100000000:08d}", body)
        sheet.write_number(r, 5, 1960 + i % 45, body)
        sheet.write_number(r, 6, i % 12, body)
        sheet.write_string(r, 7, NOTES[i % 4], body)
    workbook.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
