"""客户详情 (customer 360): masked profile, tiers, AUM and holdings, warnings, contacts, feedback, managers.

Buttons record a contact (the one contact form, ContactDialog), move the open warning along and
assign a manager; each writes through core as a Task on the app's one task runner (never on the UI
thread) and the dialog re-reads itself when it is done. Identifiers are shown masked; a 主管 may
reveal the ID number or mobile for 30 seconds with a reason (ui/dialogs/reveal.py, audited).
What a role may not see (a teller: balances and warnings) is not on the screen at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP as N  # noqa: N811 - Qt's name, for lupdate
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import Actor
from core.customer_query import CustomerProfile, committed_periods, customer_history, load_customer_profile
from core.db import db_path_of
from core.followup.assignment import assign_customer, manager_history
from core.followup.contact_queries import list_contacts
from core.followup.feedback import list_feedback
from core.privacy import mask_free_text
from core.risk.tiers import tier_label
from core.risk.warning_queries import warnings_of
from core.risk.warnings import OPEN, set_warning_status
from core.security.permissions import can
from core.ui_queries import customer_tier_history
from ui.dialogs.background import app_runner, db_task, window_actor
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.reveal import AskReason, RevealField, ask_reason
from ui.dialogs.warning_actions import ChooseStaff, ChooseStatus, choose_staff, choose_status
from ui.errors import show_task_error
from ui.formatting import DASH, month_text, yuan
from ui.icons import app_icon, icon
from ui.models.rows_model import RowsModel
from ui.tasks import TaskRunner
from ui.widgets.charts import HoldingsChart
from ui.widgets.tables import make_table

CTX = "Customer360Dialog"
RecordContact = Callable[[ContactDialog], bool]


def record_contact(dialog: ContactDialog) -> bool:
    """Show the contact form (modal); True if a record was saved."""
    return dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_saved is not None


def _table(model: RowsModel, stretch: int | None = None) -> QTableView:
    return make_table(model, stretch, fit_contents=True)  # a handful of rows


class Customer360Dialog(QDialog):
    """Everything about one customer on one screen, with the three everyday actions."""

    changed = Signal()  # something was written (a contact, a status, a manager)

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None, *,
                 ask_staff: ChooseStaff = choose_staff, ask_status: ChooseStatus = choose_status,
                 add_contact: RecordContact = record_contact, db_path: Path | None = None,
                 runner: TaskRunner | None = None, actor: Actor | None = None,
                 ask_reason: AskReason = ask_reason) -> None:
        """:param db_path: the database file, for the worker's own connection (default: ``db``'s file)
        :param runner: the app's task runner (default: the main window's, found through ``parent``)
        :param actor: who is looking (default: the signed-in user of the window ``parent`` belongs to)
        """
        super().__init__(parent)
        self._db, self._id = db, customer_id
        self._actor = actor or window_actor(parent)
        self._ask_reason = ask_reason
        self.reveal_fields: dict[str, RevealField] = {}
        self._db_path = db_path or db_path_of(db)
        self._runner = runner
        self.busy = False
        self._ask_staff, self._ask_status, self._add_contact = ask_staff, ask_status, add_contact
        self.setWindowIcon(app_icon())
        self.resize(980, 740)
        self.profile: CustomerProfile | None = None
        self.open_status: str | None = None
        self.warnings_model = RowsModel((N("Customer360Dialog", "状态"), N("Customer360Dialog", "风险"), N("Customer360Dialog", "分数"), N("Customer360Dialog", "涉险资产（元）"), N("Customer360Dialog", "首次预警"), N("Customer360Dialog", "最近一期"), N("Customer360Dialog", "原因/关闭说明")),
                                        CTX, self, right=(2, 3))
        self.events_model = RowsModel((N("Customer360Dialog", "时间"), N("Customer360Dialog", "事项"), N("Customer360Dialog", "状态"), N("Customer360Dialog", "备注"), N("Customer360Dialog", "操作人")), CTX, self)
        self.contacts_model = RowsModel((N("Customer360Dialog", "时间"), N("Customer360Dialog", "联系人"), N("Customer360Dialog", "方式"), N("Customer360Dialog", "目的"), N("Customer360Dialog", "态度"), N("Customer360Dialog", "原因"), N("Customer360Dialog", "摘要"), N("Customer360Dialog", "下次跟进")), CTX, self)
        self.feedback_model = RowsModel((N("Customer360Dialog", "日期"), N("Customer360Dialog", "类别"), N("Customer360Dialog", "内容"), N("Customer360Dialog", "状态"), N("Customer360Dialog", "转交/答复")), CTX, self)
        self.managers_model = RowsModel((N("Customer360Dialog", "起始日期"), N("Customer360Dialog", "管户经理"), N("Customer360Dialog", "工号"), N("Customer360Dialog", "来源"), N("Customer360Dialog", "操作人")), CTX, self)
        self.tiers_model = RowsModel((N("Customer360Dialog", "月份"), N("Customer360Dialog", "持有等级"), N("Customer360Dialog", "按当月资产"), N("Customer360Dialog", "金融资产（元）"), N("Customer360Dialog", "存款（元）"), N("Customer360Dialog", "理财（元）"),
                                      N("Customer360Dialog", "基金（元）"), N("Customer360Dialog", "保险（元）")), CTX, self, right=(3, 4, 5, 6, 7))

        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.badge = QLabel()
        self.badge.setObjectName("muted")
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card_grid = QGridLayout(self.card)
        self.card_grid.setContentsMargins(14, 10, 14, 10)
        self.card_grid.setHorizontalSpacing(14)
        self.card_grid.setVerticalSpacing(6)
        self.chart = HoldingsChart()
        self.tabs = QTabWidget()
        overview = QWidget()
        ov = QVBoxLayout(overview)
        ov.addWidget(self.chart, 2)
        ov.addWidget(_table(self.tiers_model), 3)
        self.tabs.addTab(overview, self.tr("资产与等级"))
        self.shows_money = can(self._actor, "customer.balances")
        self.shows_warnings = can(self._actor, "risk.view")
        self.tabs.setTabVisible(0, self.shows_money)  # a teller sees no balances
        warn_box = QWidget()
        wl = QVBoxLayout(warn_box)
        wl.addWidget(_table(self.warnings_model), 1)
        caption = QLabel(self.tr("处理记录"))
        caption.setObjectName("sectionTitle")
        wl.addWidget(caption)
        wl.addWidget(_table(self.events_model), 1)
        self.tabs.addTab(warn_box, self.tr("预警"))
        self.tabs.setTabVisible(1, self.shows_warnings)
        self.tabs.addTab(_table(self.contacts_model, stretch=6), self.tr("联系记录"))
        self.tabs.addTab(_table(self.feedback_model, stretch=2), self.tr("意见反馈"))
        self.tabs.addTab(_table(self.managers_model), self.tr("管户经理"))

        self.contact_button = QPushButton(icon("calendar"), self.tr("记录联系…"))
        self.contact_button.setObjectName("primary")
        self.contact_button.setToolTip(self.tr("记录一次电话、面谈或上门（Ctrl+N）"))
        self.status_button = QPushButton(icon("history"), self.tr("更改预警状态…"))
        self.status_button.setToolTip(self.tr("Ctrl+E"))
        self.assign_button = QPushButton(icon("user"), self.tr("分派管户经理…"))
        self.assign_button.setToolTip(self.tr("Ctrl+D"))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.contact_button, self.status_button, self.assign_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        self.contact_button.clicked.connect(self.record_contact)
        self.status_button.clicked.connect(self.change_status)
        self.assign_button.clicked.connect(self.assign_manager)
        QShortcut(QKeySequence("Ctrl+N"), self, self.record_contact)
        QShortcut(QKeySequence("Ctrl+E"), self, self.change_status)
        QShortcut(QKeySequence("Ctrl+D"), self, self.assign_manager)
        for button, action in ((self.contact_button, "contact.record"), (self.status_button, "warning.update"),
                               (self.assign_button, "customer.assign")):
            button.setVisible(can(self._actor, action))
        for n in range(self.tabs.count()):  # open on the first tab this role may see
            if self.tabs.isTabVisible(n):
                self.tabs.setCurrentIndex(n)
                break

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addSpacing(10)
        head.addWidget(self.badge, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.card)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.reload()

    # --- reading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read everything shown."""
        self.profile = p = load_customer_profile(self._db, self._actor, self._id)
        if p is None:
            self.setWindowTitle(self.tr("客户详情"))
            self.title.setText(self.tr("该客户已不在数据库中（可能其所在的导入批次已被撤销）。"))
            for w in (self.card, self.tabs, self.contact_button, self.status_button, self.assign_button):
                w.setEnabled(False)
            return
        self.setWindowTitle(self.tr("客户详情 - {name}（{no}）").format(name=p.name, no=p.customer_no))
        self.title.setText(p.name)
        self._fill_card(p)
        if self.shows_money:
            self._fill_assets(p)
        if self.shows_warnings:
            self._fill_warnings(p)
        else:
            self.open_status = None
            self.badge.setText("")
        self._fill_followup(p)
        self.status_button.setEnabled(self.open_status is not None)

    def _fill_card(self, p: CustomerProfile) -> None:
        while self.card_grid.count():
            item = self.card_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        fields = [
            (self.tr("客户号"), p.customer_no), (self.tr("证件号码"), p.id_number_masked),
            (self.tr("手机号码"), p.mobile_masked), (self.tr("性别"), p.gender),
            (self.tr("出生年月"), p.birth_month), (self.tr("网点"), p.branch),
            (self.tr("管户经理"), p.manager), (self.tr("在册月份"),
                                           f"{month_text(p.first_period)} – {month_text(p.last_period)}"),
        ]
        self.field_labels: dict[str, QLabel] = {}
        self.reveal_fields = {}
        revealable = {1: "id_number", 2: "mobile"} if can(self._actor, "customer.reveal") else {}
        for n, (label, value) in enumerate(fields):
            row, col = divmod(n, 4)
            name = QLabel(label)
            name.setObjectName("muted")
            if n in revealable and value:
                field = RevealField(self._db, self._db_path, self._actor, p.id, revealable[n], value, self,
                                    ask=self._ask_reason, runner=self._runner)
                self.reveal_fields[revealable[n]] = field
                shown, cell = field.value_label, field
            else:
                shown = cell = QLabel(value or DASH)
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # masked text only
            self.field_labels[label] = shown
            self.card_grid.addWidget(name, row, col * 2)
            self.card_grid.addWidget(cell, row, col * 2 + 1)
        for c in (1, 3, 5, 7):
            self.card_grid.setColumnStretch(c, 1)

    def _fill_assets(self, p: CustomerProfile) -> None:
        history = {h.period: h for h in customer_history(self._db, self._actor, p.id)}
        tiers = {period: (held, by) for period, held, by in customer_tier_history(self._db, self._actor, p.id)}
        periods = list(reversed(committed_periods(self._db)))[-12:]
        def part(h, name: str) -> int:  # noqa: ANN001
            return int(getattr(h, name) or 0) if h else 0
        series = []
        for label, name in ((self.tr("存款"), "deposit_fen"), (self.tr("理财"), "wealth_fen"),
                            (self.tr("基金"), "fund_fen"), (self.tr("保险"), "insurance_fen")):
            series.append((label, [part(history.get(x), name) for x in periods]))
        other = [max(0, part(history.get(x), "aum_fen") - sum(s[1][k] for s in series)) for k, x in enumerate(periods)]
        series.append((self.tr("其他"), other))
        self.chart.set_data(periods, series)
        rows = []
        for period in reversed(sorted(set(history) | set(tiers))):
            h = history.get(period)
            held, by = tiers.get(period, (None, None))
            tier_text = QCoreApplication.translate("Tiers", tier_label(held)) if held is not None else DASH
            by_text = QCoreApplication.translate("Tiers", tier_label(by)) if by is not None else DASH
            if held is not None and by is not None and by < held:
                by_text += self.tr("（关注）")
            rows.append((month_text(period), tier_text, by_text, yuan(h.aum_fen) if h else self.tr("未在册"),
                         yuan(h.deposit_fen) if h else DASH, yuan(h.wealth_fen) if h else DASH,
                         yuan(h.fund_fen) if h else DASH, yuan(h.insurance_fen) if h else DASH))
        self.tiers_model.set_rows(rows)

    def _fill_warnings(self, p: CustomerProfile) -> None:
        infos = warnings_of(self._db, self._actor, p.customer_no)
        reasons = dict(self._db.execute(
            """select w.id, group_concat(r.message, '；') from warnings w
               join risk_reasons r on r.customer_id = w.customer_id and r.period = w.last_period
               where w.customer_id = ? group by w.id""", [p.id]).fetchall())
        self.open_status = next((w.status_code for w in infos if w.status_code in OPEN), None)
        self.warnings_model.set_rows([
            (w.status, w.level, str(w.score), yuan(w.aum_at_stake_fen), month_text(w.first_period),
             month_text(w.last_period), (self.tr("关闭说明：") + w.closed_reason) if w.closed_reason else reasons.get(w.id, ""))
            for w in infos], infos)
        events = [(e.at.replace("T", " ")[:16], e.kind, e, w) for w in infos for e in w.events]
        kinds = {"created": self.tr("生成预警"), "refreshed": self.tr("新一期仍有信号"), "status": self.tr("状态变更")}
        self.events_model.set_rows([
            (at, kinds.get(kind, kind), (f"{e.from_status} → " if e.from_status else "") + e.to_status, e.note or "", e.actor)
            for at, kind, e, _w in sorted(events, key=lambda t: t[0], reverse=True)])
        open_count = sum(1 for w in infos if w.status_code in OPEN)
        self.badge.setText(self.tr("有未结预警（{status}）").format(status=next(w.status for w in infos if w.status_code in OPEN))
                           if open_count else self.tr("无未结预警"))
        self.tabs.setTabText(1, self.tr("预警（{n}）").format(n=len(infos)))

    def _fill_followup(self, p: CustomerProfile) -> None:
        contacts = list_contacts(self._db, self._actor, customer_no=p.customer_no)
        self.contacts_model.set_rows([
            (c.visited_at.replace("T", " ")[:16], c.staff_name, c.channel, c.purpose, c.attitude, "、".join(c.reasons),
             mask_free_text((c.summary or "").replace("\n", " "), 500), c.next_on or DASH) for c in contacts], contacts)
        items = [f for f in list_feedback(self._db, self._actor) if f.customer_no == p.customer_no]
        self.feedback_model.set_rows([
            (f.raised_on, f.category, mask_free_text(f.text.replace("\n", " "), 500), f.status,
             mask_free_text(f.answer, 500) if f.answer else (self.tr("转交 {to}").format(to=f.forwarded_to) if f.forwarded_to else DASH))
            for f in reversed(items)], items)
        spells = manager_history(self._db, self._actor, p.customer_no)
        self.managers_model.set_rows([
            (s.effective_on, s.manager or self.tr("（无）"), s.employee_no or DASH, s.source, s.actor or DASH)
            for s in reversed(spells)])
        self.tabs.setTabText(2, self.tr("联系记录（{n}）").format(n=len(contacts)))
        self.tabs.setTabText(3, self.tr("意见反馈（{n}）").format(n=len(items)))

    # --- actions -----------------------------------------------------------------------

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def runner(self) -> TaskRunner:
        """The app's one task runner (so a write here waits its turn behind an import)."""
        return self._runner or app_runner(self.parentWidget())

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in (self.contact_button, self.assign_button):
            button.setEnabled(not busy and self.profile is not None)
        self.status_button.setEnabled(not busy and self.open_status is not None)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def _write(self, work: Callable[[Database], object], title: str) -> None:
        """Run ``work`` on the task runner with its own connection; re-read when it is done."""
        if self._db_path is None:
            return
        task = db_task(self._db_path, work)
        task.succeeded.connect(lambda _r: self._done())
        task.failed.connect(lambda exc: self._refused(title, exc))
        task.finished.connect(lambda: self._set_busy(False))
        self._set_busy(True)
        self.runner().start(task)

    def _refused(self, title: str, exc: BaseException) -> None:
        show_task_error(self, title, exc)

    @Slot()
    def record_contact(self) -> None:
        """Ctrl+N: the contact form (ContactDialog, saved on the task runner)."""
        if self.profile is None or self.busy or self._db_path is None or not can(self._actor, "contact.record"):
            return
        dialog = ContactDialog(self._db, self._db_path, self.runner(), self.profile.customer_no, actor=self._actor,
                               parent=self)
        if self._add_contact(dialog):
            self._done()

    @Slot()
    def change_status(self) -> None:
        """Ctrl+E: move the open warning along (closing asks for a reason)."""
        if self.profile is None or self.open_status is None or self.busy or not can(self._actor, "warning.update"):
            return
        choice = self._ask_status(self, self.open_status, f"{self.profile.name}（{self.profile.customer_no}）")
        if choice is None:
            return
        no, status, note, actor = self.profile.customer_no, choice.status, choice.note or None, self._actor
        self._write(lambda db: set_warning_status(db, actor, no, status, note), self.tr("更改预警状态"))

    @Slot()
    def assign_manager(self) -> None:
        """Ctrl+D: make someone else the customer's manager (a new warning becomes 已分派)."""
        if self.profile is None or self.busy or not can(self._actor, "customer.assign"):
            return
        staff = self._ask_staff(self, self._db, self.tr("把 {name}（{no}）分派给：").format(
            name=self.profile.name, no=self.profile.customer_no))
        if not staff:
            return
        no, was_new, actor = self.profile.customer_no, self.open_status == "new", self._actor

        def work(db: Database) -> None:  # worker thread
            with db.atomic():
                assign_customer(db, actor, no, staff)
                if was_new:
                    set_warning_status(db, actor, no, "assigned")

        self._write(work, self.tr("分派管户经理"))
