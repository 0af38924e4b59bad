"""Small pieces the pages share: the page's outer layout and title, a month picker, a table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from sqlite_utils import Database

from core.customer_query import committed_periods
from ui.formatting import month_text
from ui.widgets.tables import install_copy


def page_layout(page: QWidget, spacing: int = 10) -> QVBoxLayout:
    """The page's outer column, with the margins every page has."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(20, 16, 20, 12)
    layout.setSpacing(spacing)
    return layout


def page_title(text: str) -> QLabel:
    """The big title at the top of a page."""
    title = QLabel(text)
    title.setObjectName("pageTitle")
    return title


def muted(text: str = "") -> QLabel:
    """A grey explanatory label."""
    label = QLabel(text)
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label


def month_combo(db: Database, combo: QComboBox | None = None) -> QComboBox:
    """A combo of the committed months, newest first (data: "YYYY-MM"); keeps the choice if still there."""
    combo = combo or QComboBox()
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for period in committed_periods(db):  # newest first
        combo.addItem(month_text(period), period)
    found = combo.findData(chosen) if chosen else -1
    combo.setCurrentIndex(max(found, 0) if combo.count() else -1)
    combo.blockSignals(False)
    combo.setMinimumContentsLength(9)
    return combo


def record_table(model: QAbstractItemModel, parent: QWidget | None = None, widths: tuple[int, ...] = ()) -> QTableView:
    """A read-only, row-selecting, sortable table with interactive column widths."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the list's own order until a click
    view.setSortingEnabled(True)
    for n, width in enumerate(widths):
        view.setColumnWidth(n, width)
    install_copy(view)
    return view


def start_write(runner, db_path, write, on_done, on_failed) -> None:  # noqa: ANN001
    """Run ``write(db)`` as a Task on its own connection (one writer at a time); results come back as slots."""
    from ui.dialogs.background import db_task

    task = db_task(db_path, write)
    task.succeeded.connect(on_done)
    task.failed.connect(on_failed)
    runner.start(task)
