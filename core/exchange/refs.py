"""How records refer to each other across PCs: by uid, customer number, staff number or name, never by local ids.

Each PC numbers its rows itself, so a package names a customer by 客户号, a member of staff by 工号
(or by name for staff a file listed without one), a warning by its customer and the month it was
raised, and every travelling record by its uid. ``exchange_records`` remembers where a received
record came from and which local record it became; ``exchange_pending`` keeps a change whose customer
or warning is not here yet.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from core.exchange.model import Conflict
from core.risk.warnings import STATUS_LABELS

TABLES = {
    "contact": "visits",
    "feedback": "feedback_items",
    "feedback_event": "feedback_events",
    "warning_event": "warning_events",
    "assignment": "manager_changes",
    "handover": "handovers",
}
StaffRef = dict[str, Any]  # {"no": 工号 or None, "name": 姓名, "role": 角色}


@dataclass
class MergeContext:
    """The state of one import: which package, what it has added so far, what conflicted."""

    db: Database
    package_id: str
    source_device: str
    now: str
    counts: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: int = 0
    _staff: dict[str, int] = field(default_factory=dict)

    def added(self, kind: str, n: int = 1) -> None:
        """Count ``n`` records of ``kind`` added or changed."""
        if n:
            self.counts[kind] += n

    def conflict(self, item: Conflict) -> None:
        """List a conflict in the report and keep it in ``exchange_conflicts``."""
        self.conflicts.append(item)
        self.db.execute(
            "insert into exchange_conflicts (package_id, kind, record, kept, other, message, at) values (?, ?, ?, ?, ?, ?, ?)",
            [self.package_id, item.kind, item.record, item.kept, item.other, item.message, self.now],
        )


def staff_ref(db: Database, staff_id: int | None, cache: dict[int, StaffRef] | None = None) -> StaffRef | None:
    """How a package names the staff record ``staff_id``."""
    if staff_id is None:
        return None
    if cache is not None and staff_id in cache:
        return cache[staff_id]
    row = db.execute("select name, employee_no, role from staff where id = ?", [staff_id]).fetchone()
    ref = {"no": row[1], "name": row[0], "role": row[2]} if row else None
    if cache is not None and ref is not None:
        cache[staff_id] = ref
    return ref


def staff_key(ref: StaffRef | None) -> str:
    """A comparable text for a staff reference (工号 if known, else the name)."""
    if not ref:
        return ""
    return f"no:{ref['no']}" if ref.get("no") else f"name:{ref.get('name')}"


def resolve_staff(ctx: MergeContext, ref: StaffRef | None) -> int | None:
    """The local staff id ``ref`` names: by 工号, else by a name only one person has; registered if unknown.

    A member of staff registered on another PC (``staff add``) and not yet here is added with the same
    number, name and role, so the contact they made has its author.
    """
    if not ref:
        return None
    key = staff_key(ref)
    if key in ctx._staff:
        return ctx._staff[key]
    db, number, name = ctx.db, ref.get("no"), str(ref.get("name") or "").strip() or "?"
    row = db.execute("select id from staff where employee_no = ?", [number]).fetchone() if number else None
    if row is None:
        named = db.execute(
            "select id from staff where name = ? order by employee_no is not null, active desc, id", [name]
        ).fetchall()
        unnumbered = db.execute("select id from staff where name = ? and employee_no is null", [name]).fetchall()
        if number and len(unnumbered) == 1:
            row = unnumbered[0]
        elif not number and len(named) >= 1:
            row = named[0]
    if row is None:
        role = ref.get("role") if ref.get("role") in ("柜员", "客户经理", "主管") else "客户经理"
        row = (db.execute(
            "insert into staff (name, employee_no, role, created_at) values (?, ?, ?, ?)", [name, number, role, ctx.now]
        ).lastrowid,)  # fmt: skip
        ctx.added("staff_added")
    ctx._staff[key] = int(row[0])
    return int(row[0])


def customer_id(db: Database, customer_no: str) -> int | None:
    """The local id of ``customer_no`` (None: the monthly import has not brought this customer here yet)."""
    row = db.execute("select id from customers where customer_no = ?", [customer_no]).fetchone()
    return int(row[0]) if row else None


def local_id(db: Database, kind: str, uid: str) -> int | None:
    """The local row a travelling record's ``uid`` is (or was merged into); None if it is not here."""
    table = TABLES[kind]
    row = db.execute(f"select id from {table} where uid = ?", [uid]).fetchone()
    if row is None:
        alias = db.execute("select local_uid from exchange_records where uid = ? and local_uid != uid", [uid]).fetchone()
        if alias is not None:
            row = db.execute(f"select id from {table} where uid = ?", [alias[0]]).fetchone()
    return int(row[0]) if row else None


def uid_of(db: Database, kind: str, row_id: int) -> str:
    """The uid of a local row."""
    return str(db.execute(f"select uid from {TABLES[kind]} where id = ?", [row_id]).fetchone()[0])


def known_uids(db: Database, local_uid: str) -> set[str]:
    """``local_uid`` and every uid another PC knows the same record by."""
    return {local_uid, *(r[0] for r in db.execute("select uid from exchange_records where local_uid = ?", [local_uid]))}


def remember(ctx: MergeContext, kind: str, uid: str, local_uid: str, origin: str | None) -> None:
    """Keep where a received record came from (first package wins) and the local record it became."""
    ctx.db.execute(
        """insert or ignore into exchange_records (uid, kind, local_uid, origin_device, package_id, received_at)
           values (?, ?, ?, ?, ?, ?)""",
        [uid, kind, local_uid, origin or ctx.source_device, ctx.package_id, ctx.now],
    )


def remember_match(ctx: MergeContext, kind: str, uid: str, row_id: int, origin: str | None) -> None:
    """Remember the received record ``uid`` as the local row ``row_id`` when that row goes by another uid."""
    local_uid = uid_of(ctx.db, kind, row_id)
    if local_uid != uid:
        remember(ctx, kind, uid, local_uid, origin)


def match_events(
    ctx: MergeContext, kind: str, events: Iterable[dict[str, Any]], same: Callable[[dict[str, Any]], int | None],
    origin: Callable[[dict[str, Any]], str | None],
) -> tuple[set[int], list[dict[str, Any]]]:
    """Received steps (feedback steps, warning changes): the local rows already here, and the new steps.

    A step is here by its uid, or as ``same`` finds it (the same step recorded under another uid, which
    is then remembered as coming from the PC ``origin`` names).
    """
    matched: set[int] = set()
    new = []
    for event in events:
        eid = local_id(ctx.db, kind, event["uid"]) or same(event)
        if eid is None:
            new.append(event)
        else:
            matched.add(eid)
            remember_match(ctx, kind, event["uid"], eid, origin(event))
    return matched, new


def add_pending(ctx: MergeContext, kind: str, uid: str, rec: dict[str, Any], reason: str, origin: str | None) -> int:
    """Keep the change ``uid`` (with its whole record ``rec``) waiting in ``exchange_pending`` for its customer or
    warning; 1 if it was not waiting yet, else 0."""
    return int(ctx.db.execute(
        """insert or ignore into exchange_pending (uid, kind, customer_no, reason, payload_json, origin_device,
               package_id, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)""",
        [uid, kind, rec["customer_no"], reason, canonical(rec), origin or ctx.source_device, ctx.package_id, ctx.now],
    ).rowcount)  # fmt: skip


def forgotten(db: Database, uid: str) -> bool:
    """Whether the record ``uid`` was removed here on purpose (purge, erasure) and must not come back."""
    return db.execute("select 1 from exchange_forgotten where uid = ?", [uid]).fetchone() is not None


def origins(db: Database, device: str) -> dict[str, str]:
    """uid → the PC that first recorded it, for records received here (others are this ``device``'s)."""
    return {uid: origin for uid, origin in db.execute("select uid, origin_device from exchange_records where uid = local_uid")}


def masked_no(customer_no: str) -> str:
    """A customer number for conflict lists and messages: only the last 4 characters shown."""
    text = str(customer_no or "")
    return "*" * max(len(text) - 4, 0) + text[-4:] if len(text) > 4 else "*" * len(text)


def moment(at: str | None) -> str:
    """An ISO stamp as people read it: 2026-11-20 10:05."""
    return (at or "")[:16].replace("T", " ")


def status_text(status: str, actor: str, at: str) -> str:
    """A warning status with who set it and when: 已挽留（li，2026-11-20 10:05）."""
    return f"{STATUS_LABELS.get(status, status)}（{actor}，{moment(at)}）"


def canonical(value: object) -> str:
    """Canonical JSON, for comparing records from two PCs."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def chunks(ids: list[int], size: int = 500) -> list[list[int]]:
    """``ids`` in pieces small enough for SQLite's variable limit."""
    return [ids[i : i + size] for i in range(0, len(ids), size)]


@contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """One immediate write transaction (a savepoint inside a caller's): all of it commits, or none of it."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.execute("BEGIN IMMEDIATE")  # take the write lock now: nothing slips in between reading and writing
    try:
        yield
    except BaseException:
        if db.conn.in_transaction:
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
