"""Due lists: what each manager should do today, from the contact records, the cadences and the warnings.

For the customers a manager manages now (``customers.manager_id``), on ``today``:

* **跟进到期 / 跟进逾期**: the customer's latest contact set a next follow-up date that is today, or
  has passed. Any later contact resets it (the latest contact decides).
* **未按周期维护**: the tier held in the latest month has a cadence (settings ``cadence.*``, in
  days; default 私行 and 钻石 30, 白金 60, 金卡 90) and the last contact is at least that many
  days ago, or there has never been one. Due on: last contact + cadence.
* **预警未联系**: an open warning (新预警 or 已分派) with no contact since the day it was raised;
  the deadline is that day + 3 working days (``followup.warning_days``), late once passed.
* **无客户经理** (the whole branch only): customers nobody manages who have a cadence or an open warning.

Everything is SQL over indexed columns (each customer's latest contact goes into a temporary
table once); Python only turns rows into ``DueItem``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from core.actors import Actor
from core.followup.config import FollowupConfig, load_followup_config
from core.followup.staff import find_staff
from core.followup.workdays import add_working_days, working_days_between
from core.risk.access import scope_clause, sees_balances
from core.risk.compute import ensure_computed
from core.risk.tiers import tier_label
from core.risk.warnings import STATUS_LABELS
from core.security.permissions import can, require


@dataclass(frozen=True)
class DueItem:
    """One customer on a due list."""

    customer_no: str
    name: str
    manager: str | None
    employee_no: str | None
    tier: str | None  # held in the latest month
    aum_fen: int | None  # latest month; None for a role that may not see balances (柜员)
    last_contact: str | None  # "YYYY-MM-DD"
    due_on: str | None  # follow-up date, cadence end or warning deadline; None: never contacted
    days_late: int | None  # days past due_on (working days for warnings); None: never contacted
    warning_id: int | None = None
    warning_status: str | None = None

    def as_json(self) -> dict[str, object]:
        """The object ``due --json`` prints."""
        return {
            "customer_no": self.customer_no,
            "name": self.name,
            "manager": self.manager,
            "employee_no": self.employee_no,
            "tier": self.tier,
            "aum_fen": self.aum_fen,
            "last_contact": self.last_contact,
            "due_on": self.due_on,
            "days_late": self.days_late,
            "warning_id": self.warning_id,
            "warning_status": self.warning_status,
        }


@dataclass(frozen=True)
class DueList:
    """Everything due on ``today`` for one manager (or the whole branch)."""

    today: str
    manager: str | None  # None: the whole branch
    followups_today: tuple[DueItem, ...]
    followups_overdue: tuple[DueItem, ...]
    out_of_cadence: tuple[DueItem, ...]
    warnings_uncontacted: tuple[DueItem, ...]  # late ones first
    unassigned: tuple[DueItem, ...]

    def as_json(self) -> dict[str, object]:
        """The object ``due --json`` prints."""
        sections = ("followups_today", "followups_overdue", "out_of_cadence", "warnings_uncontacted", "unassigned")
        return {
            "today": self.today,
            "manager": self.manager,
            **{name: [i.as_json() for i in getattr(self, name)] for name in sections},
        }


LAST = "temp.followup_last"  # each customer's latest contact, built once per due list
_COLUMNS = """c.customer_no, c.name, st.name, st.employee_no, t.tier, s.aum_fen, substr(l.at, 1, 10)"""
_STAFF_AUM = """LEFT JOIN staff st ON st.id = c.manager_id
            LEFT JOIN snapshots s ON s.period = :p AND s.customer_id = c.id"""
_JOINS = f"""{_STAFF_AUM}
            LEFT JOIN customer_tiers t ON t.period = :p AND t.customer_id = c.id"""


def due_list(
    db: Database,
    actor: Actor,
    staff: str | None = None,
    *,
    today: date | None = None,
    config: FollowupConfig | None = None,
) -> DueList:
    """What is due on ``today`` (default: the real today) for ``staff`` (工号), or for everyone ``actor`` sees.

    A 客户经理 sees their own customers only (another's 工号 gives an empty list), a 柜员 their own
    and the unassigned ones, without balances or warnings (a 柜员 has no risk.view). Tiers are those of the latest month, recomputed
    first if settings changed since.
    :raises PermissionDenied: the role may not see contacts (管理员, 审计)
    :raises FollowupRefused: unknown staff
    """
    require(actor, "contact.view")
    scope, scope_args = scope_clause(actor)
    money = sees_balances(actor)
    day = today or date.today()
    cfg = config or load_followup_config(db)
    manager = find_staff(db, staff, active_only=False) if staff is not None else None
    latest = db.execute("select max(period) from import_batches where status = 'committed'").fetchone()[0]
    if latest is not None:
        ensure_computed(db, actor, latest)  # tiers follow changed settings, as in every other list
    args: dict[str, object] = {
        "today": day.isoformat(),
        "p": latest,
        "sid": manager[0] if manager else None,
        **{f"c{k}": days for k, days in enumerate(cfg.cadence_days)},
        **scope_args,
    }
    mine = f"AND {scope}" + (" AND c.manager_id = :sid" if manager else "")
    db.execute(f"DROP TABLE IF EXISTS {LAST}")
    db.execute(f"CREATE TABLE {LAST} (customer_id INTEGER PRIMARY KEY, at TEXT, next_on TEXT)")
    try:
        db.execute(
            f"""INSERT INTO {LAST} SELECT customer_id, max(visited_at), next_on FROM visits
                WHERE customer_id IS NOT NULL GROUP BY customer_id"""
        )
        follow = _followups(db, mine, args, money)
        return DueList(
            day.isoformat(),
            manager[1] if manager else None,
            tuple(i for i in follow if i.due_on == args["today"]),
            tuple(i for i in follow if i.due_on != args["today"]),
            _cadence(db, mine, args, day, money),
            _warnings(db, mine, args, day, cfg.warning_days, money) if can(actor, "risk.view") else (),
            () if manager else _cadence(db, f"AND c.manager_id IS NULL AND {scope}", args, day, money, unassigned=True),
        )
    finally:
        db.execute(f"DROP TABLE IF EXISTS {LAST}")


def _item(row: tuple, money: bool, due_on: str | None, late: int | None, **extra: object) -> DueItem:  # type: ignore[type-arg]
    no, name, manager, number, tier, aum, last = row[:7]
    shown = aum if money else None
    return DueItem(
        no, name, manager, number, None if tier is None else tier_label(tier), shown, last, due_on, late, **extra
    )  # type: ignore[arg-type]


def _followups(db: Database, mine: str, args: dict[str, object], money: bool) -> list[DueItem]:
    rows = db.execute(
        f"""SELECT {_COLUMNS}, l.next_on, julianday(:today) - julianday(l.next_on)
            FROM {LAST} l JOIN customers c ON c.id = l.customer_id {_JOINS}
            WHERE l.next_on IS NOT NULL AND l.next_on <= :today {mine}
            ORDER BY l.next_on, {"s.aum_fen DESC," if money else ""} c.customer_no""",
        args,
    ).fetchall()
    return [_item(r, money, r[7], int(r[8])) for r in rows]


def _cadence_sql() -> str:
    return "(CASE t.tier " + " ".join(f"WHEN {k} THEN :c{k}" for k in range(5)) + " END)"


def _cadence(
    db: Database, mine: str, args: dict[str, object], day: date, money: bool, *, unassigned: bool = False
) -> tuple[DueItem, ...]:
    cadence = _cadence_sql()
    wanted = (
        f"({cadence} > 0 OR EXISTS (SELECT 1 FROM warnings w WHERE w.customer_id = c.id AND w.status IN ('new', 'assigned', 'contacted')))"
        if unassigned
        else f"{cadence} > 0 AND (l.at IS NULL OR julianday(:today) - julianday(substr(l.at, 1, 10)) >= {cadence})"
    )
    rows = db.execute(
        f"""SELECT {_COLUMNS}, date(substr(l.at, 1, 10), '+' || {cadence} || ' days')
            FROM customer_tiers t JOIN customers c ON c.id = t.customer_id
            LEFT JOIN {LAST} l ON l.customer_id = c.id {_STAFF_AUM}
            WHERE t.period = :p AND {wanted} {mine}
            ORDER BY t.tier DESC, {"s.aum_fen DESC NULLS LAST," if money else ""} c.customer_no""",
        args,
    ).fetchall()
    return tuple(_item(r, money, r[7], None if r[7] is None else (day - date.fromisoformat(r[7])).days) for r in rows)


def _warnings(
    db: Database, mine: str, args: dict[str, object], day: date, days: int, money: bool
) -> tuple[DueItem, ...]:
    rows = db.execute(
        f"""SELECT {_COLUMNS}, w.id, w.status, substr(w.created_at, 1, 10)
            FROM warnings w JOIN customers c ON c.id = w.customer_id
            LEFT JOIN {LAST} l ON l.customer_id = c.id {_JOINS}
            WHERE w.status IN ('new', 'assigned') {mine}
              AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.customer_id = w.customer_id
                              AND v.visited_at >= substr(w.created_at, 1, 10))
            ORDER BY w.created_at, {"w.aum_at_stake_fen DESC" if money else "c.customer_no"}""",
        args,
    ).fetchall()
    items = []
    for r in rows:
        deadline = add_working_days(date.fromisoformat(r[9]), days)
        items.append(
            _item(
                r,
                money,
                deadline.isoformat(),
                working_days_between(deadline, day),
                warning_id=r[7],
                warning_status=STATUS_LABELS[r[8]],
            )
        )
    return tuple(sorted(items, key=lambda i: -(i.days_late or 0)))
