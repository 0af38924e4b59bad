"""Pieces the start-up, account and lock screens share: the logo heading, the red refusal line, busy work.

``BusyWork`` is the one way those screens check or write something through core while they wait:
the work runs on a task runner with its own connection (``db_task``), the screen is busy meanwhile,
and a refusal comes back as its sentence in the UI language (``error_text``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlite_utils import Database

from ui.dialogs.background import db_task
from ui.errors import error_text
from ui.icons import app_icon
from ui.tasks import TaskRunner
from ui.theme import DANGER

ERROR_STYLE = f"color: {DANGER};"


def logo_heading(title: QLabel, below: QLabel, logo_size: int) -> QHBoxLayout:
    """The app's logo on the left, ``title`` with ``below`` under it on the right (first start, sign-in)."""
    logo = QLabel()
    logo.setPixmap(app_icon().pixmap(logo_size, logo_size))
    heading = QVBoxLayout()
    heading.addWidget(title)
    heading.addWidget(below)
    row = QHBoxLayout()
    row.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
    row.addSpacing(8)
    row.addLayout(heading, 1)
    return row


def error_label() -> QLabel:
    """An empty, wrapping line in the refusal colour."""
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    return label


class BusyWork(QObject):
    """Runs a screen's database work on a task runner; the screen is busy until it ends, a failure is shown as text.

    A child of the screen, so an answer that arrives after the screen is gone goes nowhere.

    :param set_busy: the screen's own busy state (what it disables); True at the start, False when the work ends
    :param refused: shows a refusal (core's sentence in the UI language) when the work fails
    """

    def __init__(self, screen: QWidget, db_path: Path, runner: TaskRunner, *,
                 set_busy: Callable[[bool], None], refused: Callable[[str], None]) -> None:
        super().__init__(screen)
        self._db_path, self._runner = db_path, runner
        self._set_busy, self._refused = set_busy, refused
        self._done: Callable[[Any], None] = lambda _result: None

    def start(self, work: Callable[[Database], Any], done: Callable[[Any], None]) -> None:
        """Run ``work(db)`` off the UI thread; ``done(result)`` follows on the UI thread if it succeeds."""
        self._done = done  # one at a time: the screen ignores clicks while busy
        task = db_task(self._db_path, work)
        task.succeeded.connect(self._succeeded)  # bound methods of this child: dropped with the screen
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._set_busy(True)
        self._runner.start(task)

    def _succeeded(self, result: Any) -> None:
        self._done(result)

    def _failed(self, error: BaseException) -> None:
        self._refused(error_text(error))

    def _finished(self) -> None:
        self._set_busy(False)
