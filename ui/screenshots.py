"""Pictures of every screen on the demo branch, for reviews and the manual.

    python -m ui.screenshots OUT_DIR [--db PATH]

Under Xvfb (``DISPLAY=:99 QT_QPA_PLATFORM=xcb``) or offscreen. Builds the demo database at
``--db`` if it does not exist, then drives the real widgets (first start, demo build, dashboard, work list, customer 360, settings,
customers, search, customer detail, the import steps) and saves each with ``QWidget.grab()``.
UI settings go to a scratch file in OUT_DIR, never the user's.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from core.actors import LOCAL_USER
from core.customer_query import CustomerQuery, find_customer_ids
from core.customers import latest_period
from core.demo import generate_demo
from ui.app import create_app, install_translators, open_database
from ui.database_setup import DemoSize, database_exists
from ui.dialogs.customer_360_dialog import Customer360Dialog
from ui.dialogs.demo_build_dialog import DemoBuildDialog
from ui.dialogs.first_start_dialog import FirstStartDialog
from ui.main_window import MainWindow
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
    settings = QSettings(str(out_dir / "screenshots-ui.ini"), QSettings.Format.IniFormat)
    settings.clear()
    window = MainWindow(db, db_path, settings, runner)
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
    window.navigation.setCurrentRow(window.pages.indexOf(window.settings_page))
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

    top = find_customer_ids(db, LOCAL_USER, CustomerQuery(order_by="aum", descending=True))[0]
    detail = Customer360Dialog(db, top, window)
    detail.show()
    camera.shoot(detail, "customer_detail")
    detail.close()

    window.show_import()
    camera.shoot(window, "import_idle")
    _capture_import(camera, window, latest_period(db) or "2026-10")
    window.runner.wait(30_000)
    db.close()
    return camera.saved


def _capture_followup(camera: Camera, window: MainWindow) -> None:
    """走访 (and the quick contact form), 意见反馈, 考核 with a drill-down, 报表 with its preview."""
    pages = [getattr(window, name, None) for name in ("contacts_page", "feedback_page", "scorecard_page", "reports_page")]
    contacts, feedback, scorecard, reports = pages
    if contacts is not None:
        window.navigation.setCurrentRow(window.pages.indexOf(contacts))
        camera.shoot(window, "contacts")
        table = contacts.current_table()
        if table.model().rowCount():
            table.selectRow(0)
            form = contacts.make_dialog(contacts.selected_customer())
            form.show()
            camera.shoot(form, "contact_form")
            form.close()
    if feedback is not None:
        window.navigation.setCurrentRow(window.pages.indexOf(feedback))
        camera.shoot(window, "feedback")
    if scorecard is not None:
        window.navigation.setCurrentRow(window.pages.indexOf(scorecard))
        if scorecard.model.rowCount():
            scorecard.table.selectRow(0)
            scorecard.drill(0, 0)
        camera.shoot(window, "scorecard")
    if reports is not None:
        window.navigation.setCurrentRow(window.pages.indexOf(reports))
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
