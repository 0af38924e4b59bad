"""Merging received warning status changes (预警处理).

Each PC raises its own warnings from the same monthly files, so a warning is named by its customer
and the month it was raised (or, failing that, the customer's warning covering the same months).
A package carries every status change of each warning it mentions. The changes this PC lacks are
added to the warning's history (``warning_events``); the current status is the one set by the latest
change of all, by its timestamp (ties broken by uid, so every PC comes to the same answer). When both
PCs changed the warning independently and ended at different statuses, that is a conflict: listed in
the report, kept in ``exchange_conflicts``, and the earlier change stays in the history.

A warning this PC does not have yet (its customer or month not imported here) waits in
``exchange_pending`` and is applied by a later exchange import or monthly import.
"""

from __future__ import annotations

from typing import Any

from core.exchange.model import CTX, Conflict
from core.exchange.refs import (
    MergeContext,
    add_pending,
    customer_id,
    forgotten,
    local_id,
    masked_no,
    match_events,
    remember,
    status_text,
)
from core.i18n import QT_TRANSLATE_NOOP
from core.risk.warnings import CLOSED, OPEN

PENDING_REASON = QT_TRANSLATE_NOOP(CTX, "本机还没有这个预警（该客户或该月份的清单尚未导入）")


def find_warning(db: Any, customer_no: str, first_period: str, last_period: str) -> int | None:
    """The local warning a package's warning is: same customer and first month, else one covering the same months."""
    cid = customer_id(db, customer_no)
    if cid is None:
        return None
    row = db.execute(
        "select id from warnings where customer_id = ? and first_period = ? order by id desc limit 1", [cid, first_period]
    ).fetchone()
    if row is None:
        row = db.execute(
            """select id from warnings where customer_id = ? and first_period <= ? and last_period >= ?
               order by id desc limit 1""",
            [cid, last_period, first_period],
        ).fetchone()
    return int(row[0]) if row else None


def merge_warning(ctx: MergeContext, rec: dict[str, Any]) -> str:
    """Merge one warning's status changes: 'applied', 'unchanged' or 'pending'."""
    db = ctx.db
    events = [e for e in rec.get("events") or [] if not forgotten(db, e["uid"])]
    wid = find_warning(db, rec["customer_no"], rec["first_period"], rec["last_period"])
    if wid is None:
        return _keep_pending(ctx, rec, events)
    local = {
        int(eid): (at, uid, to, who)
        for eid, uid, at, to, who in db.execute(
            "select id, uid, at, to_status, actor from warning_events where warning_id = ? and kind = 'status'", [wid]
        )
    }
    matched, new = match_events(  # each change names the PC it was made on
        ctx, "warning_event", events, lambda e: _same_event(db, wid, e), lambda e: e.get("origin")
    )
    marks = ", ".join("?" * len(events))
    db.execute(f"delete from exchange_pending where kind = 'warning' and uid in ({marks})", [e["uid"] for e in events])
    if not new:
        return "unchanged"
    for event in new:
        db.execute(
            """insert into warning_events (warning_id, kind, period, from_status, to_status, note, actor, at, uid)
               values (?, 'status', null, ?, ?, ?, ?, ?, ?)""",
            [wid, event.get("from_status"), event["to_status"], event.get("note"), event["actor"], event["at"], event["uid"]],
        )
        remember(ctx, "warning_event", event["uid"], event["uid"], event.get("origin"))
    ctx.added("warning_events", len(new))
    _decide(ctx, rec, wid, [local[e] for e in set(local) - matched], new, events)
    return "applied"


def _same_event(db: Any, wid: int, event: dict[str, Any]) -> int | None:
    row = db.execute(
        "select id from warning_events where warning_id = ? and kind = 'status' and to_status = ? and at = ? and actor = ? and uid != ?",
        [wid, event["to_status"], event["at"], event["actor"], event["uid"]],
    ).fetchone()
    return int(row[0]) if row else None


def _decide(
    ctx: MergeContext, rec: dict[str, Any], wid: int, unseen: list[tuple[str, str, str, str]], new: list[dict[str, Any]],
    sent: list[dict[str, Any]],
) -> None:
    """Make the latest change current; list a conflict when both PCs changed it and ended apart."""
    db = ctx.db
    status, customer = db.execute("select status, customer_id from warnings where id = ?", [wid]).fetchone()
    latest_new = max(new, key=lambda e: (e["at"], e["uid"]))
    latest_here = db.execute(
        "select at, uid, to_status, actor, note from warning_events where warning_id = ? and kind = 'status' order by at desc, uid desc limit 1",
        [wid],
    ).fetchone()
    winner_is_new = (latest_here[0], latest_here[1]) == (latest_new["at"], latest_new["uid"])
    if winner_is_new and latest_new["to_status"] != status:
        target = latest_new["to_status"]
        blocked = target in OPEN and db.execute(
            "select 1 from warnings where customer_id = ? and id != ? and status in ('new', 'assigned', 'contacted')", [customer, wid]
        ).fetchone()
        if not blocked:
            db.execute(
                "update warnings set status = ?, closed_reason = ?, updated_by = ?, updated_at = ? where id = ?",
                [target, latest_new.get("note") if target in CLOSED else None, latest_new["actor"], latest_new["at"], wid],
            )
            ctx.added("warnings_changed")
    if not unseen:
        return
    mine = max(unseen)
    theirs = max(sent, key=lambda e: (e["at"], e["uid"]))
    if mine[2] == theirs["to_status"]:
        return  # both PCs came to the same status: nothing to choose
    here = status_text(mine[2], mine[3], mine[0])
    there = status_text(theirs["to_status"], theirs["actor"], theirs["at"])
    kept, other = (there, here) if winner_is_new else (here, there)
    ctx.conflict(Conflict(
        kind="warning",
        record=QT_TRANSLATE_NOOP(CTX, "客户 {no} 的预警（{period} 起）").format(no=masked_no(rec["customer_no"]), period=rec["first_period"]),
        kept=kept,
        other=other,
        message=QT_TRANSLATE_NOOP(CTX, "同一预警在两台电脑上都改了状态：以时间较晚的修改为当前状态，另一修改保留在预警的处理记录中。"),
    ))  # fmt: skip


def _keep_pending(ctx: MergeContext, rec: dict[str, Any], events: list[dict[str, Any]]) -> str:
    """Keep the changes of a warning this PC does not have for later; 'pending' if any was new."""
    added = 0
    for event in events:
        if local_id(ctx.db, "warning_event", event["uid"]) is None:
            added += add_pending(ctx, "warning", event["uid"], rec, PENDING_REASON, event.get("origin"))
    return "pending" if added else "unchanged"
