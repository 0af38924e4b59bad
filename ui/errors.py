"""Refusals from core, shown calmly: the Chinese message of a refusal, never a traceback.

Every core refusal is a ``core.refusal.Refused`` or a ``PermissionDenied``, worded by its ``message()`` in
the UI language. Anything else is named by its kind only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from core.refusal import Refused
from core.security.permissions import PermissionDenied

CTX = "Errors"


def error_text(error: BaseException) -> str:
    """What to tell the user about ``error`` (a core refusal in the UI language; anything else by kind)."""
    if isinstance(error, PermissionDenied | Refused):
        return error.message(QCoreApplication.translate)
    message = getattr(error, "message", None)
    if callable(message):  # NewerDatabaseError and the like
        try:
            return str(message())
        except Exception:  # noqa: BLE001 - a message that needs arguments: fall through
            pass
    return QCoreApplication.translate(CTX, "操作未完成（{kind}），数据库未作修改。").format(kind=type(error).__name__)


def warn_denied(parent: QWidget | None, error: PermissionDenied) -> None:
    """The refusal's explanation in a warning box."""
    QMessageBox.warning(parent, QCoreApplication.translate(CTX, "没有权限"), error.message(QCoreApplication.translate))


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A warning box for a failed task: a permission refusal gets its own title."""
    if isinstance(error, PermissionDenied):
        warn_denied(parent, error)
        return
    QMessageBox.warning(parent, title, error_text(error))


def show_task_error(widget: QWidget, title: str, error: BaseException) -> None:
    """A failed task's refusal in a box, unless it is a permission refusal the main window already shows.

    (The main window sets ``shows_denied`` and shows every ``PermissionDenied`` its runner reports.)
    """
    if isinstance(error, PermissionDenied):
        node: QWidget | None = widget
        while node is not None:  # a dialog opened from the main window counts as the window's
            if getattr(node.window(), "shows_denied", False):
                return
            node = node.window().parentWidget()
    show_error(widget, title, error)
