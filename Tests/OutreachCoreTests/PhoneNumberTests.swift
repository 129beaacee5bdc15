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

    @Test func displayGroupsDigits() {
        #expect(PhoneNumber.display("0912345678") == "0912 345 678")
        #expect(PhoneNumber.display("02143840123") == "0214 3840 123")
    }
}
