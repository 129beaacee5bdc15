import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import OutreachCore
import OutreachServer
import OutreachStore
import Testing
import TestSupport

@Suite("Many clients at once over loopback")
struct ConcurrentConfirmTests {
    @Test("60 clients confirm at once with one place left: exactly one gets it, the rest 409, no 5xx, never over-filled")
    func lastPlaceContested() async throws {
        let path = try Fixture.temporaryDirectory().appendingPathComponent("server.sqlite").path
        var harness = try ServerHarness(database: Fixture.miniDatabase(path: path))
        harness.settings.maxBody = 64 * 1024
        let unit = UnitCode(rawValue: "PGD-BATXAT")!
        let role = RoleCode(rawValue: "giao-vien")!
        // 62 people in Bát Xát's school slot, 2 of them confirmed, then the slot lowered to 3: one place is left
        // and 60 proposed nominees want it.
        _ = try harness.database.setQuota(session: Fixture.session, unit: unit, role: role, count: 62, force: false, context: Fixture.context())
        var numbers: [Int64] = []
        for index in 0..<62 {
            let nominee = try harness.nominate(
                "Giáo Viên " + Self.letters(index), role: "giao-vien", unit: "PGD-BATXAT", worksAt: "TH-BATXAT-KIMDONG",
                phone: String(format: "0912%06d", index))
            numbers.append(nominee.nomination.id)
        }
        _ = try harness.database.confirm(session: Fixture.session, nominees: numbers.prefix(2).map { "#\($0)" }, context: Fixture.context())
        _ = try harness.database.setQuota(session: Fixture.session, unit: unit, role: role, count: 3, force: true, context: Fixture.context())
        let contenders = Array(numbers.dropFirst(2))
        let tokens = try contenders.map { _ in try harness.token("PGD-BATXAT") }

        let statuses = try await harness.app().test(.live) { client in
            let port = try #require(client.port)
            return try await withThrowingTaskGroup(of: UInt.self) { group in
                for (number, token) in zip(contenders, tokens) {
                    group.addTask {
                        // One connection per client: the requests really arrive together.
                        try await TestClient.withClient(
                            host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(300))
                        ) { connection in
                            let response = try await connection.post(
                                "/api/v1/sessions/LCI-2022-TDKT/nominees/\(number)/confirm",
                                headers: [.authorization: "Bearer \(token)"], body: ByteBuffer())
                            return UInt(response.status.code)
                        }
                    }
                }
                var statuses: [UInt] = []
                for try await status in group { statuses.append(status) }
                return statuses
            }
        }
        #expect(statuses.count == 60)
        #expect(statuses.filter { $0 == 200 }.count == 1)
        #expect(statuses.filter { $0 == 409 }.count == 59)
        #expect(statuses.allSatisfy { $0 < 500 })
        let school = try #require(try harness.database.quotaStatus(session: Fixture.session).first { $0.unit == "PGD-BATXAT" })
        let slot = try #require(school.slots.first { $0.roles.contains("giao-vien") })
        #expect(slot.confirmed == 3)
        #expect(slot.required == 3)
    }

    /// A name part for a number (names take no digits): 0 → "Aa", 1 → "Ab", …
    static func letters(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(65 + index / 26))) + String(UnicodeScalar(UInt8(97 + index % 26)))
    }
}
