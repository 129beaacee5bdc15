import Testing

@testable import OutreachCore

@Suite struct VietnameseDateTests {
    @Test(arguments: [
        (2022, 5, 10, "ngày 10 tháng 5 năm 2022", "10/05/2022"),
        (2022, 1, 5, "ngày 05 tháng 01 năm 2022", "05/01/2022"),
        (2022, 2, 28, "ngày 28 tháng 02 năm 2022", "28/02/2022"),
        (2022, 3, 9, "ngày 09 tháng 3 năm 2022", "09/03/2022"),
        (2022, 12, 10, "ngày 10 tháng 12 năm 2022", "10/12/2022"),
        (2022, 11, 1, "ngày 01 tháng 11 năm 2022", "01/11/2022"),
    ])
    func writesDates(year: Int, month: Int, day: Int, written: String, numeric: String) throws {
        let date = try CalendarDate(year: year, month: month, day: day)
        #expect(VietnameseDate.written(date) == written)
        #expect(VietnameseDate.numeric(date) == numeric)
    }

    @Test func placeAndDateLine() throws {
        let date = try CalendarDate(vietnamese: "10/5/2022")
        #expect(VietnameseDate.placeAndDate(place: "Lào Cai", date: date) == "Lào Cai, ngày 10 tháng 5 năm 2022")
        #expect(
            VietnameseDate.placeAndDate(place: " La\u{0300}o  Cai ", date: try CalendarDate(iso: "2022-01-05"))
                == "Lào Cai, ngày 05 tháng 01 năm 2022")
    }
}
