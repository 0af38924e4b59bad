"""The 意见反馈 page: a board of the four steps of the loop, moves along it, and the month's digest.

已记录 → 已转交 → 已答复 → 已告知客户. Each column lists its items (oldest first); 推进 takes the
selected item one step forward asking for what that step needs (whom it went to, the answer),
退回 takes it back with a reason. On the right: the month's feedback by category and status.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.customer_query import committed_periods
from core.followup.codes import FEEDBACK_STATUSES
from core.followup.digest import FeedbackDigest, feedback_digest
from core.followup.feedback import ORDER, FeedbackItem, list_feedback, set_feedback_status
from core.privacy import mask_free_text
from core.security.permissions import can
from ui.dialogs.feedback_step_dialog import FeedbackStepDialog, status_label
from ui.errors import error_text
from ui.formatting import month_text
from ui.pages.lazy import LazyPage, loading_text
from ui.pages.page_parts import muted, page_layout, page_title, start_write
from ui.tasks import TaskRunner
from ui.widgets.banner import Banner
from ui.widgets.category_chart import CategoryChart

IdRole = Qt.ItemDataRole.UserRole
AskStep = Callable[[QWidget, FeedbackItem, bool], dict[str, str | None] | None]


def ask_step(parent: QWidget, item: FeedbackItem, back: bool) -> dict[str, str | None] | None:
    """The step dialog; the chosen status and details, or None if cancelled."""
    dialog = FeedbackStepDialog(item, back, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {"status": dialog.target, **dialog.values()}


class FeedbackPage(LazyPage, QWidget):
    """The feedback loop as a board, with the monthly digest (read on first show, on the task runner)."""

    item_moved = Signal(object)  # FeedbackSaved; the board shows the move by then
    loaded = Signal()  # the board and the digest are on screen

    def __init__(self, db: Database, db_path: Path, runner: TaskRunner, settings: QSettings,
                 actor: Actor = LOCAL_USER, ask: AskStep = ask_step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._db_path, self._runner, self._settings, self._actor, self._ask = db, db_path, runner, settings, actor, ask
        self.items: dict[int, FeedbackItem] = {}
        self.digest: FeedbackDigest | None = None
        self.banner = Banner(self)
        self._moved: object | None = None  # a FeedbackSaved waiting for the board to be read again
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(9)
        self.forward_button = QPushButton(self.tr("推进到下一步…"))
        self.forward_button.setObjectName("primary")
        self.forward_button.setShortcut("Ctrl+Right")
        self.back_button = QPushButton(self.tr("退回…"))
        self.forward_button.clicked.connect(lambda: self.move_selected(back=False))
        self.back_button.clicked.connect(lambda: self.move_selected(back=True))

        board = QGridLayout()
        board.setHorizontalSpacing(10)
        self.columns: dict[str, QListWidget] = {}
        self.column_titles: dict[str, QLabel] = {}
        for n, code in enumerate(ORDER):
            title = QLabel()
            title.setObjectName("sectionTitle")
            lst = QListWidget()
            lst.setWordWrap(True)
            lst.setSpacing(3)
            lst.setUniformItemSizes(False)
            lst.setTextElideMode(Qt.TextElideMode.ElideRight)
            lst.itemSelectionChanged.connect(lambda code=code: self._on_selected(code))
            lst.itemActivated.connect(lambda _item: self.move_selected(back=False))  # ignored without feedback.handle
            self.columns[code], self.column_titles[code] = lst, title
            board.addWidget(title, 0, n)
            board.addWidget(lst, 1, n)
            board.setColumnStretch(n, 1)

        self.chart = CategoryChart()
        self.digest_label = muted()
        side = QFrame()
        side.setObjectName("card")
        side.setFixedWidth(330)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(14, 12, 14, 12)
        head = QHBoxLayout()
        digest_title = QLabel(self.tr("月度汇总"))
        digest_title.setObjectName("sectionTitle")
        head.addWidget(digest_title)
        head.addStretch(1)
        head.addWidget(self.period_combo)
        side_layout.addLayout(head)
        side_layout.addWidget(self.chart)
        side_layout.addWidget(self.digest_label)
        side_layout.addStretch(1)

        actions = QHBoxLayout()
        actions.addWidget(muted(self.tr("选中一条反馈，按“推进”走到下一步；客户对答复不满意时可“退回”。")), 1)
        actions.addWidget(self.back_button)
        actions.addWidget(self.forward_button)
        body = QHBoxLayout()
        body.setSpacing(14)
        body.addLayout(board, 1)
        body.addWidget(side)
        layout = page_layout(self)
        layout.addWidget(page_title(self.tr("意见反馈")))
        layout.addWidget(self.banner)
        layout.addLayout(actions)
        layout.addLayout(body, 1)
        self.period_combo.currentIndexChanged.connect(self.refresh)
        self.may_handle = can(actor, "feedback.handle")  # a teller records feedback; managers move it along
        for button in (self.forward_button, self.back_button):
            button.setVisible(self.may_handle)

    @Slot()
    def refresh(self) -> None:
        """Read every item and the chosen month's digest again (on the task runner)."""
        self.digest_label.setText(loading_text())
        actor, wanted = self._actor, self.period_combo.currentData()

        def read(db: Database) -> tuple:  # worker thread: no widgets
            periods = committed_periods(db)
            period = wanted if wanted in periods else (periods[0] if periods else None)
            digest = feedback_digest(db, actor, period) if period else None
            return periods, period, list_feedback(db, actor), digest

        self.read_in_background(read, self._show)

    def _show(self, result: tuple) -> None:
        periods, period, items, digest = result
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in periods:
            self.period_combo.addItem(month_text(p), p)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(period), 0) if periods else -1)
        self.period_combo.blockSignals(False)
        moved = self._moved
        selected = moved.item if moved is not None else self.selected_item()  # type: ignore[attr-defined]
        self.items = {i.id: i for i in items}
        for code, lst in self.columns.items():
            lst.blockSignals(True)
            lst.clear()
            mine = sorted((i for i in self.items.values() if i.status_code == code), key=lambda i: (i.raised_on, i.id))
            if code == "closed":
                mine.reverse()  # newest closed first: the old ones are history
            for item in mine:
                entry = QListWidgetItem(self._card_text(item), lst)
                entry.setData(IdRole, item.id)
                entry.setToolTip(mask_free_text(item.answer or item.text, 2000))
                if selected is not None and item.id == selected.id:
                    entry.setSelected(True)
                    lst.setCurrentItem(entry)
            lst.blockSignals(False)
            self.column_titles[code].setText(self.tr("{status}（{n}）").format(status=status_label(code), n=len(mine)))
        self._show_digest(digest)
        self._update_buttons()
        if moved is not None:
            self._moved = None
            self.select_item(moved.item.id)  # type: ignore[attr-defined]
            self.item_moved.emit(moved)

    def _card_text(self, item: FeedbackItem) -> str:
        who = item.customer_name or item.customer_no
        head = f"{who} · {QCoreApplication.translate('Followup', item.category)}"
        step = {"recorded": item.raised_on, "forwarded": f"{item.forwarded_on} → {item.forwarded_to or ''}",
                "answered": item.answered_on, "closed": item.closed_on}[item.status_code]
        return f"{head}\n{mask_free_text(item.text, 38)}\n{step or ''}"

    def _show_digest(self, d: FeedbackDigest | None) -> None:
        self.digest = d
        if d is None:
            self.chart.set_data([status_label(c) for c in ORDER], [])
            self.digest_label.setText(self.tr("还没有导入数据。"))
            return
        labels = list(FEEDBACK_STATUSES.values())
        bars = [(QCoreApplication.translate("Followup", c.category), [c.by_status.get(s, 0) for s in labels])
                for c in d.by_category]
        self.chart.set_data([status_label(c) for c in ORDER], bars)
        average = "—" if d.average_days_to_close is None else f"{d.average_days_to_close:.1f}"
        text = self.tr("本月新增 {raised} 条，办结 {closed} 条，平均办结 {days} 天；目前仍未办结 {open} 条。").format(
            raised=d.raised, closed=d.closed, days=average, open=d.open_now)
        if d.competitors:
            banks = "、".join(f"{name}（{n}）" for name, n in d.competitors[:3])
            text += "\n" + self.tr("本月联系中客户提到的他行：{banks}").format(banks=banks)
        self.digest_label.setText(text)

    def _on_selected(self, code: str) -> None:
        for other, lst in self.columns.items():  # one selection across the board
            if other != code and lst.selectedItems():
                lst.blockSignals(True)
                lst.clearSelection()
                lst.blockSignals(False)
        self._update_buttons()

    def selected_item(self) -> FeedbackItem | None:
        """The item selected on the board."""
        for lst in self.columns.values():
            chosen = lst.selectedItems()
            if chosen:
                return self.items.get(int(chosen[0].data(IdRole)))
        return None

    def select_item(self, item_id: int) -> None:
        """Select the item ``item_id`` on the board."""
        for lst in self.columns.values():
            for row in range(lst.count()):
                if lst.item(row).data(IdRole) == item_id:
                    lst.setCurrentRow(row)
                    return

    def _update_buttons(self) -> None:
        item = self.selected_item()
        self.forward_button.setEnabled(item is not None and item.status_code != "closed")
        self.back_button.setEnabled(item is not None and item.status_code != "recorded")

    def move_selected(self, back: bool) -> None:
        """Ask for the step's details and move the selected item."""
        item = self.selected_item()
        if not self.may_handle or item is None or (not back and item.status_code == "closed") or (back and item.status_code == "recorded"):
            return
        answer = self._ask(self, item, back)
        if answer is None:
            return
        actor, item_id = self._actor, item.id
        status = str(answer.pop("status"))
        start_write(self._runner, self._db_path,
                    lambda db: set_feedback_status(db, actor, item_id, status, **answer),
                    self._on_moved, self._on_failed)

    @Slot(object)
    def _on_moved(self, saved: object) -> None:
        item = saved.item  # type: ignore[attr-defined]
        self.banner.show_message("success", self.tr("已将 {who} 的反馈改为「{status}」。").format(
            who=item.customer_name or item.customer_no, status=status_label(item.status_code)))
        self._moved = saved  # item_moved follows once the board is read again
        self.refresh()

    @Slot(object)
    def _on_failed(self, error: Exception) -> None:
        self.banner.show_message("error", error_text(error))
