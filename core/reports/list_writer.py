"""Streaming a long list to xlsx (XlsxWriter, constant memory) or csv, batch by batch with progress.

XlsxWriter rather than openpyxl for lists: with a text format on identifier cells and a number
format on money, openpyxl's write-only mode took 2.1× as long for 100,000 customers (see
docs/report.md); XlsxWriter streams rows to disk in constant memory. It writes every string
with ``write_string``, so nothing a customer typed can become a formula, and formula-like text
gets a quote prefix as well. The monthly report (charts, merged titles) stays with openpyxl.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import xlsxwriter

from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress
from core.reports.cells import (
    DATE,
    DATETIME,
    DECIMAL,
    INT,
    MONEY,
    NUMBER_FORMATS,
    PERCENT,
    SCORE,
    UNIT_YUAN,
    Column,
    as_date,
    as_datetime,
    clean_text,
    csv_value,
    fit_width,
    header_text,
    is_formula_like,
    wan,
)
from core.reports.workbook import CONFIDENTIAL, FONT, LEVEL_FILLS, PAGE_OF, SAMPLE_ROWS, PageInfo

CTX = "Reports"
STAGE = "export"
MADE_BY = QT_TRANSLATE_NOOP(CTX, "制表：{who}  {when}")
ENCODINGS = {"utf-8": "utf-8-sig", "utf-8-sig": "utf-8-sig", "utf8": "utf-8-sig", "gb18030": "gb18030"}


@dataclass(frozen=True)
class ListSource:
    """A list ready to write: its title, columns, row count and rows (in batches, money in 分).

    :param level_column: index of a 高/中/低 column to colour, if any
    """

    title: str
    columns: tuple[Column, ...]
    total: int
    batches: Iterable[Sequence[Sequence[Any]]]
    level_column: int | None = None


def write_list_xlsx(
    path: Path,
    source: ListSource,
    page: PageInfo,
    made_by: str,
    *,
    translate: Translate = untranslated,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write ``source`` to ``path`` as one sheet (header in row 1, frozen, filtered); return the rows written."""
    options = {
        "constant_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    }
    wb = xlsxwriter.Workbook(str(path), options)
    try:
        written = _fill_sheet(wb, source, page, made_by, translate, progress, cancel)
    except BaseException:
        _discard(wb)
        raise
    wb.set_properties({"title": page.title, "author": made_by, "comments": translate(CTX, CONFIDENTIAL)})
    wb.close()
    return written


def _discard(wb: Any) -> None:
    """Drop an unfinished workbook: close and delete the row files constant-memory mode streams to."""
    wb.fileclosed = True  # nothing to save: the caller discards the temporary target too
    for ws in wb.worksheets():
        handle, name = getattr(ws, "row_data_fh", None), getattr(ws, "row_data_filename", None)
        if handle is not None:
            handle.close()
        if name:
            Path(name).unlink(missing_ok=True)


def _fill_sheet(
    wb: Any,
    source: ListSource,
    page: PageInfo,
    made_by: str,
    translate: Translate,
    progress: ProgressFn,
    cancel: CancelToken | None,
) -> int:
    ws = wb.add_worksheet(_sheet_name(source.title))
    base = {"font_name": FONT, "font_size": 10, "valign": "vcenter"}
    header_format = wb.add_format(
        {
            **base,
            "bold": True,
            "font_color": "#FFFFFF",
            "bg_color": "#1F4E78",
            "align": "center",
            "text_wrap": True,
            "border": 1,
            "border_color": "#BFBFBF",
        }
    )
    formats = [
        wb.add_format({**base, "num_format": NUMBER_FORMATS[c.kind], **({"text_wrap": True} if c.wrap else {})})
        for c in source.columns
    ]
    quoted = [wb.add_format({**base, "num_format": "@", "quote_prefix": True}) for _ in source.columns]
    headers = [header_text(c, translate) for c in source.columns]
    ws.set_row(0, 30)
    for col, text in enumerate(headers):
        ws.write_string(0, col, text, header_format)
    ws.freeze_panes(1, 0)
    progress(Progress(0, source.total, STAGE))
    row, sized = 1, False
    for batch in source.batches:
        check_cancel(cancel)
        if not sized:
            for col, column in enumerate(source.columns):
                ws.set_column(col, col, fit_width(column, headers[col], [r[col] for r in batch[:SAMPLE_ROWS]]))
            sized = True
        for values in batch:
            _write_row(ws, row, source.columns, values, formats, quoted)
            row += 1
        progress(Progress(min(row - 1, source.total), source.total, STAGE))
    if not sized:
        for col, column in enumerate(source.columns):
            ws.set_column(col, col, fit_width(column, headers[col], []))
    last_col = len(source.columns) - 1
    ws.autofilter(0, 0, max(row - 1, 0), last_col)
    if source.level_column is not None and row > 1:
        for level, colour in LEVEL_FILLS.items():
            ws.conditional_format(
                1,
                source.level_column,
                row - 1,
                source.level_column,
                {
                    "type": "cell",
                    "criteria": "==",
                    "value": f'"{level}"',
                    "format": wb.add_format({"bg_color": f"#{colour}"}),
                },
            )
    _print_setup(ws, page, made_by, translate)
    return row - 1


def _write_row(
    ws: Any, row: int, columns: Sequence[Column], values: Sequence[Any], formats: list[Any], quoted: list[Any]
) -> None:
    for col, (column, value) in enumerate(zip(columns, values, strict=True)):
        if value is None:
            continue
        kind = column.kind
        if kind == MONEY:
            ws.write_number(row, col, wan(value), formats[col])
        elif kind in (INT, SCORE, PERCENT, DECIMAL):
            ws.write_number(row, col, value, formats[col])
        elif kind in (DATE, DATETIME):
            found = as_date(value) if kind == DATE else as_datetime(value)
            if found is not None:
                ws.write_datetime(row, col, found, formats[col])
        else:
            text = clean_text(str(value))
            ws.write_string(row, col, text, quoted[col] if is_formula_like(text) else formats[col])


def _print_setup(ws: Any, page: PageInfo, made_by: str, translate: Translate) -> None:
    ws.set_landscape()
    ws.set_paper(9)  # A4
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)
    ws.center_horizontally()
    ws.set_margins(left=0.4, right=0.4, top=0.75, bottom=0.75)

    def hf(text: str) -> str:
        return clean_text(text).replace("&", "&&")

    ws.set_header(f"&L&9 {hf(page.branch)}&C&9 {hf(page.title)}&R&9 {hf(page.period_label)}", {"margin": 0.3})
    ws.set_footer(
        f"&L&9 {hf(translate(CTX, CONFIDENTIAL))}&C&9 {translate(CTX, PAGE_OF)}&R&9 {hf(made_by)}", {"margin": 0.3}
    )


def _sheet_name(title: str) -> str:
    """A valid sheet name: at most 31 characters, none of []:*?/\\."""
    cleaned = "".join("_" if ch in "[]:*?/\\" else ch for ch in clean_text(title))
    return cleaned[:31] or "Sheet1"


def write_list_csv(
    path: Path,
    source: ListSource,
    *,
    encoding: str = "utf-8-sig",
    translate: Translate = untranslated,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> int:
    """Write ``source`` to ``path`` as CSV (money in 元, exact); return the rows written.

    :param encoding: "utf-8-sig" (UTF-8 with the BOM Excel needs) or "gb18030"
    """
    written = 0
    with open(path, "w", encoding=ENCODINGS.get(encoding.lower(), encoding), newline="") as handle:
        out = csv.writer(handle)
        out.writerow(
            [csv_value(header_text(c, translate, unit=UNIT_YUAN, newline=False), "text") for c in source.columns]
        )
        progress(Progress(0, source.total, STAGE))
        for batch in source.batches:
            check_cancel(cancel)
            out.writerows(
                [csv_value(v, c.kind) for c, v in zip(source.columns, values, strict=True)] for values in batch
            )
            written += len(batch)
            progress(Progress(min(written, source.total), source.total, STAGE))
    return written


def batched(rows: Iterable[Sequence[Any]], size: int = 2000) -> Iterator[list[Sequence[Any]]]:
    """``rows`` in lists of ``size``."""
    batch: list[Sequence[Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
