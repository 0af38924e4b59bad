"""Probes for customers, imports, settings, reports, exports and the demo (see test_permissions.py)."""

from __future__ import annotations

from core.customer_query import CustomerQuery, find_customer_ids, load_customer_profile, load_customer_rows
from core.customers import list_customers
from core.db import open_db
from core.demo_db import load_demo
from core.importing.batches import list_batches, undo_batch
from core.importing.planner import ImportOptions
from core.importing.service import import_file
from core.reports.exports import ExportRequest, export_list
from core.reports.monthly import write_monthly_report
from core.settings import get_setting, list_settings, set_setting
from core.ui_queries import month_kpis, recent_periods


def _customer_view(db, actor, world, tmp):
    ids = find_customer_ids(db, actor, CustomerQuery())
    load_customer_rows(db, actor, ids[:50])
    load_customer_profile(db, actor, world.own_customer)
    list_customers(db, actor)
    month_kpis(db, actor, recent_periods(db)[-1])


def _balances(db, actor, world, tmp):
    find_customer_ids(db, actor, CustomerQuery(order_by="aum", descending=True))


def _search_identifier(db, actor, world, tmp):
    find_customer_ids(db, actor, CustomerQuery(text="13800001234"))


def _month_file(tmp):
    path = tmp / "next_202611.csv"
    path.write_text("客户号,客户姓名,金融资产（元）\nP000001,张三,120000\nP000002,李四,80000\n", encoding="utf-8")
    return path


def _import_run(db, actor, world, tmp):
    import_file(db, _month_file(tmp), actor, ImportOptions(period="2026-11"))


def _import_undo(db, actor, world, tmp):
    latest = db.execute("select max(id) from import_batches where status = 'committed'").fetchone()[0]
    undo_batch(db, latest, actor)


def _import_view(db, actor, world, tmp):
    list_batches(db, actor)


def _settings_view(db, actor, world, tmp):
    list_settings(db, actor)
    get_setting(db, actor, "security.idle_minutes")


def _settings_change(db, actor, world, tmp):
    set_setting(db, actor, "security.idle_minutes", "10")


def _report(db, actor, world, tmp):
    write_monthly_report(db, actor, None, tmp / "月报.xlsx")


def _export_masked(db, actor, world, tmp):
    export_list(db, actor, "customers", tmp / "客户.xlsx")


def _export_full(db, actor, world, tmp):
    export_list(db, actor, "customers", tmp / "客户-完整.csv", ExportRequest(full=True, reason="报送总行核对"))


def _demo_load(db, actor, world, tmp):
    fresh = open_db(tmp / "demo.db")  # the world already holds the demo's months
    try:
        load_demo(fresh, actor, customers=20, months=2, seed=3)
    finally:
        fresh.close()


PROBES = {
    "customer.view": _customer_view,
    "customer.balances": _balances,
    "customer.search_identifier": _search_identifier,
    "import.run": _import_run,
    "import.undo": _import_undo,
    "import.view": _import_view,
    "settings.view": _settings_view,
    "settings.change": _settings_change,
    "report.generate": _report,
    "export.masked": _export_masked,
    "export.full": _export_full,
    "demo.load": _demo_load,
}
