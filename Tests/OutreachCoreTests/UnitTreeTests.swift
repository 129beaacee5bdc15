import Testing

@testable import OutreachCore

@Suite struct UnitTreeTests {
    private static func unit(_ code: String, parent: String?) -> OrgUnit {
        OrgUnit(code: UnitCode(rawValue: code)!, name: code, kind: UnitKind(rawValue: "truong")!,
                parent: parent.flatMap(UnitCode.init(rawValue:)))
    }

    /// `isSubordinate` walks the parents without building the chain; it must answer as the chain does, on a
    /// tree, on an unknown parent, and on the cycles broken data can hold (to itself, or above it).
    @Test func isSubordinateAnswersAsTheAncestorChain() {
        let tree = UnitTree([
            Self.unit("SO", parent: nil), Self.unit("PGD", parent: "SO"), Self.unit("TH", parent: "PGD"),
            Self.unit("LE", parent: "MAT"), Self.unit("A", parent: "B"), Self.unit("B", parent: "C"),
            Self.unit("C", parent: "B"), Self.unit("X", parent: "Y"), Self.unit("Y", parent: "X"),
        ])
        let codes = ["SO", "PGD", "TH", "LE", "MAT", "A", "B", "C", "X", "Y", "NOPE"].map { UnitCode(rawValue: $0)! }
        var subordinate = 0
        for code in codes {
            for ancestor in codes {
                let expected = tree.ancestors(of: code).contains(ancestor)
                #expect(tree.isSubordinate(code, of: ancestor) == expected, "\(code) under \(ancestor)")
                if expected { subordinate += 1 }
            }
        }
        #expect(tree.isSubordinate(UnitCode(rawValue: "TH")!, of: UnitCode(rawValue: "SO")!))
        #expect(!tree.isSubordinate(UnitCode(rawValue: "SO")!, of: UnitCode(rawValue: "TH")!))
        #expect(subordinate == 10)
    }
}
