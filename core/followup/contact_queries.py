"""Reading contact records (走访/回访): one record, a filtered list, and a record's edit history.

``ContactRecord`` carries labels (电话, 挽留, 稳定 …) as people read them; ``as_json`` masks long
digit runs in the free text, as every screen and export does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import timedelta

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import ATTITUDES, CHANNELS, CTX, PURPOSES, REASONS, FollowupRefused, labels
from core.followup.staff import find_staff, find_visible_customer
from core.followup.workdays import check_period, month_bounds
from core.i18n import QT_TRANSLATE_NOOP
from core.privacy import mask_free_text
from core.risk.access import check_linked, linked_only
from core.security.permissions import customer_scope, require

TEXT_SHOWN = 5000  # mask_free_text's cap: keep whole summaries, only hide the digit runs


@dataclass(frozen=True)
class ContactRecord:
    """One contact record as it stands now (after any edits)."""

    id: int
    customer_id: int | None  # None: the customer was forgotten by an undone import (the number stays)
    customer_no: str
    customer_name: str | None
    staff_id: int
    staff_name: str
    employee_no: str | None
    visited_at: str  # "YYYY-MM-DDTHH:MM:SS"
    channel: str
    purpose: str
    attitude: str
    reasons: tuple[str, ...]
    competitor: str | None
    summary: str | None
    next_on: str | None  # "YYYY-MM-DD"
    warning_id: int | None
    revision: int  # 1 = never edited
    created_by: str
    created_at: str

    def as_json(self) -> dict[str, object]:
        """The object ``visits --json`` prints (free text masked)."""
        return {
            "id": self.id,
            "customer_no": self.customer_no,
            "name": self.customer_name,
            "by": self.staff_name,
            "employee_no": self.employee_no,
            "at": self.visited_at[:16].replace("T", " "),
            "channel": self.channel,
            "purpose": self.purpose,
            "attitude": self.attitude,
            "reasons": list(self.reasons),
            "bank": self.competitor,
            "summary": mask_free_text(self.summary, TEXT_SHOWN) if self.summary else None,
            "next": self.next_on,
            "warning_id": self.warning_id,
            "revision": self.revision,
            "recorded_by": self.created_by,
            "recorded_at": self.created_at,
        }


@dataclass(frozen=True)
class ContactRevision:
    """A record as it was before one edit, with who changed it and when."""

    revision: int
    values: dict[str, object]  # field -> value then (labels)
    edited_by: str
    edited_at: str


_SELECT = """select v.id, v.customer_id, v.customer_no, c.name, v.staff_id, st.name, st.employee_no, v.visited_at,
                    v.channel, v.purpose, v.attitude, v.reasons, v.competitor, v.summary, v.next_on, v.warning_id,
                    v.revision, v.created_by, v.created_at
             from visits v join staff st on st.id = v.staff_id left join customers c on c.id = v.customer_id"""


def _record(row: tuple[object, ...]) -> ContactRecord:
    (
        vid,
        cid,
        no,
        name,
        sid,
        staff,
        emp,
        at,
        channel,
        purpose,
        attitude,
        reasons,
        bank,
        summary,
        nxt,
        wid,
        rev,
        by,
        created,
    ) = row
    return ContactRecord(
        vid, cid, no, name, sid, staff, emp, at, CHANNELS.get(channel, channel), PURPOSES.get(purpose, purpose),
        ATTITUDES.get(attitude, attitude), labels(json.loads(str(reasons)), REASONS), bank, summary, nxt, wid, rev,
        by, created,
    )  # fmt: skip


def get_contact(db: Database, actor: Actor, contact_id: int) -> ContactRecord:
    """One record of a customer ``actor`` sees.

    :raises PermissionDenied: the role may not see contacts, or the customer is another manager's
    :raises FollowupRefused: ``unknown_contact``
    """
    require(actor, "contact.view")
    record = load_contact(db, contact_id)
    check_record(db, actor, "contact.view", record)
    return record


def load_contact(db: Database, contact_id: int) -> ContactRecord:
    """One record, unchecked (internal: the caller has checked the actor); raises FollowupRefused ``unknown_contact``."""
    row = db.execute(f"{_SELECT} where v.id = ?", [contact_id]).fetchone()
    if row is None:
        raise FollowupRefused("unknown_contact", QT_TRANSLATE_NOOP(CTX, "没有编号为 {id} 的联系记录。"), id=contact_id)
    return _record(row)


def check_record(db: Database, actor: Actor, action: str, record: ContactRecord) -> None:
    """Raise OutOfScope unless ``record``'s customer is one ``actor`` sees.

    A record whose customer an undone import forgot (no customer now) is the 主管's only.
    """
    manager = None
    if record.customer_id is not None:
        row = db.execute("select manager_id from customers where id = ?", [record.customer_id]).fetchone()
        manager = row[0] if row else None
    check_linked(actor, action, record.customer_id, manager, customer_no=record.customer_no)


def list_contacts(
    db: Database,
    actor: Actor,
    *,
    customer_no: str | None = None,
    staff: str | None = None,
    period: str | None = None,
    limit: int | None = None,
) -> list[ContactRecord]:
    """Contact records of the customers ``actor`` sees, newest first, filtered by customer, by who made them and by month.

    :param staff: an employee number (or a name only one person has), active or not
    :param period: "YYYY-MM": records whose contact time falls in that month
    :raises PermissionDenied: the role may not see contacts, or ``customer_no`` is another manager's
    :raises FollowupRefused: unknown customer or staff, a malformed month
    """
    require(actor, "contact.view")
    scope, params = customer_scope(actor, "c.manager_id")
    where: list[str] = [f"({scope})", linked_only(actor, "c.id")]
    args: list[object] = list(params)
    if customer_no is not None:
        _cid, number, _name = find_visible_customer(db, actor, "contact.view", customer_no)
        where.append("v.customer_no = ?")
        args.append(number)
    if staff is not None:
        where.append("v.staff_id = ?")
        args.append(find_staff(db, staff, active_only=False)[0])
    if period is not None:
        first, last = month_bounds(check_period(period))
        where.append("v.visited_at >= ? and v.visited_at < ?")
        args += [first.isoformat(), (last + timedelta(days=1)).isoformat()]
    sql = f"{_SELECT} where {' and '.join(where)} order by v.visited_at desc, v.id desc"
    if limit is not None:
        sql += f" limit {int(limit)}"
    return [_record(row) for row in db.execute(sql, args)]


def contact_revisions(db: Database, actor: Actor, contact_id: int) -> list[ContactRevision]:
    """Earlier versions of a record, oldest first (empty if it was never edited).

    :raises PermissionDenied: the role may not see contacts, or the customer is another manager's
    """
    get_contact(db, actor, contact_id)
    staff = {sid: name for sid, name in db.execute("select id, name from staff")}
    out = []
    for rev, raw, by, at in db.execute(
        "select revision, values_json, edited_by, edited_at from visit_revisions where visit_id = ? order by revision",
        [contact_id],
    ):
        values = json.loads(raw)
        shown = {
            "by": staff.get(values.get("staff_id"), values.get("staff_id")),
            "at": values["visited_at"],
            "channel": CHANNELS.get(values["channel"], values["channel"]),
            "purpose": PURPOSES.get(values["purpose"], values["purpose"]),
            "attitude": ATTITUDES.get(values["attitude"], values["attitude"]),
            "reasons": list(labels(json.loads(values["reasons"]), REASONS)),
            "bank": values.get("competitor"),
            "summary": values.get("summary"),
            "next": values.get("next_on"),
        }
        out.append(ContactRevision(rev, shown, by, at))
    return out
