"""工作台 (dashboard): this month's figures against last month, a 12-month trend, and today's work."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP as N  # noqa: N811 - Qt's name, for lupdate
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.db import db_path_of
from core.followup.cadence import DueItem, due_list
from core.risk.tiers import TIER_LABELS
from core.security.permissions import PermissionDenied, can
from core.ui_queries import MonthKpis, feedback_waiting, month_kpis, open_warning_count, recent_periods, trend
from ui.dialogs.background import app_runner, db_task
from ui.formatting import DASH, count, month_text, wan
from ui.models.rows_model import RowsModel
from ui.pages.page_parts import page_layout
from ui.theme import DANGER
from ui.widgets.charts import AumWarningsChart
from ui.widgets.headers import fit_headers

CTX = "DashboardPage"
TODAY_LIMIT = 200  # the work list shows the most urgent first; the 走访 page has the rest
GOOD, BAD, FLAT = "#2d7a46", DANGER, "#5f6b76"
OpenCustomer = Callable[[QWidget, int], None]


class KpiCard(QFrame):
    """One figure: a caption, the value, and a line below (the change from last month, or a detail)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.caption = QLabel(caption)
        self.caption.setObjectName("statLabel")
        self.value = QLabel(DASH)
        self.value.setObjectName("statValue")
        self.note = QLabel()
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def show_value(self, value: str, note: str = "", color: str | None = None, detail: str = "") -> None:
        """Set the figure, the line below it (``color``: the change's colour) and an uncoloured detail line."""
        self.value.setText(value)
        self.note.setTextFormat(Qt.TextFormat.RichText if detail else Qt.TextFormat.PlainText)
        if detail:
            self.note.setText(f'<span style="color:{color or FLAT}">{html.escape(note)}</span><br>{html.escape(detail)}')
            self.note.setStyleSheet("")
        else:
            self.note.setText(note)
            self.note.setStyleSheet(f"color: {color};" if color else "")


def change_text(now: int, before: int | None, *, money: bool, up_is_good: bool) -> tuple[str, str]:
    """'较上月 +3.2%' (money) or '较上月 +5' (counts) and its colour; no previous month: ('', FLAT)."""
    if before is None:
        return QCoreApplication.translate(CTX, "上月无数据"), FLAT
    diff = now - before
    if money:
        if before == 0:
            text = DASH
        else:
            text = f"{diff / before * 100:+.1f}%"
    else:
        text = f"{diff:+,}"
    color = FLAT if diff == 0 else (GOOD if (diff > 0) == up_is_good else BAD)
    return QCoreApplication.translate(CTX, "较上月 {change}").format(change=text), color


MONEY_CARDS = ("customers", "aum", "hv_aum", "warnings", "stake")  # branch figures: not for a teller


class DashboardPage(QWidget):
    """The first page: where the branch stands this month and what to do today.

    A role without ``customer.balances`` (the teller) gets the reduced page: today's work and the
    feedback waiting, no balances, no branch figures, no trend.
    """

    refreshed = Signal()
    open_worklist = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None, *, open_customer: OpenCustomer | None = None,
                 today: Callable[[], date] = date.today, actor: Actor = LOCAL_USER) -> None:
        super().__init__(parent)
        self._db, self._open_customer, self._today, self._actor = db, open_customer, today, actor
        self.reduced = not can(actor, "customer.balances")
        self.shows_warnings = can(actor, "risk.view")
        self.kpis: tuple[MonthKpis, MonthKpis | None] | None = None
        title = QLabel(self.tr("工作台"))
        title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.cards = {key: KpiCard(caption) for key, caption in (
            ("customers", self.tr("在册客户")), ("aum", self.tr("金融资产总额（万元）")),
            ("hv_aum", self.tr("高价值客户资产（万元）")), ("warnings", self.tr("本月预警客户")),
            ("stake", self.tr("涉险资产（万元）")), ("due", self.tr("今日跟进 / 逾期")),
            ("uncontacted", self.tr("预警待联系")), ("feedback", self.tr("待办反馈")))}
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, card in enumerate(self.cards.values()):
            grid.addWidget(card, n // 4, n % 4)
        self.chart = AumWarningsChart(self.tr("金融资产（万元）"), self.tr("预警客户数"))
        self.chart.setMinimumHeight(200)
        chart_box = self._section(self.tr("近12个月走势"), self.chart)
        self.today_model = RowsModel((N("DashboardPage", "事项"), N("DashboardPage", "客户号"), N("DashboardPage", "姓名"), N("DashboardPage", "等级"), N("DashboardPage", "管户经理"), N("DashboardPage", "应联系日"), N("DashboardPage", "逾期")), CTX, self,
                                     right=(6,))
        self.today_table = QTableView()
        self.today_table.setModel(self.today_model)
        self.today_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today_table.setAlternatingRowColors(True)
        self.today_table.verticalHeader().setVisible(False)
        self.today_table.verticalHeader().setDefaultSectionSize(26)
        header = self.today_table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        for n, w in enumerate((92, 96, 64, 46, 70, 90)):
            header.resizeSection(n, w)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        fit_headers(self.today_table)  # English headers are wider
        self.today_table.activated.connect(self._on_activated)
        self.today_caption = QLabel()
        self.today_caption.setObjectName("muted")
        today_box = self._section(self.tr("今日工作"), self.today_table, self.today_caption)

        if self.reduced:
            for key in MONEY_CARDS:
                self.cards[key].hide()
            if not self.shows_warnings:
                self.cards["uncontacted"].hide()
            chart_box.hide()
        lower = QHBoxLayout()
        lower.setSpacing(10)
        lower.addWidget(chart_box, 5)
        lower.addWidget(today_box, 6)
        layout = page_layout(self)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        layout.addLayout(grid)
        layout.addLayout(lower, 1)
        self.loading = False
        self._again = False
        # The first read waits for the event loop: by then the page sits in the main window and uses its runner.
        QTimer.singleShot(0, self, self.refresh)  # dropped if the page is deleted first

    @staticmethod
    def _section(caption: str, body: QWidget, extra: QWidget | None = None) -> QFrame:
        box = QFrame()
        box.setObjectName("card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(12, 10, 12, 10)
        top = QHBoxLayout()
        label = QLabel(caption)
        label.setObjectName("sectionTitle")
        top.addWidget(label)
        top.addStretch(1)
        if extra is not None:
            top.addWidget(extra)
        layout.addLayout(top)
        layout.addWidget(body, 1)
        return box

    @Slot()
    def refresh(self) -> None:
        """Re-read every figure (after an import, a contact, F5) on the task runner; ``refreshed`` follows.

        ``due_list`` may recompute a month (and write) when the settings changed, so nothing here reads
        or writes on the UI thread.
        """
        if self.loading:
            self._again = True
            return
        path = db_path_of(self._db)
        actor = self._actor
        if path is None:  # an in-memory database (tools): read here
            self._show(_read(self._db, actor, self._today()))
            return
        self.loading = True
        self.subtitle.setText(self.tr("正在读取…"))
        today = self._today()
        task = db_task(path, lambda db: _read(db, actor, today))
        task.succeeded.connect(self._show)
        task.finished.connect(self._read_finished)
        app_runner(self).start(task)

    @Slot()
    def _read_finished(self) -> None:
        self.loading = False
        if self._again:
            self._again = False
            self.refresh()

    @Slot(object)
    def _show(self, data: dict) -> None:
        if self._again:
            return  # stale: another read follows
        periods = data["periods"]
        if not periods:
            self.subtitle.setText(self.tr("还没有数据：请先导入月度客户清单。"))
            self.kpis = None
            for card in self.cards.values():
                card.show_value(DASH)
            self.chart.set_points([])
            self.today_model.set_rows([])
            self.refreshed.emit()
            return
        now, before = data.get("now"), data.get("before")
        if now is None:  # the reduced page: today's work only
            self.kpis = None
            self.subtitle.setText(self.tr("数据月份：{month}").format(month=month_text(periods[-1])))
        else:
            self.kpis = (now, before)
            self.subtitle.setText(self.tr("数据月份：{month}　对比：{previous}").format(
                month=month_text(now.period), previous=month_text(before.period) if before else self.tr("无")))
            self._fill_cards(now, before, data["open_warnings"])
            self.chart.set_points(data["trend"])
        waiting = data.get("feedback_waiting")
        self.cards["feedback"].show_value(count(waiting) if waiting is not None else DASH, self.tr("尚未告知客户处理结果"))
        if data.get("due") is not None:
            self._fill_today(data["due"])
        self.refreshed.emit()

    def _fill_cards(self, now: MonthKpis, before: MonthKpis | None, open_warnings: int | None) -> None:
        tiers = "　".join(f"{QCoreApplication.translate('Tiers', TIER_LABELS[t])} {now.by_tier[t]:,}" for t in (4, 3, 2, 1))
        diff, color = change_text(now.customers, before.customers if before else None, money=False, up_is_good=True)
        self.cards["customers"].show_value(count(now.customers), diff, color, tiers)
        for key, field, good in (("aum", "total_aum_fen", True), ("hv_aum", "high_value_aum_fen", True),
                                 ("stake", "aum_at_stake_fen", False)):
            value = getattr(now, field)
            diff, color = change_text(value, getattr(before, field) if before else None, money=True, up_is_good=good)
            self.cards[key].show_value(wan(value, 0), diff, color)
        diff, color = change_text(now.warnings, before.warnings if before else None, money=False, up_is_good=False)
        self.cards["warnings"].show_value(count(now.warnings), diff + (self.tr("；未结 {n}").format(
            n=count(open_warnings)) if open_warnings is not None else ""), color)

    def _fill_today(self, due: object) -> None:
        self.due = due
        warnings = due.warnings_uncontacted if self.shows_warnings else ()  # a teller does not work warnings
        late_warnings = [i for i in warnings if (i.days_late or 0) > 0]
        self.cards["due"].show_value(
            f"{len(due.followups_today):,} / {len(due.followups_overdue):,}",
            self.tr("超出维护周期 {n} 户").format(n=count(len(due.out_of_cadence))),
            BAD if due.followups_overdue else None)
        self.cards["uncontacted"].show_value(
            count(len(warnings)), self.tr("其中已超时 {n} 户").format(n=count(len(late_warnings))),
            BAD if late_warnings else None)
        items: list[tuple[str, DueItem]] = (
            [(self.tr("预警待联系"), i) for i in warnings]
            + [(self.tr("逾期跟进"), i) for i in due.followups_overdue]
            + [(self.tr("今日跟进"), i) for i in due.followups_today]
            + [(self.tr("超出维护周期"), i) for i in due.out_of_cadence])
        total = len(items)
        items = items[:TODAY_LIMIT]
        self.today_model.set_rows(
            [(kind, i.customer_no, i.name, i.tier or DASH, i.manager or self.tr("（未分配）"), i.due_on or self.tr("从未联系"),
              self.tr("{n} 天").format(n=i.days_late) if i.days_late else DASH) for kind, i in items],
            [i.customer_no for _k, i in items])
        shown = self.tr("共 {n} 项").format(n=count(total))
        if total > TODAY_LIMIT:
            shown += self.tr("，显示最急的 {n} 项").format(n=TODAY_LIMIT)
        self.today_caption.setText(shown + self.tr("　{day}").format(day=due.today))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid() or self._open_customer is None:
            return
        no = index.data(RowsModel.PayloadRole)
        row = self._db.execute("select id from customers where customer_no = ?", [no]).fetchone()
        if row is not None:
            self._open_customer(self, int(row[0]))
            self.refresh()


def _read(db: Database, actor: Actor, today: date) -> dict:
    """Everything the dashboard shows to ``actor`` (worker thread; ``due_list`` may recompute and write).

    A teller reads no branch figures; any figure core refuses to ``actor`` is simply left out.
    """
    periods = recent_periods(db, 2)
    if not periods:
        return {"periods": periods}
    data: dict = {"periods": periods, "feedback_waiting": _allowed(lambda: feedback_waiting(db, actor)),
                  "due": _allowed(lambda: due_list(db, actor, today=today))}
    if can(actor, "customer.balances"):
        data["now"] = _allowed(lambda: month_kpis(db, actor, periods[-1]))
        if data["now"] is not None:
            data["before"] = _allowed(lambda: month_kpis(db, actor, periods[0])) if len(periods) == 2 else None
            data["trend"] = [(p.period, p.total_aum_fen, p.warnings) for p in _allowed(lambda: trend(db, actor)) or []]
            data["open_warnings"] = _allowed(lambda: open_warning_count(db, actor))
    return data


def _allowed(read: Callable[[], object]) -> Any:
    """``read()``, or None when core refuses it to this role."""
    try:
        return read()
    except PermissionDenied:
        return None
