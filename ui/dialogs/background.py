"""Finding the app's one task runner from a widget, and running a database job on it.

Pages and dialogs that the main window builds without a runner (the 工作台, the customer 360)
find the window's ``runner`` through their parents, so every write still queues on the one
writer thread. Outside a main window (tests, tools) a process-wide runner stands in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.db import open_db
from ui.tasks import Task, TaskRunner

_fallback: TaskRunner | None = None


def app_runner(widget: QObject | None) -> TaskRunner:
    """The ``runner`` of the nearest parent that has one (the main window's), else the process-wide one."""
    global _fallback
    node = widget
    while node is not None:
        runner = getattr(node, "runner", None)
        if isinstance(runner, TaskRunner):
            return runner
        node = node.parent()
    if _fallback is None:
        _fallback = TaskRunner()
    return _fallback


def window_actor(widget: QObject | None) -> Actor:
    """The signed-in user of the window ``widget`` belongs to (a page's or the window's ``actor``).

    Outside a main window (tools, tests) the app acts as ``LOCAL_USER``, as core does on a database
    without accounts; core still checks every operation against whoever is passed on.
    """
    node = widget
    while node is not None:
        for name in ("actor", "_actor"):
            actor = getattr(node, name, None)
            if isinstance(actor, Actor):
                return actor
        node = node.parent()
    return LOCAL_USER


def db_task(db_path: Path, work: Callable[[Database], Any]) -> Task:
    """A Task that opens its own connection to ``db_path``, runs ``work(db)`` on the worker and closes it."""

    def job(_progress: object, _cancel: object) -> Any:  # worker thread: no widgets
        db = open_db(db_path)
        try:
            return work(db)
        finally:
            db.close()

    return Task(job)
