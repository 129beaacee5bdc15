import GRDB
import OutreachCore

extension AppDatabase {
    /// What was done in a demo database after `demo` made it: each command with how many audited changes it
    /// made, in the order first used ("nominee add" 2, "attendance mark" 1).
    public func changesSinceDemo() throws(OutreachError) -> [DemoChange] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT command, COUNT(*) AS n, MAX(today) AS last FROM audit WHERE command <> 'demo'
                GROUP BY command ORDER BY MIN(id)
                """).map { DemoChange(command: $0["command"], count: $0["n"], lastDay: $0["last"]) }
        }
    }
}
