/* The floor of an import row by row (issue 9): the rows `nominee import` writes for N people (a person, a
 * nomination and an audit line each; one transaction, foreign keys on, synchronous NORMAL, WAL) inserted
 * through SQLite's C API with one prepared INSERT per row, as any importer that must know each new row's id
 * and apply rules between rows has to. No reading, no checking, no rules: what is left is SQLite's own work
 * for this schema. The values are those of Benchmarks/import-floor.sql (names in scrambled key order,
 * phones ascending). SQLite's memory statistics are off, as in `outreach` (AppDatabase.configureProcess).
 * Usage: import_floor DATABASE ROWS   (a copy of the benchmark's database before the import) */
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static sqlite3 *db;

static void check(int code, const char *what) {
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        exit(1);
    }
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static sqlite3_stmt *prepare(const char *sql) {
    sqlite3_stmt *statement;
    check(sqlite3_prepare_v2(db, sql, -1, &statement, NULL), sql);
    return statement;
}

static void text(sqlite3_stmt *statement, int index, const char *value) {
    check(sqlite3_bind_text(statement, index, value, -1, SQLITE_TRANSIENT), "bind");
}

static sqlite3_int64 run(sqlite3_stmt *statement) {
    check(sqlite3_step(statement), "insert");
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return sqlite3_last_insert_rowid(db);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s DATABASE ROWS\n", argv[0]);
        return 2;
    }
    long rows = atol(argv[2]);
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    check(sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL), "open");
    check(sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA journal_mode = WAL;",
                       NULL, NULL, NULL), "pragmas");
    char unit[128], session[128];
    sqlite3_int64 firstSlot, slots;
    sqlite3_stmt *facts = prepare("SELECT (SELECT code FROM unit ORDER BY code LIMIT 1), (SELECT code FROM session LIMIT 1),"
                                  " (SELECT MIN(id) FROM quotaSlot), (SELECT COUNT(*) FROM quotaSlot)");
    check(sqlite3_step(facts), "facts");
    snprintf(unit, sizeof unit, "%s", (const char *)sqlite3_column_text(facts, 0));
    snprintf(session, sizeof session, "%s", (const char *)sqlite3_column_text(facts, 1));
    firstSlot = sqlite3_column_int64(facts, 2);
    slots = sqlite3_column_int64(facts, 3);
    sqlite3_finalize(facts);

    sqlite3_stmt *person = prepare(
        "INSERT INTO person (fullName, matchKey, unitCode, position, phone, email, createdAt, birthYear, gender)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *nomination = prepare(
        "INSERT INTO nomination (sessionCode, personId, senderCode, slotId, role, status, replacesId, note,"
        " createdAt, updatedAt, nominatedOn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    sqlite3_stmt *audit = prepare(
        "INSERT INTO audit (at, actor, command, today, todaySet, entity, entityKey, before, after, reason)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const char *at = "2022-05-01 00:00:00.000";
    double start = now();
    check(sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL), "begin");
    char name[96], key[96], phone[32], entityKey[32];
    for (long i = 1; i <= rows; i++) {
        snprintf(name, sizeof name, "Nguyễn Thị Thanh Hương %ld", i);
        snprintf(key, sizeof key, "nguyễn thị thanh hương %ld", i * 7919 % 1000003);
        snprintf(phone, sizeof phone, "09%08ld", i);
        text(person, 1, name);
        text(person, 2, key);
        text(person, 3, unit);
        text(person, 4, "Giáo viên");
        text(person, 5, phone);
        text(person, 7, at);
        check(sqlite3_bind_int(person, 8, 1980), "bind");
        text(person, 9, "Nữ");
        sqlite3_int64 personId = run(person);

        text(nomination, 1, session);
        check(sqlite3_bind_int64(nomination, 2, personId), "bind");
        text(nomination, 3, unit);
        check(sqlite3_bind_int64(nomination, 4, firstSlot + personId % slots), "bind");
        text(nomination, 5, "gv");
        text(nomination, 6, "proposed");
        text(nomination, 9, at);
        text(nomination, 10, at);
        text(nomination, 11, "2022-05-01");
        sqlite3_int64 nominationId = run(nomination);

        snprintf(entityKey, sizeof entityKey, "%lld", (long long)nominationId);
        text(audit, 1, at);
        text(audit, 3, "nominee import");
        text(audit, 4, "2022-05-01");
        check(sqlite3_bind_int(audit, 5, 1), "bind");
        text(audit, 6, "nomination");
        text(audit, 7, entityKey);
        text(audit, 9, "{\"person\":\"Nguyễn Thị Thanh Hương\",\"role\":\"gv\",\"sender\":\"PGD-BATXAT\",\"status\":\"proposed\"}");
        run(audit);
    }
    check(sqlite3_exec(db, "COMMIT", NULL, NULL, NULL), "commit");
    double seconds = now() - start;
    sqlite3_finalize(person);
    sqlite3_finalize(nomination);
    sqlite3_finalize(audit);
    check(sqlite3_close(db), "close");
    printf("%.2f\n", seconds);
    return 0;
}
