"""The one way the app builds a read-only table view, so every list looks and behaves alike.

Copying (Ctrl+C) copies what the table shows, row by row: identifiers are shown masked, so what
reaches the clipboard is masked too; a full value is never in a table to be copied.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_table(
    model: QAbstractItemModel,
    stretch_column: int | None = None,
    *,
    row_height: int = 26,
    multi_select: bool = False,
    fit_contents: bool = False,
) -> QTableView:
    """A read-only, row-selecting table.

    :param stretch_column: the column that takes the spare width (None: the last one)
    :param fit_contents: size columns to their contents — only for tables of a handful of rows;
      on a big paged model it would ask for every row and defeat paging
    """
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if multi_select:
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    mode = QHeaderView.ResizeMode.ResizeToContents if fit_contents else QHeaderView.ResizeMode.Interactive
    header.setSectionResizeMode(mode)
    if stretch_column is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    install_copy(table)
    return table


def shown_text(table: QTableView) -> str:
    """The selected rows (or the current cell's row) as the table shows them: tab-separated, one line a row."""
    model = table.model()
    selection = table.selectionModel()
    rows = sorted({i.row() for i in selection.selectedIndexes()}) if selection is not None else []
    if not rows and table.currentIndex().isValid():
        rows = [table.currentIndex().row()]
    columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    lines = []
    for row in rows:
        cells = [model.index(row, c).data(Qt.ItemDataRole.DisplayRole) for c in columns]
        lines.append("\t".join("" if v is None else str(v) for v in cells))
    return "\n".join(lines)


class _CopyRows(QObject):
    """Ctrl+C on a table: the shown text of the selected rows (instead of Qt's current cell only)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and event.matches(QKeySequence.StandardKey.Copy):  # type: ignore[attr-defined]
            QGuiApplication.clipboard().setText(shown_text(watched))  # type: ignore[arg-type]
            return True
        return False


def install_copy(table: QTableView) -> QObject:
    """Ctrl+C on ``table`` copies the selected rows' shown (masked) text."""
    copier = _CopyRows(table)
    table.installEventFilter(copier)
    return copier
