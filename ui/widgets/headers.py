"""Column widths that fit the (translated) header text, measured on the header alone.

English headers are longer than Chinese ones ("Warning status" vs 预警状态). For tables with a
handful of columns each section is widened to at least what its header text needs; the cells are
never measured (ResizeToContents over a big model would read every row).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 12  # room for the sort indicator's margin and a little air


def fit_headers(table: QTableView, *, only_wider: bool = True) -> None:
    """Make every visible section of ``table``'s horizontal header at least as wide as its header text.

    ``only_wider``: keep a preset width when it is already enough. Call again after the model's
    headers change (a language switch). The last section is skipped when it stretches.
    """
    header: QHeaderView = table.horizontalHeader()
    model = table.model()
    if model is None:
        return
    count = model.columnCount()
    for section in range(count):
        if header.isSectionHidden(section):
            continue
        if header.stretchLastSection() and section == count - 1:
            continue
        if header.sectionResizeMode(section) != QHeaderView.ResizeMode.Interactive:
            continue
        needed = header.sectionSizeFromContents(section).width() + PADDING
        if not only_wider or header.sectionSize(section) < needed:
            header.resizeSection(section, needed)
