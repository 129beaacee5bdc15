/* The limit of this stack: libxlsxwriter called directly in constant_memory mode, writing the same
 * sign-in-like rows as Benchmarks/Swift and Benchmarks/python (same strings, same order, same formats).
 * Usage: export_c OUTPUT.xlsx ROWS */
#include <stdio.h>
#include <stdlib.h>
#include <xlsxwriter.h>

static const char *family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
static const char *middle[] = {"Văn", "Thị", "Hữu", "Minh", "Ngọc", "Đức"};
static const char *given[] = {"An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Khánh", "Lan", "Minh", "Phúc", "Thảo", "Tuấn"};
static const char *positions[] = {"Chủ tịch", "Phó Chủ tịch", "Trưởng phòng", "Chuyên viên", "Cán bộ"};
static const char *units[] = {"UBND xã Tân Phú", "UBND phường Bến Nghé", "Sở Nội vụ", "Sở Tài chính",
                              "Hội Phụ nữ huyện Cần Giờ", "Đoàn Thanh niên xã Phước Kiển", "Trường THCS Lê Lợi"};
static const char *notes[] = {"Đã xác nhận", "Vắng có phép", "Đến muộn", "Thay người"};
static const char *headers[] = {"STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Năm sinh", "Số buổi", "Ghi chú"};

static void check(lxw_error error, const char *what) {
    if (error != LXW_NO_ERROR) {
        fprintf(stderr, "%s: %s\n", what, lxw_strerror(error));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s OUTPUT.xlsx ROWS\n", argv[0]);
        return 2;
    }
    long rows = atol(argv[2]);
    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
    if (!workbook) return 1;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Danh sách");
    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    lxw_format *body = workbook_add_format(workbook);
    format_set_border(body, LXW_BORDER_THIN);

    for (int c = 0; c < 8; c++) check(worksheet_write_string(sheet, 0, c, headers[c], header), "header");
    char name[64], phone[16];
    for (long i = 0; i < rows; i++) {
        lxw_row_t r = (lxw_row_t)(i + 1);
        snprintf(name, sizeof name, "%s %s %s", family[i % 10], middle[(i / 10) % 6], given[(i / 60) % 12]);
        snprintf(phone, sizeof phone, "09%08ld", (i * 7919) % 100000000);
        check(worksheet_write_number(sheet, r, 0, (double)(i + 1), body), "stt");
        check(worksheet_write_string(sheet, r, 1, name, body), "name");
        check(worksheet_write_string(sheet, r, 2, positions[i % 5], body), "position");
        check(worksheet_write_string(sheet, r, 3, units[i % 7], body), "unit");
        check(worksheet_write_string(sheet, r, 4, phone, body), "phone");
        check(worksheet_write_number(sheet, r, 5, (double)(1960 + i % 45), body), "year");
        check(worksheet_write_number(sheet, r, 6, (double)(i % 12), body), "sessions");
        check(worksheet_write_string(sheet, r, 7, notes[i % 4], body), "note");
    }
    check(workbook_close(workbook), "workbook_close");
    return 0;
}
