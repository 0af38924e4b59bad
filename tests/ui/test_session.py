"""The session around the window: the smoke run, signing out, a restore from a backup, refused databases."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

import ui.app as app_module
from core.actors import LOCAL_USER
from core.db import open_db
from core.security.accounts import get_user
from core.security.backups import create_backup
from tests.ui.accounts import actor_named
from ui.app import open_database, restore_database
from ui.main_window import MainWindow
from ui.window_session import QUIT, RESTORE, SWITCH

ROOT = Path(__file__).resolve().parents[2]


def test_smoke_run_exits_zero_and_leaves_nothing(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(scratch), "TEMP": str(scratch),
           "TMP": str(scratch), "LIUKE_DB": str(tmp_path / "never" / "liuke.db")}
    done = subprocess.run([sys.executable, "main.py", "--smoke"], cwd=ROOT, env=env, capture_output=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    assert list(scratch.iterdir()) == []  # the temporary database is gone
    assert not (tmp_path / "never").exists()  # the user's database is not touched


def test_smoke_flag_is_parsed():
    assert app_module.parse_args(["--smoke"]).smoke
    assert not app_module.parse_args(["--db", "x.db"]).smoke


def test_sign_out_ends_the_session(qtbot, accounts_db, accounts_db_path, settings, runner, wait_security):
    window = MainWindow(accounts_db, accounts_db_path, settings, runner, actor=actor_named(accounts_db, "jl01"))
    qtbot.addWidget(window)
    window.show()
    assert window.ending == QUIT
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert window.ending == SWITCH
    last = accounts_db.execute("select username, action from audit_log order by id desc limit 1").fetchone()
    assert tuple(last) == ("jl01", "sign_out")


def test_restore_from_the_data_page(qtbot, accounts_db, accounts_db_path, settings, runner, monkeypatch,
                                    wait_security):
    admin = actor_named(accounts_db, "admin")
    backup = create_backup(accounts_db, admin)
    accounts_db.execute("update users set display_name = '改过的名字' where username = 'guiyuan'")
    asked = []
    window = MainWindow(accounts_db, accounts_db_path, settings, runner, actor=admin,
                        ask_restore=lambda parent, path: asked.append(path) or True)
    qtbot.addWidget(window)
    window.show()
    assert window.data_page is not None
    window.data_page.restore_requested.emit(backup)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert asked == [backup] and window.ending == RESTORE and window.restore_from == backup
    accounts_db.close()  # ui/app.py closes the window's connection before restoring

    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    assert restore_database(accounts_db_path, admin, backup)
    assert "已从备份恢复" in shown[0] and "恢复前的数据库已另存为" in shown[0] and "请重新登录" in shown[0]
    db = open_db(accounts_db_path)
    try:
        assert get_user(db, "guiyuan").display_name != "改过的名字"
    finally:
        db.close()


def test_only_an_administrator_may_restore(qtbot, accounts_db, accounts_db_path, settings, runner, monkeypatch):
    head = actor_named(accounts_db, "zhuguan")
    window = MainWindow(accounts_db, accounts_db_path, settings, runner, actor=head, ask_restore=lambda p, b: True)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    window.restore_requested(accounts_db_path.with_name("some-backup.db"))
    assert window.ending == QUIT and shown and "不能从备份恢复" in shown[0]
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def test_a_refused_restore_changes_nothing(qtbot, tmp_path, accounts_db, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    missing = tmp_path / "no-such-backup.db"
    assert not restore_database(tmp_path / "liuke.db", actor_named(accounts_db, "admin"), missing)
    assert shown and shown[0].startswith("未能从备份恢复，数据库保持原样。")


def test_a_network_database_is_refused_with_its_reason(tmp_path, monkeypatch):
    network = getattr(app_module.core_db, "NetworkDatabaseError", None)
    if network is None:
        return  # core/db.py has no network check in this build
    error = network(tmp_path / "liuke.db", "SMB")

    def refuse(path, *args, **kwargs):  # noqa: ANN001, ANN202
        raise error

    monkeypatch.setattr(app_module, "open_db", refuse)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert open_database(tmp_path / "liuke.db") is None
    assert shown == [error.message()]


def test_the_cold_start_bench_needs_no_dialogs_without_accounts(demo_db_path, accounts_db_path, runner, monkeypatch):
    monkeypatch.setenv(app_module.EXIT_AFTER_SHOW_ENV, "1")
    asked = []

    def sign_in(db, path, parent):  # noqa: ANN001, ANN202
        asked.append(path)

    db, actor = app_module.open_session(demo_db_path, runner, sign_in=sign_in)
    db.close()
    assert actor == LOCAL_USER and asked == []
    assert app_module.open_session(accounts_db_path, runner, sign_in=sign_in) == app_module.EXIT_OK
    assert asked == [accounts_db_path]  # with accounts, someone signs in whatever the environment says
