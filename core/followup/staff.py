"""Staff records: who can manage customers and make contacts (name, employee number, role).

Imports create staff from a file's 管户经理 column (by name, with the 工号 when the file has
one); ``add_staff`` registers someone by hand. Commands name staff by employee number (工号);
a name works too when exactly one active person has it (staff the files name without a number).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import CTX, ROLES, FollowupRefused, choose
from core.followup.workdays import stamp
from core.i18n import QT_TRANSLATE_NOOP
from core.risk.access import check_customer_no
from core.security import audit
from core.security.permissions import require

MAX_NAME = 40


@dataclass(frozen=True)
class StaffInfo:
    """One member of staff with the size of their book today."""

    id: int
    name: str
    employee_no: str | None
    role: str  # 柜员 | 客户经理 | 主管
    active: bool
    customers: int  # customers they manage now
    open_warnings: int  # open warnings of those customers

    def as_json(self) -> dict[str, object]:
        """The object ``staff --json`` prints."""
        return {
            "id": self.id,
            "name": self.name,
            "employee_no": self.employee_no,
            "role": self.role,
            "active": self.active,
            "customers": self.customers,
            "open_warnings": self.open_warnings,
        }


def list_staff(db: Database, actor: Actor) -> list[StaffInfo]:
    """Every staff record, by employee number (those without one last), with customers and open warnings.

    :raises PermissionDenied: the role may not see the staff list (审计)
    """
    require(actor, "staff.view")
    return _staff(db)


def _staff(db: Database) -> list[StaffInfo]:
    rows = db.execute(
        """select st.id, st.name, st.employee_no, st.role, st.active,
                  (select count(*) from customers c where c.manager_id = st.id),
                  (select count(*) from warnings w join customers c on c.id = w.customer_id
                    where c.manager_id = st.id and w.status in ('new', 'assigned', 'contacted'))
           from staff st order by st.employee_no is null, st.employee_no, st.name, st.id"""
    ).fetchall()
    return [StaffInfo(i, n, no, role, bool(active), c, w) for i, n, no, role, active, c, w in rows]


def add_staff(
    db: Database, actor: Actor, name: str, employee_no: str, role: str = "客户经理", *, now: datetime | None = None
) -> StaffInfo:
    """Register a member of staff and return the record.

    Someone an import created by name only (no 工号 in that file) gets the number and role
    instead of a second record. Audited (``staff_changed``).
    :raises PermissionDenied: the role may not maintain staff (主管 and 管理员 may)
    :raises FollowupRefused: empty name or number, a number already used, an unknown role
    """
    require(actor, "staff.manage")
    name, number = (name or "").strip(), (employee_no or "").strip()
    if not name or not number or len(name) > MAX_NAME or len(number) > MAX_NAME:
        raise FollowupRefused(
            "bad_staff", QT_TRANSLATE_NOOP(CTX, "请填写姓名和工号（各不超过 {n} 个字）。"), n=MAX_NAME
        )
    role = choose(role, {r: r for r in ROLES}, "role")
    taken = db.execute("select name from staff where employee_no = ?", [number]).fetchone()
    if taken is not None:
        raise FollowupRefused(
            "employee_no_taken",
            QT_TRANSLATE_NOOP(CTX, "工号「{no}」已登记给「{name}」，未作修改。"),
            no=number,
            name=taken[0],
        )
    unnumbered = db.execute(
        "select id from staff where name = ? and employee_no is null and active = 1 order by id limit 1", [name]
    ).fetchone()
    with db.atomic():
        if unnumbered is not None:
            staff_id = unnumbered[0]
            db.execute("update staff set employee_no = ?, role = ? where id = ?", [number, role, staff_id])
        else:
            staff_id = db.execute(
                "insert into staff (name, employee_no, role, created_at) values (?, ?, ?, ?)",
                [name, number, role, stamp(now or datetime.now())],
            ).lastrowid
        audit.record(
            db, actor, "staff_changed", target=f"staff:{staff_id}",
            details={"change": "numbered" if unnumbered is not None else "added", "employee_no": number, "role": role},
        )  # fmt: skip
    return next(s for s in _staff(db) if s.id == staff_id)


def find_staff(db: Database, key: str, *, active_only: bool = True) -> tuple[int, str, str | None]:
    """(id, name, employee number) of the staff member ``key`` names: a 工号, or a name only one person has.

    :raises FollowupRefused: ``unknown_staff`` naming the valid employee numbers
    """
    raw = (key or "").strip()
    condition = "and active = 1" if active_only else ""
    row = db.execute(f"select id, name, employee_no from staff where employee_no = ? {condition}", [raw]).fetchone()
    if row is None:
        named = db.execute(f"select id, name, employee_no from staff where name = ? {condition}", [raw]).fetchall()
        row = named[0] if len(named) == 1 else None
    if row is None:
        known = db.execute(
            f"select name, employee_no from staff where 1 = 1 {condition} order by employee_no is null, employee_no, name"
        ).fetchall()
        valid = "、".join(f"{no} {name}" if no else name for name, no in known) or QT_TRANSLATE_NOOP(
            CTX, "（尚无员工，请先用 staff add 登记）"
        )
        raise FollowupRefused(
            "unknown_staff", QT_TRANSLATE_NOOP(CTX, "找不到员工「{key}」。可用的工号：{valid}"), key=key, valid=valid
        )
    return int(row[0]), str(row[1]), row[2]


def find_customer(db: Database, customer_no: str) -> tuple[int, str, str]:
    """(id, customer number, name) of ``customer_no``; raises FollowupRefused ``unknown_customer``."""
    row = db.execute(
        "select id, customer_no, name from customers where customer_no = ?", [customer_no.strip()]
    ).fetchone()
    if row is None:
        raise FollowupRefused(
            "unknown_customer",
            QT_TRANSLATE_NOOP(CTX, "找不到客户号「{no}」。请核对客户号（须是已导入清单中的客户）。"),
            no=customer_no,
        )
    return int(row[0]), str(row[1]), str(row[2])


def find_visible_customer(db: Database, actor: Actor, action: str, customer_no: str) -> tuple[int, str, str]:
    """``find_customer``, refused with OutOfScope unless ``actor`` sees that customer.

    Call ``require(actor, action)`` first: this only narrows an action the role already has.
    """
    found = find_customer(db, customer_no)
    check_customer_no(db, actor, action, found[1])
    return found
