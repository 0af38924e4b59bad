"""The import history: every batch, and undoing one (after a confirmation) as a background task."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.importing.batches import BatchInfo, UndoResult, list_batches, undo_batch
from core.importing.codes import ImportRefused
from core.security.permissions import PermissionDenied, can
from ui.dialogs.background import db_task
from ui.formatting import count, month_text
from ui.icons import icon
from ui.import_messages import refusal_text
from ui.models.import_models import BatchModel
from ui.tasks import Task, TaskRunner
from ui.widgets.headers import fit_headers
from ui.widgets.tables import make_table

Confirm = Callable[[QWidget, str, str], bool]


def confirm_undo(parent: QWidget, title: str, text: str) -> bool:
    """Ask before undoing a batch; "do not undo" is the default button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(QCoreApplication.translate("ImportHistory", "撤销导入"), QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QCoreApplication.translate("ImportHistory", "不撤销"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


class ImportHistory(QWidget):
    """The batches table and the undo button."""

    undo_finished = Signal(object)  # UndoResult
    undo_failed = Signal(str)  # the Chinese explanation

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, confirm: Confirm = confirm_undo,
                 parent: QWidget | None = None, *, actor: Actor = LOCAL_USER) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._db_path = db_path
        self._runner = runner
        self._confirm = confirm
        self._task: Task | None = None
        self.model = BatchModel(parent=self)

        title = QLabel(self.tr("导入记录"))
        title.setObjectName("sectionTitle")
        self.status_label = QLabel()
        self.status_label.setObjectName("muted")
        self.undo_button = QPushButton(icon("undo"), self.tr("撤销所选批次…"))
        self.undo_button.setEnabled(False)
        self.undo_button.setToolTip(self.tr("删除该批次导入的月度数据，以及只在该批次中出现的客户。撤销前会自动备份数据库。"))
        self.table = make_table(self.model, stretch_column=9)
        fit_headers(self.table)  # translated headers (English) must not clip
        for column, width in enumerate((50, 80, 70, 70, 60, 60, 60, 130, 80)):
            self.table.setColumnWidth(column, width)
        self.table.selectionModel().selectionChanged.connect(self._update_button)
        self.undo_button.clicked.connect(self.undo_selected)
        self.undo_button.setVisible(can(actor, "import.undo"))

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(12)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Reload the batches, keeping the selected one selected."""
        selected = self.selected_batch()
        self.model.set_items(list_batches(self._db, self._actor))
        if selected is not None:
            self.select_batch(selected.id)
        self._update_button()

    @property
    def busy(self) -> bool:
        """Whether an undo is running."""
        return self._task is not None

    def selected_batch(self) -> BatchInfo | None:
        """The selected batch, if any."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_batch(self, batch_id: int) -> None:
        """Select the row of ``batch_id``."""
        for row in range(self.model.rowCount()):
            if self.model.item(row).id == batch_id:
                self.table.selectRow(row)
                return

    @Slot()
    def _update_button(self) -> None:
        batch = self.selected_batch()
        self.undo_button.setEnabled(batch is not None and batch.status == "committed" and self._task is None)

    @Slot()
    def undo_selected(self) -> None:
        """Ask, then undo the selected batch in the background."""
        batch = self.selected_batch()
        if batch is None or batch.status != "committed" or self._task is not None or not can(self._actor, "import.undo"):
            return
        question = self.tr(
            "确定要撤销批次 {id} 吗？\n\n将删除 {month} 的 {n} 条月度数据（文件「{file}」），"
            "以及只在这个批次中出现的客户。撤销前会自动备份数据库。"
        ).format(id=batch.id, month=month_text(batch.period), n=count(batch.imported), file=batch.file_name)
        if not self._confirm(self, self.tr("撤销导入"), question):
            return
        batch_id, actor = batch.id, self._actor
        self._task = task = db_task(self._db_path, lambda db: undo_batch(db, batch_id, actor))  # worker thread: no widgets
        task.succeeded.connect(self._on_undone)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)
        self.status_label.setText(self.tr("正在撤销批次 {id}…").format(id=batch_id))
        self._update_button()
        self._runner.start(task)

    @Slot(object)
    def _on_undone(self, result: UndoResult) -> None:
        self.status_label.setText(
            self.tr("已撤销批次 {id}：删除月度数据 {rows} 条，删除客户 {customers} 户。").format(
                id=result.batch_id, rows=count(result.snapshots_removed), customers=count(result.customers_removed))
        )
        self.refresh()
        self.undo_finished.emit(result)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ImportRefused | PermissionDenied):
            raise exc  # unexpected: the crash handler logs it and tells the user
        text = refusal_text(exc) if isinstance(exc, ImportRefused) else exc.message(QCoreApplication.translate)
        self.status_label.setText(text)
        self.refresh()
        self.undo_failed.emit(text)

    @Slot()
    def _on_finished(self) -> None:
        self._task = None
        self._update_button()
