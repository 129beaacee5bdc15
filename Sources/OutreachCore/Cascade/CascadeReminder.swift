/// A duty not yet done, with whom to write to: one line of a mail merge.
public struct CascadeReminder: Sendable, Equatable, Codable {
    public var duty: Int64
    public var level: Int
    public var session: String
    public var unit: String
    public var unitName: String
    public var owedTo: String
    public var owedToName: String
    public var due: CalendarDate
    public var status: DutyStatus
    public var daysLate: Int
    public var phone: String?
    public var email: String?
    public var address: String?
    /// What is owed, in words for a printed reminder: the plan duty's title, or the follow-up of a session.
    public var dutyTitle: String?

    public init(
        duty: Int64, level: Int, session: String, unit: String, unitName: String, owedTo: String, owedToName: String,
        due: CalendarDate, status: DutyStatus, daysLate: Int, phone: String?, email: String?, address: String?,
        dutyTitle: String? = nil
    ) {
        self.duty = duty
        self.level = level
        self.session = session
        self.unit = unit
        self.unitName = unitName
        self.owedTo = owedTo
        self.owedToName = owedToName
        self.due = due
        self.status = status
        self.daysLate = daysLate
        self.phone = phone
        self.email = email
        self.address = address
        self.dutyTitle = dutyTitle
    }
}
