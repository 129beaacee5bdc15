/// One nominee read from a file and checked on its own, ready for the rules of the database.
public struct NomineeImportRow: Sendable, Equatable {
    public var file: String
    public var sheet: String?
    public var row: Int
    /// Tidied by `NameInput.tidied` (the store relies on it and does not tidy it again).
    public var fullName: String {
        didSet { matchKey = VietnameseText.matchKey(fullName) }
    }
    /// The name's `VietnameseText.matchKey`, kept with it: an import compares names several times per row.
    public private(set) var matchKey: String
    public var role: RoleCode
    /// "Nam" or "Nữ".
    public var gender: String?
    public var birthYear: Int?
    public var position: String?
    /// Digits, starting with 0.
    public var phone: String?
    public var email: String?
    public var note: String?
    /// Where the person works, when the file says so.
    public var worksAt: UnitCode?
    /// The office whose quota the row fills (`--unit`, the form's office or a "Đơn vị cử" column).
    public var sender: UnitCode?
    /// The quota place of a row of our own form.
    public var slotID: Int64?
    /// The nomination a row of our own form was prefilled with.
    public var nominationID: Int64?

    init(
        file: String, sheet: String?, row: Int, fullName: String, role: RoleCode, sender: UnitCode?, slotID: Int64?,
        nominationID: Int64?
    ) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.fullName = fullName
        matchKey = VietnameseText.matchKey(fullName)
        self.role = role
        self.sender = sender
        self.slotID = slotID
        self.nominationID = nominationID
    }

    /// A problem with this row, at `column`.
    public func problem(
        _ reason: LocalizedText, severity: ImportProblem.Severity = .error, column: String? = nil, value: String? = nil,
        cause: OutreachError? = nil
    ) -> ImportProblem {
        ImportProblem(
            severity, file: file, sheet: sheet, row: row, column: column, value: value, reason: reason, cause: cause)
    }

    /// A rule's error on this row.
    public func problem(_ error: OutreachError) -> ImportProblem {
        ImportProblem(.error, file: file, sheet: sheet, row: row, reason: LocalizedText(
            vi: error.message(.vi), en: error.message(.en)), cause: error)
    }
}

/// The place of one row of our own nomination form, from its hidden marker sheet.
public struct FormRowMarker: Sendable, Equatable {
    public var slotID: Int64
    public var nominationID: Int64?
    public var roles: [RoleCode]

    public init(slotID: Int64, nominationID: Int64?, roles: [RoleCode]) {
        self.slotID = slotID
        self.nominationID = nominationID
        self.roles = roles
    }
}

/// A table read from a file: its header, its data rows and, for our own form, each row's place.
public struct ImportTable: Sendable {
    public var sheet: String?
    public var columns: ImportColumns
    public var rows: [ImportRow]
    /// Row number → marker, for our own form; nil for any other list.
    public var markers: [Int: FormRowMarker]?
    /// The office a form was made for.
    public var formUnit: UnitCode?

    public init(
        sheet: String?, columns: ImportColumns, rows: [ImportRow], markers: [Int: FormRowMarker]? = nil,
        formUnit: UnitCode? = nil
    ) {
        self.sheet = sheet
        self.columns = columns
        self.rows = rows
        self.markers = markers
        self.formUnit = formUnit
    }
}
