"""One step of the feedback loop: the next status with the detail it needs, or back with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from core.followup.codes import FEEDBACK_STATUSES
from core.followup.feedback import ORDER, FeedbackItem
from ui.icons import app_icon


def status_label(code: str) -> str:
    """A feedback status in the UI language."""
    return QCoreApplication.translate("Followup", FEEDBACK_STATUSES[code])


class FeedbackStepDialog(QDialog):
    """Ask for what a move needs: 转交对象 for 已转交, the answer for 已答复, a reason to go back."""

    def __init__(self, item: FeedbackItem, back: bool = False, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item, self.back = item, back
        here = ORDER.index(item.status_code)
        self.setWindowTitle(self.tr("退回意见反馈") if back else self.tr("推进意见反馈"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(460)
        self.target_combo = QComboBox()
        targets = ORDER[:here] if back else ORDER[here + 1 : here + 2]
        for code in targets:
            self.target_combo.addItem(status_label(code), code)
        if back:
            self.target_combo.setCurrentIndex(self.target_combo.count() - 1)
        self.to_edit = QLineEdit(item.forwarded_to or "")
        self.to_edit.setPlaceholderText(self.tr("转交给谁或哪个部门，如 个人金融部"))
        self.answer_edit = QPlainTextEdit()
        self.answer_edit.setTabChangesFocus(True)
        self.answer_edit.setFixedHeight(70)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("为什么退回，如 客户对答复不满意"))
        day = today or date.today()
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        summary = QLabel(f"{item.customer_name or item.customer_no} · {QCoreApplication.translate('Followup', item.category)}\n{item.text}")
        summary.setWordWrap(True)
        summary.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("当前状态"), QLabel(status_label(item.status_code)))
        form.addRow(self.tr("改为"), self.target_combo)
        self._rows = {"to": (self.tr("转交给"), self.to_edit), "answer": (self.tr("答复内容"), self.answer_edit),
                      "note": (self.tr("退回原因"), self.note_edit)}
        for text, widget in self._rows.values():
            form.addRow(text, widget)
        form.addRow(self.tr("日期"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确定"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._form = form
        self.target_combo.currentIndexChanged.connect(self._show_fields)
        self._show_fields()

    @property
    def target(self) -> str:
        """The status code chosen."""
        return str(self.target_combo.currentData())

    def _show_fields(self) -> None:
        wanted = {"note"} if self.back else {"forwarded": {"to"}, "answered": {"answer"}}.get(self.target, set())
        for key, (_text, widget) in self._rows.items():
            self._form.setRowVisible(widget, key in wanted)

    def values(self) -> dict[str, str | None]:
        """Keyword arguments for ``set_feedback_status``."""
        return {
            "to": self.to_edit.text().strip() or None if self.target == "forwarded" and not self.back else None,
            "answer": self.answer_edit.toPlainText().strip() or None if self.target == "answered" and not self.back else None,
            "note": self.note_edit.text().strip() or None if self.back else None,
            "on": self.date_edit.date().toPython().isoformat(),
        }
