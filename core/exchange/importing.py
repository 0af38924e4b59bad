"""Reading an exchange package into this PC: check everything, back up, merge all of it in one transaction.

Order: the permission; the file (size, signature, password, integrity, shape); that it is not this
PC's own package and belongs to this branch. Only then is the database backed up and touched, in
one write transaction, batch by batch (progress and cancel between batches): waiting changes first,
then handovers, contacts, feedback, warnings, assignments. A refusal, an error or a cancel leaves the
database exactly as it was. Every record is merged by its uid, so a second import of the same
package (or of an overlapping one) changes nothing.

Scope: a package is the branch's own data recorded by colleagues, so it is imported whole, whatever
customers the importing user may see; what each user then sees is still limited by their role.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from core.actors import Actor
from core.db import backup_db
from core.exchange.device import ensure_device, own_device_id, serves_branch, set_importing
from core.exchange.merge_assignments import merge_assignment, merge_handover
from core.exchange.merge_contacts import merge_contact
from core.exchange.merge_feedback import merge_feedback
from core.exchange.merge_warnings import merge_warning
from core.exchange.model import CTX, KINDS, ExchangeRefused, ExchangeReport
from core.exchange.package import PackageHeader, read_package
from core.exchange.pending import pending_count, retry_pending
from core.exchange.refs import MergeContext, canonical, write_transaction
from core.exchange.validate import validate_payload
from core.i18n import QT_TRANSLATE_NOOP
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress
from core.security import audit
from core.security.clock import Clock, system_clock
from core.security.permissions import require

BATCH = 200


def _count_result(kind: str, merge: Callable[[MergeContext, dict[str, Any]], str]) -> Callable[[MergeContext, dict[str, Any]], None]:
    def run(ctx: MergeContext, rec: dict[str, Any]) -> None:
        outcome = merge(ctx, rec)
        if outcome == "unchanged":
            ctx.unchanged += 1
        elif outcome == "pending":
            ctx.added(f"{kind}_pending")

    return run


MERGERS: dict[str, Callable[[MergeContext, dict[str, Any]], None]] = {
    "handovers": merge_handover,
    "contacts": merge_contact,
    "feedback": merge_feedback,
    "warnings": _count_result("warnings", merge_warning),
    "assignments": _count_result("assignments", merge_assignment),
}


def import_package(
    db: Database, actor: Actor, path: Path, password: str, *, progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None, clock: Clock = system_clock,
) -> ExchangeReport:  # fmt: skip
    """Merge a package: importing twice changes nothing; conflicts resolved by the later change. Permission exchange.import.

    :raises ExchangeRefused: not a package, wrong password, damaged or changed, made by a newer Liuke,
      this PC's own package, another branch's; nothing was changed
    :raises Cancelled: ``cancel`` was set; nothing was changed
    """
    require(actor, "exchange.import")
    path = Path(path)
    header, payload, sha = read_package(path, password)
    total = validate_payload(payload)
    _check_source(db, header)
    notes = _notes_before(db, header)
    try:
        backup_db(db, reason="before-exchange")
    except OSError:
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "导入前备份数据库失败（磁盘空间不足或没有写入权限？），未导入（未作任何修改）。"),
            code="backup_failed",
        ) from None  # fmt: skip
    now = clock().isoformat(timespec="seconds")
    ctx = MergeContext(db, header.package_id, header.source_device, now)
    try:
        with write_transaction(db):
            ensure_device(db, now)
            set_importing(db, header.package_id)
            retry_pending(ctx)
            _merge_all(ctx, payload, total, progress, cancel)
            pending = pending_count(db)
            counts = dict(ctx.counts)
            db.execute(
                """insert into exchange_log (package_id, direction, source_device, created_at, file_name, file_sha256,
                       counts_json, unchanged, conflicts, pending, actor, at) values (?, 'import', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [header.package_id, header.source_device, header.created_at, path.name, sha, canonical(counts),
                 ctx.unchanged, len(ctx.conflicts), pending, actor.username, now],
            )  # fmt: skip
            audit.record(
                db, actor, "exchange_import", target=f"package:{header.package_id}", clock=clock,
                details={"package_id": header.package_id, "source_device": header.source_device, "file": path.name,
                         "file_sha256": sha, "counts": counts, "unchanged": ctx.unchanged,
                         "conflicts": len(ctx.conflicts), "pending": pending},
            )  # fmt: skip
            set_importing(db, None)
    except (sqlite3.IntegrityError, KeyError, TypeError, ValueError):
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "交换包中有本机无法识别的内容（可能来自不同版本的留客），未导入（未作任何修改）。请两台电脑使用同一版本的留客。"),
            code="bad_payload",
        ) from None  # fmt: skip
    progress(Progress(total, total, "exchange_merge"))
    if pending:
        notes.append(QT_TRANSLATE_NOOP(CTX, "有 {n} 项预警处理或分派暂存待用：本机还没有对应的客户或预警，导入相应月份的清单后会自动补上。").format(n=pending))
    if counts.get("unlinked"):
        notes.append(QT_TRANSLATE_NOOP(CTX, "有 {n} 条记录的客户本机尚未导入，已按客户号保存，导入其月度清单后自动关联。").format(n=counts["unlinked"]))
    return ExchangeReport(
        path, counts, ctx.unchanged, tuple(ctx.conflicts), package_id=header.package_id,
        source_device=header.source_device, file_sha256=sha, pending=pending, notes=tuple(notes),
    )  # fmt: skip


def _check_source(db: Database, header: PackageHeader) -> None:
    """Refuse this PC's own package and another branch's (read-only checks)."""
    if header.source_device == own_device_id(db):
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "这是本机自己导出的交换包，不需要导入（未作任何修改）。请在另一台电脑上导入它。"),
            code="own_package",
        )  # fmt: skip
    if not serves_branch(db, header.branch):
        raise ExchangeRefused(
            QT_TRANSLATE_NOOP(CTX, "这个交换包来自「{branch}」，与本机数据库的网点不同，未导入（未作任何修改）。"),
            code="other_branch", branch=header.branch,
        )  # fmt: skip


def _notes_before(db: Database, header: PackageHeader) -> list[str]:
    """Remarks on the package's place in the sequence: imported before, or a previous one never seen here."""
    notes = []
    seen = db.execute(
        "select at from exchange_log where direction = 'import' and package_id = ? order by id limit 1", [header.package_id]
    ).fetchone()
    if seen is not None:
        notes.append(QT_TRANSLATE_NOOP(CTX, "这个交换包已于 {at} 导入过；重复导入不会重复添加记录。").format(at=seen[0].replace("T", " ")))
    elif header.previous and db.execute(
        "select 1 from exchange_log where package_id = ? and direction = 'import'", [header.previous]
    ).fetchone() is None:
        notes.append(QT_TRANSLATE_NOOP(CTX, "那台电脑在这个包之前还导出过一个交换包，本机没有导入过。如果没有导入过那个包，可能缺少其中的记录：请导入它，或请对方选择「全部」（--all）重新导出。"))
    return notes


def _merge_all(
    ctx: MergeContext, payload: dict[str, Any], total: int, progress: ProgressFn, cancel: CancelToken | None
) -> None:
    done = 0
    progress(Progress(0, total, "exchange_merge"))
    for kind in KINDS:
        records = payload.get(kind) or []
        for start in range(0, len(records), BATCH):
            check_cancel(cancel)
            batch = records[start : start + BATCH]
            for rec in batch:
                MERGERS[kind](ctx, rec)
            done += len(batch)
            progress(Progress(done, total, "exchange_merge"))
