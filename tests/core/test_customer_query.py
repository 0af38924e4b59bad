"""Customer lists: search, filter and sort in SQL, rows loaded by id with masked identifiers."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from core.actors import LOCAL_USER
from core.customer_query import (
    NO_MANAGER,
    SORT_COLUMNS,
    CustomerQuery,
    committed_periods,
    customer_history,
    find_customer_ids,
    list_managers,
    load_customer_profile,
    load_customer_rows,
)
from core.demo_db import load_demo
from tests.conftest import make_id

STAMP = "2026-11-01T00:00:00"


@dataclass
class Person:
    """A customer to seed, with AUM (in 元) per period; a missing period means absent that month."""

    no: str
    name: str
    aum: dict[str, int]
    manager: int | None = None
    mobile: str | None = None
    id_number: str | None = None


def _seed(db, people: list[Person], periods: tuple[str, ...] = ("2026-09", "2026-10"), undone: tuple[str, ...] = ()):
    with db.atomic():
        db.conn.executemany(
            "insert into staff (id, name, created_at) values (?, ?, ?)",
            [(1, "王经理", STAMP), (2, "李经理", STAMP), (3, "赵经理", STAMP)],
        )
        for batch, period in enumerate(periods, 1):
            status = "undone" if period in undone else "committed"
            db.execute(
                """insert into import_batches (id, file_name, file_sha256, file_size, file_format, period,
                   period_source, mapping_json, status, imported_by, imported_at)
                   values (?, ?, ?, 1, 'xlsx', ?, 'option', '{}', ?, 'local', ?)""",
                [batch, f"{period}.xlsx", f"sha{batch}", period, status, STAMP],
            )
        for cid, p in enumerate(people, 1):
            months = sorted(p.aum)
            db.execute(
                """insert into customers (id, customer_no, name, id_type, id_number, mobile, gender, birth_date, branch,
                   manager_id, first_period, last_period, updated_at) values (?, ?, ?, '身份证', ?, ?, '女', '1980-05-17',
                   '示范支行', ?, ?, ?, ?)""",
                [cid, p.no, p.name, p.id_number, p.mobile, p.manager, months[0], months[-1], STAMP],
            )
            for period, yuan in p.aum.items():
                db.execute(
                    """insert into snapshots (period, customer_id, batch_id, aum_fen, deposit_fen, manager_id)
                       values (?, ?, ?, ?, ?, ?)""",
                    [period, cid, periods.index(period) + 1, yuan * 100, yuan * 50, p.manager],
                )


PEOPLE = [
    Person("C0001", "张三", {"2026-09": 100, "2026-10": 300}, manager=1, mobile="13800001234", id_number=make_id(1)),
    Person("C0002", "李四", {"2026-09": 500, "2026-10": 200}, manager=2, mobile="13900005678", id_number=make_id(2)),
    Person("C0010", "王张明", {"2026-10": 900}, manager=1, mobile="13700009999"),
    Person("D0003", "赵六", {"2026-09": 700}, manager=None, mobile="13600001234"),
    Person("X%_1", "百分之百", {"2026-09": 1, "2026-10": 1}, manager=3),
]


def _nos(db, query: CustomerQuery) -> list[str]:
    ids = find_customer_ids(db, LOCAL_USER, query)
    return [row.customer_no for row in load_customer_rows(db, LOCAL_USER, ids, query.period)]


def test_default_lists_everyone_by_customer_number(db):
    _seed(db, PEOPLE)
    assert _nos(db, CustomerQuery()) == ["C0001", "C0002", "C0010", "D0003", "X%_1"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("C00", ["C0001", "C0002", "C0010"]),  # customer number prefix
        ("0003", ["D0003"]),  # customer number contains
        ("张", ["C0001", "C0010"]),  # name contains
        ("1234", ["C0001", "D0003"]),  # last four of the mobile
        ("9999", ["C0010"]),
        ("张 明", ["C0010"]),  # every word must match
        ("%", ["X%_1"]),  # LIKE wildcards are literal
        ("_", ["X%_1"]),
        ("nobody", []),
    ],
)
def test_search(db, text, expected):
    _seed(db, PEOPLE)
    assert _nos(db, CustomerQuery(text=text)) == expected


def test_search_by_last_four_of_id_number_including_x(db):
    people = [Person(f"C{i}", f"客户{i}", {"2026-10": 1}, id_number=make_id(i)) for i in range(1, 40)]
    _seed(db, people)
    with_x = next(p for p in people if p.id_number.endswith("X"))
    tail = with_x.id_number[-4:].lower()
    found = _nos(db, CustomerQuery(text=tail, period="2026-10"))
    assert with_x.no in found
    assert all(p.id_number.upper().endswith(tail.upper()) for p in people if p.no in found)


def test_manager_filter_and_unassigned(db):
    _seed(db, PEOPLE)
    assert _nos(db, CustomerQuery(manager_id=1)) == ["C0001", "C0010"]
    assert _nos(db, CustomerQuery(manager_id=NO_MANAGER)) == ["D0003"]


def test_sort_by_aum_uses_the_latest_period_and_puts_absent_customers_last(db):
    _seed(db, PEOPLE)
    assert _nos(db, CustomerQuery(order_by="aum", descending=True)) == ["C0010", "C0001", "C0002", "X%_1", "D0003"]
    assert _nos(db, CustomerQuery(order_by="aum")) == ["X%_1", "C0002", "C0001", "C0010", "D0003"]


def test_an_earlier_period_shows_its_figures_and_leaves_out_later_customers(db):
    _seed(db, PEOPLE)
    query = CustomerQuery(period="2026-09", order_by="aum", descending=True)
    assert _nos(db, query) == ["D0003", "C0002", "C0001", "X%_1"]
    rows = load_customer_rows(db, LOCAL_USER, find_customer_ids(db, LOCAL_USER, query), "2026-09")
    assert [r.aum_fen for r in rows] == [70000, 50000, 10000, 100]


@pytest.mark.parametrize("key", sorted(SORT_COLUMNS))
def test_every_sort_key_runs_both_ways(db, key):
    _seed(db, PEOPLE)
    up = find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by=key))
    down = find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by=key, descending=True))
    assert sorted(up) == sorted(down) == [1, 2, 3, 4, 5]


def test_sort_by_manager_name(db):
    _seed(db, PEOPLE)
    rows = load_customer_rows(db, LOCAL_USER, find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by="manager")))
    assert [r.manager for r in rows] == sorted([r.manager for r in rows if r.manager]) + [None]


def test_unknown_sort_key_is_refused(db):
    with pytest.raises(ValueError):
        find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by="aum_fen; drop table customers"))


def test_rows_come_back_in_order_masked_with_none_for_missing_ids(db):
    _seed(db, PEOPLE)
    rows = load_customer_rows(db, LOCAL_USER, [2, 999, 1])
    assert rows[1] is None
    second, first = rows[0], rows[2]
    assert (first.customer_no, first.name, first.manager, first.aum_fen, first.deposit_fen) == (
        "C0001", "张三", "王经理", 30000, 15000,
    )
    assert first.mobile_masked == "138****1234"
    assert first.id_number_masked == PEOPLE[0].id_number[0] + "*" * 13 + PEOPLE[0].id_number[-4:]
    assert second.customer_no == "C0002"
    assert (first.first_period, first.last_period, first.branch, first.gender) == ("2026-09", "2026-10", "示范支行", "女")


def test_rows_load_in_chunks_beyond_the_variable_limit(db):
    _seed(db, [Person(f"C{i:05}", f"客户{i}", {"2026-10": i}) for i in range(1, 1201)], periods=("2026-10",))
    ids = find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by="aum", descending=True))
    rows = load_customer_rows(db, LOCAL_USER, ids)
    assert [r.aum_fen for r in rows] == [i * 100 for i in range(1200, 0, -1)]


def test_history_profile_and_periods(db):
    _seed(db, PEOPLE, periods=("2026-08", "2026-09", "2026-10"), undone=("2026-08",))
    assert committed_periods(db) == ["2026-10", "2026-09"]
    history = customer_history(db, LOCAL_USER, 2)
    assert [(m.period, m.aum_fen, m.manager) for m in history] == [("2026-09", 50000, "李经理"), ("2026-10", 20000, "李经理")]
    profile = load_customer_profile(db, LOCAL_USER, 1)
    assert (profile.customer_no, profile.mobile_masked, profile.birth_month, profile.manager) == (
        "C0001", "138****1234", "1980-05", "王经理",
    )
    assert PEOPLE[0].id_number not in repr(profile)
    assert load_customer_profile(db, LOCAL_USER, 999) is None


def test_list_managers(db):
    _seed(db, PEOPLE)
    assert [(m.name, m.customers) for m in list_managers(db, LOCAL_USER)] == [("李经理", 1), ("王经理", 2), ("赵经理", 1)]


def test_empty_database(db):
    assert find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by="aum")) == []
    assert committed_periods(db) == []
    assert customer_history(db, LOCAL_USER, 1) == []


def test_on_a_real_demo_import(db):
    demo = load_demo(db, LOCAL_USER, customers=200, months=2)
    ids = find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by="aum", descending=True))
    rows = load_customer_rows(db, LOCAL_USER, ids)
    present = [r.aum_fen for r in rows if r.aum_fen is not None]
    assert present == sorted(present, reverse=True)
    assert len(ids) <= demo.customers
    assert all("*" in r.mobile_masked for r in rows if r.mobile_masked)
    history = customer_history(db, LOCAL_USER, ids[0])
    assert [m.period for m in history] == sorted(demo.periods)[-len(history):]


def _seed_many(db, n: int, periods: tuple[str, ...]) -> None:
    """``n`` customers with a snapshot in every period, written in one transaction."""
    with db.atomic():
        db.conn.executemany(
            "insert into staff (id, name, created_at) values (?, ?, ?)", [(i, f"经理{i:02}", STAMP) for i in range(1, 21)]
        )
        for batch, period in enumerate(periods, 1):
            db.execute(
                """insert into import_batches (id, file_name, file_sha256, file_size, file_format, period,
                   period_source, mapping_json, status, imported_by, imported_at)
                   values (?, ?, ?, 1, 'xlsx', ?, 'option', '{}', 'committed', 'local', ?)""",
                [batch, f"{period}.xlsx", f"sha{batch}", period, STAMP],
            )
        db.conn.executemany(
            """insert into customers (id, customer_no, name, mobile, manager_id, first_period, last_period, updated_at)
               values (?, ?, ?, ?, ?, ?, ?, ?)""",
            ((i, f"C{i:07}", f"客户{i}", f"138{i:08}", i % 21 or None, periods[0], periods[-1], STAMP) for i in range(1, n + 1)),
        )
        for batch, period in enumerate(periods, 1):
            db.conn.executemany(
                "insert into snapshots (period, customer_id, batch_id, aum_fen, deposit_fen) values (?, ?, ?, ?, ?)",
                ((period, i, batch, (i * 7919) % 1_000_000_000, (i * 104729) % 100_000_000) for i in range(1, n + 1)),
            )


def test_sorting_100k_customers_by_aum_is_fast(db):
    """The figure the issue asks for: ids of 100,000 customers sorted by AUM. Target < 100 ms; the
    bound here is looser so a busy CI machine does not fail it; the measured figure is printed."""
    _seed_many(db, 100_000, ("2026-09", "2026-10"))
    timings = {}
    for key, descending in (("aum", True), ("aum", False), ("customer_no", False), ("manager", False)):
        query = CustomerQuery(order_by=key, descending=descending)
        find_customer_ids(db, LOCAL_USER, query)  # warm the page cache, as a second click would
        best = min(_timed(lambda q=query: find_customer_ids(db, LOCAL_USER, q)) for _ in range(3))
        timings[f"{key}{' desc' if descending else ''}"] = best
    print({k: f"{v * 1000:.0f} ms" for k, v in timings.items()})
    assert len(find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by="aum"))) == 100_000
    assert timings["aum desc"] < 0.3


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def test_the_list_shows_the_current_manager_after_an_assignment_in_the_app(db):
    from core.followup.assignment import assign_customer
    from core.followup.staff import add_staff

    _seed(db, [Person("0000000001", "张三", {"2026-09": 1000, "2026-10": 1000})])
    add_staff(db, LOCAL_USER, "赵新", "M900")
    assign_customer(db, LOCAL_USER, "0000000001", "M900")

    (row,) = load_customer_rows(db, LOCAL_USER, find_customer_ids(db, LOCAL_USER, CustomerQuery()), None)
    assert row.manager == "赵新"


@pytest.mark.parametrize("descending", [True, False])
def test_sorting_the_latest_month_by_aum_reads_the_index_and_keeps_absent_customers_last(db, descending):
    load_demo(db, LOCAL_USER, customers=150, months=3)
    period = db.execute("select max(period) from snapshots").fetchone()[0]
    present = db.execute(
        f"select customer_id from snapshots where period = ? order by aum_fen {'desc' if descending else 'asc'}, "
        f"customer_id {'desc' if descending else 'asc'}",
        [period],
    ).fetchall()
    absent = db.execute(
        """select c.id from customers c where not exists
           (select 1 from snapshots s where s.period = ? and s.customer_id = c.id) order by c.customer_no""",
        [period],
    ).fetchall()
    assert absent, "the demo has customers who left before the last month"

    ids = find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by="aum", descending=descending))

    assert ids == [r[0] for r in present] + [r[0] for r in absent]
    plan = " ".join(str(r) for r in db.execute(
        "explain query plan select customer_id from snapshots where period = ? order by aum_fen desc, customer_id desc",
        [period]))
    assert "snapshots_period_aum" in plan and "TEMP B-TREE" not in plan
