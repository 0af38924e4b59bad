"""Import batches: listing them (``import.view``), and undoing one atomically (``import.undo``, audited)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from core.actors import Actor
from core.customers import forget_unlisted_customers
from core.db import backup_db
from core.importing.codes import ImportRefused
from core.importing.writer import now_text
from core.risk.compute import recompute
from core.security import audit
from core.security.permissions import require


@dataclass(frozen=True)
class BatchInfo:
    """One import batch as ``batches`` lists it."""

    id: int
    file_name: str
    period: str
    status: str
    rows_read: int
    imported: int
    skipped: int
    rejected: int
    warnings: int
    customers_created: int
    imported_by: str
    imported_at: str


def list_batches(db: Database, actor: Actor) -> list[BatchInfo]:
    """Every batch, newest first.

    :raises PermissionDenied: the role may not view import records (only 主管 and 管理员 may)
    """
    require(actor, "import.view")
    columns = (
        "id",
        "file_name",
        "period",
        "status",
        "rows_read",
        "imported",
        "skipped",
        "rejected",
        "warnings",
        "customers_created",
        "imported_by",
        "imported_at",
    )
    rows = db.execute(f"select {', '.join(columns)} from import_batches order by id desc").fetchall()
    return [BatchInfo(*row) for row in rows]


@dataclass(frozen=True)
class UndoResult:
    """What undoing a batch removed."""

    batch_id: int
    snapshots_removed: int
    customers_removed: int


def undo_batch(db: Database, batch_id: int, actor: Actor) -> UndoResult:
    """Remove a committed batch's snapshots, and the customers only it knew, in one transaction.

    The batch row stays, marked 'undone', with who did it and when; the audit row commits with the undo.
    :raises PermissionDenied: the role may not undo imports (only a 主管 may)
    :raises ImportRefused: ``batch_not_found`` or ``batch_not_active``
    """
    require(actor, "import.undo")
    row = db.execute("select period, status from import_batches where id = ?", [batch_id]).fetchone()
    if row is None:
        raise ImportRefused("batch_not_found", batch_id=batch_id)
    period, status = row
    if status != "committed":
        raise ImportRefused("batch_not_active", batch_id=batch_id, status=_STATUS_TEXT.get(status, status))
    backup_db(db, reason="before-undo")
    with db.atomic():
        removed = db.execute("delete from snapshots where period = ? and batch_id = ?", [period, batch_id]).rowcount
        customers = forget_unlisted_customers(db)
        db.execute(
            "update import_batches set status = 'undone', ended_by = ?, ended_at = ? where id = ?",
            [actor.username, now_text(), batch_id],
        )
        recompute(db, actor)  # the risk marks follow the data that is left
        audit.record(db, actor, "import_undone", target=f"batch:{batch_id}",
                     details={"period": period, "snapshots_removed": removed, "customers_removed": customers})
    return UndoResult(batch_id, removed, customers)


_STATUS_TEXT = {"committed": "已导入", "replaced": "已被替换", "undone": "已撤销"}


def status_text(status: str) -> str:
    """The Chinese word for a batch status."""
    return _STATUS_TEXT.get(status, status)
