"""Writing helpers for report workbooks (openpyxl): safe typed cells, styles, tables, titles, print setup.

Every cell goes through ``put``: identifiers and user text become text cells with the text
format (and a quote prefix when they look like a formula, so editing the cell in Excel keeps
it text), money is a number in 万元 shown with two decimals, dates are dates. Tables get a
styled header, widths that fit, a frozen header and an autofilter; every sheet gets the same
A4 landscape, fit-to-width print setup with header and footer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from core.i18n import QT_TRANSLATE_NOOP, Translate
from core.reports.cells import (
    CHANGE_FORMATS,
    DATE,
    DATETIME,
    DECIMAL,
    ID,
    INT,
    MONEY,
    NUMBER_FORMATS,
    PERCENT,
    SCORE,
    TEXT,
    Column,
    as_date,
    as_datetime,
    clean_text,
    fit_width,
    header_text,
    is_formula_like,
    wan,
    wrapped_lines,
)

CTX = "Reports"
FONT = "微软雅黑"  # on every Windows since Vista; LibreOffice substitutes a CJK font elsewhere
BLUE, LIGHT, GREY = "1F4E78", "DDEBF7", "808080"
CONFIDENTIAL = QT_TRANSLATE_NOOP(CTX, "内部资料 注意保密")
PAGE_OF = QT_TRANSLATE_NOOP(CTX, "第 &P 页，共 &N 页")
SAMPLE_ROWS = 500  # rows looked at to size a column
DASH = "—"
FIGURES = (MONEY, INT, PERCENT, SCORE, DECIMAL)  # kinds whose missing value shows as DASH
LEVEL_FILLS = {"高": "F8CBAD", "中": "FFE699", "低": "E2EFDA"}  # conditional colour of a risk level

_THIN = Side(style="thin", color="BFBFBF")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class PageInfo:
    """What every printed page of a workbook says: branch, period and the report's name."""

    branch: str
    period_label: str  # e.g. "2026年10月"
    title: str


def new_workbook() -> Workbook:
    """An empty workbook with the report's named styles registered."""
    wb = Workbook()
    wb.remove(wb.active)
    for style in _named_styles():
        wb.add_named_style(style)
    return wb


def _named_styles() -> list[NamedStyle]:
    styles = []
    for kind, number_format in NUMBER_FORMATS.items():
        for bold in (False, True):
            styles.append(_style(f"lk_{kind}{'_b' if bold else ''}", number_format, bold=bold, kind=kind))
    for kind, number_format in CHANGE_FORMATS.items():
        for bold in (False, True):
            styles.append(_style(f"lk_chg_{kind}{'_b' if bold else ''}", number_format, bold=bold, kind=kind))
    title = NamedStyle("lk_title", font=Font(name=FONT, size=16, bold=True, color=BLUE))
    title.alignment = Alignment(vertical="center")
    subtitle = NamedStyle("lk_subtitle", font=Font(name=FONT, size=9, color=GREY))
    section = NamedStyle("lk_section", font=Font(name=FONT, size=12, bold=True, color=BLUE))
    section.alignment = Alignment(vertical="bottom")
    header = NamedStyle("lk_header", font=Font(name=FONT, size=10, bold=True, color="FFFFFF"), border=_BOX)
    header.fill = PatternFill("solid", fgColor=BLUE)
    header.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    note = NamedStyle("lk_note", font=Font(name=FONT, size=10))  # one line, running on into the empty cells
    note.alignment = Alignment(vertical="center")
    return [*styles, title, subtitle, section, header, note]


def _style(name: str, number_format: str, *, bold: bool = False, kind: str = TEXT) -> NamedStyle:
    style = NamedStyle(name, font=Font(name=FONT, size=10, bold=bold), border=_BOX, number_format=number_format)
    if bold:
        style.fill = PatternFill("solid", fgColor=LIGHT)
    horizontal = "left" if kind in (TEXT, ID) else "center" if kind in (DATE, DATETIME) else "right"
    style.alignment = Alignment(horizontal=horizontal, vertical="center")
    return style


def put(
    ws: Worksheet,
    row: int,
    col: int,
    value: object,
    kind: str = TEXT,
    *,
    bold: bool = False,
    wrap: bool = False,
    change: bool = False,
) -> None:
    """Write one typed cell; text never becomes a formula.

    :param value: money in 分 for ``MONEY`` (written in 万元), an ISO string or date for ``DATE``
    :param change: a change against last month (sign shown, a fall in red)
    """
    cell = ws.cell(row=row, column=col)
    if kind == MONEY:
        value = wan(value)  # type: ignore[arg-type]
    elif kind == DATE:
        value = as_date(value)  # type: ignore[arg-type]
    elif kind == DATETIME:
        value = as_datetime(value)  # type: ignore[arg-type]
    elif kind in (TEXT, ID) and value is not None:
        value = clean_text(str(value))
    cell.value = value
    prefix = "lk_chg_" if change and kind in CHANGE_FORMATS else "lk_"
    cell.style = f"{prefix}{kind}{'_b' if bold else ''}"
    if isinstance(value, str) and (cell.data_type == "f" or is_formula_like(value)):
        cell.data_type = "s"  # a plain string, never a live formula
        cell.quotePrefix = True  # and it stays text when someone edits it in Excel (after the style: it resets this)
    if wrap:
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def put_dash(ws: Worksheet, row: int, col: int, *, bold: bool = False) -> None:
    """ "—" right-aligned where a figure is not known (no base for a rate, not in this month's file)."""
    put(ws, row, col, DASH, TEXT, bold=bold)
    ws.cell(row=row, column=col).alignment = Alignment(horizontal="right", vertical="center")


def row_height(lines: int) -> float:
    """Points a row needs for ``lines`` lines of 10 pt text."""
    return 14.0 * lines + 3


def write_title(ws: Worksheet, title: str, subtitle: str, ncols: int) -> int:
    """Title (row 1) and subtitle (row 2) across ``ncols`` columns; returns the next free row (4)."""
    ws.cell(row=1, column=1, value=clean_text(title)).style = "lk_title"
    ws.row_dimensions[1].height = 28
    sub = ws.cell(row=2, column=1, value=clean_text(subtitle))
    sub.style = "lk_subtitle"
    if is_formula_like(subtitle):
        sub.data_type = "s"
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(ncols, 1))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=max(ncols, 1))
    return 4


def write_section(ws: Worksheet, row: int, text: str) -> int:
    """A section heading in ``row``; returns the row below it."""
    ws.cell(row=row, column=1, value=text).style = "lk_section"
    ws.row_dimensions[row].height = 22
    return row + 1


def write_header(
    ws: Worksheet, row: int, columns: Sequence[Column], translate: Translate, *, first_col: int = 1
) -> None:
    """The styled header row of a table."""
    for offset, column in enumerate(columns):
        ws.cell(row=row, column=first_col + offset, value=header_text(column, translate)).style = "lk_header"
    ws.row_dimensions[row].height = 30


def write_table(
    ws: Worksheet,
    top: int,
    columns: Sequence[Column],
    rows: Iterable[Sequence[object]],
    translate: Translate,
    *,
    first_col: int = 1,
    autofilter: bool = False,
    freeze: bool = False,
    bold_rows: int = 0,
) -> int:
    """Header at ``top``, then one row per item; returns the row after the last one.

    :param autofilter: filter buttons over the header and rows (list sheets)
    :param freeze: keep the rows down to the header in view while scrolling
    :param bold_rows: how many of the last rows are totals (bold, shaded)
    """
    write_header(ws, top, columns, translate, first_col=first_col)
    row = top + 1
    materialised = list(rows)
    wrapping = [(i, c.width or 30.0) for i, c in enumerate(columns) if c.wrap]
    for index, values in enumerate(materialised):
        bold = index >= len(materialised) - bold_rows
        for offset, (column, value) in enumerate(zip(columns, values, strict=True)):
            if value is None and column.kind in FIGURES:
                put_dash(ws, row, first_col + offset, bold=bold)
            else:
                put(ws, row, first_col + offset, value, column.kind, bold=bold, wrap=column.wrap, change=column.change)
        if wrapping:  # LibreOffice keeps the default height, so a wrapped cell would show one line
            lines = max(wrapped_lines("" if values[i] is None else str(values[i]), w) for i, w in wrapping)
            if lines > 1:
                ws.row_dimensions[row].height = row_height(lines)
        row += 1
    if autofilter:
        last = get_column_letter(first_col + len(columns) - 1)
        ws.auto_filter.ref = f"{get_column_letter(first_col)}{top}:{last}{max(row - 1, top)}"
    if freeze:
        ws.freeze_panes = ws.cell(row=top + 1, column=first_col)
    return row


def fit_columns(
    ws: Worksheet,
    columns: Sequence[Column],
    samples: Sequence[Sequence[object]],
    translate: Translate,
    *,
    first_col: int = 1,
    minimum: Sequence[float] = (),
) -> None:
    """Set each column's width from its header and the first rows, at least ``minimum[i]``."""
    for offset, column in enumerate(columns):
        values = [r[offset] for r in samples[:SAMPLE_ROWS]]
        width = fit_width(column, header_text(column, translate), values)
        if offset < len(minimum):
            width = max(width, minimum[offset])
        ws.column_dimensions[get_column_letter(first_col + offset)].width = width


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    """Set the widths of columns A, B, …"""
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def add_level_colours(ws: Worksheet, cell_range: str) -> None:
    """Conditional colour of a risk-level column: 高 red, 中 amber, 低 green."""
    for level, colour in LEVEL_FILLS.items():
        fill = PatternFill("solid", fgColor=colour, bgColor=colour)
        ws.conditional_formatting.add(cell_range, CellIsRule(operator="equal", formula=[f'"{level}"'], fill=fill))


def setup_print(ws: Worksheet, page: PageInfo, translate: Translate, *, title_rows: str | None = None) -> None:
    """A4 landscape, fit to one page wide, header rows repeated, header and footer on every page.

    :param title_rows: rows repeated at the top of every printed page, e.g. "4:4"
    """
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    for header, footer in ((ws.oddHeader, ws.oddFooter), (ws.evenHeader, ws.evenFooter)):
        header.left.text = _hf(page.branch)
        header.center.text = _hf(page.title)
        header.right.text = _hf(page.period_label)
        footer.left.text = _hf(translate(CTX, CONFIDENTIAL))
        footer.center.text = translate(CTX, PAGE_OF)
        footer.right.text = _hf(ws.title)
        for part in (header.left, header.center, header.right, footer.left, footer.center, footer.right):
            part.size = 9


def _hf(text: str) -> str:
    """Text for a header or footer: '&' is the code character there, so it is doubled."""
    return clean_text(text).replace("&", "&&")
