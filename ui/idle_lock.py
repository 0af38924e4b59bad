"""The idle lock: after ``security.idle_minutes`` without keyboard or mouse input the window locks.

``IdleWatcher`` notes the wall-clock time (``time.time``) of the last input the application sees
and checks it every few seconds with a QTimer, so time spent asleep or suspended counts. The
``LockScreen`` replaces the whole window's content: no customer data, only the user's name and a
password box. Unlocking needs the same user's password (``authenticate``: wrong passwords count
towards the 5-failure lockout as at sign-in); 「切换用户」 ends the session and returns to sign-in.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.actors import Actor
from core.security.accounts import SignedIn, authenticate
from ui.icons import app_icon
from ui.pages.page_parts import muted, page_title
from ui.tasks import TaskRunner
from ui.widgets.dialog_parts import BusyWork, error_label

CTX = "IdleLock"
CHECK_MS = 5_000  # how often the idle time is checked
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.HoverMove,
})
WallClock = Callable[[], float]


class IdleWatcher(QObject):
    """Emits ``idle`` once ``minutes`` pass with no input anywhere in the application.

    :param clock: wall-clock seconds (``time.time``); tests pass a fake one and call ``check``
    """

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None, *, clock: WallClock = time.time,
                 check_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self.minutes = max(1, int(minutes))
        self.clock = clock
        self.last_input = clock()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Watch the application's input from now on."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.touch()
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def touch(self) -> None:
        """Input now."""
        self.last_input = self.clock()

    def set_paused(self, paused: bool) -> None:
        """While locked nothing is watched; unlocking starts a fresh idle period."""
        self.paused = paused
        if not paused:
            self.touch()

    def idle_seconds(self) -> float:
        """Seconds since the last input (wall clock)."""
        return self.clock() - self.last_input

    @Slot()
    def check(self) -> bool:
        """Emit ``idle`` (and return True) if the idle time has run out."""
        if self.paused or self.idle_seconds() < self.minutes * 60:
            return False
        self.idle.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not self.paused and event.type() in INPUT_EVENTS:
            self.last_input = self.clock()
        return False  # only watching: every event goes on as usual


class LockScreen(QWidget):
    """What the locked window shows: who is signed in, a password box, unlock and switch user.

    Unlocking runs ``authenticate`` on ``runner`` (its own connection); ``unlocked`` follows a correct
    password of the same user.
    """

    unlocked = Signal()
    switch_user_requested = Signal()
    unlock_failed = Signal(str)  # the message shown

    def __init__(self, actor: Actor, db_path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._actor = actor
        self._work = BusyWork(self, db_path, runner, set_busy=self._set_busy, refused=self._show_message)
        self.busy = False
        self.setObjectName("lockScreen")
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = page_title(self.tr("留客已锁定"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user_label = QLabel(self.tr("{name}（{role}）").format(
            name=actor.display_name, role=QCoreApplication.translate("Roles", actor.role)))
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = muted(self.tr("长时间无操作，窗口已锁定以保护客户信息。请输入密码解锁。"))
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("密码"))
        self.password_edit.returnPressed.connect(self.unlock)
        self.message_label = error_label()
        self.message_label.setObjectName("error")
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button = QPushButton(self.tr("切换用户"))
        self.switch_button.clicked.connect(self.switch_user_requested)

        card = QFrame()
        card.setObjectName("card")
        card.setFixedWidth(380)
        box = QVBoxLayout(card)
        box.setContentsMargins(24, 20, 24, 20)
        box.setSpacing(10)
        for widget in (logo, title, self.user_label, note, self.password_edit, self.message_label):
            box.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def reset(self) -> None:
        """Empty the box and the message (each time the window locks)."""
        self.password_edit.clear()
        self.message_label.clear()
        self._set_busy(False)
        self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.password_edit, self.unlock_button, self.switch_button):
            widget.setEnabled(not busy)
        if not busy and self.isVisible():
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def unlock(self) -> None:
        """Check the password (off the UI thread); ``unlocked`` or a message follows."""
        password = self.password_edit.text()
        if self.busy:
            return
        if not password:
            self._show_message(self.tr("请输入密码。"))
            return
        username = self._actor.username
        self.message_label.setText(self.tr("正在验证…"))
        self._work.start(lambda db: authenticate(db, username, password), self._checked)

    def _checked(self, signed: SignedIn) -> None:
        if signed.actor.user_id != self._actor.user_id:  # cannot happen: the same username was checked
            self._show_message(self.tr("只能由 {name} 本人解锁；其他人请选择「切换用户」。").format(name=self._actor.display_name))
            return
        self.password_edit.clear()
        self.message_label.clear()
        self.unlocked.emit()

    def _show_message(self, text: str) -> None:
        self.password_edit.clear()
        self.message_label.setText(text)
        self._set_busy(False)  # ready for the next try before anyone hears of this one
        self.unlock_failed.emit(text)


class LockCover(QWidget):
    """An opaque 「留客已锁定」 layer over a dialog that is waiting for an answer while the window is locked.

    Hiding such a dialog would end its ``exec()`` as if cancelled; covering and disabling it keeps it
    waiting, with nothing of it readable (its title is replaced too), until the window is unlocked.
    """

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog, self._title, self._enabled = dialog, dialog.windowTitle(), dialog.isEnabled()
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        label = QLabel(self.tr("留客已锁定"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        dialog.installEventFilter(self)
        dialog.setWindowTitle(self.tr("留客已锁定"))
        dialog.setEnabled(False)
        self.setGeometry(dialog.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._dialog.rect())
        return False

    def remove(self) -> None:
        """Give the dialog back as it was."""
        self._dialog.removeEventFilter(self)
        self._dialog.setWindowTitle(self._title)
        self._dialog.setEnabled(self._enabled)
        self.hide()  # stays a hidden child until the dialog goes (deleting it here crashed PySide 6.11)


class LockHost(QDialog):
    """The lock screen in a window of its own, above dialogs that wait for an answer (they block the main window).

    Application-modal and shown last, it is the one window that takes input while locked; it cannot be
    closed except by unlocking or switching user.
    """

    def __init__(self, actor: Actor, db_path: Path, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("留客已锁定"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.screen_widget = LockScreen(actor, db_path, runner, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.screen_widget)
        self.resize(parent.size())
        self._releasing = False

    def reject(self) -> None:  # Esc does not unlock
        if self._releasing:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._releasing:
            super().closeEvent(event)
        else:
            event.ignore()

    def release(self) -> None:
        """Close for good (after unlocking, or at the end of the session)."""
        self._releasing = True
        self.close()
        self.deleteLater()
