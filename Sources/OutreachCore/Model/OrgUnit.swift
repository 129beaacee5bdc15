/// An office, school or body in the administrative tree; units change over time, so each has a validity.
public struct OrgUnit: Hashable, Sendable, Codable {
    public var code: UnitCode
    public var name: String
    public var shortName: String?
    /// How the unit is printed at the top left of official documents (`SỞ GIÁO DỤC VÀ ĐÀO TẠO`).
    public var headerName: String?
    /// How the unit prints on the first line of the header of a unit under it, naming its place
    /// (`SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI` over a school); `headerName` when nil.
    public var parentHeaderName: String?
    public var kind: UnitKind
    public var parent: UnitCode?
    public var district: String?
    /// Road distance in km from the province's centre, where sessions are held; decides lodging (*lưu trú*) and per
    /// diem (*phụ cấp lưu trú*) by the session's rules.
    public var distanceKm: Int?
    /// How many people work there (teachers and staff), from the units file: the audience a follow-up that
    /// must reach people counts on. Nil when the file gives none.
    public var staff: Int?
    public var address: String?
    public var phone: String?
    public var email: String?
    public var validFrom: CalendarDate?
    public var validTo: CalendarDate?
    /// Position in its source file: lists follow the administrative order the file was written in.
    public var sortOrder: Int

    public init(
        code: UnitCode, name: String, shortName: String? = nil, headerName: String? = nil, kind: UnitKind,
        parent: UnitCode? = nil, district: String? = nil, distanceKm: Int? = nil, address: String? = nil, phone: String? = nil,
        email: String? = nil, validFrom: CalendarDate? = nil, validTo: CalendarDate? = nil, sortOrder: Int = 0,
        staff: Int? = nil, parentHeaderName: String? = nil
    ) {
        self.parentHeaderName = parentHeaderName
        self.code = code
        self.name = name
        self.shortName = shortName
        self.headerName = headerName
        self.kind = kind
        self.parent = parent
        self.district = district
        self.distanceKm = distanceKm
        self.staff = staff
        self.address = address
        self.phone = phone
        self.email = email
        self.validFrom = validFrom
        self.validTo = validTo
        self.sortOrder = sortOrder
    }

    /// The name used in lists: the short name when there is one.
    public var displayName: String { shortName ?? name }

    /// The name printed in a document header, upper-cased from the full name when none is given.
    public var documentHeaderName: String { headerName ?? VietnameseText.uppercased(name) }

    /// The line printed above the header name of a unit under this one: the parent named with its place.
    public var headerAsParent: String { parentHeaderName ?? documentHeaderName }

    /// The kinds of unit that are part of another and have neither a seal nor accounts of their own: a Sở's
    /// divisions (`phong-thuoc-so`, sitting in the Sở's building in the province's city) and a school's
    /// professional groups (`to-chuyen-mon`).
    public static let kindsWithoutSeal: Set<String> = ["phong-thuoc-so", "to-chuyen-mon"]

    /// Whether the unit has its own seal and accounts, so it pays and settles its own spending and its head
    /// signs "THỦ TRƯỞNG ĐƠN VỊ (đóng dấu)"; a division's costs are its parent's.
    public var hasOwnSeal: Bool { !Self.kindsWithoutSeal.contains(kind.rawValue) }

    /// Whether the unit existed on a given day.
    public func isValid(on date: CalendarDate) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validTo, validTo < date { return false }
        return true
    }
}
