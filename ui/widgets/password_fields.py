"""A new password typed twice, with the password rule checked as it is typed (accounts and exchange packages)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from core.security.passwords import MIN_LENGTH, password_problem
from ui.theme import DANGER, MUTED

CTX = "PasswordFields"
OK_STYLE = "color: #1e7a3c;"
BAD_STYLE = f"color: {DANGER};"
MUTED_STYLE = f"color: {MUTED};"


def rule_text() -> str:
    """The password rule in one sentence."""
    return QCoreApplication.translate(CTX, "至少 {n} 位、不少于 4 个不同字符，首尾不能是空格，不能与用户名相同。").format(n=MIN_LENGTH)


class PasswordFields(QObject):
    """Two password boxes and a hint line that says, as you type, what is wrong or that all is well.

    :param username: the name the password must differ from (read at every keystroke)
    :param confirm: False for a single box (typing a package's password to open it): no rule, no repeat
    """

    changed = Signal()  # the text or the verdict changed

    def __init__(self, username: Callable[[], str] = lambda: "", confirm: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._username, self.confirm = username, confirm
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(self.update_hint)
        self.second.textChanged.connect(self.update_hint)
        self.update_hint()

    def add_rows(self, form: QFormLayout, first: str, second: str) -> None:
        """Put the boxes and the hint into ``form`` under the labels ``first`` and ``second``."""
        form.addRow(first, self.first)
        if self.confirm:
            form.addRow(second, self.second)
            form.addRow("", self.hint)

    @property
    def password(self) -> str:
        """The password typed."""
        return self.first.text()

    def problem(self) -> str | None:
        """What is wrong with what was typed (UI language), or None when it may be used."""
        return self._verdict()[0]

    def _verdict(self) -> tuple[str | None, str]:
        """(problem or None, how to show it: "muted", "bad" or "ok")."""
        password = self.first.text()
        if not self.confirm:
            return (None, "ok") if password else (QCoreApplication.translate(CTX, "请输入密码。"), "muted")
        if not password:
            return rule_text(), "muted"
        problem = password_problem(password, self._username().strip())
        if problem:
            return QCoreApplication.translate("Accounts", problem), "bad"
        if not self.second.text():
            return QCoreApplication.translate(CTX, "请再输入一次密码。"), "muted"
        if self.second.text() != password:
            return QCoreApplication.translate(CTX, "两次输入的密码不一致。"), "bad"
        return None, "ok"

    def update_hint(self) -> None:
        """Show the rule (grey), the problem (red) or that the password is fine (green)."""
        problem, kind = self._verdict()
        self.hint.setText(problem or QCoreApplication.translate(CTX, "✓ 密码符合要求。"))
        self.hint.setStyleSheet({"ok": OK_STYLE, "bad": BAD_STYLE}.get(kind, MUTED_STYLE))
        self.changed.emit()
