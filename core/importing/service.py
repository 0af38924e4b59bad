"""The import as one call: plan (phase one), then, unless it is a dry run, commit (phase two)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from sqlite_utils import Database

from core.actors import Actor
from core.db import backup_db
from core.gc_pause import collector_paused
from core.importing.planner import ImportOptions, ImportPlan, plan_import
from core.importing.writer import CommitResult, commit_plan
from core.progress import CancelToken, ProgressFn, no_progress
from core.risk.compute import RecomputeResult, recompute


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
) -> ImportOutcome:
    """Import ``path`` into ``db`` all or nothing; with ``options.dry_run`` only check it.

    After a verified backup, the batch is written and the risk marks (tiers, rules, warnings)
    are recomputed in the same transaction: either both happen or neither does.

    :raises ImportRefused: the file is refused and nothing was written
    :raises Cancelled: ``cancel`` was set; nothing was written
    """
    options = options or ImportOptions()
    with collector_paused():
        plan = plan_import(db, Path(path), options, progress=progress, cancel=cancel)
        if options.dry_run:
            return ImportOutcome(plan, None)
        backup = backup_db(db, reason="before-import")
        with db.atomic():
            commit = commit_plan(db, plan, actor, progress=progress, cancel=cancel, backup=False)
            risk = recompute(db, actor, progress=progress, cancel=cancel)
    return ImportOutcome(plan, replace(commit, backup=str(backup) if backup else None), risk)
