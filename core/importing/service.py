"""The import as one call: plan (phase one), then, unless it is a dry run, commit (phase two).

``import_file`` is the entry point of the window and the command line: it needs ``import.run``
(a dry run too, since it reads the whole file) and writes one audit row (batch, file hash, counts)
in the same transaction as the batch. ``run_import`` is the same work without the permission
check, for core operations that import on their own authority (loading the demo branch).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from core.actors import Actor
from core.db import backup_db
from core.gc_pause import collector_paused
from core.importing.planner import ImportOptions, ImportPlan, plan_import
from core.importing.prefetch import Prefetch
from core.importing.writer import CommitResult, commit_plan
from core.progress import CancelToken, ProgressFn, no_progress
from core.risk.compute import RecomputeResult, recompute
from core.security import audit
from core.security.permissions import require


@dataclass(frozen=True)
class ImportOutcome:
    """The plan that was checked and, unless it was a dry run, what was written and how risk changed."""

    plan: ImportPlan
    commit: CommitResult | None
    risk: RecomputeResult | None = None


def import_file(
    db: Database,
    path: Path,
    actor: Actor,
    options: ImportOptions | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    prefetched: Prefetch | None = None,
) -> ImportOutcome:
    """Import ``path`` into ``db`` all or nothing; with ``options.dry_run`` only check it.

    After a verified backup, the batch is written and the risk marks (tiers, rules, warnings)
    are recomputed in the same transaction: either both happen or neither does.

    :raises PermissionDenied: the role may not import (only a 主管 may); nothing was read (a
      ``prefetched`` read is dropped unused)
    :raises ImportRefused: the file is refused and nothing was written
    :raises Cancelled: ``cancel`` was set; nothing was written
    """
    try:
        require(actor, "import.run")
    except BaseException:
        if prefetched is not None:
            prefetched.close()
        raise
    return run_import(db, path, actor, options, progress=progress, cancel=cancel, prefetched=prefetched)


def run_import(
    db: Database,
    path: Path,
    actor: Actor,
    options: ImportOptions | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    prefetched: Prefetch | None = None,
) -> ImportOutcome:
    """``import_file`` without the permission check: for a core operation that has checked its own
    (``load_demo`` needs ``demo.load``). The batch is audited all the same, as done by ``actor``."""
    options = options or ImportOptions()
    with collector_paused():
        plan = plan_import(db, Path(path), options, progress=progress, cancel=cancel, prefetched=prefetched)
        if options.dry_run:
            return ImportOutcome(plan, None)
        backup = backup_db(db, reason="before-import")
        with db.atomic():
            commit = commit_plan(db, plan, actor, progress=progress, cancel=cancel, backup=False)
            risk = recompute(db, actor, progress=progress, cancel=cancel)
            audit.record(db, actor, "import", target=f"batch:{commit.batch_id}", details=_audit_details(plan, commit))
    return ImportOutcome(plan, replace(commit, backup=str(backup) if backup else None), risk)


def _audit_details(plan: ImportPlan, commit: CommitResult) -> dict[str, object]:
    """What the audit row of an import says: the file's hash and name, the month and the counts."""
    return {
        "file": plan.path.name,  # masked as free text by the audit log (a long digit run stays hidden)
        "file_sha256": plan.file_sha256,
        "period": plan.period,
        "rows_read": plan.rows_read,
        "imported": len(plan.records),
        "rejected": plan.rejected,
        "skipped": plan.skipped,
        "replaced_batches": list(commit.replaced_batches),
    }
