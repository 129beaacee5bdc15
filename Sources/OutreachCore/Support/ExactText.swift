import Foundation

/// A text hashed and compared by its UTF-8 bytes, for dictionary keys that are NFC already (match keys,
/// phones): `String` hashes and compares by canonical equivalence, normalising non-ASCII text every time,
/// which an import doing a few lookups per row for hundreds of thousands of rows cannot afford.
public struct ExactText: Hashable, Sendable {
    public var text: String

    public init(_ text: String) {
        self.text = text
    }

    public static func == (lhs: ExactText, rhs: ExactText) -> Bool {
        // Native strings hold their bytes contiguously: compared at once (`elementsEqual` walks the views
        // byte by byte, a sizeable share of an import's lookups); bridged ones are walked.
        let compared = lhs.text.utf8.withContiguousStorageIfAvailable { left in
            rhs.text.utf8.withContiguousStorageIfAvailable { right in
                left.count == right.count
                    && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
        return (compared ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
