-- A generated province for the roll-up benchmark: 1 Sở, 100 district offices, 4 000 schools, 56 000 subject
-- groups (60 101 units), 1 000 000 people in the groups, and three levels of follow-up duties (100, 4 000 and
-- 56 000) linked through child sessions, about 85 % reported (some late). Deterministic.
PRAGMA foreign_keys = OFF;
BEGIN;
INSERT INTO unit(code, name, kind, parentCode, district, sortOrder) VALUES ('BENCH-SO', 'Sở Giáo dục và Đào tạo', 'so', NULL, NULL, 0);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO unit(code, name, kind, parentCode, district, sortOrder)
SELECT printf('D%03d', i), printf('Phòng GD&ĐT huyện %d', i), 'phong-gddt', 'BENCH-SO', printf('H%03d', i), i FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 3999)
INSERT INTO unit(code, name, kind, parentCode, sortOrder)
SELECT printf('D%03d-S%02d', i / 40 + 1, i % 40 + 1), printf('Trường số %d huyện %d', i % 40 + 1, i / 40 + 1), 'truong',
       printf('D%03d', i / 40 + 1), 1000 + i FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 55999)
INSERT INTO unit(code, name, kind, parentCode, sortOrder)
SELECT printf('D%03d-S%02d-T%02d', i / 560 + 1, (i / 14) % 40 + 1, i % 14 + 1), printf('Tổ chuyên môn %d', i % 14 + 1),
       'to-chuyen-mon', printf('D%03d-S%02d', i / 560 + 1, (i / 14) % 40 + 1), 10000 + i FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999)
INSERT INTO person(fullName, matchKey, unitCode, createdAt)
SELECT printf('Giáo viên %d', i), printf('giao vien %d', i),
       printf('D%03d-S%02d-T%02d', (i % 56000) / 560 + 1, ((i % 56000) / 14) % 40 + 1, (i % 56000) % 14 + 1),
       '2022-01-01 00:00:00.000' FROM n;
COMMIT;
