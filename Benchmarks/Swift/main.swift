// Our export path: the XLSX layer writing the same sign-in-like rows as Benchmarks/c/export_c.c and
// Benchmarks/python/export_py.py (same strings, same order, same formats).
// Usage: outreach-bench OUTPUT.xlsx ROWS
//        outreach-bench read|scan WORKBOOK.xlsx [SHEET]   (the import's read of one sheet, timed; see readBench)
import Foundation
import OutreachImport
import XLSX

let family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
let middle = ["Văn", "Thị", "Hữu", "Minh", "Ngọc", "Đức"]
let given = ["An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Khánh", "Lan", "Minh", "Phúc", "Thảo", "Tuấn"]
let positions = ["Chủ tịch", "Phó Chủ tịch", "Trưởng phòng", "Chuyên viên", "Cán bộ"]
let units = ["UBND xã Tân Phú", "UBND phường Bến Nghé", "Sở Nội vụ", "Sở Tài chính",
             "Hội Phụ nữ huyện Cần Giờ", "Đoàn Thanh niên xã Phước Kiển", "Trường THCS Lê Lợi"]
let notes = ["Đã xác nhận", "Vắng có phép", "Đến muộn", "Thay người"]
let headers = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Điện thoại", "Năm sinh", "Số buổi", "Ghi chú"]

/// "09" and eight digits, zero-padded, as the C and Python writers print it.
func phone(_ i: Int) -> String {
    let digits = String((i * 7919) % 100_000_000)
    return "09" + String(repeating: "0", count: 8 - digits.count) + digits
}

/// Reads one sheet once as `outreach nominee import` does (`ImportFile.workbookRows`: cells to import values,
/// merged ranges filled), or with `scan` only streams its cells (`XLSXReader.scanRows`), and prints the CPU
/// seconds taken. One read per process, as in an import (a second read in the same process meets the heap
/// the first one left); run it several times for a median, under `/usr/bin/time -v` for the peak RSS.
func readBench(path: String, sheet: String?, scanOnly: Bool) -> Never {
    func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }
    do {
        let url = URL(fileURLWithPath: path)
        let sheetName = try sheet ?? XLSXReader.outline(url: url).sheets[0].name
        let start = cpuSeconds(), wall = Date()
        if scanOnly {
            var rows = 0, cells = 0
            try XLSXReader.scanRows(url: url, sheet: sheetName) { row in
                rows += 1
                cells += row.cells.count
            }
            print(String(format: "scan %d rows, %d cells: %.3f s CPU, %.3f s wall", rows, cells, cpuSeconds() - start,
                         Date().timeIntervalSince(wall)))
        } else {
            let rows = try ImportFile.workbookRows(path: path, sheet: sheetName)
            let (cpu, elapsed) = (cpuSeconds() - start, Date().timeIntervalSince(wall))
            // Freeing the rows is not part of the read: they live until the figures are taken.
            withExtendedLifetime(rows) {
                let cells = rows.reduce(0) { $0 + $1.cells.count }
                print(String(format: "read %d rows, %d cells: %.3f s CPU, %.3f s wall", rows.count, cells, cpu, elapsed))
            }
        }
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("outreach-bench: \(error)\n".utf8))
        exit(1)
    }
}

let arguments = CommandLine.arguments
if arguments.count >= 3, arguments[1] == "read" || arguments[1] == "scan" {
    readBench(path: arguments[2], sheet: arguments.count > 3 ? arguments[3] : nil, scanOnly: arguments[1] == "scan")
}
guard arguments.count == 3, let rows = Int(arguments[2]), rows >= 0 else {
    FileHandle.standardError.write(Data("usage: outreach-bench OUTPUT.xlsx ROWS\n".utf8))
    exit(2)
}

do {
    // No explicit constantMemory: the row count alone must make a large export switch by itself.
    let workbook = try Workbook(path: arguments[1], options: .init(expectedRows: rows + 1))
    let sheet = try workbook.addWorksheet(named: "Danh sách")
    try sheet.appendRow(headers.map { Cell(.text($0)) }, style: CellStyle(bold: true, border: .all(.thin)))
    let body = CellStyle(border: .all(.thin))
    for i in 0..<rows {
        try sheet.appendRow([
            Cell(.integer(Int64(i + 1))),
            Cell(.text("\(family[i % 10]) \(middle[(i / 10) % 6]) \(given[(i / 60) % 12])")),
            Cell(.text(positions[i % 5])),
            Cell(.text(units[i % 7])),
            Cell(.text(phone(i))),
            Cell(.integer(Int64(1960 + i % 45))),
            Cell(.integer(Int64(i % 12))),
            Cell(.text(notes[i % 4])),
        ], style: body)
    }
    try workbook.close()
} catch {
    FileHandle.standardError.write(Data("outreach-bench: \(error)\n".utf8))
    exit(1)
}
