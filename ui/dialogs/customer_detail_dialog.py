"""One customer: masked profile, an AUM trend, and the monthly history table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from core.actors import LOCAL_USER
from core.customer_query import CustomerProfile, committed_periods, customer_history, load_customer_profile
from ui.formatting import DASH, month_text
from ui.icons import app_icon
from ui.models.history_model import HistoryModel, month_rows
from ui.widgets.trend_chart import TrendChart


class CustomerDetailDialog(QDialog):
    """Read-only view of one customer. Identifiers are shown masked, as everywhere."""

    def __init__(self, db: Database, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.resize(880, 720)
        profile = load_customer_profile(db, LOCAL_USER, customer_id)
        rows = month_rows(committed_periods(db), customer_history(db, LOCAL_USER, customer_id))
        self.profile = profile
        self.history_model = HistoryModel(rows, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        if profile is None:
            self.setWindowTitle(self.tr("客户详情"))
            layout.addWidget(QLabel(self.tr("该客户已不在数据库中（可能其所在的导入批次已被撤销）。")))
        else:
            self.setWindowTitle(self.tr("客户详情 - {name}（{no}）").format(name=profile.name, no=profile.customer_no))
            title = QLabel(profile.name)
            title.setObjectName("pageTitle")
            layout.addWidget(title)
            layout.addWidget(self._profile_card(profile))
            caption = QLabel(self.tr("金融资产走势（万元）"))
            caption.setObjectName("sectionTitle")
            layout.addWidget(caption)
            self.chart = TrendChart()
            self.chart.set_points([(r.period, r.figures.aum_fen if r.figures else None) for r in reversed(rows)])
            layout.addWidget(self.chart)
            caption = QLabel(self.tr("月度明细"))
            caption.setObjectName("sectionTitle")
            layout.addWidget(caption)
        self.table = self._history_table()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _profile_card(self, p: CustomerProfile) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        grid = QGridLayout(card)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        fields = [
            (self.tr("客户号"), p.customer_no), (self.tr("证件类型"), p.id_type),
            (self.tr("证件号码"), p.id_number_masked), (self.tr("手机号码"), p.mobile_masked),
            (self.tr("性别"), p.gender), (self.tr("出生年月"), p.birth_month),
            (self.tr("网点"), p.branch), (self.tr("管户经理"), p.manager),
            (self.tr("首次在册"), month_text(p.first_period)), (self.tr("最近在册"), month_text(p.last_period)),
        ]
        self.field_labels: dict[str, QLabel] = {}
        for n, (label, value) in enumerate(fields):
            row, col = divmod(n, 2)
            name = QLabel(label)
            name.setObjectName("muted")
            shown = QLabel(value or DASH)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.field_labels[label] = shown
            grid.addWidget(name, row, col * 2)
            grid.addWidget(shown, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        return card

    def _history_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.history_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # a few rows: stretching is cheap here
        header.setHighlightSections(False)
        return table
