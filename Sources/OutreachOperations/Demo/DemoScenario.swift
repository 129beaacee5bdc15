import AtomicFile
import Foundation
import OutreachCore
import OutreachStore

/// The inputs of the demo, read from `Templates/` by the caller.
public struct DemoInput: Sendable {
    public var units: UnitListTemplate
    public var unitsFile: String
    public var sessionYAML: String
    public var sessionFile: String
    public var people: DemoPeople
    /// The Lai Châu plan part of the demo, when given.
    public var plan: DemoPlanInput?
    /// Seed 002, Việt Yên's blocs of 2024, when given.
    public var seed002: DemoSeed002Input?

    public init(units: UnitListTemplate, unitsFile: String, sessionYAML: String, sessionFile: String, people: DemoPeople,
                plan: DemoPlanInput? = nil, seed002: DemoSeed002Input? = nil) {
        self.plan = plan
        self.seed002 = seed002
        self.units = units
        self.unitsFile = unitsFile
        self.sessionYAML = sessionYAML
        self.sessionFile = sessionFile
        self.people = people
    }
}

/// The demo's scenario, played through the same public operations every front end calls (a units file, a
/// session, nominations, confirmations, attendance, a follow-up cascade, a yearly plan), from this one place.
public struct DemoScenario {
    /// Any engine: the scenario uses only the use cases of `OutreachStorage`.
    let database: any OutreachStorage
}

extension DemoScenario {
    /// Builds the demo database at `path`: units, the session, invented nominees (most confirmed).
    /// It is made in a temporary file and renamed into place whole; only a database the demo made is replaced.
    /// A demo someone has since worked in (any audited change not made by `demo` itself) is replaced only with
    /// `force`: without it the refusal says what would be lost.
    public static func build(
        at path: String, from input: DemoInput, force: Bool = false
    ) throws(OutreachError) -> Session {
        if FileManager.default.fileExists(atPath: path) {
            // Refuses foreign and newer files without writing to them; an old demo is replaced below.
            let existing = try AppDatabase.open(path: path)
            guard try existing.isDemo() else { throw .notADemoDatabase(path) }
            let changes = try existing.changesSinceDemo()
            if !force, !changes.isEmpty { throw .demoWouldReplace(path: path, changes: changes) }
        }
        // Made under a hidden temporary name beside `path` (a `PendingFile`): renamed into place when whole,
        // removed with its journal on failure and on SIGINT, SIGTERM, SIGHUP; a replaced one keeps its mode.
        let pending: PendingFile
        do {
            pending = try PendingFile(
                destination: path, replacing: true, companions: PendingFile.sqliteCompanions)
        } catch {
            throw .database(path: path, reason: error.text)
        }
        defer { pending.discard() }
        let database = try AppDatabase.open(path: pending.temporaryPath, create: true)
        let session = try DemoScenario(database: database).loadDemo(input)
        try database.close()
        // The replaced demo is closed, so it has no WAL; removing stale companions keeps the new file whole.
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        do {
            try pending.commit()
        } catch {
            throw .database(path: path, reason: LocalizedText { $0.theDemoDatabaseCouldNot(error.text) })
        }
        return session
    }

    private func loadDemo(_ input: DemoInput) throws(OutreachError) -> Session {
        try database.markAsDemo()
        let (template, _) = try TemplateLoader.session(
            yaml: input.sessionYAML, file: input.sessionFile, units: UnitTree(input.units.units))
        let organiser = template.session.organiser
        // Nominations are made a few days before the deadline, as offices would.
        let day = template.session.nominationDeadline?.adding(days: -3) ?? template.session.starts.adding(days: -7)
        let context = CommandContext(actor: organiser, command: "demo", today: day)
        // Units are the operator's: the province's list holds units no office is above.
        _ = try database.importUnits(input.units, source: input.unitsFile, context: CommandContext(command: "demo", today: day))
        let (session, _) = try database.createSession(yaml: input.sessionYAML, file: input.sessionFile, context: context)
        var generator = DemoNominees(people: input.people, units: UnitTree(input.units.units))
        var toConfirm: [String] = []
        for nominee in generator.generate(for: try database.quotas(session: session.code)) {
            let added = try database.addNominee(NomineeRequest(
                session: session.code, sender: nominee.sender, worksAt: nominee.worksAt, fullName: nominee.fullName,
                role: nominee.role, position: nominee.position, phone: nominee.phone), context: context)
            if nominee.confirmed { toConfirm.append("\(added.nomination.id)") }
        }
        _ = try database.confirm(session: session.code, nominees: toConfirm, context: context)
        try recordDemoAttendance(session)
        try recordDemoCascade(session)
        if let plan = input.plan { try recordDemoPlan(plan) }
        if let seed002 = input.seed002 { try recordDemoSeed002(seed002) }
        return session
    }

    /// Marks the demo's attendance on the day: most present, some late or excused, a few absent.
    private func recordDemoAttendance(_ session: Session) throws(OutreachError) {
        let context = CommandContext(actor: session.organiser, command: "demo", today: session.starts)
        var random = SeededRandom(seed: 510)
        for nominee in try database.nominees(session: session.code) {
            for part in session.parts {
                let roll = random.next() % 100
                let status: AttendanceStatus = roll < 84 ? .present : roll < 92 ? .late : roll < 96 ? .excused : .absent
                _ = try database.markAttendance(
                    session: session.code, nominee: "#\(nominee.nomination.id)", status: status, part: part,
                    note: status == .excused ? "Có giấy xin phép" : nil, context: context)
            }
        }
        // One person comes without being on the list, into the first place an office left free.
        let tree = UnitTree(try database.units())
        for (quota, status) in zip(try database.quotas(session: session.code), try database.quotaStatus(session: session.code)) {
            guard let index = status.slots.firstIndex(where: { $0.missing > 0 }) else { continue }
            let slot = quota.slots[index].rule
            let workplace = slot.source == .own ? quota.unit : tree.children(of: quota.unit).first?.code
            guard let workplace, let role = slot.roles.first else { continue }
            _ = try database.recordWalkIn(
                NomineeRequest(
                    session: session.code, sender: quota.unit, worksAt: workplace, fullName: "Hoàng Văn Thắng",
                    role: role, phone: "0912000111"),
                replacing: nil, status: .late, part: nil, context: context)
            break
        }
    }
}
