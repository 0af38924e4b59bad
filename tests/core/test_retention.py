"""Retention: expired personal data is purged with secure delete, the audit chain stays valid, one customer is erased."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from core.actors import HEAD, MANAGER, TELLER, Actor
from core.security import audit
from core.security.permissions import PermissionDenied
from core.security.retention import RetentionRefused, add_months, cutoffs, erase_customer, purge

HEAD_ACTOR = Actor("boss", "主管甲", HEAD, user_id=2)
NOW = datetime(2026, 6, 15, 9, 30)
SECRET = "旧反馈里的内容ZQXJ"


def clock_at(moment: datetime):
    return lambda: moment


def _seed(db) -> dict[str, int]:
    """Customers: A (old and new months, old contact and feedback), B (only an old month), C (old month, new contact)."""
    with db.atomic():
        db.execute("insert into staff (id, name, employee_no, created_at) values (1, '王静', 'M01', '2019-01-01')")
        for batch, period in ((1, "2019-01"), (2, "2026-01")):
            db.execute(
                """insert into import_batches (id, file_name, file_sha256, file_size, file_format, period, period_source,
                   mapping_json, status, imported_by, imported_at) values (?, 'f.xlsx', 'x', 1, 'xlsx', ?, 'option', '{}',
                   'committed', 'local', '2026-01-01')""",
                [batch, period],
            )
            db.execute("insert into import_issues (batch_id, code, severity) values (?, 'missing_value', 'error')", [batch])
        ids = {}
        for no, first, last in (("A", "2019-01", "2026-01"), ("B", "2019-01", "2019-01"), ("C", "2019-01", "2019-01")):
            cur = db.execute(
                """insert into customers (customer_no, name, id_number, mobile, manager_id, first_period, last_period, updated_at)
                   values (?, ?, '110105194912310021', '13812345678', 1, ?, ?, '2026-01-01')""",
                [no, f"客户{no}", first, last],
            )
            ids[no] = int(cur.lastrowid)
        for no, period, batch in (("A", "2019-01", 1), ("A", "2026-01", 2), ("B", "2019-01", 1), ("C", "2019-01", 1)):
            db.execute("insert into snapshots (period, customer_id, batch_id, aum_fen) values (?, ?, ?, 100)",
                       [period, ids[no], batch])
        for period in ("2019-01", "2026-01"):
            db.execute("""insert into risk_scores (period, customer_id, tier, high_value, aum_at_stake_fen, score, level)
                          values (?, ?, 1, 1, 100, 50, 'high')""", [period, ids["A"]])
            db.execute("""insert into customer_tiers (period, customer_id, tier, aum_tier, months_below)
                          values (?, ?, 1, 1, 0)""", [period, ids["A"]])
        for no, at in (("A", "2019-02-03 10:00"), ("C", "2026-05-01 10:00"), ("A", "2026-05-02 10:00")):
            db.execute(
                """insert into visits (customer_id, customer_no, staff_id, visited_at, channel, purpose, attitude, summary,
                   created_by, created_at, updated_by, updated_at)
                   values (?, ?, 1, ?, 'phone', 'care', 'stable', '客户说想转走', 'x', ?, 'x', ?)""",
                [ids[no], no, at, at, at],
            )
        for no, on, text in (("A", "2019-02-03", SECRET), ("A", "2026-05-02", "利率太低")):
            db.execute(
                """insert into feedback_items (customer_id, customer_no, category, text, raised_by, raised_on, status,
                   answer, created_by, created_at, updated_by, updated_at)
                   values (?, ?, 'price', ?, 1, ?, 'recorded', '已答复', 'x', ?, 'x', ?)""",
                [ids[no], no, text, on, on, on],
            )
    for moment in (datetime(2022, 1, 1), datetime(2023, 1, 1), datetime(2024, 1, 1), datetime(2026, 6, 1)):
        audit.record(db, HEAD_ACTOR, "sign_in", clock=clock_at(moment))
    return ids


def _counts(db) -> dict[str, int]:
    names = [r[0] for r in db.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")]
    return {n: db.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}


def test_months_move_back_with_the_day_clamped():
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 1, 15), -13) == date(2024, 12, 15)


def test_the_cutoffs_follow_the_settings_and_keep_at_least_six_months_of_audit(db):
    assert cutoffs(db, NOW.date()) == {"snapshots": "2021-06", "contacts": "2021-06-15", "audit": "2023-06-15"}
    with db.atomic():
        db.execute("insert into settings (key, value) values ('retention.audit_months', '2')")
    assert cutoffs(db, NOW.date())["audit"] >= "2025-12-15"


def test_a_dry_run_counts_exactly_what_the_purge_removes_and_changes_nothing(db):
    _seed(db)
    before = _counts(db)

    preview = purge(db, HEAD_ACTOR, dry_run=True, clock=clock_at(NOW))

    assert _counts(db) == before
    assert preview.dry_run
    assert preview.counts == {"snapshots": 3, "risk": 2, "warnings": 0, "import_issues": 1, "contacts": 1,
                              "feedback": 1, "audit": 2, "customers": 1}
    done = purge(db, HEAD_ACTOR, clock=clock_at(NOW))
    assert not done.dry_run and done.counts == preview.counts and done.cutoffs == preview.cutoffs


def test_the_purge_removes_expired_data_and_keeps_the_audit_chain_valid(db, db_path):
    ids = _seed(db)
    old_uids = {r[0] for r in db.execute(
        "select uid from visits where visited_at < '2021' union all select uid from feedback_items where raised_on < '2021'")}

    purge(db, HEAD_ACTOR, clock=clock_at(NOW))

    assert [r[0] for r in db.execute("select customer_no from customers order by customer_no")] == ["A", "C"]
    assert db.execute("select first_period from customers where id = ?", [ids["A"]]).fetchone() == ("2026-01",)
    assert db.execute("select count(*) from snapshots where period < '2021-06'").fetchone() == (0,)
    assert db.execute("select count(*) from visits").fetchone() == (2,)
    assert db.execute("select text from feedback_items").fetchall() == [("利率太低",)]
    # removed on purpose: an exchange package from another PC must not bring them back
    assert {r[0] for r in db.execute("select uid from exchange_forgotten")} == old_uids
    check = audit.verify_chain(db, HEAD_ACTOR)
    assert check.ok, check.message()
    rows = audit.list_audit(db, HEAD_ACTOR, newest_first=False)
    assert [r.at[:4] for r in rows] == ["2024", "2026", "2026"]
    assert rows[-1].action == "purge" and rows[-1].details["counts"]["audit"] == 2
    assert db.execute("select first_id from audit_anchor").fetchone() == (rows[0].id,)
    with pytest.raises(Exception, match="append-only"):  # the window is closed again
        with db.atomic():
            db.execute("delete from audit_log where id = ?", [rows[0].id])
    # secure delete and a checkpoint: the removed text is gone from the file, not only from the tables
    data = db_path.read_bytes() + (db_path.with_name(db_path.name + "-wal").read_bytes()
                                   if db_path.with_name(db_path.name + "-wal").exists() else b"")
    assert SECRET.encode("utf-8") not in data


def test_a_purge_of_every_audit_row_still_chains(db):
    for moment in (datetime(2020, 1, 1), datetime(2020, 2, 1)):
        audit.record(db, HEAD_ACTOR, "sign_in", clock=clock_at(moment))

    purge(db, HEAD_ACTOR, clock=clock_at(NOW))
    audit.record(db, HEAD_ACTOR, "sign_in", clock=clock_at(NOW))

    check = audit.verify_chain(db, HEAD_ACTOR)
    assert check.ok and check.rows == 2
    assert [r.id for r in audit.list_audit(db, HEAD_ACTOR, newest_first=False)] == [3, 4]


def test_only_the_roles_allowed_may_purge(db):
    _seed(db)
    before = _counts(db)
    for role in (TELLER, MANAGER):
        with pytest.raises(PermissionDenied):
            purge(db, Actor("x", "x", role, staff_id=1), clock=clock_at(NOW))
    assert _counts(db) == before


def test_erasing_a_customer_removes_personal_data_and_anonymises_the_work_records(db, db_path):
    ids = _seed(db)
    their_uids = {r[0] for r in db.execute("select uid from visits where customer_no = 'A'")}

    counts = erase_customer(db, HEAD_ACTOR, "A", "客户书面申请 2026-06-10", clock=clock_at(NOW))

    assert counts["customers"] == 1 and counts["snapshots"] == 2 and counts["contacts"] == 2 and counts["feedback"] == 2
    assert db.execute("select count(*) from customers where customer_no = 'A'").fetchone() == (0,)
    for table in ("snapshots", "risk_scores", "customer_tiers", "warnings", "manager_changes"):
        assert db.execute(f"select count(*) from {table} where customer_id = ?", [ids["A"]]).fetchone() == (0,), table
    visits = db.execute("select customer_id, customer_no, summary, staff_id from visits where customer_no != 'C'").fetchall()
    assert visits == [(None, "已删除", None, 1), (None, "已删除", None, 1)]  # the work stays, the customer goes
    assert their_uids <= {r[0] for r in db.execute("select uid from exchange_forgotten where kind = 'contact'")}
    texts = db.execute("select customer_id, text, answer from feedback_items").fetchall()
    assert all(t == (None, "（应客户要求已删除）", None) for t in texts)
    row = audit.list_audit(db, HEAD_ACTOR, limit=1)[0]
    assert (row.action, row.customer_id, row.details["reason"]) == ("customer_erased", ids["A"], "客户书面申请 2026-06-10")
    assert audit.verify_chain(db, HEAD_ACTOR).ok
    assert SECRET.encode("utf-8") not in db_path.read_bytes()


def test_an_erase_needs_a_reason_a_known_customer_and_a_branch_head(db):
    _seed(db)
    before = _counts(db)
    with pytest.raises(RetentionRefused, match="理由"):
        erase_customer(db, HEAD_ACTOR, "A", " ")
    with pytest.raises(RetentionRefused, match="找不到"):
        erase_customer(db, HEAD_ACTOR, "NOPE", "客户申请")
    with pytest.raises(PermissionDenied):
        erase_customer(db, Actor("m", "经理", MANAGER, staff_id=1), "A", "客户申请")
    assert _counts(db) == before
