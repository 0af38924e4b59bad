"""Small pieces the admin pages (账户, 审计日志, 数据安全) share: refusal texts, a confirmation, times, sizes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ui import errors
from ui.formatting import DASH

CTX = "AdminParts"
Confirm = Callable[[QWidget, str, str, str], bool]  # parent, title, text, the yes button's text -> go ahead?


def error_text(error: BaseException) -> str:
    """A core refusal (AccountRefused, PermissionDenied, BackupRefused …) in the UI language; anything else calmly.

    Refusals are worded by ``ui.errors.error_text``; a file that cannot be written gets its own sentence;
    anything else (a bug) names its kind, never a traceback.
    """
    if isinstance(error, OSError):
        return QCoreApplication.translate(CTX, "无法读写文件（{kind}）：请检查文件夹是否存在、是否有写入权限、文件是否被其他程序占用。").format(
            kind=type(error).__name__)
    return errors.error_text(error)


def confirm(parent: QWidget, title: str, text: str, yes: str) -> bool:
    """Ask before something that cannot simply be undone; "取消" is the default button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    go = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    stop = box.addButton(QCoreApplication.translate(CTX, "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stop)
    box.exec()
    return box.clickedButton() is go


def time_text(stamp: str | None, seconds: bool = False) -> str:
    """'2026-01-02T10:20:30' -> '2026-01-02 10:20' (with ``seconds``: '… 10:20:30'); None -> '—'."""
    if not stamp:
        return DASH
    text = stamp.replace("T", " ")
    return text[:19] if seconds else text[:16]


def role_text(role: str) -> str:
    """A role (柜员, 客户经理 …) in the UI language."""
    return QCoreApplication.translate("Roles", role) if role else DASH


def size_text(size: int) -> str:
    """Bytes as people read them: 850 KB, 12.3 MB, 1.20 GB."""
    if size >= 1024**3:
        return f"{size / 1024**3:.2f} GB"
    if size >= 1024**2:
        return f"{size / 1024**2:.1f} MB"
    return f"{max(size, 0) / 1024:.0f} KB"
