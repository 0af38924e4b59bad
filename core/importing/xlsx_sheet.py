"""Read one worksheet of an .xlsx safely and, when it is large, on every core.

python-calamine builds a dense grid from a sheet's cells, so one stray cell at XFD1048576 makes
it allocate hundreds of gigabytes and abort the whole process. So, before calamine sees any part
of a sheet, that part's XML streams through ``SheetScan``: it refuses far-away cells (and rows or
cells that would land far away), and records what calamine would hide (error cells such as #N/A,
formulas without a cached value).

A large sheet is cut at row boundaries into pieces of several megabytes. Each piece becomes a
small stored (uncompressed) copy of the workbook that holds only that piece of the sheet, and
calamine reads the pieces in worker threads: it releases the GIL while it parses, so on a 2-core
PC the pieces are parsed while this thread is still scanning the rest. The pieces' rows are
joined into exactly the grid one read would give (``rows_of``). Anything unusual (rows without
numbers, rows out of order, a piece calamine rejects) falls back to one plain read of the sheet,
which the scan has already made safe.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import python_calamine

from core.importing.codes import ImportRefused
from core.importing.sniff import Limits
from core.progress import CancelToken, check_cancel

Row = list[Any]
BLOCK_BYTES = 4 * 1024 * 1024  # decompressed bytes scanned at a time
SPLIT_MIN_BYTES = 8 * 1024 * 1024  # smaller sheets are read in one piece
PIECE_MIN_BYTES, PIECE_MAX_BYTES = 4 * 1024 * 1024, 16 * 1024 * 1024
_ERROR_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*\bt=\"e\"[^>]*)>")
_CELL_REF = re.compile(rb"\br=\"([A-Z]+)(\d+)\"")
_UNCACHED_FORMULA = re.compile(rb"(?:</(?:\w+:)?f>|<(?:\w+:)?f\b[^>]*/>)\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")
_ROW_NUMBER = re.compile(rb'\sr="(\d+)"')
_SHEET_DATA = re.compile(rb"<(\w+:)?sheetData\b[^>]*?(/?)>")
_STUB_SHEET = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>'
)


@dataclass(frozen=True)
class _Patterns:
    """The scan's expressions for one element prefix ('' or e.g. 'x:'). Each starts with a literal,
    which keeps ``re`` scanning at memchr speed: a 70 MB sheet takes ~30 ms per expression."""

    row_tag: re.Pattern[bytes]  # every row tag: the number of <row r="12" (nearly every writer's form), else b""
    row_any: re.Pattern[bytes]  # any row tag, with its r wherever it stands
    cell_other: re.Pattern[bytes]  # a cell tag whose first attribute is not r
    wide_cell: re.Pattern[bytes]  # the letters of a cell in column AA or further
    cell_any: re.Pattern[bytes]  # any cell's reference, wherever its r stands
    row_cells: re.Pattern[bytes]  # one row's content (only when some cells carry no reference)
    formula: re.Pattern[bytes]  # a formula element's start tag
    error: re.Pattern[bytes]  # an error cell's type
    prefix: bytes


@cache
def _patterns(prefix: bytes) -> _Patterns:
    p = re.escape(prefix)
    return _Patterns(
        row_tag=re.compile(b"<" + p + rb'row(?: r="(\d+)"|(?! r=")[\s>/])'),
        row_any=re.compile(b"<" + p + rb'row\b([^>]*?)(/?)>'),
        cell_other=re.compile(b"<" + p + rb'c(?! r=")[\s>/]'),
        wide_cell=re.compile(b"<" + p + rb'c r="([A-Z]{2,})\d'),
        cell_any=re.compile(b"<" + p + rb'c\b[^>]*?\sr="([A-Z]+)(\d+)"'),
        row_cells=re.compile(b"<" + p + rb"row\b[^>]*?(?<!/)>(.*?)</" + p + b"row>", re.DOTALL),
        formula=re.compile(b"<" + p + rb"f[\s>/]"),
        error=re.compile(rb't="e"'),
        prefix=prefix,
    )


@cache
def _unplain_cell(digits: int, prefix: bytes) -> re.Pattern[bytes]:
    """A cell tag of any but the plain kind: reference first, one column letter, a row of at most ``digits``
    digits (<c r="B12"). A block without one has no cell that is far, wide or without a reference."""
    return re.compile(b"<" + re.escape(prefix) + rb'c(?! r="[A-Z]\d{1,' + str(digits).encode() + rb'}")[\s>/]')


@cache
def _longer_rows(digits: int, prefix: bytes) -> re.Pattern[bytes]:
    """Cell references (fast form) whose row has more than ``digits`` digits."""
    return re.compile(b"<" + re.escape(prefix) + rb'c r="[A-Z]{1,3}(\d{' + str(digits + 1).encode() + rb',})"')


@cache
def _rows_beyond(number: int, prefix: bytes) -> re.Pattern[bytes]:
    """Cell references (fast form) whose row is greater than ``number``: a cell placed below every row."""
    digits = str(number)
    longer = rf"[1-9]\d{{{len(digits)},}}"
    same = [
        f"{digits[:i]}[{int(d) + 1}-9]\\d{{{len(digits) - i - 1}}}" for i, d in enumerate(digits) if d != "9"
    ]
    return re.compile(b"<" + re.escape(prefix) + rb'c r="[A-Z]{1,3}(' + "|".join([longer, *same]).encode() + b')"')


def column_number(letters: bytes) -> int:
    """1 for A, 27 for AA."""
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


@dataclass
class SheetScan:
    """What one worksheet's XML holds that calamine must not meet or would hide, fed block by block.

    Blocks must be cut just before a ``<``, so no tag is split between two of them.
    """

    sheet: str
    limits: Limits
    prefix: bytes = b""
    max_row: int = 0  # 1-based
    max_col: int = 26  # single-letter columns are never far
    unnumbered_rows: int = 0  # rows without r: calamine numbers them on from the previous one
    unreferenced_cols: int = 0  # most cells without r in one row: each takes the next column
    splittable: bool = True  # every row starts <row r="N" and every cell <c r="A1": pieces can be cut
    far_ref: str = ""
    uncached_formulas: int = 0
    error_cells: set[tuple[int, int]] = field(default_factory=set)  # 0-based (row, column)

    def feed(self, block: bytes) -> None:
        """Scan one block of the sheet's XML."""
        pat = _patterns(self.prefix)
        rows = pat.row_tag.findall(block)
        if b"" in rows:
            self._feed_rows_slowly(block, pat)
        elif rows:
            self.max_row = max(self.max_row, *map(int, rows))
        if not self._plain_cells_only(block):  # one pass instead of the three below: 0.06 s for 70 MB, not 0.13 s
            if pat.cell_other.search(block) is None:
                letters = set(pat.wide_cell.findall(block))
                if letters:
                    widest = max(letters, key=lambda s: (len(s), s))
                    self._widen(column_number(widest), widest, block, pat)
                self._rows_of_cells(block)
            else:
                self._feed_cells_slowly(block, pat)
        if pat.formula.search(block):
            self.uncached_formulas += len(_UNCACHED_FORMULA.findall(block))
        if pat.error.search(block):
            for attributes in _ERROR_CELL.findall(block):
                ref = _CELL_REF.search(attributes)
                if ref and len(self.error_cells) < 100_000:
                    self.error_cells.add((int(ref.group(2)) - 1, column_number(ref.group(1)) - 1))

    def _plain_cells_only(self, block: bytes) -> bool:
        """Whether every cell of ``block`` is plain (``_unplain_cell``), so none is far, wide or unreferenced.

        False also where one pass cannot tell and the detailed passes must run: when row numbers of as
        many digits as the last row's could reach the limits (``_rows_of_cells`` then compares each
        cell's row with the last row exactly).
        """
        if self._exact_rows():
            return False
        return _unplain_cell(len(str(self.max_row)), self.prefix).search(block) is None

    def _exact_rows(self) -> bool:
        """Whether a cell's row must be compared with the last row exactly, not by its count of digits."""
        bound = 10 ** len(str(self.max_row)) - 1
        return bound * self.max_col > self.limits.max_cells or bound > self.limits.max_rows

    def _rows_of_cells(self, block: bytes) -> None:
        """A cell whose reference puts it below every row (only a hand-made file does that): its row counts.

        Cells with more digits in their row than the last row are looked for always (one quick
        pass); cells with as many digits only when that could reach the limits (a wide sheet).
        """
        digits = len(str(self.max_row))
        pattern = _rows_beyond(self.max_row, self.prefix) if self._exact_rows() else _longer_rows(digits, self.prefix)
        beyond = pattern.findall(block)
        if beyond:
            self.max_row = max(self.max_row, *map(int, beyond))

    def _feed_rows_slowly(self, block: bytes, pat: _Patterns) -> None:
        """Rows with other attributes first, or with no number (calamine counts those on)."""
        self.splittable = False
        for attributes, _ in pat.row_any.findall(block):
            number = _ROW_NUMBER.search(b" " + attributes)
            if number:
                self.max_row = max(self.max_row, int(number.group(1)))
            else:
                self.unnumbered_rows += 1

    def _feed_cells_slowly(self, block: bytes, pat: _Patterns) -> None:
        """Cells with other attributes first, or with no reference (each takes the next column)."""
        self.splittable = False
        for letters, number in pat.cell_any.findall(block):
            self._widen(column_number(letters), letters + number, None, pat)
            self.max_row = max(self.max_row, int(number))
        for content in pat.row_cells.findall(block):
            cells = content.count(b"<" + pat.prefix + b"c ") + content.count(b"<" + pat.prefix + b"c>")
            if cells > len(pat.cell_any.findall(content)):
                self.unreferenced_cols = max(self.unreferenced_cols, cells)

    def _widen(self, column: int, ref: bytes, block: bytes | None, pat: _Patterns) -> None:
        if column <= self.max_col:
            return
        self.max_col = column
        if block is not None:  # find the row of the widest cell, for the message
            found = re.search(b"<" + re.escape(pat.prefix) + b'c r="' + ref + rb'(\d+)"', block)
            ref = ref + (found.group(1) if found else b"")
        self.far_ref = ref.decode("ascii", "replace")

    def check(self) -> None:
        """Refuse the sheet if what was fed so far would make a reader allocate a huge grid."""
        rows = self.max_row + self.unnumbered_rows
        columns = self.max_col + self.unreferenced_cols
        limits = self.limits
        if columns > limits.max_columns or rows > limits.max_rows or rows * columns > limits.max_cells:
            raise ImportRefused("far_cell", sheet=self.sheet, cell=self.far_ref or f"A{rows}")


@dataclass
class SheetCells:
    """A worksheet read into the grid python-calamine gives, indexed from A1."""

    rows: list[Row]
    merged: list[tuple[int, int, int, int]]
    error_cells: set[tuple[int, int]]
    uncached_formulas: int


def default_workers() -> int:
    """Threads for calamine: the machine's cores (at most 4)."""
    return max(1, min(4, os.cpu_count() or 1))


def read_sheet(
    path: Path,
    part: str,
    name: str,
    workbook: Any,
    limits: Limits,
    *,
    workers: int | None = None,
    split_min_bytes: int = SPLIT_MIN_BYTES,
    piece_bytes: int | None = None,
    cancel: CancelToken | None = None,
) -> SheetCells:
    """Scan and read worksheet ``part`` (``xl/worksheets/sheet1.xml``), shown as ``name``.

    :param workbook: the file opened by python-calamine, for the plain one-piece read
    :param workers: calamine threads (default: the machine's cores, at most 4); 1 never splits
    :param cancel: checked between blocks (pieces already handed to calamine still finish)
    :raises ImportRefused: far-away cells (nothing was handed to calamine), or a broken workbook
    :raises Cancelled: ``cancel`` was set
    """
    workers = workers or default_workers()
    scan = SheetScan(name, limits)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
        pieces = None
        if workers > 1 and info.file_size >= split_min_bytes:
            pieces = _PieceReader(archive, part, name, workers, piece_bytes or _piece_size(archive, info, workers))
        try:
            with archive.open(part) as handle:
                for block in _scanned_blocks(handle, scan, cancel):
                    if pieces is not None and not pieces.add(block, scan):
                        pieces.close()
                        pieces = None
            scan.check()
            cells = pieces.finish(scan) if pieces is not None else None
        finally:
            if pieces is not None:
                pieces.close()
    return cells or _plain_read(workbook, name, scan)


def scan_sheet(path: Path, part: str, name: str, limits: Limits) -> SheetScan:
    """Only the scan of worksheet ``part`` (for a sheet whose part is not known by name: every part is scanned).

    :raises ImportRefused: far-away cells
    """
    scan = SheetScan(name, limits)
    with zipfile.ZipFile(path) as archive, archive.open(part) as handle:
        for _ in _scanned_blocks(handle, scan):
            pass
    scan.check()
    return scan


def _plain_read(workbook: Any, name: str, scan: SheetScan) -> SheetCells:
    data = workbook.get_sheet_by_name(name)
    return SheetCells(rows_of(data), merged_ranges(data.merged_cell_ranges), scan.error_cells, scan.uncached_formulas)


def rows_of(data: Any) -> list[Row]:
    """Every row of a calamine sheet, indexed from A1 like ``to_python(skip_empty_area=False)``.

    A Python-level loop over ``iter_rows`` rather than ``to_python``: the latter builds the whole
    sheet in one C call holding the GIL (over 100 ms for 100,000 rows), which would freeze the
    window while an import runs on a worker thread; this lets the UI thread in between rows.
    """
    rows: list[Row] = [row for row in data.iter_rows()]
    if not rows or data.start is None:
        return rows
    (first_row, first_col), (last_row, last_col) = data.start, data.end
    if first_col and len(rows[0]) == last_col - first_col + 1:  # the range starts right of column A
        pad = [""] * first_col
        rows = [pad + row for row in rows]
    if first_row and len(rows) == last_row - first_row + 1:  # the range starts below row 1
        width = len(rows[0])
        rows = [[""] * width for _ in range(first_row)] + rows
    return rows


def _blocks(handle: Any) -> Any:
    """The part's bytes in blocks of about BLOCK_BYTES, each cut just before a ``<``."""
    tail = b""
    while True:
        chunk = handle.read(BLOCK_BYTES)
        if not chunk:
            break
        buffer = tail + chunk
        cut = buffer.rfind(b"<")
        if cut <= 0:
            cut = len(buffer)
        block, tail = buffer[:cut], buffer[cut:]
        if block:
            yield block
    if tail:
        yield tail


def _scanned_blocks(handle: Any, scan: SheetScan, cancel: CancelToken | None = None) -> Any:
    """The part's blocks (see ``_blocks``), each yielded once ``scan`` has been fed it."""
    for number, block in enumerate(_blocks(handle)):
        check_cancel(cancel)
        if number == 0:
            scan.prefix = _prefix_of(block)
        scan.feed(block)
        yield block


def _prefix_of(block: bytes) -> bytes:
    """The namespace prefix of the worksheet's elements ("x:" from some .NET writers), from the root tag."""
    found = re.search(rb"<(\w+:)?worksheet\b", block)
    return (found.group(1) or b"") if found else b""


def _piece_size(archive: zipfile.ZipFile, info: zipfile.ZipInfo, workers: int) -> int:
    """Bytes of sheet XML per piece: several pieces per worker (so calamine starts early and the last
    piece is short), within bounds, and never smaller than the shared strings (which every
    piece's copy of the workbook parses again). 4-8 MB pieces measured best on 2 cores."""
    shared = sum(i.file_size for i in archive.infolist() if i.filename.lower().endswith("sharedstrings.xml"))
    size = info.file_size // (6 * workers)
    return max(PIECE_MIN_BYTES, min(PIECE_MAX_BYTES, size), shared)


class _PieceReader:
    """Collects the sheet's rows into pieces and hands each, once scanned, to a calamine thread."""

    def __init__(self, archive: zipfile.ZipFile, part: str, name: str, workers: int, piece_bytes: int) -> None:
        self.archive, self.part, self.name = archive, part, name
        self.workers, self.piece_bytes = workers, piece_bytes
        self.header: bytes | None = None
        self.prefix = b""
        self.pending = bytearray()
        self.futures: list[Future[tuple[Any, ...]]] = []
        self.pool: ThreadPoolExecutor | None = None
        self.template: list[tuple[str, bytes]] | None = None

    def add(self, block: bytes, scan: SheetScan) -> bool:
        """Take the next block (already fed to ``scan``); False: this sheet is read in one piece after all."""
        self.pending += block
        if not scan.splittable:
            return False
        if self.header is None:
            found = _SHEET_DATA.search(self.pending)
            if found is None:
                return len(self.pending) <= PIECE_MAX_BYTES  # no rows in sight yet
            if found.group(2) == b"/" or (found.group(1) or b"") != scan.prefix:
                return False  # an empty sheet, or prefixes this reader does not expect
            self.header, self.prefix = bytes(self.pending[: found.end()]), scan.prefix
            del self.pending[: found.end()]
        row_start = b"<" + self.prefix + b'row r="'
        while len(self.pending) > self.piece_bytes:
            cut = self.pending.find(row_start, self.piece_bytes)  # the first row that does not fit
            if cut < 0:
                break
            scan.check()  # every cell of this piece has been scanned
            piece = bytes(self.pending[:cut])
            del self.pending[:cut]
            self._submit(piece, b"</" + self.prefix + b"sheetData></" + self.prefix + b"worksheet>")
        return True

    def finish(self, scan: SheetScan) -> SheetCells | None:
        """Read the last piece (with the sheet's real ending) and join every piece's rows; None: read it plainly."""
        if not self.futures or not scan.splittable:
            return None
        self._submit(bytes(self.pending), b"")
        self.pending = bytearray()
        results = []
        for future in self.futures:
            try:
                results.append(future.result())
            except Exception:  # a piece calamine rejects: the plain read gives the real answer
                return None
        return _join(results, scan)

    def close(self) -> None:
        """Wait for the pieces handed out (calamine cannot be interrupted; each was scanned) and let go."""
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None
        self.pending = bytearray()
        self.futures = []

    def _submit(self, piece: bytes, ending: bytes) -> None:
        if self.template is None:
            self.template = _template(self.archive, self.part)
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="calamine")
        self.futures.append(
            self.pool.submit(_read_piece, self.template, self.part, self.name, self.header, piece, ending)
        )


def _template(archive: zipfile.ZipFile, part: str) -> list[tuple[str, bytes]]:
    """The workbook's other parts, for the pieces' copies: other worksheets become empty ones, and
    large parts calamine does not read for a sheet's values (media, drawings, printer settings) are left out."""
    parts = []
    for info in archive.infolist():
        name = info.filename
        if name == part or name.endswith("/"):
            continue
        if name.lower().startswith("xl/worksheets/") and name.lower().endswith(".xml"):
            parts.append((name, _STUB_SHEET))
        elif info.file_size > 1024 * 1024 and not name.lower().endswith(
            ("sharedstrings.xml", "styles.xml", "workbook.xml", ".rels")
        ):
            continue
        else:
            parts.append((name, archive.read(name)))
    return parts


def _read_piece(
    template: list[tuple[str, bytes]], part: str, name: str, header: bytes, piece: bytes, ending: bytes
) -> tuple[Any, ...]:
    """One piece through calamine (in a worker thread): (start, end, rows, merged ranges)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy:
        for entry, data in template:
            copy.writestr(entry, data)
        with copy.open(part, "w") as sheet:
            sheet.write(header)
            sheet.write(piece)
            sheet.write(ending)
    buffer.seek(0)
    workbook = python_calamine.CalamineWorkbook.from_filelike(buffer)
    try:
        data = workbook.get_sheet_by_name(name)
        rows = data.to_python() if data.start is not None else []
        return data.start, data.end, rows, data.merged_cell_ranges
    finally:
        workbook.close()


def _join(results: list[tuple[Any, ...]], scan: SheetScan) -> SheetCells | None:
    """The pieces' rows as one grid from A1, as ``rows_of`` gives for the whole sheet; None if they overlap."""
    filled = [r for r in results if r[0] is not None and r[2]]
    if not filled:
        merged = results[-1][3] if results else None
        return SheetCells([], merged_ranges(merged), scan.error_cells, scan.uncached_formulas)
    width = max(end[1] for _, end, _, _ in filled) + 1
    rows: list[Row] = []
    for (first_row, first_col), (last_row, last_col), piece_rows, _ in filled:
        if first_row < len(rows) or len(piece_rows) != last_row - first_row + 1:
            return None  # rows out of order across pieces: only a whole read places them right
        rows.extend([""] * width for _ in range(first_row - len(rows)))
        left, right = [""] * first_col, [""] * (width - last_col - 1)
        if left or right:
            rows.extend(left + row + right for row in piece_rows)
        else:
            rows.extend(piece_rows)
    return SheetCells(rows, merged_ranges(results[-1][3]), scan.error_cells, scan.uncached_formulas)


def merged_ranges(ranges: Any) -> list[tuple[int, int, int, int]]:
    """calamine's merged cell ranges as (r1, c1, r2, c2), 0-based inclusive."""
    return [(r1, c1, r2, c2) for (r1, c1), (r2, c2) in (ranges or [])]
