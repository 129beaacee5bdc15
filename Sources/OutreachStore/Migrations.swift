import GRDB

/// The schema, as named migrations: append-only, a shipped migration is never edited.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("meta") { db in
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        migrator.registerMigration("units") { db in
            try db.create(table: "unit") { t in
                t.primaryKey("code", .text)
                t.column("name", .text).notNull()
                t.column("shortName", .text)
                t.column("headerName", .text)
                t.column("kind", .text).notNull().indexed()
                t.column("parentCode", .text).indexed()
                t.column("district", .text)
                t.column("address", .text)
                t.column("phone", .text)
                t.column("email", .text)
                t.column("validFrom", .text)
                t.column("validTo", .text)
                t.column("sortOrder", .integer).notNull()
                t.column("source", .text)
            }
        }
        migrator.registerMigration("people") { db in
            try db.create(table: "person") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("fullName", .text).notNull()
                t.column("matchKey", .text).notNull().indexed()
                t.column("unitCode", .text).references("unit", onDelete: .restrict)
                t.column("position", .text)
                t.column("phone", .text).indexed()
                t.column("email", .text)
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("sessions") { db in
            try db.create(table: "session") { t in
                t.primaryKey("code", .text)
                t.column("title", .text).notNull()
                t.column("organiserCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("startDate", .text).notNull()
                t.column("nominationDeadline", .text)
                t.column("status", .text).notNull()
                t.column("parentCode", .text).references("session", onDelete: .restrict)
                // The remaining facts (content, roles, plan, times…) as JSON: they are read whole, never queried.
                t.column("facts", .jsonText).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("quotas") { db in
            try db.create(table: "quotaSlot") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sessionCode", .text).notNull().references("session", onDelete: .cascade)
                t.column("unitCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("groupIndex", .integer).notNull()
                t.column("groupLabel", .text).notNull()
                t.column("slotIndex", .integer).notNull()
                t.column("roles", .text).notNull()
                t.column("count", .integer).notNull().check { $0 >= 0 }
                t.column("source", .text).notNull()
                t.uniqueKey(["sessionCode", "unitCode", "slotIndex"])
            }
        }
        migrator.registerMigration("nominations") { db in
            try db.create(table: "nomination") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sessionCode", .text).notNull().references("session", onDelete: .cascade)
                t.column("personId", .integer).notNull().references("person", onDelete: .restrict)
                t.column("senderCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("slotId", .integer).notNull().references("quotaSlot", onDelete: .restrict)
                t.column("role", .text).notNull()
                t.column("status", .text).notNull()
                t.column("replacesId", .integer).references("nomination", onDelete: .setNull)
                t.column("note", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(index: "nomination_session_slot", on: "nomination", columns: ["sessionCode", "slotId"])
            // A person holds at most one active place per session, enforced by the database itself.
            try db.execute(sql: """
                CREATE UNIQUE INDEX nomination_active_person ON nomination(sessionCode, personId)
                WHERE status IN ('proposed', 'confirmed')
                """)
        }
        migrator.registerMigration("audit") { db in
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("actor", .text)
                t.column("command", .text).notNull()
                // The day rules were judged on, and whether it was set by hand (--today) rather than the clock.
                t.column("today", .text).notNull()
                t.column("todaySet", .boolean).notNull()
                t.column("entity", .text).notNull()
                t.column("entityKey", .text).notNull()
                t.column("before", .jsonText)
                t.column("after", .jsonText)
                t.column("reason", .text)
            }
            try db.create(index: "audit_entity", on: "audit", columns: ["entity", "entityKey"])
        }
        migrator.registerMigration("nomination-day") { db in
            // The day (as the rules saw it) a nomination was made: attendance before it is not expected.
            try db.alter(table: "nomination") { t in
                t.add(column: "nominatedOn", .text)
            }
        }
        migrator.registerMigration("attendance") { db in
            try db.create(table: "attendance") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sessionCode", .text).notNull().references("session", onDelete: .cascade)
                t.column("nominationId", .integer).notNull().references("nomination", onDelete: .cascade)
                t.column("part", .text).notNull()
                t.column("status", .text).notNull()
                t.column("note", .text)
                t.column("recordedAt", .datetime).notNull()
                t.uniqueKey(["nominationId", "part"])
            }
            try db.create(index: "attendance_session", on: "attendance", columns: ["sessionCode"])
        }
        migrator.registerMigration("budget") { db in
            // What was really spent on each budget line (quyết toán); recording a line again replaces its figure,
            // and the audit log keeps the earlier one.
            try db.create(table: "budgetActual") { t in
                t.column("sessionCode", .text).notNull().references("session", onDelete: .cascade)
                t.column("lineCode", .text).notNull()
                t.column("amount", .integer).notNull().check { $0 >= 0 }
                t.column("note", .text)
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
                t.primaryKey(["sessionCode", "lineCode"])
            }
        }
        migrator.registerMigration("person-birth-year-gender") { db in
            // From imported forms and lists: with the name, a birth year tells namesakes apart (or says they are
            // the same person) when there is no phone.
            try db.alter(table: "person") { t in
                t.add(column: "birthYear", .integer)
                t.add(column: "gender", .text)
            }
        }
        return migrator
    }
}
