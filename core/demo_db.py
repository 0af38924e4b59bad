"""A demo database: the demo branch's monthly files, generated and imported month by month.

The GUI offers it on first start so a newcomer sees a living branch at once; the
``screenshots`` command and the UI tests use it too. Loading it needs ``demo.load`` (主管, 管理员);
the imports inside are the loader's own work, so they do not also need ``import.run``, but each
is audited as usual, and so is the load itself. With ``accounts=True`` the demo also gets one
sign-in account per role (password ``DEMO_PASSWORD``), so every role can be tried at once.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from core import demo_followup
from core.actors import ADMIN, AUDITOR, HEAD, MANAGER, TELLER, Actor
from core.demo import generate_demo
from core.importing.planner import ImportOptions
from core.importing.service import run_import
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress
from core.security import audit
from core.security.accounts import actor_of, add_user, has_accounts
from core.security.permissions import require

DEMO_PASSWORD = "Demo-2026"  # every demo account's password (the demo's people and money are fictional)
# the demo's fixed accounts: username, display name, role (the 客户经理 accounts follow the demo's managers)
DEMO_ACCOUNTS = (
    ("admin", "示范管理员", ADMIN),
    ("zhuguan", "示范主管", HEAD),
    ("shenji", "示范审计", AUDITOR),
    ("guiyuan", "示范柜员", TELLER),
)


@dataclass(frozen=True)
class DemoDatabase:
    """What was loaded."""

    periods: tuple[str, ...]
    batches: tuple[int, ...]
    customers: int
    next_month_file: Path | None = None  # the month after the last one imported, to try the import with
    accounts: tuple[str, ...] = ()  # usernames created with ``accounts=True`` (password DEMO_PASSWORD)


def load_demo(
    db: Database,
    actor: Actor,
    *,
    customers: int = 2000,
    months: int = 12,
    seed: int = 1,
    keep_files_in: Path | None = None,
    next_month_into: Path | None = None,
    accounts: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> DemoDatabase:
    """Generate the demo branch's files and import every month into ``db`` (oldest first), with a
    plausible history of contacts, feedback and a handover between the imports (core/demo_followup.py).

    :param keep_files_in: where to leave the generated files (a temporary folder otherwise)
    :param next_month_into: a folder to receive one more month's file, not imported, so a newcomer
      can try the import wizard on "next month" (its planted stories then show as new warnings)
    :param accounts: also create the demo's accounts, all with ``DEMO_PASSWORD``: admin (管理员), zhuguan
      (主管), shenji (审计), guiyuan (柜员, working as the first demo manager's staff record) and one
      客户经理 per demo manager, jl01, jl02, … in staff id order. On a database that already has
      accounts, ``actor`` must be allowed to manage them.
    :raises PermissionDenied: the role may not load the demo (only 主管 and 管理员 may), or ``accounts``
      on a database with accounts and the role may not add them
    """
    require(actor, "demo.load")
    if accounts and has_accounts(db):
        require(actor, "user.manage")  # refuse before the long part, not after it
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
            outcome = run_import(db, path, actor, ImportOptions(period=period), cancel=cancel)
            assert outcome.commit is not None
            batches.append(outcome.commit.batch_id)
            with db.atomic():  # the weeks until the next list: contacts, warnings worked, feedback (demo_followup.py)
                demo_followup.after_import(db, actor, truth, done, outcome.commit.batch_id, before)
        progress(Progress(total, total, "demo"))
    count = db.execute("select count(*) from customers").fetchone()[0]
    with db.atomic():
        made = add_demo_accounts(db, actor) if accounts else ()
        audit.record(db, actor, "demo_loaded",
                     details={"customers": count, "months": len(periods), "seed": seed, "accounts": len(made)})
    return DemoDatabase(tuple(periods), tuple(batches), count, next_file, made)


def add_demo_accounts(db: Database, actor: Actor) -> tuple[str, ...]:
    """Create the demo's accounts (see ``load_demo``) and return their usernames, in creation order.

    The first account of a database must be a 管理员 and may be created by anyone; the rest are then
    added by that administrator (or by ``actor`` when accounts existed already).
    :raises AccountRefused: a username is taken
    """
    managers = [r[0] for r in db.execute(
        "select id from staff where role = ? order by id", [MANAGER]
    ).fetchall()]  # fmt: skip
    names = {sid: name for sid, name in db.execute("select id, name from staff")}
    wanted = [(u, d, r, managers[0] if r == TELLER and managers else None) for u, d, r in DEMO_ACCOUNTS]
    wanted += [(f"jl{n:02d}", names[sid], MANAGER, sid) for n, sid in enumerate(managers, start=1)]
    creator = actor
    made: list[str] = []
    for username, display, role, staff_id in wanted:
        first = not has_accounts(db)
        info = add_user(db, creator, username, DEMO_PASSWORD, role, display_name=display, staff_id=staff_id)
        if first:
            creator = actor_of(info)  # the administrator just created adds the others
        made.append(info.username)
    return tuple(made)


DEMO_END = "2026-10"  # the demo's last imported month, whatever the real date


def _months_after(period: str, count: int) -> str:
    year, month = (int(x) for x in period.split("-"))
    year, month = divmod(year * 12 + month - 1 + count, 12)
    return f"{year:04d}-{month + 1:02d}"
