"""The main window: navigation on the left, pages on the right, the database and user below.

The window works as one signed-in user (``actor``): it shows only the pages that user's role may
use (ui/page_access.py), passes the actor to every page, dialog and model, locks itself after the
idle time (ui/idle_lock.py), and ends the session on 「退出登录」 or a restore (``ending`` tells
ui/app.py what to do next).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.customers import latest_period
from core.security.accounts import sign_out
from core.settings import setting_values
from ui.dialogs.customer_360_dialog import Customer360Dialog
from ui.formatting import month_text
from ui.icons import app_icon, icon
from ui.idle_lock import IdleWatcher, LockScreen, WallClock
from ui.page_access import may_open
from ui.pages.import_history import Confirm, confirm_undo
from ui.pages.import_page import ChooseFile
from ui.session import security_runner
from ui.settings import KEY_PAGE, restore_window, save_window
from ui.tasks import TaskRunner
from ui.window_session import QUIT, WindowSession, already_confirmed

log = logging.getLogger(__name__)

IMPORTABLE = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")
DEFAULT_IDLE_MINUTES = 5


class MainWindow(WindowSession, QMainWindow):
    """Liuke's one window. Owns the UI thread's database connection and the task runner.

    :param actor: who signed in (``LOCAL_USER`` on a database without accounts, and in tests)
    :param idle_clock: wall-clock seconds for the idle lock (tests pass a fake one)
    :param ask_restore: a last question before a restore (the 数据安全 page has already asked; tests count calls)
    """

    def __init__(self, db: Database, db_path: Path, settings: QSettings, runner: TaskRunner | None = None,
                 choose_file: ChooseFile | None = None, confirm: Confirm = confirm_undo, *,
                 actor: Actor = LOCAL_USER, idle_clock: WallClock = time.time,
                 ask_restore: Callable[[QWidget, Path], bool] = already_confirmed) -> None:
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.settings = settings
        self.actor = actor
        self.runner = runner or TaskRunner(self)
        self.shows_denied = True  # every PermissionDenied a task reports is shown here (ui/errors.py)
        self.runner.denied.connect(self._denied)
        self.ending = QUIT
        self.restore_from: Path | None = None
        self.locked = False
        self._hidden_windows: list[QWidget] = []
        self._action_states: dict[QAction, bool] = {}
        self._ask_restore = ask_restore
        self.setWindowTitle(self.tr("留客 - 客户维护与流失预警"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 600)

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(150)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._make_pages(choose_file, confirm)
        self.navigation.currentRowChanged.connect(self._show_page)

        self.main_area = QWidget()
        layout = QHBoxLayout(self.main_area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.lock_screen = LockScreen(actor, db_path, security_runner())
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.switch_user_requested.connect(self.switch_user)
        self.screens = QStackedWidget()  # the pages, or the lock screen in their place
        self.screens.addWidget(self.main_area)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        self._make_actions()
        self._make_status_bar()

        self.idle_watcher = IdleWatcher(self._idle_minutes(), self, clock=idle_clock)
        self.idle_watcher.idle.connect(self.lock)
        if actor.user_id is not None:  # without accounts there is no password to unlock with
            self.idle_watcher.start()

        if not restore_window(settings, self):
            self.resize(1280, 760)
        self.navigation.setCurrentRow(0)  # always open on the first page (工作台 where the role has it)
        self.refresh_status()

    # --- pages ---------------------------------------------------------------------------

    def _make_pages(self, choose_file: ChooseFile | None, confirm: Confirm) -> None:
        """Build the pages the role may use, in navigation order; the others stay None."""
        from ui.pages.contacts_page import ContactsPage
        from ui.pages.customers_page import CustomersPage
        from ui.pages.dashboard_page import DashboardPage
        from ui.pages.feedback_page import FeedbackPage
        from ui.pages.import_page import ImportPage
        from ui.pages.reports_page import ReportsPage
        from ui.pages.scorecard_page import ScorecardPage
        from ui.pages.settings_page import SettingsPage
        from ui.pages.worklist_page import WorklistPage

        db, path, runner, settings, actor = self.db, self.db_path, self.runner, self.settings, self.actor
        may = lambda page: may_open(actor, page)  # noqa: E731
        self.dashboard_page = DashboardPage(db, open_customer=self.open_customer, actor=actor) if may("dashboard") else None
        self.customers_page = CustomersPage(
            db, settings, open_detail=lambda parent, _db, cid: self.open_customer(parent, cid), actor=actor,
        ) if may("customers") else None
        self.worklist_page = WorklistPage(db, path, runner, settings, open_customer=self.open_customer,
                                          actor=actor) if may("worklist") else None
        self.contacts_page = ContactsPage(db, path, runner, settings, actor=actor) if may("contacts") else None
        self.feedback_page = FeedbackPage(db, path, runner, settings, actor=actor) if may("feedback") else None
        self.scorecard_page = ScorecardPage(db, settings, actor=actor, runner=runner) if may("scorecard") else None
        self.reports_page = ReportsPage(db, path, runner, settings, actor=actor) if may("reports") else None
        self.import_page = ImportPage(db, path, runner, settings, choose_file=choose_file, confirm=confirm,
                                      actor=actor) if may("import") else None
        self.settings_page = SettingsPage(db, settings, runner=runner, actor=actor) if may("settings") else None
        for page, name, text in ((self.dashboard_page, "dashboard", self.tr("工作台")),
                                 (self.customers_page, "customers", self.tr("客户")),
                                 (self.worklist_page, "alert", self.tr("流失预警")),
                                 (self.contacts_page, "contacts", self.tr("走访")),
                                 (self.feedback_page, "feedback", self.tr("意见反馈")),
                                 (self.scorecard_page, "scorecard", self.tr("考核")),
                                 (self.reports_page, "reports", self.tr("报表")),
                                 (self.import_page, "import", self.tr("导入")),
                                 (self.settings_page, "settings", self.tr("设置"))):
            if page is not None:
                self.add_page(page, name, text)
        self._make_admin_pages()
        self._connect_pages()

    def _make_admin_pages(self) -> None:
        """账户, 审计日志 and 数据安全, for the roles that use them (each module is imported only for such a role)."""
        args = (self.db, self.db_path, self.runner, self.settings, self.actor)
        self.users_page = self.audit_page = self.data_page = None
        if may_open(self.actor, "users"):
            from ui.pages.users_page import UsersPage

            self.users_page = UsersPage(*args)
            self.add_page(self.users_page, "user", self.tr("账户"))
        if may_open(self.actor, "audit"):
            from ui.pages.audit_page import AuditPage

            self.audit_page = AuditPage(*args)
            self.add_page(self.audit_page, "history", self.tr("审计日志"))
        if may_open(self.actor, "data"):
            from ui.pages.data_page import DataPage

            self.data_page = DataPage(*args)
            self.add_page(self.data_page, "database", self.tr("数据安全"))
            self.data_page.restore_requested.connect(self.restore_requested)
            self.data_page.data_changed.connect(self.refresh_data)  # an exchange import or a purge changed data

    def _connect_pages(self) -> None:
        """Pages read nothing until first shown (fast start); after a change they re-read when next shown."""
        if self.import_page is not None:
            self.import_page.show_warnings_requested.connect(self.show_worklist)
            self.import_page.show_customers_requested.connect(self.show_customers)
            self.import_page.data_changed.connect(self.refresh_data)
        if self.settings_page is not None:
            self.settings_page.settings_changed.connect(self._settings_changed)
        if self.customers_page is not None:
            self.customers_page.import_requested.connect(self.start_import)
        dashboard = self.dashboard_page
        if self.worklist_page is not None and dashboard is not None:
            self.worklist_page.data_changed.connect(dashboard.refresh)
        if self.contacts_page is not None:
            if dashboard is not None:
                self.contacts_page.data_changed.connect(dashboard.refresh)
            for page in (self.worklist_page, self.scorecard_page):
                if page is not None:
                    self.contacts_page.data_changed.connect(page.invalidate)
        if self.feedback_page is not None and self.scorecard_page is not None:
            self.feedback_page.item_moved.connect(self.scorecard_page.invalidate)

    def _lazy_pages(self) -> list[QWidget]:
        """Every page that re-reads on ``invalidate`` (those this role has)."""
        pages = (self.customers_page, self.worklist_page, self.settings_page, self.contacts_page, self.feedback_page,
                 self.scorecard_page, self.reports_page, self.users_page, self.audit_page, self.data_page)
        return [p for p in pages if p is not None]

    def add_page(self, page: QWidget, icon_name: str, text: str) -> None:
        """Add ``page`` at the end of the navigation."""
        self.pages.addWidget(page)
        item = QListWidgetItem(icon(icon_name), text)
        item.setSizeHint(QSize(0, 44))
        self.navigation.addItem(item)

    def page_names(self) -> list[str]:
        """The navigation's entries, top to bottom."""
        return [self.navigation.item(r).text() for r in range(self.navigation.count())]

    def open_customer(self, parent: QWidget, customer_id: int) -> None:
        """The customer 360 dialog (modal); pages re-read after it closes if something changed."""
        dialog = Customer360Dialog(self.db, customer_id, parent, actor=self.actor)
        changed: list[bool] = []
        dialog.changed.connect(lambda: changed.append(True))
        dialog.exec()
        if changed:
            if self.dashboard_page is not None:
                self.dashboard_page.refresh()
            for page in (self.worklist_page, self.contacts_page, self.feedback_page, self.scorecard_page):
                if page is not None:
                    page.invalidate()

    @Slot()
    def _settings_changed(self) -> None:
        for page in (self.worklist_page, self.contacts_page, self.scorecard_page, self.reports_page):
            if page is not None:
                page.invalidate()
        if self.dashboard_page is not None:
            self.dashboard_page.refresh()
        self.idle_watcher.minutes = self._idle_minutes()

    def _idle_minutes(self) -> int:
        try:
            return int(setting_values(self.db).get("security.idle_minutes", DEFAULT_IDLE_MINUTES))
        except (ValueError, TypeError):
            return DEFAULT_IDLE_MINUTES

    # --- actions, menus, toolbar -----------------------------------------------------------

    def _action(self, icon_name: str | None, text: str, shortcut: QKeySequence | str | None, slot) -> QAction:  # noqa: ANN001
        action = QAction(icon(icon_name) if icon_name else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text}（{QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)}）")
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work whichever page has focus
        return action

    def _make_actions(self) -> None:
        self.import_action = self._action("import", self.tr("导入文件…"), "Ctrl+I", self.start_import)
        self.find_action = self._action("search", self.tr("查找客户"), QKeySequence.StandardKey.Find, self.find_customer)
        self.refresh_action = self._action("refresh", self.tr("刷新"), QKeySequence.StandardKey.Refresh, self.refresh_data)
        self.dashboard_action = self._action("dashboard", self.tr("工作台"), "Ctrl+1", self.show_dashboard)
        self.worklist_action = self._action("alert", self.tr("流失预警"), "Ctrl+3", self.show_worklist)
        self.lock_action = self._action(None, self.tr("锁定屏幕"), "Ctrl+L", self.lock)
        self.password_action = self._action(None, self.tr("修改密码…"), None, self.change_password)
        self.sign_out_action = self._action(None, self.tr("退出登录（切换用户）"), None, self.switch_user)
        self.quit_action = self._action(None, self.tr("退出"), "Ctrl+Q", self.close)
        self.about_action = self._action(None, self.tr("关于留客"), None, self.show_about)
        signed_in = self.actor.user_id is not None  # LOCAL_USER (no accounts yet) has no password to lock with
        for action, visible in ((self.import_action, self.import_page is not None),
                                (self.find_action, self.customers_page is not None),
                                (self.dashboard_action, self.dashboard_page is not None),
                                (self.worklist_action, self.worklist_page is not None),
                                (self.lock_action, signed_in), (self.password_action, signed_in),
                                (self.sign_out_action, signed_in)):
            action.setVisible(visible)
            action.setEnabled(visible)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.password_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menus.addMenu(self.tr("查看(&V)"))
        view_menu.addAction(self.dashboard_action)
        view_menu.addAction(self.worklist_action)
        view_menu.addSeparator()
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.refresh_action)
        help_menu = menus.addMenu(self.tr("帮助(&H)"))
        help_menu.addAction(self.about_action)

        self.toolbar = toolbar = QToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")  # saveState needs a name
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.find_action)
        toolbar.addAction(self.refresh_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

    def _make_status_bar(self) -> None:
        self.db_label = QLabel(self.tr("数据库：{path}").format(path=self.db_path))
        self.db_label.setToolTip(str(self.db_path))
        self.period_label = QLabel()
        self.user_label = QLabel(self.tr("用户：{name}（{role}）").format(
            name=self.actor.display_name, role=QCoreApplication.translate("Roles", self.actor.role)))
        bar = self.statusBar()
        bar.setSizeGripEnabled(True)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.period_label)
        bar.addPermanentWidget(self.user_label)

    # --- slots ---------------------------------------------------------------------------

    @Slot(int)
    def _show_page(self, row: int) -> None:
        if row >= 0:
            self.pages.setCurrentIndex(row)

    def show_page(self, page: QWidget | None) -> bool:
        """Switch to ``page`` if this role has it."""
        if page is None or self.locked:
            return False
        self.navigation.setCurrentRow(self.pages.indexOf(page))
        return True

    def show_dashboard(self) -> None:
        """Switch to the dashboard."""
        self.show_page(self.dashboard_page)

    def show_worklist(self) -> None:
        """Switch to the at-risk work list."""
        self.show_page(self.worklist_page)

    def show_customers(self) -> None:
        """Switch to the customers page."""
        self.show_page(self.customers_page)

    def show_import(self) -> None:
        """Switch to the import page."""
        self.show_page(self.import_page)

    @Slot()
    def start_import(self) -> None:
        """Ctrl+I: the import page, and the file dialog."""
        if self.show_page(self.import_page):
            self.import_page.choose_and_check()

    @Slot()
    def find_customer(self) -> None:
        """Ctrl+F: the customers page with the cursor in the search box."""
        if self.show_page(self.customers_page):
            self.customers_page.focus_search()

    @Slot()
    def refresh_data(self) -> None:
        """F5, and after an import or undo: re-read everything shown."""
        if self.locked:
            return
        if self.import_page is not None:
            self.import_page.refresh()
        if self.dashboard_page is not None:
            self.dashboard_page.refresh()
        for page in self._lazy_pages():
            page.invalidate()  # now if shown, else when next shown
        self.refresh_status()

    def refresh_status(self) -> None:
        """The status bar's latest month."""
        period = latest_period(self.db)
        self.period_label.setText(self.tr("最新数据：{month}").format(month=month_text(period) if period else self.tr("无")))

    @Slot()
    def show_about(self) -> None:
        """The About box."""
        QMessageBox.about(self, self.tr("关于留客"), self.tr(
            "<b>留客 Liuke</b><p>网点高价值客户维护与流失预警工具。</p>"
            "<p>全部数据保存在本机数据库中，不联网。</p><p>数据库：{path}</p>").format(path=self.db_path))

    # --- drag and drop -------------------------------------------------------------------

    @staticmethod
    def _dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        """The importable local files of a drag (several are queued by the import page)."""
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
        return [f for f in files if f.suffix.lower() in IMPORTABLE]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.import_page is not None and not self.locked and self._dropped_files(event) and not self.import_page.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._dropped_files(event)
        if not paths or self.import_page is None or self.locked:
            event.ignore()
            return
        event.acceptProposedAction()
        if len(paths) == 1:
            self.open_file(paths[0])
        else:
            self.show_import()
            self.import_page.open_files(paths)

    def open_file(self, path: Path) -> bool:
        """Show the import page and check ``path`` (what a drop does)."""
        if not self.show_page(self.import_page):
            return False
        return self.import_page.open_file(path)

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.import_page is not None and self.import_page.writing:  # a check is simply cancelled
            answer = QMessageBox.question(
                self, self.tr("正在处理"), self.tr("导入或撤销仍在进行。要取消它并退出吗？（数据库不会被改动一半。）"))
            if answer != QMessageBox.StandardButton.Yes:
                self.ending, self.restore_from = QUIT, None
                event.ignore()
                return
        self.idle_watcher.stop()
        self.runner.cancel_all()
        self.runner.wait(10_000)
        security_runner().wait(10_000)  # a lock or unlock still being recorded comes before the sign-out
        if not self.locked:  # a locked window's layout is the lock screen's
            save_window(self.settings, self)
        self.settings.setValue(KEY_PAGE, self.pages.currentIndex())
        self.settings.sync()
        try:
            sign_out(self.db, self.actor)  # audited (nothing for LOCAL_USER)
        except Exception as exc:  # noqa: BLE001 - closing must not fail on the audit row
            log.warning("sign-out not recorded: %s", type(exc).__name__)
        super().closeEvent(event)
