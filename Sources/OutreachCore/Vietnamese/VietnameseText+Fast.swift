/// Scalar-by-scalar versions of `VietnameseText`'s cleaning and keys for text made only of ASCII and
/// precomposed Vietnamese letters (`VietnameseLetters`): what names, codes, phones and headers almost
/// always are. Each returns nil for any other text, which then takes the general path; on the texts they
/// accept they return exactly what the general path returns (tests compare the two on every letter,
/// syllable and fixture name).
enum FastVietnameseText {
    @inline(__always)
    private static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || (0x09...0x0D).contains(value)
    }

    /// `VietnameseText.normalized`: the text itself when it is already tidy, so most cells cost one pass.
    static func normalized(_ text: String) -> String? {
        var tidy = true
        var afterSpace = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                if isSpace(value) {
                    if afterSpace || value != 0x20 { tidy = false }
                    afterSpace = true
                    continue
                }
            } else if VietnameseLetters.letter(scalar) == nil {
                return nil
            }
            afterSpace = false
        }
        if tidy && !(afterSpace && !text.isEmpty) { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if byte < 0x80 && isSpace(UInt32(byte)) {
                pendingSpace = !bytes.isEmpty
            } else {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One letter of a syllable being keyed: its lower-case base, modifier and tone.
    private struct Slot {
        var base: Unicode.Scalar
        var modifier: UInt8
        var tone: UInt8
        var isVowel: Bool { VietnameseLetters.isVowelBase(base) }
    }

    /// `VietnameseText.matchKey`: lower case with each syllable's tone on its classic vowel
    /// (`TonePlacement`'s rules, applied to letters taken from the table instead of NFD graphemes).
    static func matchKey(_ text: String) -> String? {
        guard let text = normalized(text) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var run: [Slot] = []
        run.reserveCapacity(8)
        func flush() -> Bool {
            defer { run.removeAll(keepingCapacity: true) }
            place(&run)
            for slot in run {
                guard let scalar = VietnameseLetters.compose(
                    base: slot.base, modifier: slot.modifier, tone: slot.tone, uppercase: false)
                else { return false }
                append(scalar, to: &output)
            }
            return true
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let lower = (0x41...0x5A).contains(value) ? value + 0x20 : value
                if (0x61...0x7A).contains(lower) {
                    run.append(Slot(base: Unicode.Scalar(UInt8(lower)), modifier: 0, tone: 0))
                } else {
                    guard flush() else { return nil }
                    output.append(UInt8(lower))
                }
            } else if let letter = VietnameseLetters.letter(scalar) {
                run.append(Slot(base: letter.base, modifier: letter.modifier, tone: letter.tone))
            } else {
                return nil
            }
        }
        guard flush() else { return nil }
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends a scalar's UTF-8 bytes (building a string byte by byte is cheaper than scalar by scalar).
    @inline(__always)
    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(UInt8(scalar.value))
        } else {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    /// Moves the single tone of a syllable to its classic vowel; anything else is left as it came.
    private static func place(_ syllable: inout [Slot]) {
        var toned = -1
        for index in syllable.indices where syllable[index].tone != 0 {
            guard toned < 0 else { return }
            toned = index
        }
        guard toned >= 0, var start = syllable.firstIndex(where: \.isVowel) else { return }
        let count = syllable.count
        if start + 1 < count, syllable[start + 1].isVowel, syllable[start].modifier == 0, start == 1,
           (syllable[0].base == "q" && syllable[start].base == "u") || (syllable[0].base == "g" && syllable[start].base == "i") {
            start += 1
        }
        var end = start
        while end < count, syllable[end].isVowel { end += 1 }
        guard !syllable[end...].contains(where: \.isVowel) else { return }
        let target: Int
        if let marked = (start..<end).last(where: { syllable[$0].modifier != 0 }) {
            target = marked
        } else if end < count {
            target = end - 1
        } else {
            switch end - start {
            case 1, 2: target = start
            case 3: target = start + 1
            default: return
            }
        }
        let tone = syllable[toned].tone
        syllable[toned].tone = 0
        syllable[target].tone = tone
    }

    /// `VietnameseText.foldedKey`: lower-case ASCII letters without any mark (đ → d).
    static func foldedKey(_ text: String) -> String? {
        guard let bytes = foldedBytes(text) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func foldedBytes(_ text: String) -> [UInt8]? {
        guard let text = normalized(text) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8((0x41...0x5A).contains(value) ? value + 0x20 : value))
            } else if let letter = VietnameseLetters.letter(scalar) {
                bytes.append(letter.folded)
            } else {
                return nil
            }
        }
        return bytes
    }

    /// `ImportField.headerKey`: the folded key with everything but letters and digits as single spaces.
    static func headerKey(_ text: String) -> String? {
        guard let folded = foldedBytes(text) else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(folded.count)
        var pendingSpace = false
        for byte in folded {
            if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(byte)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What `NameInput.tidied` needs to know of a normalised name, or nil outside the fast domain.
    struct NameFacts {
        var startsWithLetter: Bool
        var hasControl: Bool
        var characters: Int
        var hasDigit: Bool
        var hasSpace: Bool
    }

    static func nameFacts(_ name: String) -> NameFacts? {
        var facts = NameFacts(startsWithLetter: false, hasControl: false, characters: 0, hasDigit: false, hasSpace: false)
        for scalar in name.unicodeScalars {
            let value = scalar.value
            var isLetter = true
            if value < 0x80 {
                isLetter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
                if value < 0x20 || value == 0x7F { facts.hasControl = true }
                if (0x30...0x39).contains(value) { facts.hasDigit = true }
                if value == 0x20 { facts.hasSpace = true }
            } else if VietnameseLetters.letter(scalar) == nil {
                return nil
            }
            if facts.characters == 0 { facts.startsWithLetter = isLetter }
            facts.characters += 1
        }
        return facts
    }

    /// Each space-separated word with its first letter in upper case and the rest in lower case.
    static func capitalizedWords(_ name: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(name.utf8.count)
        var wordStart = true
        for scalar in name.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let isUpper = (0x41...0x5A).contains(value), isLower = (0x61...0x7A).contains(value)
                let mapped = wordStart && isLower ? value - 0x20 : !wordStart && isUpper ? value + 0x20 : value
                output.append(UInt8(mapped))
                wordStart = value == 0x20
            } else if let letter = VietnameseLetters.letter(scalar) {
                append(wordStart ? letter.upper : letter.lower, to: &output)
                wordStart = false
            } else {
                return nil
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
