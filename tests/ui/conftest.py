"""UI test fixtures: offscreen Qt, a throw-away QSettings file, fresh databases, a task runner."""

from __future__ import annotations

import gc
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
def _collect_between_tests(qapp) -> Iterator[None]:  # noqa: ANN001
    """Delete closed windows and collect garbage after each test, while no worker thread runs.

    A window left in a reference cycle would otherwise be freed by Python's collector at a random
    moment of a later test, possibly while a worker thread is inside the database (PySide can crash then).
    """
    from PySide6.QtCore import QCoreApplication, QEvent

    from ui.dialogs import background
    from ui.session import security_runner

    yield
    for runner in (background._fallback, security_runner()):
        if runner is not None:
            runner.wait(20_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    gc.collect()


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


@pytest.fixture(scope="session")
def _accounts_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo branch with the demo's accounts (password DEMO_PASSWORD), built once per session."""
    from core.demo_db import add_demo_accounts

    path = tmp_path_factory.mktemp("accounts") / "demo.db"
    db = open_db(path)
    try:
        load_demo(db, LOCAL_USER, customers=200, months=3)
        add_demo_accounts(db, LOCAL_USER)
    finally:
        db.close()
    return path


@pytest.fixture
def accounts_db_path(_accounts_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo branch with accounts: admin, zhuguan, shenji, guiyuan, jl01 …"""
    import shutil

    path = tmp_path / "accounts.db"
    shutil.copyfile(_accounts_template, path)
    return path


@pytest.fixture
def accounts_db(accounts_db_path: Path):  # noqa: ANN201 - sqlite_utils.Database
    """The demo database with accounts, open on the test's (UI) thread."""
    db = open_db(accounts_db_path)
    yield db
    db.close()


@pytest.fixture
def wait_security(qapp) -> Iterator:  # noqa: ANN001
    """Drains the sign-in/lock runner after the test (its tasks write to the test's database)."""
    from ui.session import security_runner

    yield security_runner()
    security_runner().wait(20_000)


@pytest.fixture
def fake_clock():  # noqa: ANN201 - tests.ui.accounts.FakeClock
    """A wall clock for the test to move."""
    from tests.ui.accounts import FakeClock

    return FakeClock()
