"""Starting the desktop app: arguments, QApplication, translations, crash handler, the database, the window.

``run(argv)`` is what ``main.py`` calls with no subcommand. Environment:
``LIUKE_DB`` names the database (like ``--db``); ``LIUKE_DEMO=1`` builds the demo branch
without asking when there is no database yet (``LIUKE_DEMO=200x3``: 200 customers, 3 months).
``LIUKE_EXIT_AFTER_SHOW=1`` quits right after the main window's first show (bench/ui_bench.py times it);
on a database without accounts it also skips creating the administrator (the window closes at once).

Accounts: a new database (or one from before accounts existed) first gets its administrator; an
existing one asks who signs in (ui/session.py). The window then works as that user until 「退出登录」,
「切换用户」 on the lock screen, or a restore from a backup, after which sign-in starts again.
``--smoke`` opens a fresh temporary database as ``LOCAL_USER`` with no dialogs, shows the window and
exits 0 (the frozen build's check that every module and resource is there).
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget
from sqlite_utils import Database

import core.db as core_db
from core.actors import LOCAL_USER, Actor
from core.db import NewerDatabaseError, open_db
from core.paths import default_db_path, resource_path
from core.security.accounts import has_accounts
from ui.crash import CrashHandler
from ui.database_setup import DEMO_ENV, DemoSize, create_empty_database, database_exists, demo_size_from_env
from ui.dialogs.demo_build_dialog import DemoBuildDialog
from ui.dialogs.first_start_dialog import DEMO, EMPTY, FirstStartDialog
from ui.errors import error_text
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.session import sign_in_flow
from ui.settings import DEFAULT_LANGUAGE, language, ui_settings
from ui.tasks import Task, TaskRunner
from ui.theme import apply_theme
from ui.window_session import QUIT, RESTORE

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR = 0, 1
EXIT_AFTER_SHOW_ENV = "LIUKE_EXIT_AFTER_SHOW"
APP_USER_MODEL_ID = "Liuke.Liuke.Desktop"
# databases refused with an explanation (written by a newer Liuke; on a network share)
_REFUSED_DATABASES: tuple[type[Exception], ...] = (NewerDatabaseError, core_db.NetworkDatabaseError)
SignIn = Callable[[Database, Path, QWidget | None], Actor | None]


def parse_args(argv: list[str]) -> argparse.Namespace:
    """``--db PATH`` and ``--smoke``; anything else (Qt's own options) is left alone."""
    parser = argparse.ArgumentParser(prog="liuke", add_help=False)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--smoke", action="store_true")
    args, _ = parser.parse_known_args(argv)
    return args


def create_app(argv: list[str]) -> QApplication:
    """The QApplication (or the existing one), themed, with the app's name and icon."""
    existing = QApplication.instance()
    if existing is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        if sys.platform == "win32":
            _set_windows_app_id()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName("Liuke")
    QCoreApplication.setApplicationName("Liuke")
    QGuiApplication.setApplicationDisplayName("留客")
    app.setWindowIcon(app_icon())
    apply_theme(app)
    return app


def _set_windows_app_id() -> None:
    """Group the taskbar button under Liuke's own icon rather than python.exe's."""
    try:
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        pass


def install_translators(app: QApplication, lang: str) -> list[str]:
    """Load Qt's own catalogue (standard buttons, dialogs) and ours, if present; return what loaded.

    Chinese is the source language, so for ``zh_CN`` only Qt's catalogue is needed.
    """
    locale = QLocale(lang)
    QLocale.setDefault(locale)
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("qtbase", qt_dir), ("liuke", str(resource_path("i18n")))):
        translator = QTranslator(app)  # parented, so it lives as long as the app
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            loaded.append(name)
    return loaded


def ensure_database(path: Path, runner: TaskRunner, parent: QWidget | None = None) -> bool:
    """Make sure ``path`` holds a database: ask on first start (or build the demo for ``LIUKE_DEMO``).

    Returns False when the user chose to quit or the demo could not be built.
    """
    if database_exists(path):
        return True
    size = demo_size_from_env(os.environ.get(DEMO_ENV))
    if size is not None:
        return build_demo(path, size, runner, parent)
    while True:
        dialog = FirstStartDialog(path, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
            return False
        if dialog.choice == EMPTY:
            try:
                create_empty_database(path)
            except _REFUSED_DATABASES as exc:
                _refused(parent, exc, path)
                return False
            return True
        if dialog.choice == DEMO and build_demo(path, DemoSize(), runner, parent, tell_next_month=True):
            return True


def build_demo(
    path: Path, size: DemoSize, runner: TaskRunner, parent: QWidget | None = None, *, tell_next_month: bool = False
) -> bool:
    """Build the demo database with a progress dialog; False if cancelled or failed (the user is told why).

    :param tell_next_month: say where next month's list was left, to try the import with
    """
    dialog = DemoBuildDialog(path, size, runner, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        built = dialog.result_value
        if tell_next_month and built is not None and built.next_month_file is not None:
            QMessageBox.information(parent, QCoreApplication.translate("App", "示范网点"), QCoreApplication.translate(
                "App", "示范网点已就绪：{months} 个月的客户清单已导入。\n\n下个月的清单没有导入，放在：\n{file}\n\n"
                "可以在「导入」页选择它（或把它拖到窗口上），体验导入和新的流失预警。").format(
                    months=len(built.periods), file=built.next_month_file))
        return True
    if dialog.error is not None:
        log.error("demo build failed: %r", dialog.error)
        QMessageBox.warning(parent, QCoreApplication.translate("App", "示范网点"), QCoreApplication.translate("App", "示范网点数据未能生成，未创建任何文件。\n原因：{reason}").format(
            reason=error_text(dialog.error) if callable(getattr(dialog.error, "message", None))
            else type(dialog.error).__name__))
    return False


def open_database(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open (and if needed migrate) the database; tell the user in Chinese and return None if it cannot be."""
    try:
        return open_db(path)
    except _REFUSED_DATABASES as exc:
        _refused(parent, exc, path)
    except (sqlite3.DatabaseError, OSError) as exc:
        log.error("cannot open database: %s", type(exc).__name__)
        QMessageBox.critical(parent, QCoreApplication.translate("App", "无法打开数据库"), QCoreApplication.translate("App",
            "无法打开数据库文件：\n{path}\n\n文件可能已损坏、不是留客的数据库，或没有访问权限。"
            "自动备份位于同一文件夹下的 backups 文件夹中。").format(path=path))
    return None


def _refused(parent: QWidget | None, exc: NewerDatabaseError | core_db.NetworkDatabaseError, path: Path) -> None:
    """A newer or network database: core's explanation (it already names what to do)."""
    text = exc.message(QCoreApplication.translate)
    if str(path) not in text:
        text += "\n\n" + str(path)
    QMessageBox.critical(parent, QCoreApplication.translate("App", "无法打开数据库"), text)


def open_session(db_path: Path, runner: TaskRunner, *, sign_in: SignIn = sign_in_flow) -> tuple[Database, Actor] | int:
    """First start, opening and signing in; the database and who signed in, or the exit code to stop with."""
    if not ensure_database(db_path, runner):
        return EXIT_OK
    db = open_database(db_path)
    if db is None:
        return EXIT_ERROR
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1" and not has_accounts(db):
        actor: Actor | None = LOCAL_USER  # bench/ui_bench.py's cold start: a window that quits at once, no dialogs
    else:
        actor = sign_in(db, db_path, None)
    if actor is None:  # quit at the sign-in
        db.close()
        return EXIT_OK
    return db, actor


def open_main_window(db_path: Path, settings: QSettings, runner: TaskRunner | None = None, *,
                     sign_in: SignIn = sign_in_flow) -> MainWindow | None:
    """Everything between the QApplication and ``show()``: first start, opening, signing in, the window."""
    runner = runner or TaskRunner()
    session = open_session(db_path, runner, sign_in=sign_in)
    if isinstance(session, int):
        return None
    db, actor = session
    window = MainWindow(db, db_path, settings, runner, actor=actor)
    runner.setParent(window)
    return window


def restore_database(db_path: Path, actor: Actor, backup: Path, parent: QWidget | None = None) -> bool:
    """Replace the (closed) database with ``backup`` through core; tell the user where the old one is kept.

    :returns: whether the restore was done (a refusal is shown and nothing changed)
    """
    from core.security.backups import restore_backup

    restored, exc = run_busy(parent, QCoreApplication.translate("App", "正在检查备份并恢复数据库…"),
                             lambda: restore_backup(db_path, actor, backup))
    if exc is not None:  # every refusal is shown, never a traceback
        log.warning("restore refused: %s", type(exc).__name__)
        QMessageBox.warning(parent, QCoreApplication.translate("App", "从备份恢复"), QCoreApplication.translate(
            "App", "未能从备份恢复，数据库保持原样。\n原因：{reason}").format(reason=error_text(exc)))
        return False
    QMessageBox.information(parent, QCoreApplication.translate("App", "从备份恢复"), QCoreApplication.translate(
        "App", "已从备份恢复：\n{source}\n\n恢复前的数据库已另存为：\n{kept}\n\n请重新登录。").format(
            source=restored.source, kept=restored.kept_aside))
    return True


def run_busy(parent: QWidget | None, text: str, work: Callable[[], Any]) -> tuple[Any, BaseException | None]:
    """Run ``work`` off the UI thread behind a busy dialog (no window is open to show progress in).

    :returns: (its result, None) or (None, the exception it raised)
    """
    runner = TaskRunner()
    task = Task(lambda _progress, _cancel: work())
    outcome: list[Any] = [None, None]
    task.succeeded.connect(lambda value: outcome.__setitem__(0, value))
    task.failed.connect(lambda error: outcome.__setitem__(1, error))
    busy = QProgressDialog(text, "", 0, 0, parent)
    busy.setWindowTitle(QCoreApplication.translate("App", "留客"))
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(300)  # a quick restore shows nothing
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    runner.start(task)
    loop.exec()
    runner.wait()
    busy.reset()
    busy.deleteLater()
    return outcome[0], outcome[1]


def start_daily_backup(db_path: Path, actor: Actor, runner: TaskRunner) -> None:
    """The day's first session backs the database up on the runner (verified; kept with the other backups)."""
    from core.security.backups import daily_backup_if_due
    from ui.dialogs.background import db_task

    task = db_task(db_path, lambda db: daily_backup_if_due(db, actor))
    task.failed.connect(lambda error: log.warning("daily backup failed: %s", type(error).__name__))
    runner.start(task)


def run_smoke(app: QApplication) -> int:
    """``--smoke``: a fresh temporary database, no dialogs, the window as LOCAL_USER, exit after the first show."""
    with tempfile.TemporaryDirectory(prefix="liuke-smoke-", ignore_cleanup_errors=True) as folder:
        path = Path(folder) / "liuke.db"
        install_translators(app, DEFAULT_LANGUAGE)
        db = open_database(path)
        if db is None:
            return EXIT_ERROR
        settings = QSettings(str(Path(folder) / "ui.ini"), QSettings.Format.IniFormat)
        runner = TaskRunner()
        window = MainWindow(db, path, settings, runner, actor=LOCAL_USER)
        window.show()
        QTimer.singleShot(0, app.quit)
        code = app.exec()
        window.close()  # waits for the runner's work
        runner.wait(10_000)
        db.close()
        window.deleteLater()
        log.info("smoke run finished: %s", code)
    return code


def run(argv: list[str]) -> int:
    """Start the desktop app and return its exit code."""
    args = parse_args(argv)
    app = create_app(argv)
    CrashHandler().install()
    if args.smoke:
        return run_smoke(app)
    settings = ui_settings()
    install_translators(app, language(settings))
    db_path = (Path(args.db) if args.db else default_db_path()).expanduser().resolve()
    while True:  # one session per signed-in user; 「退出登录」 and a restore start the next one
        runner = TaskRunner()
        session = open_session(db_path, runner)
        if isinstance(session, int):
            return session
        db, actor = session
        window = MainWindow(db, db_path, settings, runner, actor=actor)
        runner.setParent(window)
        window.show()
        if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
            QTimer.singleShot(0, app.quit)  # the benchmark's cold start: quit once the first show is processed
        else:
            start_daily_backup(db_path, actor, runner)
        code = app.exec()
        if window.isVisible():
            window.close()
        ending, backup = window.ending, window.restore_from
        db.close()
        window.deleteLater()
        if ending == RESTORE and backup is not None:
            restore_database(db_path, actor, backup)
        elif ending == QUIT:
            return code
