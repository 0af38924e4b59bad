"""Due lists and the scorecard stay quick on a large branch: 100,000 customers, 60,000 contact records."""

from __future__ import annotations

import random
import time
from datetime import date, datetime, timedelta

from core.actors import LOCAL_USER
from core.followup.cadence import due_list
from core.followup.scorecard import scorecard
from core.risk import recompute

CUSTOMERS, VISITS = 100_000, 60_000
PERIODS = ("2026-09", "2026-10")


def _seed(db) -> None:  # noqa: ANN001
    rng = random.Random(3)
    with db.atomic():
        db.conn.executemany(
            "insert into staff (id, name, employee_no, created_at) values (?, ?, ?, 'x')",
            [(i, f"经理{i}", f"M{i:03d}") for i in range(1, 41)],
        )
        for batch, period in enumerate(PERIODS, 1):
            db.execute(
                """insert into import_batches (id, file_name, file_sha256, file_size, file_format, period, period_source,
                   mapping_json, status, imported_by, imported_at) values (?, ?, ?, 1, 'xlsx', ?, 'option', '{}', 'committed', 'x', 'x')""",
                [batch, period, f"sha{batch}", period],
            )
        db.conn.executemany(
            "insert into customers (id, customer_no, name, manager_id, first_period, last_period, updated_at) values (?, ?, ?, ?, ?, ?, 'x')",
            ((i, f"C{i:07d}", f"客户{i}", i % 41 or None, PERIODS[0], PERIODS[-1]) for i in range(1, CUSTOMERS + 1)),
        )
        wealth = [int(rng.lognormvariate(11, 1.6)) * 100 for _ in range(CUSTOMERS)]
        for batch, period in enumerate(PERIODS, 1):
            db.conn.executemany(
                "insert into snapshots (period, customer_id, batch_id, aum_fen) values (?, ?, ?, ?)",
                ((period, i + 1, batch, int(w * rng.uniform(0.85, 1.15))) for i, w in enumerate(wealth)),
            )
    for period in PERIODS:
        recompute(db, LOCAL_USER, period)
    start = datetime(2026, 5, 1, 9)
    with db.atomic():
        rows = []
        for _ in range(VISITS):
            cid = rng.randint(1, CUSTOMERS)
            at = start + timedelta(minutes=rng.randint(0, 60 * 24 * 190))
            nxt = (at + timedelta(days=rng.randint(3, 20))).date().isoformat() if rng.random() < 0.3 else None
            rows.append((cid, f"C{cid:07d}", cid % 40 + 1, at.isoformat(timespec="seconds"), nxt))
        db.conn.executemany(
            """insert into visits (customer_id, customer_no, staff_id, visited_at, channel, purpose, attitude, next_on,
               created_by, created_at, updated_by, updated_at) values (?, ?, ?, ?, 'phone', 'care', 'stable', ?, 'x', 'x', 'x', 'x')""",
            rows,
        )
        db.conn.executemany(
            """insert into manager_changes (customer_id, from_staff_id, to_staff_id, effective_on, source, actor, recorded_at)
               values (?, ?, 5, '2026-10-15', 'handover', 'x', 'x')""",
            [(i, i % 41 or None) for i in range(1, 3000)],
        )


def _timed(work) -> float:  # noqa: ANN001
    work()  # warm the page cache, as a second look at the screen would
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def test_due_lists_and_the_scorecard_of_100k_customers_take_well_under_a_second(db):
    _seed(db)
    today = date(2026, 11, 20)
    branch = _timed(lambda: due_list(db, LOCAL_USER, today=today))
    one = _timed(lambda: due_list(db, LOCAL_USER, "M005", today=today))
    card = _timed(lambda: scorecard(db, LOCAL_USER, "2026-10", today=today))
    print(f"due (branch) {branch:.3f}s, due (one manager) {one:.3f}s, scorecard {card:.3f}s")
    assert one < 0.5 and branch < 1.0 and card < 1.0
    assert scorecard(db, LOCAL_USER, "2026-10", today=today).total.customers == CUSTOMERS
