import Testing
@testable import XLSX

@Suite("Cell addressing")
struct CellReferenceTests {
    @Test("column letters", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnLetters(column: Int, letters: String) {
        #expect(CellReference.columnLetters(column) == letters)
        #expect(CellReference(a1: letters + "1")?.column == column)
    }

    @Test func parsesRelativeAndAbsolute() {
        #expect(CellReference(a1: "B3") == CellReference(row: 2, column: 1))
        #expect(CellReference(a1: "$B$3") == CellReference(row: 2, column: 1))
        #expect(CellReference(a1: "b3") == CellReference(row: 2, column: 1))
        #expect(CellReference(row: 2, column: 1).a1 == "B3")
        #expect(CellReference(row: 2, column: 1).absolute == "$B$3")
        #expect(CellReference(a1: "XFD1048576") == CellReference(row: 1_048_575, column: 16_383))
    }

    @Test("rejects what is not a cell", arguments: ["", "A", "3", "A0", "XFE1", "A1048577", "AAAA1", "B3x", "B-3", "$$B3"])
    func rejects(text: String) {
        #expect(CellReference(a1: text) == nil)
    }

    @Test func orderIsRowMajor() {
        #expect(CellReference(row: 0, column: 5) < CellReference(row: 1, column: 0))
        #expect(CellReference(row: 1, column: 0) < CellReference(row: 1, column: 1))
    }

    @Test func ranges() throws {
        let range = try #require(CellRange(a1: "A1:G1"))
        #expect(range.a1 == "A1:G1")
        #expect(range.absolute == "$A$1:$G$1")
        #expect(CellRange(CellReference(row: 4, column: 3), CellReference(row: 1, column: 1)).a1 == "B2:D5")
        #expect(range.contains(CellReference(row: 0, column: 6)))
        #expect(!range.contains(CellReference(row: 1, column: 0)))
        #expect(range.intersects(try #require(CellRange(a1: "G1:H4"))))
        #expect(!range.intersects(try #require(CellRange(a1: "A2:H4"))))
        #expect(CellRange(a1: "A1:") == nil)
    }
}
