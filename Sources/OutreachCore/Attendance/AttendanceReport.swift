/// Who came, per office, per role and in total, counted over person-parts (a person at a half-day).
public struct AttendanceReport: Sendable, Codable, Equatable {
    public var session: String
    public var parts: [String]
    public var offices: [Line]
    public var roles: [Line]
    public var total: Line

    /// The figures of one office, one role or the whole session.
    public struct Line: Sendable, Codable, Equatable {
        public var key: String
        public var name: String
        /// Places in the quota (for a role: nominated people), before counting parts.
        public var required: Int
        public var confirmed: Int
        /// Person-parts expected: each active nominee at each part held on or after the day they were nominated.
        public var expected: Int
        public var present: Int
        public var late: Int
        public var excused: Int
        public var absent: Int
        /// Expected person-parts with nothing recorded yet.
        public var unmarked: Int
        /// Present or late against the quota's person-parts, in percent (nil when the quota is empty).
        public var rateAgainstQuota: Double?
        /// Present or late against the confirmed nominees' expected person-parts, in percent.
        public var rateAgainstConfirmed: Double?
    }

    /// One nominee as the report needs them: which office, role, status, and the day they were nominated.
    public struct Entry: Sendable {
        public var nomination: Nomination
        public var nominatedOn: CalendarDate?

        public init(nomination: Nomination, nominatedOn: CalendarDate?) {
            self.nomination = nomination
            self.nominatedOn = nominatedOn
        }
    }

    /// Builds the report; a nominee nominated after a part was held is not expected at it (never "absent").
    public init(
        session: Session, quotas: [UnitQuota], units: UnitTree, entries: [Entry], marks: [AttendanceMark]
    ) {
        let parts = session.parts
        let active = entries.filter { $0.nomination.status.isActive }
        let marked = Dictionary(marks.map { ("\($0.nominationID)|\($0.part.code)", $0.status) }) { _, last in last }
        func expectedParts(_ entry: Entry) -> [SessionPart] {
            parts.filter { part in entry.nominatedOn.map { $0 <= part.date } ?? true }
        }
        func line(key: String, name: String, required: Int, people: [Entry]) -> Line {
            var result = Line(
                key: key, name: name, required: required,
                confirmed: people.filter { $0.nomination.status == .confirmed }.count, expected: 0, present: 0, late: 0,
                excused: 0, absent: 0, unmarked: 0, rateAgainstQuota: nil, rateAgainstConfirmed: nil)
            var confirmedExpected = 0
            var confirmedAttended = 0
            for person in people {
                for part in expectedParts(person) {
                    result.expected += 1
                    let status = marked["\(person.nomination.id)|\(part.code)"]
                    switch status {
                    case .present?: result.present += 1
                    case .late?: result.late += 1
                    case .excused?: result.excused += 1
                    case .absent?: result.absent += 1
                    case nil: result.unmarked += 1
                    }
                    if person.nomination.status == .confirmed {
                        confirmedExpected += 1
                        if status?.attended == true { confirmedAttended += 1 }
                    }
                }
            }
            let attended = Double(result.present + result.late)
            let quotaParts = required * parts.count
            result.rateAgainstQuota = quotaParts > 0 ? (attended / Double(quotaParts) * 1000).rounded() / 10 : nil
            result.rateAgainstConfirmed = confirmedExpected > 0
                ? (Double(confirmedAttended) / Double(confirmedExpected) * 1000).rounded() / 10 : nil
            return result
        }
        let bySender = Dictionary(grouping: active, by: \.nomination.sender)
        offices = quotas.map { quota in
            line(key: quota.unit.rawValue, name: units[quota.unit]?.displayName ?? quota.unit.rawValue,
                 required: quota.required, people: bySender[quota.unit] ?? [])
        }
        let byRole = Dictionary(grouping: active, by: \.nomination.role)
        roles = session.roles.compactMap { role in
            guard let people = byRole[role.code] else { return nil }
            return line(key: role.code.rawValue, name: role.name, required: people.count, people: people)
        }
        total = line(key: "total", name: Language.vi.text { $0.attendanceGrandTotal }, required: quotas.reduce(0) { $0 + $1.required }, people: active)
        self.session = session.code.rawValue
        self.parts = parts.map(\.code)
    }
}
