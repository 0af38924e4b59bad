"""The feedback loop (信息反馈): what customers say, carried to whoever can answer it and back to them.

An item moves 已记录 → 已转交 (to whom or which department) → 已答复 (the answer) → 已告知客户
(closed), one step at a time, each step with its date, so the branch sees how long feedback waits.
Forward it cannot skip a step. It can go back (an answer that did not satisfy the customer goes
back to 已转交) but only with a reason; the dates of the undone steps are cleared on the item and
kept in ``feedback_events``, which holds every step ever taken.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import CATEGORIES, CTX, FEEDBACK_STATUSES, FollowupRefused, choose
from core.followup.config import load_followup_config
from core.followup.staff import find_staff, find_visible_customer
from core.followup.textcheck import TextFinding, check_text
from core.followup.workdays import parse_day, stamp
from core.i18n import QT_TRANSLATE_NOOP
from core.privacy import mask_free_text
from core.risk.access import check_linked, linked_only
from core.security import audit
from core.security.permissions import customer_scope, require

ORDER = tuple(FEEDBACK_STATUSES)  # recorded, forwarded, answered, closed
DATE_COLUMN = {"forwarded": "forwarded_on", "answered": "answered_on", "closed": "closed_on"}


@dataclass(frozen=True)
class FeedbackItem:
    """One feedback item as it stands; labels in Chinese, dates "YYYY-MM-DD"."""

    id: int
    customer_no: str
    customer_name: str | None  # None: the customer was forgotten by an undone import
    visit_id: int | None
    category: str
    text: str
    raised_by: str
    raised_on: str
    status: str
    status_code: str
    forwarded_to: str | None
    forwarded_on: str | None
    answer: str | None
    answered_on: str | None
    closed_on: str | None

    def age_days(self, today: date) -> int:
        """Days from raising to closing, or to ``today`` while open."""
        end = date.fromisoformat(self.closed_on) if self.closed_on else today
        return (end - date.fromisoformat(self.raised_on)).days

    def as_json(self) -> dict[str, object]:
        """The object ``feedback --json`` prints (free text masked)."""
        return {
            "id": self.id,
            "customer_no": self.customer_no,
            "name": self.customer_name,
            "visit_id": self.visit_id,
            "category": self.category,
            "text": mask_free_text(self.text, 5000),
            "raised_by": self.raised_by,
            "raised_on": self.raised_on,
            "status": self.status,
            "forwarded_to": self.forwarded_to,
            "forwarded_on": self.forwarded_on,
            "answer": mask_free_text(self.answer, 5000) if self.answer else None,
            "answered_on": self.answered_on,
            "closed_on": self.closed_on,
        }


@dataclass(frozen=True)
class FeedbackSaved:
    """A saved item and the sensitive-text findings to show."""

    item: FeedbackItem
    findings: tuple[TextFinding, ...]


_SELECT = """select f.id, f.customer_no, c.name, f.visit_id, f.category, f.text, st.name, f.raised_on, f.status,
                    f.forwarded_to, f.forwarded_on, f.answer, f.answered_on, f.closed_on, f.customer_id, c.manager_id
             from feedback_items f join staff st on st.id = f.raised_by left join customers c on c.id = f.customer_id"""


def _item(row: tuple) -> FeedbackItem:  # type: ignore[type-arg]
    fid, no, name, visit, category, text, by, raised, status, to, fwd, answer, ans, closed = row[:14]
    return FeedbackItem(
        fid, no, name, visit, CATEGORIES.get(category, category), text, by, raised, FEEDBACK_STATUSES[status], status,
        to, fwd, answer, ans, closed,
    )  # fmt: skip


def get_feedback(db: Database, actor: Actor, item_id: int) -> FeedbackItem:
    """One item of a customer ``actor`` sees.

    :raises PermissionDenied: the role may not see feedback, or the customer is another manager's
    :raises FollowupRefused: ``unknown_feedback``
    """
    require(actor, "feedback.view")
    return _checked(db, actor, "feedback.view", item_id)


def _row(db: Database, item_id: int) -> tuple:  # type: ignore[type-arg]
    row = db.execute(f"{_SELECT} where f.id = ?", [item_id]).fetchone()
    if row is None:
        raise FollowupRefused("unknown_feedback", QT_TRANSLATE_NOOP(CTX, "没有编号为 {id} 的反馈。"), id=item_id)
    return row  # type: ignore[no-any-return]


def _checked(db: Database, actor: Actor, action: str, item_id: int) -> FeedbackItem:
    """The item, if its customer is one ``actor`` sees (a forgotten customer's: the 主管's only)."""
    row = _row(db, item_id)
    item, customer_id, manager = _item(row), row[14], row[15]
    check_linked(actor, action, customer_id, manager, customer_no=item.customer_no)
    return item


def list_feedback(db: Database, actor: Actor, status: str | None = None) -> list[FeedbackItem]:
    """Items of the customers ``actor`` sees, oldest first, optionally of one status (a label or code).

    :raises PermissionDenied: the role may not see feedback
    :raises FollowupRefused: an unknown status
    """
    require(actor, "feedback.view")
    code = choose(status, FEEDBACK_STATUSES, "status") if status else None
    scope, args = customer_scope(actor, "c.manager_id")
    where = f"where ({scope}) and {linked_only(actor, 'c.id')}" + (" and f.status = ?" if code else "")
    return [
        _item(r)
        for r in db.execute(f"{_SELECT} {where} order by f.raised_on, f.id", [*args, *([code] if code else [])])
    ]


def add_feedback(
    db: Database,
    actor: Actor,
    customer_no: str,
    category: str,
    text: str,
    staff: str,
    *,
    visit_id: int | None = None,
    raised_on: date | str | None = None,
    now: datetime | None = None,
) -> FeedbackSaved:
    """Record what a customer said as a new item (已记录).

    Audited (``feedback_added``).
    :param visit_id: the contact record it came from (must be the same customer's)
    :raises PermissionDenied: the role may not record feedback, or the customer is not one the actor sees
    :raises FollowupRefused: unknown customer, staff, category or record, empty or too long text
    """
    require(actor, "feedback.record")
    moment = now or datetime.now()
    cid, number, _name = find_visible_customer(db, actor, "feedback.record", customer_no)
    code = choose(category, CATEGORIES, "category")
    sid = find_staff(db, staff)[0]
    words = (text or "").strip()
    if not words:
        raise FollowupRefused("empty_text", QT_TRANSLATE_NOOP(CTX, "请填写客户反馈的内容。"))
    found = check_text(QT_TRANSLATE_NOOP(CTX, "反馈内容"), words, load_followup_config(db).text_limit)
    if visit_id is not None:
        row = db.execute("select customer_no from visits where id = ?", [visit_id]).fetchone()
        if row is None or row[0] != number:
            raise FollowupRefused(
                "unknown_contact",
                QT_TRANSLATE_NOOP(CTX, "客户 {no} 没有编号为 {id} 的联系记录。"),
                no=number,
                id=visit_id,
            )
    day = parse_day(raised_on, QT_TRANSLATE_NOOP(CTX, "反馈日期")) if raised_on else moment.date()
    at = stamp(moment)
    with db.atomic():
        item_id = int(
            db.execute(
                """insert into feedback_items (customer_id, customer_no, visit_id, category, text, raised_by, raised_on,
                       status, created_by, created_at, updated_by, updated_at)
                   values (?, ?, ?, ?, ?, ?, ?, 'recorded', ?, ?, ?, ?)""",
                [cid, number, visit_id, code, words, sid, day.isoformat(), actor.username, at, actor.username, at],
            ).lastrowid
        )
        _event(db, actor, item_id, None, "recorded", day, at)
        audit.record(
            db, actor, "feedback_added", customer_id=cid, target=f"feedback:{item_id}",
            details={"category": code, "visit_id": visit_id},
        )  # fmt: skip
    return FeedbackSaved(_item(_row(db, item_id)), found)


def set_feedback_status(
    db: Database,
    actor: Actor,
    item_id: int,
    status: str,
    *,
    to: str | None = None,
    answer: str | None = None,
    note: str | None = None,
    on: date | str | None = None,
    now: datetime | None = None,
) -> FeedbackSaved:
    """Move an item to ``status``: the next step forward, or back to an earlier one with a reason.

    已转交 needs ``to`` (whom or which department), 已答复 the ``answer``; going back needs ``note``.
    Audited (``feedback_changed``).
    :param on: the date of the step (default today); not before the item was raised
    :raises PermissionDenied: the role may not handle feedback (forward, answer, close: 客户经理, 主管),
      or the customer is another manager's
    :raises FollowupRefused: unknown item or status, a skipped step, a missing detail, a date out of order
    """
    require(actor, "feedback.handle")
    moment = now or datetime.now()
    item = _checked(db, actor, "feedback.handle", item_id)
    target = choose(status, FEEDBACK_STATUSES, "status")
    day = parse_day(on, QT_TRANSLATE_NOOP(CTX, "日期")) if on else moment.date()
    _check_move(item, target, to, answer, note, day)
    limit = load_followup_config(db).text_limit
    found = check_text(QT_TRANSLATE_NOOP(CTX, "答复"), (answer or "").strip() or None, limit)
    found += check_text(QT_TRANSLATE_NOOP(CTX, "转交对象"), (to or "").strip() or None, 100)
    found += check_text(QT_TRANSLATE_NOOP(CTX, "原因"), (note or "").strip() or None, limit)
    at = stamp(moment)
    values: dict[str, object] = {"status": target, "updated_by": actor.username, "updated_at": at}
    later = ORDER[ORDER.index(target) + 1 :]
    for step in later:  # going back clears the steps undone (the events keep them)
        values[DATE_COLUMN[step]] = None
    if "answered" in later:
        values["answer"] = None
    if target in DATE_COLUMN:
        values[DATE_COLUMN[target]] = day.isoformat()
    if target == "forwarded":
        values["forwarded_to"] = (to or "").strip() or item.forwarded_to
    if target == "answered":
        values["answer"] = (answer or "").strip() or item.answer
    with db.atomic():
        db.execute(
            f"update feedback_items set {', '.join(f'{k} = ?' for k in values)} where id = ?",
            [*values.values(), item_id],
        )
        _event(db, actor, item_id, item.status_code, target, day, at, to=to, answer=answer, note=note)
        customer = db.execute("select customer_id from feedback_items where id = ?", [item_id]).fetchone()[0]
        audit.record(
            db, actor, "feedback_changed", customer_id=customer, target=f"feedback:{item_id}",
            details={"from": item.status_code, "to": target},
        )  # fmt: skip
    return FeedbackSaved(_item(_row(db, item_id)), found)


def _check_move(
    item: FeedbackItem, target: str, to: str | None, answer: str | None, note: str | None, day: date
) -> None:
    here, there = ORDER.index(item.status_code), ORDER.index(target)
    label = FEEDBACK_STATUSES
    if there == here:
        raise FollowupRefused("same_status", QT_TRANSLATE_NOOP(CTX, "反馈已是「{status}」。"), status=label[target])
    if there > here + 1:
        raise FollowupRefused(
            "skipped_step",
            QT_TRANSLATE_NOOP(CTX, "反馈当前为「{now}」，下一步应为「{next}」，不能直接改为「{to}」。"),
            now=label[item.status_code],
            next=label[ORDER[here + 1]],
            to=label[target],
        )
    if there < here and not (note or "").strip():
        raise FollowupRefused(
            "reason_needed",
            QT_TRANSLATE_NOOP(CTX, "从「{now}」退回「{to}」须说明原因（--note）。"),
            now=label[item.status_code],
            to=label[target],
        )
    if there == here + 1 and target == "forwarded" and not (to or "").strip():
        raise FollowupRefused("to_needed", QT_TRANSLATE_NOOP(CTX, "改为「已转交」须写明转交给谁或哪个部门（--to）。"))
    if there == here + 1 and target == "answered" and not (answer or "").strip():
        raise FollowupRefused("answer_needed", QT_TRANSLATE_NOOP(CTX, "改为「已答复」须填写答复内容（--answer）。"))
    last = max(d for d in (item.raised_on, item.forwarded_on, item.answered_on, item.closed_on) if d)
    floor = item.raised_on if there < here else last
    if day.isoformat() < floor:
        raise FollowupRefused(
            "date_order",
            QT_TRANSLATE_NOOP(CTX, "日期 {day} 早于上一步的日期 {floor}。"),
            day=day.isoformat(),
            floor=floor,
        )


def _event(
    db: Database, actor: Actor, item_id: int, frm: str | None, to_status: str, day: date, at: str, **details: str | None
) -> None:
    db.execute(
        """insert into feedback_events (item_id, from_status, to_status, on_date, forwarded_to, answer, note, actor, at)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [item_id, frm, to_status, day.isoformat(), *((details.get(k) or "").strip() or None for k in ("to", "answer", "note")),
         actor.username, at],
    )  # fmt: skip
