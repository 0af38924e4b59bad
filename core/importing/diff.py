"""How a month's customer list differs from the previous month's: new, changed and vanished customers.

Three counting queries over ``snapshots`` (primary key ``(period, customer_id)``): each probes the
other month by key, so 100,000 customers take a fraction of a second.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.security.permissions import require

CHANGE_PERCENT = 10  # "changed": AUM moved by at least this share of last month's AUM


@dataclass(frozen=True)
class MonthDifference:
    """``period`` compared with the latest loaded month before it (None: there is none)."""

    period: str
    previous_period: str | None
    new: int  # in this month's list, not in the previous one
    changed: int  # in both, AUM changed by at least CHANGE_PERCENT % of the previous AUM
    vanished: int  # in the previous list, not in this one
    change_percent: int = CHANGE_PERCENT


def previous_period(db: Database, period: str) -> str | None:
    """The latest committed month before ``period``."""
    row = db.execute(
        "select max(period) from import_batches where status = 'committed' and period < ?", [period]
    ).fetchone()
    return row[0] if row else None


def month_difference(db: Database, actor: Actor, period: str) -> MonthDifference:
    """Count the new, changed and vanished customers of ``period`` against the month before it.

    Branch-wide counts, shown after an import; no customer is named.
    :raises PermissionDenied: the role may not view import records (only 主管 and 管理员 may)
    """
    require(actor, "import.view")
    previous = previous_period(db, period)
    if previous is None:
        total = db.execute("select count(*) from snapshots where period = ?", [period]).fetchone()[0]
        return MonthDifference(period, None, total, 0, 0)
    only_in = """select count(*) from snapshots a where a.period = ?
                 and not exists (select 1 from snapshots b where b.period = ? and b.customer_id = a.customer_id)"""
    new = db.execute(only_in, [period, previous]).fetchone()[0]
    vanished = db.execute(only_in, [previous, period]).fetchone()[0]
    changed = db.execute(
        """select count(*) from snapshots a join snapshots b on b.period = ? and b.customer_id = a.customer_id
           where a.period = ? and a.aum_fen != b.aum_fen and abs(a.aum_fen - b.aum_fen) * 100 >= abs(b.aum_fen) * ?""",
        [previous, period, CHANGE_PERCENT],
    ).fetchone()[0]
    return MonthDifference(period, previous, new, changed, vanished)
