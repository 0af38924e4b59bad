"""The 走访 page: what is due today, what is late, warnings nobody has called, and the latest contacts.

For the whole branch or one manager. Enter (or a double-click) on a customer opens the quick contact
form prefilled for them; Ctrl+N opens it empty. After a save every list is read again, so the customer
leaves the due list and the warning moves on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.followup.cadence import DueList, due_list
from core.followup.contact_queries import list_contacts
from core.security.permissions import can, sees_all_customers
from ui.dialogs.contact_dialog import ContactDialog, saved_message
from ui.dialogs.contact_form_data import active_staff
from ui.models.followup_models import contacts_model, due_model
from ui.models.record_table_model import RecordTableModel
from ui.pages.lazy import LazyPage, loading_text
from ui.pages.page_parts import muted, page_layout, page_title, record_table
from ui.tasks import TaskRunner

RECENT_LIMIT = 300
KEY_MANAGER = "contacts_page/manager"
SECTIONS = ("followups_today", "followups_overdue", "warnings_uncontacted", "out_of_cadence")

OpenForm = Callable[[QWidget, str | None, str | None], QDialog]


class ContactsPage(LazyPage, QWidget):
    """Due, overdue and recent contacts, and the quick form (read on first show, on the task runner)."""

    contact_saved = Signal(object)  # ContactSaved
    data_changed = Signal()
    loaded = Signal()  # the lists are on screen

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings,
                 actor: Actor = LOCAL_USER, today: Callable[[], date] = date.today,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._db_path, self._runner, self._settings = db, db_path, runner, settings
        self._actor, self._today = actor, today
        self.due: DueList | None = None
        self.models: dict[str, RecordTableModel] = {name: due_model(self) for name in SECTIONS}
        self.recent_model = contacts_model(self)
        self.last_dialog: ContactDialog | None = None
        self._first_load = True

        self.manager_combo = QComboBox()
        self.manager_combo.setMinimumContentsLength(10)
        self.record_button = QPushButton(self.tr("记录联系…"))
        self.record_button.setObjectName("primary")
        self.record_button.setToolTip(self.tr("为选中的客户记录一次联系（Enter）；不选客户时可输入客户号（Ctrl+N）"))
        self.record_button.clicked.connect(self.record_selected)
        self.summary_label = muted()
        self.status_label = muted()

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.tables: dict[str, QTableView] = {}
        widths = (110, 80, 56, 120, 80, 96, 96, 80)
        for name in SECTIONS:
            table = record_table(self.models[name], self, widths)
            table.doubleClicked.connect(self._on_activated)
            table.activated.connect(self._on_activated)
            self.tables[name] = table
            self.tabs.addTab(table, "")
        self.recent_table = record_table(self.recent_model, self, (128, 110, 70, 70, 60, 80, 76, 150, 90))
        self.recent_table.doubleClicked.connect(self._on_activated)
        self.tabs.addTab(self.recent_table, "")
        for name in SECTIONS:
            self.tables[name].setColumnHidden(8, name != "warnings_uncontacted")
        self.shows_warnings = can(actor, "risk.view")  # a teller records contacts but does not work warnings
        self.tabs.setTabVisible(SECTIONS.index("warnings_uncontacted"), self.shows_warnings)

        top = QHBoxLayout()
        top.setSpacing(8)
        self.manager_caption = QLabel(self.tr("客户经理"))
        top.addWidget(self.manager_caption)
        top.addWidget(self.manager_combo)
        top.addSpacing(12)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.record_button)
        layout = page_layout(self)
        layout.addWidget(page_title(self.tr("走访")))
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self.open_form(None))

        self.manager_combo.addItem(self.tr("全网点"), "")
        self.manager_combo.currentIndexChanged.connect(self._on_manager_changed)
        if not sees_all_customers(actor):  # a manager or teller sees their own customers only
            self.manager_combo.hide()
            self.manager_caption.hide()

    def _wanted_manager(self) -> str:
        if not sees_all_customers(self._actor):
            return ""  # their own customers, whatever a 主管 chose on this PC
        if self._first_load:
            return str(self._settings.value(KEY_MANAGER, "") or "")
        return self.manager_combo.currentData() or ""

    def _fill_managers(self, staff: list, wanted: str) -> None:  # noqa: ANN001 - list[StaffInfo]
        self.manager_combo.blockSignals(True)
        self.manager_combo.clear()
        self.manager_combo.addItem(self.tr("全网点"), "")
        for person in staff:
            if person.role == "客户经理" and person.employee_no:
                self.manager_combo.addItem(f"{person.name}（{person.employee_no}）", person.employee_no)
        self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(wanted)))
        self.manager_combo.blockSignals(False)

    @property
    def manager(self) -> str | None:
        """The chosen manager's employee number, or None for the whole branch."""
        return self.manager_combo.currentData() or None

    def set_manager(self, employee_no: str | None) -> None:
        """Show one manager's lists (None: the whole branch)."""
        self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(employee_no or "")))

    @Slot()
    def _on_manager_changed(self) -> None:
        self._settings.setValue(KEY_MANAGER, self.manager or "")
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the staff, the due lists and the recent contacts again (on the task runner)."""
        self.summary_label.setText(loading_text())
        actor, today, wanted = self._actor, self._today(), self._wanted_manager()

        def read(db: Database) -> tuple:  # worker thread; due_list may recompute the month (a write)
            staff = active_staff(db, actor)
            manager = wanted if any(p.employee_no == wanted for p in staff) else ""
            due = due_list(db, actor, manager or None, today=today)
            recent = list_contacts(db, actor, staff=manager or None, limit=RECENT_LIMIT)
            return staff, manager, due, recent

        self.read_in_background(read, self._show)

    def _show(self, result: tuple) -> None:
        staff, manager, due, recent = result
        self._fill_managers(staff, manager)
        self.due = due
        for name in SECTIONS:
            shown = name != "warnings_uncontacted" or self.shows_warnings
            self.models[name].set_rows(getattr(due, name) if shown else [])
        self.recent_model.set_rows(recent)
        titles = (self.tr("今日到期 ({n})"), self.tr("已逾期 ({n})"), self.tr("预警待联系 ({n})"),
                  self.tr("周期待维护 ({n})"))
        for n, (name, title) in enumerate(zip(SECTIONS, titles, strict=True)):
            self.tabs.setTabText(n, title.format(n=self.models[name].rowCount()))
        self.tabs.setTabText(len(SECTIONS), self.tr("最近联系"))
        late = sum(1 for i in due.warnings_uncontacted if (i.days_late or 0) > 0)
        if self.shows_warnings:
            self.summary_label.setText(self.tr("{day}：跟进到期 {today} 户，逾期 {overdue} 户，预警待联系 {warn} 户（其中超时 {late} 户）").format(
                day=due.today, today=len(due.followups_today), overdue=len(due.followups_overdue),
                warn=len(due.warnings_uncontacted), late=late))
        else:
            self.summary_label.setText(self.tr("{day}：跟进到期 {today} 户，逾期 {overdue} 户").format(
                day=due.today, today=len(due.followups_today), overdue=len(due.followups_overdue)))
        if self._first_load:
            self._first_load = False
            busy = [n for n, name in enumerate(SECTIONS) if self.models[name].rowCount()]
            self.tabs.setCurrentIndex(busy[0] if busy else len(SECTIONS))  # open where the work is

    def current_table(self) -> QTableView:
        """The table on the visible tab."""
        return self.tabs.currentWidget()  # type: ignore[return-value]

    def selected_customer(self) -> str | None:
        """The customer number of the selected row on the visible tab."""
        table = self.current_table()
        rows = table.selectionModel().selectedRows() if table.selectionModel() else []
        index = rows[0] if rows else table.currentIndex()
        if not index.isValid():
            return None
        return table.model().record(index.row()).customer_no  # type: ignore[attr-defined]

    @Slot()
    def record_selected(self) -> None:
        """The form for the selected customer (or an empty one)."""
        self.open_form(self.selected_customer())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        model = index.model()
        if isinstance(model, RecordTableModel):
            self.open_form(model.record(index.row()).customer_no)

    def make_dialog(self, customer_no: str | None) -> ContactDialog:
        """A contact dialog for ``customer_no``, wired to refresh this page when saved."""
        dialog = ContactDialog(self._db, self._db_path, self._runner, customer_no, self.manager, self._actor, self)
        dialog.contact_saved.connect(self._on_saved)
        self.last_dialog = dialog
        return dialog

    def open_form(self, customer_no: str | None) -> None:
        """Show the quick contact form (modal)."""
        self.make_dialog(customer_no).open()

    @Slot(object)
    def _on_saved(self, saved: object) -> None:
        self.status_label.setText(saved_message(saved))  # type: ignore[arg-type]
        self.refresh()
        self.contact_saved.emit(saved)
        self.data_changed.emit()
