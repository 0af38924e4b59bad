"""登录: username and password before the window opens (and after 「切换用户」).

The password is checked by ``core.security.accounts.authenticate`` on a task runner with its own
connection, so the ~0.1 s scrypt never freezes the dialog. Refusals are core's Chinese sentences:
wrong name or password, the 30-minute lock after five failures (with the minutes left), a disabled
account. A demo database shows its accounts and their shared password.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.security.accounts import SignedIn, authenticate
from ui.icons import app_icon
from ui.pages.page_parts import muted, page_title
from ui.tasks import TaskRunner
from ui.widgets.dialog_parts import ERROR_STYLE, BusyWork, error_label, logo_heading


class SignInDialog(QDialog):
    """Accepted once a user signed in; ``signed_in`` says who (and whether a new password is due)."""

    refused = Signal(str)  # the Chinese message shown (wrong password, locked …)

    def __init__(self, db_path: Path, runner: TaskRunner, parent: QWidget | None = None, *,
                 demo_hint: str | None = None, username: str = "") -> None:
        super().__init__(parent)
        self._work = BusyWork(self, db_path, runner, set_busy=self._set_busy, refused=self._refused_text)
        self.signed_in: SignedIn | None = None
        self.password = ""  # kept only until a forced password change has used it
        self.busy = False
        self.setWindowTitle(self.tr("登录留客"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)

        where = muted(self.tr("数据库：{path}").format(path=db_path))
        top = logo_heading(page_title(self.tr("登录留客")), where, 48)

        self.username_edit = QLineEdit(username)
        self.username_edit.setPlaceholderText(self.tr("用户名"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("密码"))
        form = QFormLayout()
        form.addRow(self.tr("用户名(&U)"), self.username_edit)
        form.addRow(self.tr("密码(&P)"), self.password_edit)
        self.message_label = error_label()
        self.hint_label = muted(demo_hint or "")
        self.hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_label.setVisible(bool(demo_hint))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("登录"))
        self.sign_in_button.setObjectName("primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("退出"))
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.buttons)
        (self.password_edit if username else self.username_edit).setFocus()

    @Slot()
    def sign_in(self) -> None:
        """Check the name and password in the background; accepted on success, a message otherwise."""
        if self.busy:
            return
        username, password = self.username_edit.text().strip(), self.password_edit.text()
        if not username or not password:
            self._refused_text(self.tr("请输入用户名和密码。"))
            return
        self.message_label.setStyleSheet("")
        self.message_label.setText(self.tr("正在验证…"))
        self._work.start(lambda db: authenticate(db, username, password), lambda signed: self._signed_in(signed, password))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.username_edit, self.password_edit, self.sign_in_button):
            widget.setEnabled(not busy)
        if not busy and self.message_label.text():
            self.password_edit.setFocus()

    def _signed_in(self, signed: SignedIn, password: str) -> None:
        self.signed_in = signed
        self.password = password if signed.must_change else ""
        self.message_label.clear()
        self.accept()

    def _refused_text(self, text: str) -> None:
        self.password_edit.clear()
        self.message_label.setStyleSheet(ERROR_STYLE)
        self.message_label.setText(text)
        self._set_busy(False)  # ready for the next try before anyone hears of this one
        self.refused.emit(text)
