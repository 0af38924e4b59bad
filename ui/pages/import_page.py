"""The import page: choose or drop a file, check it (dry run), confirm, watch it write; and the history.

Every database step runs as a Task on the shared one-thread runner, with its own connection.
Refusals are the core's coded messages shown in the page, never a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDropEvent
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

from core.actors import LOCAL_USER, Actor
from core.db import open_db
from core.importing.codes import ImportRefused
from core.importing.diff import MonthDifference, month_difference
from core.importing.layout import Column
from core.importing.normalize import period_from_text
from core.importing.planner import ImportOptions, ImportPlan, NoValidRows
from core.importing.rejects import write_rejected_rows
from core.importing.service import ImportOutcome, import_file
from core.progress import CancelToken, Progress, ProgressFn
from core.reports.refused import ReportRefused
from ui.dialogs.background import db_task
from ui.formatting import count, month_text
from ui.icons import icon
from ui.import_messages import PERIOD_CODES, REPLACE_CODES, STAGE_TEXT, gui_translate, page_text, refusal_text
from ui.pages.import_history import Confirm, ImportHistory, confirm_undo
from ui.pages.import_preview import PlanPreview
from ui.pages.import_summary import ImportSummary
from ui.pages.page_parts import page_layout
from ui.settings import last_folder, set_last_folder
from ui.tasks import Task, TaskRunner
from ui.widgets.banner import Banner

ChooseFile = Callable[[QWidget], "Path | list[Path] | None"]
ChooseTarget = Callable[[QWidget, str], Path | None]
FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.xls *.csv *.txt);;所有文件 (*)"
IMPORTABLE = frozenset({".xlsx", ".xlsm", ".xls", ".csv", ".txt"})


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The importable local files of a drag (several files queue)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile() and Path(u.toLocalFile()).suffix.lower() in IMPORTABLE]


IDLE, CHECKING, PREVIEW, REFUSED, IMPORTING, DONE = "idle", "checking", "preview", "refused", "importing", "done"


class ImportPage(QWidget):
    """Import a monthly customer list in two steps, check then write; undo from the history below."""

    checked = Signal(object)  # ImportOutcome of the dry run
    refused = Signal(object)  # ImportRefused
    import_finished = Signal(object)  # ImportOutcome with its commit
    data_changed = Signal()  # an import or an undo changed the data
    state_changed = Signal(str)
    rejects_saved = Signal(object)  # the xlsx the rejected rows were written to
    show_warnings_requested = Signal()  # 「查看新预警」: the main window shows 流失预警
    show_customers_requested = Signal()  # 「查看客户」: the main window shows 客户

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings,
                 choose_file: ChooseFile | None = None, confirm: Confirm = confirm_undo,
                 choose_target: ChooseTarget | None = None, parent: QWidget | None = None, *,
                 actor: Actor = LOCAL_USER) -> None:
        super().__init__(parent)
        self._actor = actor
        self._choose_target = choose_target or self._ask_for_target
        self._queue: list[Path] = []
        self._user_maps: dict[str, str] = {}  # the user's mapping choices, "表头=field[:unit]" by header key
        self._rejects_source: ImportPlan | NoValidRows | None = None
        self._remap_pending = False
        self.setAcceptDrops(True)
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
        self.preview.sheet_chosen.connect(self.check_sheet)
        self.preview.mapping_edited.connect(self.remap)
        self.preview.mapping_reset.connect(self.reset_mapping)
        self.preview.export_rejected_requested.connect(self.export_rejected)
        self.summary = ImportSummary()
        self.summary.show_warnings_requested.connect(self.show_warnings_requested)
        self.summary.show_customers_requested.connect(self.show_customers_requested)
        self.queue_label = QLabel()
        self.queue_label.setObjectName("muted")
        self.next_button = QPushButton(self.tr("检查下一个文件"))
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.check_next)
        self.confirm_button = QPushButton(self.tr("确认导入"))
        self.confirm_button.setObjectName("primary")
        self.confirm_button.clicked.connect(self.confirm_import)
        self.discard_button = QPushButton(self.tr("放弃"))
        self.discard_button.clicked.connect(self.discard)
        self.actions_row = QWidget()
        actions = QHBoxLayout(self.actions_row)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.queue_label)
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.confirm_button)

        current = QWidget()
        current_layout = QVBoxLayout(current)
        current_layout.setContentsMargins(0, 0, 0, 6)
        current_layout.setSpacing(8)
        self.next_row = QWidget()
        next_row = QHBoxLayout(self.next_row)
        next_row.setContentsMargins(0, 0, 0, 0)
        self.next_label = QLabel()
        next_row.addWidget(self.next_label, 1)
        next_row.addWidget(self.next_button)
        for widget in (self.idle_card, self.banner, self.progress_row, self.summary, self.next_row):
            current_layout.addWidget(widget)
        current_layout.addWidget(self.preview, 1)
        current_layout.addWidget(self.actions_row)
        current_layout.addStretch(0)

        self.history = ImportHistory(db, self._db_path, self._runner, confirm, actor=self._actor)
        self.history.undo_finished.connect(self._on_undone)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(current)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = page_layout(self, spacing=12)
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
        remapping = self._remap_pending and state in (CHECKING, REFUSED)
        self.preview.setVisible(state in (PREVIEW, IMPORTING, DONE) or (state == REFUSED and self._refused_rows)
                                or remapping)
        self.preview.setEnabled(state not in (IMPORTING, CHECKING))
        self.summary.setVisible(state == DONE)
        waiting = bool(self._queue) and state in (DONE, REFUSED, IDLE)
        self.next_row.setVisible(waiting)
        if waiting:
            self.next_label.setText(self.tr("还有 {n} 个文件待导入，下一个：「{file}」").format(
                n=len(self._queue), file=self._queue[0].name))
        self.queue_label.setText(self.tr("之后还有 {n} 个文件").format(n=len(self._queue)) if self._queue else "")
        self.actions_row.setVisible(state == PREVIEW)
        self.confirm_button.setEnabled(state == PREVIEW)
        self.choose_button.setEnabled(not busy)
        if state in (IDLE, CHECKING, IMPORTING):
            self.banner.hide()
        self._share_space(0.56 if state == DONE else 0.74 if self.preview.isVisibleTo(self) else 0.42)
        self.state_changed.emit(state)

    def _share_space(self, top_share: float) -> None:
        # The preview needs room for its tables; the history gets the rest.
        total = sum(self.splitter.sizes()) or 600
        top = int(total * top_share)
        self.splitter.setSizes([top, total - top])

    # --- choosing and checking -------------------------------------------------------------

    def _ask_for_file(self, parent: QWidget) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(parent, self.tr("选择月度客户清单（可多选）"), last_folder(self._settings),
                                                FILE_FILTER)
        return [Path(n) for n in names]

    def _ask_for_target(self, parent: QWidget, suggested: str) -> Path | None:
        folder = last_folder(self._settings)
        name, _ = QFileDialog.getSaveFileName(parent, self.tr("导出未通过的行"), str(Path(folder) / suggested),
                                              "Excel (*.xlsx)")
        return Path(name) if name else None

    @Slot()
    def choose_and_check(self) -> None:
        """Ask for one or several files (Ctrl+I) and check the first; the others wait in the queue."""
        if self.busy:
            return
        chosen = self._choose_file(self)
        paths = [chosen] if isinstance(chosen, Path | str) else list(chosen or [])
        if paths:
            self.open_files(paths)

    def open_file(self, path: Path) -> bool:
        """Check ``path`` (chosen, or dropped on the window); False if a task is still running."""
        return self.open_files([path])

    def open_files(self, paths: list[Path]) -> bool:
        """Queue ``paths``, oldest month first where the file name tells it, and check the first."""
        if self.busy or not paths:
            return False
        ordered = sorted((Path(p) for p in paths), key=lambda p: (period_from_text(p.stem) or "9999-99", p.name))
        self._queue = ordered[1:]
        self._begin(ordered[0])
        return True

    @Slot()
    def check_next(self) -> None:
        """Check the next queued file."""
        if self._queue and not self.busy:
            self._begin(self._queue.pop(0))

    def _begin(self, path: Path) -> None:
        self._path = Path(path)
        set_last_folder(self._settings, self._path)
        self._options = ImportOptions(dry_run=True)
        self._user_maps = {}
        self._remap_pending = False
        self._check()

    # --- sheets and mapping --------------------------------------------------------------------

    @Slot(str)
    def check_sheet(self, sheet: str) -> None:
        """Check the same file again on another sheet (the mapping starts afresh)."""
        if self.busy or self._path is None or sheet == self._options.sheet:
            return
        self._user_maps = {}
        self._options = replace(self._options, sheet=sheet, mappings=())
        self._check()

    def remap(self, column: Column, field: str | None, unit: int | None) -> None:
        """The user chose ``field`` (None: 不导入) and ``unit`` for ``column``: check again with it."""
        if self.busy or self._path is None:
            return
        header = column.header if "=" not in column.header else column.letter
        target = field or "-"
        if field and unit:
            target += ":万元" if unit == 1_000_000 else ":元"
        self._user_maps[header] = f"{header}={target}"
        self._recheck_mapping()

    @Slot()
    def reset_mapping(self) -> None:
        """Forget the user's choices in this check and go back to the automatic (or saved) mapping."""
        if self.busy or self._path is None:
            return
        self._user_maps = {}
        self._recheck_mapping()

    def _recheck_mapping(self) -> None:
        self._options = replace(self._options, mappings=tuple(self._user_maps.values()))
        self._remap_pending = True
        self.preview.tabs.setCurrentIndex(1)  # the result of a mapping change is seen on the mapping tab
        self._check()

    # --- the rejected rows --------------------------------------------------------------------

    @Slot()
    def export_rejected(self) -> None:
        """Ask where, then write the rejected rows (masked, with row number and reason) in a Task."""
        source = self._rejects_source
        if source is None or not source.rejected_rows or self.busy:
            return
        stem = self._path.stem if self._path else "import"
        target = self._choose_target(self, self.tr("{file}_未通过的行.xlsx").format(file=stem))
        if target is None:
            return
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")

        db_path, actor = self._db_path, self._actor

        def write(db: Database) -> Path:  # worker thread: no widgets
            # checked and audited as an export, like every file that leaves the program
            write_rejected_rows(source, target, translate=gui_translate, db=db, actor=actor)
            return target

        task = db_task(db_path, write)
        task.succeeded.connect(self._on_rejects_saved)
        task.failed.connect(self._on_rejects_failed)
        self.preview.export_button.setEnabled(False)
        task.finished.connect(lambda: self.preview.export_button.setEnabled(True))
        self._runner.start(task)

    @Slot(object)
    def _on_rejects_saved(self, target: Path) -> None:
        source = self._rejects_source
        n = len(source.rejected_rows) if source else 0
        self._show_banner("success", self.tr("已把 {n} 行未通过的数据（含行号和原因）保存到「{file}」。").format(
            n=count(n), file=str(target)))
        self.rejects_saved.emit(target)

    @Slot(object)
    def _on_rejects_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ReportRefused):
            self._show_banner("error", exc.message(QCoreApplication.translate))
            return
        self._show_banner("error", self.tr("未能保存未通过的行：{error}").format(error=type(exc).__name__))

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
        """Forget the checked file (the next queued file, if any, waits for 「检查下一个文件」)."""
        if not self.busy:
            self._path = None
            self._remap_pending = False
            self._set_state(IDLE)

    # --- the task ----------------------------------------------------------------------------

    def _start(self, path: Path, options: ImportOptions, state: str) -> None:
        db_path, actor = self._db_path, self._actor

        def job(progress: ProgressFn, cancel: CancelToken) -> tuple[ImportOutcome, MonthDifference | None]:
            db = open_db(db_path)  # worker thread: no widgets
            try:
                outcome = import_file(db, path, actor, options, progress=progress, cancel=cancel)
                if outcome.commit is None:
                    return outcome, None
                return outcome, month_difference(db, actor, outcome.plan.period)
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
    def _on_succeeded(self, result: tuple[ImportOutcome, MonthDifference | None]) -> None:
        outcome, difference = result
        remapped, self._remap_pending = self._remap_pending, False
        self._rejects_source = outcome.plan
        self._options = replace(self._options, sheet=outcome.plan.sheet)
        self.preview.show_plan(outcome.plan, written=outcome.commit is not None, keep_tab=remapped)
        if outcome.commit is None:
            self._show_checked(outcome)
            self._set_state(PREVIEW)
            self.checked.emit(outcome)
            return
        self.summary.show_outcome(outcome, difference)
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
        self._rejects_source = exc if isinstance(exc, NoValidRows) else None
        if self._remap_pending and not self._refused_rows:
            self.preview.show_mapping_refused()
        if isinstance(exc, NoValidRows):
            self.preview.show_issues(exc.issues, exc.rows_read, exc.rejected, exc.skipped, self._path.name if self._path else "")
        self._set_state(REFUSED)
        name = self._path.name if self._path else ""
        self._show_banner("error", self.tr("未导入「{file}」：").format(file=name) + refusal_text(exc), code=exc.code)
        self.refused.emit(exc)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if dropped_files(event) and not self.busy:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = dropped_files(event)
        if not paths or self.busy:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_files(paths)

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
