"""Month-over-month difference: new, changed (AUM ±10 % or more) and vanished customers."""

from __future__ import annotations

import time

from core.actors import LOCAL_USER
from core.importing.batches import undo_batch
from core.importing.diff import month_difference
from core.importing.planner import ImportOptions
from core.importing.service import import_file

HEADER = ["客户号", "客户姓名", "金融资产（元）"]


def _import(db, make_xlsx, period: str, rows: list[list[object]]):
    return import_file(db, make_xlsx(HEADER, rows, name=f"客户清单_{period.replace('-', '')}.xlsx"), LOCAL_USER,
                       ImportOptions())


def test_first_month_has_no_previous(db, make_xlsx):
    _import(db, make_xlsx, "2026-09", [["C1", "甲", 100.0], ["C2", "乙", 200.0]])

    diff = month_difference(db, LOCAL_USER, "2026-09")

    assert diff.previous_period is None
    assert (diff.new, diff.changed, diff.vanished) == (2, 0, 0)


def test_new_changed_and_vanished_against_the_previous_loaded_month(db, make_xlsx):
    _import(db, make_xlsx, "2026-08", [["C1", "甲", 1.0]])
    _import(db, make_xlsx, "2026-09", [["C1", "甲", 1000.0], ["C2", "乙", 1000.0], ["C3", "丙", 1000.0],
                                        ["C4", "丁", 0.0]])
    _import(db, make_xlsx, "2026-10", [
        ["C1", "甲", 1099.99],  # -> +9.999 %: not changed
        ["C2", "乙", 1100.0],  # +10 %: changed
        ["C4", "丁", 5.0],  # from zero: changed
        ["C5", "戊", 10.0],  # new
    ])  # C3 vanished

    diff = month_difference(db, LOCAL_USER, "2026-10")

    assert diff.previous_period == "2026-09"
    assert (diff.new, diff.changed, diff.vanished) == (1, 2, 1)
    assert diff.change_percent == 10


def test_an_undone_month_is_not_the_previous_one(db, make_xlsx):
    _import(db, make_xlsx, "2026-08", [["C1", "甲", 100.0]])
    undone = _import(db, make_xlsx, "2026-09", [["C9", "壬", 100.0]])
    undo_batch(db, undone.commit.batch_id, LOCAL_USER)
    _import(db, make_xlsx, "2026-10", [["C1", "甲", 100.0], ["C2", "乙", 1.0]])

    diff = month_difference(db, LOCAL_USER, "2026-10")

    assert diff.previous_period == "2026-08"
    assert (diff.new, diff.changed, diff.vanished) == (1, 0, 0)


def test_fast_at_100k_customers(db):
    n = 100_000
    db.conn.execute("begin")
    db.execute("insert into import_batches (id, file_name, file_sha256, file_size, file_format, period, period_source,"
               " mapping_json, status, imported_by, imported_at) values"
               " (1, 'a', 'a', 1, 'xlsx', '2026-09', 'title', '{}', 'committed', 'x', '2026-10-01'),"
               " (2, 'b', 'b', 1, 'xlsx', '2026-10', 'title', '{}', 'committed', 'x', '2026-11-01')")
    db.conn.executemany("insert into customers (id, customer_no, name, first_period, last_period, updated_at)"
                        " values (?, ?, 'x', '2026-09', '2026-10', '')", [(i, f"C{i}") for i in range(n + 1000)])
    db.conn.executemany("insert into snapshots (period, customer_id, batch_id, aum_fen) values ('2026-09', ?, 1, ?)",
                        [(i, 100_000) for i in range(n)])
    db.conn.executemany("insert into snapshots (period, customer_id, batch_id, aum_fen) values ('2026-10', ?, 2, ?)",
                        [(i, 100_000 if i % 10 else 200_000) for i in range(1000, n + 1000)])
    db.conn.execute("commit")

    started = time.perf_counter()
    diff = month_difference(db, LOCAL_USER, "2026-10")
    elapsed = time.perf_counter() - started

    assert (diff.new, diff.vanished) == (1000, 1000)
    assert diff.changed == 9900
    assert elapsed < 1.0
