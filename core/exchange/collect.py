"""What an export carries: the records in the outbox (or all of them), written as portable dictionaries.

Scope: a 主管 exports everything this PC recorded; a 客户经理 or 柜员 exports what they themselves
recorded or changed (the outbox keeps who made each change), so a shared PC's users can each take
their own work across, and a record changed by two people goes with whichever exports first.
``everything`` (``--all``) takes every travelling record this database holds, received ones included,
to bring a new or rebuilt PC up to date: importing what is already there changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from core.actors import Actor
from core.exchange.refs import StaffRef, chunks, origins, staff_ref
from core.progress import CancelToken, Progress, ProgressFn, check_cancel
from core.security.permissions import sees_all_customers

OUTBOX_KINDS = {"contacts": "contact", "feedback": "feedback", "warnings": "warning", "assignments": "assignment",
                "handovers": "handover"}  # fmt: skip
_TABLE_OF = {"contact": "visits", "feedback": "feedback_items", "warning": "warnings", "assignment": "manager_changes",
             "handover": "handovers"}  # fmt: skip
# a contact's values, as visits and visit_revisions.values_json hold them (core/followup/contacts.py)
VISIT_COLUMNS = ("staff_id", "visited_at", "channel", "purpose", "attitude", "reasons", "competitor", "summary", "next_on")

# every record of a kind, and (for people who see only their own work) the ones a username recorded or changed
_ALL = {
    "contacts": ("select id from visits", "select id from visits where created_by = :u or updated_by = :u"),
    "feedback": (
        "select id from feedback_items",
        """select id from feedback_items where created_by = :u or updated_by = :u
           union select item_id from feedback_events where actor = :u""",
    ),
    "warnings": (
        "select distinct warning_id from warning_events where kind = 'status'",
        "select distinct warning_id from warning_events where kind = 'status' and actor = :u",
    ),
    "assignments": (
        "select id from manager_changes where source in ('assign', 'handover')",
        "select id from manager_changes where source in ('assign', 'handover') and actor = :u",
    ),
    "handovers": ("select id from handovers", "select id from handovers where actor = :u"),
}


@dataclass(frozen=True)
class Selection:
    """The local row ids to carry per kind, and the outbox rows the export will have dealt with."""

    ids: dict[str, list[int]]
    outbox_where: str  # SQL condition on exchange_outbox for the rows to clear
    outbox_args: list[object]


def select_records(db: Database, actor: Actor, *, everything: bool) -> Selection:
    """Which records go into the package (see the module docstring for the scope). Call inside the export's
    transaction: it drops outbox rows whose record is gone."""
    own = not sees_all_customers(actor)
    where, args = ("actor = ?", [actor.username]) if own else ("1", [])
    for code, table in _TABLE_OF.items():  # records removed since (a purge, an undone import) have nothing to carry
        db.execute(f"delete from exchange_outbox where kind = ? and row_id not in (select id from {table})", [code])
    if everything:
        ids = {kind: [r[0] for r in db.execute(sql[1] if own else sql[0], {"u": actor.username})] for kind, sql in _ALL.items()}
    else:
        ids = {
            kind: [r[0] for r in db.execute(
                f"select distinct row_id from exchange_outbox where kind = ? and {where} order by row_id", [code, *args]
            )]
            for kind, code in OUTBOX_KINDS.items()
        }  # fmt: skip
    return Selection({k: sorted(set(v)) for k, v in ids.items()}, where, args)


def build_payload(
    db: Database, selection: Selection, device: str, *, progress: ProgressFn, cancel: CancelToken | None
) -> dict[str, list[dict[str, Any]]]:
    """The records of ``selection`` as portable dictionaries, per kind."""
    staff_cache: dict[int, StaffRef] = {}
    origin = origins(db, device)
    writers: dict[str, Callable[[Database, list[int], dict[int, StaffRef], dict[str, str], str], list[dict[str, Any]]]] = {
        "handovers": _handovers, "contacts": _contacts, "feedback": _feedback, "warnings": _warnings,
        "assignments": _assignments,
    }  # fmt: skip
    total = sum(len(v) for v in selection.ids.values())
    done = 0
    out: dict[str, list[dict[str, Any]]] = {}
    for kind, write in writers.items():
        out[kind] = []
        for part in chunks(selection.ids.get(kind, [])):
            check_cancel(cancel)
            out[kind] += write(db, part, staff_cache, origin, device)
            done += len(part)
            progress(Progress(done, total, "exchange_collect"))
    return out


def _marks(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def _contacts(db: Database, ids: list[int], staff: dict[int, StaffRef], origin: dict[str, str], device: str) -> list[dict[str, Any]]:
    history: dict[int, list[dict[str, Any]]] = {}
    for vid, rev, raw, by, at in db.execute(
        f"select visit_id, revision, values_json, edited_by, edited_at from visit_revisions where visit_id in ({_marks(ids)}) order by visit_id, revision",
        ids,
    ):
        history.setdefault(vid, []).append({"revision": rev, "values": portable_values(db, json.loads(raw), staff),
                                            "edited_by": by, "edited_at": at})  # fmt: skip
    out = []
    for row in db.execute(
        f"""select v.id, v.uid, v.customer_no, {", ".join("v." + c for c in VISIT_COLUMNS)}, w.first_period, v.revision,
                   v.created_by, v.created_at, v.updated_by, v.updated_at
            from visits v left join warnings w on w.id = v.warning_id where v.id in ({_marks(ids)}) order by v.id""",
        ids,
    ):
        vid, uid, number = row[0], row[1], row[2]
        values = dict(zip(VISIT_COLUMNS, row[3:12], strict=True))
        out.append({
            "uid": uid, "origin": origin.get(uid, device), "customer_no": number,
            "values": portable_values(db, values, staff), "warning": row[12], "revision": row[13],
            "created_by": row[14], "created_at": row[15], "updated_by": row[16], "updated_at": row[17],
            "history": history.get(vid, []),
        })  # fmt: skip
    return out


def portable_values(db: Database, values: dict[str, Any], staff: dict[int, StaffRef]) -> dict[str, Any]:
    """A contact's values with the local staff id replaced by the staff reference."""
    out = {k: values.get(k) for k in VISIT_COLUMNS if k != "staff_id"}
    sid = values.get("staff_id")
    out["staff"] = staff_ref(db, int(sid), staff) if isinstance(sid, int) else None
    return out


def _feedback(db: Database, ids: list[int], staff: dict[int, StaffRef], origin: dict[str, str], device: str) -> list[dict[str, Any]]:
    events: dict[int, list[dict[str, Any]]] = {}
    for row in db.execute(
        f"""select item_id, uid, from_status, to_status, on_date, forwarded_to, answer, note, actor, at
            from feedback_events where item_id in ({_marks(ids)}) order by item_id, at, id""",
        ids,
    ):
        events.setdefault(row[0], []).append(dict(zip(
            ("uid", "from_status", "to_status", "on_date", "forwarded_to", "answer", "note", "actor", "at"), row[1:], strict=True
        )))  # fmt: skip
    out = []
    for row in db.execute(
        f"""select f.id, f.uid, f.customer_no, v.uid, f.category, f.text, f.raised_by, f.raised_on, f.status,
                   f.forwarded_to, f.forwarded_on, f.answer, f.answered_on, f.closed_on, f.created_by, f.created_at,
                   f.updated_by, f.updated_at
            from feedback_items f left join visits v on v.id = f.visit_id where f.id in ({_marks(ids)}) order by f.id""",
        ids,
    ):
        keys = ("category", "text", "raised_by", "raised_on", "status", "forwarded_to", "forwarded_on", "answer",
                "answered_on", "closed_on", "created_by", "created_at", "updated_by", "updated_at")  # fmt: skip
        item = dict(zip(keys, row[4:], strict=True))
        item["raised_by"] = staff_ref(db, row[6], staff)
        out.append({"uid": row[1], "origin": origin.get(row[1], device), "customer_no": row[2], "visit": row[3], **item,
                    "events": events.get(row[0], [])})  # fmt: skip
    return out


def _warnings(db: Database, ids: list[int], staff: dict[int, StaffRef], origin: dict[str, str], device: str) -> list[dict[str, Any]]:
    events: dict[int, list[dict[str, Any]]] = {}
    for wid, uid, frm, to, note, who, at in db.execute(
        f"""select warning_id, uid, from_status, to_status, note, actor, at from warning_events
            where kind = 'status' and warning_id in ({_marks(ids)}) order by warning_id, at, id""",
        ids,
    ):
        events.setdefault(wid, []).append({"uid": uid, "origin": origin.get(uid, device), "from_status": frm,
                                           "to_status": to, "note": note, "actor": who, "at": at})  # fmt: skip
    out = []
    for wid, number, first, last, status, reason, who, at in db.execute(
        f"""select w.id, c.customer_no, w.first_period, w.last_period, w.status, w.closed_reason, w.updated_by, w.updated_at
            from warnings w join customers c on c.id = w.customer_id where w.id in ({_marks(ids)}) order by w.id""",
        ids,
    ):
        if wid in events:
            out.append({"customer_no": number, "first_period": first, "last_period": last, "status": status,
                        "closed_reason": reason, "updated_by": who, "updated_at": at, "events": events[wid]})  # fmt: skip
    return out


def _assignments(db: Database, ids: list[int], staff: dict[int, StaffRef], origin: dict[str, str], device: str) -> list[dict[str, Any]]:
    out = []
    for row in db.execute(
        f"""select m.id, m.uid, c.customer_no, m.from_staff_id, m.to_staff_id, m.effective_on, m.source, h.uid, m.actor,
                   m.recorded_at,
                   (select p.uid from manager_changes p where p.customer_id = m.customer_id
                      and p.source in ('assign', 'handover') and (p.effective_on, p.id) < (m.effective_on, m.id)
                    order by p.effective_on desc, p.id desc limit 1)
            from manager_changes m join customers c on c.id = m.customer_id left join handovers h on h.id = m.handover_id
            where m.id in ({_marks(ids)}) and m.source in ('assign', 'handover') order by m.id""",
        ids,
    ):
        out.append({
            "uid": row[1], "origin": origin.get(row[1], device), "customer_no": row[2],
            "from": staff_ref(db, row[3], staff), "to": staff_ref(db, row[4], staff), "effective_on": row[5],
            "source": row[6], "handover": row[7], "actor": row[8], "recorded_at": row[9], "previous": row[10],
        })  # fmt: skip
    return out


def _handovers(db: Database, ids: list[int], staff: dict[int, StaffRef], origin: dict[str, str], device: str) -> list[dict[str, Any]]:
    out = []
    for row in db.execute(
        f"""select id, uid, from_staff_id, to_staff_id, customers, open_warnings, due_followups, note, actor, at
            from handovers where id in ({_marks(ids)}) order by id""",
        ids,
    ):
        out.append({
            "uid": row[1], "origin": origin.get(row[1], device), "from": staff_ref(db, row[2], staff),
            "to": staff_ref(db, row[3], staff), "customers": row[4], "open_warnings": row[5], "due_followups": row[6],
            "note": row[7], "actor": row[8], "at": row[9],
        })  # fmt: skip
    return out
