"""Starting the desktop app: arguments, QApplication, translations, crash handler, the database, the window.

``run(argv)`` is what ``main.py`` calls with no subcommand. Environment:
``LIUKE_DB`` names the database (like ``--db``); ``LIUKE_DEMO=1`` builds the demo branch
without asking when there is no database yet (``LIUKE_DEMO=200x3``: 200 customers, 3 months).
``LIUKE_EXIT_AFTER_SHOW=1`` quits right after the main window's first show (bench/ui_bench.py times it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from sqlite_utils import Database

from core.db import NewerDatabaseError, open_db
from core.paths import default_db_path, resource_path
from ui.crash import CrashHandler
from ui.database_setup import DEMO_ENV, DemoSize, create_empty_database, database_exists, demo_size_from_env
from ui.dialogs.demo_build_dialog import DemoBuildDialog
from ui.dialogs.first_start_dialog import DEMO, EMPTY, FirstStartDialog
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.settings import language, ui_settings
from ui.tasks import TaskRunner
from ui.theme import apply_theme

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR = 0, 1
EXIT_AFTER_SHOW_ENV = "LIUKE_EXIT_AFTER_SHOW"
APP_USER_MODEL_ID = "Liuke.Liuke.Desktop"


def parse_args(argv: list[str]) -> argparse.Namespace:
    """``--db PATH``; anything else (Qt's own options) is left alone."""
    parser = argparse.ArgumentParser(prog="liuke", add_help=False)
    parser.add_argument("--db", type=Path, default=None)
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
            create_empty_database(path)
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
            reason=type(dialog.error).__name__))
    return False


def open_database(path: Path, parent: QWidget | None = None) -> Database | None:
    """Open (and if needed migrate) the database; tell the user in Chinese and return None if it cannot be."""
    try:
        return open_db(path)
    except NewerDatabaseError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("App", "无法打开数据库"), exc.message() + "\n\n" + str(path))
    except (sqlite3.DatabaseError, OSError) as exc:
        log.error("cannot open database: %s", type(exc).__name__)
        QMessageBox.critical(parent, QCoreApplication.translate("App", "无法打开数据库"), QCoreApplication.translate("App",
            "无法打开数据库文件：\n{path}\n\n文件可能已损坏、不是留客的数据库，或没有访问权限。"
            "自动备份位于同一文件夹下的 backups 文件夹中。").format(path=path))
    return None


def open_main_window(db_path: Path, settings: QSettings, runner: TaskRunner | None = None) -> MainWindow | None:
    """Everything between the QApplication and ``show()``: first start, opening, the window."""
    runner = runner or TaskRunner()
    if not ensure_database(db_path, runner):
        return None
    db = open_database(db_path)
    if db is None:
        return None
    window = MainWindow(db, db_path, settings, runner)
    runner.setParent(window)
    return window


def run(argv: list[str]) -> int:
    """Start the desktop app and return its exit code."""
    args = parse_args(argv)
    app = create_app(argv)
    CrashHandler().install()
    settings = ui_settings()
    install_translators(app, language(settings))
    db_path = Path(args.db) if args.db else default_db_path()
    window = open_main_window(db_path.expanduser().resolve(), settings)
    if window is None:
        return EXIT_ERROR if database_exists(db_path) else EXIT_OK
    window.show()
    if os.environ.get(EXIT_AFTER_SHOW_ENV) == "1":
        QTimer.singleShot(0, app.quit)  # the benchmark's cold start: quit once the first show is processed
    code = app.exec()
    window.db.close()
    return code

