import Foundation
import Testing
import TestSupport

/// What a new user found at the command line in session 4: one phone for two people, replacing someone with
/// themselves.
@Suite("outreach nominee: a phone given twice is pointed out, naming the same person again changes nothing")
struct NomineeCLIReviewTests {
    @Test func aPhoneAlreadyGivenForSomeoneElseIsPointedOut() throws {
        let setup = try ReserveTests.Setup()
        defer { setup.remove() }
        let first = try setup.run(["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Hoàng Thị Mới",
                                   "--role", "lanh-dao", "--phone", "0912 000 111"])
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        let second = try setup.run(["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Hoàng Thị Khác",
                                    "--role", "can-bo-tdkt", "--phone", "0912000111"])
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr == "cảnh báo: số điện thoại 0912000111 cũng là của #1 Hoàng Thị Mới trong đợt này: kiểm tra lại nếu không phải cùng một máy\n")
        #expect(second.stdout.hasPrefix("Đã đăng ký #2 Hoàng Thị Khác"))
    }

    /// Another office's nominee with the same phone is pointed out by number only: Bát Xát may not see whom
    /// Sa Pa nominated (`nominee show` refuses it), so a warning must not tell it either (review of issue 16).
    @Test func anotherOfficesNomineeWithTheSamePhoneIsNotNamed() throws {
        let setup = try ReserveTests.Setup()
        defer { setup.remove() }
        #expect(try setup.run(["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-SAPA", "--name", "Giàng Thị Dung",
                               "--role", "lanh-dao", "--phone", "0912000111"]).status == 0)
        for lang in ["vi", "en"] {
            let added = try setup.run(["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Hoàng Thị Khác \(lang)",
                                       "--role", lang == "vi" ? "lanh-dao" : "can-bo-tdkt", "--phone", "0912000111",
                                       "--as", "PGD-BATXAT", "--lang", lang])
            #expect(added.status == 0, "\(added.stderr)")
            #expect(added.stderr.contains("0912000111") && added.stderr.contains("#1"), "\(added.stderr)")
            #expect(!added.stderr.contains("Giàng"), "\(added.stderr)")
        }
        // The organiser sees every office: the name is given.
        let organiser = try setup.run(["nominee", "add", "LCI-2022-TDKT", "--unit", "THPT-CHUYEN", "--name", "Lò Văn Sở",
                                       "--role", "cbql", "--phone", "0912000111", "--as", "SGDDT-LCI"])
        #expect(organiser.stderr.contains("#1 Giàng Thị Dung"), "\(organiser.status) \(organiser.stderr)")
    }

    @Test func replacingSomeoneWithThemselvesSaysUnchanged() throws {
        let setup = try ReserveTests.Setup()
        defer { setup.remove() }
        #expect(try setup.run(["nominee", "add", "LCI-2022-TDKT", "--unit", "PGD-BATXAT", "--name", "Lò Văn Bình",
                               "--role", "lanh-dao", "--phone", "0912345111"]).status == 0)
        let before = try setup.bytes()
        let again = try setup.run(["nominee", "replace", "LCI-2022-TDKT", "Lò Văn Bình", "--name", "Lò Văn Bình",
                                   "--role", "lanh-dao", "--phone", "0912345111"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout == "Không đổi: #1 đã là Lò Văn Bình\n")
        #expect(try setup.bytes() == before)
    }
}
