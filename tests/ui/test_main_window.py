"""The main window: pages, status bar, shortcuts, drag and drop, remembered layout."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence

from core.demo import generate_demo
from ui.main_window import MainWindow
from ui.pages.import_page import PREVIEW
from ui.settings import KEY_GEOMETRY, KEY_PAGE, restore_window


@pytest.fixture
def window(qtbot, demo_db, demo_db_path, settings, runner) -> Iterator[MainWindow]:
    win = MainWindow(demo_db, demo_db_path, settings, runner, choose_file=lambda _parent: None)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)  # let the last task's signals arrive
    win.close()
    win.deleteLater()


def test_smoke(window: MainWindow, demo_db_path: Path):
    names = window.page_names()  # LOCAL_USER is a 主管: every page but 账户
    assert names == ["工作台", "客户", "流失预警", "走访", "意见反馈", "考核", "报表", "导入", "设置", "审计日志", "数据安全"]
    assert window.pages.currentWidget() is window.dashboard_page  # always opens on 工作台
    assert str(demo_db_path) in window.db_label.text()
    assert window.period_label.text() == "最新数据：2026年10月"
    assert window.user_label.text() == "用户：本机用户（主管）"
    window.show_customers()  # the list is read when first shown
    assert window.customers_page.model.rowCount() > 150
    window.navigation.setCurrentRow(names.index("导入"))
    assert window.pages.currentWidget() is window.import_page
    window.show_worklist()
    assert window.pages.currentWidget() is window.worklist_page


def test_shortcuts(qtbot, window: MainWindow):
    assert window.import_action.shortcut() == QKeySequence("Ctrl+I")
    assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert window.refresh_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Refresh)
    window.show_import()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.customers_page
    qtbot.waitUntil(window.customers_page.search_box.hasFocus)
    with qtbot.waitSignal(window.customers_page.query_changed, timeout=3000):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.import_page


_KEEP: list[QMimeData] = []  # a QDropEvent does not own its mime data


def _drop(window: MainWindow, path: Path) -> QDropEvent:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    _KEEP.append(mime)
    return QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)


def test_dropping_a_file_checks_it(qtbot, window: MainWindow, tmp_path: Path):
    next_month = generate_demo(tmp_path / "files", customers=200, months=4, end_period="2026-11").files[-1]
    with qtbot.waitSignal(window.import_page.state_changed, timeout=20_000,
                          check_params_cb=lambda state: state == PREVIEW):
        window.dropEvent(_drop(window, next_month))
    assert window.pages.currentWidget() is window.import_page
    assert window.import_page.preview.info_labels["file"].text() == next_month.name


def test_other_drops_are_ignored(window: MainWindow, tmp_path: Path):
    note = tmp_path / "note.docx"
    note.write_text("x")
    event = _drop(window, note)
    window.dropEvent(event)
    assert not event.isAccepted()
    assert window.pages.currentWidget() is window.dashboard_page


def test_layout_is_remembered(qtbot, demo_db, demo_db_path, settings, runner):
    first = MainWindow(demo_db, demo_db_path, settings, runner)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)
    first.show_import()
    first.close()
    assert settings.value(KEY_PAGE, type=int) == first.pages.indexOf(first.import_page)
    assert not settings.value(KEY_GEOMETRY).isEmpty()
    second = MainWindow(demo_db, demo_db_path, settings, runner)
    qtbot.addWidget(second)
    assert second.pages.currentWidget() is second.dashboard_page  # the day starts on 工作台
    assert restore_window(settings, second)  # sizes themselves are clamped to the tiny offscreen screen
