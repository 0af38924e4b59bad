"""Small read-only tables of the import page: column mapping, issues, and the import history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from core.actors import LOCAL_USER
from core.i18n import QT_TRANSLATE_NOOP
from core.importing.batches import BatchInfo, status_text
from core.importing.codes import RowIssue
from core.importing.fields import field_label
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


class MappingModel(ListTableModel[Column]):
    """Each column of the file: its header, the field it fills, the money unit, who decided."""

    context = "MappingModel"
    headers = (
        QT_TRANSLATE_NOOP("MappingModel", "列"),
        QT_TRANSLATE_NOOP("MappingModel", "文件中的表头"),
        QT_TRANSLATE_NOOP("MappingModel", "导入为"),
        QT_TRANSLATE_NOOP("MappingModel", "单位"),
        QT_TRANSLATE_NOOP("MappingModel", "识别方式"),
    )

    def cell(self, item: Column, column: int, role: int) -> Any:  # noqa: D102
        if role == Qt.ItemDataRole.ForegroundRole:
            return _MUTED if item.field is None and column in (2, 3, 4) else None
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
        return page_text(SOURCE_TEXT.get(item.source, item.source)) if item.field else ""


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
