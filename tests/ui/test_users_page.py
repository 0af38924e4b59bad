"""账户 page: create through the real dialog, disable/enable, unlock, reset, refusals in Chinese, no rights."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.actors import LOCAL_USER, MANAGER, Actor
from core.db import open_db
from core.followup.staff import add_staff
from core.security.accounts import AccountRefused, actor_of, add_user, authenticate, get_user
from core.security.audit import AuditFilter, list_audit
from ui.dialogs.user_dialog import ResetPasswordDialog, UserDialog
from ui.pages.users_page import UsersPage

PASSWORD = "Admin-2026"


@pytest.fixture
def accounts_db(tmp_path: Path) -> Iterator[tuple]:
    """A database with one administrator and two staff records; yields (db, path, admin actor)."""
    path = tmp_path / "accounts.db"
    db = open_db(path)
    add_staff(db, LOCAL_USER, "王芳", "E001", "客户经理")
    add_staff(db, LOCAL_USER, "赵强", "E002", "柜员")
    admin = actor_of(add_user(db, LOCAL_USER, "admin", PASSWORD, "管理员", display_name="系统管理员"))
    yield db, path, admin
    db.close()


def _page(qtbot, accounts_db, runner, settings, **kwargs) -> UsersPage:  # noqa: ANN001
    db, path, admin = accounts_db
    page = UsersPage(db, path, runner, settings, kwargs.pop("actor", admin), **kwargs)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    return page


def _column(page: UsersPage, username: str, column: int) -> str:
    for row in range(page.model.rowCount()):
        if page.model.record(row).username == username:
            return page.model.index(row, column).data()
    raise AssertionError(username)


def _fill_new_manager(dialog: UserDialog) -> None:
    dialog.username_edit.setText("lixia")
    dialog.display_edit.setText("李霞")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData(MANAGER))


def test_create_a_user_through_the_dialog(qtbot, qtmodeltester, accounts_db, runner, settings) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def ask(parent, staff, user):  # noqa: ANN001, ANN202 - the real dialog, filled in as a person would
        dialog = UserDialog(staff, user, parent)
        qtbot.addWidget(dialog)
        _fill_new_manager(dialog)
        seen["no_staff"] = (dialog.ok_button.isEnabled(), dialog.problem_label.text())
        dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findText("王芳（E001）"))
        dialog.password.first.setText("short")
        seen["short"] = dialog.password.hint.text()
        dialog.password.first.setText("Lixia-2026")
        dialog.password.second.setText("Lixia-2025")
        seen["mismatch"] = (dialog.ok_button.isEnabled(), dialog.password.hint.text())
        dialog.password.second.setText("Lixia-2026")
        seen["ok"] = dialog.ok_button.isEnabled()
        seen["role_help"] = dialog.role_help.text()
        return dialog.values()

    page = _page(qtbot, accounts_db, runner, settings, ask=ask)
    qtmodeltester.check(page.model)
    with qtbot.waitSignal(page.users_changed, timeout=20_000):
        assert page.create_user()
    assert seen["no_staff"] == (False, "请为客户经理选择对应的人员记录（没有时先在“设置 → 员工”中登记）。")
    assert seen["short"] == "密码至少需要 8 位。"
    assert seen["mismatch"] == (False, "两次输入的密码不一致。")
    assert seen["ok"] is True
    assert "本人管户客户" in str(seen["role_help"])
    db = accounts_db[0]
    user = get_user(db, "lixia")
    assert user is not None and user.role == MANAGER and user.display_name == "李霞" and user.staff_name == "王芳"
    assert _column(page, "lixia", 3) == "王芳"
    assert _column(page, "lixia", 4) == "正常（待改密码）"  # a temporary password: changed at the first sign-in
    assert page.selected is not None and page.selected.username == "lixia"
    assert "已创建账户 lixia" in page.banner.text()
    assert authenticate(db, "lixia", "Lixia-2026").actor.staff_id == user.staff_id


def test_staff_only_for_managers_and_tellers(qtbot) -> None:  # noqa: ANN001
    dialog = UserDialog([], None)
    qtbot.addWidget(dialog)
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("审计"))
    assert not dialog.staff_combo.isEnabled()
    assert dialog.role_help.text() == "审计：只读审计日志"
    assert dialog.values()["staff_id"] is None


def test_change_role_and_name(qtbot, accounts_db, runner, settings) -> None:  # noqa: ANN001
    db, _path, admin = accounts_db
    add_user(db, admin, "zhou", "Zhou-2026", "柜员", display_name="周")

    def ask(parent, staff, user):  # noqa: ANN001, ANN202
        dialog = UserDialog(staff, user, parent)
        qtbot.addWidget(dialog)
        assert dialog.username_edit.isReadOnly()
        dialog.display_edit.setText("周敏")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("主管"))
        assert dialog.ok_button.isEnabled()
        return dialog.values()

    page = _page(qtbot, accounts_db, runner, settings, ask=ask)
    assert page.select("zhou")
    with qtbot.waitSignal(page.users_changed, timeout=20_000):
        assert page.edit_selected()
    user = get_user(db, "zhou")
    assert user is not None and (user.role, user.display_name) == ("主管", "周敏")
    assert _column(page, "zhou", 2) == "主管"


def test_disable_and_enable(qtbot, accounts_db, runner, settings) -> None:  # noqa: ANN001
    db, _path, admin = accounts_db
    add_user(db, admin, "zhou", "Zhou-2026", "柜员")
    asked: list[str] = []
    page = _page(qtbot, accounts_db, runner, settings, confirm=lambda _p, _t, text, _yes: asked.append(text) or True)
    assert page.select("zhou")
    assert page.lock_button.text() == "停用"
    with qtbot.waitSignal(page.users_changed, timeout=20_000):
        page.lock_button.click()
    assert asked and "zhou" in asked[0]
    assert get_user(db, "zhou").disabled  # type: ignore[union-attr]
    assert _column(page, "zhou", 4) == "已停用"
    qtbot.waitUntil(lambda: page.lock_button.isEnabled())
    assert page.lock_button.text() == "启用"
    with qtbot.waitSignal(page.users_changed, timeout=20_000):
        page.lock_button.click()
    assert not get_user(db, "zhou").disabled  # type: ignore[union-attr]
    assert _column(page, "zhou", 4) == "正常"
    assert len(asked) == 1  # enabling needs no confirmation


def test_unlock_clears_a_lock_from_wrong_passwords(qtbot, accounts_db, runner, settings) -> None:  # noqa: ANN001
    db, _path, admin = accounts_db
    add_user(db, admin, "zhou", "Zhou-2026", "柜员")
    for _ in range(5):
        with pytest.raises(AccountRefused):
            authenticate(db, "zhou", "wrong-password")
    page = _page(qtbot, accounts_db, runner, settings)
    assert _column(page, "zhou", 4).startswith("锁定至 ")
    page.select("zhou")
    assert page.lock_button.text() == "解锁"
    with qtbot.waitSignal(page.users_changed, timeout=20_000):
        page.lock_button.click()
    assert _column(page, "zhou", 4) == "正常"
    assert authenticate(db, "zhou", "Zhou-2026").actor.username == "zhou"


def test_reset_password(qtbot, accounts_db, runner, settings) -> None:  # noqa: ANN001
    db, _path, admin = accounts_db
    add_user(db, admin, "zhou", "Zhou-2026", "柜员")

    def ask_password(parent, username):  # noqa: ANN001, ANN202
        dialog = ResetPasswordDialog(username, parent)
        qtbot.addWidget(dialog)
        dialog.password.first.setText("zhou")
        assert not dialog.ok_button.isEnabled()
        dialog.password.first.setText("Temp-4321")
        dialog.password.second.setText("Temp-4321")
        assert dialog.ok_button.isEnabled()
        return dialog.password.password

    page = _page(qtbot, accounts_db, runner, settings, ask_password=ask_password)
    page.select("zhou")
    with qtbot.waitSignal(page.users_changed, timeout=20_000):
        assert page.reset_selected()
    signed = authenticate(db, "zhou", "Temp-4321")
    assert signed.must_change
    assert _column(page, "zhou", 4) == "正常（待改密码）"
    assert "下次登录时须设置新密码" in page.banner.text()
    rows = list_audit(db, LOCAL_USER, AuditFilter(action="password_changed"))
    assert rows and rows[0].details == {"reset_by_admin": True}


def test_refusals_are_shown_in_chinese(qtbot, accounts_db, runner, settings) -> None:  # noqa: ANN001
    db = accounts_db[0]
    page = _page(qtbot, accounts_db, runner, settings, confirm=lambda *_args: True,
                 ask=lambda _p, _s, _u: {"username": "admin", "display_name": "又一个", "role": "审计", "staff_id": None,
                                         "password": "Other-2026"})
    page.select("admin")
    with qtbot.waitSignal(page.refused, timeout=20_000) as blocker:
        page.toggle_selected()  # the last administrator
    assert blocker.args[0] == "不能停用最后一个管理员账户。"
    assert page.banner.kind == "error" and page.banner.text() == blocker.args[0]
    assert not get_user(db, "admin").disabled  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.new_button.isEnabled())
    with qtbot.waitSignal(page.refused, timeout=20_000) as blocker:
        page.create_user()
    assert blocker.args[0] == "用户名「admin」已被使用。"


def test_without_the_right_nothing_is_offered(qtbot, accounts_db, runner, settings) -> None:  # noqa: ANN001
    head = Actor("zhuguan", "主管", "主管", user_id=99)
    page = _page(qtbot, accounts_db, runner, settings, actor=head)
    assert page.model.rowCount() == 0
    assert not page.new_button.isEnabled()
    assert page.banner.text() == "没有权限：主管不能管理账户（可由管理员操作）。"
