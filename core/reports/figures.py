"""The report's figures from imports and risk results, read with SQL (no sheet writing here).

Money is in 分 throughout; the sheets show 万元. Each function reads what ``recompute`` stored,
so the caller makes sure the months are computed (``write_monthly_report`` does).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from core.risk.tiers import TIER_CODES

TIERS = len(TIER_CODES)
NEW, GONE = -1, -2  # migration matrix: not in last month's file / not in this month's file


@dataclass(frozen=True)
class TierCount:
    """Customers holding one tier in one month, their AUM, and how many are 关注 (AUM below the tier)."""

    tier: int
    customers: int
    aum_fen: int
    watch: int


def tier_distribution(db: Database, period: str | None) -> list[TierCount]:
    """Every tier (0 大众 … 4 私行) with its customers and AUM in ``period`` (all zeros for None)."""
    found: dict[int, TierCount] = {}
    if period is not None:
        for tier, customers, aum, watch in db.execute(
            """select t.tier, count(*), coalesce(sum(s.aum_fen), 0), sum(t.aum_tier < t.tier)
               from customer_tiers t join snapshots s on s.period = t.period and s.customer_id = t.customer_id
               where t.period = ? group by t.tier""",
            [period],
        ):
            found[tier] = TierCount(tier, customers, aum, watch)
    return [found.get(t, TierCount(t, 0, 0, 0)) for t in range(TIERS)]


def migration(db: Database, previous: str | None, period: str) -> dict[tuple[int, int], int]:
    """(tier last month, tier this month) → customers; ``NEW`` and ``GONE`` for customers not in one file."""
    moves: dict[tuple[int, int], int] = {}
    if previous is not None:
        for a, b, n in db.execute(
            """select a.tier, coalesce(b.tier, ?), count(*) from customer_tiers a
               left join customer_tiers b on b.period = ? and b.customer_id = a.customer_id
               where a.period = ? group by 1, 2""",
            [GONE, period, previous],
        ):
            moves[(a, b)] = n
    for b, n in db.execute(
        """select b.tier, count(*) from customer_tiers b where b.period = ?
           and not exists (select 1 from customer_tiers a where a.period = ? and a.customer_id = b.customer_id)
           group by 1""",
        [period, previous or ""],
    ):
        moves[(NEW, b)] = n
    return moves


def high_value_changes(db: Database, previous: str | None, period: str, high_from: int) -> tuple[int, int]:
    """(gained, lost): customers high-value this month and not last month, and the reverse (gone or downgraded)."""
    if previous is None:
        return 0, 0
    gained = db.execute(
        """select count(*) from customer_tiers b where b.period = ? and b.tier >= ?
           and not exists (select 1 from customer_tiers a where a.period = ? and a.customer_id = b.customer_id
                           and a.tier >= ?)""",
        [period, high_from, previous, high_from],
    ).fetchone()[0]
    lost = db.execute(
        """select count(*) from customer_tiers a where a.period = ? and a.tier >= ?
           and not exists (select 1 from customer_tiers b where b.period = ? and b.customer_id = a.customer_id
                           and b.tier >= ?)""",
        [previous, high_from, period, high_from],
    ).fetchone()[0]
    return int(gained), int(lost)


@dataclass(frozen=True)
class WarningCounts:
    """The warnings of one month (a row in ``warning_periods``) by their current status, with the AUM at stake."""

    total: int
    raised: int  # first raised in this month
    contacted: int  # reached: a contact record since it was raised, or ever marked 已联系
    retained: int
    lost: int
    false_alarm: int
    open: int
    aum_at_stake_fen: int
    aum_kept_fen: int  # at stake on warnings closed as 已挽留

    @property
    def retention_rate(self) -> float | None:
        """已挽留 ÷ (已挽留 + 已流失); None while none is closed either way."""
        closed = self.retained + self.lost
        return self.retained / closed if closed else None


def warning_counts(db: Database, period: str | None) -> WarningCounts | None:
    """The month's warnings by status; None for no month."""
    if period is None:
        return None
    row = db.execute(
        """select count(*), coalesce(sum(w.first_period = wp.period), 0),
                  coalesce(sum(w.status in ('contacted', 'retained')
                      or exists (select 1 from warning_events e where e.warning_id = w.id and e.to_status = 'contacted')
                      or exists (select 1 from visits v where v.customer_id = w.customer_id
                                 and v.visited_at >= substr(w.created_at, 1, 10))), 0),
                  coalesce(sum(w.status = 'retained'), 0),
                  coalesce(sum(w.status = 'lost'), 0), coalesce(sum(w.status = 'false_alarm'), 0),
                  coalesce(sum(w.status in ('new', 'assigned', 'contacted')), 0),
                  coalesce(sum(coalesce(rs.aum_at_stake_fen, w.aum_at_stake_fen)), 0),
                  coalesce(sum(case when w.status = 'retained' then coalesce(rs.aum_at_stake_fen, w.aum_at_stake_fen) end), 0)
           from warning_periods wp join warnings w on w.id = wp.warning_id
           left join risk_scores rs on rs.period = wp.period and rs.customer_id = w.customer_id
           where wp.period = ?""",
        [period],
    ).fetchone()
    return WarningCounts(*(int(v) for v in row))


def reason_counts(db: Database, period: str) -> list[tuple[str, int, int]]:
    """(rule code, warnings, AUM at stake) for the month's warnings; a warning counts once per reason."""
    counts: dict[str, list[int]] = {}
    for reasons, stake in db.execute(
        """select wp.reasons, coalesce(rs.aum_at_stake_fen, w.aum_at_stake_fen)
           from warning_periods wp join warnings w on w.id = wp.warning_id
           left join risk_scores rs on rs.period = wp.period and rs.customer_id = w.customer_id
           where wp.period = ?""",
        [period],
    ):
        for code in filter(None, reasons.split(",")):
            entry = counts.setdefault(code, [0, 0])
            entry[0] += 1
            entry[1] += stake
    return sorted(((c, n, s) for c, (n, s) in counts.items()), key=lambda x: (-x[1], -x[2], x[0]))


@dataclass(frozen=True)
class MonthTotals:
    """One month's file: customers and total AUM."""

    period: str
    customers: int
    aum_fen: int


def month_totals(db: Database, periods: list[str]) -> list[MonthTotals]:
    """Customers and total AUM of each month in ``periods`` (oldest first)."""
    if not periods:
        return []
    marks = ", ".join("?" * len(periods))
    found = {
        p: MonthTotals(p, n, aum)
        for p, n, aum in db.execute(
            f"select period, count(*), coalesce(sum(aum_fen), 0) from snapshots where period in ({marks}) group by period",
            periods,
        )
    }
    return [found.get(p, MonthTotals(p, 0, 0)) for p in periods]


@dataclass(frozen=True)
class Leaver:
    """A customer who left in the month: gone from the file, or most of their AUM moved away."""

    customer_id: int
    customer_no: str
    name: str
    manager: str | None
    tier: int | None  # held last month
    aum_before_fen: int
    aum_now_fen: int | None  # None: not in this month's file
    kind: str  # "vanished" or "moved"
    warning_status: str | None  # the latest warning's status code, if any

    @property
    def aum_lost_fen(self) -> int:
        """AUM that left."""
        return self.aum_before_fen - (self.aum_now_fen or 0)


def leavers(db: Database, previous: str | None, period: str, drop_pct: int) -> list[Leaver]:
    """Customers in last month's file who are not in this month's, and those (金卡 and up) whose AUM fell by ≥ ``drop_pct`` %; most AUM lost first."""
    if previous is None:
        return []
    rows = db.execute(
        """select c.id, c.customer_no, c.name, st.name, pt.tier, ps.aum_fen, s.aum_fen,
                  case when s.customer_id is null then 'vanished' else 'moved' end,
                  (select w.status from warnings w where w.customer_id = c.id order by w.id desc limit 1)
           from snapshots ps join customers c on c.id = ps.customer_id
           left join snapshots s on s.period = :p and s.customer_id = ps.customer_id
           left join customer_tiers pt on pt.period = :prev and pt.customer_id = ps.customer_id
           left join staff st on st.id = coalesce(ps.manager_id, c.manager_id)
           where ps.period = :prev
             and (s.customer_id is null
                  or (coalesce(pt.tier, 0) >= 1 and ps.aum_fen > 0 and s.aum_fen * 100 <= (100 - :pct) * ps.aum_fen))""",
        {"p": period, "prev": previous, "pct": drop_pct},
    ).fetchall()
    found = [Leaver(*r) for r in rows]
    return sorted(found, key=lambda x: (-x.aum_lost_fen, x.customer_no))
