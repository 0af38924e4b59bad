"""Helpers shared by the risk tests (no tests here): crafted histories and small crafted branches."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from core.risk.history import Feedback, History, history_of

WAN = 1_000_000  # 分 per 万元
STAMP = "2026-11-01T09:00:00"


def hist(*months: dict[str, Any] | None, period: str = "2026-10", feedback: Feedback | None = None) -> History:
    """A History from months given oldest first; the last one is the judged month ``period``."""
    return history_of(period, list(reversed(months)), feedback=feedback)


def wan(amount: float) -> int:
    """万元 as 分."""
    return round(amount * WAN)


def periods_ending(end: str, count: int) -> list[str]:
    """``count`` consecutive months ending with ``end``, oldest first."""
    index = int(end[:4]) * 12 + int(end[5:]) - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - count + 1, index + 1)]


def seed(
    db: Database, histories: Mapping[str, Sequence[Mapping[str, Any] | None]], *, end: str = "2026-10"
) -> list[str]:
    """Write a crafted branch: ``histories`` maps customer numbers to months (oldest first, None = absent).

    Each month is a dict of snapshot columns without the ``_fen`` suffix for money
    (``aum``, ``time_deposit``, ``transfer_out``, ``maturity_date``, ``ebank_txn_count``, ``payroll``…).
    Every month gets one committed batch. Returns the periods, oldest first.
    """
    count = max(len(h) for h in histories.values())
    periods = periods_ending(end, count)
    with db.atomic():
        for i, period in enumerate(periods):
            db.execute(
                """insert into import_batches (file_name, file_sha256, file_size, file_format, period, period_source,
                       mapping_json, status, imported_by, imported_at)
                   values (?, ?, 0, 'xlsx', ?, 'option', '{}', 'committed', 'test', ?)""",
                [f"清单_{period}.xlsx", f"{i:064d}", period, STAMP],
            )
        batch = dict(db.execute("select period, id from import_batches").fetchall())
        for no, months in histories.items():
            present = [periods[i] for i, m in enumerate(months) if m is not None]
            cid = db.execute(
                """insert into customers (customer_no, name, first_period, last_period, updated_at)
                   values (?, ?, ?, ?, ?)""",
                [no, f"客户{no}", present[0], present[-1], STAMP],
            ).lastrowid
            for i, month in enumerate(months):
                if month is None:
                    continue
                row = {("aum_fen" if k == "aum" else k if k in _PLAIN else f"{k}_fen"): v for k, v in month.items()}
                row |= {"period": periods[i], "customer_id": cid, "batch_id": batch[periods[i]]}
                db.execute(
                    f"insert into snapshots ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values())
                )
    return periods


def append_month(db: Database, period: str, months: Mapping[str, Mapping[str, Any]]) -> int:
    """Commit one more month: a batch and a snapshot per customer number in ``months`` (new numbers are created)."""
    with db.atomic():
        batch = db.execute(
            """insert into import_batches (file_name, file_sha256, file_size, file_format, period, period_source,
                   mapping_json, status, imported_by, imported_at)
               values (?, ?, 0, 'xlsx', ?, 'option', '{}', 'committed', 'test', ?)""",
            [f"清单_{period}.xlsx", f"{period}".ljust(64, "0"), period, STAMP],
        ).lastrowid
        for no, month in months.items():
            found = db.execute("select id from customers where customer_no = ?", [no]).fetchone()
            cid = (
                found[0]
                if found
                else db.execute(
                    "insert into customers (customer_no, name, first_period, last_period, updated_at) values (?, ?, ?, ?, ?)",
                    [no, f"客户{no}", period, period, STAMP],
                ).lastrowid
            )
            row = {("aum_fen" if k == "aum" else k if k in _PLAIN else f"{k}_fen"): v for k, v in month.items()}
            row |= {"period": period, "customer_id": cid, "batch_id": batch}
            db.execute(
                f"insert into snapshots ({', '.join(row)}) values ({', '.join('?' * len(row))})", list(row.values())
            )
    return int(batch)


_PLAIN = {"maturity_date", "ebank_txn_count", "last_txn_date", "payroll", "products", "branch", "manager_id"}


def customer_id(db: Database, customer_no: str) -> int:
    """The internal id of ``customer_no``."""
    return int(db.execute("select id from customers where customer_no = ?", [customer_no]).fetchone()[0])
