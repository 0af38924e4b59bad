"""What an import did: rows written, the month-over-month difference, and the new warnings."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.importing.diff import MonthDifference
from core.importing.service import ImportOutcome
from ui.formatting import DASH, count, month_text


class ImportSummary(QFrame):
    """A card after a successful import; ``show_outcome`` fills it."""

    show_warnings_requested = Signal()
    show_customers_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(2)
        for column, (key, caption) in enumerate((
            ("new", self.tr("新增客户")),
            ("changed", self.tr("资产变动客户")),
            ("vanished", self.tr("本月消失客户")),
            ("warnings", self.tr("新增预警")),
        )):
            value = QLabel("0")
            value.setObjectName("statValue")
            name = QLabel(caption)
            name.setObjectName("statLabel")
            grid.addWidget(value, 0, column, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(name, 1, column, Qt.AlignmentFlag.AlignLeft)
            self.values[key] = value
        grid.setColumnStretch(4, 1)
        self.note_label = QLabel()
        self.note_label.setObjectName("muted")
        self.note_label.setWordWrap(True)
        self.warnings_button = QPushButton(self.tr("查看新预警"))
        self.warnings_button.setObjectName("primary")
        self.warnings_button.clicked.connect(self.show_warnings_requested)
        self.customers_button = QPushButton(self.tr("查看客户"))
        self.customers_button.clicked.connect(self.show_customers_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_label, 1)
        buttons.addWidget(self.customers_button)
        buttons.addWidget(self.warnings_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addLayout(grid)
        layout.addLayout(buttons)

    def show_outcome(self, outcome: ImportOutcome, difference: MonthDifference | None) -> None:
        """Fill the card from an import's outcome and its month-over-month difference."""
        plan = outcome.plan
        warnings = outcome.risk.warnings.created if outcome.risk and outcome.risk.warnings else 0
        self.values["warnings"].setText(count(warnings))
        self.warnings_button.setEnabled(warnings > 0)
        if difference is None or difference.previous_period is None:
            self.title_label.setText(self.tr("{month} 导入完成（这是第一个月份，没有上月可比）").format(month=month_text(plan.period)))
            new = difference.new if difference else len(plan.records)
            changed = vanished = None
        else:
            self.title_label.setText(self.tr("{month} 与 {previous} 相比").format(
                month=month_text(plan.period), previous=month_text(difference.previous_period)))
            new, changed, vanished = difference.new, difference.changed, difference.vanished
        for key, value in (("new", new), ("changed", changed), ("vanished", vanished)):
            self.values[key].setText(DASH if value is None else count(value))
        percent = difference.change_percent if difference else 10
        self.note_label.setText(self.tr(
            "新增：本月清单有、上月没有；资产变动：两月都有，金融资产变化达到上月的 {p}% 及以上；"
            "消失：上月有、本月清单没有。新增预警是本次导入后重新计算产生的预警。").format(p=percent))
