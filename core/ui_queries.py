"""Small read-only queries the desktop screens need: the dashboard's month figures and trend.

Everything here reads what imports and ``recompute`` stored; nothing is written. Money in 分.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.risk.tiers import TIER_CODES
from core.settings import setting_values

OPEN_STATUSES = ("new", "assigned", "contacted")


@dataclass(frozen=True)
class MonthKpis:
    """One month's headline figures for the dashboard."""

    period: str
    customers: int
    by_tier: tuple[int, int, int, int, int]  # customers holding 大众 … 私行
    total_aum_fen: int
    high_value_customers: int
    high_value_aum_fen: int
    warnings: int  # high-value customers with a warning covering this month
    aum_at_stake_fen: int  # of the high-value customers flagged this month


@dataclass(frozen=True)
class TrendPoint:
    """One month of the dashboard's trend chart."""

    period: str
    total_aum_fen: int
    warnings: int


def high_value_from(db: Database) -> int:
    """The tier index from which a customer counts as high-value (from the settings)."""
    return TIER_CODES.index(str(setting_values(db)["tier.high_value_from"]))


def recent_periods(db: Database, count: int = 12) -> list[str]:
    """The latest ``count`` committed months, oldest first."""
    rows = db.execute(
        "select distinct period from import_batches where status = 'committed' order by period desc limit ?", [count]
    ).fetchall()
    return [r[0] for r in reversed(rows)]


def month_kpis(db: Database, actor: Actor, period: str) -> MonthKpis:
    """The dashboard figures of ``period`` (zeros for a month with no data or not yet computed)."""
    hv = high_value_from(db)
    tiers = [0] * len(TIER_CODES)
    for tier, n in db.execute("select tier, count(*) from customer_tiers where period = ? group by tier", [period]):
        tiers[int(tier)] = int(n)
    total, customers = db.execute(
        "select coalesce(sum(aum_fen), 0), count(*) from snapshots where period = ?", [period]
    ).fetchone()
    hv_count, hv_aum = db.execute(
        """select count(*), coalesce(sum(s.aum_fen), 0) from customer_tiers t
           join snapshots s on s.period = t.period and s.customer_id = t.customer_id
           where t.period = ? and t.tier >= ?""",
        [period, hv],
    ).fetchone()
    warnings = db.execute("select count(*) from warning_periods where period = ?", [period]).fetchone()[0]
    stake = db.execute(
        "select coalesce(sum(aum_at_stake_fen), 0) from risk_scores where period = ? and high_value = 1", [period]
    ).fetchone()[0]
    return MonthKpis(period, int(customers), tuple(tiers), int(total), int(hv_count), int(hv_aum),  # type: ignore[arg-type]
                     int(warnings), int(stake))


def trend(db: Database, actor: Actor, count: int = 12) -> list[TrendPoint]:
    """Total AUM and warnings of the latest ``count`` months, oldest first."""
    periods = recent_periods(db, count)
    if not periods:
        return []
    marks = ", ".join("?" * len(periods))
    aum = dict(db.execute(
        f"select period, sum(aum_fen) from snapshots where period in ({marks}) group by period", periods
    ).fetchall())
    flagged = dict(db.execute(
        f"select period, count(*) from warning_periods where period in ({marks}) group by period", periods
    ).fetchall())
    return [TrendPoint(p, int(aum.get(p) or 0), int(flagged.get(p) or 0)) for p in periods]


def open_warning_count(db: Database, actor: Actor) -> int:
    """Warnings not yet closed (新预警, 已分派, 已联系), whatever month raised them."""
    marks = ", ".join("?" * len(OPEN_STATUSES))
    return int(db.execute(f"select count(*) from warnings where status in ({marks})", OPEN_STATUSES).fetchone()[0])


def feedback_waiting(db: Database, actor: Actor) -> int:
    """Feedback items whose loop is not closed yet (not 已告知客户)."""
    return int(db.execute("select count(*) from feedback_items where status != 'closed'").fetchone()[0])


def customer_tier_history(db: Database, actor: Actor, customer_id: int) -> list[tuple[str, int, int]]:
    """(period, tier held, tier by that month's AUM) of one customer, oldest first."""
    return [
        (p, int(t), int(a))
        for p, t, a in db.execute(
            "select period, tier, aum_tier from customer_tiers where customer_id = ? order by period", [customer_id]
        )
    ]
