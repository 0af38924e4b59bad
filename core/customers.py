"""Customer queries shared by the CLI and the UI, and the upkeep that imports need."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.privacy import mask_id_number, mask_mobile


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


def list_customers(db: Database, actor: Actor, period: str | None = None) -> list[CustomerSummary]:
    """Every customer with their AUM for ``period`` (default: the latest), masked identifiers.

    :param actor: who is asking (roles restrict this list once accounts exist)
    """
    from core.risk.compute import ensure_computed  # risk builds on this module's tables, not the reverse
    from core.risk.worklist import customer_risk

    period = period or latest_period(db)
    risk: dict[int, tuple[str, str | None]] = {}
    if period is not None:
        ensure_computed(db, actor, period)
        risk = customer_risk(db, actor, period)
    sql = """
        select c.id, c.customer_no, c.name, st.name, coalesce(s.branch, c.branch), s.aum_fen, c.id_number, c.mobile
        from customers c
        left join snapshots s on s.customer_id = c.id and s.period = ?
        left join staff st on st.id = c.manager_id
        order by c.customer_no
    """
    return [
        CustomerSummary(
            no, name, manager, branch, aum, mask_id_number(id_number), mask_mobile(mobile), *risk.get(cid, (None, None))
        )
        for cid, no, name, manager, branch, aum, id_number, mobile in db.execute(sql, [period])
    ]
