"""The administrator's account dialogs: a new account (or changing one) and resetting a password."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.actors import MANAGER, ROLE_DESCRIPTIONS, ROLES, TELLER
from core.followup.staff import StaffInfo
from core.security.accounts import UserInfo
from ui.icons import app_icon
from ui.pages.admin_parts import role_text
from ui.pages.page_parts import muted
from ui.widgets.dialog_parts import error_label
from ui.widgets.password_fields import PasswordFields

STAFFED = (MANAGER, TELLER)  # roles that work as a staff record (which customers they see)
MAX_USERNAME = 32


def _buttons(dialog: QDialog, ok_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("UserDialog", "取消"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, ok


class UserDialog(QDialog):
    """A new account (username, display name, role, staff record, first password) or, given ``user``, a change.

    The OK button stays disabled until everything is filled in correctly; the line under it says what is
    missing. Core checks again when saving (a taken name, the last administrator …).
    """

    def __init__(self, staff: Sequence[StaffInfo], user: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("修改账户") if user else self.tr("新建账户"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(480)
        self.username_edit = QLineEdit(user.username if user else "")
        self.username_edit.setMaxLength(MAX_USERNAME)
        self.username_edit.setPlaceholderText(self.tr("登录用的名字，如 zhangwei，不含空格"))
        self.username_edit.setReadOnly(user is not None)
        self.username_edit.setFrame(user is None)  # a name cannot change: shown as text
        self.display_edit = QLineEdit(user.display_name if user else "")
        self.display_edit.setPlaceholderText(self.tr("姓名，如 张伟"))
        self.role_combo = QComboBox()
        for role in ROLES:
            self.role_combo.addItem(role_text(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(user.role) if user else ROLES.index(MANAGER))
        self.role_help = muted()
        self.staff_combo = QComboBox()
        self.staff_combo.addItem(self.tr("（不对应人员）"), None)
        for person in staff:
            if person.active or (user is not None and person.id == user.staff_id):
                shown = f"{person.name}（{person.employee_no}）" if person.employee_no else person.name
                self.staff_combo.addItem(shown, person.id)
        if user is not None and user.staff_id is not None:
            self.staff_combo.setCurrentIndex(max(self.staff_combo.findData(user.staff_id), 0))
        self.staff_help = muted(self.tr("客户经理、柜员按对应的人员记录决定能看到哪些客户。"))
        self.password = PasswordFields(lambda: self.username_edit.text(), parent=self)
        self.problem_label = error_label()

        form = QFormLayout()
        form.addRow(self.tr("用户名"), self.username_edit)
        form.addRow(self.tr("显示名"), self.display_edit)
        form.addRow(self.tr("角色"), self.role_combo)
        form.addRow("", self.role_help)
        form.addRow(self.tr("对应人员"), self.staff_combo)
        form.addRow("", self.staff_help)
        if user is None:
            self.password.add_rows(form, self.tr("初始密码"), self.tr("再输入一次"))
        buttons, self.ok_button = _buttons(self, self.tr("保存") if user else self.tr("创建账户"))
        layout = QVBoxLayout(self)
        if user is None:
            layout.addWidget(muted(self.tr("初始密码请当面告知本人；首次登录时须改为自己的密码。")))
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.username_edit.textChanged.connect(self._check)
        self.display_edit.textChanged.connect(self._check)
        self.role_combo.currentIndexChanged.connect(self._role_chosen)
        self.staff_combo.currentIndexChanged.connect(self._check)
        self.password.changed.connect(self._check)
        self._role_chosen()

    @property
    def role(self) -> str:
        """The role chosen."""
        return str(self.role_combo.currentData())

    def _role_chosen(self) -> None:
        self.role_help.setText(QCoreApplication.translate("Roles", ROLE_DESCRIPTIONS[self.role]))
        staffed = self.role in STAFFED
        self.staff_combo.setEnabled(staffed)
        if not staffed:
            self.staff_combo.setCurrentIndex(0)
        self._check()

    def problem(self) -> str | None:
        """What is still missing or wrong (UI language), or None when the account can be saved."""
        name = self.username_edit.text().strip()
        if not name:
            return self.tr("请填写用户名。")
        if any(c.isspace() for c in name):
            return self.tr("用户名不能含空格。")
        if not self.display_edit.text().strip():
            return self.tr("请填写显示名（姓名）。")
        if self.role == MANAGER and self.staff_combo.currentData() is None:
            return self.tr("请为客户经理选择对应的人员记录（没有时先在“设置 → 员工”中登记）。")
        if self.user is None:
            return self.password.problem()
        return None

    def _check(self) -> None:
        problem = self.problem()
        self.ok_button.setEnabled(problem is None)
        # the password's own hint line already says what is wrong with it
        shown = problem if problem is not None and problem != self.password.problem() else ""
        self.problem_label.setText(shown)
        self.problem_label.setVisible(bool(shown))

    def accept(self) -> None:
        """Close only when everything is filled in (Enter in a box must not bypass the checks)."""
        if self.problem() is None:
            super().accept()

    def values(self) -> dict[str, object]:
        """username, display_name, role, staff_id (None: none) and, for a new account, password."""
        staff_id = self.staff_combo.currentData() if self.role in STAFFED else None
        values: dict[str, object] = {
            "username": self.username_edit.text().strip(),
            "display_name": self.display_edit.text().strip(),
            "role": self.role,
            "staff_id": staff_id,
        }
        if self.user is None:
            values["password"] = self.password.password
        return values


class ResetPasswordDialog(QDialog):
    """A temporary password for ``username``, typed twice; they must choose their own at the next sign-in."""

    def __init__(self, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("重置密码：{name}").format(name=username))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(440)
        self.password = PasswordFields(lambda: username, parent=self)
        note = muted(self.tr("设置一个临时密码并当面告知 {name}；其下次登录时必须改为自己的密码。").format(name=username))
        form = QFormLayout()
        self.password.add_rows(form, self.tr("临时密码"), self.tr("再输入一次"))
        buttons, self.ok_button = _buttons(self, self.tr("重置密码"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.changed.connect(lambda: self.ok_button.setEnabled(self.password.problem() is None))
        self.ok_button.setEnabled(False)

    def accept(self) -> None:
        """Close only with an acceptable password typed twice."""
        if self.password.problem() is None:
            super().accept()


def ask_user(parent: QWidget, staff: Sequence[StaffInfo], user: UserInfo | None) -> dict[str, object] | None:
    """The account dialog; its values, or None if cancelled."""
    dialog = UserDialog(staff, user, parent)
    return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_password(parent: QWidget, username: str) -> str | None:
    """The reset dialog; the temporary password, or None if cancelled."""
    dialog = ResetPasswordDialog(username, parent)
    return dialog.password.password if dialog.exec() == QDialog.DialogCode.Accepted else None
