import ArgumentParser
import OutreachCore

// The closed choices of the command line. Each is an enum ArgumentParser parses, so `--help` lists its values
// (“(giá trị: …)”) and a value outside them exits 2 naming the valid ones (“Giá trị hợp lệ: …”).

/// `--lang vi|en`, exactly as `OUTREACH_LANG` and the raw-argument reading of help and usage errors take it.
extension Language: ExpressibleByArgument {}

/// An attendance mark: `present`, `late`, `excused` or `absent`, or its Vietnamese label as the sign-in sheet and
/// the attendance import write it (`Có mặt`, `Đến muộn`, `Vắng có phép`, `Vắng`; any case, with or without accents).
extension AttendanceStatus: ExpressibleByArgument {
    public init?(argument: String) {
        let key = VietnameseText.foldedKey(argument)
        guard let status = Self.allCases.first(where: {
            key == $0.rawValue || key == VietnameseText.foldedKey($0.label(.vi))
        }) else { return nil }
        self = status
    }
}

/// `--name-order given-family|given-middle`.
extension NameOrder: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

/// `--audience subordinate-units|people`: whom a child session's follow-up must reach.
extension DutyAudience: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(rawValue: argument.lowercased())
    }
}

/// A walk-in's mark: someone who came is present or late, never absent.
enum WalkInStatus: String, CaseIterable, ExpressibleByArgument {
    case present, late

    init?(argument: String) {
        guard let status = AttendanceStatus(argument: argument),
              let walkIn = Self(rawValue: status.rawValue) else { return nil }
        self = walkIn
    }

    var status: AttendanceStatus {
        switch self {
        case .present: .present
        case .late: .late
        }
    }
}
