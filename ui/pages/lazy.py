"""Pages that read their data the first time they are shown, on the app's one task runner.

A page's constructor builds widgets only. ``showEvent`` starts the first read; ``invalidate`` (after an
import, a contact, a settings change) re-reads at once if the page is on screen and otherwise at its
next show. ``refresh`` always reads now. Reads run as a Task on the runner (``due_list`` and the
scorecard may recompute a month, i.e. write), so they queue behind any writer; the page shows
"正在读取…" meanwhile and emits its ``loaded`` signal when the data is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from sqlite_utils import Database

from core.db import db_path_of
from ui.dialogs.background import app_runner, db_task
from ui.tasks import TaskRunner


class LazyPage:
    """Mixin for a QWidget page (list it before QWidget). Subclasses define ``refresh`` and a ``loaded`` Signal."""

    _stale = True  # not read yet, or data changed while hidden
    _reading = False
    _read_again = False
    _pending_show: Callable[[Any], None] | None = None

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._stale = False
            self.refresh()  # type: ignore[attr-defined]

    def invalidate(self) -> None:
        """The data changed: read again now if shown, else the next time the page is shown."""
        if self.isVisible():  # type: ignore[attr-defined]
            self._stale = False
            self.refresh()  # type: ignore[attr-defined]
        else:
            self._stale = True

    @property
    def reading(self) -> bool:
        """Whether a read is queued or running."""
        return self._reading

    def _task_runner(self) -> TaskRunner:
        runner = getattr(self, "_runner", None)
        return runner if isinstance(runner, TaskRunner) else app_runner(self)  # type: ignore[arg-type]

    def read_in_background(self, read: Callable[[Database], Any], show: Callable[[Any], None]) -> None:
        """Run ``read(db)`` on the runner with its own connection, then ``show(result)`` here; ``loaded`` follows.

        A request while a read runs is remembered: the stale result is dropped and ``refresh`` runs again.
        """
        self._stale = False
        if self._reading:
            self._read_again = True
            return
        db: Database = self._db  # type: ignore[attr-defined]
        path = db_path_of(db)
        if path is None:  # an in-memory database (tools, tests): read here
            show(read(db))
            self.loaded.emit()  # type: ignore[attr-defined]
            return
        self._reading = True
        self._pending_show = show
        task = db_task(path, read)
        task.succeeded.connect(self._read_succeeded)  # type: ignore[attr-defined]
        task.failed.connect(self._read_failed)  # type: ignore[attr-defined]
        task.finished.connect(self._read_finished)  # type: ignore[attr-defined]
        self._task_runner().start(task)

    def _read_succeeded(self, result: Any) -> None:
        if not self._read_again and self._pending_show is not None:
            self._pending_show(result)

    def _read_failed(self, error: Exception) -> None:
        self.show_read_error(error)

    def show_read_error(self, error: Exception) -> None:
        """Tell the user a read failed (pages may override)."""
        from ui.errors import error_text

        label = getattr(self, "status_label", None) or getattr(self, "count_label", None)
        if label is not None:
            label.setText(error_text(error))

    def _read_finished(self) -> None:
        self._reading = False
        self._pending_show = None
        if self._read_again:
            self._read_again = False
            self.refresh()  # type: ignore[attr-defined]
            return
        self.loaded.emit()  # type: ignore[attr-defined]


def loading_text() -> str:
    """"正在读取…" in the UI language."""
    return QCoreApplication.translate("LazyPage", "正在读取…")
