"""Pictures of every screen on the demo branch, for reviews and the manual.

    python -m ui.screenshots OUT_DIR [--db PATH]

Under Xvfb (``DISPLAY=:99 QT_QPA_PLATFORM=xcb``) or offscreen. Builds the demo database at
``--db`` if it does not exist, then drives the real widgets (first start, demo build, sign-in, the first
administrator, dashboard, work list, customer 360, settings, customers, search, customer detail, the lock
screen, the window as a 柜员 and as a 客户经理, the import steps) and saves each with ``QWidget.grab()``.
The window works as the demo's 主管 ``zhuguan`` when the database has the demo accounts, else as
``LOCAL_USER``; the 柜员 and 客户经理 are the demo's accounts, or stand-ins for the first demo manager.
Nobody signs in and nothing is revealed. UI settings go to a scratch file in OUT_DIR, never the user's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget
from sqlite_utils import Database

from core.actors import LOCAL_USER, MANAGER, TELLER, Actor
from core.customer_query import CustomerQuery, find_customer_ids
from core.customers import latest_period
from core.demo import generate_demo
from core.security.accounts import actor_of, get_user
from ui.app import create_app, install_translators, open_database
from ui.database_setup import DemoSize, database_exists
from ui.dialogs.account_dialogs import FirstAdminDialog
from ui.dialogs.customer_360_dialog import Customer360Dialog
from ui.dialogs.demo_build_dialog import DemoBuildDialog
from ui.dialogs.first_start_dialog import FirstStartDialog
from ui.dialogs.sign_in_dialog import SignInDialog
from ui.main_window import MainWindow
from ui.session import demo_hint, security_runner
from ui.tasks import TaskRunner

WINDOW_SIZE = (1366, 768)


def wait_for(signal: SignalInstance, timeout_ms: int = 120_000, until: Callable[[], bool] | None = None) -> None:
    """Run the event loop until ``signal`` fires (and ``until`` holds), or the timeout passes."""
    loop = QEventLoop()

    def check(*_args: object) -> None:
        if until is None or until():
            loop.quit()

    signal.connect(check)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(check)


def settle(ms: int = 150) -> None:
    """Let layouts, paints and queued signals finish."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


class Camera:
    """Saves numbered PNGs of widgets."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.saved: list[Path] = []

    def shoot(self, widget: QWidget, name: str) -> Path:
        """Grab ``widget`` into ``NN_name.png``."""
        settle()
        path = self.out_dir / f"{len(self.saved) + 1:02d}_{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        return path


def capture(out_dir: Path, db_path: Path) -> list[Path]:
    """Take every screenshot; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    camera = Camera(out_dir)
    runner = TaskRunner()
    first = FirstStartDialog(db_path)
    first.show()
    camera.shoot(first, "first_start")
    first.close()
    if not database_exists(db_path):
        build = DemoBuildDialog(db_path, DemoSize(), runner)
        build.show()
        build.start()
        wait_for(build.progress_bar.valueChanged, until=lambda: build.progress_bar.value() >= 4)
        camera.shoot(build, "demo_build")
        wait_for(build.build_finished, timeout_ms=300_000)
        build.close()
    db = open_database(db_path)
    assert db is not None
    _capture_accounts(camera, db, db_path)
    settings = QSettings(str(out_dir / "screenshots-ui.ini"), QSettings.Format.IniFormat)
    settings.clear()
    head, teller, manager = role_actors(db)
    window = MainWindow(db, db_path, settings, runner, actor=head)
    window.resize(*WINDOW_SIZE)
    window.show()
    camera.shoot(window, "dashboard")
    window.show_worklist()
    window.worklist_page.table.selectRow(0)
    camera.shoot(window, "worklist")
    if window.worklist_page.model.rowCount():
        at_risk = Customer360Dialog(db, window.worklist_page.model.row_at(0).customer_id, window)
        at_risk.resize(980, 740)
        at_risk.show()
        camera.shoot(at_risk, "customer_360")
        at_risk.tabs.setCurrentIndex(1)
        camera.shoot(at_risk, "customer_360_warnings")
        at_risk.tabs.setCurrentIndex(2)
        camera.shoot(at_risk, "customer_360_contacts")
        at_risk.close()
    window.show_page(window.settings_page)
    camera.shoot(window, "settings")
    window.settings_page.tabs.setCurrentIndex(window.settings_page.tabs.count() - 2)
    camera.shoot(window, "settings_staff")
    _capture_followup(camera, window)
    window.show_customers()
    camera.shoot(window, "customers")

    page = window.customers_page
    page.search_box.setText("王")
    page.apply_search()
    camera.shoot(window, "customers_search")
    page.search_box.clear()
    page.apply_search()

    top = find_customer_ids(db, head, CustomerQuery(order_by="aum", descending=True))[0]
    detail = Customer360Dialog(db, top, window, actor=head)
    detail.show()
    camera.shoot(detail, "customer_detail")
    detail.close()

    window.show_dashboard()
    window.lock(force=True)  # what an idle window shows: no customer data
    camera.shoot(window, "lock_screen")
    window.unlock()
    _capture_admin_pages(camera, window)
    admin = get_user(db, "admin")
    if admin is not None:
        _capture_role(camera, db, db_path, out_dir, actor_of(admin), "admin")
    _capture_role(camera, db, db_path, out_dir, teller, "teller")
    _capture_role(camera, db, db_path, out_dir, manager, "manager")

    window.show_import()
    camera.shoot(window, "import_idle")
    _capture_import(camera, window, latest_period(db) or "2026-10")
    window.runner.wait(30_000)
    db.close()
    return camera.saved


def role_actors(db: Database) -> tuple[Actor, Actor, Actor]:
    """The 主管, 柜员 and 客户经理 to show: the demo's accounts, or stand-ins working as the first manager."""
    accounts = [get_user(db, name) for name in ("zhuguan", "guiyuan", "jl01")]
    if all(accounts):
        return tuple(actor_of(a) for a in accounts)  # type: ignore[return-value, arg-type]
    row = db.execute("select id, name from staff where role = ? order by id limit 1", [MANAGER]).fetchone()
    staff_id, name = (row[0], row[1]) if row else (None, "客户经理")
    return (LOCAL_USER, Actor("guiyuan", "示范柜员", TELLER, staff_id=staff_id),
            Actor("jl01", name, MANAGER, staff_id=staff_id))


def _capture_accounts(camera: Camera, db: Database, db_path: Path) -> None:
    """The sign-in dialog (with the demo's accounts when they exist) and the first administrator's dialog."""
    sign_in = SignInDialog(db_path, security_runner(), demo_hint=demo_hint(db), username="zhuguan")
    sign_in.show()
    camera.shoot(sign_in, "sign_in")
    sign_in.close()
    first = FirstAdminDialog(db_path, security_runner())
    first.display_edit.setText("系统管理员")
    first.passwords.first.setText("short")
    first.show()
    camera.shoot(first, "first_admin")
    first.close()


def _capture_admin_pages(camera: Camera, window: MainWindow) -> None:
    """审计日志 and 数据安全 as the window's user sees them (a 主管 sees both)."""
    for page, name in ((window.audit_page, "audit_log"), (window.data_page, "data_security")):
        if page is not None:
            window.show_page(page)
            if page.reading:  # the first page of rows is read on the runner
                wait_for(page.loaded, timeout_ms=60_000)
            camera.shoot(window, name)


def _capture_role(camera: Camera, db: Database, db_path: Path, out_dir: Path, actor: Actor, name: str) -> None:
    """The window as ``actor``: its navigation, its 工作台 and its customers (and a manager's work list)."""
    settings = QSettings(str(out_dir / f"screenshots-{name}.ini"), QSettings.Format.IniFormat)
    settings.clear()
    runner = TaskRunner()
    window = MainWindow(db, db_path, settings, runner, actor=actor)
    window.resize(*WINDOW_SIZE)
    window.show()
    if window.dashboard_page is not None:
        wait_for(window.dashboard_page.refreshed, timeout_ms=60_000)
    camera.shoot(window, name)
    if window.customers_page is not None:
        window.show_customers()
        camera.shoot(window, f"{name}_customers")
    if window.worklist_page is not None:
        window.show_worklist()
        if window.worklist_page.loading:
            wait_for(window.worklist_page.loaded, timeout_ms=60_000)
        camera.shoot(window, f"{name}_worklist")
    if window.users_page is not None:
        window.show_page(window.users_page)
        if window.users_page.reading:
            wait_for(window.users_page.loaded, timeout_ms=60_000)
        camera.shoot(window, f"{name}_users")
    window.close()
    runner.wait(30_000)
    window.deleteLater()  # deleted by Qt now, not later by Python's garbage collector (which may crash PySide)
    settle()


def _capture_followup(camera: Camera, window: MainWindow) -> None:
    """走访 (and the quick contact form), 意见反馈, 考核 with a drill-down, 报表 with its preview."""
    contacts, feedback, scorecard, reports = window.contacts_page, window.feedback_page, window.scorecard_page, window.reports_page
    if contacts is not None:
        window.show_page(contacts)
        camera.shoot(window, "contacts")
        table = contacts.current_table()
        if table.model().rowCount():
            table.selectRow(0)
            form = contacts.make_dialog(contacts.selected_customer())
            form.show()
            camera.shoot(form, "contact_form")
            form.close()
    if feedback is not None:
        window.show_page(feedback)
        camera.shoot(window, "feedback")
    if scorecard is not None:
        window.show_page(scorecard)
        if scorecard.model.rowCount():
            scorecard.table.selectRow(0)
            scorecard.drill(0, 0)
        camera.shoot(window, "scorecard")
    if reports is not None:
        window.show_page(reports)
        if reports.model.rowCount() == 0 and reports.period is not None:
            wait_for(reports.preview_ready, timeout_ms=60_000)
        camera.shoot(window, "reports")


def _capture_import(camera: Camera, window: MainWindow, latest: str) -> None:
    year, month = map(int, latest.split("-"))
    following = f"{year + month // 12}-{month % 12 + 1:02d}"
    files = Path(tempfile.mkdtemp(prefix="liuke-shots-"))
    next_file = generate_demo(files, customers=2000, months=13, end_period=following).files[-1]
    page = window.import_page
    window.open_file(next_file)
    wait_for(page.checked)
    camera.shoot(window, "import_checked")
    page.preview.tabs.setCurrentIndex(1)
    camera.shoot(window, "import_issues")
    page.preview.tabs.setCurrentIndex(0)
    page.confirm_import()
    wait_for(page.state_changed, until=lambda: page.state == "done")
    camera.shoot(window, "import_done")
    window.open_file(next_file)
    wait_for(page.refused)
    camera.shoot(window, "import_refused")
    window.show_customers()
    camera.shoot(window, "customers_after_import")


def main(argv: list[str] | None = None) -> int:
    """``python -m ui.screenshots OUT_DIR [--db PATH]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--db", type=Path, default=None, help="demo database (built here if missing)")
    args = parser.parse_args(argv)
    app: QApplication = create_app([])
    install_translators(app, "zh_CN")
    db_path = args.db or args.out_dir / "demo.db"
    for path in capture(args.out_dir, db_path.resolve()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
