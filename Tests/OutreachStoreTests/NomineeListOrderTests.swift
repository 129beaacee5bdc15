import Foundation
import OutreachCore
import OutreachStore
import Testing
import TestSupport

/// The list's order after the read and sort were made faster (issue 19): the store reads a session's nominations
/// by a range of ids, and `NomineeList` sorts keys held in one buffer per office. Both are held here to what they
/// replaced: every nomination of the session and no other, in the order made; people in the order of their
/// `PersonName.sortKey` compared as arrays, then by id; reserves by nomination.
@Suite("The nominee list's read and order")
struct NomineeListOrderTests {
    let database = try! Fixture.miniDatabase()
    let context = Fixture.context()

    /// A second session whose nominations are made between the mini session's, so its ids fall inside the
    /// mini session's range.
    func otherSession() throws -> SessionCode {
        let yaml = try Fixture.text("mini-session.yaml").replacingOccurrences(of: "code: LCI-2022-TDKT", with: "code: LCI-2022-KHAC")
        _ = try database.createSession(yaml: yaml, file: "other.yaml", context: context)
        return SessionCode(rawValue: "LCI-2022-KHAC")!
    }

    @Test func theReadTakesTheSessionsNominationsAloneInTheOrderMade() throws {
        let other = try otherSession()
        var mine: [Int64] = []
        var theirs: [Int64] = []
        let places = [
            ("Vàng Thị Dung", "cbql", "TH-BATXAT-KIMDONG"), ("Lý Seo Chảo", "giao-vien", "THCS-BATXAT-YTY"),
            ("Tẩn Láo Lở", "cbql", "THPT-CHUYEN"), ("Hầu Thị Chi", "giao-vien", "THPT-CHUYEN"),
        ]
        for (name, role, worksAt) in places {
            mine.append(try database.addNominee(Fixture.request(name, role: role, worksAt: worksAt), context: context).nomination.id)
            var request = Fixture.request("\(name) Khác", role: role, worksAt: worksAt)
            request.session = other
            theirs.append(try database.addNominee(request, context: context).nomination.id)
        }
        // Interleaved: the other session's ids lie between the first and the last of this one.
        #expect(theirs.contains { $0 > mine[0] && $0 < mine[3] })
        #expect(try database.nominees(session: Fixture.session).map(\.nomination.id) == mine)
        #expect(try database.nominees(session: other).map(\.nomination.id) == theirs)
        _ = try database.withdraw(session: Fixture.session, nominee: "#\(mine[1])", reason: "ốm", context: context)
        #expect(try database.nominees(session: Fixture.session).map(\.nomination.id) == [mine[0], mine[2], mine[3]])
        #expect(try database.nominees(session: Fixture.session, includeInactive: true).map(\.nomination.id) == mine)
        let list = try database.nomineeList(session: Fixture.session)
        #expect(Set(list.allRows.map(\.nomination.id)) == [mine[0], mine[2], mine[3]])
        #expect(list.allRows.allSatisfy { $0.nomination.session == Fixture.session })
    }

    @Test func aSessionWithoutNominationsReadsEmpty() throws {
        _ = try otherSession()
        _ = try database.addNominee(Fixture.request("Vàng Thị Dung", role: "cbql", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        let other = SessionCode(rawValue: "LCI-2022-KHAC")!
        #expect(try database.nominees(session: other).isEmpty)
        #expect(try database.nomineeList(session: other, includeEmptyGroups: true).allRows.isEmpty)
    }

    /// Names whose order turns on tones, đ, letters after the given name, case, decomposed marks, repeated and
    /// empty names; ids not in name order; some reserves and a withdrawal among them.
    static let names = [
        "Nguyễn Văn An", "Trần Thị Ánh", "Lê Anh", "Ông Ánh Ảnh", "Huỳnh Thu Ánh", "Đỗ Đức Đạt", "Dương Văn Đạt",
        "Nguyễn Thị Mai", "Nguyễn Thị Mai", "", "Phạm Thị Ngọc Ánh", "Vũ Ạnh", "an", "Nguye\u{0302}\u{0303}n Văn Ân",
        "Bùi Thị Hoa", "Ma Seo Chứ", "Giàng A Páo", "Lý Thị Ý", "Đinh Thị Ỷ", "Lò Văn Y", "Hoàng Anh", "Hoàng anh",
        "Sùng A Đa", "Sùng A Da", "Vàng Thị Ðào", "Ngô Ư", "Ngô U", "Tạ Ơn", "Tạ On", "",
    ]

    @Test(arguments: [NameOrder.givenThenFamily, .givenThenMiddle])
    func peopleAreOrderedAsTheirKeysCompareAsArrays(_ nameOrder: NameOrder) throws {
        let model = try database.addNominee(
            Fixture.request("Vàng Thị Dung", role: "cbql", worksAt: "TH-BATXAT-KIMDONG"), context: context)
        var nominees: [Nominee] = []
        for (index, name) in Self.names.enumerated() {
            var nominee = model
            nominee.person.fullName = name
            // Ids in an order unrelated to the names'.
            nominee.person.id = Int64((index * 7) % Self.names.count + 1)
            nominee.nomination.id = Int64((index * 11) % Self.names.count + 100)
            nominee.nomination.status = index % 9 == 4 ? .reserve : index % 13 == 6 ? .withdrawn : index % 2 == 0 ? .confirmed : .proposed
            nominees.append(nominee)
        }
        let list = NomineeList(
            session: try database.session(Fixture.session), organiser: try #require(try database.units().first { $0.code.rawValue == "SGDDT-LCI" }),
            parentBody: nil, quotas: try database.quotas(session: Fixture.session), units: UnitTree(try database.units()),
            nominees: nominees, nameOrder: nameOrder)
        let keyed = nominees.filter(\.nomination.status.isActive).map { nominee in
            (key: nominee.person.fullName.isEmpty ? nil : PersonName(nominee.person.fullName).sortKey(tieBreak: nameOrder).weights,
             nominee: nominee)
        }
        let expected = keyed.sorted { lhs, rhs in
            if lhs.key != rhs.key, let l = lhs.key, let r = rhs.key { return l.lexicographicallyPrecedes(r) }
            return lhs.nominee.person.id < rhs.nominee.person.id
        }.map(\.nominee.person.id)
        #expect(list.groups.count == 1)
        #expect(list.allRows.map(\.person.id) == expected)
        #expect(list.reserves.map(\.nomination.id) == nominees.filter { $0.nomination.status == .reserve }.map(\.nomination.id).sorted())
        #expect(!list.reserves.isEmpty && list.allRows.count + list.reserves.count < nominees.count)
    }

    @Test func keysCompareInOnePassAsArraysDo() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let left = (0..<Int.random(in: 0...6, using: &generator)).map { _ in UInt32.random(in: 0...3, using: &generator) }
            let right = (0..<Int.random(in: 0...6, using: &generator)).map { _ in UInt32.random(in: 0...3, using: &generator) }
            let expected = left == right ? 0 : left.lexicographicallyPrecedes(right) ? -1 : 1
            let found = left.withUnsafeBufferPointer { l in right.withUnsafeBufferPointer { r in CollationKey.compare(l, r) } }
            #expect(found == expected, "\(left) \(right)")
        }
    }
}
