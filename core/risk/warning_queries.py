"""Reading warnings: a customer's warnings with their history, and every open warning."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.risk.access import check_customer_no, scope_clause, shown_money
from core.risk.codes import LEVEL_LABELS
from core.risk.warnings import CTX, STATUS_LABELS, WarningRefused
from core.security.permissions import require

EVENT_LABELS = {
    "created": QT_TRANSLATE_NOOP(CTX, "生成预警"),
    "refreshed": QT_TRANSLATE_NOOP(CTX, "新一期仍有预警信号"),
    "status": QT_TRANSLATE_NOOP(CTX, "状态变更"),
}


@dataclass(frozen=True)
class WarningEvent:
    """One line of a warning's history."""

    kind: str  # "created", "refreshed", "status"
    period: str | None
    from_status: str | None  # Chinese labels
    to_status: str
    note: str | None
    actor: str
    at: str


@dataclass(frozen=True)
class WarningInfo:
    """A warning as a list or a detail view shows it; money in 分, labels in Chinese."""

    id: int
    customer_no: str
    name: str
    status: str
    status_code: str
    first_period: str
    last_period: str
    periods: tuple[str, ...]
    score: int
    level: str
    aum_at_stake_fen: int | None  # None for a role that may not see balances (柜员)
    closed_reason: str | None
    events: tuple[WarningEvent, ...]

    def as_json(self) -> dict[str, object]:
        """The object the CLI prints with ``--json``."""
        return {
            "warning_id": self.id,
            "customer_no": self.customer_no,
            "name": self.name,
            "status": self.status,
            "first_period": self.first_period,
            "last_period": self.last_period,
            "periods": list(self.periods),
            "score": self.score,
            "level": self.level,
            "aum_at_stake_fen": self.aum_at_stake_fen,
            "closed_reason": self.closed_reason,
            "history": [
                {
                    "kind": e.kind,
                    "period": e.period,
                    "from": e.from_status,
                    "to": e.to_status,
                    "note": e.note,
                    "by": e.actor,
                    "at": e.at,
                }
                for e in self.events
            ],
        }


_SELECT = """select w.id, c.customer_no, c.name, w.status, w.first_period, w.last_period, w.score, w.level,
                    w.aum_at_stake_fen, w.closed_reason
             from warnings w join customers c on c.id = w.customer_id"""


def warnings_of(db: Database, actor: Actor, customer_no: str) -> list[WarningInfo]:
    """Every warning of one customer, newest first, each with its history.

    :raises PermissionDenied: the role may not see warnings, or the customer is another manager's
    :raises WarningRefused: ``unknown_customer``
    """
    require(actor, "risk.view")
    customer_id = check_customer_no(db, actor, "risk.view", customer_no)
    if customer_id is None:
        raise WarningRefused("unknown_customer", QT_TRANSLATE_NOOP(CTX, "找不到客户号「{no}」"), no=customer_no)
    return _load(db, actor, f"{_SELECT} where c.id = :cid order by w.id desc", {"cid": customer_id})


def open_warnings(db: Database, actor: Actor) -> list[WarningInfo]:
    """Every open warning (新预警, 已分派, 已联系) of the customers ``actor`` sees, most AUM at stake first."""
    require(actor, "risk.view")
    scope, args = scope_clause(actor)
    return _load(
        db,
        actor,
        f"""{_SELECT} where w.status in ('new', 'assigned', 'contacted') and {scope}
            order by w.aum_at_stake_fen desc, w.id""",
        args,
    )


def _load(db: Database, actor: Actor, sql: str, args: dict[str, object]) -> list[WarningInfo]:
    rows = db.execute(sql, args).fetchall()
    ids = [r[0] for r in rows]
    events: dict[int, list[WarningEvent]] = defaultdict(list)
    periods: dict[int, list[str]] = defaultdict(list)
    for start in range(0, len(ids), 500):
        part = ids[start : start + 500]
        marks = ", ".join("?" * len(part))
        for wid, kind, period, frm, to, note, who, at in db.execute(
            f"""select warning_id, kind, period, from_status, to_status, note, actor, at from warning_events
                where warning_id in ({marks}) order by id""",
            part,
        ):
            events[wid].append(
                WarningEvent(kind, period, STATUS_LABELS.get(frm) if frm else None, STATUS_LABELS[to], note, who, at)
            )
        for wid, period in db.execute(
            f"select warning_id, period from warning_periods where warning_id in ({marks}) order by period", part
        ):
            periods[wid].append(period)
    return [
        WarningInfo(
            wid,
            no,
            name,
            STATUS_LABELS[status],
            status,
            first,
            last,
            tuple(periods[wid]),
            score,
            LEVEL_LABELS[level],
            shown_money(actor, stake),
            reason,
            tuple(events[wid]),
        )
        for wid, no, name, status, first, last, score, level, stake, reason in rows
    ]
