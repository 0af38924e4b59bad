"""Merging received feedback items (信息反馈) and their steps.

An item travels with every step it has taken (``feedback_events``). Steps are added by uid; the
item's current state follows the side whose steps contain the other's. When both PCs moved the same
item on independently (each has steps the other never saw), the side with the later step is current,
every step of both is kept in the item's history, and the conflict is listed.
"""

from __future__ import annotations

from typing import Any

from core.exchange.model import CTX, Conflict
from core.exchange.refs import (
    MergeContext,
    customer_id,
    forgotten,
    local_id,
    masked_no,
    match_events,
    moment,
    remember,
    remember_match,
    resolve_staff,
)
from core.followup.codes import FEEDBACK_STATUSES
from core.i18n import QT_TRANSLATE_NOOP

STATE = ("category", "text", "status", "forwarded_to", "forwarded_on", "answer", "answered_on", "closed_on")
EVENT = ("from_status", "to_status", "on_date", "forwarded_to", "answer", "note", "actor", "at")


def merge_feedback(ctx: MergeContext, rec: dict[str, Any]) -> None:
    """Add or merge one received feedback item with its steps."""
    db, uid = ctx.db, rec["uid"]
    if forgotten(db, uid):
        ctx.unchanged += 1
        return
    fid = local_id(db, "feedback", uid) or _same_item(ctx, rec)
    if fid is None:
        _insert(ctx, rec)
        return
    remember_match(ctx, "feedback", uid, fid, rec.get("origin"))
    if not _merge_steps(ctx, fid, rec):
        ctx.unchanged += 1


def _same_item(ctx: MergeContext, rec: dict[str, Any]) -> int | None:
    row = ctx.db.execute(
        """select id from feedback_items where customer_id is ? and customer_no = ? and created_at = ? and created_by = ?
           and raised_on = ? and text = ?""",
        [customer_id(ctx.db, rec["customer_no"]), rec["customer_no"], rec["created_at"], rec["created_by"],
         rec["raised_on"], rec["text"]],
    ).fetchone()  # fmt: skip
    return int(row[0]) if row else None


def _insert(ctx: MergeContext, rec: dict[str, Any]) -> None:
    db, uid = ctx.db, rec["uid"]
    cid = customer_id(db, rec["customer_no"])
    visit = local_id(db, "contact", rec["visit"]) if rec.get("visit") else None
    raised_by = resolve_staff(ctx, rec["raised_by"])
    if raised_by is None:
        raise ValueError("feedback without staff")
    fid = db.execute(
        f"""insert into feedback_items (customer_id, customer_no, visit_id, raised_by, raised_on, {", ".join(STATE)},
                   created_by, created_at, updated_by, updated_at, uid) values ({", ".join("?" * (len(STATE) + 10))})""",
        [cid, rec["customer_no"], visit, raised_by, rec["raised_on"], *(rec.get(k) for k in STATE), rec["created_by"],
         rec["created_at"], rec["updated_by"], rec["updated_at"], uid],
    ).lastrowid  # fmt: skip
    remember(ctx, "feedback", uid, uid, rec.get("origin"))
    for event in rec.get("events") or []:
        _add_event(ctx, int(fid), event, rec.get("origin"))
    ctx.added("feedback")
    if cid is None:
        ctx.added("unlinked")


def _add_event(ctx: MergeContext, fid: int, event: dict[str, Any], origin: str | None) -> None:
    ctx.db.execute(
        f"insert into feedback_events (item_id, {', '.join(EVENT)}, uid) values (?, {', '.join('?' * len(EVENT))}, ?)",
        [fid, *(event.get(k) for k in EVENT), event["uid"]],
    )
    remember(ctx, "feedback_event", event["uid"], event["uid"], origin)
    ctx.added("feedback_events")


def _merge_steps(ctx: MergeContext, fid: int, rec: dict[str, Any]) -> bool:
    """Add the steps this PC lacks and decide which side's state is current; True if anything was written."""
    db = ctx.db
    local = {
        int(eid): (at, uid)
        for eid, uid, at in db.execute("select id, uid, at from feedback_events where item_id = ?", [fid])
    }
    matched, new = match_events(  # the steps travel with their item, from the item's PC
        ctx, "feedback_event", rec.get("events") or [], lambda e: _same_event(ctx, fid, e), lambda _e: rec.get("origin")
    )
    if not new:
        return False
    for event in new:
        _add_event(ctx, fid, event, rec.get("origin"))
    unseen = [local[eid] for eid in set(local) - matched]  # steps taken here that the other PC never saw
    theirs = max((e["at"], e["uid"]) for e in rec["events"])
    remote_wins = not unseen or theirs > max(unseen)
    status_here = db.execute("select status, updated_by, updated_at from feedback_items where id = ?", [fid]).fetchone()
    if remote_wins:
        db.execute(
            f"update feedback_items set {', '.join(k + ' = ?' for k in STATE)}, updated_by = ?, updated_at = ? where id = ?",
            [*(rec.get(k) for k in STATE), rec["updated_by"], rec["updated_at"], fid],
        )
        ctx.added("feedback_updated")
    if unseen and status_here[0] != rec["status"]:
        mine = (status_here[0], status_here[1], status_here[2])
        other = (rec["status"], rec["updated_by"], rec["updated_at"])
        _report(ctx, rec, other if remote_wins else mine, mine if remote_wins else other)
    return True


def _same_event(ctx: MergeContext, fid: int, event: dict[str, Any]) -> int | None:
    row = ctx.db.execute(
        "select id from feedback_events where item_id = ? and to_status = ? and at = ? and actor = ? and uid != ?",
        [fid, event["to_status"], event["at"], event["actor"], event["uid"]],
    ).fetchone()
    return int(row[0]) if row else None


def _report(ctx: MergeContext, rec: dict[str, Any], kept: tuple[str, str, str], other: tuple[str, str, str]) -> None:
    def text(state: tuple[str, str, str]) -> str:
        return f"{FEEDBACK_STATUSES.get(state[0], state[0])}（{state[1]}，{moment(state[2])}）"

    ctx.conflict(Conflict(
        kind="feedback",
        record=QT_TRANSLATE_NOOP(CTX, "客户 {no} 在 {day} 提出的反馈").format(no=masked_no(rec["customer_no"]), day=rec["raised_on"]),
        kept=text(kept),
        other=text(other),
        message=QT_TRANSLATE_NOOP(CTX, "同一条反馈在两台电脑上都被处理：以较晚的一步为当前状态，两边的每一步都保留在处理记录中。"),
    ))  # fmt: skip
