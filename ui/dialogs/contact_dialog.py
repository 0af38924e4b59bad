"""The quick contact form (记录联系): a teller fills it in under a minute, keyboard only.

Defaults do most of the work: the customer's own manager, now, 电话, 挽留 when a warning is open,
稳定, and the next follow-up date from the tier's cadence (a week for a hesitant customer). Reasons
are checkboxes; Ctrl+Enter saves. Saving runs ``add_contact`` as a Task on its own connection, so
it waits its turn behind an import instead of freezing the window; the record is linked to the
customer's open warning and moves it (core/followup/warning_link.py).

``ContactForm`` is the widget; ``ContactDialog`` wraps it for the 走访 page and the customer 360:
``ContactDialog(db, db_path, runner, customer_no, parent=…)``, then ``contact_saved(ContactSaved)``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.followup.codes import ATTITUDES, CHANNELS, PURPOSES, REASONS, WARNING_CHOICES, FollowupRefused
from core.followup.contacts import ContactInput, ContactSaved, add_contact
from core.security.permissions import PermissionDenied
from ui.dialogs.background import db_task
from ui.dialogs.contact_form_data import CustomerContext, active_staff, customer_context, suggested_next
from ui.icons import app_icon
from ui.tasks import TaskRunner
from ui.widgets.banner import Banner

FOLLOWUP = "Followup"  # the context of core's coded labels
AUTO = ""  # warning choice: let the lifecycle decide


def label(text: str) -> str:
    """A core label (电话, 稳定 …) in the UI language."""
    return QCoreApplication.translate(FOLLOWUP, text)


def label_tier(text: str | None) -> str:
    """A tier label in the UI language ('' for none)."""
    return QCoreApplication.translate("Tiers", text) if text else ""


class ContactForm(QWidget):
    """The fields of one contact record, prefilled for ``customer_no``."""

    context_changed = Signal()

    def __init__(self, db: Database, customer_no: str | None = None, staff: str | None = None,
                 actor: Actor = LOCAL_USER, now: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._now = (now or datetime.now()).replace(second=0, microsecond=0)
        self._next_touched = False
        self.context: CustomerContext | None = None

        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(self.tr("输入客户号后按 Tab"))
        self.customer_info = QLabel()
        self.customer_info.setObjectName("muted")
        self.customer_info.setWordWrap(True)
        self.staff_combo = QComboBox()
        for person in active_staff(db, actor):
            text = f"{person.name}（{person.employee_no}）" if person.employee_no else person.name
            self.staff_combo.addItem(text, person.employee_no or person.name)
        self.when_edit = QDateTimeEdit(QDateTime(QDate(self._now.year, self._now.month, self._now.day),
                                                 QTime(self._now.hour, self._now.minute)))
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when_edit.setCalendarPopup(True)
        self.channel_combo = self._combo(CHANNELS, "phone")
        self.purpose_combo = self._combo(PURPOSES, "care")
        self.attitude_combo = self._combo(ATTITUDES, "stable")
        self.reason_boxes: dict[str, QCheckBox] = {}
        reasons = QGridLayout()
        reasons.setHorizontalSpacing(16)
        for n, (code, text) in enumerate(REASONS.items()):
            box = QCheckBox(label(text))
            self.reason_boxes[code] = box
            reasons.addWidget(box, n // 3, n % 3)
        self.competitor_edit = QLineEdit()
        self.competitor_edit.setPlaceholderText(self.tr("客户提到的他行（可不填）"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)  # Tab leaves the box: the form stays keyboard-only
        self.summary_edit.setPlaceholderText(self.tr("简要记录沟通内容（不要写证件号、卡号等）"))
        self.summary_edit.setFixedHeight(72)
        self.next_check = QCheckBox(self.tr("约定下次跟进"))
        self.next_check.setChecked(True)
        self.next_edit = QDateEdit()
        self.next_edit.setDisplayFormat("yyyy-MM-dd")
        self.next_edit.setCalendarPopup(True)
        self.warning_combo = QComboBox()
        self.warning_combo.addItem(self.tr("自动（按客户态度）"), AUTO)
        for code, text in WARNING_CHOICES.items():
            self.warning_combo.addItem(label(text), code)
        self.warning_label = QLabel(self.tr("预警处理"))

        next_row = QHBoxLayout()
        next_row.addWidget(self.next_check)
        next_row.addWidget(self.next_edit)
        next_row.addStretch(1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(9)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("客户号"), self.customer_edit)
        form.addRow("", self.customer_info)
        form.addRow(self.tr("联系人"), self.staff_combo)
        form.addRow(self.tr("联系时间"), self.when_edit)
        form.addRow(self.tr("联系方式"), self.channel_combo)
        form.addRow(self.tr("联系目的"), self.purpose_combo)
        form.addRow(self.tr("客户态度"), self.attitude_combo)
        form.addRow(self.tr("原因"), reasons)
        form.addRow(self.tr("他行名称"), self.competitor_edit)
        form.addRow(self.tr("摘要"), self.summary_edit)
        form.addRow(self.tr("下次跟进"), next_row)
        form.addRow(self.warning_label, self.warning_combo)

        self.customer_edit.editingFinished.connect(self._load_customer)
        self.attitude_combo.currentIndexChanged.connect(self._prefill_next)
        self.when_edit.dateTimeChanged.connect(self._prefill_next)
        self.next_edit.userDateChanged.connect(self._on_next_edited)
        self.next_check.toggled.connect(self.next_edit.setEnabled)
        if customer_no:
            self.customer_edit.setText(customer_no)
            self.customer_edit.setReadOnly(True)
            self.customer_edit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._load_customer()
        if staff:
            self.select_staff(staff)

    def _combo(self, table: dict[str, str], default: str) -> QComboBox:
        combo = QComboBox()
        for code, text in table.items():
            combo.addItem(label(text), code)
        combo.setCurrentIndex(list(table).index(default))
        return combo

    def first_field(self) -> QWidget:
        """Where the cursor starts: the customer number if empty, else the channel."""
        return self.customer_edit if not self.customer_edit.isReadOnly() else self.channel_combo

    def select_staff(self, key: str) -> None:
        """Choose the staff member with this employee number (or name)."""
        found = self.staff_combo.findData(key)
        if found >= 0:
            self.staff_combo.setCurrentIndex(found)

    @Slot()
    def _load_customer(self) -> None:
        no = self.customer_edit.text().strip()
        self.context = customer_context(self._db, self._actor, no) if no else None
        ctx = self.context
        if ctx is None:
            self.customer_info.setText(self.tr("找不到这个客户号。") if no else "")
        else:
            parts = [ctx.name, label_tier(ctx.tier_label),
                     self.tr("管户：{name}").format(name=ctx.manager_name or self.tr("无")),
                     self.tr("上次联系：{day}").format(day=ctx.last_contact or self.tr("从未联系"))]
            if ctx.warning_status:
                status = QCoreApplication.translate("Warnings", ctx.warning_status)
                parts.append(self.tr("预警：{status}").format(status=status))
            self.customer_info.setText("　".join(p for p in parts if p))
            if ctx.manager_employee_no:
                self.select_staff(ctx.manager_employee_no)
            self.purpose_combo.setCurrentIndex(list(PURPOSES).index("retention" if ctx.warning_id else "care"))
        self.warning_label.setVisible(self._has_warning())
        self.warning_combo.setVisible(self._has_warning())
        self._prefill_next()
        self.context_changed.emit()

    @Slot()
    def _prefill_next(self) -> None:
        if self._next_touched:
            return
        day = suggested_next(self.context, str(self.attitude_combo.currentData()), self.when_edit.date().toPython())
        self.next_edit.blockSignals(True)
        self.next_edit.setDate(QDate(day.year, day.month, day.day))
        self.next_edit.blockSignals(False)

    @Slot()
    def _on_next_edited(self) -> None:
        self._next_touched = True

    def _has_warning(self) -> bool:
        return self.context is not None and self.context.warning_id is not None

    def entry(self) -> ContactInput:
        """What the form says, as core's input (codes, ISO dates)."""
        when = self.when_edit.dateTime().toPython()
        return ContactInput(
            customer_no=self.customer_edit.text().strip(),
            staff=str(self.staff_combo.currentData() or ""),
            channel=str(self.channel_combo.currentData()),
            purpose=str(self.purpose_combo.currentData()),
            attitude=str(self.attitude_combo.currentData()),
            reasons=tuple(code for code, box in self.reason_boxes.items() if box.isChecked()),
            competitor=self.competitor_edit.text().strip() or None,
            summary=self.summary_edit.toPlainText().strip() or None,
            next_on=self.next_edit.date().toPython().isoformat() if self.next_check.isChecked() else None,
            visited_at=when.strftime("%Y-%m-%dT%H:%M:00"),
            warning=(self.warning_combo.currentData() or None) if self._has_warning() else None,
        )


class ContactDialog(QDialog):
    """The form in a dialog: saves through the task runner and reports what happened to the warning."""

    contact_saved = Signal(object)  # core.followup.contacts.ContactSaved
    save_failed = Signal(str)  # the message shown

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, customer_no: str | None = None,
                 staff: str | None = None, actor: Actor = LOCAL_USER, parent: QWidget | None = None,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录联系"))
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(580)
        self._db_path, self._runner, self._actor, self._now = db_path, runner, actor, now
        self.result_saved: ContactSaved | None = None
        self.form = ContactForm(db, customer_no, staff, actor, now, self)
        self.banner = Banner(self)
        title = QLabel(self.tr("记录一次联系"))
        title.setObjectName("sectionTitle")
        hint = QLabel(self.tr("Tab 切换栏目，空格勾选，Ctrl+Enter 保存"))
        hint.setObjectName("muted")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("保存"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_action = QAction(self.tr("保存"), self)
        self.save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.save_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(hint)
        layout.addLayout(head)
        layout.addWidget(self.banner)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.first_field().setFocus()

    @Slot()
    def save(self) -> None:
        """Validate and save on the worker thread; the dialog closes when the record is in."""
        if not self.save_button.isEnabled():
            return
        entry = self.form.entry()
        db_path, actor, now = self._db_path, self._actor, self._now

        task = db_task(db_path, lambda db: add_contact(db, actor, entry, now=now))  # worker thread: no widgets
        task.succeeded.connect(self._on_saved)
        task.failed.connect(self._on_failed)
        task.finished.connect(self._on_finished)  # a bound slot: dropped if the dialog is gone first
        self.save_button.setEnabled(False)
        self._runner.start(task)

    @Slot()
    def _on_finished(self) -> None:
        self.save_button.setEnabled(True)

    @Slot(object)
    def _on_saved(self, saved: ContactSaved) -> None:
        self.result_saved = saved
        self.contact_saved.emit(saved)
        self.accept()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, FollowupRefused):
            text = QCoreApplication.translate(FOLLOWUP, error.template).format(**error.params)
        elif isinstance(error, PermissionDenied):
            text = error.message()
        else:
            text = self.tr("联系记录未能保存（{kind}），数据库未作修改。").format(kind=type(error).__name__)
        self.banner.show_message("error", text)
        self.save_failed.emit(text)


def saved_message(saved: ContactSaved) -> str:
    """One line for the status bar: what was saved and what happened to the warning."""
    tr = QCoreApplication.translate
    who = saved.record.customer_name or saved.record.customer_no
    text = tr("ContactDialog", "已记录对 {name} 的联系。").format(name=who)
    change = saved.warning
    if change is not None and change.changed:
        text += tr("ContactDialog", "预警由「{old}」改为「{new}」。").format(
            old=tr("Warnings", change.from_status), new=tr("Warnings", change.to_status))
    if saved.record.next_on:
        text += tr("ContactDialog", "下次跟进：{day}。").format(day=saved.record.next_on)
    return text
