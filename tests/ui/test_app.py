"""Starting up: the first-start choice, the demo build (and its cancel), opening, and crash logs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import ui.app as app_module
from core.db import open_db
from core.paths import backup_dir
from core.security.accounts import actor_of, get_user
from ui.app import ensure_database, open_database, open_main_window, parse_args
from ui.crash import CrashHandler, crash_report, write_crash_log
from ui.database_setup import DemoSize, building_path, demo_size_from_env
from ui.dialogs.demo_build_dialog import DemoBuildDialog
from ui.dialogs.first_start_dialog import DEMO, EMPTY, FirstStartDialog
from ui.main_window import MainWindow
from ui.session import demo_hint


def test_parse_args():
    assert parse_args(["--db", "x.db"]).db == Path("x.db")
    assert parse_args([]).db is None
    assert parse_args(["--db=y.db", "-platform", "offscreen"]).db == Path("y.db")


@pytest.mark.parametrize(("value", "size"), [
    (None, None), ("", None), ("0", None), ("1", DemoSize()), ("200x3", DemoSize(200, 3)), ("junk", DemoSize()),
])
def test_demo_size_from_env(value, size):
    assert demo_size_from_env(value) == size


def test_liuke_demo_builds_the_demo_on_first_start(qtbot, tmp_path, settings, monkeypatch):
    monkeypatch.setenv("LIUKE_DEMO", "200x3")
    target = tmp_path / "data" / "liuke.db"
    hints = []

    def sign_in(db, db_path, parent):  # the demo comes with its accounts: sign in as the 主管
        hints.append(demo_hint(db))
        return actor_of(get_user(db, "zhuguan"))

    window = open_main_window(target, settings, sign_in=sign_in)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert "Demo-2026" in hints[0] and "zhuguan" in hints[0] and "guiyuan" in hints[0]
    assert window.actor.username == "zhuguan" and window.user_label.text() == "用户：示范主管（主管）"
    assert window.db.execute("select count(distinct period) from snapshots").fetchone()[0] == 3
    assert window.customers_page.model.rowCount() == 0  # pages read nothing until first shown
    window.show()
    window.show_customers()
    assert window.customers_page.model.rowCount() > 150
    assert not building_path(target).exists()
    assert not backup_dir(target).exists()  # the scratch file's per-month backups are gone too
    window.close()


def test_cancelled_demo_build_leaves_nothing(qtbot, tmp_path, runner):
    target = tmp_path / "liuke.db"
    dialog = DemoBuildDialog(target, DemoSize(200, 3), runner)
    qtbot.addWidget(dialog)
    task = dialog.start()
    task.cancel()  # before the worker's first check
    with qtbot.waitSignal(dialog.build_finished, timeout=20_000) as blocker:
        pass
    assert blocker.args == [False]
    runner.wait(20_000)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []


def test_failed_demo_build_leaves_nothing(qtbot, tmp_path, runner, monkeypatch):
    import core.demo_db
    import ui.database_setup

    def broken(db, *args, **kwargs):  # noqa: ANN001, ANN202
        db.execute("create table half_built (x)")
        raise OSError("disk full")

    monkeypatch.setattr(ui.database_setup, "load_demo", broken)
    target = tmp_path / "liuke.db"
    dialog = DemoBuildDialog(target, DemoSize(200, 3), runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.build_finished, timeout=20_000):
        dialog.start()
    assert isinstance(dialog.error, OSError)
    assert list(tmp_path.iterdir()) == []
    assert core.demo_db.load_demo is not broken


def test_first_start_dialog_choices(qtbot, tmp_path):
    for button, choice in (("empty_button", EMPTY), ("demo_button", DEMO)):
        dialog = FirstStartDialog(tmp_path / "liuke.db")
        qtbot.addWidget(dialog)
        getattr(dialog, button).click()
        assert dialog.choice == choice


def test_choosing_an_empty_database(qtbot, tmp_path, runner, monkeypatch):
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: (self._choose(EMPTY), 1)[1])
    target = tmp_path / "liuke.db"
    assert ensure_database(target, runner)
    assert open_db(target).execute("select count(*) from customers").fetchone()[0] == 0


def test_quitting_at_first_start_creates_nothing(qtbot, tmp_path, runner, monkeypatch):
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: 0)
    target = tmp_path / "liuke.db"
    assert not ensure_database(target, runner)
    assert not target.exists()


def test_a_newer_database_is_refused_in_chinese(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "newer.db"
    db = open_db(path)
    db.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('liuke', '9999_from_the_future', '')")
    db.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert open_database(path) is None
    assert shown and "更新版本" in shown[0][1]


def test_crash_log_keeps_customer_numbers_out(tmp_path):
    try:
        id_number = "440305198005170012"
        raise ValueError(f"bad row for {id_number} / 13800001234")
    except ValueError:
        exc_type, exc, tb = sys.exc_info()
    report = crash_report(exc_type, exc, tb)
    assert "440305198005170012" not in report and "13800001234" not in report
    assert "**************0012" in report and "test_app.py" in report
    path = write_crash_log(exc_type, exc, tb, tmp_path / "logs")
    assert path.parent == tmp_path / "logs" and "0012" in path.read_text(encoding="utf-8")


def test_crash_handler_logs_and_tells_where(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    handler = CrashHandler(tmp_path / "logs")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        handler(*sys.exc_info())
    logs = list((tmp_path / "logs").glob("crash-*.log"))
    assert len(logs) == 1
    assert str(logs[0]) in shown[0] and "不含客户信息" in shown[0]


def test_translators_load_qt_chinese(qapp):
    assert "qtbase" in app_module.install_translators(qapp, "zh_CN")


def test_the_days_first_session_backs_the_database_up_once(qapp, demo_db_path, runner):  # noqa: ANN001
    from core.actors import LOCAL_USER
    from core.security.backups import list_backups
    from ui.app import start_daily_backup

    start_daily_backup(demo_db_path, LOCAL_USER, runner)
    runner.wait(20_000)
    start_daily_backup(demo_db_path, LOCAL_USER, runner)  # a second sign-in the same day
    runner.wait(20_000)
    daily = [b for b in list_backups(demo_db_path) if b.reason == "daily"]
    assert len(daily) == 1 and daily[0].path.exists()
