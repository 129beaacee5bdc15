#!/usr/bin/env python3
"""Builds a province-sized database for the CLI benchmark (issue 9): PEOPLE people and SESSIONS sessions.

The units and one session come in through `outreach` itself (init, units import, session create), so the
schema and every stored format are the program's own; the rest is copied in bulk with SQL: the session is
cloned under new codes with its quota slots, people are spread over the schools, every slot of every
session is filled (confirmed, except in every tenth session where they are still proposed, for the
benchmark to confirm), and each nomination gets its audit line, as the program would have written.

usage: make_db.py OUTREACH_BINARY DB_PATH [PEOPLE] [SESSIONS]
"""
import json
import os
import random
import sqlite3
import subprocess
import sys
import unicodedata

binary, path = sys.argv[1], sys.argv[2]
people = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
sessions = int(sys.argv[4]) if len(sys.argv) > 4 else 1_000
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
template = "LCI-2022-TDKT"

for name in (path, path + "-wal", path + "-shm"):
    if os.path.exists(name):
        os.remove(name)
env = dict(os.environ, OUTREACH_DB=path, OUTREACH_TODAY="2022-05-01")
for arguments in (["init"], ["units", "import", f"{root}/Templates/units/lao-cai-2022.yaml"],
                  ["session", "create", "--template", f"{root}/Templates/sessions/lao-cai-2022-tdkt.yaml"]):
    subprocess.run([binary] + arguments, env=env, check=True, stdout=subprocess.DEVNULL)

random.seed(2022)
db = sqlite3.connect(path)
db.execute("PRAGMA foreign_keys = ON")
families = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Giàng", "Lò", "Sùng", "Vàng", "Hà"]
middles = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Hồng", "Ngọc", "Xuân", "Kim", "A", "Seo"]
givens = ["An", "Bình", "Chi", "Dũng", "Hoa", "Khánh", "Lan", "Mai", "Nam", "Sơn", "Páo", "Dế", "Chảo", "Lở"]


def match_key(name):
    # Close to VietnameseText.matchKey: lower case without marks; đ becomes d.
    text = unicodedata.normalize("NFD", name.lower()).replace("đ", "d")
    return "".join(c for c in text if not unicodedata.combining(c))


with db:
    now = "2022-05-01 08:00:00.000"
    schools = [row[0] for row in db.execute("SELECT code FROM unit WHERE kind = 'truong'")] \
        or [row[0] for row in db.execute("SELECT code FROM unit")]
    rows = []
    for number in range(people):
        name = f"{random.choice(families)} {random.choice(middles)} {random.choice(givens)}"
        rows.append((name, match_key(name), random.choice(schools), "Giáo viên", f"09{number:08d}", now))
    db.executemany("INSERT INTO person (fullName, matchKey, unitCode, position, phone, createdAt) "
                   "VALUES (?, ?, ?, ?, ?, ?)", rows)
    code, title, organiser, start, deadline, status, facts, created = db.execute(
        "SELECT code, title, organiserCode, startDate, nominationDeadline, status, facts, createdAt "
        "FROM session WHERE code = ?", (template,)).fetchone()
    slots = db.execute("SELECT unitCode, groupIndex, groupLabel, slotIndex, roles, count, source "
                       "FROM quotaSlot WHERE sessionCode = ?", (template,)).fetchall()
    person_ids = [row[0] for row in db.execute("SELECT id FROM person")]
    for index in range(1, sessions):
        new = f"LCI-2022-B{index:04d}"
        values = json.loads(facts)
        values["code"] = new
        db.execute("INSERT INTO session (code, title, organiserCode, startDate, nominationDeadline, status, "
                   "parentCode, facts, createdAt) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                   (new, f"{title} ({index})", organiser, start, deadline, status,
                    json.dumps(values, ensure_ascii=False), created))
        db.executemany("INSERT INTO quotaSlot (sessionCode, unitCode, groupIndex, groupLabel, slotIndex, roles, "
                       "count, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [(new,) + tuple(slot) for slot in slots])
    session_codes = [row[0] for row in db.execute("SELECT code FROM session ORDER BY code")]
    for position, session in enumerate(session_codes):
        state = "proposed" if position % 10 == 0 else "confirmed"
        chosen = iter(random.sample(person_ids, sum(slot[5] for slot in slots)))
        nominations = []
        for slot_id, unit, roles, count in db.execute(
                "SELECT id, unitCode, roles, count FROM quotaSlot WHERE sessionCode = ?", (session,)).fetchall():
            for _ in range(count):
                nominations.append((session, next(chosen), unit, slot_id, roles.split(",")[0], state, now, now,
                                    "2022-05-01"))
        db.executemany("INSERT INTO nomination (sessionCode, personId, senderCode, slotId, role, status, "
                       "createdAt, updatedAt, nominatedOn) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", nominations)
    db.execute("""
        INSERT INTO audit (at, actor, command, today, todaySet, entity, entityKey, before, after, reason)
        SELECT createdAt, senderCode, 'nominee add', '2022-05-01', 1, 'nomination', CAST(id AS TEXT), NULL,
               json_object('status', status), NULL FROM nomination WHERE sessionCode != ?
        """, (template,))
db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
counts = {table: db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
          for table in ("person", "session", "quotaSlot", "nomination", "audit")}
print(", ".join(f"{count} {table}" for table, count in counts.items()))
