-- The floor of an import in SQLite itself (issue 9): the same rows `nominee import` writes for N people
-- (N people, N nominations, N audit lines, one transaction, foreign keys on), inserted by SQLite alone
-- with INSERT … SELECT, no application code. Run by Benchmarks/import.sh on a copy of the benchmark's
-- database taken before the import, with N set in the temp table below.
PRAGMA foreign_keys = ON;
PRAGMA synchronous = NORMAL;
.timer on
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < (SELECT rows FROM temp.floor))
INSERT INTO person (fullName, matchKey, unitCode, position, phone, email, createdAt, birthYear, gender)
-- Names in scrambled order (a list is not sorted by the match key); phones ascending, as the workbook's are.
SELECT 'Nguyễn Thị Thanh Hương ' || i, 'nguyễn thị thanh hương ' || (i * 7919 % 1000003),
       (SELECT code FROM unit ORDER BY code LIMIT 1), 'Giáo viên', printf('09%08d', i), NULL,
       '2022-05-01 00:00:00.000', 1980, 'Nữ'
FROM n;
INSERT INTO nomination (sessionCode, personId, senderCode, slotId, role, status, replacesId, note, createdAt,
                        updatedAt, nominatedOn)
SELECT (SELECT code FROM session LIMIT 1), id, (SELECT code FROM unit ORDER BY code LIMIT 1),
       (SELECT MIN(id) FROM quotaSlot) + id % (SELECT COUNT(*) FROM quotaSlot), 'gv', 'proposed', NULL, NULL,
       '2022-05-01 00:00:00.000', '2022-05-01 00:00:00.000', '2022-05-01'
FROM person;
INSERT INTO audit (at, actor, command, today, todaySet, entity, entityKey, before, after, reason)
SELECT '2022-05-01 00:00:00.000', NULL, 'nominee import', '2022-05-01', 1, 'nomination', CAST(id AS TEXT), NULL,
       '{"person":"Nguyễn Thị Thanh Hương","role":"gv","sender":"PGD-BATXAT","status":"proposed"}', NULL
FROM nomination;
COMMIT;
