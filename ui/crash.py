"""Unexpected errors: a log without customer data, and a Chinese message saying where it is.

The log holds the traceback's frames (file, line, function, source line) and the
exception's type and message with every long digit run masked, never local variables,
so ID, card and phone numbers do not leave the database through a support e-mail.
"""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from core.paths import data_dir
from core.privacy import mask_free_text
from core.security.permissions import PermissionDenied

log = logging.getLogger(__name__)

MESSAGE_LIMIT = 300


def crash_log_dir() -> Path:
    """Where crash logs go: ``<data_dir>/logs``."""
    return data_dir() / "logs"


def crash_report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    """The text of a crash log: versions, frames, and the masked exception message."""
    lines = [
        f"留客 Liuke crash report {datetime.now().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()} on {platform.platform()}",
        "",
        "Traceback (most recent call last):",
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{_short(frame.filename)}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {mask_free_text(frame.line.strip(), limit=200)}")
    message = mask_free_text(exc, limit=MESSAGE_LIMIT)
    lines.append(f"{exc_type.__module__}.{exc_type.__qualname__}: {message}")
    return "\n".join(lines) + "\n"


def _short(filename: str) -> str:
    """Paths relative to the app or site-packages: the user's folder names stay out of the log."""
    path = Path(filename)
    for marker in ("site-packages", "ui", "core"):
        if marker in path.parts:
            index = len(path.parts) - 1 - path.parts[::-1].index(marker)
            return "/".join(path.parts[index:])
    return path.name


def write_crash_log(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, folder: Path | None = None
) -> Path:
    """Write a crash report into ``folder`` (default: the logs folder) and return its path."""
    folder = folder or crash_log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.log"
    path.write_text(crash_report(exc_type, exc, tb), encoding="utf-8")
    return path


class CrashHandler:
    """``sys.excepthook`` for the GUI: log, then tell the user in Chinese where the log is."""

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder
        self._showing = False

    def install(self) -> None:
        """Become the process's ``sys.excepthook``."""
        sys.excepthook = self

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, PermissionDenied):  # core refused: not a crash, the user reads why
            log.info("permission denied: %s", exc.action)
            if QApplication.instance() is not None and not self._showing:
                self._showing = True
                try:
                    QMessageBox.warning(None, QCoreApplication.translate("CrashHandler", "没有权限"), exc.message())
                finally:
                    self._showing = False
            return
        try:
            path: Path | None = write_crash_log(exc_type, exc, tb, self._folder)
        except OSError:
            path = None
        log.error("unexpected error, report at %s", path)
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True  # an error inside the message box must not open another one
        try:
            QMessageBox.critical(None, QCoreApplication.translate("CrashHandler", "留客 - 意外错误"), crash_message(path))
        finally:
            self._showing = False


def crash_message(path: Path | None) -> str:
    """What the user reads after an unexpected error."""
    if path is None:
        return QCoreApplication.translate("CrashHandler", "程序遇到了意外错误，错误日志也无法写入。\n请重新启动留客；如问题反复出现，请联系技术支持。")
    return QCoreApplication.translate("CrashHandler",
        "程序遇到了意外错误。已导入的数据保存在数据库中，不受影响。\n\n"
        "错误日志（不含客户信息）已保存到：\n{path}\n\n"
        "如问题反复出现，请把该文件发给技术支持人员。"
    ).format(path=path)

