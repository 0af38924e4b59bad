"""Creating the database on first start: empty, or the demo branch built safely off to the side.

The demo is built into a temporary file next to the target and moved into place only when
it is complete, so a cancelled or failed build never leaves a half database behind.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from core.actors import LOCAL_USER
from core.db import open_db
from core.demo_db import DemoDatabase, load_demo
from core.paths import backup_dir
from core.progress import CancelToken, ProgressFn

log = logging.getLogger(__name__)

DEMO_ENV = "LIUKE_DEMO"


@dataclass(frozen=True)
class DemoSize:
    """How big a demo branch to build."""

    customers: int = 2000
    months: int = 12


def demo_size_from_env(value: str | None) -> DemoSize | None:
    """``LIUKE_DEMO``: unset/"0" means ask; "1" the standard demo; "200x3" 200 customers over 3 months."""
    if not value or value.strip() in ("0", "false", "no"):
        return None
    text = value.strip().lower()
    if "x" in text:
        customers, _, months = text.partition("x")
        if customers.isdigit() and months.isdigit() and int(customers) > 0 and int(months) > 0:
            return DemoSize(int(customers), int(months))
    return DemoSize()


def database_exists(path: Path) -> bool:
    """Whether ``path`` holds a database already (an empty file does not count)."""
    return path.is_file() and path.stat().st_size > 0


def create_empty_database(path: Path) -> None:
    """Create a fresh, migrated database at ``path``."""
    open_db(path).close()


def building_path(target: Path) -> Path:
    """The temporary file a demo is built in, next to ``target`` (same disk, so the move is atomic)."""
    return target.with_name(f".{target.stem}-building{target.suffix or '.db'}")


NEXT_MONTH_FOLDER = "示范网点下月清单"


def next_month_folder(target: Path) -> Path:
    """Where the demo leaves next month's list (not imported) for the newcomer to import."""
    return target.parent / NEXT_MONTH_FOLDER


def build_demo_database(
    target: Path, size: DemoSize, progress: ProgressFn, cancel: CancelToken
) -> DemoDatabase:
    """Build the demo branch and move it to ``target``; on cancel or error nothing is left behind.

    :raises FileExistsError: ``target`` appeared while building (it is never overwritten)
    """
    temp = building_path(target)
    _remove(temp)  # a build that crashed earlier
    try:
        db = open_db(temp)
        try:
            # accounts=True: one account per role (password core.demo_db.DEMO_PASSWORD), listed at sign-in
            result = load_demo(db, LOCAL_USER, customers=size.customers, months=size.months, accounts=True,
                               next_month_into=next_month_folder(target), progress=progress, cancel=cancel)
        finally:
            db.close()
        if database_exists(target):
            raise FileExistsError(str(target))
        os.replace(temp, target)
    except BaseException:
        _remove(temp)
        raise
    finally:
        _remove_backups_of(temp)
    log.info("demo database built: %s customers, %s months", result.customers, len(result.periods))
    return result


def _remove(path: Path) -> None:
    for part in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        part.unlink(missing_ok=True)


def _remove_backups_of(temp: Path) -> None:
    """The importer backs the database up before each month; those copies of a scratch file are noise."""
    folder = backup_dir(temp)
    if not folder.is_dir():
        return
    for backup in folder.glob(f"{temp.stem}-*"):
        backup.unlink(missing_ok=True)
    try:
        folder.rmdir()  # only if nothing else is in it
    except OSError:
        pass
