"""What a checked file holds: where the data is, how many rows, the column mapping and the issues."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.importing.codes import RowIssue
from core.importing.fields import FIELDS
from core.importing.layout import column_letter
from core.importing.planner import ImportPlan
from ui.formatting import DASH, count, month_text
from ui.import_messages import PERIOD_SOURCE_TEXT, SOURCE_TEXT, page_text
from ui.models.import_models import (
    EDIT_ROLE,
    SOURCE_BACKGROUND,
    UNITS,
    IssueModel,
    MappingModel,
    PreviewRowsModel,
)
from ui.widgets.tables import make_table

Index = QModelIndex | QPersistentModelIndex


class MappingDelegate(QStyledItemDelegate):
    """A combo box for 导入为 (every field, or 「不导入」) and for 单位 (元 / 万元) of money fields."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        if index.column() == 2:
            combo.addItem(QCoreApplication.translate("ImportPage", "（不导入）"), None)
            for f in FIELDS:
                combo.addItem(QCoreApplication.translate("ImportFields", f.label), f.key)
        else:
            for unit, text in UNITS.items():
                combo.addItem(page_text(text), unit)
        combo.activated.connect(lambda _i: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        field, unit = index.data(EDIT_ROLE)
        assert isinstance(editor, QComboBox)
        found = editor.findData(field if index.column() == 2 else unit)
        editor.setCurrentIndex(max(found, 0))
        editor.showPopup()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        field, unit = index.data(EDIT_ROLE)
        chosen: Any = editor.currentData()
        model.setData(index, (chosen, None if index.column() == 2 else unit) if index.column() == 2 else (field, chosen),
                      EDIT_ROLE)


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
    """The dry run's findings. ``show_plan`` fills it; ``show_issues`` for a file refused with row issues.

    Tabs: 前几行 (the header and first rows as the file has them), 列对应关系 (editable), 问题清单.
    """

    sheet_chosen = Signal(str)
    mapping_edited = Signal(object, object, object)  # Column as it was, new field key or None, unit or None
    mapping_reset = Signal()
    export_rejected_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mapping_model = MappingModel(parent=self)
        self.issue_model = IssueModel(parent=self)
        self.rows_model = PreviewRowsModel(parent=self)
        self.mapping_model.mapping_edited.connect(self._on_mapping_edited)
        self._columns: tuple = ()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setToolTip(self.tr("工作簿有多个工作表：选择另一个会重新检查"))
        self.sheet_combo.activated.connect(lambda _i: self.sheet_chosen.emit(self.sheet_combo.currentText()))
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
            if key == "sheet":
                strip.addWidget(self.sheet_combo)
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

        self.rows_table = make_table(self.rows_model, stretch_column=0)
        self.rows_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.rows_table.horizontalHeader().setDefaultSectionSize(110)
        self.rows_table.verticalHeader().setVisible(True)
        self.rows_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.rows_caption = QLabel()
        self.rows_caption.setObjectName("muted")
        rows_page = _page(self.rows_caption, self.rows_table)

        self.mapping_table = make_table(self.mapping_model, stretch_column=4)
        for column, width in enumerate((50, 320, 180, 80, 90)):
            self.mapping_table.setColumnWidth(column, width)
        self.mapping_table.setItemDelegate(MappingDelegate(self.mapping_table))
        self.mapping_table.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.reset_mapping_button = QPushButton(self.tr("恢复自动识别"))
        self.reset_mapping_button.clicked.connect(self.mapping_reset)
        legend = QLabel(self.tr("点击「导入为」或「单位」可以修改，修改后自动重新检查；确认导入后，手动指定的对应关系会保存，下月同样格式的文件自动沿用。"))
        legend.setObjectName("muted")
        legend.setWordWrap(True)
        chips = QHBoxLayout()
        chips.setSpacing(6)
        for key in ("auto", "profile", "user"):
            chip = QLabel(page_text(SOURCE_TEXT[key]))
            chip.setStyleSheet(f"background:{SOURCE_BACKGROUND[key].color().name()};border-radius:3px;padding:1px 8px;")
            chips.addWidget(chip)
        chips.addWidget(legend, 1)
        chips.addWidget(self.reset_mapping_button)
        mapping_page = _page(chips, self.mapping_table)

        self.issue_table = make_table(self.issue_model, stretch_column=3)
        for column, width in enumerate((60, 120, 60, 480, 140)):
            self.issue_table.setColumnWidth(column, width)
        self.export_button = QPushButton(self.tr("导出未通过的行…"))
        self.export_button.clicked.connect(self.export_rejected_requested)
        self.issues_caption = QLabel(self.tr("未通过校验的行不会导入。可以导出这些行（带行号和原因），在原文件中改正后重新导入。"))
        self.issues_caption.setObjectName("muted")
        self.issues_caption.setWordWrap(True)
        issue_bar = QHBoxLayout()
        issue_bar.addWidget(self.issues_caption, 1)
        issue_bar.addWidget(self.export_button)
        issues_page = _page(issue_bar, self.issue_table)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(False)
        self.tabs.addTab(rows_page, self.tr("前几行"))
        self.tabs.addTab(mapping_page, self.tr("列对应关系"))
        self.tabs.addTab(issues_page, self.tr("问题清单"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(info)
        layout.addLayout(stats)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # takes the room when the tabs are hidden after an import

    def show_plan(self, plan: ImportPlan, written: bool = False, keep_tab: bool = False) -> None:
        """Fill everything from a plan; ``written``: it has been imported, not only checked.

        :param keep_tab: stay on the current tab (a re-check after a mapping or sheet change)
        """
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
        self._columns = plan.layout.columns
        self.mapping_model.set_items(plan.layout.columns)
        self._show_sheets(plan.sheet, plan.sheet_names)
        self._show_rows(plan)
        self._set_issues(plan.issues, plan.rejected, len(plan.rejected_rows))
        self.mapping_table.setEnabled(not written)
        self.tabs.setVisible(not written)  # after the import the summary above matters; the tables were seen
        self.reset_mapping_button.setVisible(not written and any(c.source == "user" for c in plan.layout.columns))
        for tab in (0, 1):
            self.tabs.setTabEnabled(tab, True)
        if written or keep_tab:
            return
        self.tabs.setCurrentIndex(2 if plan.rejected else 0)

    def _show_sheets(self, sheet: str, names: tuple[str, ...]) -> None:
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(names))
        self.sheet_combo.setCurrentText(sheet)
        several = len(names) > 1
        self.sheet_combo.setVisible(several)
        self.info_labels["sheet"].setVisible(not several)

    def _show_rows(self, plan: ImportPlan) -> None:
        layout = plan.layout
        width = max((len(r) for r in plan.preview), default=0)
        self.rows_model.set_rows(plan.preview, layout.header_rows[0] + 1, len(layout.header_rows),
                                 [column_letter(i) for i in range(width)])
        self.rows_caption.setText(self.tr(
            "工作表「{sheet}」第 {row} 行是表头（底色标出），下面是文件中的前 {n} 行数据，证件号、手机号和姓名已脱敏。").format(
            sheet=plan.sheet, row=layout.header_excel_row, n=self.rows_model.rowCount() - len(layout.header_rows)))

    def _on_mapping_edited(self, row: int, field: str | None, unit: int | None) -> None:
        if 0 <= row < len(self._columns):
            self.mapping_edited.emit(self._columns[row], field, unit)

    def show_mapping_refused(self) -> None:
        """After a mapping edit that the check refused: keep the mapping tab so the user can fix it."""
        self.mapping_table.setEnabled(True)
        self.reset_mapping_button.setVisible(True)
        self.tabs.setCurrentIndex(1)

    def show_issues(self, issues: list[RowIssue], rows_read: int, rejected: int, skipped: int, file_name: str) -> None:
        """A file refused because no row passed: only the counts and the issues."""
        for label in self.info_labels.values():
            label.setText(DASH)
        self.info_labels["file"].setText(file_name)
        for key, value in (("rows_read", rows_read), ("records", 0), ("skipped", skipped), ("rejected", rejected),
                           ("warnings", sum(1 for i in issues if i.severity == "warning"))):
            self.stats[key].set_value(value)
        self.mapping_model.set_items([])
        self.rows_model.set_rows((), 1, 0, [])
        self.sheet_combo.setVisible(False)
        self.info_labels["sheet"].setVisible(True)
        self._set_issues(issues, rejected, rejected)
        self.tabs.setVisible(True)
        self.tabs.setTabEnabled(0, False)
        self.tabs.setTabEnabled(1, False)
        self.tabs.setCurrentIndex(2)

    def _set_issues(self, issues: list[RowIssue], rejected: int, kept: int) -> None:
        self.issue_model.set_items(issues)
        self.tabs.setTabText(2, self.tr("问题清单（{n}）").format(n=count(len(issues))))
        self.export_button.setEnabled(kept > 0)
        self.export_button.setToolTip(
            self.tr("只导出前 {kept} 行（共 {n} 行未通过）").format(kept=count(kept), n=count(rejected)) if kept < rejected
            else "")


def _page(top: Any, table: QTableView) -> QWidget:
    """A tab page: a caption or toolbar above a table."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.setSpacing(6)
    if isinstance(top, QWidget):
        layout.addWidget(top)
    else:
        layout.addLayout(top)
    layout.addWidget(table, 1)
    return page
