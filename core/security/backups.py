"""Backups and restore: verified consistent copies, rotation, the daily backup, and restoring one.

A backup is written with SQLite's online backup API (consistent even while another connection
reads), verified with ``PRAGMA integrity_check`` and only then given its final name. The backups
folder beside the database keeps the newest 10 of each kind (before-import, before-undo,
before-migration, daily, manual, before-restore). Manual backups and the daily one are audited
(``backup``).

Restoring first checks the chosen file on a private copy (a SQLite file, intact, a Liuke database,
not from a newer version), then moves the current database with its ``-wal``/``-shm`` files aside
into the backups folder (``…-before-restore.db``), moves the checked copy into place, opens it
(migrating an older one) and writes ``restore`` into the restored database's audit log.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from core.actors import Actor
from core.db import (
    backup_db,
    backup_name,
    db_path_of,
    open_db,
    parse_backup_name,
    rotate_backups,
    write_backup,
)
from core.files import file_sha256
from core.i18n import QT_TRANSLATE_NOOP
from core.migrations import registered_names
from core.paths import backup_dir
from core.refusal import Refused
from core.security import audit
from core.security.clock import Clock, system_clock
from core.security.permissions import require

log = logging.getLogger(__name__)
CTX = "Backups"
SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("", "-wal", "-shm", "-journal")  # suffixes of the database file and of what SQLite keeps beside it
REASONS: dict[str, str] = {
    "manual": QT_TRANSLATE_NOOP(CTX, "手动备份"),
    "daily": QT_TRANSLATE_NOOP(CTX, "每日自动备份"),
    "before-import": QT_TRANSLATE_NOOP(CTX, "导入前"),
    "before-undo": QT_TRANSLATE_NOOP(CTX, "撤销导入前"),
    "before-exchange": QT_TRANSLATE_NOOP(CTX, "导入交换包前"),
    "before-migration": QT_TRANSLATE_NOOP(CTX, "升级前"),
    "before-restore": QT_TRANSLATE_NOOP(CTX, "恢复前的数据库"),
}


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when, why (before-import, before-migration, daily, manual, before-restore), size."""

    path: Path
    created_at: str  # ISO datetime
    reason: str
    size: int

    @property
    def reason_label(self) -> str:
        """The Chinese name of the reason."""
        return REASONS.get(self.reason, self.reason)


@dataclass(frozen=True)
class Restored:
    """A finished restore: which backup, and where the database as it was before is kept.

    ``kept_aside`` is None when there was no database at ``db_path`` to keep.
    """

    source: Path
    kept_aside: Path | None


class BackupRefused(Refused):
    """A backup or restore refused; nothing changed. ``message()`` is Chinese."""

    context = CTX


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of the database at ``db_path`` in its backups folder, newest first."""
    db_path = Path(db_path)
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{db_path.stem}-*"):
        parsed = parse_backup_name(db_path, path.name)
        if parsed is None or not path.is_file():
            continue
        when, reason = parsed
        found.append((when, BackupInfo(path, when.isoformat(timespec="seconds"), reason, path.stat().st_size)))
    return [info for _, info in sorted(found, key=lambda pair: pair[0], reverse=True)]


def create_backup(db: Database, actor: Actor, out: Path | None = None, *, reason: str = "manual") -> Path:
    """A verified consistent copy (to ``out`` or the backups folder, rotated); audited. Permission backup.create.

    :param out: a file of the user's choosing (not rotated); None: the backups folder beside the database
    :raises BackupRefused: an in-memory database, ``out`` is the database itself, its folder is missing,
      or the copy could not be written (nothing is left behind)
    """
    require(actor, "backup.create")
    return _backup(db, actor, out, reason)


def _backup(db: Database, actor: Actor, out: Path | None, reason: str, clock: Clock = system_clock) -> Path:
    source = db_path_of(db)
    if source is None:
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "内存数据库无法备份。"))
    chosen = Path(out).expanduser().absolute() if out is not None else None
    try:
        if chosen is None:
            target = backup_db(db, source, reason=reason)
            assert target is not None
        else:
            target = _check_out(chosen, source)
            write_backup(db, target)
    except OSError as exc:
        log.warning("backup failed: %s", type(exc).__name__)
        folder = chosen.parent if chosen is not None else backup_dir(source)
        raise BackupRefused(QT_TRANSLATE_NOOP(
            CTX, "无法写入备份到「{folder}」（磁盘已满、没有权限或副本校验未通过）。未留下不完整的备份，请换一个位置后重试。"
        ), folder=str(folder)) from exc
    audit.record(db, actor, "backup", target=f"file:{target.name}", clock=clock, details={
        "reason": reason, "file": target.name, "size": target.stat().st_size, "sha256": file_sha256(target),
        "chosen_file": out is not None,
    })
    return target


def _check_out(target: Path, source: Path) -> Path:
    if target.is_dir():
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "「{name}」是一个文件夹：请给出备份文件名，如 {name}/留客备份.db。"),
                            name=str(target))
    if not target.parent.is_dir():
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "文件夹「{folder}」不存在。请先建好文件夹，或换一个位置。"),
                            folder=str(target.parent))
    if any(_same_file(target, Path(str(source) + extra)) for extra in SIDE_FILES):
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "不能把备份写到数据库文件本身。请换一个文件名。"))
    return target


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def daily_backup_if_due(db: Database, actor: Actor, *, clock: Clock = system_clock) -> Path | None:
    """The first start of a day backs the database up (None when today's backup exists, or in memory).

    Runs for whoever signs in first that day (no permission needed: it is the program's own safety copy);
    audited as ``backup`` with reason ``daily``.
    """
    source = db_path_of(db)
    if source is None:
        return None
    today = clock().date().isoformat()
    if any(b.reason == "daily" and b.created_at.startswith(today) for b in list_backups(source)):
        return None
    return _backup(db, actor, None, "daily", clock)


def check_backup_file(path: Path) -> None:
    """Refuse a file that is not an intact Liuke database this version can open.

    :raises BackupRefused: missing, not a SQLite file, damaged (``integrity_check``), not a Liuke
      database, or written by a newer version of Liuke
    """
    if not path.is_file():
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "找不到备份文件「{name}」。"), name=str(path))
    with open(path, "rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "「{name}」不是留客的数据库备份（不是 SQLite 文件）。当前数据库未作任何修改。"),
                            name=path.name)
    try:
        # immutable: read without locks and without creating -wal/-shm files beside the backup
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            intact = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            names = _migration_names(conn) if intact else []
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        intact, names = False, []
    if not intact:
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "备份文件「{name}」已损坏（完整性检查未通过），不能用于恢复。当前数据库未作任何修改，请选择另一个备份。"),
                            name=path.name)
    if not names:
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "「{name}」不是留客的数据库备份。当前数据库未作任何修改。"), name=path.name)
    if not set(names) <= set(registered_names()):
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "备份「{name}」由更新版本的留客创建，当前版本无法使用（未作任何修改）。请安装最新版本的留客后再恢复。"),
                            name=path.name)


def _migration_names(conn: sqlite3.Connection) -> list[str]:
    try:
        rows = conn.execute("select name from _sqlite_migrations where migration_set = 'liuke' order by rowid")
        return [r[0] for r in rows.fetchall()]
    except sqlite3.DatabaseError:
        return []


def restore_backup(db_path: Path, actor: Actor, backup: Path) -> Restored:
    """Replace the (closed) database at ``db_path`` with ``backup`` after verifying it; the current file is kept aside.

    Permission backup.restore. The caller must have closed every connection to ``db_path``.
    The backup file itself is only read. The restored database is migrated if it is older, and
    gets a ``restore`` audit row.

    :raises BackupRefused: the backup is missing, damaged, not a Liuke database or from a newer
      version; or the current database is in use (Windows) — nothing changed in every case
    """
    require(actor, "backup.restore")
    db_path, backup = Path(db_path).absolute(), Path(backup).expanduser().absolute()
    if _same_file(db_path, backup):
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "所选文件就是当前数据库本身，无需恢复。"))
    checked = _private_copy(backup, db_path)
    try:
        check_backup_file(checked)
        digest = file_sha256(checked)
        kept = _move_aside(db_path)
        try:
            os.replace(checked, db_path)
        except OSError as exc:
            _move_back(kept, db_path)
            raise _in_use() from exc
    finally:
        checked.unlink(missing_ok=True)
    db = open_db(db_path)
    try:
        audit.record(db, actor, "restore", target=f"file:{backup.name}", details={
            "source": backup.name, "sha256": digest, "kept_aside": kept[0].name if kept else None,
        })
    finally:
        db.close()
    log.info("database restored from a backup")
    return Restored(backup, kept[0] if kept else None)


def _private_copy(backup: Path, db_path: Path) -> Path:
    """A copy of ``backup`` beside the database (same disk, so the final move is atomic), flushed to disk."""
    if not backup.is_file():
        raise BackupRefused(QT_TRANSLATE_NOOP(CTX, "找不到备份文件「{name}」。"), name=str(backup))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    target = db_path.with_name(f".{db_path.name}.restore-{secrets.token_hex(4)}")
    try:
        shutil.copyfile(backup, target)
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())
    except OSError as exc:
        target.unlink(missing_ok=True)
        raise BackupRefused(QT_TRANSLATE_NOOP(
            CTX, "无法读取备份「{name}」或写入数据库所在文件夹（磁盘已满或没有权限）。当前数据库未作任何修改。"
        ), name=backup.name) from exc
    return target


def _move_aside(db_path: Path) -> list[Path]:
    """Move the database and its -wal/-shm/-journal into the backups folder; the main file's new path comes first."""
    if not db_path.exists():
        return []
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    aside = folder / backup_name(db_path, "before-restore", datetime.now())
    moved: list[tuple[Path, Path]] = []
    try:
        for extra in SIDE_FILES:  # none may stay beside the restored file
            source = Path(str(db_path) + extra)
            if source.exists():
                target = Path(str(aside) + extra)
                os.replace(source, target)
                moved.append((source, target))
    except OSError as exc:
        for source, target in reversed(moved):
            with contextlib.suppress(OSError):
                os.replace(target, source)
        raise _in_use() from exc
    rotate_backups(db_path, "before-restore")
    return [target for _, target in moved]


def _move_back(kept: list[Path], db_path: Path) -> None:
    for target in kept:
        extra = target.name[len(kept[0].name):]
        with contextlib.suppress(OSError):
            os.replace(target, Path(str(db_path) + extra))


def _in_use() -> BackupRefused:
    return BackupRefused(QT_TRANSLATE_NOOP(
        CTX, "当前数据库正在被使用（可能有留客窗口或另一个命令打开着它），无法替换。请先关闭后重试，当前数据库未作任何修改。"
    ))
