"""Roles on the data side: who sees which customers and money, and what imports, exports and settings audit."""

from __future__ import annotations

import hashlib
import json

import openpyxl
import pytest

from core.actors import ADMIN, AUDITOR, HEAD, LOCAL_USER, MANAGER, TELLER
from core.customer_query import (
    CustomerQuery,
    customer_history,
    find_customer_ids,
    load_customer_profile,
    load_customer_rows,
)
from core.customers import list_customers
from core.db import open_db
from core.demo_db import DEMO_PASSWORD, load_demo
from core.importing.batches import undo_batch
from core.importing.planner import ImportOptions
from core.importing.service import import_file
from core.reports.exports import ExportRequest, export_list
from core.reports.monthly import write_monthly_report
from core.reports.refused import ReportRefused
from core.security.accounts import authenticate, list_users
from core.security.permissions import PermissionDenied
from core.settings import set_setting
from core.ui_queries import month_kpis, recent_periods, trend
from tests.core.permission_world import build_world, copy_world


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("roles"))


@pytest.fixture
def db(world, tmp_path):
    database = copy_world(world, tmp_path)
    yield database
    database.close()


def audit_rows(db, action: str) -> list[dict]:
    rows = db.execute(
        "select username, role, target, details_json, outcome from audit_log where action = ? order by id", [action]
    ).fetchall()
    return [{"username": u, "role": r, "target": t, "details": json.loads(d), "outcome": o} for u, r, t, d, o in rows]


def managers_of(db, ids: list[int]) -> set:
    marks = ", ".join("?" * len(ids))
    return {r[0] for r in db.execute(f"select manager_id from customers where id in ({marks})", ids)}


def test_a_manager_lists_only_their_customers(db, world) -> None:
    manager = world.actors[MANAGER]
    ids = find_customer_ids(db, manager, CustomerQuery())
    own = db.execute("select count(*) from customers where manager_id = ?", [world.manager_staff]).fetchone()[0]
    assert len(ids) == own > 0
    assert managers_of(db, ids) == {world.manager_staff}
    assert world.other_customer not in ids and world.unassigned_customer not in ids
    assert load_customer_rows(db, manager, [world.own_customer, world.other_customer])[1] is None
    assert load_customer_profile(db, manager, world.other_customer) is None
    assert customer_history(db, manager, world.other_customer) == []
    listed = list_customers(db, manager)
    assert len(listed) == own and any(c.aum_fen is not None for c in listed)
    assert find_customer_ids(db, manager, CustomerQuery(order_by="aum", descending=True))  # money sorting allowed


def test_a_manager_exports_only_their_customers(db, world, tmp_path) -> None:
    result = export_list(db, world.actors[MANAGER], "customers", tmp_path / "mine.xlsx")
    own = {r[0] for r in db.execute("select customer_no from customers where manager_id = ?", [world.manager_staff])}
    every = {r[0] for r in db.execute("select customer_no from customers")}
    rows = list(openpyxl.load_workbook(tmp_path / "mine.xlsx").active.iter_rows(values_only=True))
    assert result.rows == len(own) and {r[0] for r in rows if r[0] in every} == own
    names = [r[1] for r in rows if r[0] in own]
    assert names and all("*" in n for n in names)  # 张*明: names leaving the branch are masked


def test_a_teller_sees_own_and_unassigned_without_money(db, world) -> None:
    teller = world.actors[TELLER]
    ids = find_customer_ids(db, teller, CustomerQuery())
    assert managers_of(db, ids) == {world.manager_staff, None}
    assert world.unassigned_customer in ids and world.other_customer not in ids
    rows = [r for r in load_customer_rows(db, teller, ids) if r is not None]
    assert len(rows) == len(ids) and all(r.aum_fen is None and r.deposit_fen is None for r in rows)
    assert all(c.aum_fen is None and c.risk_level is None for c in list_customers(db, teller))
    assert all(m.aum_fen is None and m.deposit_fen is None for m in customer_history(db, teller, world.own_customer))
    kpis = month_kpis(db, teller, recent_periods(db)[-1])
    assert kpis.customers > 0 and kpis.total_aum_fen is None and kpis.aum_at_stake_fen is None
    assert all(p.total_aum_fen is None for p in trend(db, teller))
    with pytest.raises(PermissionDenied) as refused:
        find_customer_ids(db, teller, CustomerQuery(order_by="deposit"))
    assert "没有权限" in refused.value.message() and "资产" in refused.value.message()


@pytest.mark.parametrize("role", [ADMIN, AUDITOR])
def test_admin_and_auditor_see_no_customers(db, world, role) -> None:
    actor = world.actors[role]
    for call in (
        lambda: find_customer_ids(db, actor, CustomerQuery()),
        lambda: load_customer_rows(db, actor, [world.own_customer]),
        lambda: load_customer_profile(db, actor, world.own_customer),
        lambda: list_customers(db, actor),
        lambda: month_kpis(db, actor, recent_periods(db)[-1]),
    ):
        with pytest.raises(PermissionDenied):
            call()


def test_an_identifier_search_is_audited_without_the_text(db, world) -> None:
    mobile = db.execute("select mobile from customers where id = ?", [world.own_customer]).fetchone()[0]
    ids = find_customer_ids(db, world.actors[MANAGER], CustomerQuery(text=mobile))
    assert ids == [world.own_customer]
    find_customer_ids(db, world.actors[MANAGER], CustomerQuery(text="林"))  # a name: not a lookup by identifier
    (row,) = audit_rows(db, "customer_search")
    assert row["details"] == {"kind": "mobile", "results": 1} and row["username"] == "manager"
    raw = db.execute("select group_concat(details_json || coalesce(target, ''), '') from audit_log").fetchone()[0]
    assert mobile not in raw and mobile[-4:] not in raw


def test_an_import_writes_one_audit_row_with_hash_and_counts(db, tmp_path) -> None:
    path = tmp_path / "next_202611.csv"
    path.write_text("客户号,客户姓名,金融资产（元）\nP000001,张三,120000\nP000002,李四,80000\n,,\n", encoding="utf-8")
    before = len(audit_rows(db, "import"))
    import_file(db, path, LOCAL_USER, ImportOptions(period="2026-11", dry_run=True))
    assert len(audit_rows(db, "import")) == before  # a dry run writes nothing
    outcome = import_file(db, path, LOCAL_USER, ImportOptions(period="2026-11"))
    rows = audit_rows(db, "import")
    assert len(rows) == before + 1
    row = rows[-1]
    assert row["target"] == f"batch:{outcome.commit.batch_id}"
    details = row["details"]
    assert details["file_sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (details["rows_read"], details["imported"], details["period"]) == (outcome.plan.rows_read, 2, "2026-11")
    assert details["rejected"] == outcome.plan.rejected and details["skipped"] == outcome.plan.skipped

    undo_batch(db, outcome.commit.batch_id, LOCAL_USER)
    (undone,) = audit_rows(db, "import_undone")
    assert undone["target"] == f"batch:{outcome.commit.batch_id}" and undone["details"]["snapshots_removed"] == 2


def test_only_a_head_imports(db, world, tmp_path) -> None:
    path = tmp_path / "x_202611.csv"
    path.write_text("客户号,客户姓名,金融资产（元）\nP000001,张三,120000\n", encoding="utf-8")
    before = db.execute("select count(*) from import_batches").fetchone()[0]
    for role in (TELLER, MANAGER, ADMIN, AUDITOR):
        for dry_run in (True, False):
            with pytest.raises(PermissionDenied):
                import_file(db, path, world.actors[role], ImportOptions(period="2026-11", dry_run=dry_run))
    assert db.execute("select count(*) from import_batches").fetchone()[0] == before


def test_a_full_export_needs_a_reason_and_is_audited_as_unmasked(db, world, tmp_path) -> None:
    head = world.actors[HEAD]
    target = tmp_path / "full.csv"
    with pytest.raises(ReportRefused) as refused:
        export_list(db, head, "customers", target, ExportRequest(full=True, reason="  "))
    assert refused.value.code == "no_reason" and "理由" in refused.value.message()
    assert not target.exists() and audit_rows(db, "export") == []
    with pytest.raises(PermissionDenied):
        export_list(db, world.actors[MANAGER], "customers", target, ExportRequest(full=True, reason="核对"))

    result = export_list(db, head, "customers", target, ExportRequest(full=True, reason="报送总行核对"))
    (row,) = audit_rows(db, "export")
    assert row["details"]["masked"] is False and row["details"]["reason"] == "报送总行核对"
    assert row["details"]["rows"] == result.rows and row["target"] == "export:customers"
    assert row["details"]["file_sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()
    full_name = db.execute("select name from customers where id = ?", [world.own_customer]).fetchone()[0]
    assert full_name in target.read_text(encoding="utf-8-sig")

    export_list(db, head, "customers", tmp_path / "masked.xlsx")
    masked = audit_rows(db, "export")[-1]["details"]
    assert masked["masked"] is True and "reason" not in masked


def test_a_report_is_audited_with_its_hash(db, world, tmp_path) -> None:
    target = tmp_path / "月报.xlsx"
    result = write_monthly_report(db, world.actors[HEAD], None, target)
    (row,) = audit_rows(db, "report")
    assert row["details"] == {"period": result.period, "file_sha256": hashlib.sha256(target.read_bytes()).hexdigest(),
                              "masked": True}
    with pytest.raises(PermissionDenied):
        write_monthly_report(db, world.actors[MANAGER], None, tmp_path / "m.xlsx")


def test_a_setting_change_is_audited_with_old_and_new(db, world) -> None:
    set_setting(db, world.actors[ADMIN], "tier.gold_min", "6万")
    set_setting(db, world.actors[ADMIN], "tier.gold_min", "6万")  # unchanged: nothing to audit
    (row,) = audit_rows(db, "setting_changed")
    assert row["target"] == "tier.gold_min" and row["role"] == ADMIN
    assert row["details"] == {"key": "tier.gold_min", "old": 5_000_000, "new": 6_000_000}
    with pytest.raises(PermissionDenied):
        set_setting(db, world.actors[MANAGER], "tier.gold_min", "7万")


def test_the_demo_brings_one_account_per_role(tmp_path) -> None:
    db = open_db(tmp_path / "demo.db")
    try:
        demo = load_demo(db, LOCAL_USER, customers=20, months=2, seed=3, accounts=True)
        managers = db.execute("select id, name from staff where role = '客户经理' order by id").fetchall()
        assert demo.accounts == ("admin", "zhuguan", "shenji", "guiyuan",
                                 *(f"jl{n:02d}" for n in range(1, len(managers) + 1)))
        signed = authenticate(db, "admin", DEMO_PASSWORD)
        users = {u.username: u for u in list_users(db, signed.actor)}
        assert users["admin"].role == ADMIN and users["zhuguan"].role == HEAD and users["shenji"].role == AUDITOR
        assert (users["guiyuan"].role, users["guiyuan"].staff_id) == (TELLER, managers[0][0])
        assert [(users[f"jl{n:02d}"].staff_id, users[f"jl{n:02d}"].display_name) for n in range(1, len(managers) + 1)] \
            == [tuple(m) for m in managers]
        assert all(u.role == MANAGER for name, u in users.items() if name.startswith("jl"))
        (loaded,) = audit_rows(db, "demo_loaded")
        assert loaded["details"]["accounts"] == len(demo.accounts)
    finally:
        db.close()


def test_the_export_command_takes_full_with_a_reason(tmp_path, capsys) -> None:
    from core.cli.app import main

    path = tmp_path / "cli.db"
    db = open_db(path)
    load_demo(db, LOCAL_USER, customers=20, months=2, seed=3)
    db.close()
    target = tmp_path / "客户.csv"
    base = ["--db", str(path), "export", "customers", "--out", str(target)]
    assert main([*base, "--full"]) == 2 and "理由" in capsys.readouterr().err and not target.exists()
    assert main([*base, "--reason", "核对"]) == 2 and "--full" in capsys.readouterr().err and not target.exists()
    assert main([*base, "--full", "--reason", "报送总行核对"]) == 0
    assert "未脱敏" in capsys.readouterr().out
    assert main(base) == 0
    db = open_db(path)
    try:
        rows = audit_rows(db, "export")
        assert [(r["details"]["masked"], r["details"].get("reason")) for r in rows] == [(False, "报送总行核对"), (True, None)]
    finally:
        db.close()


def test_the_rejected_rows_file_is_audited_when_the_caller_says_who(db, world, tmp_path) -> None:
    from core.importing.planner import plan_import
    from core.importing.rejects import write_rejected_rows

    path = tmp_path / "bad_202611.csv"
    path.write_text("客户号,客户姓名,金融资产（元）\nP000001,张三,120000\nP000002,李四,abc\n", encoding="utf-8")
    plan = plan_import(db, path, ImportOptions(period="2026-11", dry_run=True))
    with pytest.raises(PermissionDenied):
        write_rejected_rows(plan, tmp_path / "r0.xlsx", db=db, actor=world.actors[MANAGER])
    assert write_rejected_rows(plan, tmp_path / "r.xlsx", db=db, actor=world.actors[HEAD]) == plan.rejected == 1
    (row,) = audit_rows(db, "export")
    assert row["details"]["kind"] == "rejected_rows" and row["details"]["rows"] == 1
    assert row["details"]["file_sha256"] == hashlib.sha256((tmp_path / "r.xlsx").read_bytes()).hexdigest()
