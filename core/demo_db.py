"""A demo database: the demo branch's monthly files, generated and imported month by month.

The GUI offers it on first start so a newcomer sees a living branch at once; the
``screenshots`` command and the UI tests use it too.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from core import demo_followup
from core.actors import Actor
from core.demo import generate_demo
from core.importing.planner import ImportOptions
from core.importing.service import import_file
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress


@dataclass(frozen=True)
class DemoDatabase:
    """What was loaded."""

    periods: tuple[str, ...]
    batches: tuple[int, ...]
    customers: int
    next_month_file: Path | None = None  # the month after the last one imported, to try the import with


def load_demo(
    db: Database,
    actor: Actor,
    *,
    customers: int = 2000,
    months: int = 12,
    seed: int = 1,
    keep_files_in: Path | None = None,
    next_month_into: Path | None = None,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> DemoDatabase:
    """Generate the demo branch's files and import every month into ``db`` (oldest first), with a
    plausible history of contacts, feedback and a handover between the imports (core/demo_followup.py).

    :param keep_files_in: where to leave the generated files (a temporary folder otherwise)
    :param next_month_into: a folder to receive one more month's file, not imported, so a newcomer
      can try the import wizard on "next month" (its planted stories then show as new warnings)
    """
    held_back = 1 if next_month_into is not None else 0
    with tempfile.TemporaryDirectory(prefix="liuke-demo-") as scratch:
        folder = keep_files_in or Path(scratch)
        end = _months_after(DEMO_END, held_back)
        result = generate_demo(folder, customers=customers, months=months + held_back, seed=seed, end_period=end,
                               cancel=cancel)
        truth = json.loads((folder / "stories.json").read_text(encoding="utf-8"))
        truth["periods"] = truth["periods"][:months]  # the contact history stops at the last imported month
        files, periods = result.files[:months], result.periods[:months]
        next_file = None
        if next_month_into is not None:
            next_month_into.mkdir(parents=True, exist_ok=True)
            next_file = next_month_into / result.files[-1].name
            shutil.copyfile(result.files[-1], next_file)
        batches = []
        total = len(files)
        for done, (path, period) in enumerate(zip(files, periods, strict=True)):
            check_cancel(cancel)
            progress(Progress(done, total, "demo"))
            before = demo_followup.marks(db)
            outcome = import_file(db, path, actor, ImportOptions(period=period), cancel=cancel)
            assert outcome.commit is not None
            batches.append(outcome.commit.batch_id)
            with db.atomic():  # the weeks until the next list: contacts, warnings worked, feedback (demo_followup.py)
                demo_followup.after_import(db, actor, truth, done, outcome.commit.batch_id, before)
        progress(Progress(total, total, "demo"))
    count = db.execute("select count(*) from customers").fetchone()[0]
    return DemoDatabase(tuple(periods), tuple(batches), count, next_file)


DEMO_END = "2026-10"  # the demo's last imported month, whatever the real date


def _months_after(period: str, count: int) -> str:
    year, month = (int(x) for x in period.split("-"))
    year, month = divmod(year * 12 + month - 1 + count, 12)
    return f"{year:04d}-{month + 1:02d}"
