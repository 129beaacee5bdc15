import OutreachCore
import Testing

@Suite("Phone numbers as offices type them")
struct PhoneNumberTests {
    @Test(arguments: [
        ("0912345678", "0912345678"), ("0912 345 678", "0912345678"), ("0912.345.678", "0912345678"),
        ("+84 912 345 678", "0912345678"), ("84912345678", "0912345678"), ("02143 840 123", "02143840123"),
    ])
    func accepted(raw: String, digits: String) throws {
        #expect(try PhoneNumber.normalized(raw) == digits)
    }

    @Test(arguments: ["912345678", "091234567", "09123456789", "0912-abc-678", "", "0912345678\u{0}"])
    func refused(raw: String) {
        let error = #expect(throws: OutreachError.self) { try PhoneNumber.normalized(raw) }
        #expect(error?.exitStatus == .invalid)
    }

    @Test func aMissingLeadingZeroIsExplained() {
        let error = #expect(throws: OutreachError.self) { try PhoneNumber.normalized("912345678") }
        #expect(error?.message(.vi).contains("thiếu số 0 đầu") == true)
    }

    /// Adding a 0 to these would not make a number: they hear how many digits are needed.
    @Test(arguments: [("12345", 5), ("91234567", 8), ("912345678901", 12)])
    func aShortOrLongNumberIsNotToldToAddAZero(raw: String, count: Int) {
        let error = #expect(throws: OutreachError.self) { try PhoneNumber.normalized(raw) }
        #expect(error?.message(.vi).contains("thiếu số 0 đầu") == false)
        #expect(error?.message(.vi).contains("cần 10 chữ số (di động) hoặc 11 chữ số (cố định 02…), có \(count)") == true)
    }

    @Test func displayGroupsDigits() {
        #expect(PhoneNumber.display("0912345678") == "0912 345 678")
        #expect(PhoneNumber.display("02143840123") == "0214 3840 123")
    }
}
