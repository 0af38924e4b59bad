"""Recording contacts (走访/回访) and editing them without losing what was written first.

``add_contact`` checks everything before writing anything: the customer and the member of staff
exist, every coded value is known, the times make sense, the free text is within the length limit
(and says what looks sensitive). It then saves the record and, in the same transaction, moves the
customer's open warning (see warning_link.py). ``edit_contact`` keeps the previous version in
``visit_revisions`` and never touches the warning: a record's effect on the lifecycle is made once,
when it is saved, and a warning is corrected through the warning commands.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import (
    ATTITUDES,
    CHANNELS,
    CTX,
    PURPOSES,
    REASONS,
    WARNING_CHOICES,
    FollowupRefused,
    choose,
    choose_all,
)
from core.followup.config import load_followup_config
from core.followup.contact_queries import ContactRecord, check_record, load_contact
from core.followup.staff import find_staff, find_visible_customer
from core.followup.textcheck import TextFinding, check_text
from core.followup.warning_link import CLOSING, WarningChange, apply_warning, plan_warning
from core.followup.workdays import parse_day, parse_moment, stamp
from core.i18n import QT_TRANSLATE_NOOP
from core.security import audit
from core.security.permissions import can, require

MAX_BANK = 40
MAX_AHEAD_DAYS = 366
EDITABLE = ("staff", "visited_at", "channel", "purpose", "attitude", "reasons", "competitor", "summary", "next_on")
_COLUMNS = ("staff_id", "visited_at", "channel", "purpose", "attitude", "reasons", "competitor", "summary", "next_on")


@dataclass(frozen=True)
class ContactInput:
    """A contact as a person enters it: labels or codes, dates as text or values."""

    customer_no: str
    staff: str  # employee number (工号), or a name only one active person has
    channel: str  # 电话, 面谈, 上门, 微信, 短信, 网点接待
    purpose: str  # 挽留, 到期提醒, 关怀回访, 产品营销, 投诉处理, 其他
    attitude: str  # 稳定, 犹豫, 有意转出, 已转出
    reasons: tuple[str, ...] = ()  # 他行利率更高, 冲量资金到期, …
    competitor: str | None = None  # the other bank the customer named
    summary: str | None = None
    next_on: date | str | None = None  # next follow-up date
    visited_at: datetime | str | None = None  # default: now
    warning: str | None = None  # None: automatic; or 不变, 已联系, 已挽留, 已流失, 误报


@dataclass(frozen=True)
class ContactSaved:
    """A saved record, what it did to the warning, and the sensitive-text findings to show."""

    record: ContactRecord
    warning: WarningChange | None
    findings: tuple[TextFinding, ...]


def add_contact(db: Database, actor: Actor, entry: ContactInput, *, now: datetime | None = None) -> ContactSaved:
    """Validate and save one contact record, linking it to (and moving) the customer's open warning.

    A 柜员 records for their own and unassigned customers, a 客户经理 for their own, a 主管 for
    anyone. Choosing to close the warning (``entry.warning`` 已挽留, 已流失 or 误报) handles it, which
    needs ``warning.update``; 不变 and 已联系 only record the contact, and so does automatic for a role
    without ``warning.update`` (it moves the warning to 已联系 at most, never closes it). Audited
    (``contact_added``, and ``warning_changed`` when the warning moves), in the record's transaction.
    :param now: the current time (the demo passes its simulated clock); default the real one
    :raises PermissionDenied: the role may not record contacts (or choose the warning's status), or
      the customer is not one the actor sees
    :raises FollowupRefused: unknown customer, staff or coded value, a bad or future time, a next
      follow-up date not after the contact, text over the limit, a warning choice not allowed.
      Nothing is written then.
    """
    require(actor, "contact.record")
    moment = now or datetime.now()
    customer_id, customer_no, _name = find_visible_customer(db, actor, "contact.record", entry.customer_no)
    if entry.warning is not None and entry.warning.strip():
        if choose(entry.warning, WARNING_CHOICES, "warning") not in ("keep", "contacted"):
            require(actor, "warning.update")  # closing the warning (已挽留, 已流失, 误报) is handling it
    values = _validated(db, entry, moment)
    plan = plan_warning(
        db, customer_id, str(values["attitude"]), entry.warning, datetime.fromisoformat(str(values["visited_at"]))
    )
    if plan is not None and not can(actor, "warning.update"):  # the automatic close is handling it too: not theirs
        plan = replace(plan, steps=tuple(step for step in plan.steps if step not in CLOSING))
    at = stamp(moment)
    with db.atomic():
        record_id = int(
            db.execute(
                f"""insert into visits (customer_id, customer_no, {", ".join(_COLUMNS)}, warning_id, created_by,
                        created_at, updated_by, updated_at) values ({", ".join("?" * (len(_COLUMNS) + 7))})""",
                [
                    customer_id,
                    customer_no,
                    *(values[c] for c in _COLUMNS),
                    plan.warning_id if plan else None,
                    actor.username,
                    at,
                    actor.username,
                    at,
                ],
            ).lastrowid
        )
        audit.record(
            db, actor, "contact_added", customer_id=customer_id, target=f"contact:{record_id}",
            details={"channel": values["channel"], "purpose": values["purpose"], "attitude": values["attitude"]},
        )  # fmt: skip
        change = None
        if plan is not None:
            channel = CHANNELS[str(values["channel"])]
            change = apply_warning(db, actor, customer_no, plan, record_id, str(values["attitude"]), channel)
    return ContactSaved(load_contact(db, record_id), change, values["findings"])  # type: ignore[arg-type]


def edit_contact(
    db: Database, actor: Actor, contact_id: int, changes: Mapping[str, object], *, now: datetime | None = None
) -> ContactSaved:
    """Change fields of a record, keeping the version before the edit in its history.

    Its author may edit a record (of a customer they still see); anyone else's record needs
    ``contact.edit_any`` (主管). Audited (``contact_edited``).
    :param changes: field -> new value, fields from ``EDITABLE``; "" or None clears competitor,
      summary and next_on, an empty list clears reasons
    :raises PermissionDenied: the role may not record contacts, the record is someone else's, or the
      customer is not one the actor sees
    :raises FollowupRefused: unknown record or field, or any value ``add_contact`` would refuse
    """
    require(actor, "contact.record")
    moment = now or datetime.now()
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise FollowupRefused(
            "unknown_field",
            QT_TRANSLATE_NOOP(CTX, "不能修改「{fields}」。可修改：{valid}"),
            fields="、".join(unknown),
            valid="、".join(EDITABLE),
        )
    old = load_contact(db, contact_id)
    if old.created_by != actor.username:
        require(actor, "contact.edit_any")
    check_record(db, actor, "contact.record", old)
    row = db.execute(f"select {', '.join(_COLUMNS)}, revision from visits where id = ?", [contact_id]).fetchone()
    before = dict(zip(_COLUMNS, row[:-1], strict=True))
    merged = ContactInput(
        customer_no=old.customer_no,
        staff=str(changes.get("staff") or before["staff_id"]),
        channel=str(changes.get("channel") or before["channel"]),
        purpose=str(changes.get("purpose") or before["purpose"]),
        attitude=str(changes.get("attitude") or before["attitude"]),
        reasons=tuple(changes["reasons"]) if "reasons" in changes else tuple(json.loads(before["reasons"])),  # type: ignore[arg-type]
        competitor=_kept(changes, "competitor", before),
        summary=_kept(changes, "summary", before),
        next_on=_kept(changes, "next_on", before),
        visited_at=str(changes.get("visited_at") or before["visited_at"]),
    )
    values = _validated(db, merged, moment, staff_id=None if "staff" in changes else int(before["staff_id"]))
    with db.atomic():
        db.execute(
            "insert into visit_revisions (visit_id, revision, values_json, edited_by, edited_at) values (?, ?, ?, ?, ?)",
            [contact_id, row[-1], json.dumps(before, ensure_ascii=False), actor.username, stamp(moment)],
        )
        db.execute(
            f"""update visits set {", ".join(f"{c} = ?" for c in _COLUMNS)}, revision = revision + 1, updated_by = ?,
                    updated_at = ? where id = ?""",
            [*(values[c] for c in _COLUMNS), actor.username, stamp(moment), contact_id],
        )
        audit.record(
            db, actor, "contact_edited", customer_id=old.customer_id, target=f"contact:{contact_id}",
            details={"revision": int(row[-1]) + 1, "fields": sorted(changes),
                     "author": old.created_by if old.created_by != actor.username else None},
        )  # fmt: skip
    return ContactSaved(load_contact(db, contact_id), None, values["findings"])  # type: ignore[arg-type]


def _kept(changes: Mapping[str, object], key: str, before: Mapping[str, object]) -> str | None:
    value = changes[key] if key in changes else before[key]
    return None if value in (None, "") else str(value)


def _validated(db: Database, entry: ContactInput, moment: datetime, staff_id: int | None = None) -> dict[str, object]:
    """The column values of ``entry`` (codes, ISO texts) plus its text findings; raises FollowupRefused."""
    limit = load_followup_config(db).text_limit
    sid = staff_id if staff_id is not None else find_staff(db, entry.staff)[0]
    visited = parse_moment(entry.visited_at) if entry.visited_at else moment.replace(second=0, microsecond=0)
    if visited > moment + timedelta(minutes=5):
        raise FollowupRefused(
            "future_contact",
            QT_TRANSLATE_NOOP(CTX, "联系时间 {at} 晚于现在，请记录已经发生的联系。"),
            at=visited.strftime("%Y-%m-%d %H:%M"),
        )
    next_on = parse_day(entry.next_on, QT_TRANSLATE_NOOP(CTX, "下次跟进日期")) if entry.next_on else None
    if next_on is not None and not visited.date() < next_on <= visited.date() + timedelta(days=MAX_AHEAD_DAYS):
        raise FollowupRefused(
            "bad_next",
            QT_TRANSLATE_NOOP(CTX, "下次跟进日期须在联系日期 {day} 之后、一年之内；收到 {next}。"),
            day=visited.date().isoformat(),
            next=next_on.isoformat(),
        )
    bank = (entry.competitor or "").strip() or None
    found = check_text(QT_TRANSLATE_NOOP(CTX, "他行名称"), bank, MAX_BANK)
    summary = (entry.summary or "").strip() or None
    found += check_text(QT_TRANSLATE_NOOP(CTX, "摘要"), summary, limit)
    return {
        "staff_id": sid,
        "visited_at": stamp(visited),
        "channel": choose(entry.channel, CHANNELS, "channel"),
        "purpose": choose(entry.purpose, PURPOSES, "purpose"),
        "attitude": choose(entry.attitude, ATTITUDES, "attitude"),
        "reasons": json.dumps(list(choose_all(entry.reasons, REASONS, "reason"))),
        "competitor": bank,
        "summary": summary,
        "next_on": next_on.isoformat() if next_on else None,
        "findings": found,
    }
