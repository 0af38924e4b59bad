"""The audit log is append-only (triggers) and hash-chained: an edited, removed or forged row is found."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from core.actors import AUDITOR, HEAD, Actor
from core.security import audit
from core.security.audit import AuditFilter, verify_chain
from core.security.retention import purge

AUDITOR_ACTOR = Actor("shenji", "审计甲", AUDITOR, user_id=5)
HEAD_ACTOR = Actor("boss", "主管甲", HEAD, user_id=2)


@pytest.fixture
def logged(db):
    for n in range(5):
        audit.record(db, HEAD_ACTOR, "export", target=f"file:{n}.xlsx", details={"rows": n})
    return db


def _tamper(db_path, sql: str, params=()) -> None:
    """What someone with a SQLite tool could do: drop the triggers, change the table, leave."""
    conn = sqlite3.connect(db_path)
    conn.execute("drop trigger audit_log_no_update")
    conn.execute("drop trigger audit_log_no_delete")
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def test_an_intact_log_verifies(logged):
    check = verify_chain(logged, AUDITOR_ACTOR)
    assert check.ok and check.rows == 5
    assert "完整" in check.message()


@pytest.mark.parametrize("sql", ["update audit_log set outcome = 'denied' where id = 2", "delete from audit_log where id = 2",
                                 "delete from audit_log"])
def test_updates_and_deletes_are_refused_by_the_triggers(logged, sql):
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        logged.execute(sql)
    assert verify_chain(logged, AUDITOR_ACTOR).rows == 5


def test_an_edited_row_is_reported(logged, db_path):
    _tamper(db_path, "update audit_log set details_json = '{\"rows\": 999}' where id = 3")

    check = verify_chain(logged, AUDITOR_ACTOR)

    assert not check.ok and check.first_bad_id == 3 and check.problem == "内容与哈希不符"
    assert "第 3 条" in check.message() and "篡改" in check.message()


def test_an_edited_row_with_its_hash_recomputed_breaks_the_next_link(logged, db_path):
    row = audit.list_audit(logged, AUDITOR_ACTOR, AuditFilter(), limit=1, offset=2)[0]  # id 3
    fields = {"id": row.id, "at": row.at, "user_id": row.user_id, "username": "someone_else", "role": row.role,
              "action": row.action, "outcome": row.outcome, "customer_id": row.customer_id, "target": row.target,
              "details_json": '{"rows": 2}'}
    forged = audit.row_hash(row.prev_hash, fields)
    _tamper(db_path, "update audit_log set username = 'someone_else', hash = ? where id = ?", [forged, row.id])

    check = verify_chain(logged, AUDITOR_ACTOR)

    assert not check.ok and check.first_bad_id == 4 and check.problem == "与上一条的链接不符"


def test_a_deleted_row_is_reported(logged, db_path):
    _tamper(db_path, "delete from audit_log where id = 2")

    check = verify_chain(logged, AUDITOR_ACTOR)

    assert not check.ok and check.first_bad_id == 2 and check.problem == "缺少记录"


def test_a_removed_last_row_cannot_hide_behind_a_forged_one(logged, db_path):
    _tamper(db_path, "insert into audit_log (id, at, username, role, action, outcome, details_json, prev_hash, hash) "
                     "values (6, '2026-01-01T00:00:00', 'x', '主管', 'export', 'ok', '{}', 'abc', 'def')")
    check = verify_chain(logged, AUDITOR_ACTOR)
    assert not check.ok and check.first_bad_id == 6


def test_the_purge_removes_old_rows_through_its_window_and_the_chain_stays_valid(db):
    for year in (2019, 2020, 2021):
        audit.record(db, HEAD_ACTOR, "sign_in", clock=lambda y=year: datetime(y, 1, 1))
    audit.record(db, HEAD_ACTOR, "sign_in")

    report = purge(db, HEAD_ACTOR)

    assert report.counts["audit"] == 3
    check = verify_chain(db, AUDITOR_ACTOR)
    assert check.ok and check.rows == 2  # the recent sign-in and the purge itself
    assert db.execute("select count(*) from audit_purge_window").fetchone() == (0,)


def test_identifiers_in_details_are_masked_before_they_are_stored(db):
    audit.record(db, HEAD_ACTOR, "customer_search", target="110105194912310021",
                 details={"query": "13812345678", "note": ["6222021234567890123"]})
    stored = db.execute("select target, details_json from audit_log").fetchone()
    text = "".join(stored)
    for secret in ("110105194912310021", "13812345678", "6222021234567890123"):
        assert secret not in text


def test_reading_the_log_needs_the_audit_permission(logged):
    from core.actors import TELLER
    from core.security.permissions import PermissionDenied

    with pytest.raises(PermissionDenied):
        verify_chain(logged, Actor("t", "柜员", TELLER))
    with pytest.raises(PermissionDenied):
        list(audit.iter_audit(logged, Actor("t", "柜员", TELLER)))
