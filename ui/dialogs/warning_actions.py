"""Small dialogs shared by the work list and the customer 360: pick a manager, move a warning along.

Pages take the ``choose_*`` functions as arguments so tests can answer without showing a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.followup.staff import list_staff
from core.risk.warnings import CLOSED, STATUS_LABELS, TRANSITIONS
from ui.dialogs.background import window_actor
from ui.icons import app_icon


@dataclass(frozen=True)
class StatusChoice:
    """A warning status chosen by the user, with the note (required when closing)."""

    status: str  # code: contacted, retained, …
    note: str


ChooseStaff = Callable[[QWidget, Database, str], str | None]  # parent, db, prompt -> 工号 (or name) or None
ChooseStatus = Callable[[QWidget, str, str], StatusChoice | None]  # parent, current code, customer text


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("WarningActions", "确定"))
    box.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("WarningActions", "取消"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AssignDialog(QDialog):
    """Pick the manager (active staff) to whom customers are assigned."""

    def __init__(self, db: Database, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("分派管户经理"))
        self.setWindowIcon(app_icon())
        self.staff_combo = QComboBox()
        for s in list_staff(db, window_actor(parent)):
            if s.active:
                label = self.tr("{name}（{no}，{role}，管户 {n} 户）").format(
                    name=s.name, no=s.employee_no or self.tr("无工号"), role=s.role, n=s.customers)
                self.staff_combo.addItem(label, s.employee_no or s.name)
        layout = QVBoxLayout(self)
        text = QLabel(prompt)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        form.addRow(self.tr("管户经理(&M)"), self.staff_combo)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(420, 150)


def choose_staff(parent: QWidget, db: Database, prompt: str) -> str | None:
    """Ask for a manager; the staff key (工号, or name) or None if cancelled."""
    dialog = AssignDialog(db, prompt, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.staff_combo.count() == 0:
        return None
    return str(dialog.staff_combo.currentData())


class StatusDialog(QDialog):
    """Move a warning to one of the statuses allowed from ``current``; closing needs a reason."""

    def __init__(self, current: str, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("更改预警状态"))
        self.setWindowIcon(app_icon())
        self.status_combo = QComboBox()
        for code in TRANSITIONS.get(current, ()):
            self.status_combo.addItem(QCoreApplication.translate("Warnings", STATUS_LABELS[code]), code)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(80)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("{customer}：当前状态「{now}」").format(
            customer=customer, now=QCoreApplication.translate("Warnings", STATUS_LABELS.get(current, current)))))
        form = QFormLayout()
        form.addRow(self.tr("改为(&S)"), self.status_combo)
        form.addRow(self.tr("原因/备注(&N)"), self.note_edit)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        self.buttons = _buttons(self)
        layout.addWidget(self.buttons)
        self.status_combo.currentIndexChanged.connect(self._update)
        self.note_edit.textChanged.connect(self._update)
        self._update()
        self.resize(420, 240)

    def _update(self) -> None:
        closing = self.status_combo.currentData() in CLOSED
        missing = closing and not self.note_edit.toPlainText().strip()
        self.hint.setText(self.tr("关闭预警（已挽留、已流失、误报）须填写原因。") if closing else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.status_combo.count() > 0 and not missing)

    def choice(self) -> StatusChoice:
        """What was chosen."""
        return StatusChoice(str(self.status_combo.currentData()), self.note_edit.toPlainText().strip())


def choose_status(parent: QWidget, current: str, customer: str) -> StatusChoice | None:
    """Ask for the next status of a warning; None if cancelled."""
    dialog = StatusDialog(current, customer, parent)
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
