"""The warning lifecycle: 新预警 → 已分派 → 已联系 → 已挽留 / 已流失 / 误报, with who changed what and when.

A warning follows one high-value customer from the month it is raised until someone closes
it (with a reason). A later month's signals update the open warning (a new row in
``warning_periods``) instead of raising a second one; a customer gets a new warning only
after the previous one was closed. Every change is a row in ``warning_events``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.refusal import CodedRefused
from core.risk.access import check_customer_no
from core.security import audit
from core.security.permissions import require

CTX = "Warnings"
STATUS_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP(CTX, "新预警"),
    "assigned": QT_TRANSLATE_NOOP(CTX, "已分派"),
    "contacted": QT_TRANSLATE_NOOP(CTX, "已联系"),
    "retained": QT_TRANSLATE_NOOP(CTX, "已挽留"),
    "lost": QT_TRANSLATE_NOOP(CTX, "已流失"),
    "false_alarm": QT_TRANSLATE_NOOP(CTX, "误报"),
}
OPEN = ("new", "assigned", "contacted")
CLOSED = ("retained", "lost", "false_alarm")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "new": ("assigned", "contacted", "lost", "false_alarm"),
    "assigned": ("contacted", "lost", "false_alarm"),
    "contacted": ("retained", "lost", "false_alarm"),
}


class WarningRefused(CodedRefused):
    """A status change was refused; nothing was written. ``code`` is stable, ``message()`` is Chinese."""

    context = CTX


@dataclass(frozen=True)
class Flagged:
    """A high-value customer with at least one fired rule in the month being synced."""

    customer_id: int
    score: int
    level: str
    aum_at_stake_fen: int
    codes: tuple[str, ...]


@dataclass(frozen=True)
class SyncResult:
    """What syncing one month's flags did to the warnings."""

    created: int
    updated: int
    removed: int


def now_text() -> str:
    """Local time as stored (ISO 8601, seconds)."""
    return datetime.now().isoformat(timespec="seconds")


def status_code(text: str) -> str:
    """The status code for a label (已联系) or code (contacted); raises WarningRefused naming the valid ones."""
    raw = text.strip()
    for code, label in STATUS_LABELS.items():
        if raw in (code, label):
            return code
    raise WarningRefused(
        "unknown_status",
        QT_TRANSLATE_NOOP(CTX, "没有「{value}」这个状态。可用的状态：{valid}"),
        value=text,
        valid="、".join(STATUS_LABELS[c] for c in STATUS_LABELS if c != "new"),
    )


def set_warning_status(db: Database, actor: Actor, customer_no: str, status: str, note: str | None = None) -> int:
    """Move the customer's open warning to ``status`` and return the warning's id (audited).

    Closing (已挽留, 已流失, 误报) needs a reason in ``note``. Allowed moves: 新预警 → 已分派 /
    已联系 / 已流失 / 误报; 已分派 → 已联系 / 已流失 / 误报; 已联系 → 已挽留 / 已流失 / 误报.
    :raises PermissionDenied: the role may not handle warnings, or the customer is another manager's
    :raises WarningRefused: unknown status or customer, no open warning, a move not allowed, no reason
    """
    require(actor, "warning.update")
    check_customer_no(db, actor, "warning.update", customer_no)  # an unknown number is refused by change_status
    return change_status(db, actor, customer_no, status, note)


def change_status(
    db: Database, actor: Actor, customer_no: str, status: str, note: str | None = None, *, contact_id: int | None = None
) -> int:
    """``set_warning_status`` without the permission check: a contact record moving the warning it answers.

    Internal (the caller has checked what the actor may do); the change is audited all the same.
    :param contact_id: the contact record that made the move, for the audit row
    """
    to = status_code(status)
    row = db.execute("select id from customers where customer_no = ?", [customer_no.strip()]).fetchone()
    if row is None:
        raise WarningRefused("unknown_customer", QT_TRANSLATE_NOOP(CTX, "找不到客户号「{no}」"), no=customer_no)
    current = db.execute(
        "select id, status from warnings where customer_id = ? order by (status in ('new','assigned','contacted')) desc, id desc",
        [row[0]],
    ).fetchone()
    if current is None:
        raise WarningRefused("no_warning", QT_TRANSLATE_NOOP(CTX, "客户「{no}」没有预警"), no=customer_no)
    warning_id, at = current
    if at in CLOSED:
        raise WarningRefused(
            "closed",
            QT_TRANSLATE_NOOP(CTX, "客户「{no}」的预警已关闭（{status}），不能再修改"),
            no=customer_no,
            status=STATUS_LABELS[at],
        )
    if to == at:
        raise WarningRefused("same_status", QT_TRANSLATE_NOOP(CTX, "预警已是「{status}」"), status=STATUS_LABELS[at])
    if to not in TRANSITIONS[at]:
        raise WarningRefused(
            "not_allowed",
            QT_TRANSLATE_NOOP(CTX, "预警当前为「{now}」，不能改为「{to}」。可改为：{valid}"),
            now=STATUS_LABELS[at],
            to=STATUS_LABELS[to],
            valid="、".join(STATUS_LABELS[c] for c in TRANSITIONS[at]),
        )
    text = (note or "").strip() or None
    if to in CLOSED and not text:
        raise WarningRefused(
            "reason_needed", QT_TRANSLATE_NOOP(CTX, "改为「{to}」即关闭预警，须填写原因（备注）"), to=STATUS_LABELS[to]
        )
    stamp = now_text()
    with db.atomic():
        db.execute(
            "update warnings set status = ?, closed_reason = ?, updated_by = ?, updated_at = ? where id = ?",
            [to, text if to in CLOSED else None, actor.username, stamp, warning_id],
        )
        db.execute(
            """insert into warning_events (warning_id, kind, from_status, to_status, note, actor, at)
                      values (?, 'status', ?, ?, ?, ?, ?)""",
            [warning_id, at, to, text, actor.username, stamp],
        )
        details: dict[str, object] = {"from": at, "to": to}
        if contact_id is not None:
            details["contact_id"] = contact_id
        audit.record(
            db, actor, "warning_changed", customer_id=int(row[0]), target=f"warning:{warning_id}", details=details
        )
    return int(warning_id)


def sync_warnings(db: Database, actor: Actor, period: str, flagged: Sequence[Flagged]) -> SyncResult:
    """Raise or update warnings for ``period``'s flagged high-value customers (call inside a transaction).

    Re-running it for the same month is idempotent: a warning this month raised and nobody has
    touched disappears again if its customer is no longer flagged.
    """
    stamp = now_text()
    by_customer = {f.customer_id: f for f in flagged}
    covering = dict(
        db.execute(
            "select w.customer_id, w.id from warning_periods p join warnings w on w.id = p.warning_id where p.period = ?",
            [period],
        ).fetchall()
    )
    open_rows = {
        cid: (wid, last)
        for cid, wid, last in db.execute(
            "select customer_id, id, last_period from warnings where status in ('new', 'assigned', 'contacted')"
        )
    }
    removed = _unflag(db, period, [wid for cid, wid in covering.items() if cid not in by_customer])
    created = updated = 0
    next_id = int(db.execute("select coalesce(max(id), 0) + 1 from warnings").fetchone()[0])
    new_rows, period_rows, events, updates = [], [], [], []
    for f in flagged:
        period_rows_for = (f.score, f.level, ",".join(f.codes))
        wid = covering.get(f.customer_id)
        last = None
        if wid is None and f.customer_id in open_rows:
            wid, last = open_rows[f.customer_id]
        if wid is None:
            wid, next_id = next_id, next_id + 1
            new_rows.append(
                (
                    wid,
                    f.customer_id,
                    period,
                    period,
                    f.score,
                    f.level,
                    f.aum_at_stake_fen,
                    actor.username,
                    stamp,
                    actor.username,
                    stamp,
                )
            )
            events.append((wid, "created", period, None, "new", actor.username, stamp))
            created += 1
        else:
            updates.append((f.score, f.level, f.aum_at_stake_fen, period, actor.username, stamp, wid, period))
            if last is not None and period > last:
                events.append((wid, "refreshed", period, None, "new", actor.username, stamp))
            updated += 1
        period_rows.append((wid, period, *period_rows_for))
    db.conn.executemany(
        """insert into warnings (id, customer_id, status, first_period, last_period, score, level, aum_at_stake_fen,
               created_by, created_at, updated_by, updated_at) values (?, ?, 'new', ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        new_rows,
    )
    db.conn.executemany(
        """update warnings set score = ?, level = ?, aum_at_stake_fen = ?, last_period = ?, updated_by = ?, updated_at = ?
           where id = ? and last_period <= ?""",
        updates,
    )
    db.conn.executemany(
        """insert into warning_periods (warning_id, period, score, level, reasons) values (?, ?, ?, ?, ?)
           on conflict (warning_id, period) do update set score = excluded.score, level = excluded.level,
               reasons = excluded.reasons""",
        period_rows,
    )
    db.conn.executemany(
        """insert into warning_events (warning_id, kind, period, from_status, to_status, actor, at)
           select ?, ?, ?, ?, status, ?, ? from warnings where id = ?""",
        [(wid, kind, p, frm, who, at, wid) for wid, kind, p, frm, _to, who, at in events],
    )
    return SyncResult(created, updated, removed)


def _unflag(db: Database, period: str, warning_ids: Sequence[int]) -> int:
    """Take ``period`` off these warnings; drop those left with no month and never touched by a person."""
    removed = 0
    for wid in warning_ids:
        db.execute("delete from warning_periods where warning_id = ? and period = ?", [wid, period])
        last = db.execute("select max(period) from warning_periods where warning_id = ?", [wid]).fetchone()[0]
        touched = db.execute("select 1 from warning_events where warning_id = ? and kind = 'status'", [wid]).fetchone()
        if last is None and touched is None:
            db.execute("delete from warnings where id = ?", [wid])
            removed += 1
        elif last is not None:
            db.execute(
                """update warnings set last_period = ?, score = p.score, level = p.level from warning_periods p
                   where warnings.id = ? and p.warning_id = warnings.id and p.period = ?""",
                [last, wid, last],
            )
    return removed


def purge_period(db: Database, period: str) -> int:
    """Forget ``period`` on every warning (its data was undone or replaced); returns warnings dropped."""
    ids = [r[0] for r in db.execute("select warning_id from warning_periods where period = ?", [period])]
    return _unflag(db, period, ids)
