"""「查看完整」: a masked ID number or mobile shown in full for a while, with a reason, audited.

Only roles with ``customer.reveal`` (the 主管) get the button. Clicking it asks why; core's ``reveal``
writes the audit row and returns the value, which is shown (not selectable) with a countdown and
masked again after ``REVEAL_SECONDS``. The countdown reads a wall clock, so a PC that slept or a
window that was locked does not keep a value on screen longer than the time allowed.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as N  # noqa: N811 - Qt's name, for lupdate
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import Actor
from core.security.reveal import FIELDS, MIN_REASON, REVEAL_SECONDS, reveal
from ui.dialogs.background import app_runner, db_task
from ui.errors import show_error, show_task_error
from ui.icons import app_icon
from ui.pages.page_parts import muted
from ui.tasks import TaskRunner

CTX = "RevealField"
AskReason = Callable[[QWidget, str], str | None]  # parent, the field's name -> the reason, or None
REASONS = (  # common reasons offered in the box; any other may be typed
    N("RevealField", "客户临柜办理业务，核对身份"),
    N("RevealField", "电话回访前核对联系方式"),
    N("RevealField", "客户资料更正"),
)


class ReasonDialog(QDialog):
    """Asks why a full value is needed; OK only once a reason is given."""

    def __init__(self, field_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("查看完整{field}").format(field=field_name))
        self.setWindowIcon(app_icon())
        self.reason_box = QComboBox()
        self.reason_box.setEditable(True)
        self.reason_box.addItems([QCoreApplication.translate(CTX, r) for r in REASONS])
        self.reason_box.setCurrentIndex(-1)
        self.reason_box.lineEdit().setPlaceholderText(self.tr("请填写理由"))
        self.reason_box.setMinimumContentsLength(24)
        note = muted(self.tr("查看完整信息会记入审计日志（谁、何时、哪位客户、理由）。{n} 秒后自动恢复脱敏显示。").format(
            n=REVEAL_SECONDS))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("查看"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason_box.editTextChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("查看理由(&R)")))
        layout.addWidget(self.reason_box)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self._update()

    @property
    def reason(self) -> str:
        """The reason typed or chosen."""
        return self.reason_box.currentText().strip()

    @Slot()
    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(len(self.reason) >= MIN_REASON)


def ask_reason(parent: QWidget, field_name: str) -> str | None:
    """The reason dialog; the reason, or None if cancelled."""
    dialog = ReasonDialog(field_name, parent)
    return dialog.reason if dialog.exec() == QDialog.DialogCode.Accepted else None


class RevealField(QWidget):
    """A masked value and its 「查看完整」 button; the full value stays for ``REVEAL_SECONDS`` at most."""

    revealed = Signal()  # the full value is on screen
    masked = Signal()  # it is masked again

    def __init__(self, db: Database, db_path: Path | None, actor: Actor, customer_id: int, field: str, masked_text: str,
                 parent: QWidget | None = None, *, ask: AskReason = ask_reason, clock: Callable[[], float] = time.time,
                 seconds: int = REVEAL_SECONDS, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._db, self._db_path, self._actor, self._id, self._field = db, db_path, actor, customer_id, field
        self._masked_text, self._ask, self.clock, self._seconds = masked_text, ask, clock, seconds
        self._deadline: float | None = None
        self.busy = False
        self.value_label = QLabel(masked_text)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # masked: may be copied
        self.button = QPushButton(self.tr("查看完整"))
        self.button.setObjectName("link")
        self.button.setToolTip(self.tr("说明理由后查看完整{field}（记入审计日志）").format(
            field=QCoreApplication.translate("Reveal", FIELDS[field])))
        self.button.clicked.connect(self.toggle)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.value_label)
        layout.addWidget(self.button)
        layout.addStretch(1)

    @property
    def is_revealed(self) -> bool:
        """Whether the full value is on screen."""
        return self._deadline is not None

    @Slot()
    def toggle(self) -> None:
        """Mask again if shown; otherwise ask for a reason and reveal."""
        if self.is_revealed:
            self.mask()
            return
        if self.busy:
            return
        reason = self._ask(self, QCoreApplication.translate("Reveal", FIELDS[self._field]))
        if not reason:
            return
        actor, customer_id, field = self._actor, self._id, self._field
        work = lambda db: reveal(db, actor, customer_id, field, reason)  # noqa: E731 - worker thread
        if self._db_path is None:  # an in-memory database (tools): here
            try:
                self._show(work(self._db))
            except Exception as exc:  # noqa: BLE001 - a refusal, shown
                self._refused(exc)
            return
        task = db_task(self._db_path, work)
        task.succeeded.connect(self._show)
        task.failed.connect(lambda exc: show_task_error(self, self.tr("查看完整信息"), exc))
        task.finished.connect(lambda: setattr(self, "busy", False))
        self.busy = True
        (self._runner or app_runner(self)).start(task)

    def _show(self, value: object) -> None:
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)  # the full value: no copy
        self.value_label.setText(str(value) or self._masked_text)
        self._deadline = self.clock() + self._seconds
        self.timer.start()
        self.tick()
        self.revealed.emit()

    def _refused(self, error: BaseException) -> None:
        show_error(self, self.tr("查看完整信息"), error)

    @Slot()
    def tick(self) -> None:
        """Count down (wall clock); mask again when the time is up."""
        if self._deadline is None:
            return
        left = math.ceil(self._deadline - self.clock())
        if left <= 0:
            self.mask()
            return
        self.button.setText(self.tr("隐藏（{n} 秒）").format(n=left))

    @Slot()
    def mask(self) -> None:
        """Show the masked value again."""
        self.timer.stop()
        was_shown = self._deadline is not None
        self._deadline = None
        self.value_label.setText(self._masked_text)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button.setText(self.tr("查看完整"))
        if was_shown:
            self.masked.emit()
