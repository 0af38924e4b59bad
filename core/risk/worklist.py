"""Reading stored risk results: the work list, every scored customer, and tier and level per customer.

Everything here reads what ``recompute`` stored; call ``ensure_computed`` first when the
month may be stale (the CLI does).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.risk.access import scope_clause, shown_money
from core.risk.codes import LEVEL_LABELS
from core.risk.tiers import tier_label
from core.risk.warnings import STATUS_LABELS
from core.security.permissions import require


@dataclass(frozen=True)
class RiskReason:
    """One fired rule as the list shows it."""

    code: str
    message: str
    points: float
    params: dict[str, object]


@dataclass(frozen=True)
class RiskRow:
    """One customer on the work list (or on the full list with ``all_tiers``); money in 分."""

    customer_id: int
    customer_no: str
    name: str
    manager: str | None
    tier: str  # 大众 … 私行: the tier held
    high_value: bool
    aum_fen: int | None  # None: not in this month's file (vanished), or a role that may not see balances
    aum_at_stake_fen: int | None  # None only for a role that may not see balances
    score: int
    level: str  # 高 / 中 / 低
    status: str | None  # the warning's status (新预警 …); None if the customer has no warning for the month
    reasons: tuple[RiskReason, ...]

    def as_json(self) -> dict[str, object]:
        """The object ``risk --json`` prints."""
        return {
            "customer_no": self.customer_no,
            "name": self.name,
            "tier": self.tier,
            "aum_fen": self.aum_fen,
            "aum_at_stake_fen": self.aum_at_stake_fen,
            "score": self.score,
            "level": self.level,
            "status": self.status,
            "reasons": [{"code": r.code, "message": r.message} for r in self.reasons],
            "manager": self.manager,
            "high_value": self.high_value,
        }


def list_risk(db: Database, actor: Actor, period: str, *, all_tiers: bool = False) -> list[RiskRow]:
    """The month's scored customers ``actor`` sees (a 客户经理: their own), most AUM at stake first (then score).

    :param all_tiers: every customer with a fired rule; by default only high-value customers (the work list)
    :raises PermissionDenied: the role may not see warnings
    """
    require(actor, "risk.view")
    scope, args = scope_clause(actor)
    rows = db.execute(
        f"""select r.customer_id, c.customer_no, c.name, st.name, r.tier, r.high_value, r.aum_fen, r.aum_at_stake_fen,
                   r.score, r.level,
                   (select w.status from warning_periods wp join warnings w on w.id = wp.warning_id
                     where wp.period = r.period and w.customer_id = r.customer_id order by w.id desc limit 1)
            from risk_scores r join customers c on c.id = r.customer_id
            left join staff st on st.id = c.manager_id
            where r.period = :period and {scope} {"" if all_tiers else "and r.high_value = 1"}
            order by r.aum_at_stake_fen desc, r.score desc, c.customer_no""",
        {"period": period, **args},
    ).fetchall()
    reasons = _reasons(db, period)
    return [
        RiskRow(
            cid,
            no,
            name,
            manager,
            tier_label(tier),
            bool(high),
            shown_money(actor, aum),
            shown_money(actor, stake),
            score,
            LEVEL_LABELS[level],
            STATUS_LABELS[status] if status else None,
            tuple(reasons.get(cid, ())),
        )
        for cid, no, name, manager, tier, high, aum, stake, score, level, status in rows
    ]


def _reasons(db: Database, period: str) -> dict[int, list[RiskReason]]:
    out: dict[int, list[RiskReason]] = defaultdict(list)
    for cid, code, message, pts, params in db.execute(
        "select customer_id, code, message, points, params_json from risk_reasons where period = ? order by customer_id, points desc",
        [period],
    ):
        out[cid].append(RiskReason(code, message, pts, json.loads(params)))
    return out


def customer_risk(db: Database, actor: Actor, period: str) -> dict[int, tuple[str, str | None]]:
    """Customer id → (tier name, risk level 高/中/低 or None) for ``period``, from stored results.

    Covers every customer ``actor`` sees in the month's file plus those who vanished from it;
    customers of a month never computed are missing (call ``ensure_computed`` first).
    :raises PermissionDenied: the role may not see warnings (check ``can(actor, "risk.view")`` first)
    """
    require(actor, "risk.view")
    scope, args = scope_clause(actor)
    args["period"] = period
    out: dict[int, tuple[str, str | None]] = {
        cid: (tier_label(tier), None)
        for cid, tier in db.execute(
            f"""select t.customer_id, t.tier from customer_tiers t join customers c on c.id = t.customer_id
                where t.period = :period and {scope}""",
            args,
        )
    }
    for cid, tier, level in db.execute(
        f"""select r.customer_id, r.tier, r.level from risk_scores r join customers c on c.id = r.customer_id
            where r.period = :period and {scope}""",
        args,
    ):
        out[cid] = (tier_label(tier), LEVEL_LABELS[level])
    return out
