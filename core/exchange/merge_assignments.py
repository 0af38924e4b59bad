"""Merging received handovers and manager assignments (分派、交接).

Every change of a customer's manager made on another PC is added to ``manager_changes`` (the history
of who managed whom). The customer's manager now is the one named by the latest change of all, by
the day it takes effect and then the time it was recorded, the monthly files' changes included.
When both PCs assigned the same customer independently (neither knew the other's change) to
different people, the later change is current, the other stays in the history, and it is listed.
A change for a customer this PC does not have yet waits in ``exchange_pending``.
"""

from __future__ import annotations

from typing import Any

from core.exchange.model import CTX, Conflict
from core.exchange.refs import (
    MergeContext,
    add_pending,
    customer_id,
    forgotten,
    known_uids,
    local_id,
    masked_no,
    moment,
    remember,
    resolve_staff,
)
from core.i18n import QT_TRANSLATE_NOOP

PENDING_REASON = QT_TRANSLATE_NOOP(CTX, "本机还没有这位客户（其月度清单尚未导入）")


def merge_handover(ctx: MergeContext, rec: dict[str, Any]) -> None:
    """Add one received handover (the customers it moved arrive as assignments)."""
    db, uid = ctx.db, rec["uid"]
    if forgotten(db, uid) or local_id(db, "handover", uid) is not None:
        ctx.unchanged += 1
        return
    src, dst = resolve_staff(ctx, rec["from"]), resolve_staff(ctx, rec["to"])
    if src is None or dst is None:
        raise ValueError("handover without staff")
    same = db.execute("select uid from handovers where from_staff_id = ? and to_staff_id = ? and at = ?", [src, dst, rec["at"]]).fetchone()
    if same is not None:
        remember(ctx, "handover", uid, same[0], rec.get("origin"))
        ctx.unchanged += 1
        return
    db.execute(
        """insert into handovers (from_staff_id, to_staff_id, customers, open_warnings, due_followups, note, actor, at, uid)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [src, dst, int(rec["customers"]), int(rec["open_warnings"]), int(rec["due_followups"]), rec.get("note"),
         rec["actor"], rec["at"], uid],
    )  # fmt: skip
    remember(ctx, "handover", uid, uid, rec.get("origin"))
    ctx.added("handovers")


def merge_assignment(ctx: MergeContext, rec: dict[str, Any]) -> str:
    """Add one received change of manager: 'applied', 'unchanged' or 'pending'."""
    db, uid = ctx.db, rec["uid"]
    if forgotten(db, uid) or local_id(db, "assignment", uid) is not None:
        db.execute("delete from exchange_pending where uid = ?", [uid])
        return "unchanged"
    cid = customer_id(db, rec["customer_no"])
    if cid is None:
        return "pending" if add_pending(ctx, "assignment", uid, rec, PENDING_REASON, rec.get("origin")) else "unchanged"
    db.execute("delete from exchange_pending where uid = ?", [uid])  # the customer is here: it waits no longer
    src, dst = resolve_staff(ctx, rec.get("from")), resolve_staff(ctx, rec.get("to"))
    same = db.execute(
        """select uid from manager_changes where customer_id = ? and to_staff_id is ? and effective_on = ?
           and recorded_at = ? and source = ?""",
        [cid, dst, rec["effective_on"], rec["recorded_at"], rec["source"]],
    ).fetchone()
    if same is not None:
        remember(ctx, "assignment", uid, same[0], rec.get("origin"))
        return "unchanged"
    latest = db.execute(
        """select uid, to_staff_id, effective_on, recorded_at, source, actor from manager_changes where customer_id = ?
           order by effective_on desc, recorded_at desc, id desc limit 1""",
        [cid],
    ).fetchone()
    handover = local_id(db, "handover", rec["handover"]) if rec.get("handover") else None
    db.execute(
        """insert into manager_changes (customer_id, from_staff_id, to_staff_id, effective_on, source, handover_id, actor,
               recorded_at, uid) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [cid, src, dst, rec["effective_on"], rec["source"], handover, rec["actor"], rec["recorded_at"], uid],
    )
    remember(ctx, "assignment", uid, uid, rec.get("origin"))
    ctx.added("assignments")
    later = latest is None or (rec["effective_on"], rec["recorded_at"]) > (latest[2], latest[3])
    if later:
        moved = db.execute(
            "update customers set manager_id = ?, updated_at = ? where id = ? and manager_id is not ?", [dst, ctx.now, cid, dst]
        ).rowcount
        ctx.added("managers_changed", moved)
    independent = latest is not None and latest[4] != "import" and rec.get("previous") not in known_uids(db, latest[0])
    if independent and latest[1] != dst:
        _report(ctx, rec, latest, later)
    return "applied"


def _report(ctx: MergeContext, rec: dict[str, Any], latest: tuple[Any, ...], later: bool) -> None:
    def name(staff_id: int | None) -> str:
        row = ctx.db.execute("select name from staff where id = ?", [staff_id]).fetchone() if staff_id else None
        return row[0] if row else QT_TRANSLATE_NOOP(CTX, "（无）")

    to = rec.get("to") or {}
    here = QT_TRANSLATE_NOOP(CTX, "{name}（{who}，{day}）").format(name=name(latest[1]), who=latest[5], day=moment(latest[3]))
    there = QT_TRANSLATE_NOOP(CTX, "{name}（{who}，{day}）").format(
        name=to.get("name") or QT_TRANSLATE_NOOP(CTX, "（无）"), who=rec["actor"], day=moment(rec["recorded_at"])
    )
    ctx.conflict(Conflict(
        kind="assignment",
        record=QT_TRANSLATE_NOOP(CTX, "客户 {no} 的管户经理").format(no=masked_no(rec["customer_no"])),
        kept=there if later else here,
        other=here if later else there,
        message=QT_TRANSLATE_NOOP(CTX, "同一客户在两台电脑上分派给了不同的人：以较晚的分派为准，另一次保留在管户历史中。"),
    ))  # fmt: skip
