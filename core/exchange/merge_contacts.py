"""Merging received contact records (走访/回访) with their edit history.

A record is the same record on every PC by its uid (or, for a copy made before uids travelled, by who
created it, when, for which customer and with what content). A record new here is added as it was
sent, with its history; a customer this PC does not know yet leaves it unlinked, keeping its 客户号,
and the next monthly import that lists the customer links it (as it does after an undone import).

When both versions differ, the one that descends from the other wins (it already contains the
other's edit); when both PCs edited independently, the later edit wins and the other version goes
into ``visit_revisions``, so nothing anybody wrote is lost, and the conflict is listed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from core.exchange.collect import VISIT_COLUMNS, portable_values
from core.exchange.model import CTX, Conflict
from core.exchange.refs import (
    MergeContext,
    canonical,
    customer_id,
    forgotten,
    local_id,
    masked_no,
    moment,
    remember,
    remember_match,
    resolve_staff,
    staff_key,
)
from core.i18n import QT_TRANSLATE_NOOP


def version_mark(values: dict[str, Any]) -> str:
    """A fingerprint of one version's content, the same on every PC (staff by number or name)."""
    reasons = values.get("reasons")
    try:
        reasons = sorted(json.loads(reasons)) if isinstance(reasons, str) else reasons
    except ValueError:
        pass
    content = {k: values.get(k) for k in VISIT_COLUMNS if k != "staff_id"}
    content["reasons"], content["staff"] = reasons, staff_key(values.get("staff"))
    return hashlib.sha256(canonical(content).encode("utf-8")).hexdigest()


def merge_contact(ctx: MergeContext, rec: dict[str, Any]) -> None:
    """Add or merge one received contact record."""
    uid = rec["uid"]
    if forgotten(ctx.db, uid):
        ctx.unchanged += 1
        return
    vid = local_id(ctx.db, "contact", uid) or _same_record(ctx, rec)
    if vid is None:
        _insert(ctx, rec)
        return
    remember_match(ctx, "contact", uid, vid, rec.get("origin"))
    if not _merge_versions(ctx, vid, rec):
        ctx.unchanged += 1


def _original(rec: dict[str, Any]) -> dict[str, Any]:
    history = rec.get("history") or []
    return history[0]["values"] if history else rec["values"]


def _same_record(ctx: MergeContext, rec: dict[str, Any]) -> int | None:
    """A local record with another uid that is this one: same customer, creator, creation time and first content."""
    mark = version_mark(_original(rec))
    cid = customer_id(ctx.db, rec["customer_no"])  # through the customer's index, not a scan of every contact
    for (vid,) in ctx.db.execute(
        "select id from visits where customer_id is ? and customer_no = ? and created_at = ? and created_by = ?",
        [cid, rec["customer_no"], rec["created_at"], rec["created_by"]],
    ).fetchall():
        current, history = _local_versions(ctx, vid)
        first = history[0][1] if history else current
        if version_mark(first) == mark:
            return int(vid)
    return None


def _local_values(ctx: MergeContext, values: dict[str, Any]) -> list[object]:
    """Column values for ``visits`` from a portable version (staff resolved to a local id)."""
    staff = resolve_staff(ctx, values.get("staff"))
    if staff is None:
        raise ValueError("contact without staff")
    return [staff, *(values.get(c) for c in VISIT_COLUMNS[1:])]


def _values_json(ctx: MergeContext, values: dict[str, Any]) -> str:
    return json.dumps(dict(zip(VISIT_COLUMNS, _local_values(ctx, values), strict=True)), ensure_ascii=False)


def _insert(ctx: MergeContext, rec: dict[str, Any]) -> None:
    db = ctx.db
    cid = customer_id(db, rec["customer_no"])
    warning = None
    if cid is not None and rec.get("warning"):
        row = db.execute(
            "select id from warnings where customer_id = ? and first_period = ? order by id desc limit 1", [cid, rec["warning"]]
        ).fetchone()
        warning = row[0] if row else None
    vid = db.execute(
        f"""insert into visits (customer_id, customer_no, {", ".join(VISIT_COLUMNS)}, warning_id, revision, created_by,
                   created_at, updated_by, updated_at, uid) values ({", ".join("?" * (len(VISIT_COLUMNS) + 9))})""",
        [cid, rec["customer_no"], *_local_values(ctx, rec["values"]), warning, int(rec["revision"]), rec["created_by"],
         rec["created_at"], rec["updated_by"], rec["updated_at"], rec["uid"]],
    ).lastrowid  # fmt: skip
    numbers = set()
    for entry in rec.get("history") or []:
        number = int(entry["revision"])
        if number in numbers or number >= int(rec["revision"]):
            raise ValueError("contact history out of order")
        numbers.add(number)
        db.execute(
            "insert into visit_revisions (visit_id, revision, values_json, edited_by, edited_at) values (?, ?, ?, ?, ?)",
            [vid, number, _values_json(ctx, entry["values"]), entry["edited_by"], entry["edited_at"]],
        )
    remember(ctx, "contact", rec["uid"], rec["uid"], rec.get("origin"))
    ctx.added("contacts")
    ctx.added("contact_versions", len(numbers))
    if cid is None:
        ctx.added("unlinked")


def _local_versions(ctx: MergeContext, vid: int) -> tuple[dict[str, Any], list[tuple[int, dict[str, Any]]]]:
    """The local record's current values and its history, both in portable form."""
    db: Any = ctx.db
    cache: dict[int, Any] = {}
    row = db.execute(f"select {', '.join(VISIT_COLUMNS)} from visits where id = ?", [vid]).fetchone()
    current = portable_values(db, dict(zip(VISIT_COLUMNS, row, strict=True)), cache)
    history = [
        (int(rev), portable_values(db, json.loads(raw), cache))
        for rev, raw in db.execute("select revision, values_json from visit_revisions where visit_id = ? order by revision", [vid])
    ]
    return current, history


def _merge_versions(ctx: MergeContext, vid: int, rec: dict[str, Any]) -> bool:
    """Bring the local record and the received one together; True if anything was written."""
    db = ctx.db
    current, history = _local_versions(ctx, vid)
    revision, by, at, visited = db.execute(
        "select revision, updated_by, updated_at, visited_at from visits where id = ?", [vid]
    ).fetchone()
    mine, theirs = version_mark(current), version_mark(rec["values"])
    old = {version_mark(v) for _, v in history}
    sent = [(version_mark(h["values"]), h) for h in rec.get("history") or []]
    clash = False
    if mine == theirs or theirs in old:
        remote_wins = False
    elif mine in {m for m, _ in sent}:
        remote_wins = True
    else:  # edited on both PCs: the later edit wins
        clash = True
        remote_wins = (rec["updated_at"], int(rec["revision"]), theirs) > (at, revision, mine)
    winner = theirs if remote_wins else mine
    seen, adding = old | {winner}, []
    for mark, entry in sorted(sent, key=lambda e: (e[1]["edited_at"], e[1]["revision"])):
        if mark not in seen:
            adding.append((entry["values"], entry["edited_by"], entry["edited_at"]))
            seen.add(mark)
    if remote_wins and mine not in seen:
        adding.append((current, rec["updated_by"], rec["updated_at"]))
    if not remote_wins and theirs not in seen:
        adding.append((rec["values"], by, at))
    if not adding and not remote_wins:
        return False
    number = max([r for r, _ in history] + [0])
    for values, edited_by, edited_at in adding:
        number += 1
        db.execute(
            "insert into visit_revisions (visit_id, revision, values_json, edited_by, edited_at) values (?, ?, ?, ?, ?)",
            [vid, number, _values_json(ctx, values), edited_by, edited_at],
        )
    final = max(number + 1, int(revision))
    if remote_wins:
        db.execute(
            f"""update visits set {", ".join(c + " = ?" for c in VISIT_COLUMNS)}, revision = ?, updated_by = ?,
                    updated_at = ? where id = ?""",
            [*_local_values(ctx, rec["values"]), final, rec["updated_by"], rec["updated_at"], vid],
        )
        ctx.added("contacts_updated")
    elif final != revision:
        db.execute("update visits set revision = ? where id = ?", [final, vid])
    ctx.added("contact_versions", len(adding))
    if clash:
        _report(ctx, rec, visited, (rec["updated_by"], rec["updated_at"]) if remote_wins else (by, at),
                (by, at) if remote_wins else (rec["updated_by"], rec["updated_at"]))  # fmt: skip
    return True


def _report(ctx: MergeContext, rec: dict[str, Any], visited: str, kept: tuple[str, str], other: tuple[str, str]) -> None:
    version = QT_TRANSLATE_NOOP(CTX, "{who} 于 {at} 修改的版本")
    ctx.conflict(Conflict(
        kind="contact",
        record=QT_TRANSLATE_NOOP(CTX, "客户 {no} 在 {at} 的联系记录").format(no=masked_no(rec["customer_no"]), at=moment(visited)),
        kept=version.format(who=kept[0], at=moment(kept[1])),
        other=version.format(who=other[0], at=moment(other[1])),
        message=QT_TRANSLATE_NOOP(CTX, "同一条联系记录在两台电脑上都被修改：保留较晚的修改，另一版本已存入修改历史。"),
    ))  # fmt: skip
