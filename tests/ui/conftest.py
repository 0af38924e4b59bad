"""UI test fixtures: offscreen Qt, a throw-away QSettings file, fresh databases, a task runner."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from core.actors import LOCAL_USER  # noqa: E402
from core.db import open_db  # noqa: E402
from core.demo_db import load_demo  # noqa: E402


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing a test does may touch the developer's own settings, logs or database."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    monkeypatch.setenv("LIUKE_DB", str(tmp_path / "default" / "liuke.db"))
    monkeypatch.delenv("LIUKE_DEMO", raising=False)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """A QSettings INI file of this test's own."""
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def runner(qapp) -> Iterator:  # noqa: ANN001
    """A one-thread task runner, drained after the test."""
    from ui.tasks import TaskRunner

    task_runner = TaskRunner()
    yield task_runner
    task_runner.cancel_all()
    task_runner.wait(20_000)


@pytest.fixture
def demo_db_path(tmp_path: Path) -> Path:
    """A fresh database holding the small demo branch (200 customers, 3 months)."""
    path = tmp_path / "demo.db"
    db = open_db(path)
    try:
        load_demo(db, LOCAL_USER, customers=200, months=3)
    finally:
        db.close()
    return path


@pytest.fixture
def demo_db(demo_db_path: Path):  # noqa: ANN201 - sqlite_utils.Database
    """The demo database, open on the test's (UI) thread."""
    db = open_db(demo_db_path)
    yield db
    db.close()
