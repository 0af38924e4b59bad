"""One customer, one manager (一户一经理): assigning, handing over, and who has been left without anyone.

Every change is logged in ``manager_changes`` (see owners.py for how the log answers "who managed
this customer on that day"). A customer's open warnings and pending follow-ups have no owner of
their own: they are the customer's, so they go wherever the customer goes. A handover therefore
moves exactly the customers, and with them their open items; closed warnings and contacts already
made stay where history put them (a contact stays the work of whoever made it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import CTX, FollowupRefused
from core.followup.owners import move_customers
from core.followup.staff import find_customer, find_staff, find_visible_customer
from core.followup.workdays import stamp
from core.i18n import QT_TRANSLATE_NOOP
from core.risk.access import scope_clause, sees_balances, shown_money
from core.risk.tiers import tier_label
from core.security import audit
from core.security.permissions import require

SOURCE_LABELS = {
    "import": QT_TRANSLATE_NOOP(CTX, "月度清单"),
    "assign": QT_TRANSLATE_NOOP(CTX, "指定"),
    "handover": QT_TRANSLATE_NOOP(CTX, "交接"),
}
OPEN_WARNING = "exists (select 1 from warnings w where w.customer_id = customers.id and w.status in ('new', 'assigned', 'contacted'))"
PENDING_FOLLOWUP = """exists (select 1 from visits v where v.customer_id = customers.id and v.next_on is not null
    and v.visited_at = (select max(x.visited_at) from visits x where x.customer_id = customers.id))"""


@dataclass(frozen=True)
class Assignment:
    """The outcome of ``assign_customer``."""

    customer_no: str
    name: str
    from_manager: str | None
    to_manager: str
    changed: bool  # False: the customer already had this manager, nothing was written


@dataclass(frozen=True)
class Handover:
    """The outcome of ``handover``: what moved from one manager to another."""

    id: int | None  # None when the first manager had no customers (nothing written)
    from_manager: str
    to_manager: str
    customers: int
    open_warnings: int
    due_followups: int  # customers whose latest contact set a next follow-up date


@dataclass(frozen=True)
class ManagerSpell:
    """One line of a customer's management history."""

    manager: str | None
    employee_no: str | None
    effective_on: str  # "YYYY-MM-DD"
    source: str  # 月度清单 / 指定 / 交接
    actor: str


@dataclass(frozen=True)
class Unassigned:
    """A customer nobody manages."""

    customer_no: str
    name: str
    tier: str | None  # held in the latest month
    aum_fen: int | None  # None: not in the latest list, or a role that may not see balances
    open_warning: bool


def assign_customer(
    db: Database, actor: Actor, customer_no: str, staff: str, *, now: datetime | None = None
) -> Assignment:
    """Make ``staff`` (工号) the manager of ``customer_no`` from today (audited ``customer_assigned``).

    :raises PermissionDenied: the role may not assign customers (主管 only)
    :raises FollowupRefused: the customer or the member of staff is unknown
    """
    require(actor, "customer.assign")
    moment = now or datetime.now()
    cid, number, name = find_customer(db, customer_no)
    sid, staff_name, _no = find_staff(db, staff)
    before_id, before = db.execute(
        "select c.manager_id, st.name from customers c left join staff st on st.id = c.manager_id where c.id = ?", [cid]
    ).fetchone()
    with db.atomic():
        moved = move_customers(
            db, "id = ?", [cid], sid, source="assign", effective_on=moment.date().isoformat(),
            actor=actor.username, recorded_at=stamp(moment),
        )  # fmt: skip
        if moved:
            audit.record(
                db, actor, "customer_assigned", customer_id=cid, target=f"staff:{sid}",
                details={"from_staff_id": before_id, "to_staff_id": sid},
            )  # fmt: skip
    return Assignment(number, name, before, staff_name, moved > 0)


def handover(
    db: Database, actor: Actor, from_staff: str, to_staff: str, *, note: str | None = None, now: datetime | None = None
) -> Handover:
    """Move every customer of ``from_staff`` to ``to_staff`` from today, with their open warnings and follow-ups.

    Audited (``handover``). :raises PermissionDenied: the role may not maintain staff (主管, 管理员 may)
    :raises FollowupRefused: unknown staff, or the same person twice
    """
    require(actor, "staff.manage")
    moment = now or datetime.now()
    src, src_name, _ = find_staff(db, from_staff, active_only=False)
    dst, dst_name, _ = find_staff(db, to_staff)
    if src == dst:
        raise FollowupRefused(
            "same_staff", QT_TRANSLATE_NOOP(CTX, "交出和接收的是同一个人（{name}），未作修改。"), name=dst_name
        )
    where = "manager_id = ?"
    count, warnings, followups = db.execute(
        f"select count(*), coalesce(sum({OPEN_WARNING}), 0), coalesce(sum({PENDING_FOLLOWUP}), 0) from customers where {where}",
        [src],
    ).fetchone()
    if count == 0:
        return Handover(None, src_name, dst_name, 0, 0, 0)
    with db.atomic():
        handover_id = int(
            db.execute(
                """insert into handovers (from_staff_id, to_staff_id, customers, open_warnings, due_followups, note,
                       actor, at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                [src, dst, count, warnings, followups, (note or "").strip() or None, actor.username, stamp(moment)],
            ).lastrowid
        )
        move_customers(
            db, where, [src], dst, source="handover", effective_on=moment.date().isoformat(), actor=actor.username,
            recorded_at=stamp(moment), handover_id=handover_id,
        )  # fmt: skip
        audit.record(
            db, actor, "handover", target=f"handover:{handover_id}",
            details={"from_staff_id": src, "to_staff_id": dst, "customers": count, "open_warnings": warnings,
                     "due_followups": followups},
        )  # fmt: skip
    return Handover(handover_id, src_name, dst_name, count, warnings, followups)


def manager_history(db: Database, actor: Actor, customer_no: str) -> list[ManagerSpell]:
    """Who has managed the customer and from when, oldest first (the first line: the manager before any change).

    :raises PermissionDenied: the customer is not one ``actor`` sees
    """
    require(actor, "customer.view")
    cid, _number, _name = find_visible_customer(db, actor, "customer.view", customer_no)
    rows = db.execute(
        """select m.from_staff_id, f.name, f.employee_no, m.to_staff_id, t.name, t.employee_no, m.effective_on,
                  m.source, m.actor
           from manager_changes m left join staff f on f.id = m.from_staff_id left join staff t on t.id = m.to_staff_id
           where m.customer_id = ? order by m.effective_on, m.id""",
        [cid],
    ).fetchall()
    first = db.execute(
        "select c.first_period, st.name, st.employee_no from customers c left join staff st on st.id = c.manager_id where c.id = ?",
        [cid],
    ).fetchone()
    start = f"{first[0]}-01"
    if not rows:
        return [ManagerSpell(first[1], first[2], start, SOURCE_LABELS["import"], "")]
    spells = [ManagerSpell(rows[0][1], rows[0][2], start, SOURCE_LABELS["import"], "")]
    for _f, _fn, _fe, _t, name, number, day, source, who in rows:
        spells.append(ManagerSpell(name, number, day, SOURCE_LABELS.get(source, source), who))
    return spells


def unassigned_customers(db: Database, actor: Actor) -> list[Unassigned]:
    """Customers without a manager who are in the latest month's list or have an open warning, most AUM first.

    Only those ``actor`` sees (a 客户经理 sees none; a 柜员 sees them without balances, by customer number).
    :raises PermissionDenied: the role sees no customers (管理员, 审计)
    """
    require(actor, "customer.view")
    scope, args = scope_clause(actor)
    latest = db.execute("select max(period) from import_batches where status = 'committed'").fetchone()[0]
    order = "s.aum_fen desc nulls last, c.customer_no" if sees_balances(actor) else "c.customer_no"
    rows = db.execute(
        f"""select c.customer_no, c.name, t.tier, s.aum_fen, {OPEN_WARNING.replace("customers.id", "c.id")}
            from customers c
            left join snapshots s on s.period = :p and s.customer_id = c.id
            left join customer_tiers t on t.period = :p and t.customer_id = c.id
            where c.manager_id is null and (s.customer_id is not null or {OPEN_WARNING.replace("customers.id", "c.id")})
              and {scope}
            order by {order}""",
        {"p": latest, **args},
    ).fetchall()
    return [
        Unassigned(no, name, tier_label(t) if t is not None else None, shown_money(actor, aum), bool(w))
        for no, name, t, aum, w in rows
    ]
