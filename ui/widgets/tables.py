"""The one way the app builds a read-only table view, so every list looks and behaves alike."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
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
    return table
