"""The import page: choose or drop a file, check it (dry run), confirm, watch it write; and the history.

Every database step runs as a Task on the shared one-thread runner, with its own connection.
Refusals are the core's coded messages shown in the page, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER
from core.db import open_db
from core.importing.codes import ImportRefused
from core.importing.planner import ImportOptions, NoValidRows
from core.importing.service import ImportOutcome, import_file
from core.progress import CancelToken, Progress, ProgressFn
from ui.formatting import count, month_text
from ui.icons import icon
from ui.import_messages import PERIOD_CODES, REPLACE_CODES, STAGE_TEXT, page_text, refusal_text
from ui.pages.import_history import Confirm, ImportHistory, confirm_undo
from ui.pages.import_preview import PlanPreview
from ui.settings import last_folder, set_last_folder
from ui.tasks import Task, TaskRunner
from ui.widgets.banner import Banner

ChooseFile = Callable[[QWidget], Path | None]
FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)"
IDLE, CHECKING, PREVIEW, REFUSED, IMPORTING, DONE = "idle", "checking", "preview", "refused", "importing", "done"


class ImportPage(QWidget):
    """Import a monthly customer list in two steps, check then write; undo from the history below."""

    checked = Signal(object)  # ImportOutcome of the dry run
    refused = Signal(object)  # ImportRefused
    import_finished = Signal(object)  # ImportOutcome with its commit
    data_changed = Signal()  # an import or an undo changed the data
    state_changed = Signal(str)

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings,
                 choose_file: ChooseFile | None = None, confirm: Confirm = confirm_undo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._runner = runner
        self._settings = settings
        self._choose_file = choose_file or self._ask_for_file
        self._path: Path | None = None
        self._options = ImportOptions()
        self._task: Task | None = None
        self._refused_rows = False  # the refusal came with row issues worth showing
        self.state = IDLE
        self._build(db, confirm)
        self._set_state(IDLE)

    # --- layout ---------------------------------------------------------------------------

    def _build(self, db: Database, confirm: Confirm) -> None:
        title = QLabel(self.tr("导入"))
        title.setObjectName("pageTitle")
        subtitle = QLabel(self.tr("导入核心系统导出的月度客户清单。先完整检查文件，确认无误后才写入数据库。"))
        subtitle.setObjectName("pageSubtitle")
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.choose_button.setObjectName("primary")
        self.choose_button.clicked.connect(self.choose_and_check)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(title)
        heading.addWidget(subtitle)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignBottom)

        self.idle_card = self._idle_card()
        self.banner = Banner()
        self.replace_button = QPushButton(self.tr("替换该月数据"))
        self.replace_button.clicked.connect(self.check_with_replace)
        self.period_edit = QDateEdit()
        self.period_edit.setDisplayFormat("yyyy-MM")
        today = date.today()
        self.period_edit.setDate(QDate(today.year, today.month, 1).addMonths(-1))
        self.recheck_button = QPushButton(self.tr("重新检查"))
        self.recheck_button.clicked.connect(self.check_with_period)
        for widget in (self.replace_button, self.period_edit, self.recheck_button):
            self.banner.add_action(widget)
        self.banner.finish_actions()

        self.stage_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.clicked.connect(self.cancel)
        self.progress_row = QWidget()
        row = QHBoxLayout(self.progress_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.stage_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)

        self.preview = PlanPreview()
        self.confirm_button = QPushButton(self.tr("确认导入"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self.confirm_import)
        self.discard_button = QPushButton(self.tr("放弃"))
        self.discard_button.clicked.connect(self.discard)
        self.actions_row = QWidget()
        actions = QHBoxLayout(self.actions_row)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.confirm_button)

        current = QWidget()
        current_layout = QVBoxLayout(current)
        current_layout.setContentsMargins(0, 0, 0, 6)
        current_layout.setSpacing(8)
        for widget in (self.idle_card, self.banner, self.progress_row):
            current_layout.addWidget(widget)
        current_layout.addWidget(self.preview, 1)
        current_layout.addWidget(self.actions_row)
        current_layout.addStretch(0)

        self.history = ImportHistory(db, self._db_path, self._runner, confirm)
        self.history.undo_finished.connect(self._on_undone)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(current)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)

    def _idle_card(self) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        picture = QLabel()
        picture.setPixmap(icon("file").pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(self.tr("点击「选择文件…」，或把月度客户清单拖到这个窗口中"))
        text.setObjectName("sectionTitle")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(self.tr("支持 Excel（.xlsx、.xls）和 CSV 文件。每个月份导入一次；导入前会自动备份数据库，导入后可以撤销。"))
        hint.setObjectName("muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(24, 28, 24, 28)
        layout.setSpacing(8)
        layout.addWidget(picture)
        layout.addWidget(text)
        layout.addWidget(hint)
        return card

    def _set_state(self, state: str) -> None:
        self.state = state
        busy = state in (CHECKING, IMPORTING)
        self.idle_card.setVisible(state == IDLE)
        self.progress_row.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self.preview.setVisible(state in (PREVIEW, IMPORTING, DONE) or (state == REFUSED and self._refused_rows))
        self.preview.setEnabled(state != IMPORTING)
        self.actions_row.setVisible(state == PREVIEW)
        self.confirm_button.setEnabled(state == PREVIEW)
        self.choose_button.setEnabled(not busy)
        if state in (IDLE, CHECKING, IMPORTING):
            self.banner.hide()
        self._share_space(0.74 if self.preview.isVisibleTo(self) else 0.42)
        self.state_changed.emit(state)

    def _share_space(self, top_share: float) -> None:
        # The preview needs room for its tables; the history gets the rest.
        total = sum(self.splitter.sizes()) or 600
        top = int(total * top_share)
        self.splitter.setSizes([top, total - top])

    # --- choosing and checking -------------------------------------------------------------

    def _ask_for_file(self, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, self.tr("选择月度客户清单"), last_folder(self._settings), FILE_FILTER)
        return Path(name) if name else None

    @Slot()
    def choose_and_check(self) -> None:
        """Ask for a file (Ctrl+I) and check it."""
        if self.busy:
            return
        path = self._choose_file(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Check ``path`` (chosen, or dropped on the window); False if a task is still running."""
        if self.busy:
            return False
        self._path = Path(path)
        set_last_folder(self._settings, self._path)
        self._options = ImportOptions(dry_run=True)
        self._check()
        return True

    @property
    def busy(self) -> bool:
        """Whether a check or an import is running."""
        return self._task is not None

    @property
    def writing(self) -> bool:
        """Whether an import or an undo is writing to the database right now."""
        return self.state == IMPORTING or self.history.busy

    @Slot()
    def check_with_replace(self) -> None:
        """Check again, this time replacing the month's (or file's) earlier import."""
        self._options = replace(self._options, replace=True)
        self._check()

    @Slot()
    def check_with_period(self) -> None:
        """Check again with the month chosen in the banner."""
        self._options = replace(self._options, period=self.period_edit.date().toString("yyyy-MM"))
        self._check()

    def _check(self) -> None:
        assert self._path is not None
        self._start(self._path, replace(self._options, dry_run=True), CHECKING)
        self.stage_label.setText(self.tr("正在检查「{file}」…").format(file=self._path.name))

    @Slot()
    def confirm_import(self) -> None:
        """Write the checked file (all or nothing)."""
        if self.state != PREVIEW or self._path is None:
            return
        self._start(self._path, replace(self._options, dry_run=False), IMPORTING)

    @Slot()
    def cancel(self) -> None:
        """Stop the running check or import; nothing is written."""
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.stage_label.setText(self.tr("正在取消…"))

    @Slot()
    def discard(self) -> None:
        """Forget the checked file."""
        if not self.busy:
            self._path = None
            self._set_state(IDLE)

    # --- the task ----------------------------------------------------------------------------

    def _start(self, path: Path, options: ImportOptions, state: str) -> None:
        db_path = self._db_path

        def job(progress: ProgressFn, cancel: CancelToken) -> ImportOutcome:  # worker thread: no widgets
            db = open_db(db_path)
            try:
                return import_file(db, path, LOCAL_USER, options, progress=progress, cancel=cancel)
            finally:
                db.close()

        self._task = task = Task(job, self)
        task.progress.connect(self._on_progress)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        task.finished.connect(self._on_finished)
        self.progress_bar.setRange(0, 0)
        self._refused_rows = False
        self._set_state(state)
        self._runner.start(task)

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        if progress.stage in STAGE_TEXT:
            self.stage_label.setText(page_text(STAGE_TEXT[progress.stage]))
        self.progress_bar.setRange(0, max(progress.total, 1))
        self.progress_bar.setValue(progress.done)

    @Slot(object)
    def _on_succeeded(self, outcome: ImportOutcome) -> None:
        self.preview.show_plan(outcome.plan, written=outcome.commit is not None)
        if outcome.commit is None:
            self._show_checked(outcome)
            self._set_state(PREVIEW)
            self.checked.emit(outcome)
            return
        self._set_state(DONE)
        plan, commit = outcome.plan, outcome.commit
        text = self.tr("已导入 {month} 的数据：{n} 行，其中新客户 {new} 户（批次 {batch}）。").format(
            month=month_text(plan.period), n=count(len(plan.records)), new=count(commit.customers_created),
            batch=commit.batch_id)
        if commit.replaced_batches:
            text += self.tr("原批次 {ids} 已被替换。").format(ids="、".join(map(str, commit.replaced_batches)))
        self._show_banner("success", text)
        self.history.refresh()
        self.history.select_batch(commit.batch_id)
        self.import_finished.emit(outcome)
        self.data_changed.emit()

    def _show_checked(self, outcome: ImportOutcome) -> None:
        plan = outcome.plan
        text = self.tr("检查完成：{month} 的数据共 {n} 行可以导入。").format(
            month=month_text(plan.period), n=count(len(plan.records)))
        kind = "info"
        if plan.rejected:
            kind = "warning"
            text += self.tr("有 {n} 行未通过校验，不会导入，详见问题清单。").format(n=count(plan.rejected))
        if self._options.replace:
            kind = "warning"
            text += self.tr("确认后，{month} 原有的数据将被本文件替换（替换前自动备份）。").format(month=month_text(plan.period))
        self._show_banner(kind, text + self.tr("请核对列对应关系后点击「确认导入」。"))

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ImportRefused):
            self._show_banner("error", self.tr("导入未完成：发生了意外错误，数据库未作任何修改。"))
            self._set_state(REFUSED)
            raise exc  # the crash handler writes the log and says where it is
        self._refused_rows = isinstance(exc, NoValidRows)
        if isinstance(exc, NoValidRows):
            self.preview.show_issues(exc.issues, exc.rows_read, exc.rejected, exc.skipped, self._path.name if self._path else "")
        self._set_state(REFUSED)
        name = self._path.name if self._path else ""
        self._show_banner("error", self.tr("未导入「{file}」：").format(file=name) + refusal_text(exc), code=exc.code)
        self.refused.emit(exc)

    @Slot()
    def _on_cancelled(self) -> None:
        if self.state == IMPORTING:
            self._set_state(PREVIEW)
            self._show_banner("info", self.tr("已取消导入，数据库未作任何修改。可以重新点击「确认导入」。"))
        else:
            self._set_state(IDLE)
            self._show_banner("info", self.tr("已取消检查。"))

    @Slot()
    def _on_finished(self) -> None:
        self._task = None
        self.choose_button.setEnabled(True)

    @Slot(object)
    def _on_undone(self, _result: object) -> None:
        self.data_changed.emit()

    def _show_banner(self, kind: str, text: str, code: str | None = None) -> None:
        self.replace_button.setVisible(code in REPLACE_CODES)
        self.period_edit.setVisible(code in PERIOD_CODES)
        self.recheck_button.setVisible(code in PERIOD_CODES)
        self.banner.show_message(kind, text)

    def refresh(self) -> None:
        """Reload the history (F5)."""
        self.history.refresh()
