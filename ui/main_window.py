"""The main window: navigation on the left, pages on the right, the database and user below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, Slot
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

from core.actors import LOCAL_USER
from core.customers import latest_period
from ui.dialogs.customer_360_dialog import Customer360Dialog
from ui.formatting import month_text
from ui.icons import app_icon, icon
from ui.pages.customers_page import CustomersPage
from ui.pages.dashboard_page import DashboardPage
from ui.pages.import_history import Confirm, confirm_undo
from ui.pages.import_page import ChooseFile, ImportPage
from ui.pages.settings_page import SettingsPage
from ui.pages.worklist_page import WorklistPage
from ui.settings import KEY_PAGE, restore_window, save_window
from ui.tasks import TaskRunner

IMPORTABLE = (".xlsx", ".xlsm", ".xls", ".csv", ".txt")


class MainWindow(QMainWindow):
    """Liuke's one window. Owns the UI thread's database connection and the task runner."""

    def __init__(self, db: Database, db_path: Path, settings: QSettings, runner: TaskRunner | None = None,
                 choose_file: ChooseFile | None = None, confirm: Confirm = confirm_undo) -> None:
        super().__init__()
        self.db = db
        self.db_path = db_path
        self.settings = settings
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle(self.tr("留客 - 客户维护与流失预警"))
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 600)

        self.dashboard_page = DashboardPage(db, open_customer=self.open_customer)
        self.customers_page = CustomersPage(db, settings, open_detail=lambda parent, _db, cid: self.open_customer(parent, cid))
        self.worklist_page = WorklistPage(db, db_path, self.runner, settings, open_customer=self.open_customer)
        self.import_page = ImportPage(db, db_path, self.runner, settings, choose_file=choose_file, confirm=confirm)
        self.import_page.show_warnings_requested.connect(self.show_worklist)
        self.import_page.show_customers_requested.connect(self.show_customers)
        self.settings_page = SettingsPage(db, settings, runner=self.runner)
        self.import_page.data_changed.connect(self.refresh_data)
        self.worklist_page.data_changed.connect(self.dashboard_page.refresh)
        # pages read nothing until first shown (fast start); after a change they re-read when next shown
        self.settings_page.settings_changed.connect(self._settings_changed)
        self.customers_page.import_requested.connect(self.start_import)
        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(150)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # 走访, 意见反馈, 考核 and 报表 go between 流失预警 and 导入 (add_page(..., before=self.import_page))
        for page, name, text in ((self.dashboard_page, "dashboard", self.tr("工作台")),
                                 (self.customers_page, "customers", self.tr("客户")),
                                 (self.worklist_page, "alert", self.tr("流失预警")),
                                 (self.import_page, "import", self.tr("导入")),
                                 (self.settings_page, "settings", self.tr("设置"))):
            self.add_page(page, name, text)
        self._add_followup_pages(db, db_path, settings)
        self.navigation.currentRowChanged.connect(self._show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self._make_status_bar()

        if not restore_window(settings, self):
            self.resize(1280, 760)
        self.navigation.setCurrentRow(0)  # always open on 工作台
        self.refresh_status()

    def _add_followup_pages(self, db: Database, db_path: Path, settings: QSettings) -> None:
        """走访, 意见反馈, 考核 and 报表, between 流失预警 and 导入; they re-read after imports and contacts."""
        from ui.pages.contacts_page import ContactsPage
        from ui.pages.feedback_page import FeedbackPage
        from ui.pages.reports_page import ReportsPage
        from ui.pages.scorecard_page import ScorecardPage

        self.contacts_page = ContactsPage(db, db_path, self.runner, settings)
        self.feedback_page = FeedbackPage(db, db_path, self.runner, settings)
        self.scorecard_page = ScorecardPage(db, settings, runner=self.runner)
        self.reports_page = ReportsPage(db, db_path, self.runner, settings)
        for page, name, text in ((self.contacts_page, "contacts", self.tr("走访")),
                                 (self.feedback_page, "feedback", self.tr("意见反馈")),
                                 (self.scorecard_page, "scorecard", self.tr("考核")),
                                 (self.reports_page, "reports", self.tr("报表"))):
            self.add_page(page, name, text, before=self.import_page)
        self.contacts_page.data_changed.connect(self.dashboard_page.refresh)
        self.contacts_page.data_changed.connect(self.worklist_page.invalidate)
        self.contacts_page.data_changed.connect(self.scorecard_page.invalidate)
        self.feedback_page.item_moved.connect(self.scorecard_page.invalidate)

    def add_page(self, page: QWidget, icon_name: str, text: str, before: QWidget | None = None) -> None:
        """Add ``page`` to the navigation (at the end, or just before the page ``before``)."""
        row = self.pages.indexOf(before) if before is not None else self.pages.count()
        row = self.pages.count() if row < 0 else row
        self.pages.insertWidget(row, page)
        item = QListWidgetItem(icon(icon_name), text)
        item.setSizeHint(QSize(0, 44))
        self.navigation.insertItem(row, item)

    def open_customer(self, parent: QWidget, customer_id: int) -> None:
        """The customer 360 dialog (modal); pages re-read after it closes if something changed."""
        dialog = Customer360Dialog(self.db, customer_id, parent)
        changed: list[bool] = []
        dialog.changed.connect(lambda: changed.append(True))
        dialog.exec()
        if changed:
            self.dashboard_page.refresh()
            for page in (self.worklist_page, self.contacts_page, self.feedback_page, self.scorecard_page):
                page.invalidate()

    @Slot()
    def _settings_changed(self) -> None:
        for page in (self.worklist_page, self.contacts_page, self.scorecard_page, self.reports_page):
            page.invalidate()
        self.dashboard_page.refresh()

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
        self.quit_action = self._action(None, self.tr("退出"), "Ctrl+Q", self.close)
        self.about_action = self._action(None, self.tr("关于留客"), None, self.show_about)

        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("文件(&F)"))
        file_menu.addAction(self.import_action)
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

        toolbar = QToolBar(self.tr("工具栏"))
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
        self.user_label = QLabel(self.tr("用户：{name}").format(name=LOCAL_USER.display_name))
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

    def show_dashboard(self) -> None:
        """Switch to the dashboard."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.dashboard_page))

    def show_worklist(self) -> None:
        """Switch to the at-risk work list."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.worklist_page))

    def show_customers(self) -> None:
        """Switch to the customers page."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.customers_page))

    def show_import(self) -> None:
        """Switch to the import page."""
        self.navigation.setCurrentRow(self.pages.indexOf(self.import_page))

    @Slot()
    def start_import(self) -> None:
        """Ctrl+I: the import page, and the file dialog."""
        self.show_import()
        self.import_page.choose_and_check()

    @Slot()
    def find_customer(self) -> None:
        """Ctrl+F: the customers page with the cursor in the search box."""
        self.show_customers()
        self.customers_page.focus_search()

    @Slot()
    def refresh_data(self) -> None:
        """F5, and after an import or undo: re-read everything shown."""
        self.import_page.refresh()
        self.dashboard_page.refresh()
        for page in (self.customers_page, self.worklist_page, self.settings_page, self.contacts_page,
                     self.feedback_page, self.scorecard_page, self.reports_page):
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
        if self._dropped_files(event) and not self.import_page.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = self._dropped_files(event)
        if not paths:
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
        self.show_import()
        return self.import_page.open_file(path)

    # --- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.import_page.writing:  # a check is simply cancelled; a write is worth a question
            answer = QMessageBox.question(
                self, self.tr("正在处理"), self.tr("导入或撤销仍在进行。要取消它并退出吗？（数据库不会被改动一半。）"))
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.runner.cancel_all()
        self.runner.wait(10_000)
        save_window(self.settings, self)
        self.settings.setValue(KEY_PAGE, self.pages.currentIndex())
        self.settings.sync()
        super().closeEvent(event)
