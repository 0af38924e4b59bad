"""The session side of the main window: the idle lock, signing out, a restore, refusals.

``WindowSession`` is mixed into ``MainWindow`` (listed first); it uses the window's ``actor``,
``db_path``, ``lock_screen``, ``idle_watcher``, ``screens``/``main_area``, ``toolbar`` and ``_ask_restore``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QToolTip, QWidget

from core.security import audit
from core.security.permissions import PermissionDenied, can
from ui.dialogs.background import db_task
from ui.errors import warn_denied
from ui.idle_lock import LockCover, LockHost
from ui.session import security_runner

QUIT, SWITCH, RESTORE = "quit", "switch", "restore"  # how a session ended (``MainWindow.ending``)


def already_confirmed(_parent: QWidget, _backup: Path) -> bool:
    """The 数据安全 page has asked before it requests a restore (saying the current file is kept aside)."""
    return True


class WindowSession:
    """Locking, unlocking, ending the session (``ending``) and showing permission refusals."""

    _lock_host: LockHost | None = None  # the lock screen's own window while a dialog waits for an answer
    _covers: list[LockCover] = []  # noqa: RUF012 - replaced, never mutated, per lock

    @Slot(object)
    def _denied(self, error: PermissionDenied) -> None:
        """A task was refused by core: say why in a box (never a traceback)."""
        warn_denied(self, error)

    # --- the idle lock -------------------------------------------------------------------

    @Slot()
    def lock(self, *, force: bool = False) -> None:
        """Hide every page and open dialog behind the lock screen (idle time, or Ctrl+L).

        :param force: lock even as ``LOCAL_USER`` (no account, so no password to unlock: screenshots only)
        """
        if self.locked or (self.actor.user_id is None and not force):
            return
        self.locked = True
        self.idle_watcher.set_paused(True)
        dialogs = [w for w in QApplication.topLevelWidgets() if w is not self and w.isVisible() and isinstance(w, QDialog)]
        waiting = [d for d in dialogs if d.isModal()]  # isModal(): any window modality, exec() or setModal
        self._hidden_windows = [d for d in dialogs if d not in waiting]
        for window in self._hidden_windows:
            window.hide()  # a 360 or a contact form keeps its state behind the lock
        # a dialog waiting for an answer is covered, not hidden (hiding would end its exec() as cancelled);
        # it blocks the main window, so the lock screen then opens in a window of its own above it
        self._covers = [LockCover(d) for d in waiting]
        if waiting:
            self._lock_host = LockHost(self.actor, self.db_path, security_runner(), self)
            self._lock_host.screen_widget.unlocked.connect(self.unlock)
            self._lock_host.screen_widget.switch_user_requested.connect(self.switch_user)
            self._lock_host.show()
            self._lock_host.screen_widget.reset()
        QToolTip.hideText()  # a table's tooltip may name a customer
        self._action_states = {a: a.isEnabled() for a in self.actions()}
        for action in self._action_states:
            action.setEnabled(False)
        self.menuBar().hide()
        self.toolbar.hide()
        self.statusBar().hide()
        self.screens.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        self._audit("screen_locked")

    @Slot()
    def unlock(self) -> None:
        """Back to work after the right password (the lock screen checked it)."""
        if not self.locked:
            return
        self.locked = False
        self._release_covers()
        self.screens.setCurrentWidget(self.main_area)
        self.menuBar().show()
        self.toolbar.show()
        self.statusBar().show()
        for action, enabled in self._action_states.items():
            action.setEnabled(enabled)
        for window in self._hidden_windows:
            window.show()
        self._hidden_windows = []
        self.idle_watcher.set_paused(False)
        self._audit("screen_unlocked")

    def _release_covers(self) -> None:
        """Close the separate lock window and uncover the dialogs that kept waiting."""
        if self._lock_host is not None:
            self._lock_host.release()
            self._lock_host = None
        for cover in self._covers:
            cover.remove()
        self._covers = []

    def _audit(self, action: str) -> None:
        """Record a lock event (on the security runner: it never waits behind an import)."""
        actor = self.actor
        security_runner().start(db_task(self.db_path, lambda db: audit.record(db, actor, action)))

    # --- the session ---------------------------------------------------------------------

    @Slot()
    def switch_user(self) -> None:
        """「退出登录」: end this session; ui/app.py shows the sign-in again."""
        self.end_session(SWITCH)

    def end_session(self, ending: str) -> None:
        """Close the window with ``ending`` (SWITCH or RESTORE) for ui/app.py to act on."""
        self.ending = ending
        waiting = [cover.parentWidget() for cover in self._covers]
        self._release_covers()
        for window in [*self._hidden_windows, *waiting]:  # dialogs behind the lock end with the session
            if isinstance(window, QDialog):
                window.reject()
        self._hidden_windows = []
        QTimer.singleShot(0, self, self.close)  # after any dialog's event loop has returned

    @Slot()
    def change_password(self) -> None:
        """修改密码: the signed-in user's own."""
        from ui.dialogs.account_dialogs import ChangePasswordDialog

        if self.actor.user_id is None:
            return
        dialog = ChangePasswordDialog(self.db_path, security_runner(), self.actor, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "修改密码"), QCoreApplication.translate("MainWindow", "密码已修改，下次登录请使用新密码。"))

    @Slot(object)
    def restore_requested(self, backup: object) -> None:
        """数据安全's restore: confirm, then close this session; ui/app.py restores and asks for sign-in."""
        path = Path(str(backup))
        if not can(self.actor, "backup.restore"):
            warn_denied(self, PermissionDenied(self.actor, "backup.restore"))
            return
        if not self._ask_restore(self, path):
            return
        self.restore_from = path
        self.end_session(RESTORE)

