import Foundation
import Testing

@testable import OutreachCore

@Suite struct ClockTimeTests {
    @Test(arguments: [
        ("08:00", 8, 0, "08h00"), ("8:00", 8, 0, "08h00"), ("14:30", 14, 30, "14h30"), ("8h00", 8, 0, "08h00"),
        ("08h30", 8, 30, "08h30"), ("14H", 14, 0, "14h00"), ("0:05", 0, 5, "00h05"), ("23:59", 23, 59, "23h59"),
    ])
    func parses(text: String, hour: Int, minute: Int, vietnamese: String) throws {
        let time = try ClockTime(text)
        #expect(time.hour == hour && time.minute == minute)
        #expect(time.vietnamese == vietnamese)
    }

    @Test(arguments: ["24:00", "8:60", "8:5", "800", "8.00", "", "h30", "8:00:00", "-1:00"])
    func rejects(text: String) {
        #expect(throws: DateError.self) { try ClockTime(text) }
    }

    @Test func errorSaysWhichPartIsWrong() {
        #expect {
            try ClockTime("25:00")
        } throws: { error in
            (error as? DateError)?.description == "25:00 is not a time of day: hour 25 is outside 0–23"
        }
    }

    @Test func ordersAndCodesAsTwentyFourHourText() throws {
        let start = try ClockTime(hour: 8, minute: 0)
        let afternoon = try ClockTime(hour: 14, minute: 30)
        #expect(start < afternoon)
        #expect(afternoon.minutesSinceMidnight - start.minutesSinceMidnight == 390)
        let json = try JSONEncoder().encode([start, afternoon])
        #expect(String(decoding: json, as: UTF8.self) == #"["08:00","14:30"]"#)
        #expect(try JSONDecoder().decode([ClockTime].self, from: json) == [start, afternoon])
    }
}
