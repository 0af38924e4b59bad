"""The first administrator (forced on a database without accounts) and changing one's own password.

Both show the password rule as it is typed (``PasswordFields``, core's ``password_problem``) and do
their work through ``core.security.accounts`` on a task runner, off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import ADMIN, LOCAL_USER, Actor
from core.security.accounts import SignedIn, add_user, authenticate, change_own_password
from ui.icons import app_icon
from ui.pages.page_parts import page_title
from ui.tasks import TaskRunner
from ui.widgets.dialog_parts import BusyWork, error_label
from ui.widgets.password_fields import PasswordFields

DEFAULT_ADMIN = "admin"


class _AccountDialog(QDialog):
    """The frame both dialogs share: a title, an explanation, a form, a message line, OK and cancel."""

    refused = Signal(str)  # the message shown when core refused

    def __init__(self, db_path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._work = BusyWork(self, db_path, runner, set_busy=self._set_busy, refused=self._refused_text)
        self.busy = False
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(480)
        self.heading = heading = page_title("")
        self.intro = text = QLabel()
        text.setWordWrap(True)
        self.form = QFormLayout()
        self.message_label = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("primary")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)

    def set_texts(self, title: str, intro: str, ok_text: str, cancel_text: str) -> None:
        """The title (window and heading), the explanation and the two buttons' words."""
        self.setWindowTitle(title)
        self.heading.setText(title)
        self.intro.setText(intro)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)

    def submit(self) -> None:  # noqa: D102 - subclasses
        raise NotImplementedError

    def _run(self, work: Callable[[Database], Any], on_done: Callable[[Any], None]) -> None:
        self.message_label.setText("")
        self._work.start(work, on_done)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)
        if not busy:
            self._update()

    def _update(self) -> None:
        """Enable OK when what was typed may be sent."""

    def _refused_text(self, text: str) -> None:
        self.message_label.setText(text)
        self.refused.emit(text)


class FirstAdminDialog(_AccountDialog):
    """创建管理员: the first account of a database; accepted once created and signed in (``signed_in``)."""

    def __init__(self, db_path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(db_path, runner, parent)
        self.set_texts(
            self.tr("创建管理员账户"),
            self.tr("这个数据库还没有任何账户。请先创建管理员账户：管理员负责建立其他人员的账户、设置和备份，"
                    "但不能查看客户数据。\n创建后，请在「账户」页为主管、客户经理和柜员建立各自的账户。"),
            self.tr("创建并登录"), self.tr("退出"))
        self.signed_in: SignedIn | None = None
        self.username_edit = QLineEdit(DEFAULT_ADMIN)
        self.display_edit = QLineEdit()
        self.display_edit.setPlaceholderText(self.tr("例如：张明（系统管理员）"))
        self.passwords = PasswordFields(lambda: self.username_edit.text(), parent=self)
        self.form.addRow(self.tr("用户名(&U)"), self.username_edit)
        self.form.addRow(self.tr("显示名称(&N)"), self.display_edit)
        self.passwords.add_rows(self.form, self.tr("密码(&P)"), self.tr("再次输入(&R)"))
        self.username_edit.textChanged.connect(self.passwords.update_hint)
        self.passwords.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.username_edit.text().strip()) and self.passwords.problem() is None)

    @Slot()
    def submit(self) -> None:
        """Create the administrator and sign them in (in the background)."""
        if self.busy or not self.ok_button.isEnabled():
            return
        username, password = self.username_edit.text().strip(), self.passwords.password
        display = self.display_edit.text().strip() or None

        def work(db: Database) -> SignedIn:  # worker thread: no widgets
            add_user(db, LOCAL_USER, username, password, ADMIN, display_name=display)
            return authenticate(db, username, password)

        self._run(work, self._created)

    def _created(self, signed: SignedIn) -> None:
        self.signed_in = signed
        self.accept()


class ChangePasswordDialog(_AccountDialog):
    """修改密码: the signed-in user's own; ``forced`` after an administrator reset it (must_change)."""

    def __init__(self, db_path: Path, runner: TaskRunner, actor: Actor, parent: QWidget | None = None, *,
                 forced: bool = False, old_password: str | None = None) -> None:
        super().__init__(db_path, runner, parent)
        intro = (self.tr("管理员重置了您的密码。请设置一个只有您自己知道的新密码，然后继续。") if forced
                 else self.tr("请输入原密码，再输入两次新密码。"))
        self.set_texts(self.tr("修改密码"), intro, self.tr("修改密码"), self.tr("退出登录") if forced else self.tr("取消"))
        self._actor, self._old = actor, old_password
        self.old_edit = QLineEdit()
        self.old_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passwords = PasswordFields(lambda: actor.username, parent=self)
        self.form.addRow(self.tr("用户"), QLabel(f"{actor.display_name}（{actor.username}）"))
        if old_password is None:
            self.form.addRow(self.tr("原密码(&O)"), self.old_edit)
        self.passwords.add_rows(self.form, self.tr("新密码(&P)"), self.tr("再次输入(&R)"))
        self.old_edit.textChanged.connect(self._update)
        self.passwords.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        old_ok = self._old is not None or bool(self.old_edit.text())
        self.ok_button.setEnabled(old_ok and self.passwords.problem() is None)

    @Slot()
    def submit(self) -> None:
        """Change the password (in the background); accepted when done."""
        if self.busy or not self.ok_button.isEnabled():
            return
        actor, new = self._actor, self.passwords.password
        old = self._old if self._old is not None else self.old_edit.text()
        self._run(lambda db: change_own_password(db, actor, old, new), lambda _r: self.accept())
