"""A quick contact form for one customer: keyboard only, sensible defaults, reasons as checkboxes."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER
from core.followup.codes import ATTITUDES, CHANNELS, PURPOSES, REASONS, WARNING_CHOICES, FollowupRefused
from core.followup.contacts import ContactInput, ContactSaved, add_contact
from core.followup.staff import list_staff
from ui.icons import app_icon

CTX = "Followup"
NEXT_DAYS = 14  # default next follow-up: two weeks on


def _fill(combo: QComboBox, table: dict[str, str]) -> None:
    for code, label in table.items():
        combo.addItem(QCoreApplication.translate(CTX, label), code)


class QuickContactDialog(QDialog):
    """Record one contact with ``customer_no``; ``save`` writes it through core.followup.contacts."""

    def __init__(self, db: Database, customer_no: str, customer_text: str, manager: str | None,
                 has_open_warning: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._no = db, customer_no
        self.saved: ContactSaved | None = None
        self.setWindowTitle(self.tr("记录联系 - {customer}").format(customer=customer_text))
        self.setWindowIcon(app_icon())
        self.staff_combo = QComboBox()
        for s in list_staff(db, LOCAL_USER):
            if s.active:
                self.staff_combo.addItem(f"{s.name}（{s.employee_no}）" if s.employee_no else s.name,
                                         s.employee_no or s.name)
                if s.name == manager:
                    self.staff_combo.setCurrentIndex(self.staff_combo.count() - 1)
        self.channel_combo, self.purpose_combo, self.attitude_combo = QComboBox(), QComboBox(), QComboBox()
        _fill(self.channel_combo, CHANNELS)
        _fill(self.purpose_combo, PURPOSES)
        _fill(self.attitude_combo, ATTITUDES)
        if not has_open_warning:
            self.purpose_combo.setCurrentIndex(self.purpose_combo.findData("care"))
        self.reason_boxes: dict[str, QCheckBox] = {}
        reasons = QWidget()
        grid = QGridLayout(reasons)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, (code, label) in enumerate(REASONS.items()):
            box = QCheckBox(QCoreApplication.translate(CTX, label))
            self.reason_boxes[code] = box
            grid.addWidget(box, n // 2, n % 2)
        self.competitor_edit = QLineEdit()
        self.competitor_edit.setPlaceholderText(self.tr("客户提到的他行（可不填）"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setFixedHeight(72)
        self.next_edit = QDateEdit(QDate(date.today() + timedelta(days=NEXT_DAYS)))
        self.next_edit.setCalendarPopup(True)
        self.next_edit.setDisplayFormat("yyyy-MM-dd")
        self.warning_combo = QComboBox()
        self.warning_combo.addItem(self.tr("自动（联系后标为已联系）"), None)
        _fill(self.warning_combo, WARNING_CHOICES)
        self.warning_combo.setEnabled(has_open_warning)
        self.error_label = QLabel()
        self.error_label.setObjectName("error")
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("联系人(&W)"), self.staff_combo)
        form.addRow(self.tr("方式(&C)"), self.channel_combo)
        form.addRow(self.tr("目的(&P)"), self.purpose_combo)
        form.addRow(self.tr("客户态度(&A)"), self.attitude_combo)
        form.addRow(self.tr("原因"), reasons)
        form.addRow(self.tr("他行(&B)"), self.competitor_edit)
        form.addRow(self.tr("情况摘要(&S)"), self.summary_edit)
        form.addRow(self.tr("下次跟进(&N)"), self.next_edit)
        form.addRow(self.tr("预警处理(&R)"), self.warning_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(480, 520)

    def _has_warning(self) -> bool:
        return self.context is not None and self.context.warning_id is not None

    def entry(self) -> ContactInput:
        """The form as a core input."""
        return ContactInput(
            customer_no=self._no,
            staff=str(self.staff_combo.currentData() or ""),
            channel=str(self.channel_combo.currentData()),
            purpose=str(self.purpose_combo.currentData()),
            attitude=str(self.attitude_combo.currentData()),
            reasons=tuple(code for code, box in self.reason_boxes.items() if box.isChecked()),
            competitor=self.competitor_edit.text().strip() or None,
            summary=self.summary_edit.toPlainText().strip() or None,
            next_on=self.next_edit.date().toPython(),
            warning=self.warning_combo.currentData() if self.warning_combo.isEnabled() else None,
        )

    def save(self) -> bool:
        """Write the record; a refusal is shown in the form and nothing is written."""
        try:
            self.saved = add_contact(self._db, LOCAL_USER, self.entry())
        except FollowupRefused as exc:
            self.error_label.setText(exc.message())
            return False
        self.accept()
        return True
