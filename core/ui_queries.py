"""Small read-only queries the desktop screens need: the dashboard's month figures and trend.

Everything here reads what imports and ``recompute`` stored; nothing is written. Money in 分.
Figures count only the customers the acting user's role sees (a 客户经理 their own, a 柜员 their own
and the unassigned); money is None for a role without ``customer.balances`` (柜员) and warning
figures None for a role without ``risk.view``. 管理员 and 审计 are refused (PermissionDenied).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.customers import customer_visible
from core.risk.access import sees_balances
from core.risk.tiers import TIER_CODES
from core.security.permissions import can, customer_scope, require, sees_all_customers
from core.settings import setting_values

OPEN_STATUSES = ("new", "assigned", "contacted")


@dataclass(frozen=True)
class MonthKpis:
    """One month's headline figures for the dashboard."""

    period: str
    customers: int
    by_tier: tuple[int, int, int, int, int]  # customers holding 大众 … 私行
    total_aum_fen: int | None  # None: the role does not see money (柜员)
    high_value_customers: int
    high_value_aum_fen: int | None
    warnings: int | None  # high-value customers with a warning covering this month (None: no risk.view)
    aum_at_stake_fen: int | None  # of the high-value customers flagged this month


@dataclass(frozen=True)
class TrendPoint:
    """One month of the dashboard's trend chart."""

    period: str
    total_aum_fen: int | None  # None: the role does not see money (柜员)
    warnings: int | None  # None: the role does not see warnings (柜员)


def high_value_from(db: Database) -> int:
    """The tier index from which a customer counts as high-value (from the settings)."""
    return TIER_CODES.index(str(setting_values(db)["tier.high_value_from"]))


def recent_periods(db: Database, count: int = 12) -> list[str]:
    """The latest ``count`` committed months, oldest first."""
    rows = db.execute(
        "select distinct period from import_batches where status = 'committed' order by period desc limit ?", [count]
    ).fetchall()
    return [r[0] for r in reversed(rows)]


def _scope(actor: Actor) -> tuple[Callable[[str], str], str, list[object]]:
    """(join, condition, parameters) limiting a query to ``actor``'s customers.

    ``join(column)`` joins the customers table (as ``sc``) on a customer id column of the query; it is
    empty for a 主管, who sees every customer (the condition is then ``1``).
    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    condition, params = customer_scope(actor, "sc.manager_id")
    if sees_all_customers(actor):
        return (lambda _column: ""), "1", []
    return (lambda column: f" join customers sc on sc.id = {column}"), condition, params


def _through_warning(join: Callable[[str], str]) -> str:
    """``join`` for ``warning_periods wp``, which reaches its customer through the warning (empty for a 主管)."""
    scoped = join("w.customer_id")
    return f" join warnings w on w.id = wp.warning_id{scoped}" if scoped else ""


def month_kpis(db: Database, actor: Actor, period: str) -> MonthKpis:
    """The dashboard figures of ``period`` over ``actor``'s customers (zeros for a month with no data or not yet
    computed; money None for a 柜员, warnings None for a role without ``risk.view``).

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    join, cond, params = _scope(actor)
    hv = high_value_from(db)
    tiers = [0] * len(TIER_CODES)
    for tier, n in db.execute(
        f"select t.tier, count(*) from customer_tiers t{join('t.customer_id')}"
        f" where t.period = ? and {cond} group by t.tier",
        [period, *params],
    ):
        tiers[int(tier)] = int(n)
    total, customers = db.execute(
        f"select coalesce(sum(s.aum_fen), 0), count(*) from snapshots s{join('s.customer_id')}"
        f" where s.period = ? and {cond}",
        [period, *params],
    ).fetchone()
    hv_count, hv_aum = db.execute(
        f"""select count(*), coalesce(sum(s.aum_fen), 0) from customer_tiers t
           join snapshots s on s.period = t.period and s.customer_id = t.customer_id{join('t.customer_id')}
           where t.period = ? and t.tier >= ? and {cond}""",
        [period, hv, *params],
    ).fetchone()
    warnings = stake = None
    if can(actor, "risk.view"):
        warnings = db.execute(
            f"select count(*) from warning_periods wp{_through_warning(join)} where wp.period = ? and {cond}",
            [period, *params],
        ).fetchone()[0]
        stake = db.execute(
            f"""select coalesce(sum(r.aum_at_stake_fen), 0) from risk_scores r{join('r.customer_id')}
                where r.period = ? and r.high_value = 1 and {cond}""",
            [period, *params],
        ).fetchone()[0]
    money = sees_balances(actor)
    return MonthKpis(
        period, int(customers), tuple(tiers), int(total) if money else None, int(hv_count),  # type: ignore[arg-type]
        int(hv_aum) if money else None, None if warnings is None else int(warnings),
        int(stake) if money and stake is not None else None,
    )


def trend(db: Database, actor: Actor, count: int = 12) -> list[TrendPoint]:
    """Total AUM and warnings of ``actor``'s customers in the latest ``count`` months, oldest first
    (AUM None for a 柜员, warnings None for a role without ``risk.view``).

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    join, cond, params = _scope(actor)
    periods = recent_periods(db, count)
    if not periods:
        return []
    marks = ", ".join("?" * len(periods))
    money, risk = sees_balances(actor), can(actor, "risk.view")
    aum: dict[str, int] = {}
    if money:
        aum = dict(db.execute(
            f"select s.period, sum(s.aum_fen) from snapshots s{join('s.customer_id')}"
            f" where s.period in ({marks}) and {cond} group by s.period", [*periods, *params],
        ).fetchall())
    flagged: dict[str, int] = {}
    if risk:
        flagged = dict(db.execute(
            f"select wp.period, count(*) from warning_periods wp{_through_warning(join)}"
            f" where wp.period in ({marks}) and {cond} group by wp.period", [*periods, *params],
        ).fetchall())
    return [
        TrendPoint(p, int(aum.get(p) or 0) if money else None, int(flagged.get(p) or 0) if risk else None)
        for p in periods
    ]


def open_warning_count(db: Database, actor: Actor) -> int:
    """Warnings of ``actor``'s customers not yet closed (新预警, 已分派, 已联系), whatever month raised them.

    :raises PermissionDenied: the role does not see warnings (柜员, 管理员, 审计)
    """
    require(actor, "risk.view")
    join, cond, params = _scope(actor)
    marks = ", ".join("?" * len(OPEN_STATUSES))
    return int(db.execute(
        f"select count(*) from warnings w{join('w.customer_id')} where w.status in ({marks}) and {cond}",
        [*OPEN_STATUSES, *params],
    ).fetchone()[0])


def feedback_waiting(db: Database, actor: Actor) -> int:
    """Feedback items of ``actor``'s customers whose loop is not closed yet (not 已告知客户).

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    join, cond, params = _scope(actor)
    return int(db.execute(
        f"select count(*) from feedback_items f{join('f.customer_id')} where f.status != 'closed' and {cond}", params
    ).fetchone()[0])


def customer_tier_history(db: Database, actor: Actor, customer_id: int) -> list[tuple[str, int, int]]:
    """(period, tier held, tier by that month's AUM) of one customer, oldest first; empty for a customer
    ``actor`` may not see.

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    if not customer_visible(db, actor, customer_id):
        return []
    return [
        (p, int(t), int(a))
        for p, t, a in db.execute(
            "select period, tier, aum_tier from customer_tiers where customer_id = ? order by period", [customer_id]
        )
    ]
