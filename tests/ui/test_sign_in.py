"""Accounts at start: the forced first administrator, signing in (refusals, lockout), a forced new password."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from core.actors import ADMIN, HEAD, TELLER
from core.security.accounts import AccountRefused, authenticate, has_accounts, reset_password
from tests.ui.accounts import PASSWORD, actor_named
from ui.app import open_main_window
from ui.dialogs.account_dialogs import ChangePasswordDialog, FirstAdminDialog
from ui.dialogs.first_start_dialog import EMPTY, FirstStartDialog
from ui.dialogs.sign_in_dialog import SignInDialog
from ui.session import demo_hint, security_runner, sign_in_flow

NEW_PASSWORD = "Counter-Seven-7"


def _sign_in_dialog(qtbot, path, username: str, password: str) -> SignInDialog:  # noqa: ANN001
    dialog = SignInDialog(path, security_runner())
    qtbot.addWidget(dialog)
    dialog.username_edit.setText(username)
    dialog.password_edit.setText(password)
    return dialog


def _refusal(qtbot, dialog: SignInDialog) -> str:  # noqa: ANN001
    with qtbot.waitSignal(dialog.refused, timeout=20_000) as blocker:
        dialog.sign_in_button.click()
    assert dialog.sign_in_button.isEnabled()  # ready for the next try as soon as it is told
    return blocker.args[0]


def test_signing_in(qtbot, accounts_db_path, wait_security):
    dialog = _sign_in_dialog(qtbot, accounts_db_path, "zhuguan", PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.sign_in_button.click()
    assert dialog.signed_in is not None and not dialog.signed_in.must_change
    assert (dialog.signed_in.actor.username, dialog.signed_in.actor.role) == ("zhuguan", HEAD)
    assert dialog.password == ""  # not kept when no new password is due


def test_wrong_password_is_refused_in_chinese(qtbot, accounts_db_path, wait_security):
    dialog = _sign_in_dialog(qtbot, accounts_db_path, "zhuguan", "not-the-password")
    text = _refusal(qtbot, dialog)
    assert text == "用户名或密码不正确。连续输错 5 次将锁定 30 分钟。"
    assert dialog.message_label.text() == text
    assert dialog.password_edit.text() == "" and dialog.signed_in is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.username_edit.setText("nobody")  # an unknown name reads the same: no hint which names exist
    dialog.password_edit.setText("whatever-1")
    assert _refusal(qtbot, dialog) == text
    dialog.password_edit.setText("")
    assert _refusal(qtbot, dialog) == "请输入用户名和密码。"


def test_fifth_failure_locks_the_account_with_the_minutes(qtbot, accounts_db, accounts_db_path, wait_security):
    for _ in range(4):
        with pytest.raises(AccountRefused):
            authenticate(accounts_db, "jl01", "wrong-password")
    dialog = _sign_in_dialog(qtbot, accounts_db_path, "jl01", "wrong-password")
    locked = _refusal(qtbot, dialog)
    assert "连续输错 5 次，账户已锁定" in locked and "请 30 分钟后再试" in locked
    dialog.password_edit.setText(PASSWORD)  # even the right password waits for the lock to pass
    again = _refusal(qtbot, dialog)
    assert "账户已锁定" in again and "分钟后再试，或请管理员解锁" in again
    assert dialog.signed_in is None


def test_must_change_asks_for_a_new_password(qtbot, accounts_db, accounts_db_path, wait_security):
    reset_password(accounts_db, actor_named(accounts_db, "admin"), "guiyuan", "Temporary-9")
    dialog = _sign_in_dialog(qtbot, accounts_db_path, "guiyuan", "Temporary-9")
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.sign_in_button.click()
    assert dialog.signed_in.must_change and dialog.password == "Temporary-9"

    change = ChangePasswordDialog(accounts_db_path, security_runner(), dialog.signed_in.actor, forced=True,
                                  old_password=dialog.password)
    qtbot.addWidget(change)
    assert change.old_edit.parent() is None or not change.old_edit.isVisibleTo(change)  # the old one is known
    assert not change.ok_button.isEnabled()
    change.passwords.first.setText("short")
    assert change.passwords.hint.text() == "密码至少需要 8 位。" and not change.ok_button.isEnabled()
    change.passwords.first.setText(NEW_PASSWORD)
    change.passwords.second.setText(NEW_PASSWORD[:-1])
    assert change.passwords.hint.text() == "两次输入的密码不一致。" and not change.ok_button.isEnabled()
    change.passwords.second.setText(NEW_PASSWORD)
    assert change.ok_button.isEnabled()
    with qtbot.waitSignal(change.accepted, timeout=20_000):
        change.ok_button.click()
    signed = authenticate(accounts_db, "guiyuan", NEW_PASSWORD)
    assert not signed.must_change and signed.actor.role == TELLER


def _fill_sign_in(qtbot, username: str, password: str):  # noqa: ANN001, ANN202 - a replacement for exec
    def run(dialog: SignInDialog) -> int:
        dialog.username_edit.setText(username)
        dialog.password_edit.setText(password)
        dialog.sign_in()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        return dialog.result()
    return run


def test_sign_in_flow_puts_the_new_password_first(qtbot, accounts_db, accounts_db_path, monkeypatch, wait_security):
    reset_password(accounts_db, actor_named(accounts_db, "admin"), "guiyuan", "Temporary-9")
    monkeypatch.setattr(SignInDialog, "exec", _fill_sign_in(qtbot, "guiyuan", "Temporary-9"))

    def change_exec(dialog: ChangePasswordDialog) -> int:
        dialog.passwords.first.setText(NEW_PASSWORD)
        dialog.passwords.second.setText(NEW_PASSWORD)
        dialog.submit()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        return dialog.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", change_exec)
    actor = sign_in_flow(accounts_db, accounts_db_path)
    assert actor is not None and actor.username == "guiyuan"
    assert not authenticate(accounts_db, "guiyuan", NEW_PASSWORD).must_change


def test_quitting_at_the_sign_in(qtbot, accounts_db, accounts_db_path, monkeypatch, wait_security):
    monkeypatch.setattr(SignInDialog, "exec", lambda self: 0)
    assert sign_in_flow(accounts_db, accounts_db_path) is None


def test_demo_database_lists_its_accounts(accounts_db, demo_db):
    hint = demo_hint(accounts_db)
    assert hint is not None
    assert hint.startswith("示范网点的账户：admin（管理员）、zhuguan（主管）、jl01…jl")
    assert "guiyuan（柜员）、shenji（审计）。密码均为 Demo-2026。" in hint
    assert demo_hint(demo_db) is None  # no accounts at all


def _create_admin(qtbot, username: str = "admin"):  # noqa: ANN001, ANN202 - a replacement for exec
    def run(dialog: FirstAdminDialog) -> int:
        assert not dialog.ok_button.isEnabled()  # no password yet
        dialog.username_edit.setText(username)
        dialog.display_edit.setText("王管理")
        dialog.passwords.first.setText(username)
        assert dialog.passwords.hint.text() == "密码至少需要 8 位。" or "用户名" in dialog.passwords.hint.text()
        dialog.passwords.first.setText("Branch-Admin-1")
        dialog.passwords.second.setText("Branch-Admin-1")
        assert dialog.passwords.hint.text() == "✓ 密码符合要求。" and dialog.ok_button.isEnabled()
        dialog.ok_button.click()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        return dialog.result()
    return run


def test_first_start_forces_an_administrator(qtbot, tmp_path, settings, monkeypatch, wait_security):
    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: (self._choose(EMPTY), 1)[1])
    monkeypatch.setattr(FirstAdminDialog, "exec", _create_admin(qtbot, "wang"))
    window = open_main_window(tmp_path / "liuke.db", settings)
    assert window is not None
    qtbot.addWidget(window)
    assert (window.actor.username, window.actor.display_name, window.actor.role) == ("wang", "王管理", ADMIN)
    assert window.user_label.text() == "用户：王管理（管理员）"
    assert window.page_names() == ["设置", "账户", "数据安全"]  # an administrator sees no customer data
    actions = [r[0] for r in window.db.execute("select action from audit_log order by id")]
    assert actions[-2:] == ["user_added", "sign_in"]


def test_an_older_database_without_accounts_gets_its_administrator(qtbot, demo_db, demo_db_path, monkeypatch,
                                                                    wait_security):
    monkeypatch.setattr(FirstAdminDialog, "exec", _create_admin(qtbot))
    actor = sign_in_flow(demo_db, demo_db_path)
    assert actor is not None and actor.role == ADMIN and has_accounts(demo_db)


def test_the_first_administrator_cannot_be_skipped(qtbot, demo_db, demo_db_path, monkeypatch, wait_security):
    monkeypatch.setattr(FirstAdminDialog, "exec", lambda self: 0)  # 退出
    assert sign_in_flow(demo_db, demo_db_path) is None
    assert not has_accounts(demo_db)
