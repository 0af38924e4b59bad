"""Run core operations off the UI thread and hand results back as Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from core.progress import Cancelled, CancelToken, ProgressFn
from core.security.permissions import PermissionDenied

Job = Callable[[ProgressFn, CancelToken], Any]


class Task(QObject):
    """One background job. Lives on the UI thread; its ``run`` executes on a pool thread.

    Signals emitted from the pool thread reach UI slots through queued connections,
    so slots may touch widgets. ``job`` must not touch widgets.
    """

    progress = Signal(object)  # core.progress.Progress
    succeeded = Signal(object)  # whatever the job returned
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # always last

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job = job
        self.cancel_token = CancelToken()

    def cancel(self) -> None:
        """Ask the job to stop at its next check; ``cancelled`` follows if it does."""
        self.cancel_token.cancel()

    def run(self) -> None:
        """Run the job (on a pool thread) and report how it ended."""
        try:
            result = self._job(self.progress.emit, self.cancel_token)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # reported to the UI, which decides how to show it
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class TaskRunner(QObject):
    """Runs tasks one at a time, so two writers never hold the database at once.

    ``denied`` repeats every task failure that is a ``PermissionDenied``: the main window shows its
    message in a warning box, whichever page started the task.
    """

    denied = Signal(object)  # core.security.permissions.PermissionDenied

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: set[Task] = set()

    def start(self, task: Task) -> Task:
        """Queue ``task``; it runs after the tasks queued before it.

        The runner owns the task until it has finished: a dialog that started it may close
        (and delete its children) before the worker's last emit.
        """
        task.setParent(None)
        self._running.add(task)  # keep a reference until it has finished
        task.finished.connect(lambda: self._running.discard(task))
        task.failed.connect(self._on_failed)
        self._pool.start(task.run)
        return task

    def _on_failed(self, error: object) -> None:
        if isinstance(error, PermissionDenied):
            self.denied.emit(error)

    def cancel_all(self) -> None:
        """Ask every queued or running task to stop (on window close)."""
        for task in list(self._running):
            task.cancel()

    @property
    def busy(self) -> bool:
        """Whether a task is queued or running."""
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until queued tasks are done (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
