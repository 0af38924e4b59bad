"""Opening the database: local disk only, WAL, foreign keys, newer-version guard, backup, migrations.

Each thread opens its own connection with ``open_db``. Backups use SQLite's online
backup API, so they are consistent even while another connection reads.

A database on a network path (a UNC path, a mapped network drive, an NFS/SMB/SSHFS mount) is
refused with ``NetworkDatabaseError``: SQLite's file locking is unreliable over network file
systems and two PCs writing one file through a share corrupt it. Branch PCs exchange their work
with exchange packages instead (docs/exchange.md).

When ``open_db`` migrates an existing file it writes a ``migration`` row to the audit log (as the
``SYSTEM`` actor, since no one has signed in yet) naming the migrations and the backup taken first.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path


def _without_numpy_and_pandas() -> None:
    """Import sqlite-utils without letting it import numpy or pandas.

    sqlite-utils imports both, when they are installed, only to map their number types to column
    types. Liuke never hands it such values, and the Windows build ships neither
    (packaging/liuke.spec); on a machine that has numpy (the optional scikit-learn model brings it)
    it cost ~45 ms on every start. Both stay importable for code that needs them later.
    """
    if "sqlite_utils" in sys.modules:
        return
    blocked = [name for name in ("numpy", "pandas") if name not in sys.modules]
    sys.modules.update(dict.fromkeys(blocked))  # None in sys.modules: "import numpy" raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in blocked:
            if sys.modules.get(name, False) is None:
                del sys.modules[name]


_without_numpy_and_pandas()

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from core.migrations import migrations, registered_names
from core.paths import backup_dir

log = logging.getLogger(__name__)

CTX = "Database"
KEEP_BACKUPS = 10  # per kind of backup (before-import, daily, manual, …)
BUSY_TIMEOUT_MS = 10_000  # how long a writer waits for another (the window, a second CLI run)
SYSTEM = Actor(username="system", display_name="系统", role="系统")
"""Who the audit log names for what the program does by itself (migrating a database on opening)."""

# file systems reached over a network; 9p, overlay, fuse.portal and the like stay local
NETWORK_FS_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "afpfs", "webdav", "davfs",
    "fuse.davfs2", "ncpfs", "fuse.gvfsd-fuse", "fuse.rclone", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph",
    "lustre", "afs", "coda",
})
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive
_STAMP = re.compile(r"^(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[a-z][a-z0-9-]*)$")


class NewerDatabaseError(Exception):
    """The database was written by a newer Liuke; it is refused, not damaged."""

    def __init__(self, unknown: list[str]) -> None:
        super().__init__(", ".join(unknown))
        self.unknown = unknown

    def message(self, translate: Translate = untranslated) -> str:
        """The explanation with what to do (Chinese, or through ``translate``)."""
        return translate(CTX, QT_TRANSLATE_NOOP(
            CTX, "这个数据库由更新版本的留客创建，当前版本无法打开（未作任何修改）。请安装最新版本的留客后再打开。"
        ))


class NetworkDatabaseError(Exception):
    """The database is on a network path (share, mapped drive, NFS/SMB mount); it is refused, not opened."""

    def __init__(self, path: Path, kind: str) -> None:
        super().__init__(kind)
        self.path, self.kind = path, kind

    def message(self, translate: Translate = untranslated) -> str:
        """Why a network path is refused and what to do instead (Chinese, or through ``translate``)."""
        return translate(CTX, QT_TRANSLATE_NOOP(
            CTX,
            "数据库文件「{path}」位于网络位置（{kind}），留客拒绝打开（未作任何修改）。"
            "SQLite 数据库通过网络共享（SMB/NFS 等）读写时文件锁不可靠，多台电脑同时使用会损坏数据。"
            "请把数据库文件复制到本机硬盘（例如 D:\\留客数据\\liuke.db），再用 --db 指定它或在本机打开；"
            "各电脑之间请用「交换包」互通联系记录。",
        )).format(path=self.path, kind=self.kind)


def connect(path: Path | str, *, wal: bool = True) -> Database:
    """Open ``path`` with the connection settings every Liuke connection uses, without migrating."""
    conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    db = Database(conn, execute_plugins=False)  # no third-party sqlite-utils plugin runs inside Liuke
    db.execute("PRAGMA foreign_keys = ON")
    db.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_MS)}")
    db.execute("PRAGMA cache_size = -65536")  # 64 MB page cache: imports update large indexes
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = FULL")
    return db


def open_db(path: Path | str, *, wal: bool = True) -> Database:
    """Open the database at ``path``, backing it up and migrating it if needed.

    :param path: database file on a local disk; created (with its folder) if missing
    :param wal: use write-ahead logging so the UI can read while an import writes
    :raises NetworkDatabaseError: the file is on a network path (nothing is created or opened)
    :raises NewerDatabaseError: the file was written by a newer version of Liuke
    """
    path = Path(path)
    check_local(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    db = connect(path, wal=wal)
    known = set(registered_names())
    unknown = [m.name for m in migrations.applied(db) if m.name not in known]
    if unknown:
        db.close()
        raise NewerDatabaseError(unknown)
    pending = [m.name for m in migrations.pending(db)]
    backup = backup_db(db, path, reason="before-migration") if existed and pending else None
    migrations.apply(db)
    if existed and pending:
        _audit_migration(db, pending, backup)
    return db


def _audit_migration(db: Database, names: list[str], backup: Path | None) -> None:
    """A ``migration`` row naming what was applied and the backup taken first (the log exists from 0005 on)."""
    from core.security import audit  # the audit log's module needs the tables this module creates

    details: dict[str, object] = {"migrations": names, "backup": backup.name if backup else None}
    audit.record(db, SYSTEM, "migration", target="schema", details=details)


# -- local disk only ---------------------------------------------------------------------------


def check_local(path: Path | str) -> None:
    """Raise ``NetworkDatabaseError`` when ``path`` (or, for a new file, its folder) is on a network path."""
    if str(path) in ("", ":memory:"):
        return
    kind = network_location(Path(path))
    if kind:
        raise NetworkDatabaseError(Path(path), kind)


def network_location(path: Path) -> str | None:
    """What kind of network location ``path`` is on (``UNC``, ``网络驱动器``, ``nfs4``…), or None on a local disk."""
    if sys.platform == "win32":
        text = os.path.abspath(str(path))
        if is_unc_path(str(path)) or is_unc_path(text):
            return "UNC"
        drive = os.path.splitdrive(text)[0]
        if drive and _drive_is_remote(drive + "\\"):
            return QT_TRANSLATE_NOOP(CTX, "网络驱动器")
        return None
    real = os.path.realpath(_existing_ancestor(Path(os.path.abspath(path))))
    kind = fs_type_of(real, _mounts_text())
    return kind if kind is not None and kind.lower() in NETWORK_FS_TYPES else None


def is_unc_path(text: str) -> bool:
    """Whether ``text`` is a Windows UNC path (``\\\\server\\share``, ``\\\\?\\UNC\\server\\share``, ``//server/share``).

    ``\\\\?\\C:\\…`` (a long local path) and ``\\\\.\\…`` (a device) are not UNC.
    """
    t = text.replace("/", "\\")
    if t.upper().startswith("\\\\?\\UNC\\"):
        return True
    if t.startswith(("\\\\?\\", "\\\\.\\")):
        return False
    return t.startswith("\\\\") and len(t) > 2 and t[2] != "\\"


def fs_type_of(path: str, mounts: str) -> str | None:
    """The file-system type of the mount holding ``path``, from ``/proc/mounts``-style text (None if unknown).

    :param mounts: lines of ``device mount-point type options …``; the longest matching mount point
      wins (the last listed when one is mounted over another)
    """
    best, kind = -1, None
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = _unescape(parts[1])
        inside = point == "/" or path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= best:
            best, kind = len(point), parts[2]
    return kind


def _unescape(field: str) -> str:
    """/proc/mounts writes space, tab, newline and backslash in mount points as octal escapes."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def _existing_ancestor(path: Path) -> Path:
    for candidate in (path, *path.parents):
        if candidate.exists():
            return candidate
    return Path(path.anchor or "/")


def _mounts_text() -> str:
    """The mount table: /proc on Linux, the output of ``mount`` on macOS and the BSDs ('' if unavailable)."""
    for name in ("/proc/self/mounts", "/proc/mounts"):
        try:
            return Path(name).read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
    try:
        out = subprocess.run(["mount"], capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    return bsd_mounts_as_proc(out)


def bsd_mounts_as_proc(text: str) -> str:
    """``mount`` output of macOS/BSD (``//u@srv/share on /Volumes/share (smbfs, nodev)``) as /proc/mounts lines."""
    lines = []
    for line in text.splitlines():
        match = re.match(r"^(?P<dev>.+?) on (?P<point>.+) \((?P<type>[^,)]+)", line)
        if match:
            point = match["point"].replace("\\", "\\134").replace(" ", "\\040")
            lines.append(f"{match['dev'].replace(' ', '_')} {point} {match['type'].strip()} -")
    return "\n".join(lines)


def _drive_is_remote(root: str) -> bool:
    """Windows only: whether the drive ``root`` (``Z:\\``) is a mapped network drive."""
    try:
        import ctypes

        return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == DRIVE_REMOTE  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False


# -- backups -----------------------------------------------------------------------------------


def db_path_of(db: Database) -> Path | None:
    """The file behind ``db`` (None for an in-memory database)."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            return Path(row[2])
    return None


def backup_name(path: Path, reason: str, when: datetime | None = None) -> str:
    """The file name of a backup of ``path`` taken for ``reason``: ``liuke-20261031-093000-123456-daily.db``."""
    stamp = (when or datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"{path.stem}-{stamp}-{reason}{path.suffix or '.db'}"


def parse_backup_name(path: Path, name: str) -> tuple[datetime, str] | None:
    """(when, reason) of a backup file ``name`` of the database ``path``, or None if it is not one."""
    suffix = path.suffix or ".db"
    prefix = f"{path.stem}-"
    if not (name.startswith(prefix) and name.endswith(suffix)):
        return None
    match = _STAMP.match(name[len(prefix): len(name) - len(suffix)])
    if not match:
        return None
    return datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f"), match["reason"]


def write_backup(db: Database, target: Path) -> None:
    """Write a consistent copy of ``db`` to ``target`` (atomically, via a ``.partial`` file) and verify it.

    :raises OSError: the copy could not be written or failed ``PRAGMA integrity_check`` (nothing left behind)
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(str(partial))
        try:
            db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file, no -wal beside it
            ok = dest.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            dest.close()
        if not ok:
            raise OSError("backup failed its integrity check")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def backup_db(
    db: Database, path: Path | None = None, *, reason: str = "backup", keep: int = KEEP_BACKUPS
) -> Path | None:
    """Write a consistent copy of ``db`` into the backups folder and keep only the newest ``keep`` of its kind.

    Returns the backup's path (None for an in-memory database). The copy is verified
    with ``PRAGMA integrity_check`` before older backups are rotated away.
    """
    path = path or db_path_of(db)
    if path is None:
        return None
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_name(path, reason)
    write_backup(db, target)
    rotate_backups(path, reason, keep)
    log.info("backup written (%s)", reason)
    return target


def rotate_backups(path: Path, reason: str, keep: int = KEEP_BACKUPS) -> None:
    """Delete all but the newest ``keep`` backups of ``path`` taken for ``reason`` (with any -wal/-shm beside them)."""
    folder = backup_dir(path)
    found = sorted(
        (parsed[0], p) for p in folder.glob(f"{path.stem}-*") if (parsed := parse_backup_name(path, p.name))
        and parsed[1] == reason
    )
    for _, old in found[:-keep] if keep > 0 else found:
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(str(old) + extra).unlink(missing_ok=True)
