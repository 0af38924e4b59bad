"""Read a sniffed file into sheets of raw cell values, without guessing any types.

Workbooks go through python-calamine (fast, and it keeps text cells as text); CSV and
HTML-as-.xls through the standard library. Every sheet is a list of rows of raw values:
``str``, ``float``, ``int``, ``bool``, dates, or ``''`` for an empty cell.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import python_calamine

from core.importing.codes import ImportRefused
from core.importing.sniff import CSV, DEFAULT_LIMITS, HTML, Limits, Sniffed
from core.importing.xlsx_sheet import SheetCells, merged_ranges, read_sheet, rows_of, scan_sheet
from core.progress import Cancelled, CancelToken

Row = list[Any]


@dataclass
class Sheet:
    """One sheet's raw cells, plus what the reader knows about its layout."""

    name: str
    hidden: bool
    rows: list[Row]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # (r1, c1, r2, c2), 0-based inclusive
    error_cells: set[tuple[int, int]] = field(default_factory=set)  # (row, column) of #N/A-style cells
    uncached_formulas: int = 0


class WorkbookSource:
    """The sheets of one file, loaded on demand (a workbook may hold large sheets that are never used)."""

    def __init__(self, path: Path, sniffed: Sniffed, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path = path
        self.kind = sniffed.kind
        self._sniffed = sniffed
        self._limits = limits
        self._loaded: dict[str, Sheet] = {}
        self._workbook: Any = None
        self._hidden: dict[str, bool] = {}
        if self.kind in (CSV, HTML):
            for sheet in _read_csv(path) if self.kind == CSV else _read_html(path):
                self._loaded[sheet.name] = sheet
                self._hidden[sheet.name] = False
        else:
            self._open_workbook()

    def _open_workbook(self) -> None:
        try:
            self._workbook = python_calamine.CalamineWorkbook.from_path(str(self.path))
            for meta in self._workbook.sheets_metadata:
                if str(meta.typ).endswith("WorkSheet"):
                    self._hidden[meta.name] = not str(meta.visible).endswith(".Visible")
        except (ImportRefused, Cancelled):
            raise
        except Exception as exc:  # calamine raises several types for broken files
            raise _refusal_for(exc, self.path) from exc

    @property
    def sheet_names(self) -> list[str]:
        """Worksheet names in workbook order."""
        return list(self._hidden)

    def is_hidden(self, name: str) -> bool:
        """Whether the sheet is hidden in Excel."""
        return self._hidden.get(name, False)

    def load(self, name: str, cancel: CancelToken | None = None) -> Sheet:
        """The sheet's cells (loaded once); ``cancel`` can stop reading a large .xlsx sheet between blocks."""
        if name in self._loaded:
            return self._loaded[name]
        part = self._sniffed.sheet_parts.get(name)
        try:
            if part is not None:  # an .xlsx worksheet: scanned for far-away cells, read on every core
                cells = read_sheet(self.path, part, name, self._workbook, self._limits, cancel=cancel)
            else:
                # a worksheet the workbook's relationships did not name (odd writers): before calamine
                # reads it, every worksheet part is scanned, since which one it is remains unknown
                for other in sorted(set(self._sniffed.sheet_parts.values())):
                    scan_sheet(self.path, other, name, self._limits)
                data = self._workbook.get_sheet_by_name(name)
                cells = SheetCells(rows_of(data), merged_ranges(data.merged_cell_ranges), set(), 0)
        except (ImportRefused, Cancelled):
            raise
        except Exception as exc:
            raise _refusal_for(exc, self.path) from exc
        sheet = Sheet(
            name=name,
            hidden=self.is_hidden(name),
            rows=cells.rows,
            merged=cells.merged,
            error_cells=cells.error_cells,
            uncached_formulas=cells.uncached_formulas,
        )
        self._loaded[name] = sheet
        return sheet

    def close(self) -> None:
        """Release the workbook file."""
        if self._workbook is not None:
            try:
                self._workbook.close()
            except Exception:  # closing an already broken workbook must not mask the real message
                pass
            self._workbook = None


def _refusal_for(exc: Exception, path: Path) -> ImportRefused:
    text = str(exc).lower()
    if "password" in text or "encrypt" in text:
        return ImportRefused("encrypted_workbook", file=path.name)
    return ImportRefused("corrupt_workbook", file=path.name)


# --- CSV ---------------------------------------------------------------------------------------

_DELIMITERS = (",", "\t", ";", "|")


def decode_text(data: bytes, file_name: str) -> str:
    """Decode text as Chinese Excel saves it: a BOM wins, else strict UTF-8, else strict GB18030."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise ImportRefused("unknown_encoding", file=file_name) from exc
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportRefused("unknown_encoding", file=file_name)


def detect_delimiter(text: str) -> str:
    """The delimiter used by most of the first lines (title lines without one don't count)."""
    lines = [line for line in text[:200_000].splitlines()[:40] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        counts = [line.count(delimiter) for line in lines]
        using = [c for c in counts if c > 0]
        if not using:
            continue
        most_common = max(set(using), key=using.count)
        score = (len(using), using.count(most_common))
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(path: Path) -> list[Sheet]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused("file_unreadable", file=path.name) from exc
    text = decode_text(data, path.name)
    delimiter = detect_delimiter(text)
    try:
        rows: list[Row] = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise ImportRefused("corrupt_workbook", file=path.name) from exc
    return [Sheet(name=path.stem, hidden=False, rows=rows)]


# --- HTML tables (what many core systems save as .xls) ------------------------------------------

_META_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


class _TableParser(HTMLParser):
    """Collect the cell texts of every <table>, honouring colspan and rowspan."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[Row]] = []
        self._stack: list[dict[str, Any]] = []
        self._cell: list[str] | None = None
        self._span = (1, 1)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self._stack.append({"rows": [], "row": None, "pending": {}})
        elif not self._stack:
            return
        elif tag == "tr":
            self._finish_row()
            self._stack[-1]["row"] = []
        elif tag in ("td", "th"):
            self._finish_cell()
            if self._stack[-1]["row"] is None:
                self._stack[-1]["row"] = []
            values = dict(attrs)
            self._span = (_span(values.get("rowspan")), _span(values.get("colspan")))
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if not self._stack:
            return
        if tag in ("td", "th"):
            self._finish_cell()
        elif tag == "tr":
            self._finish_row()
        elif tag == "table":
            self._finish_row()
            self.tables.append(self._stack.pop()["rows"])

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _finish_cell(self) -> None:
        if self._cell is None or not self._stack:
            return
        table = self._stack[-1]
        row = table["row"]
        self._fill_pending(table, row)
        rowspan, colspan = self._span
        text = "".join(self._cell).strip()
        for offset in range(colspan):
            column = len(row)
            row.append(text if offset == 0 else "")
            if rowspan > 1:
                table["pending"][column] = rowspan - 1
        self._fill_pending(table, row)
        self._cell = None

    @staticmethod
    def _fill_pending(table: dict[str, Any], row: Row) -> None:
        """Columns covered by a rowspan from above get an empty cell in this row."""
        while table["pending"].get(len(row), 0) > 0 and len(table["rows"]) > 0 and row is not None:
            table["pending"][len(row)] -= 1
            row.append("")

    def _finish_row(self) -> None:
        self._finish_cell()
        if not self._stack:
            return
        table = self._stack[-1]
        if table["row"] is not None:
            table["rows"].append(table["row"])
        table["row"] = None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def _read_html(path: Path) -> list[Sheet]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportRefused("file_unreadable", file=path.name) from exc
    declared = _META_CHARSET.search(data[:4096])
    text = None
    if declared:
        try:
            text = data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text = decode_text(data, path.name)
    parser = _TableParser()
    parser.feed(text)
    parser.close()
    tables = [rows for rows in parser.tables if rows]
    if not tables:
        raise ImportRefused("unknown_format", file=path.name)
    width = [max(len(r) for r in rows) for rows in tables]
    return [
        Sheet(name=f"表{i + 1}", hidden=False, rows=[r + [""] * (width[i] - len(r)) for r in rows])
        for i, rows in enumerate(tables)
    ]
