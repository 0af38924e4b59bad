"""The idle lock: wall-clock idle time, a lock screen without customer data, unlocking, switching user."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from core.settings import set_setting
from tests.ui.accounts import PASSWORD, actor_named
from ui.dialogs.customer_360_dialog import Customer360Dialog
from ui.idle_lock import IdleWatcher
from ui.main_window import MainWindow
from ui.window_session import SWITCH


@pytest.fixture
def window(qtbot, accounts_db, accounts_db_path, settings, runner, fake_clock, wait_security) -> Iterator[MainWindow]:
    win = MainWindow(accounts_db, accounts_db_path, settings, runner, actor=actor_named(accounts_db, "zhuguan"),
                     idle_clock=fake_clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)


def _shown_texts(window: MainWindow) -> str:
    """Every text a user could read in the window right now."""
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QLineEdit) if w.isVisible()]
    return "\n".join(texts)


def _audit_actions(db, username: str) -> list[str]:  # noqa: ANN001
    return [r[0] for r in db.execute("select action from audit_log where username = ? order by id", [username])]


def test_locks_after_the_idle_time_and_shows_no_customer_data(qtbot, window, accounts_db, fake_clock,
                                                              wait_security):
    window.show_customers()
    name = window.customers_page.model.index(0, 1).data()
    mobile = window.customers_page.model.index(0, 5).data()
    detail = Customer360Dialog(accounts_db, window.customers_page.model.customer_id(0), window, actor=window.actor)
    detail.show()
    assert window.customers_page.table.isVisible() and detail.isVisible()
    assert window.idle_watcher.timer.isActive()  # checked every few seconds

    fake_clock.advance(5 * 60 - 1)
    assert not window.idle_watcher.check() and not window.locked
    fake_clock.advance(1)
    assert window.idle_watcher.check() and window.locked

    assert window.lock_screen.isVisible()
    assert not window.pages.isVisible() and not window.navigation.isVisible()
    assert not window.menuBar().isVisible() and not window.toolbar.isVisible()
    assert not detail.isVisible()  # an open customer 360 is hidden too
    shown = _shown_texts(window)
    assert "示范主管（主管）" in shown and "留客已锁定" in shown
    assert name not in shown and mobile not in shown and str(window.db_path) not in shown
    assert not window.find_action.isEnabled() and not window.import_action.isEnabled()
    wait_security.wait(20_000)
    assert _audit_actions(accounts_db, "zhuguan")[-1] == "screen_locked"

    window.lock_screen.password_edit.setText("not-the-password")
    with qtbot.waitSignal(window.lock_screen.unlock_failed, timeout=20_000) as refused:
        window.lock_screen.unlock_button.click()
    assert "用户名或密码不正确" in refused.args[0] and window.locked

    window.lock_screen.password_edit.setText(PASSWORD)
    with qtbot.waitSignal(window.lock_screen.unlocked, timeout=20_000):
        window.lock_screen.unlock_button.click()
    assert not window.locked and window.pages.isVisible() and window.menuBar().isVisible()
    assert detail.isVisible() and window.find_action.isEnabled()
    wait_security.wait(20_000)
    assert _audit_actions(accounts_db, "zhuguan")[-3:] == ["sign_in_failed", "sign_in", "screen_unlocked"]
    detail.close()


def test_input_restarts_the_idle_time(qtbot, window, fake_clock):
    fake_clock.advance(4 * 60)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Shift)  # any key or mouse input anywhere in the app
    fake_clock.advance(4 * 60)
    assert not window.idle_watcher.check()
    fake_clock.advance(61)
    assert window.idle_watcher.check() and window.locked


def test_time_asleep_counts_and_the_setting_is_read(qtbot, accounts_db, accounts_db_path, settings, runner,
                                                    fake_clock, wait_security):
    set_setting(accounts_db, actor_named(accounts_db, "admin"), "security.idle_minutes", "2")
    win = MainWindow(accounts_db, accounts_db_path, settings, runner, actor=actor_named(accounts_db, "jl01"),
                     idle_clock=fake_clock)
    qtbot.addWidget(win)
    assert win.idle_watcher.minutes == 2
    fake_clock.advance(3 * 3600)  # the PC slept: no timer ran, the wall clock moved on
    assert win.idle_watcher.check() and win.locked


def test_the_timer_checks_by_itself(qtbot, fake_clock):
    watcher = IdleWatcher(1, clock=fake_clock, check_ms=20)
    watcher.start()
    try:
        fake_clock.advance(61)
        with qtbot.waitSignal(watcher.idle, timeout=5_000):
            pass
    finally:
        watcher.stop()


def test_switch_user_ends_the_session(qtbot, window, accounts_db, wait_security):
    window.lock()
    assert window.locked
    window.lock_screen.switch_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert window.ending == SWITCH
    wait_security.wait(20_000)
    assert _audit_actions(accounts_db, "zhuguan")[-2:] == ["screen_locked", "sign_out"]


def test_five_wrong_passwords_lock_the_account(qtbot, window, wait_security):
    window.lock()
    for _ in range(5):
        window.lock_screen.password_edit.setText("wrong-password")
        with qtbot.waitSignal(window.lock_screen.unlock_failed, timeout=20_000) as refused:
            window.lock_screen.unlock()
        assert window.lock_screen.unlock_button.isEnabled()  # ready for the next try as soon as it is told
    assert "账户已锁定" in refused.args[0] and window.locked


def test_no_lock_without_an_account(qtbot, demo_db, demo_db_path, settings, runner, fake_clock):
    win = MainWindow(demo_db, demo_db_path, settings, runner, idle_clock=fake_clock)  # LOCAL_USER: no password
    qtbot.addWidget(win)
    fake_clock.advance(3600)
    assert not win.idle_watcher.timer.isActive()
    win.lock()
    assert not win.locked and not win.lock_action.isVisible()
    qtbot.waitUntil(lambda: not runner.busy, timeout=20_000)



def test_a_dialog_waiting_for_an_answer_is_covered_and_still_answers_after_unlocking(qtbot, window, fake_clock,
                                                                                    wait_security):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    dialog = QDialog(window)
    dialog.setWindowTitle("更改预警状态 - 孙浩")
    QVBoxLayout(dialog).addWidget(QLabel("孙浩 138****9529"))
    seen: dict[str, object] = {}

    def while_waiting() -> None:
        try:
            fake_clock.advance(5 * 60)
            assert window.idle_watcher.check() and window.locked
            host = window._lock_host
            seen["host"] = host is not None and host.isVisible() and host.windowModality() == Qt.WindowModality.ApplicationModal
            seen["covered"] = dialog.isVisible() and not dialog.isEnabled() and dialog.windowTitle() == "留客已锁定"
            host.reject()  # Esc does not unlock
            seen["still_locked"] = window.locked and host.isVisible()
            screen = host.screen_widget
            screen.password_edit.setText(PASSWORD)
            with qtbot.waitSignal(screen.unlocked, timeout=20_000):
                screen.unlock_button.click()
            seen["back"] = (not window.locked and dialog.isEnabled() and dialog.windowTitle() == "更改预警状态 - 孙浩"
                            and window._lock_host is None)
            dialog.accept()  # the code that opened it gets its answer
        finally:
            if dialog.isVisible():
                dialog.done(5)

    QTimer.singleShot(0, while_waiting)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert seen == {"host": True, "covered": True, "still_locked": True, "back": True}
