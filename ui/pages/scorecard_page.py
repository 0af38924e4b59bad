"""The 考核 page: the managers' scorecard for a month, sortable, and the customers behind any figure.

Click a figure (say 减少高价值 of 林雅婷) and the table below lists exactly the customers that make it
up (core/followup/scorecard_detail.py), so a figure can always be checked customer by customer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP  # noqa: N811
from PySide6.QtCore import QCoreApplication, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.customer_query import committed_periods
from core.followup.codes import FollowupRefused
from core.followup.scorecard import Scorecard, ScorecardRow, scorecard
from core.followup.scorecard_detail import ScorecardLine, scorecard_lines
from ui.errors import error_text
from ui.formatting import month_text, wan
from ui.models.followup_models import SCORE_COLUMNS, lines_model, scorecard_model
from ui.pages.lazy import LazyPage, loading_text
from ui.pages.page_parts import muted, page_layout, page_title, record_table
from ui.tasks import TaskRunner
from ui.widgets.headers import fit_headers

Filter = Callable[[ScorecardLine], bool]
CLOSED = ("已挽留", "已流失")
# which customers make up each figure; a figure not listed is made up of the whole book
FILTERS: dict[str, tuple[str, Filter]] = {
    "gained": (NOOP("ScorecardPage", "新增高价值客户"), lambda line: line.gained),
    "lost": (NOOP("ScorecardPage", "减少高价值客户"), lambda line: line.lost),
    "warnings": (NOOP("ScorecardPage", "本月新发预警的客户"), lambda line: line.warning_id is not None),
    "timely": (NOOP("ScorecardPage", "本月新发预警的客户"), lambda line: line.warning_id is not None),
    "retention": (NOOP("ScorecardPage", "预警已有结果的客户"), lambda line: line.warning_status in CLOSED),
    "coverage": (NOOP("ScorecardPage", "有维护周期要求的客户"), lambda line: line.cadence_days > 0),
    "overdue": (NOOP("ScorecardPage", "本月有约定跟进的客户"), lambda line: line.followups_due > 0),
}


class ScorecardPage(LazyPage, QWidget):
    """One month's scorecard above, the customers behind the chosen figure below.

    Nothing is read until the page is first shown; the scorecard (which may compute the month first)
    is read on the task runner.
    """

    loaded = Signal()  # the month's scorecard is on screen

    def __init__(self, db: Database, settings: QSettings, actor: Actor = LOCAL_USER,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._db, self._settings, self._actor, self._today, self._runner = db, settings, actor, today, runner
        self.card: Scorecard | None = None
        self.model = scorecard_model(self)
        self.lines = lines_model(self)
        self.period_combo = QComboBox()
        self.period_combo.setMinimumContentsLength(9)
        self.total_label = muted()
        self.detail_title = QLabel()
        self.detail_title.setObjectName("sectionTitle")
        self.detail_count = muted()
        self.table = record_table(self.model, self, (100, 60, 64, 120, 120, 84, 84, 72, 84, 64, 84, 72, 72))
        self.table.clicked.connect(self._on_clicked)
        self.table.activated.connect(self._on_clicked)
        self.detail_table = record_table(self.lines, self, (110, 80, 70, 70, 120, 120, 96, 84, 96, 70))
        fit_headers(self.table)
        fit_headers(self.detail_table)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("考核月份")))
        top.addWidget(self.period_combo)
        top.addSpacing(12)
        top.addWidget(self.total_label, 1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 8, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.detail_title)
        head.addStretch(1)
        head.addWidget(self.detail_count)
        lower_layout.addLayout(head)
        lower_layout.addWidget(self.detail_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 300])
        layout = page_layout(self)
        layout.addWidget(page_title(self.tr("考核")))
        layout.addLayout(top)
        layout.addWidget(muted(self.tr("点击任一数字，下方列出构成该数字的客户。得分为维护覆盖、及时联系、挽留、资产保有、按时跟进五项的加权平均。")))
        layout.addWidget(splitter, 1)
        self.period_combo.currentIndexChanged.connect(self.refresh)

    @property
    def period(self) -> str | None:
        """The month shown."""
        return self.period_combo.currentData()

    @Slot()
    def refresh(self) -> None:
        """Read the months and compute the scorecard of the chosen month again (on the task runner)."""
        self.total_label.setText(loading_text())
        actor, today, wanted = self._actor, self._today(), self.period

        def read(db: Database) -> tuple[list[str], str | None, Scorecard | Exception | None]:  # worker thread
            periods = committed_periods(db)
            period = wanted if wanted in periods else (periods[0] if periods else None)
            if period is None:
                return periods, None, None
            try:
                return periods, period, scorecard(db, actor, period, today=today)
            except FollowupRefused as refused:
                return periods, period, refused

        self.read_in_background(read, self._show)

    def _show(self, result: tuple[list[str], str | None, Scorecard | Exception | None]) -> None:
        periods, period, card = result
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for p in periods:  # newest first
            self.period_combo.addItem(month_text(p), p)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(period), 0) if periods else -1)
        self.period_combo.blockSignals(False)
        self.lines.set_rows([])
        self.detail_title.setText(self.tr("客户明细"))
        self.detail_count.setText(self.tr("点击上表中的数字查看明细"))
        if period is None:
            self.card = None
            self.model.set_rows([])
            self.total_label.setText(self.tr("还没有导入数据。"))
            return
        if isinstance(card, Exception):
            self.card = None
            self.model.set_rows([])
            self.total_label.setText(error_text(card))
            return
        self.card = card
        self.model.set_rows(card.rows)
        total = card.total
        self.total_label.setText(self.tr("{month}　全网点 {customers} 户，月末资产 {aum} 万元，新发预警 {warnings} 条，逾期跟进 {overdue} 次").format(
            month=month_text(period), customers=f"{total.customers:,}", aum=wan(total.aum_end_fen),
            warnings=total.warnings_raised, overdue=total.followups_overdue))

    @Slot(QModelIndex)
    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.drill(index.row(), index.column())

    def drill(self, row: int, column: int) -> list[ScorecardLine]:
        """List the customers behind the figure in ``row``/``column`` of the scorecard."""
        if self.period is None or not (0 <= row < self.model.rowCount()):
            return []
        record: ScorecardRow = self.model.record(row)
        key = SCORE_COLUMNS[column].key
        what, keep = FILTERS.get(key, (NOOP("ScorecardPage", "管户客户"), lambda _l: True))
        try:
            lines = scorecard_lines(self._db, self._actor, self.period, record.employee_no if record.staff_id else None,
                                    today=self._today())
        except FollowupRefused as refused:
            self.detail_count.setText(error_text(refused))
            return []
        chosen = [line for line in lines if keep(line)]
        self.lines.set_rows(chosen)
        who = QCoreApplication.translate("Followup", record.manager)
        self.detail_title.setText(self.tr("{who}：{what}").format(who=who, what=QCoreApplication.translate("ScorecardPage", what)))
        self.detail_count.setText(self.tr("共 {n} 户").format(n=len(chosen)))
        return chosen
