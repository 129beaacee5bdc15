-- The follow-up tree under BENCH-ROOT (created by `outreach session create` beforehand): child sessions of
-- the district offices and schools, their duties, and reports. Run after province.sql.
PRAGMA foreign_keys = OFF;
BEGIN;
-- Level 1: each district office owes the Sở, due 09/06/2022, and held its own session.
INSERT INTO duty(kind, scope, sessionCode, unitCode, owedTo, dueDate, closesOn, audience, audienceUnits, audiencePeople,
                 childSessionCode, createdOn, createdAt)
SELECT 'follow-up', 'BENCH-ROOT', 'BENCH-ROOT', code, 'BENCH-SO', '2022-06-09', '2022-07-09', 'subordinate-units', 600, 10000,
       'BENCH-' || code, '2022-05-11', '2022-05-11 00:00:00.000'
FROM unit WHERE kind = 'phong-gddt';
INSERT INTO session(code, title, organiserCode, startDate, status, parentCode, facts, createdAt)
SELECT 'BENCH-' || code, 'Tuyên truyền lại', code, '2022-05-25', 'held', 'BENCH-ROOT',
       (SELECT facts FROM session WHERE code = 'BENCH-ROOT'), '2022-05-11 00:00:00.000'
FROM unit WHERE kind = 'phong-gddt';
-- Level 2: each school owes its district office and held a session of its own.
INSERT INTO duty(kind, scope, sessionCode, unitCode, owedTo, dueDate, closesOn, audience, audienceUnits, audiencePeople,
                 childSessionCode, createdOn, createdAt)
SELECT 'follow-up', 'BENCH-' || parentCode, 'BENCH-' || parentCode, code, parentCode, '2022-06-20', '2022-07-20',
       'subordinate-units', 14, 250, 'BENCH-' || code, '2022-05-26', '2022-05-26 00:00:00.000'
FROM unit WHERE kind = 'truong';
INSERT INTO session(code, title, organiserCode, startDate, status, parentCode, facts, createdAt)
SELECT 'BENCH-' || code, 'Tuyên truyền lại', code, '2022-06-05', 'held', 'BENCH-' || parentCode,
       (SELECT facts FROM session WHERE code = 'BENCH-ROOT'), '2022-05-26 00:00:00.000'
FROM unit WHERE kind = 'truong';
-- Level 3: each subject group owes its school a follow-up to its teachers.
INSERT INTO duty(kind, scope, sessionCode, unitCode, owedTo, dueDate, closesOn, audience, audienceUnits, audiencePeople,
                 createdOn, createdAt)
SELECT 'follow-up', 'BENCH-' || parentCode, 'BENCH-' || parentCode, code, parentCode, '2022-06-30', '2022-07-30',
       'people', 0, 18, '2022-06-06', '2022-06-06 00:00:00.000'
FROM unit WHERE kind = 'to-chuyen-mon';
-- About 85 % reported, one in ten of them late, a few twice (a correction).
INSERT INTO dutyReport(dutyId, doneOn, reportedOn, reachedUnits, reachedPeople, source, recordedAt)
SELECT id, CASE WHEN id % 10 = 0 THEN date(dueDate, '+5 days') ELSE date(dueDate, '-3 days') END,
       date(dueDate, '+6 days'), audienceUnits, audiencePeople, 'typed', '2022-07-01 00:00:00.000'
FROM duty WHERE id % 7 <> 3;
INSERT INTO dutyReport(dutyId, doneOn, reportedOn, reachedUnits, reachedPeople, source, recordedAt)
SELECT id, date(dueDate, '-3 days'), date(dueDate, '+8 days'), audienceUnits, audiencePeople - 1, 'typed', '2022-07-02 00:00:00.000'
FROM duty WHERE id % 50 = 1;
COMMIT;
ANALYZE;
