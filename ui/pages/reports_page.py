"""The 报表 page: pick a month, see its headline figures, export the monthly report or a list.

Every export runs as a Task with progress and cancel; the file is chosen in a save dialog (injected
in tests). A refusal (a target open in Excel, an unwritable folder …) is shown as core's Chinese
sentence in the page's banner; nothing is written then.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP  # noqa: N811 - Qt's name, for lupdate
from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.progress import Progress
from core.reports.exports import ExportRequest, export_list
from core.reports.monthly import write_monthly_report
from core.reports.refused import ReportRefused
from core.reports.summary import Figure
from core.security.permissions import PermissionDenied, can
from ui.formatting import DASH, month_text
from ui.models.record_table_model import RIGHT, Column, RecordTableModel
from ui.pages.lazy import LazyPage
from ui.pages.page_parts import month_combo, muted, page_layout, page_title, record_table
from ui.pages.report_preview import preview_figures
from ui.settings import last_folder, set_last_folder
from ui.tasks import Task, TaskRunner
from ui.widgets.banner import Banner

ChooseTarget = Callable[[QWidget, str, str], Path | None]  # parent, suggested file name, filter -> path
EXPORTS = (  # (kind, button text, file name stem); "report" is the monthly workbook
    ("report", NOOP("ReportsPage", "导出月度报表…"), NOOP("ReportsPage", "客户维护月报")),
    ("customers", NOOP("ReportsPage", "客户清单…"), NOOP("ReportsPage", "客户清单")),
    ("worklist", NOOP("ReportsPage", "流失预警工作清单…"), NOOP("ReportsPage", "流失预警工作清单")),
    ("visits", NOOP("ReportsPage", "走访记录…"), NOOP("ReportsPage", "走访记录")),
    ("feedback", NOOP("ReportsPage", "意见反馈…"), NOOP("ReportsPage", "意见反馈")),
)
NEEDS: dict[str, tuple[str, ...]] = {  # the permissions an export needs (core checks them again)
    "report": ("report.generate",),
    "customers": ("export.masked",),
    "worklist": ("export.masked", "risk.view"),
    "visits": ("export.masked",),
    "feedback": ("export.masked",),
}
STAGES = {
    "report_compute": NOOP("ReportsPage", "正在计算客户等级与预警…"),
    "report_read": NOOP("ReportsPage", "正在汇总数据…"),
    "report_sheets": NOOP("ReportsPage", "正在生成工作表…"),
    "report_save": NOOP("ReportsPage", "正在保存文件…"),
    "export": NOOP("ReportsPage", "正在导出…"),
}


def translate(context: str, text: str) -> str:
    """What core's report code calls for its labels (thread-safe: translators are read-only here)."""
    return QCoreApplication.translate(context, text)


def choose_target(parent: QWidget, name: str, filters: str) -> Path | None:
    """The save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ReportsPage", "保存为"), name, filters)
    return Path(path) if path else None


def _figure(value: int | float | None, kind: str) -> str:
    if value is None:
        return DASH
    if kind == "money":
        return f"{value / 1_000_000:,.2f}"
    if kind == "percent":
        return f"{100 * value:.1f}%"
    return f"{int(value):,}"


def _change(f: Figure) -> str:
    if f.this is None or f.last is None:
        return DASH
    delta = f.this - f.last
    if f.kind == "percent":
        return f"{100 * delta:+.1f}%"
    text = _figure(abs(delta), f.kind)
    return ("+" if delta > 0 else "-" if delta < 0 else "") + text


FIGURE_COLUMNS = (
    Column("label", NOOP("ReportsPage", "指标"), lambda f: QCoreApplication.translate("Reports", f.label), lambda f: f.label),
    Column("this", NOOP("ReportsPage", "本月"), lambda f: _figure(f.this, f.kind), lambda f: f.this, RIGHT),
    Column("last", NOOP("ReportsPage", "上月"), lambda f: _figure(f.last, f.kind), lambda f: f.last, RIGHT),
    Column("change", NOOP("ReportsPage", "变化"), _change, align=RIGHT),
    Column("note", NOOP("ReportsPage", "说明"), lambda f: QCoreApplication.translate("Reports", f.note) if f.note else ""),
)


class ReportsPage(LazyPage, QWidget):
    """Month, headline figures, export buttons, progress. Read the first time the page is shown."""

    preview_ready = Signal()
    export_finished = Signal(object)  # ReportResult or ExportResult
    export_refused = Signal(str)

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings,
                 actor: Actor = LOCAL_USER, choose: ChooseTarget = choose_target, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._db_path, self._runner, self._settings = db, db_path, runner, settings
        self._actor, self._choose = actor, choose
        self.may_report = can(actor, "report.generate")  # a 客户经理 exports masked lists only
        self.task: Task | None = None
        self._preview: Task | None = None
        self.model = RecordTableModel(FIGURE_COLUMNS, "ReportsPage", self)
        self.banner = Banner(self)
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(9)
        self.table = record_table(self.model, self, (220, 110, 110, 100))
        self.table.setSortingEnabled(False)
        self.preview_label = muted()
        self.buttons: dict[str, QPushButton] = {}
        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(300)
        grid = QGridLayout(card)
        grid.setContentsMargins(16, 14, 16, 14)
        grid.setVerticalSpacing(8)
        head = QLabel(self.tr("月度报表"))
        head.setObjectName("sectionTitle")
        grid.addWidget(head, 0, 0)
        about = muted(self.tr("一个 Excel 工作簿：摘要、客户分层、预警、挽留、走访、反馈、考核，可直接打印。客户姓名已脱敏。"))
        grid.addWidget(about, 1, 0)
        head.setVisible(self.may_report)
        about.setVisible(self.may_report)
        row, lists_heading = 2, False
        for kind, text, _stem in EXPORTS:
            if not all(can(actor, action) for action in NEEDS[kind]):
                continue  # not this role's: no button at all
            button = QPushButton(QCoreApplication.translate("ReportsPage", text))
            button.clicked.connect(lambda _=False, k=kind: self.export(k))
            self.buttons[kind] = button
            if kind == "report":
                button.setObjectName("primary")
                grid.addWidget(button, row, 0)
                row += 1
                continue
            if not lists_heading:  # the heading above the first list export
                lists_heading = True
                lists = QLabel(self.tr("清单导出"))
                lists.setObjectName("sectionTitle")
                grid.addWidget(lists, row, 0)
                grid.addWidget(muted(self.tr("Excel（.xlsx）或 CSV（.csv），在保存时选择。")), row + 1, 0)
                row += 2
            grid.addWidget(button, row, 0)
            row += 1
        grid.setRowStretch(row, 1)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(8)
        self.stage_label = muted()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        grid.addWidget(self.stage_label, row + 1, 0)
        grid.addWidget(self.progress_bar, row + 2, 0)
        grid.addWidget(self.cancel_button, row + 3, 0, Qt.AlignmentFlag.AlignRight)
        self._show_busy(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("报表月份")))
        top.addWidget(self.period_combo)
        top.addSpacing(12)
        top.addWidget(self.preview_label, 1)
        left = QVBoxLayout()
        title = QLabel(self.tr("主要指标预览"))
        title.setObjectName("sectionTitle")
        left.addWidget(title)
        left.addWidget(self.table, 1)
        if not self.may_report:  # the branch's figures are the 主管's
            title.hide()
            self.table.hide()
            left.addWidget(muted(self.tr("可导出本人管户客户的清单；证件号、手机号等均已脱敏。")))
            left.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(left, 1)
        body.addWidget(card)
        layout = page_layout(self)
        layout.addWidget(page_title(self.tr("报表")))
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self.period_combo.currentIndexChanged.connect(self.refresh_preview)
        for button in self.buttons.values():
            button.setEnabled(False)  # until the months are read

    @property
    def period(self) -> str | None:
        """The month chosen."""
        return self.period_combo.currentData()

    @property
    def busy(self) -> bool:
        """Whether an export is running."""
        return self.task is not None

    @Slot()
    def refresh(self) -> None:
        """Re-read the months (after an import) and the preview."""
        self._stale = False
        month_combo(self._db, self.period_combo)
        for button in self.buttons.values():
            button.setEnabled(self.period is not None and not self.busy)
        self.refresh_preview()

    @Slot()
    def refresh_preview(self) -> None:
        """Compute the headline figures of the chosen month on the worker thread (only for a 主管)."""
        if not self.may_report:
            self.model.set_rows([])
            self.preview_label.setText(month_text(self.period) if self.period else self.tr("还没有导入数据。"))
            self.preview_ready.emit()
            return
        if self.period is None:
            self.model.set_rows([])
            self.preview_label.setText(self.tr("还没有导入数据，导入月度客户清单后即可生成报表。"))
            self.preview_ready.emit()
            return
        if self._preview is not None:
            self._preview.cancel()
        self.preview_label.setText(self.tr("正在计算…"))
        db_path, actor, period = self._db_path, self._actor, self.period
        task = Task(lambda progress, cancel: preview_figures(db_path, actor, period, translate, progress, cancel))
        task.succeeded.connect(self._on_preview)
        task.failed.connect(self._on_preview_failed)
        self._preview = task
        self._runner.start(task)

    @Slot(object)
    def _on_preview(self, result: tuple[str, tuple[Figure, ...]]) -> None:
        period, figures = result
        if period != self.period:
            return  # an older request
        self._preview = None
        self.model.set_rows(figures)
        self.preview_label.setText(self.tr("{month}，与上月对比；金额单位：万元").format(month=month_text(period)))
        self.preview_ready.emit()

    @Slot(object)
    def _on_preview_failed(self, error: Exception) -> None:
        self._preview = None
        self.preview_label.setText(self._message(error))

    def _message(self, error: Exception) -> str:
        if isinstance(error, ReportRefused | PermissionDenied):
            return error.message(translate)
        return self.tr("操作未完成（{kind}），未写入任何文件。").format(kind=type(error).__name__)

    def export(self, kind: str) -> None:
        """Ask where to save, then write the report or list in a Task."""
        if self.busy or self.period is None or kind not in self.buttons:
            return
        stem = QCoreApplication.translate("ReportsPage", dict((k, s) for k, _t, s in EXPORTS)[kind])
        suggested = str(Path(last_folder(self._settings)) / f"{stem}-{self.period}.xlsx")
        filters = self.tr("Excel 工作簿 (*.xlsx)") if kind == "report" else self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)")
        target = self._choose(self, suggested, filters)
        if target is None:
            return
        if target.suffix == "":
            target = target.with_suffix(".xlsx")
        set_last_folder(self._settings, target)
        db_path, actor, period = self._db_path, self._actor, self.period

        def job(progress, cancel):  # noqa: ANN001, ANN202 - worker thread: no widgets here
            from core.db import open_db

            db = open_db(db_path)
            try:
                if kind == "report":
                    return write_monthly_report(db, actor, period, target, translate=translate, progress=progress, cancel=cancel)
                return export_list(db, actor, kind, target, ExportRequest(period=period), translate=translate,
                                   progress=progress, cancel=cancel)
            finally:
                db.close()

        self.banner.hide()
        self.task = task = Task(job)
        task.progress.connect(self._on_progress)
        task.succeeded.connect(self._on_exported)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        task.finished.connect(self._on_finished)
        self._show_busy(True)
        self._runner.start(task)

    @Slot()
    def cancel(self) -> None:
        """Stop the running export; the target stays as it was."""
        if self.task is not None:
            self.task.cancel()
            self.stage_label.setText(self.tr("正在取消…"))

    def _show_busy(self, busy: bool) -> None:
        for widget in (self.progress_bar, self.stage_label, self.cancel_button):
            widget.setVisible(busy)
        for button in self.buttons.values():
            button.setEnabled(not busy and self.period is not None)
        self.progress_bar.setRange(0, 0)

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.done)
        self.stage_label.setText(QCoreApplication.translate("ReportsPage", STAGES.get(progress.stage, STAGES["export"])))

    @Slot(object)
    def _on_exported(self, result: object) -> None:
        path = getattr(result, "path", "")
        rows = getattr(result, "rows", None)
        text = self.tr("已保存：{path}").format(path=path)
        if rows is not None:
            text += self.tr("（{n} 行）").format(n=f"{rows:,}")
        self.banner.show_message("success", text)
        self.export_finished.emit(result)

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        text = self._message(error)
        self.banner.show_message("error", text)
        self.export_refused.emit(text)

    @Slot()
    def _on_cancelled(self) -> None:
        self.banner.show_message("info", self.tr("已取消导出，未写入任何文件。"))

    @Slot()
    def _on_finished(self) -> None:
        self.task = None
        self._show_busy(False)
