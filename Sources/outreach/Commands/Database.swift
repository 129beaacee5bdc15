import ArgumentParser
import Foundation
import OutreachCore
import OutreachStore

/// `outreach db …`: look after the database file itself.
struct DatabaseGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: Help.text(vi: "Sao lưu và kiểm tra tệp cơ sở dữ liệu.", en: "Back up and check the database file."),
        discussion: Help.text(
            vi: """
                Cả hai lệnh chỉ mở cơ sở dữ liệu để đọc: không bao giờ sửa hay nâng cấp nó,
                nên dùng được khi các đơn vị đang làm việc, với tệp bị hỏng, và trước khi cài
                phiên bản mới.
                """,
            en: """
                Both commands open the database read-only: they never change or upgrade it, so
                they are safe while offices keep working, on a damaged file, and before
                installing a new version.
                """),
        subcommands: [Backup.self, Check.self])
}

extension DatabaseGroup {
    struct Backup: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Sao chép cơ sở dữ liệu ra một tệp mới trong khi mọi người vẫn làm việc (sao lưu trực tuyến của SQLite).",
                en: "Copy the database into a new file while others keep working (SQLite online backup)."),
            discussion: Help.text(
                vi: """
                    Bản sao có mọi thay đổi đã ghi xong trước khi sao, kể cả khi có lệnh khác đang
                    chạy. Bản sao được ghi dưới một tên tạm ẩn bên cạnh FILE và đổi tên khi xong,
                    nên sao lưu bị lỗi hoặc bị ngắt thì không để lại FILE. FILE đã có thì được giữ
                    nguyên (mã thoát 4), trừ khi có --force. Để khôi phục, dùng bản sao làm --db,
                    hoặc chép đè lên cơ sở dữ liệu khi không ai đang làm việc.
                    Ví dụ (một bản sao ghi ngày, trước hạn đăng ký):
                      outreach db backup sao-luu/outreach-2022-05-05.sqlite
                    """,
                en: """
                    The copy holds every change committed before it was taken, even with other
                    commands running. It is written under a hidden temporary name beside FILE and
                    renamed when complete, so a failed or interrupted backup leaves no FILE. An
                    existing FILE is kept (exit 4) unless --force. To restore, use the copy as --db,
                    or copy it over the database when no one is working.
                    Example (a dated copy before the deadline):
                      outreach db backup sao-luu/outreach-2022-05-05.sqlite
                    """))

        @OptionGroup var global: GlobalOptions
        @Argument(help: .text(
            vi: "Tệp cần tạo, ví dụ sao-luu/outreach-2022-05-05.sqlite.",
            en: "The file to create, e.g. sao-luu/outreach-2022-05-05.sqlite."))
        var file: String
        @Flag(help: .text(vi: "Ghi đè FILE nếu tệp đã có.", en: "Replace FILE if it already exists."))
        var force = false

        func execute(_ cli: CLI) throws(OutreachError) {
            let source = cli.global.databasePath
            let bytes = try AppDatabase.backup(path: source, to: file, replacing: force)
            if cli.json { return cli.printJSON(BackupJSON(database: source, backup: file, bytes: bytes)) }
            let size = ByteCountFormatter.string(fromByteCount: Int64(bytes), countStyle: .file)
            cli.say(cli.lang.pick("Đã sao lưu \(source) vào \(file) (\(size))", "Backed up \(source) to \(file) (\(size))"))
        }
    }

    struct Check: OutreachCommand {
        static let configuration = CommandConfiguration(
            abstract: Help.text(
                vi: "Kiểm tra tệp cơ sở dữ liệu còn nguyên vẹn: kiểm tra toàn vẹn của SQLite và mọi liên kết giữa các bảng.",
                en: "Check the database file is whole: SQLite's integrity check and every link between tables."),
            discussion: Help.text(
                vi: """
                    Chạy PRAGMA integrity_check và PRAGMA foreign_key_check. In "ok" và thoát với
                    mã 0 khi tệp nguyên vẹn; nếu không, in từng lỗi và thoát với mã 5. Khi phát
                    hiện lỗi, ngừng làm việc trên tệp này và khôi phục bản sao lưu mới nhất
                    (outreach db backup).
                    Ví dụ:
                      outreach db check --db outreach.sqlite
                    """,
                en: """
                    Runs PRAGMA integrity_check and PRAGMA foreign_key_check. Prints "ok" and exits
                    0 when the file is healthy; otherwise prints each problem and exits 5. If
                    problems are found, stop working on the file and restore the latest backup
                    (outreach db backup).
                    Example:
                      outreach db check --db outreach.sqlite
                    """))

        @OptionGroup var global: GlobalOptions

        func execute(_ cli: CLI) throws(OutreachError) {
            let path = cli.global.databasePath
            let problems = try AppDatabase.check(path: path)
            if cli.json {
                cli.printJSON(CheckJSON(database: path, ok: problems.isEmpty, problems: problems.map { $0.text(cli.lang) }))
            } else {
                cli.say(problems.isEmpty ? "ok" : problems.map { $0.text(cli.lang) }.joined(separator: "\n"))
            }
            guard problems.isEmpty else {
                throw .database(path: path, reason: LocalizedText(
                    vi: "có \(problems.count) lỗi (liệt kê ở trên); hãy khôi phục từ bản sao lưu gần nhất",
                    en: "problems found: \(problems.count) (listed above); restore the latest backup"))
            }
        }
    }
}

private struct BackupJSON: Encodable {
    let database: String
    let backup: String
    let bytes: Int
}

private struct CheckJSON: Encodable {
    let database: String
    let ok: Bool
    let problems: [String]
}
