"""Small read-only tables of the import page: column mapping, issues, and the import history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from core.actors import LOCAL_USER
from core.i18n import QT_TRANSLATE_NOOP
from core.importing.batches import BatchInfo, status_text
from core.importing.codes import RowIssue
from core.importing.fields import FIELD_BY_KEY, MONEY, field_label
from core.importing.layout import Column
from core.privacy import mask_free_text
from ui.formatting import count
from ui.import_messages import SEVERITY_TEXT, SOURCE_TEXT, issue_text, page_text

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_MUTED = QBrush(QColor("#8a949e"))
_REJECTED = QBrush(QColor("#b3261e"))
_WARNING = QBrush(QColor("#8a5a00"))
UNITS = {100: QT_TRANSLATE_NOOP("ImportPage", "元"), 1_000_000: QT_TRANSLATE_NOOP("ImportPage", "万元")}


class ListTableModel(QAbstractTableModel, Generic[T]):
    """A table over a Python list; subclasses give ``headers`` (context, text) and ``cell``."""

    context = ""
    headers: tuple[str, ...] = ()
    right_aligned: frozenset[int] = frozenset()

    def __init__(self, items: Sequence[T] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[T] = list(items)

    def set_items(self, items: Sequence[T]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> T:
        """The object shown in ``row``."""
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in self.right_aligned else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return self.cell(self._items[index.row()], index.column(), role)
        return None

    def cell(self, item: T, column: int, role: int) -> Any:
        """The value of one cell for ``role`` (Display, ToolTip or Foreground)."""
        raise NotImplementedError

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.right_aligned:
            return _RIGHT
        return None


SOURCE_BACKGROUND = {  # who decided a column's field: auto green, saved profile blue, the user amber
    "auto": QBrush(QColor("#e6f4ea")),
    "profile": QBrush(QColor("#e3eefb")),
    "user": QBrush(QColor("#fff1d6")),
}
EDIT_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # (field key or None, unit) of a row, for the editors


class MappingModel(ListTableModel[Column]):
    """Each column of the file: its header, the field it fills, the money unit, who decided.

    导入为 and 单位 (money fields) are editable: ``setData`` with EDIT_ROLE-style values records the
    user's choice in ``choices`` (keyed by row) and emits ``mapping_edited``; the page re-checks.
    """

    mapping_edited = Signal(int, object, object)  # row, field key or None, unit (fen per unit) or None

    context = "MappingModel"
    headers = (
        QT_TRANSLATE_NOOP("MappingModel", "列"),
        QT_TRANSLATE_NOOP("MappingModel", "文件中的表头"),
        QT_TRANSLATE_NOOP("MappingModel", "导入为"),
        QT_TRANSLATE_NOOP("MappingModel", "单位"),
        QT_TRANSLATE_NOOP("MappingModel", "识别方式"),
    )

    def flags(self, index: Index) -> Qt.ItemFlag:  # noqa: D102 - Qt override
        base = super().flags(index)
        if not index.isValid():
            return base
        item = self._items[index.row()]
        if index.column() == 2 or (index.column() == 3 and is_money(item.field)):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102
        if index.isValid() and 0 <= index.row() < len(self._items):
            item = self._items[index.row()]
            if role == Qt.ItemDataRole.BackgroundRole and index.column() in (2, 4) and (item.field or item.source == "user"):
                return SOURCE_BACKGROUND.get(item.source)
            if role == EDIT_ROLE:
                return (item.field, item.unit)
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802, D102
        if role != EDIT_ROLE or not index.isValid() or index.column() not in (2, 3):
            return False
        item = self._items[index.row()]
        field, unit = value
        if field == item.field and unit == item.unit:
            return False
        if is_money(field):
            unit = unit or item.unit or 100
        else:
            unit = None
        self._items[index.row()] = replace(item, field=field, unit=unit, source="user")
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(self.headers) - 1))
        self.mapping_edited.emit(index.row(), field, unit)
        return True

    def cell(self, item: Column, column: int, role: int) -> Any:  # noqa: D102
        if role == Qt.ItemDataRole.ForegroundRole:
            return _MUTED if item.field is None and column in (2, 3) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.header if column == 1 else None
        if column == 0:
            return item.letter
        if column == 1:
            return item.header
        if column == 2:
            return QCoreApplication.translate("ImportFields", field_label(item.field)) if item.field else QCoreApplication.translate("ImportPage", "（不导入）")
        if column == 3:
            return page_text(UNITS[item.unit]) if item.unit in UNITS else ""
        return page_text(SOURCE_TEXT.get(item.source, item.source)) if item.field or item.source == "user" else ""


def is_money(field: str | None) -> bool:
    """Whether ``field`` is a money field (it has a unit: 元 or 万元)."""
    return field is not None and field in FIELD_BY_KEY and FIELD_BY_KEY[field].kind == MONEY


class PreviewRowsModel(QAbstractTableModel):
    """The header rows and the first data rows as the file has them (already masked by the core).

    Column headers are the Excel letters; row headers the Excel row numbers; header rows are shaded.
    """

    HEADER_BACKGROUND = QBrush(QColor("#fff1d6"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[tuple[str, ...], ...] = ()
        self._first_row = 1  # Excel number of the first row shown
        self._header_rows = 0
        self._letters: list[str] = []

    def set_rows(self, rows: tuple[tuple[str, ...], ...], first_excel_row: int, header_rows: int,
                 letters: list[str]) -> None:
        """Show ``rows``; the first ``header_rows`` of them are the header."""
        self.beginResetModel()
        self._rows, self._first_row, self._header_rows = rows, first_excel_row, header_rows
        width = max((len(r) for r in rows), default=0)
        self._letters = (letters + [""] * width)[:width]
        self.endResetModel()

    def is_header_row(self, row: int) -> bool:
        """Whether ``row`` is one of the header rows."""
        return row < self._header_rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._letters)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else ""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return value
        if role == Qt.ItemDataRole.BackgroundRole and self.is_header_row(index.row()):
            return self.HEADER_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and self.is_header_row(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._letters[section] if section < len(self._letters) else None
        return str(self._first_row + section) if section < len(self._rows) else None


class IssueModel(ListTableModel[RowIssue]):
    """Row and file issues: where, how serious, what it means; values only masked."""

    context = "IssueModel"
    headers = (
        QT_TRANSLATE_NOOP("IssueModel", "行"),
        QT_TRANSLATE_NOOP("IssueModel", "列"),
        QT_TRANSLATE_NOOP("IssueModel", "类别"),
        QT_TRANSLATE_NOOP("IssueModel", "说明"),
        QT_TRANSLATE_NOOP("IssueModel", "单元格内容"),
    )
    right_aligned = frozenset({0})

    def cell(self, item: RowIssue, column: int, role: int) -> Any:  # noqa: D102
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == 2:
                return _REJECTED if item.severity == "rejected" else _WARNING if item.severity == "warning" else None
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return issue_text(item) if column == 3 else None
        if column == 0:
            return str(item.row) if item.row else QCoreApplication.translate("ImportPage", "整个文件")
        if column == 1:
            return item.column or ""
        if column == 2:
            return page_text(SEVERITY_TEXT.get(item.severity, item.severity))
        if column == 3:
            return issue_text(item)
        return mask_free_text(item.value) if item.value else ""  # already masked by the core; never trust a cell


class BatchModel(ListTableModel[BatchInfo]):
    """Every import batch, newest first."""

    context = "BatchModel"
    headers = (
        QT_TRANSLATE_NOOP("BatchModel", "批次"),
        QT_TRANSLATE_NOOP("BatchModel", "数据月份"),
        QT_TRANSLATE_NOOP("BatchModel", "状态"),
        QT_TRANSLATE_NOOP("BatchModel", "导入"),
        QT_TRANSLATE_NOOP("BatchModel", "拒绝"),
        QT_TRANSLATE_NOOP("BatchModel", "警告"),
        QT_TRANSLATE_NOOP("BatchModel", "新客户"),
        QT_TRANSLATE_NOOP("BatchModel", "导入时间"),
        QT_TRANSLATE_NOOP("BatchModel", "操作人"),
        QT_TRANSLATE_NOOP("BatchModel", "文件"),
    )
    right_aligned = frozenset({0, 3, 4, 5, 6})

    def cell(self, item: BatchInfo, column: int, role: int) -> Any:  # noqa: D102
        if role == Qt.ItemDataRole.ForegroundRole:
            return _MUTED if item.status != "committed" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.file_name if column == 9 else None
        values = (
            str(item.id), item.period, QCoreApplication.translate("BatchModel", status_text(item.status)),
            count(item.imported), count(item.rejected), count(item.warnings), count(item.customers_created),
            item.imported_at.replace("T", " ")[:16],
            LOCAL_USER.display_name if item.imported_by == LOCAL_USER.username else item.imported_by,
            item.file_name,
        )
        return values[column]
