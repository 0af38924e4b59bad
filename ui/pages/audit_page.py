"""审计日志 (审计, 主管): who did what and when, filtered in SQL, the chain checked, the log exported.

The table is paged over SQL (``AuditTableModel``): the count and the first 200 rows are read on the task
runner, the rest as the user scrolls. 校验完整性 recomputes the hash chain on the task runner and says
in green that the log is intact, or in red from which row on it was changed. 导出… writes the rows that
match the filter through core's audit export (itself audited).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)
from sqlite_utils import Database

from core.actors import Actor
from core.security import audit_export
from core.security.audit import EVENTS, OUTCOMES, AuditFilter, ChainCheck, verify_chain
from core.security.permissions import PermissionDenied, can
from ui.dialogs.background import db_task
from ui.models.audit_model import COLUMNS, AuditTableModel, action_text, outcome_text
from ui.pages.admin_parts import error_text
from ui.pages.lazy import LazyPage, loading_text
from ui.pages.page_parts import muted, page_layout, page_title
from ui.settings import last_folder, set_last_folder
from ui.tasks import Task, TaskRunner
from ui.widgets.banner import Banner
from ui.widgets.headers import fit_headers
from ui.widgets.tables import make_table

CTX = "AuditPage"
ChooseTarget = Callable[[QWidget, str, str], Path | None]  # parent, suggested file, filters -> path
ExportAudit = Callable[[Database, Actor, Path, AuditFilter], Any]


def choose_target(parent: QWidget, name: str, filters: str) -> Path | None:
    """The save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate(CTX, "导出审计日志"), name, filters)
    return Path(path) if path else None


def export_audit(db: Database, actor: Actor, target: Path, f: AuditFilter) -> int:
    """Core's audit export to .xlsx (checks audit.export, audits itself); returns the number of rows."""
    return audit_export.export_audit(db, actor, target, f, translate=QCoreApplication.translate)


class AuditPage(LazyPage, QWidget):
    """Filters above, the log below; verify and export on the task runner. Read when first shown."""

    loaded = Signal()  # the count and the first page are on screen
    verified = Signal(object)  # ChainCheck, shown in the banner
    exported = Signal(object)  # what the export returned (the banner names the file)
    refused = Signal(str)  # a verify or export failed; the banner says why

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings, actor: Actor,
                 parent: QWidget | None = None, *, choose: ChooseTarget = choose_target, export: ExportAudit = export_audit,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._db, self._db_path, self._runner, self._settings, self._actor = db, db_path, runner, settings, actor
        self._choose, self._export, self._today = choose, export, today
        self.task: Task | None = None
        self.model = AuditTableModel(db, actor, self)
        self.banner = Banner(self)
        self.banner.finish_actions()  # without it the text column collapses to one character's width
        self.count_label = muted()
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(300)
        self._apply_timer.timeout.connect(self.refresh)

        self.date_check = QCheckBox(self.tr("日期"))
        day = today()
        self.from_edit = self._date_edit(day - timedelta(days=30))
        self.to_edit = self._date_edit(day)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("用户名"))
        self.user_edit.setClearButtonEnabled(True)
        self.user_edit.setMaximumWidth(140)
        self.action_combo = QComboBox()
        self.action_combo.addItem(self.tr("全部操作"), None)
        for key in EVENTS:
            self.action_combo.addItem(action_text(key), key)
        self.action_combo.setMaxVisibleItems(20)
        self.outcome_combo = QComboBox()
        self.outcome_combo.addItem(self.tr("全部结果"), None)
        for key in OUTCOMES:
            self.outcome_combo.addItem(outcome_text(key), key)
        self.clear_button = QPushButton(self.tr("清除筛选"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.verify_button = QPushButton(self.tr("校验完整性"))
        self.verify_button.setToolTip(self.tr("重新计算每一条的哈希链，检查日志是否被改动或删除"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("导出…"))
        self.export_button.setToolTip(self.tr("导出符合当前筛选的记录；导出本身也记入审计日志"))
        self.export_button.clicked.connect(self.export)

        self.table = make_table(self.model)
        for n, column in enumerate(COLUMNS):
            self.table.setColumnWidth(n, column.width)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # newest first, as the model reads
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._keep_time_order)
        fit_headers(self.table)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.date_check)
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(self.tr("至")))
        filters.addWidget(self.to_edit)
        filters.addSpacing(8)
        filters.addWidget(self.user_edit)
        filters.addWidget(self.action_combo)
        filters.addWidget(self.outcome_combo)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        filters.addWidget(self.export_button)
        head = QHBoxLayout()
        head.addWidget(page_title(self.tr("审计日志")))
        head.addStretch(1)
        head.addWidget(self.count_label)
        layout = page_layout(self)
        layout.addLayout(head)
        layout.addWidget(muted(self.tr(
            "登录、查询、查看完整信息、导入导出、修改与删除都记录在此，只能追加，不能修改。"
            "“内部编号”是客户在本库中的编号，不含证件号、手机号等信息。")))
        layout.addWidget(self.banner)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.date_check.toggled.connect(self._dates_toggled)
        self._dates_toggled(False)
        for signal in (self.from_edit.dateChanged, self.to_edit.dateChanged, self.user_edit.textChanged):
            signal.connect(self._apply_timer.start)
        for combo in (self.action_combo, self.outcome_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.date_check.toggled.connect(self.refresh)
        self._allowed = can(actor, "audit.view")
        if not self._allowed:
            self.banner.show_message("error", error_text(PermissionDenied(actor, "audit.view")))
        self._show_busy(False)

    @Slot(int, Qt.SortOrder)
    def _keep_time_order(self, column: int, _order: Qt.SortOrder) -> None:
        if column != 0:  # only 时间 sorts: put the arrow back where the order really is
            order = Qt.SortOrder.DescendingOrder if self.model.newest_first else Qt.SortOrder.AscendingOrder
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(0, order)
            header.blockSignals(False)

    def _date_edit(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setCalendarPopup(True)
        return edit

    @Slot(bool)
    def _dates_toggled(self, on: bool) -> None:
        self.from_edit.setEnabled(on)
        self.to_edit.setEnabled(on)

    # --- filter and reading ----------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        """The filter the widgets describe (the end date is inclusive on screen, exclusive in SQL)."""
        since = until = None
        if self.date_check.isChecked():
            first, last = self.from_edit.date().toPython(), self.to_edit.date().toPython()
            first, last = min(first, last), max(first, last)
            since, until = first.isoformat(), (last + timedelta(days=1)).isoformat()
        return AuditFilter(since=since, until=until, username=self.user_edit.text().strip() or None,
                           action=self.action_combo.currentData(), outcome=self.outcome_combo.currentData())

    @Slot()
    def clear_filters(self) -> None:
        """Show every row again."""
        for widget in (self.date_check, self.user_edit, self.action_combo, self.outcome_combo):
            widget.blockSignals(True)
        self.date_check.setChecked(False)
        self._dates_toggled(False)
        self.user_edit.clear()
        self.action_combo.setCurrentIndex(0)
        self.outcome_combo.setCurrentIndex(0)
        for widget in (self.date_check, self.user_edit, self.action_combo, self.outcome_combo):
            widget.blockSignals(False)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Count the rows matching the filter and read the first page (on the task runner)."""
        self._apply_timer.stop()
        if not self._allowed:
            self.loaded.emit()
            return
        self.count_label.setText(loading_text())
        f, model = self.current_filter(), self.model

        def read(db: Database) -> tuple:  # worker thread: no widgets
            return model.read_first_page(db, f)

        self.read_in_background(read, self._show)

    def _show(self, result: tuple) -> None:
        self.model.set_result(result)
        total = self.model.total
        filtered = self.model.filter != AuditFilter()
        if filtered:
            self.count_label.setText(self.tr("符合筛选的记录 {n} 条").format(n=f"{total:,}"))
        else:
            self.count_label.setText(self.tr("共 {n} 条记录").format(n=f"{total:,}"))
        self.table.scrollToTop()

    def show_read_error(self, error: Exception) -> None:
        """A failed read shows in the banner."""
        self.count_label.setText("")
        self.banner.show_message("error", error_text(error))

    # --- verify and export -----------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a verify or an export is running."""
        return self.task is not None

    def _show_busy(self, busy: bool) -> None:
        self.verify_button.setEnabled(self._allowed and not busy)
        self.export_button.setEnabled(can(self._actor, "audit.export") and not busy)

    def _start(self, task: Task, on_done: Callable[[Any], None]) -> None:
        self.task = task
        task.succeeded.connect(on_done)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self._show_busy(True)
        self._runner.start(task)

    @Slot()
    def verify(self) -> bool:
        """Recompute the hash chain on the task runner; ``verified`` follows with the ChainCheck."""
        if self.busy or not self._allowed:
            return False
        actor = self._actor
        self.banner.show_message("info", self.tr("正在校验审计日志…"))
        self._start(db_task(self._db_path, lambda db: verify_chain(db, actor)), self._on_verified)
        return True

    @Slot(object)
    def _on_verified(self, check: ChainCheck) -> None:
        self.banner.show_message("success" if check.ok else "error", check.message(QCoreApplication.translate))
        self.verified.emit(check)

    @Slot()
    def export(self) -> bool:
        """Ask where to save, then export the rows matching the filter on the task runner."""
        if self.busy or not can(self._actor, "audit.export"):
            return False
        suggested = str(Path(last_folder(self._settings)) / self.tr("审计日志-{day}.xlsx").format(
            day=self._today().strftime("%Y%m%d")))
        target = self._choose(self, suggested, self.tr("Excel 工作簿 (*.xlsx)"))
        if target is None:
            return False
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        set_last_folder(self._settings, target)
        actor, f, export = self._actor, self.current_filter(), self._export
        self.banner.show_message("info", self.tr("正在导出…"))
        self._target = target
        self._start(db_task(self._db_path, lambda db: export(db, actor, target, f)), self._on_exported)
        return True

    @Slot(object)
    def _on_exported(self, rows: Any) -> None:
        text = self.tr("已导出：{path}").format(path=self._target)
        if isinstance(rows, int):
            text += self.tr("（{n} 条）").format(n=f"{rows:,}")
        self.banner.show_message("success", text)
        self.exported.emit(rows)
        self.refresh()  # the export itself is a new row

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        text = error_text(error)
        self.banner.show_message("error", text)
        self.refused.emit(text)

    @Slot()
    def _on_finished(self) -> None:
        self.task = None
        self._show_busy(False)
