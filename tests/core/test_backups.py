"""Backups are verified copies that rotate; a restore checks the backup first and keeps the current database aside.

Also: a database on a network path is refused, and migrating an old file is audited.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from core import db as core_db
from core.actors import ADMIN, HEAD, TELLER, Actor
from core.db import (
    NetworkDatabaseError,
    backup_db,
    bsd_mounts_as_proc,
    fs_type_of,
    is_unc_path,
    network_location,
    open_db,
)
from core.security import audit
from core.security.backups import (
    BackupRefused,
    check_backup_file,
    create_backup,
    daily_backup_if_due,
    list_backups,
    restore_backup,
)
from core.security.permissions import PermissionDenied

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"
HEAD_ACTOR = Actor("boss", "主管甲", HEAD, user_id=2)
ADMIN_ACTOR = Actor("admin", "管理员甲", ADMIN, user_id=1)
AUDIT_READER = Actor("check", "核对", HEAD)


def _staff(db, name: str) -> None:
    with db.atomic():
        db.execute("insert into staff (name, employee_no, created_at) values (?, ?, '2026-01-01')", [name, name])


def _names(path: Path) -> list[str]:
    db = open_db(path)
    try:
        return [r[0] for r in db.execute("select name from staff order by id")]
    finally:
        db.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _actions(db) -> list[str]:
    return [r.action for r in audit.list_audit(db, AUDIT_READER, limit=1000, newest_first=False)]


def test_backup_verify_restore_round_trip(db_path):
    db = open_db(db_path)
    _staff(db, "甲")
    backup = create_backup(db, HEAD_ACTOR)
    _staff(db, "乙")  # written after the backup: the restore takes it away, the kept-aside copy keeps it
    assert _actions(db)[-1] == "backup"
    db.close()

    assert backup.parent == db_path.parent / "backups" and backup.name.endswith("-manual.db")
    assert [b.path for b in list_backups(db_path)] == [backup]
    check_backup_file(backup)
    done = restore_backup(db_path, ADMIN_ACTOR, backup)

    assert done.source == backup.absolute()
    assert done.kept_aside is not None and done.kept_aside.name.endswith("-before-restore.db")
    assert _names(db_path) == ["甲"]
    assert _names(done.kept_aside) == ["甲", "乙"]
    assert backup.exists()  # the backup itself is only read
    restored = open_db(db_path)
    try:
        assert _actions(restored)[-1] == "restore"
        assert audit.verify_chain(restored, AUDIT_READER).ok
    finally:
        restored.close()
    assert {b.reason for b in list_backups(db_path)} == {"manual", "before-restore"}


def test_a_backup_to_a_chosen_file_is_verified_and_not_the_database_itself(db_path, tmp_path):
    db = open_db(db_path)
    try:
        with pytest.raises(BackupRefused, match="不存在"):
            create_backup(db, HEAD_ACTOR, tmp_path / "no-such-folder" / "备份.db")
        with pytest.raises(BackupRefused, match="数据库文件本身"):
            create_backup(db, HEAD_ACTOR, db_path)
        out = create_backup(db, HEAD_ACTOR, tmp_path / "备份.db")
        assert out == (tmp_path / "备份.db").absolute()
        assert sqlite3.connect(out).execute("pragma integrity_check").fetchone() == ("ok",)
        assert open(out, "rb").read(20)[18:20] == b"\x01\x01"  # a single file: no -wal needed beside it
        assert list_backups(db_path) == []  # a chosen file is not rotated with the folder's backups
    finally:
        db.close()


@pytest.mark.parametrize("damage", ["garbage", "text", "newer", "foreign"])
def test_a_bad_backup_is_refused_and_nothing_changes(db_path, tmp_path, damage):
    db = open_db(db_path)
    _staff(db, "甲")
    good = create_backup(db, HEAD_ACTOR)
    db.close()
    bad = tmp_path / "bad.db"
    if damage == "garbage":
        data = bytearray(good.read_bytes())
        data[4096:12288] = b"\xde\xad\xbe\xef" * 2048  # pages 2-3 overwritten
        bad.write_bytes(bytes(data))
    elif damage == "text":
        bad.write_text("客户号,姓名\n", encoding="utf-8")
    elif damage == "newer":
        shutil.copy(good, bad)
        conn = sqlite3.connect(bad)
        conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('liuke', '9999_x', 'x')")
        conn.commit()
        conn.close()
    else:
        conn = sqlite3.connect(bad)
        conn.execute("create table t (x)")
        conn.commit()
        conn.close()
    before = _digest(db_path)
    backups_before = sorted(p.name for p in (db_path.parent / "backups").iterdir())

    with pytest.raises(BackupRefused) as refused:
        restore_backup(db_path, ADMIN_ACTOR, bad)

    assert "未作任何修改" in refused.value.message() or "损坏" in refused.value.message()
    if damage == "newer":
        assert "更新版本" in refused.value.message()
    assert _digest(db_path) == before
    assert sorted(p.name for p in (db_path.parent / "backups").iterdir()) == backups_before
    assert not list(db_path.parent.glob(".*restore*"))


def test_only_the_roles_allowed_may_back_up_or_restore(db_path, tmp_path):
    db = open_db(db_path)
    try:
        with pytest.raises(PermissionDenied):
            create_backup(db, Actor("t", "柜员", TELLER))
        backup = create_backup(db, ADMIN_ACTOR)
    finally:
        db.close()
    with pytest.raises(PermissionDenied):
        restore_backup(db_path, HEAD_ACTOR, backup)


def test_backups_rotate_per_kind(db_path):
    db = open_db(db_path)
    try:
        imports = [backup_db(db, reason="before-import") for _ in range(3)]
        for _ in range(12):
            backup_db(db, reason="manual")
    finally:
        db.close()
    found = list_backups(db_path)
    assert sum(b.reason == "manual" for b in found) == 10
    assert {b.path for b in found if b.reason == "before-import"} == set(imports)
    assert [b.created_at for b in found] == sorted((b.created_at for b in found), reverse=True)


@pytest.mark.parametrize("reason", ["before-import", "before-undo", "before-exchange", "before-migration", "daily",
                                    "manual", "before-restore"])
def test_every_kind_of_backup_the_program_takes_is_named_in_chinese(db_path, reason):
    db = open_db(db_path)
    try:
        backup_db(db, reason=reason)
    finally:
        db.close()
    (found,) = [b for b in list_backups(db_path) if b.reason == reason]
    assert found.reason_label != reason and not found.reason_label.isascii()


def test_the_daily_backup_runs_once_a_day(db_path):
    today = datetime.now().replace(microsecond=0)
    db = open_db(db_path)
    try:
        first = daily_backup_if_due(db, Actor("t", "柜员", TELLER), clock=lambda: today)
        assert first is not None and first.name.endswith("-daily.db")
        assert daily_backup_if_due(db, HEAD_ACTOR, clock=lambda: today) is None
        tomorrow = daily_backup_if_due(db, HEAD_ACTOR, clock=lambda: today + timedelta(days=1))
        assert tomorrow is not None  # the file stamps say today, the clock says tomorrow: due again
        assert _actions(db).count("backup") == 2
    finally:
        db.close()


def test_migrating_an_old_file_is_audited_with_its_backup(tmp_path):
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema-0004.db", copy)
    db = open_db(copy)
    try:
        rows = [r for r in audit.list_audit(db, AUDIT_READER, limit=100) if r.action == "migration"]
        assert len(rows) == 1
        assert rows[0].username == "system" and rows[0].role == "系统"
        assert "0005_create_security_tables" in rows[0].details["migrations"]
        assert rows[0].details["backup"].endswith("-before-migration.db")
    finally:
        db.close()
    reopened = open_db(copy)  # nothing left to migrate: no second row
    try:
        assert _actions(reopened).count("migration") == 1
    finally:
        reopened.close()


# -- a database on a network path -------------------------------------------------------------------

MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/share nfs4 rw 0 0
//nas/branch /mnt/smb\\040drive cifs rw 0 0
/dev/sdb1 /mnt/share/local ext4 rw 0 0
host0 /mnt/wsl 9p rw 0 0
overlay /var/lib/docker/x overlay rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/li/liuke.db", "ext4"),
        ("/mnt/share/liuke.db", "nfs4"),
        ("/mnt/share", "nfs4"),
        ("/mnt/shared/liuke.db", "ext4"),  # a sibling, not inside the share
        ("/mnt/smb drive/留客/liuke.db", "cifs"),
        ("/mnt/share/local/liuke.db", "ext4"),  # a local disk mounted inside the share
        ("/mnt/wsl/liuke.db", "9p"),
    ],
)
def test_the_mount_holding_a_path_is_found(path, kind):
    assert fs_type_of(path, MOUNTS) == kind


@pytest.mark.parametrize(
    ("text", "unc"),
    [
        (r"\\server\share\liuke.db", True),
        ("//server/share/liuke.db", True),
        (r"\\?\UNC\server\share\liuke.db", True),
        (r"\\?\C:\留客\liuke.db", False),
        (r"\\.\PhysicalDrive0", False),
        (r"C:\留客\liuke.db", False),
        ("/home/li/liuke.db", False),
    ],
)
def test_unc_paths_are_recognised(text, unc):
    assert is_unc_path(text) is unc


def test_macos_mount_output_is_read():
    text = "/dev/disk3s1 on / (apfs, local, journaled)\n//li@nas/branch on /Volumes/branch (smbfs, nodev, nosuid)\n"
    assert fs_type_of("/Volumes/branch/liuke.db", bsd_mounts_as_proc(text)) == "smbfs"
    assert fs_type_of("/Users/li/liuke.db", bsd_mounts_as_proc(text)) == "apfs"


def test_a_database_on_a_network_mount_is_refused_and_nothing_is_created(tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    monkeypatch.setattr(core_db, "_mounts_text", lambda: f"/dev/sda1 / ext4 rw 0 0\nsrv:/x {share} nfs4 rw 0 0\n")
    assert network_location(share / "new" / "liuke.db") == "nfs4"

    with pytest.raises(NetworkDatabaseError) as refused:
        open_db(share / "new" / "liuke.db")

    message = refused.value.message()
    assert "网络" in message and "本机硬盘" in message and "损坏" in message
    assert not (share / "new").exists()
    assert network_location(tmp_path / "local.db") is None


def test_windows_unc_and_mapped_drives_are_refused(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(core_db, "_drive_is_remote", lambda root: root.upper() == "Z:\\")
    monkeypatch.setattr(core_db.os.path, "abspath", lambda p: p)
    monkeypatch.setattr(core_db.os.path, "splitdrive", lambda p: (p[:2], p[2:]) if p[1:2] == ":" else ("", p))
    assert network_location(Path(r"\\server\share\liuke.db")) == "UNC"
    assert network_location(Path(r"Z:\liuke.db")) == "网络驱动器"
    assert network_location(Path(r"C:\liuke.db")) is None
