"""Benchmark: a full risk recompute (tiers, rules, scores, warnings) for the latest of 24 months × 100,000 customers.

    python bench/risk_bench.py [--customers 100000] [--months 24] [--rebuild]

The branch is built directly with executemany (not through the importer) and cached under
bench/.cache/; each run times a recompute on a fresh copy of it, then a second recompute of
the same month (results already there), and prints the figures. Target: ≤ 1.5 s for the first.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.actors import LOCAL_USER  # noqa: E402
from core.db import open_db  # noqa: E402
from core.risk import recompute  # noqa: E402
from core.risk.history import period_end  # noqa: E402

CACHE = ROOT / "bench" / ".cache"
TARGET_S = 1.5
WAN = 1_000_000
# share of customers, lowest and highest AUM in 分: 大众 金卡 白金 钻石 私行 (as the demo branch)
TIERS = (
    (0.70, 2_000, 5 * WAN),
    (0.22, 5 * WAN, 50 * WAN),
    (0.06, 50 * WAN, 200 * WAN),
    (0.015, 200 * WAN, 600 * WAN),
    (0.005, 600 * WAN, 3000 * WAN),
)


def periods_ending(end: str, months: int) -> list[str]:
    """``months`` consecutive "YYYY-MM" ending with ``end``."""
    index = int(end[:4]) * 12 + int(end[5:]) - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - months + 1, index + 1)]


def _opening(rng: random.Random) -> list:
    low, high = rng.choices([(lo, hi) for _share, lo, hi in TIERS], weights=[t[0] for t in TIERS])[0]
    aum = int(low * (high / low) ** rng.random())
    time_share = rng.random() * 0.6 if rng.random() < 0.5 else 0.0
    lam = 0.0 if rng.random() < 0.2 else rng.uniform(1, 25)
    return [aum, time_share, lam, rng.random() < 0.25, rng.randint(1, 365), True]


def build(path: Path, customers: int, months: int, seed: int = 7) -> None:
    """Write the benchmark branch to ``path``: customers, one committed batch per month, snapshots."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.unlink(missing_ok=True)
    db = open_db(path)
    rng = random.Random(seed)
    periods = periods_ending("2026-10", months)
    stamp = "2026-11-01T09:00:00"
    with db.atomic():
        db.conn.executemany(
            "insert into staff (id, name, employee_no, created_at) values (?, ?, ?, ?)",
            [(i, f"经理{i}", f"M{i:03d}", stamp) for i in range(1, 21)],
        )
        db.conn.executemany(
            """insert into import_batches (id, file_name, file_sha256, file_size, file_format, period, period_source,
                   mapping_json, rows_read, imported, status, imported_by, imported_at)
               values (?, ?, ?, 0, 'xlsx', ?, 'option', '{}', ?, ?, 'committed', 'bench', ?)""",
            [(i + 1, f"客户清单_{p}.xlsx", f"{i:064d}", p, customers, customers, stamp) for i, p in enumerate(periods)],
        )
        db.conn.executemany(
            """insert into customers (id, customer_no, name, manager_id, first_period, last_period, created_batch_id, updated_at)
               values (?, ?, ?, ?, ?, ?, 1, ?)""",
            [(i, f"{i:010d}", f"客户{i}", i % 20 + 1, periods[0], periods[-1], stamp) for i in range(1, customers + 1)],
        )
        state = {i: _opening(rng) for i in range(1, customers + 1)}
        for t, period in enumerate(periods):
            end = period_end(period)
            rows = [_month(rng, cid, st, period, t + 1, end) for cid, st in state.items()]
            db.conn.executemany(
                """insert into snapshots (period, customer_id, batch_id, aum_fen, deposit_fen, time_deposit_fen,
                       demand_deposit_fen, wealth_fen, transfer_out_fen, maturity_date, ebank_txn_count, last_txn_date,
                       payroll, manager_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [r for r in rows if r is not None],
            )
            print(f"  {period}: {sum(r is not None for r in rows)} rows", flush=True)
    db.close()


def _month(rng: random.Random, cid: int, st: list, period: str, batch: int, end: date) -> tuple | None:
    """One customer's snapshot for the month (None once they have left); moves ``st`` along."""
    if not st[5]:
        return None
    if rng.random() < 0.002:  # leaves the branch
        st[5] = False
        return None
    aum, time_share, lam, payroll, due, _ = st
    roll = rng.random()
    if roll < 0.005:
        aum = int(aum * rng.uniform(0.1, 0.6))  # a big move out
    elif roll < 0.01:
        aum = int(aum * rng.uniform(1.3, 2.0))  # money coming in
    else:
        aum = max(0, int(aum * (1 + rng.uniform(-0.03, 0.03))))
    if rng.random() < 0.003:
        payroll = not payroll
    st[0], st[3] = aum, payroll
    time_dep = int(aum * time_share)
    transfer = int(aum * rng.uniform(0, 0.05)) if rng.random() < 0.3 else 0
    maturity = None
    if time_dep:
        ahead = (due - end.timetuple().tm_yday) % 365 or 365  # renews every year on the same day
        maturity = (end + timedelta(days=ahead)).isoformat()
    txn = max(0, int(rng.gauss(lam, lam**0.5))) if lam else 0
    last = (end - timedelta(days=rng.randint(0, 20))).isoformat() if txn else None
    return (
        period,
        cid,
        batch,
        aum,
        aum - time_dep // 3,
        time_dep,
        aum - time_dep,
        time_dep // 3,
        transfer,
        maturity,
        txn,
        last,
        int(payroll),
        cid % 20 + 1,
    )


def main() -> int:
    """Build (or reuse) the cached branch, time the recomputes, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    cached = CACHE / f"risk-{args.customers}x{args.months}.db"
    if args.rebuild or not cached.exists():
        print(f"building {cached.name} (once; cached) …", flush=True)
        started = time.perf_counter()
        build(cached, args.customers, args.months)
        print(f"built in {time.perf_counter() - started:.1f} s")
    work = CACHE / "risk-work.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copy(cached, work)
    db = open_db(work)
    started = time.perf_counter()
    first = recompute(db, LOCAL_USER)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    recompute(db, LOCAL_USER)
    again = time.perf_counter() - started
    db.close()
    print(
        f"recompute {first.period}: {first.customers:,} customers judged, {first.tiers_written:,} tiers, "
        f"{first.flagged:,} flagged, {first.high_value_flagged:,} on the work list, "
        f"{first.warnings.created if first.warnings else 0:,} warnings raised"
    )
    print(
        f"first recompute: {cold:.2f} s (target ≤ {TARGET_S} s: {'OK' if cold <= TARGET_S else 'SLOW'}); "
        f"same month again: {again:.2f} s"
    )
    return 0 if cold <= TARGET_S else 1


if __name__ == "__main__":
    sys.exit(main())
