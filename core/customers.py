"""Customer queries shared by the CLI and the UI, and the upkeep that imports need.

Who sees which customers is decided once, in ``core.security.permissions.customer_scope``: every
function here that returns customer data limits itself to the acting user's customers, and gives
money fields as None to a role without ``customer.balances`` (the teller).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.privacy import mask_id_number, mask_mobile
from core.risk.access import scope_clause, sees_balances
from core.risk.codes import LEVEL_LABELS
from core.risk.tiers import tier_label
from core.security.permissions import can, customer_scope, may_see_customer, require


@dataclass(frozen=True)
class CustomerSummary:
    """One customer as the ``customers`` command lists it (identifiers already masked)."""

    customer_no: str
    name: str
    manager: str | None
    branch: str | None
    aum_fen: int | None
    id_number_masked: str
    mobile_masked: str
    tier: str | None = None  # 大众 … 私行, for the period
    risk_level: str | None = None  # 高 / 中 / 低, or None when no rule fired


def forget_unlisted_customers(db: Database) -> int:
    """Delete customers no snapshot mentions any more (after an undo or a replaced month) and
    recompute every customer's first and last period. Returns how many were deleted."""
    cursor = db.execute("delete from customers where id not in (select customer_id from snapshots)")
    db.execute(
        """with span as (select customer_id, min(period) as first, max(period) as last from snapshots group by customer_id)
           update customers set first_period = span.first, last_period = span.last
           from span where span.customer_id = customers.id
             and (customers.first_period != span.first or customers.last_period != span.last)"""
    )
    return cursor.rowcount


def latest_period(db: Database) -> str | None:
    """The most recent month with committed data."""
    row = db.execute("select max(period) from import_batches where status = 'committed'").fetchone()
    return row[0] if row else None


def named_scope(actor: Actor, column: str, args: dict[str, object]) -> str:
    """``customer_scope`` for a query with named parameters: the condition, its values bound into ``args``.

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    condition, named = scope_clause(actor, column)
    args.update(named)
    return condition


def customer_visible(db: Database, actor: Actor, customer_id: int) -> bool:
    """Whether ``customer_id`` exists and ``actor`` may see it.

    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    require(actor, "customer.view")
    row = db.execute("select manager_id from customers where id = ?", [customer_id]).fetchone()
    return row is not None and may_see_customer(actor, row[0])


def list_customers(db: Database, actor: Actor, period: str | None = None) -> list[CustomerSummary]:
    """The customers ``actor`` may see with their AUM for ``period`` (default: the latest), masked identifiers.

    A teller gets ``aum_fen`` None; the risk level is given only to roles that see the work list.
    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    scope, scope_params = customer_scope(actor, "c.manager_id")
    balances, risk_view = sees_balances(actor), can(actor, "risk.view")
    period = period or latest_period(db)
    if period is not None:  # upkeep (tiers follow changed settings), not a person's recompute: no permission
        from core.risk.compute import ensure_computed  # risk builds on this module's tables, not the reverse

        ensure_computed(db, actor, period)
    sql = f"""
        select c.customer_no, c.name, st.name, coalesce(s.branch, c.branch), s.aum_fen, c.id_number, c.mobile,
               coalesce(rs.tier, t.tier), rs.level
        from customers c
        left join snapshots s on s.customer_id = c.id and s.period = ?
        left join staff st on st.id = c.manager_id
        left join customer_tiers t on t.period = ? and t.customer_id = c.id
        left join risk_scores rs on rs.period = ? and rs.customer_id = c.id
        where {scope}
        order by c.customer_no
    """
    return [
        CustomerSummary(
            no, name, manager, branch, aum if balances else None, mask_id_number(id_number), mask_mobile(mobile),
            None if tier is None else tier_label(tier), LEVEL_LABELS[level] if level and risk_view else None,
        )
        for no, name, manager, branch, aum, id_number, mobile, tier, level in db.execute(
            sql, [period, period, period, *scope_params]
        )
    ]
