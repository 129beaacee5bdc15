/// One attendance mark read from a file: who (name, phone or number), which part, which status.
public struct AttendanceImportRow: Sendable, Equatable {
    public var file: String
    public var sheet: String?
    public var row: Int
    /// How the person is found among the session's nominees: `#12`, a phone, or the name.
    public var key: String
    public var status: AttendanceStatus
    /// The part marked; nil for every part the person was expected at.
    public var part: SessionPart?
    public var note: String?
    /// The status comes from a sign-in sheet's Ký tên column, not a Trạng thái column.
    public var fromSignature = false
    /// A sign-in row left unsigned: absent only for someone without a mark yet; it never replaces a mark.
    public var blankSignature = false
    /// A sign-in row signed without a status word (a name, an x): it says the person came, so a mark of
    /// late already recorded stays.
    public var plainSignature = false

    /// A problem with this row.
    public func problem(_ reason: LocalizedText, severity: ImportProblem.Severity = .error) -> ImportProblem {
        ImportProblem(severity, file: file, sheet: sheet, row: row, value: key, reason: reason)
    }

    /// A rule's error on this row.
    public func problem(_ error: OutreachError) -> ImportProblem {
        ImportProblem(.error, file: file, sheet: sheet, row: row, value: key, reason: LocalizedText(
            vi: error.message(.vi), en: error.message(.en)), cause: error)
    }
}

/// Checks the rows of an attendance list or a typed-back sign-in sheet (`export signin`) before anything is
/// written: a person (name or phone), a status (Có mặt, Đến muộn, Vắng có phép, Vắng; or a filled "Ký tên"
/// cell for present and an empty one for absent), and a part (a "Buổi" column, or the sheet's name as the
/// sign-in export writes it, "Sáng 10-05"; else every part).
public struct AttendanceRowChecker {
    public var file: String
    public var session: Session
    /// The half-day of a sign-in sheet that does not name one (`--part`); a Buổi column or a sheet named
    /// after a half-day wins over it.
    public var part: SessionPart?

    public init(file: String, session: Session, part: SessionPart? = nil) {
        self.file = file
        self.session = session
        self.part = part
    }

    /// How many sign-in rows say nothing of their half-day in a session of several: one Ký tên column cannot
    /// be every half-day, so the import must be told which (`--part`) instead of marking them all.
    public func signaturesWithoutPart(_ rows: [AttendanceImportRow]) -> Int {
        session.parts.count > 1 ? rows.filter { $0.fromSignature && $0.part == nil }.count : 0
    }

    public func check(_ tables: [ImportTable]) -> (rows: [AttendanceImportRow], problems: [ImportProblem]) {
        var rows: [AttendanceImportRow] = []
        var problems: [ImportProblem] = []
        for var table in tables {
            problems += SignatureBlock.cut(&table, file: file)
            let columns = table.columns
            let signIn = columns.columns[.signature] != nil && columns.columns[.status] == nil
            let sheetPart = table.sheet.flatMap { sheet -> SessionPart? in
                guard case .found(let part) = self.part(sheet) else { return nil }
                return part
            }
            if columns.columns[.status] == nil && !signIn {
                problems.append(ImportProblem(.error, file: file, sheet: table.sheet, row: columns.headerRow,
                    reason: LocalizedText { $0.noStatusOrSignatureColumn }))
                continue
            }
            var tableRows: [AttendanceImportRow] = []
            defer {
                // A sheet of one half-day that nobody signed has not been typed in yet (the afternoon's sheet of
                // a workbook whose morning is done): skipped, so it marks no one absent.
                if signIn, sheetPart != nil, !tableRows.isEmpty, tableRows.allSatisfy(\.blankSignature) {
                    problems.append(ImportProblem(.warning, file: file, sheet: table.sheet, row: columns.headerRow,
                        reason: LocalizedText { $0.nobodySignedForThisPart }))
                } else {
                    rows += tableRows
                }
            }
            for source in table.rows {
                func text(_ field: ImportField) -> String {
                    VietnameseText.normalized(columns.columns[field].map { source[$0].text } ?? "")
                }
                if source.isBlank || source.isMergedHeading || ImportColumns.match(source) != nil { continue }
                // A sign-in sheet's people are numbered; its headings, signatures and date line are not.
                if signIn, columns.columns[.number] != nil, Int(text(.number)) == nil { continue }
                let name = text(.name), phone = text(.phone)
                let folded = ImportField.headerKey(name)
                if NomineeRowChecker.decorations.contains(where: { folded.hasPrefix($0) }) { continue }
                func fail(_ field: ImportField, _ value: String, _ reason: LocalizedText) {
                    problems.append(ImportProblem(.error, file: file, sheet: source.sheet, row: source.number,
                                                  column: columns.title(field), value: value, reason: reason))
                }
                let key = (try? PhoneNumber.normalized(phone)) ?? name
                if key.isEmpty {
                    if signIn { continue }  // an empty extra row of the sign-in sheet
                    fail(.name, "", LocalizedText { $0.theNameOrThePhone })
                    continue
                }
                var status: AttendanceStatus?
                if signIn {
                    let signature = text(.signature)
                    status = signature.isEmpty ? .absent : (Self.status(signature) ?? .present)
                } else if let found = Self.status(text(.status)) {
                    status = found
                } else {
                    fail(.status, text(.status), LocalizedText { $0.writePresentLateExcusedOr })
                }
                var part = sheetPart ?? (signIn ? self.part : nil)
                let partText = text(.part)
                if !partText.isEmpty {
                    guard case .found(let found) = self.part(partText) else {
                        fail(.part, partText, partReason)
                        continue
                    }
                    part = found
                }
                guard let status else { continue }
                var row = AttendanceImportRow(
                    file: file, sheet: source.sheet, row: source.number, key: key, status: status, part: part,
                    note: text(.note).isEmpty ? nil : text(.note))
                row.fromSignature = signIn
                row.blankSignature = signIn && text(.signature).isEmpty
                row.plainSignature = signIn && !row.blankSignature && Self.status(text(.signature)) ?? .present == .present
                tableRows.append(row)
            }
        }
        return (rows, problems)
    }

    /// A status written in Vietnamese or English, with or without accents, or an x.
    static func status(_ text: String) -> AttendanceStatus? {
        switch ImportField.headerKey(text) {
        case "co mat", "present", "x", "co", "da ky", "v": .present
        case "den muon", "muon", "di muon", "late": .late
        case "vang co phep", "co phep", "excused", "p", "vcp": .excused
        case "vang", "vang khong phep", "absent", "k", "vkp": .absent
        default: nil
        }
    }

    private var partReason: LocalizedText {
        let parts = LocalizedText(each: { lang in session.parts.map { $0.label(lang) }.joined(separator: ", ") })
        return LocalizedText { $0.isNotAPartOf(parts) }
    }

    enum PartReading {
        case found(SessionPart)
        /// The text names a day or half-day the session does not have.
        case notAPart
        /// The text names no part at all (a sheet named "DS").
        case none
    }

    /// "2022-05-10:am", "Sáng 10/05/2022", "Chiều 10-05", "10/05/2022", or "Sáng" in a one-day session.
    func part(_ text: String) -> PartReading {
        if let code = SessionPart(code: text) {
            return session.parts.contains(code) ? .found(code) : .notAPart
        }
        let folded = ImportField.headerKey(text)
        let half: SessionPart.Half?
        if folded.hasPrefix("sang") || folded.hasPrefix("morning") { half = .morning }
        else if folded.hasPrefix("chieu") || folded.hasPrefix("afternoon") { half = .afternoon }
        else if folded.hasPrefix("ngay") || folded.hasPrefix("day") { half = .day }
        else { half = nil }
        let numbers = folded.split(separator: " ").compactMap { Int($0) }
        var date: CalendarDate?
        if numbers.count >= 2 {
            date = try? CalendarDate(year: numbers.count >= 3 ? numbers[2] : session.starts.year, month: numbers[1],
                                     day: numbers[0])
        } else if numbers.isEmpty, session.days == 1, half != nil {
            date = session.starts
        }
        guard let date else { return half == nil && numbers.isEmpty ? .none : .notAPart }
        let parts = session.parts.filter { $0.date == date }
        let found = half.flatMap { half in parts.first { $0.half == half } } ?? (parts.count == 1 ? parts.first : nil)
        return found.map(PartReading.found) ?? .notAPart
    }
}
