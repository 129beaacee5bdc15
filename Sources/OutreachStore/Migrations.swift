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
        migrator.registerMigration("budget-per-office") { db in
            // A unit's distance from the province's centre decides whether its people are paid lodging.
            try db.alter(table: "unit") { t in
                t.add(column: "distanceKm", .integer)
            }
            // What each sending office really spent on its own lines (quyết toán per office); a figure recorded
            // again replaces the earlier one, which the audit log keeps.
            try db.create(table: "budgetOfficeActual") { t in
                t.column("sessionCode", .text).notNull().references("session", onDelete: .cascade)
                t.column("lineCode", .text).notNull()
                t.column("unitCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("amount", .integer).notNull().check { $0 >= 0 }
                t.column("note", .text)
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
                t.primaryKey(["sessionCode", "lineCode", "unitCode"])
            }
        }
        migrator.registerMigration("plans") { db in
            // A yearly plan (issue 10): the file's text, read again on use, and the units its activities,
            // duties and blocs selected when it was loaded, which later changes to units never rewrite.
            try db.create(table: "plan") { t in
                t.primaryKey("code", .text)
                t.column("title", .text).notNull()
                t.column("year", .integer).notNull()
                t.column("issuerCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("yaml", .text).notNull()
                t.column("resolution", .jsonText).notNull()
                t.column("source", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("duties") { db in
            // What a unit owes by a date (a session's follow-up now; registrations and periodic reports later),
            // fixed when created: the audience is counted that day and never recounted.
            try db.create(table: "duty") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("scope", .text).notNull()
                t.column("sessionCode", .text).references("session", onDelete: .cascade)
                t.column("unitCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("owedTo", .text).notNull().references("unit", onDelete: .restrict)
                t.column("dueDate", .text).notNull()
                t.column("closesOn", .text).notNull()
                t.column("audience", .text).notNull()
                t.column("audienceUnits", .integer).notNull().check { $0 >= 0 }
                t.column("audiencePeople", .integer).notNull().check { $0 >= 0 }
                t.column("note", .text)
                t.column("childSessionCode", .text).references("session", onDelete: .setNull)
                t.column("acceptedOn", .text)
                t.column("acceptedBy", .text)
                t.column("createdOn", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.uniqueKey(["scope", "kind", "unitCode", "dueDate"])
            }
            try db.create(index: "duty_session", on: "duty", columns: ["sessionCode"])
            try db.execute(sql: "CREATE UNIQUE INDEX duty_child ON duty(childSessionCode) WHERE childSessionCode IS NOT NULL")
            try db.create(index: "session_parent", on: "session", columns: ["parentCode"])
            // Every report is kept: a correction is a new row, the last recorded is in force.
            try db.create(table: "dutyReport") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("dutyId", .integer).notNull().references("duty", onDelete: .cascade)
                t.column("doneOn", .text).notNull()
                t.column("reportedOn", .text).notNull()
                t.column("reachedUnits", .integer).notNull().check { $0 >= 0 }
                t.column("reachedPeople", .integer).notNull().check { $0 >= 0 }
                t.column("source", .text).notNull()
                t.column("note", .text)
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(index: "dutyReport_duty", on: "dutyReport", columns: ["dutyId"])
        }
        migrator.registerMigration("person-birth-year-gender") { db in
            // From imported forms and lists: with the name, a birth year tells namesakes apart (or says they are
            // the same person) when there is no phone.
            try db.alter(table: "person") { t in
                t.add(column: "birthYear", .integer)
                t.add(column: "gender", .text)
            }
        }
        migrator.registerMigration("planDuties") { db in
            // A plan's duties are ordinary duty rows (one mechanism for "a unit owes something by a date"):
            // these columns name the plan and the duty code in its file. A report may cite a file, kept as a
            // path and its SHA-256, never copied. Blocs group a plan's units; every score is kept, the last
            // recorded for a member and criterion is in force.
            try db.alter(table: "duty") { t in
                t.add(column: "planCode", .text).references("plan", onDelete: .cascade)
                t.add(column: "planDutyCode", .text)
            }
            try db.create(index: "duty_plan", on: "duty", columns: ["planCode", "planDutyCode"])
            try db.alter(table: "dutyReport") { t in
                t.add(column: "filePath", .text)
                t.add(column: "fileSha256", .text)
            }
            try db.create(table: "bloc") { t in
                t.primaryKey("code", .text)
                t.column("name", .text).notNull()
                t.column("planCode", .text).notNull().references("plan", onDelete: .cascade)
                t.column("chairCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("deputyCode", .text).references("unit", onDelete: .restrict)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "blocMember") { t in
                t.column("blocCode", .text).notNull().references("bloc", onDelete: .cascade)
                t.column("unitCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("position", .integer).notNull()
                t.primaryKey(["blocCode", "unitCode"])
            }
            try db.create(table: "blocScore") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("blocCode", .text).notNull().references("bloc", onDelete: .cascade)
                t.column("unitCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("criterion", .text).notNull()
                t.column("points", .integer).notNull().check { $0 >= 0 }
                t.column("scoredBy", .text)
                t.column("scoredOn", .text).notNull()
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(index: "blocScore_bloc", on: "blocScore", columns: ["blocCode", "unitCode", "criterion"])
        }
        migrator.registerMigration("unit-staff") { db in
            // How many people a unit employs, from the units file: a follow-up that must reach people is
            // measured against it. Duties keep how their people audience was counted (`staff` figures, or the
            // people known to the database when no unit below the office had a figure; NULL before this).
            try db.alter(table: "unit") { t in
                t.add(column: "staff", .integer)
            }
            try db.alter(table: "duty") { t in
                t.add(column: "audiencePeopleFrom", .text)
            }
        }
        migrator.registerMigration("session-office-distance") { db in
            // Each invited office's distance from the province's centre, kept as it was when the session was
            // created: lodging and per diem follow it, so a later change to the units file does not rewrite
            // the money of a past session. Sessions created before this keep the distances of the day of the
            // migration (the best known).
            try db.create(table: "sessionOffice") { t in
                t.column("sessionCode", .text).notNull().references("session", onDelete: .cascade)
                t.column("unitCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("distanceKm", .integer)
                t.primaryKey(["sessionCode", "unitCode"])
            }
            try db.execute(sql: """
                INSERT INTO sessionOffice (sessionCode, unitCode, distanceKm)
                SELECT DISTINCT quotaSlot.sessionCode, quotaSlot.unitCode, unit.distanceKm
                FROM quotaSlot JOIN unit ON unit.code = quotaSlot.unitCode
                """)
        }
        migrator.registerMigration("unit-parent-header-name") { db in
            // How a unit prints above a unit under it, with its place ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH LÀO CAI"
            // over a school); NULL prints its header name, as before.
            try db.alter(table: "unit") { t in
                t.add(column: "parentHeaderName", .text)
            }
        }
        migrator.registerMigration("access-tokens") { db in
            // Sign-in for the server (`outreach access grant`): one row per token given to a unit. Only the
            // SHA-256 of the token is kept, so a copy of the file signs nobody in; revoking keeps the row for
            // `access list` and the audit.
            try db.create(table: "accessToken") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("unitCode", .text).notNull().indexed().references("unit", onDelete: .restrict)
                t.column("tokenHash", .text).notNull().unique()
                t.column("createdAt", .datetime).notNull()
                t.column("expires", .text)
                t.column("revokedAt", .datetime)
                t.column("lastUsedAt", .datetime)
            }
        }
        migrator.registerMigration("recorded-on") { db in
            // The day (as the rules saw it, `--today` or the clock) a mark or an actual was recorded: a document
            // dated a day shows only what was recorded by then. Earlier rows take the day of their last audit
            // line; a row without one stays NULL and is counted on every day.
            for table in ["attendance", "budgetActual", "budgetOfficeActual"] {
                try db.alter(table: table) { t in t.add(column: "recordedOn", .text) }
            }
            try db.execute(sql: """
                UPDATE attendance SET recordedOn = (
                    SELECT today FROM audit WHERE entity = 'attendance'
                    AND entityKey = attendance.nominationId || '/' || attendance.part ORDER BY id DESC LIMIT 1);
                UPDATE budgetActual SET recordedOn = (
                    SELECT today FROM audit WHERE entity = 'budgetActual'
                    AND entityKey = budgetActual.sessionCode || '/' || budgetActual.lineCode ORDER BY id DESC LIMIT 1);
                UPDATE budgetOfficeActual SET recordedOn = (
                    SELECT today FROM audit WHERE entity = 'budgetOfficeActual'
                    AND entityKey = budgetOfficeActual.sessionCode || '/' || budgetOfficeActual.lineCode || '/'
                        || budgetOfficeActual.unitCode ORDER BY id DESC LIMIT 1);
                """)
        }
        migrator.registerMigration("plan-activity-done") { db in
            // A plan's activity marked done on a day, with the file it cites (path and SHA-256, never a copy).
            // Every mark is kept: a correction is a new row, the last recorded is in force.
            try db.create(table: "planActivityDone") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("planCode", .text).notNull().references("plan", onDelete: .cascade)
                t.column("number", .integer).notNull()
                t.column("doneOn", .text).notNull()
                t.column("recordedOn", .text).notNull()
                t.column("filePath", .text)
                t.column("fileSha256", .text)
                t.column("note", .text)
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(index: "planActivityDone_plan", on: "planActivityDone", columns: ["planCode", "number"])
        }
        migrator.registerMigration("server-revisions") { db in
            // Counters bumped by triggers whenever a unit, a session or a token's standing changes, by any
            // process: the server keeps the unit tree, sessions and checked tokens in memory and reads these in
            // the same transaction, so a change made by the command line on the same file is seen at once.
            // A token's last use is not a change of its standing and bumps nothing.
            try db.execute(sql: """
                CREATE TABLE revision (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    units INTEGER NOT NULL DEFAULT 0,
                    sessions INTEGER NOT NULL DEFAULT 0,
                    access INTEGER NOT NULL DEFAULT 0);
                INSERT INTO revision (id) VALUES (1);
                """)
            let watched: [(table: String, counter: String, columns: String?)] = [
                ("unit", "units", nil), ("session", "sessions", nil),
                ("accessToken", "access", "unitCode, tokenHash, expires, revokedAt"),
            ]
            for (table, counter, columns) in watched {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    let on = event == "UPDATE" && columns != nil ? "UPDATE OF \(columns!)" : event
                    try db.execute(sql: """
                        CREATE TRIGGER \(table)_revision_\(event.lowercased()) AFTER \(on) ON \(table)
                        BEGIN UPDATE revision SET \(counter) = \(counter) + 1 WHERE id = 1; END
                        """)
                }
            }
        }
        migrator.registerMigration("paper2-budget-history") { db in
            // Every figure recorded for a budget line, the replaced ones kept (the line's row holds only the last):
            // a document as of a day shows the figure in force that day, the last recorded by then, instead of
            // nothing once a later day replaced it. `unitCode` is NULL for an organiser's line. The figures
            // recorded before come back from the audit log's lines (each recording wrote the figure it left);
            // a line whose last audited figure is not the one it holds keeps that one too.
            try db.create(table: "budgetActualVersion") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("sessionCode", .text).notNull().references("session", onDelete: .cascade)
                t.column("lineCode", .text).notNull()
                t.column("unitCode", .text).references("unit", onDelete: .restrict)
                t.column("amount", .integer).notNull().check { $0 >= 0 }
                t.column("note", .text)
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
                t.column("recordedOn", .text)
            }
            try db.create(
                index: "budgetActualVersion_line", on: "budgetActualVersion", columns: ["sessionCode", "lineCode", "unitCode"])
            try recoverBudgetHistory(db)
        }
        migrator.registerMigration("e002-bloc-chain") { db in
            // Seed 002 (1370/UBND-NV): a bloc's own scale issued by its chair (the text of the file; the last
            // issued is in force), the members' self-scores sent to the chair, the cross-checks (kiểm tra chéo),
            // the ballots of the vote (bình xét, suy tôn) and the bloc's meetings (giao ban) with who attended.
            // Every row is kept: a correction is a new row, the last recorded is in force.
            try db.create(table: "blocScale") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("blocCode", .text).notNull().indexed().references("bloc", onDelete: .cascade)
                t.column("yaml", .text).notNull()
                t.column("file", .text).notNull()
                t.column("issuedBy", .text)
                t.column("issuedOn", .text).notNull()
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "blocSelfScore") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("blocCode", .text).notNull().indexed().references("bloc", onDelete: .cascade)
                t.column("unitCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("points", .jsonText).notNull()
                t.column("sentOn", .text).notNull()
                t.column("late", .boolean).notNull()
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "blocCheck") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("blocCode", .text).notNull().indexed().references("bloc", onDelete: .cascade)
                t.column("unitCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("checkerCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("points", .jsonText).notNull()
                t.column("remark", .text)
                t.column("checkedOn", .text).notNull()
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "blocBallot") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("blocCode", .text).notNull().indexed().references("bloc", onDelete: .cascade)
                t.column("voterCode", .text).notNull().references("unit", onDelete: .restrict)
                t.column("candidates", .text).notNull()
                t.column("votedOn", .text).notNull()
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
            }
            try db.create(table: "blocMeeting") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("blocCode", .text).notNull().indexed().references("bloc", onDelete: .cascade)
                t.column("kind", .text).notNull()
                t.column("heldOn", .text).notNull()
                t.column("present", .text).notNull()
                t.column("note", .text)
                t.column("recordedBy", .text)
                t.column("recordedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("e001-duty-period-and-owner") { db in
            // A plan duty may recur by period (seed 001: "định kỳ 06 tháng và hàng năm"): each period is a row of
            // its own, named by `period` (`2022-H1`). A duty owed by a bloc names the bloc in `blocCode` (its chair,
            // `unitCode`, acts for it) under the plan's scope, instead of a scope "PLAN/BLOC" read back by splitting.
            // The table is rebuilt: its unique key (scope, kind, unit, due day) left out the plan duty, the bloc and
            // the period, so a unit's six-month and annual reports falling due on one day could not both exist.
            try db.execute(sql: """
                CREATE TABLE "duty_new" (
                    "id" INTEGER PRIMARY KEY AUTOINCREMENT, "kind" TEXT NOT NULL, "scope" TEXT NOT NULL,
                    "sessionCode" TEXT REFERENCES "session"("code") ON DELETE CASCADE,
                    "unitCode" TEXT NOT NULL REFERENCES "unit"("code") ON DELETE RESTRICT,
                    "owedTo" TEXT NOT NULL REFERENCES "unit"("code") ON DELETE RESTRICT,
                    "dueDate" TEXT NOT NULL, "closesOn" TEXT NOT NULL, "audience" TEXT NOT NULL,
                    "audienceUnits" INTEGER NOT NULL CHECK ("audienceUnits" >= 0),
                    "audiencePeople" INTEGER NOT NULL CHECK ("audiencePeople" >= 0), "note" TEXT,
                    "childSessionCode" TEXT REFERENCES "session"("code") ON DELETE SET NULL,
                    "acceptedOn" TEXT, "acceptedBy" TEXT, "createdOn" TEXT NOT NULL, "createdAt" DATETIME NOT NULL,
                    "planCode" TEXT REFERENCES "plan"("code") ON DELETE CASCADE, "planDutyCode" TEXT,
                    "audiencePeopleFrom" TEXT, "period" TEXT,
                    "blocCode" TEXT REFERENCES "bloc"("code") ON DELETE CASCADE);
                INSERT INTO duty_new (id, kind, scope, sessionCode, unitCode, owedTo, dueDate, closesOn, audience,
                    audienceUnits, audiencePeople, note, childSessionCode, acceptedOn, acceptedBy, createdOn, createdAt,
                    planCode, planDutyCode, audiencePeopleFrom)
                SELECT id, kind, scope, sessionCode, unitCode, owedTo, dueDate, closesOn, audience, audienceUnits,
                    audiencePeople, note, childSessionCode, acceptedOn, acceptedBy, createdOn, createdAt, planCode,
                    planDutyCode, audiencePeopleFrom FROM duty;
                DROP TABLE duty;
                ALTER TABLE duty_new RENAME TO duty;
                UPDATE duty SET blocCode = substr(scope, instr(scope, '/') + 1), scope = substr(scope, 1, instr(scope, '/') - 1)
                    WHERE planCode IS NOT NULL AND instr(scope, '/') > 0;
                CREATE INDEX duty_session ON duty(sessionCode);
                CREATE UNIQUE INDEX duty_child ON duty(childSessionCode) WHERE childSessionCode IS NOT NULL;
                CREATE INDEX duty_plan ON duty(planCode, planDutyCode);
                CREATE UNIQUE INDEX duty_owed ON duty(scope, kind, unitCode, dueDate, ifnull(planDutyCode, ''),
                    ifnull(blocCode, ''), ifnull(period, ''));
                """)
        }
        return migrator
    }

    /// The budget figures recorded before `budgetActualVersion` existed, back from the audit log's lines (each
    /// recording wrote the figure it left), and each line's current figure where it is not the last audited.
    static func recoverBudgetHistory(_ db: Database) throws {
        try db.execute(sql: """
                INSERT INTO budgetActualVersion (sessionCode, lineCode, unitCode, amount, note, recordedBy, recordedAt, recordedOn)
                SELECT sessionCode, lineCode, unitCode, amount, note, recordedBy, recordedAt, recordedOn FROM (
                    SELECT a.id AS auditId, b.sessionCode, b.lineCode, NULL AS unitCode,
                        CAST(json_extract(a."after", '$.amount') AS INTEGER) AS amount,
                        NULLIF(json_extract(a."after", '$.note'), '') AS note, a.actor AS recordedBy,
                        a.at AS recordedAt, a.today AS recordedOn
                    FROM audit a JOIN budgetActual b
                        ON a.entity = 'budgetActual' AND a.entityKey = b.sessionCode || '/' || b.lineCode
                    WHERE json_extract(a."after", '$.amount') IS NOT NULL
                    UNION ALL
                    SELECT a.id, b.sessionCode, b.lineCode, b.unitCode, CAST(json_extract(a."after", '$.amount') AS INTEGER),
                        NULLIF(json_extract(a."after", '$.note'), ''), a.actor, a.at, a.today
                    FROM audit a JOIN budgetOfficeActual b
                        ON a.entity = 'budgetOfficeActual'
                        AND a.entityKey = b.sessionCode || '/' || b.lineCode || '/' || b.unitCode
                    WHERE json_extract(a."after", '$.amount') IS NOT NULL)
                ORDER BY auditId;
                INSERT INTO budgetActualVersion (sessionCode, lineCode, unitCode, amount, note, recordedBy, recordedAt, recordedOn)
                SELECT sessionCode, lineCode, unitCode, amount, note, recordedBy, recordedAt, recordedOn FROM (
                    SELECT sessionCode, lineCode, NULL AS unitCode, amount, note, recordedBy, recordedAt, recordedOn
                    FROM budgetActual
                    UNION ALL
                    SELECT sessionCode, lineCode, unitCode, amount, note, recordedBy, recordedAt, recordedOn
                    FROM budgetOfficeActual) b
                WHERE b.amount IS NOT (
                    SELECT v.amount FROM budgetActualVersion v
                    WHERE v.sessionCode = b.sessionCode AND v.lineCode = b.lineCode AND v.unitCode IS b.unitCode
                    ORDER BY v.id DESC LIMIT 1);
                """)
    }
}
