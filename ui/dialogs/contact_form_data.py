"""What the quick contact form needs to know before the teller types: the customer, their manager,
tier, open warning and the cadence that prefills the next follow-up date. Read-only queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlite_utils import Database

from core.actors import Actor
from core.followup.config import load_followup_config
from core.followup.staff import StaffInfo, list_staff
from core.risk.tiers import tier_label
from core.risk.warnings import STATUS_LABELS

FALLBACK_DAYS = 30  # no cadence for the tier (大众): still suggest a date a month on
UNSETTLED_DAYS = 7  # a hesitant or leaving customer is called again within a week


@dataclass(frozen=True)
class CustomerContext:
    """The customer a contact is recorded for, as the form shows it."""

    customer_no: str
    name: str
    manager_employee_no: str | None
    manager_name: str | None
    tier: int | None
    cadence_days: int
    warning_id: int | None
    warning_status: str | None  # label: 新预警, 已分派, 已联系
    last_contact: str | None

    @property
    def tier_label(self) -> str | None:
        """The tier's Chinese label, if known."""
        return None if self.tier is None else tier_label(self.tier)


def customer_context(db: Database, actor: Actor, customer_no: str) -> CustomerContext | None:
    """The form's view of ``customer_no``; None if no such customer."""
    row = db.execute(
        """select c.id, c.customer_no, c.name, st.employee_no, st.name from customers c
           left join staff st on st.id = c.manager_id where c.customer_no = ?""",
        [customer_no.strip()],
    ).fetchone()
    if row is None:
        return None
    cid, no, name, emp, manager = row
    tier_row = db.execute(
        "select tier from customer_tiers where customer_id = ? order by period desc limit 1", [cid]
    ).fetchone()
    tier = None if tier_row is None else int(tier_row[0])
    warning = db.execute(
        "select id, status from warnings where customer_id = ? and status in ('new', 'assigned', 'contacted')"
        " order by id desc limit 1",
        [cid],
    ).fetchone()
    last = db.execute("select max(visited_at) from visits where customer_id = ?", [cid]).fetchone()[0]
    cadence = load_followup_config(db).cadence_of(tier)
    return CustomerContext(
        no, name, emp, manager, tier, cadence,
        None if warning is None else int(warning[0]),
        None if warning is None else STATUS_LABELS.get(warning[1], warning[1]),
        None if last is None else str(last)[:10],
    )  # fmt: skip


def suggested_next(context: CustomerContext | None, attitude: str, on: date) -> date:
    """The next follow-up date to prefill: soon for an unsettled customer, else after the tier's cadence."""
    if attitude in ("hesitant", "leaving"):
        return on + timedelta(days=UNSETTLED_DAYS)
    days = context.cadence_days if context is not None and context.cadence_days > 0 else FALLBACK_DAYS
    return on + timedelta(days=days)


def active_staff(db: Database, actor: Actor) -> list[StaffInfo]:
    """Staff who can record a contact, managers first."""
    staff = [s for s in list_staff(db, actor) if s.active]
    return sorted(staff, key=lambda s: (s.role != "客户经理", s.employee_no is None, s.employee_no or "", s.name))
