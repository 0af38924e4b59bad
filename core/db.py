"""Opening the database: WAL, foreign keys, newer-version guard, backup, migrations.

Each thread opens its own connection with ``open_db``. Backups use SQLite's online
backup API, so they are consistent even while another connection reads.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from core.migrations import migrations, registered_names
from core.paths import backup_dir

log = logging.getLogger(__name__)

KEEP_BACKUPS = 10
BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another (the window, a second CLI run)


class NewerDatabaseError(Exception):
    """The database was written by a newer Liuke; it is refused, not damaged."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = unknown

    def message(self) -> str:
        """A Chinese explanation with what to do."""
        return "这个数据库由更新版本的留客创建，当前版本无法打开（未作任何修改）。请安装最新版本的留客后再打开。"


def connect(path: Path | str, *, wal: bool = True) -> Database:
    """Open ``path`` with the connection settings every Liuke connection uses, without migrating."""
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    db = Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    db.execute("PRAGMA cache_size = -65536")  # 64 MB page cache: imports update large indexes
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    return db


def open_db(path: Path | str, *, wal: bool = True) -> Database:
    """Open the database at ``path``, backing it up and migrating it if needed.

    :param path: database file; created (with its folder) if missing
    :param wal: use write-ahead logging so the UI can read while an import writes.
      Pass ``False`` if the file lives on a network share (WAL needs one host).
    :raises NewerDatabaseError: the file was written by a newer version of Liuke
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    db = connect(path, wal=wal)
    known = set(registered_names())
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        db.close()
        raise NewerDatabaseError(unknown)
    if existed and migrations.pending(db):
        backup_db(db, path, reason="before-migration")
    migrations.apply(db)
    return db


def db_path_of(db: Database) -> Path | None:
    """The file behind ``db`` (None for an in-memory database)."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def backup_db(
    db: Database, path: Path | None = None, *, reason: str = "backup", keep: int = KEEP_BACKUPS
) -> Path | None:
    """Write a consistent copy of ``db`` into the backups folder and keep only the newest ``keep``.

    Returns the backup's path (None for an in-memory database). The copy is verified
    with ``PRAGMA integrity_check`` before older backups are rotated away.
    """
    path = path or db_path_of(db)
    if path is None:
        return None
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}{path.suffix or '.db'}"
    partial = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(str(partial))
    try:
        db.conn.backup(dest)
        ok = dest.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        dest.close()
    if not ok:
        partial.unlink(missing_ok=True)
        raise OSError("backup failed its integrity check")
    partial.replace(target)
    _rotate(folder, path, keep)
    log.info("backup written (%s)", reason)
    return target


def _rotate(folder: Path, path: Path, keep: int) -> None:
    backups = sorted(folder.glob(f"{path.stem}-*{path.suffix or '.db'}"))
    for old in backups[:-keep] if keep > 0 else backups:
        old.unlink(missing_ok=True)
