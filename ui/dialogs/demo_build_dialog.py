"""Building the demo branch with a progress bar and a cancel button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QVBoxLayout

from core.demo_db import DemoDatabase
from core.progress import CancelToken, Progress, ProgressFn
from ui.database_setup import DemoSize, build_demo_database
from ui.icons import app_icon
from ui.tasks import Task, TaskRunner


class DemoBuildDialog(QDialog):
    """Runs ``build_demo_database`` as a Task; accepted when the demo is in place, rejected otherwise.

    After a rejection, ``error`` holds the exception of a failed build (None when cancelled).
    """

    build_finished = Signal(bool)  # True: the database is in place

    def __init__(self, target: Path, size: DemoSize, runner: TaskRunner, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._target = target
        self._size = size
        self._runner = runner
        self._task: Task | None = None
        self._done = False
        self.result_value: DemoDatabase | None = None
        self.error: BaseException | None = None
        self.setWindowTitle(self.tr("正在准备示范网点"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)

        self.status_label = QLabel(self.tr("正在生成示范网点的月度客户清单…"))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)  # busy until the first month is imported
        self.progress_bar.setTextVisible(False)
        note = QLabel(self.tr("共 {customers:,} 位虚构客户、{months} 个月。").format(
            customers=size.customers, months=size.months))
        note.setObjectName("muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("取消"))
        self.buttons.rejected.connect(self.cancel)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(note)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

    def start(self) -> Task:
        """Start building (``exec`` calls this; tests may call it directly)."""
        target, size = self._target, self._size

        def job(progress: ProgressFn, cancel: CancelToken) -> DemoDatabase:  # worker thread: no widgets
            return build_demo_database(target, size, progress, cancel)

        self._task = task = Task(job, self)
        task.progress.connect(self._on_progress)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(self._on_failed)
        task.cancelled.connect(self._on_cancelled)
        self._runner.start(task)
        return task

    def exec(self) -> int:  # noqa: D102 - QDialog.exec that starts the build first
        if self._task is None:
            self.start()
        return super().exec()

    @Slot()
    def cancel(self) -> None:
        """Stop the build; the dialog closes once the worker has cleaned up."""
        if self._task is None or self._done:
            super().reject()
            return
        self._task.cancel()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("正在取消…"))

    @Slot(object)
    def _on_progress(self, progress: Progress) -> None:
        if progress.stage != "demo" or not progress.total:
            return
        self.progress_bar.setRange(0, progress.total)
        self.progress_bar.setValue(progress.done)
        month = min(progress.done + 1, progress.total)
        self.status_label.setText(self.tr("正在导入第 {month} / {total} 个月的数据…").format(month=month, total=progress.total))

    def reject(self) -> None:  # noqa: D102 - Esc and the close button mean "cancel the build"
        self.cancel()

    @Slot(object)
    def _on_succeeded(self, result: DemoDatabase) -> None:
        self._done = True
        self.result_value = result
        self.build_finished.emit(True)
        self.accept()

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._done = True
        self.error = exc
        self.build_finished.emit(False)
        super().reject()

    @Slot()
    def _on_cancelled(self) -> None:
        self._done = True
        self.build_finished.emit(False)
        super().reject()
