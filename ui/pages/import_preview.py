"""What a checked file holds: where the data is, how many rows, the column mapping and the issues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
        QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.importing.codes import RowIssue
from core.importing.planner import ImportPlan
from ui.formatting import DASH, count, month_text
from ui.import_messages import PERIOD_SOURCE_TEXT, page_text
from ui.models.import_models import IssueModel, MappingModel


def make_table(model, stretch_column: int) -> QTableView:  # noqa: ANN001 - a QAbstractItemModel
    """A read-only, row-selecting table with interactive widths (never ResizeToContents on big models)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


class StatCard(QFrame):
    """A number with a caption (读取 / 将导入 / 跳过 / 拒绝 / 警告)."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.value_label = QLabel("0")
        self.value_label.setObjectName("statValue")
        self.caption_label = label = QLabel(caption)
        label.setObjectName("statLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(8)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addStretch(1)
        layout.addWidget(self.value_label, 0, Qt.AlignmentFlag.AlignVCenter)

    def set_value(self, value: int) -> None:
        """Show ``value`` with thousands separators."""
        self.value_label.setText(count(value))


class PlanPreview(QWidget):
    """The dry run's findings. ``show_plan`` fills it; ``show_issues`` for a file refused with row issues."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping_model = MappingModel(parent=self)
        self.issue_model = IssueModel(parent=self)
        self.info_labels: dict[str, QLabel] = {}
        info = QFrame()
        info.setObjectName("card")
        strip = QHBoxLayout(info)
        strip.setContentsMargins(14, 8, 14, 8)
        strip.setSpacing(6)
        for n, (key, caption) in enumerate(
            (("file", self.tr("文件")), ("sheet", self.tr("工作表")), ("period", self.tr("数据月份")), ("header", self.tr("表头位置")))
        ):
            if n:
                strip.addSpacing(24)
            name = QLabel(caption)
            name.setObjectName("muted")
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.info_labels[key] = value
            strip.addWidget(name)
            strip.addWidget(value, 1 if key == "file" else 0)
        strip.addStretch(1)

        self.stats = {
            "rows_read": StatCard(self.tr("读取行数")),
            "records": StatCard(self.tr("将导入")),
            "skipped": StatCard(self.tr("跳过")),
            "rejected": StatCard(self.tr("拒绝")),
            "warnings": StatCard(self.tr("警告")),
        }
        stats = QHBoxLayout()
        stats.setSpacing(8)
        for card in self.stats.values():
            stats.addWidget(card, 1)

        self.mapping_table = make_table(self.mapping_model, stretch_column=4)
        for column, width in enumerate((50, 320, 160, 70, 90)):
            self.mapping_table.setColumnWidth(column, width)
        self.issue_table = make_table(self.issue_model, stretch_column=3)
        for column, width in enumerate((60, 120, 60, 480, 140)):
            self.issue_table.setColumnWidth(column, width)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(self.mapping_table, self.tr("列对应关系"))
        self.tabs.addTab(self.issue_table, self.tr("问题清单"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(info)
        layout.addLayout(stats)
        layout.addWidget(self.tabs, 1)

    def show_plan(self, plan: ImportPlan, written: bool = False) -> None:
        """Fill everything from a plan; ``written``: it has been imported, not only checked."""
        self.stats["records"].caption_label.setText(self.tr("已导入") if written else self.tr("将导入"))
        self.info_labels["file"].setText(plan.path.name)
        self.info_labels["file"].setToolTip(str(plan.path))
        self.info_labels["sheet"].setText(plan.sheet)
        source = page_text(PERIOD_SOURCE_TEXT.get(plan.period_source, plan.period_source))
        self.info_labels["period"].setText(self.tr("{month}（来自{source}）").format(month=month_text(plan.period), source=source))
        self.info_labels["header"].setText(self.tr("第 {row} 行").format(row=plan.layout.header_excel_row))
        for key, value in (("rows_read", plan.rows_read), ("records", len(plan.records)), ("skipped", plan.skipped),
                           ("rejected", plan.rejected), ("warnings", plan.warnings)):
            self.stats[key].set_value(value)
        self.mapping_model.set_items(plan.layout.columns)
        self._set_issues(plan.issues)
        self.tabs.setTabEnabled(0, True)
        self.tabs.setCurrentIndex(1 if plan.rejected else 0)

    def show_issues(self, issues: list[RowIssue], rows_read: int, rejected: int, skipped: int, file_name: str) -> None:
        """A file refused because no row passed: only the counts and the issues."""
        for label in self.info_labels.values():
            label.setText(DASH)
        self.info_labels["file"].setText(file_name)
        for key, value in (("rows_read", rows_read), ("records", 0), ("skipped", skipped), ("rejected", rejected),
                           ("warnings", sum(1 for i in issues if i.severity == "warning"))):
            self.stats[key].set_value(value)
        self.mapping_model.set_items([])
        self._set_issues(issues)
        self.tabs.setTabEnabled(0, False)
        self.tabs.setCurrentIndex(1)

    def _set_issues(self, issues: list[RowIssue]) -> None:
        self.issue_model.set_items(issues)
        self.tabs.setTabText(1, self.tr("问题清单（{n}）").format(n=count(len(issues))))
