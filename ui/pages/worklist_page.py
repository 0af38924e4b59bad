"""流失预警: the month's high-value work list, filters, 分派 to a manager, and the warning status flow."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.customer_query import committed_periods
from core.db import open_db
from core.followup.assignment import assign_customer
from core.followup.codes import FollowupRefused
from core.progress import CancelToken, Progress, ProgressFn
from core.risk import ensure_computed, list_risk, run_recompute, set_warning_status
from core.risk.codes import LEVEL_LABELS, RULE_NAMES
from core.risk.warnings import STATUS_LABELS, WarningRefused, status_code
from core.security.permissions import can
from ui.dialogs.warning_actions import ChooseStaff, ChooseStatus, choose_staff, choose_status
from ui.errors import show_task_error
from ui.formatting import count, month_text, wan
from ui.icons import icon
from ui.models.worklist_model import NO_WARNING, WIDTHS, WorklistFilter, WorklistModel
from ui.pages.lazy import LazyPage
from ui.pages.page_parts import page_layout
from ui.settings import restore_header, save_header
from ui.tasks import Task, TaskRunner
from ui.widgets.headers import fit_headers
from ui.widgets.tables import make_table

SETTINGS_KEY = "worklist_page"
OpenCustomer = Callable[[QWidget, int], None]


@dataclass(frozen=True)
class AssignResult:
    """What a 分派 did."""

    assigned: int
    refused: tuple[str, ...]  # Chinese messages


def assign_job(db_path: Path, actor: Actor, customer_nos: list[str], staff: str) -> Callable[[ProgressFn, CancelToken], AssignResult]:
    """A job that makes ``staff`` the manager of each customer and moves 新预警 to 已分派 (own connection)."""

    def job(progress: ProgressFn, cancel: CancelToken) -> AssignResult:
        db = open_db(db_path)
        refused: list[str] = []
        done = 0
        try:
            for n, no in enumerate(customer_nos):
                cancel.raise_if_cancelled()
                try:
                    assign_customer(db, actor, no, staff)
                    row = db.execute(
                        """select w.status from warnings w join customers c on c.id = w.customer_id
                           where c.customer_no = ? and w.status = 'new'""", [no]).fetchone()
                    if row is not None:
                        set_warning_status(db, actor, no, "assigned")
                    done += 1
                except (FollowupRefused, WarningRefused) as exc:
                    refused.append(exc.message())
                progress(Progress(n + 1, len(customer_nos), "assign"))
        finally:
            db.close()
        return AssignResult(done, tuple(refused))

    return job


def load_job(db_path: Path, actor: Actor, period: str) -> Callable[[ProgressFn, CancelToken], list]:
    """A job that reads ``period``'s work list, computing the month first if settings changed (it may write)."""

    def job(_progress: ProgressFn, _cancel: CancelToken) -> list:
        db = open_db(db_path)
        try:
            ensure_computed(db, actor, period)
            return list_risk(db, actor, period)
        finally:
            db.close()

    return job


def status_job(db_path: Path, actor: Actor, customer_no: str, status: str,
               note: str | None) -> Callable[[ProgressFn, CancelToken], None]:
    """A job that moves one customer's warning to ``status`` (own connection)."""

    def job(_progress: ProgressFn, _cancel: CancelToken) -> None:
        db = open_db(db_path)
        try:
            set_warning_status(db, actor, customer_no, status, note)
        finally:
            db.close()

    return job


def recompute_job(db_path: Path, actor: Actor, period: str) -> Callable[[ProgressFn, CancelToken], object]:
    """A job that recomputes ``period``'s tiers, scores and warnings on its own connection."""

    def job(progress: ProgressFn, cancel: CancelToken) -> object:
        db = open_db(db_path)
        try:
            return run_recompute(db, actor, period, progress=progress, cancel=cancel)  # checked and audited
        finally:
            db.close()

    return job


class WorklistPage(LazyPage, QWidget):
    """High-value customers at risk in one month, ordered by AUM at stake."""

    data_changed = Signal()  # a status or a manager changed (other pages may refresh)
    work_finished = Signal()  # a background 分派, status change or recompute ended (tests wait on it)
    loaded = Signal()  # the rows of the month were read (in the background) and are shown

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings,
                 parent: QWidget | None = None, *, open_customer: OpenCustomer | None = None,
                 ask_staff: ChooseStaff = choose_staff, ask_status: ChooseStatus = choose_status,
                 actor: Actor = LOCAL_USER) -> None:
        super().__init__(parent)
        self._db, self._db_path, self._runner, self._settings = db, db_path, runner, settings
        self._actor = actor
        self._open_customer = open_customer
        self._ask_staff, self._ask_status = ask_staff, ask_status
        self.busy = False
        self.loading = False  # a read of the month is running on the task runner
        self._load_again = False
        self.model = WorklistModel(self)

        title = QLabel(self.tr("流失预警"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(self.tr("高价值客户工作清单，按涉险资产从高到低排列；选中多行可一次分派。"))
        subtitle.setObjectName("muted")
        self.period_combo = self._combo(10)
        self.level_combo = self._combo(4)
        self.status_combo = self._combo(6)
        self.manager_combo = self._combo(6)
        self.reason_combo = self._combo(12)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for label, combo in ((self.tr("月份(&P)"), self.period_combo), (self.tr("风险(&L)"), self.level_combo),
                             (self.tr("状态(&T)"), self.status_combo), (self.tr("管户经理(&G)"), self.manager_combo),
                             (self.tr("原因(&R)"), self.reason_combo)):
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)

        self.assign_button = QPushButton(icon("user"), self.tr("分派给…"))
        self.assign_button.setObjectName("primary")
        self.assign_button.setToolTip(self.tr("把选中的客户分派给一位管户经理（Ctrl+D）"))
        self.status_button = QPushButton(icon("history"), self.tr("更改状态…"))
        self.status_button.setToolTip(self.tr("推进或关闭选中客户的预警（Ctrl+E）"))
        self.open_button = QPushButton(icon("customers"), self.tr("客户详情"))
        self.open_button.setToolTip(self.tr("打开客户详情（Enter 或双击）"))
        self.recompute_button = QPushButton(icon("refresh"), self.tr("重新计算"))
        self.recompute_button.setToolTip(self.tr("按当前设置重新计算本月的等级、评分和预警"))
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.assign_button, self.status_button, self.open_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        actions.addSpacing(8)
        actions.addWidget(self.recompute_button)

        self.table = self._make_table()
        layout = page_layout(self)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

        self.assign_button.clicked.connect(self.assign_selected)
        self.status_button.clicked.connect(self.change_status)
        self.open_button.clicked.connect(self.open_current)
        self.recompute_button.clicked.connect(self.start_recompute)
        QShortcut(QKeySequence("Ctrl+D"), self, self.assign_selected)
        QShortcut(QKeySequence("Ctrl+E"), self, self.change_status)
        self.period_combo.currentIndexChanged.connect(self._load)
        for combo in (self.level_combo, self.status_combo, self.manager_combo, self.reason_combo):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # a 客户经理 works their own warnings: 分派 and 重新计算 are the 主管's
        self.assign_button.setVisible(can(actor, "customer.assign"))
        self.recompute_button.setVisible(can(actor, "risk.recompute"))
        self.status_button.setVisible(can(actor, "warning.update"))
        self._update_buttons()  # the month is read the first time the page is shown

    @staticmethod
    def _combo(chars: int) -> QComboBox:
        combo = QComboBox()
        combo.setMinimumContentsLength(chars)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _make_table(self) -> QTableView:
        table = make_table(self.model, row_height=28, multi_select=True)
        header = table.horizontalHeader()
        for n, width in enumerate(WIDTHS):
            header.resizeSection(n, width)
        fit_headers(table)  # translated headers are wider
        restore_header(self._settings, SETTINGS_KEY, header)
        header.sectionResized.connect(lambda *_: save_header(self._settings, SETTINGS_KEY, header))
        table.activated.connect(self._on_activated)
        return table

    # --- loading ----------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the month list, the filters and the rows (after an import, a recompute, F5)."""
        self._stale = False
        period = self.period_combo.currentData()
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        periods = committed_periods(self._db)
        for n, p in enumerate(periods):
            self.period_combo.addItem(month_text(p) + (self.tr("（最新）") if n == 0 else ""), p)
        if not periods:
            self.period_combo.addItem(self.tr("（无数据）"), None)
        found = self.period_combo.findData(period)
        self.period_combo.setCurrentIndex(found if found >= 0 else 0)
        self.period_combo.blockSignals(False)
        self._load()

    @property
    def period(self) -> str | None:
        """The month shown."""
        return self.period_combo.currentData()

    @Slot()
    def _load(self) -> None:
        """Read the month on the task runner (it may recompute and write); the rows follow in ``_show``."""
        if self.loading:
            self._load_again = True  # the month or the data changed meanwhile: read once more
            return
        if not self.period:
            self._show([])
            return
        self.loading = True
        self.count_label.setText(self.tr("正在读取…"))
        self._update_buttons()
        task = Task(load_job(self._db_path, self._actor, self.period))
        task.succeeded.connect(self._show)
        task.failed.connect(lambda exc: show_task_error(self, self.tr("未能读取预警清单"), exc))
        task.finished.connect(self._load_finished)
        self._runner.start(task)

    @Slot()
    def _load_finished(self) -> None:
        self.loading = False
        if self._load_again:
            self._load_again = False
            self._load()
            return
        self._update_buttons()
        self.loaded.emit()

    @Slot(object)
    def _show(self, rows: list) -> None:  # noqa: ANN001 - list[RiskRow]
        if self._load_again:
            return  # stale: another read follows
        selected = self.selected_rows()
        self._fill_filters(rows)
        self.model.set_rows(rows)
        self.model.set_filter(self._current_filter())
        for r in selected:
            row = self.model.row_of(r.customer_id)
            if row is not None:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    self.table.selectionModel().SelectionFlag.Select | self.table.selectionModel().SelectionFlag.Rows)
        self._update_count()
        self._update_buttons()

    def _fill_filters(self, rows: list) -> None:  # noqa: ANN001 - list[RiskRow]
        keep = {c: c.currentData() for c in (self.level_combo, self.status_combo, self.manager_combo, self.reason_combo)}
        for combo in keep:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("全部"), None)
        for label in LEVEL_LABELS.values():
            self.level_combo.addItem(self.tr(label), label)
        for code in ("new", "assigned", "contacted", "retained", "lost", "false_alarm"):
            self.status_combo.addItem(self.tr(STATUS_LABELS[code]), STATUS_LABELS[code])
        self.status_combo.addItem(self.tr("无预警"), NO_WARNING)
        for name in sorted({r.manager for r in rows if r.manager}):
            self.manager_combo.addItem(name, name)
        self.manager_combo.addItem(self.tr("（未分配）"), "")
        for code, name in RULE_NAMES.items():
            self.reason_combo.addItem(self.tr(name), code)
        for combo, value in keep.items():
            found = combo.findData(value)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

    def _current_filter(self) -> WorklistFilter:
        return WorklistFilter(self.level_combo.currentData(), self.status_combo.currentData(),
                              self.manager_combo.currentData(), self.reason_combo.currentData())

    @Slot()
    def _apply_filter(self) -> None:
        self.model.set_filter(self._current_filter())
        self._update_count()
        self._update_buttons()

    def set_filter(self, flt: WorklistFilter) -> None:
        """Set the filter combos (for the dashboard's links and tests)."""
        for combo, value in ((self.level_combo, flt.level), (self.status_combo, flt.status),
                             (self.manager_combo, flt.manager), (self.reason_combo, flt.reason)):
            found = combo.findData(value)
            combo.setCurrentIndex(found if found >= 0 else 0)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.all_rows)
        self.count_label.setText(self.tr("显示 {shown} / {total} 户，涉险资产 {stake} 万元").format(
            shown=count(shown), total=count(total), stake=wan(self.model.stake_total(), 1)))

    # --- selection and actions ------------------------------------------------------------

    def selected_rows(self) -> list:  # noqa: ANN201 - list[RiskRow]
        """The selected work-list entries, top to bottom."""
        model = self.table.selectionModel()
        if model is None:
            return []
        return [self.model.row_at(i.row()) for i in sorted(model.selectedRows(), key=lambda i: i.row())]

    @Slot()
    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        idle = not self.busy and not self.loading
        self.assign_button.setEnabled(bool(rows) and idle)
        self.status_button.setEnabled(len(rows) == 1 and rows[0].status in
                                      (STATUS_LABELS["new"], STATUS_LABELS["assigned"], STATUS_LABELS["contacted"]))
        self.open_button.setEnabled(len(rows) == 1)
        self.recompute_button.setEnabled(bool(self.period) and idle)

    @Slot()
    def assign_selected(self) -> None:
        """分派: give the selected customers a manager (in the background)."""
        rows = self.selected_rows()
        if not rows or self.busy or not self.assign_button.isVisibleTo(self):
            return
        staff = self._ask_staff(self, self._db, self.tr("把选中的 {n} 位客户分派给：").format(n=len(rows)))
        if not staff:
            return
        task = Task(assign_job(self._db_path, self._actor, [r.customer_no for r in rows], staff))
        task.succeeded.connect(self._assigned)
        self._start(task)

    def _assigned(self, result: AssignResult) -> None:
        if result.refused:
            QMessageBox.warning(self, self.tr("分派"), self.tr("已分派 {n} 户；以下未能分派：\n{why}").format(
                n=result.assigned, why="\n".join(result.refused[:10])))
        self.data_changed.emit()

    @Slot()
    def change_status(self) -> None:
        """Move the selected customer's warning along (closing asks for a reason)."""
        rows = self.selected_rows()
        if len(rows) != 1 or rows[0].status is None or self.busy or not self.status_button.isVisibleTo(self):
            return
        row = rows[0]
        choice = self._ask_status(self, status_code(row.status), f"{row.name}（{row.customer_no}）")
        if choice is None:
            return
        task = Task(status_job(self._db_path, self._actor, row.customer_no, choice.status, choice.note or None))
        task.succeeded.connect(lambda _r: self.data_changed.emit())
        self._start(task, self.tr("更改预警状态"))

    @Slot()
    def open_current(self) -> None:
        """Open the selected customer's 360 view."""
        rows = self.selected_rows()
        if len(rows) == 1 and self._open_customer is not None:
            self._open_customer(self, rows[0].customer_id)
            self._load()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self._open_customer is not None:
            self._open_customer(self, index.data(WorklistModel.IdRole))
            self._load()

    @Slot()
    def start_recompute(self) -> None:
        """Recompute the month in the background, then reload."""
        if self.period and not self.busy and self.recompute_button.isVisibleTo(self):
            self._start(Task(recompute_job(self._db_path, self._actor, self.period)))

    def _start(self, task: Task, title: str | None = None) -> None:
        self.busy = True
        self._update_buttons()
        self.count_label.setText(self.tr("正在处理…"))
        task.failed.connect(lambda exc: show_task_error(self, title or self.tr("未能完成"), exc))
        task.finished.connect(self._work_done)
        self._runner.start(task)

    def _work_done(self) -> None:
        self.busy = False
        self._load()
        self.work_finished.emit()
