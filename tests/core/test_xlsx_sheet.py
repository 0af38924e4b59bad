"""Reading an .xlsx worksheet in pieces on several threads gives exactly what one plain read gives,
and the scan refuses far-away cells before python-calamine sees any of the sheet.

Every .xlsx of the bad-input corpus and a demo month is read both ways with pieces of a few
hundred bytes (so every file is cut into many pieces), plus hand-written sheets for the cases a
cut could get wrong: gaps between rows, formatted empty cells, a prefix on every element, rows or
cells without numbers, rows out of order, merged cells, error cells and formulas without values.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
import python_calamine
from hypothesis import given, settings
from hypothesis import strategies as st

import core.importing.xlsx_sheet as xlsx_sheet
from core.importing.codes import ImportRefused
from core.importing.sniff import DEFAULT_LIMITS, Limits, sniff
from core.importing.xlsx_sheet import SheetCells, read_sheet
from tests.make_corpus import _SHEET_OPEN, HEADER, P, build_corpus, sheet_rows_xml, text_row, write_raw_xlsx

SHEET = "客户清单"  # the one sheet of write_raw_xlsx's workbook


def _read(path: Path, *, pieces: bool, limits: Limits = DEFAULT_LIMITS) -> dict[str, SheetCells | str]:
    """Every worksheet of ``path``: its cells, or the refusal's code."""
    sniffed = sniff(path)
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    out: dict[str, SheetCells | str] = {}
    try:
        for name, part in sniffed.sheet_parts.items():
            options = {"workers": 2, "split_min_bytes": 0, "piece_bytes": 300} if pieces else {"workers": 1}
            try:
                out[name] = read_sheet(path, part, name, workbook, limits, **options)
            except ImportRefused as refused:
                out[name] = refused.code
            except Exception as exc:  # calamine's own error for a broken sheet: the same either way
                out[name] = type(exc).__name__
    finally:
        workbook.close()
    return out


@pytest.fixture
def pieces_read(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every piece handed to calamine (so a test can tell the sheet really was cut)."""
    sizes: list[int] = []
    real = xlsx_sheet._read_piece

    def counted(*args: bytes) -> object:
        sizes.append(len(args[4]))
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(xlsx_sheet, "_read_piece", counted)
    return sizes


def _same_both_ways(path: Path) -> dict[str, SheetCells | str]:
    plain, pieces = _read(path, pieces=False), _read(path, pieces=True)
    assert pieces == plain, path.name
    return plain


def _xlsx(tmp_path: Path, body: str, name: str = "t.xlsx", *, root: str = _SHEET_OPEN, tail: str = "") -> Path:
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{root}<sheetData>{body}</sheetData>{tail}</worksheet>'
    return write_raw_xlsx(tmp_path / name, xml)


def _rows(n: int = 12) -> str:
    return sheet_rows_xml([HEADER] + [text_row(p) for p in P[:n]])


def test_every_corpus_workbook_reads_the_same_in_pieces(tmp_path: Path, pieces_read: list[int]) -> None:
    cases = build_corpus(tmp_path)
    books = [c.path for c in cases if c.path.suffix in (".xlsx", ".xlsm") and zipfile.is_zipfile(c.path)]
    assert len(books) >= 15
    read = 0
    for path in books:
        try:
            sniff(path)
        except ImportRefused:
            continue  # refused before any sheet is read (zip bombs, DTDs, …)
        _same_both_ways(path)
        read += 1
    assert read >= 10
    assert len(pieces_read) > 3 * read


def test_a_demo_month_reads_the_same_in_pieces(tmp_path: Path, pieces_read: list[int]) -> None:
    from core.demo import generate_demo

    generate_demo(tmp_path, customers=300, months=4, seed=3)
    books = sorted(tmp_path.glob("*.xlsx"))
    assert books
    for path in books:
        sheets = _same_both_ways(path)
        assert any(isinstance(s, SheetCells) and len(s.rows) > 250 for s in sheets.values())
    assert len(pieces_read) > 100


def test_gaps_formatted_empty_cells_and_merged_cells(tmp_path: Path, pieces_read: list[int]) -> None:
    body = (
        '<row r="2"><c r="B2" t="inlineStr"><is><t>标题</t></is></c></row>'
        + '<row r="4"><c r="A4" t="inlineStr"><is><t>客户号</t></is></c><c r="C4" t="inlineStr"><is><t>姓名</t></is></c></row>'
        + "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="C{r}" t="inlineStr"><is><t>名{r}</t></is></c></row>' for r in range(5, 40))
        + '<row r="60" spans="1:9"><c r="I60" s="1"/></row>'  # a formatted empty cell, far right
        + "".join(f'<row r="{r}"><c r="B{r}" t="b"><v>1</v></c></row>' for r in range(80, 90))
    )
    path = _xlsx(tmp_path, body, tail='<mergeCells count="1"><mergeCell ref="B2:D2"/></mergeCells>')
    cells = _same_both_ways(path)[SHEET]
    assert isinstance(cells, SheetCells)
    assert cells.merged == [(1, 1, 1, 3)]
    assert cells.rows[3][0] == "客户号" and cells.rows[88][1] is True
    assert len(pieces_read) > 5


def test_prefixed_elements_read_the_same(tmp_path: Path, pieces_read: list[int]) -> None:
    root = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    body = "".join(
        f'<x:row r="{r}"><x:c r="A{r}" t="inlineStr"><x:is><x:t>{r}</x:t></x:is></x:c><x:c r="B{r}"><x:v>{r * 1.5}</x:v></x:c></x:row>'
        for r in range(1, 60)
    )
    xml = f'<?xml version="1.0" encoding="UTF-8"?>{root}<x:sheetData>{body}</x:sheetData></x:worksheet>'
    path = write_raw_xlsx(tmp_path / "prefixed.xlsx", xml)
    cells = _same_both_ways(path)[SHEET]
    assert isinstance(cells, SheetCells) and cells.rows[58] == ["59", 88.5]
    assert len(pieces_read) > 5


@pytest.mark.parametrize(
    "body",
    [
        "".join(f'<row><c t="inlineStr"><is><t>r{r}</t></is></c><c><v>{r}</v></c></row>' for r in range(40)),  # no numbers
        "".join(f'<row spans="1:2" r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(1, 40)),  # r not first
        "".join(f'<row r="{r}"><c s="0" r="B{r}"><v>{r}</v></c></row>' for r in range(1, 40)),  # cell r not first
        "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in [*range(20, 40), *range(1, 20)]),  # out of order
    ],
    ids=["rows-without-numbers", "row-number-not-first", "cell-ref-not-first", "rows-out-of-order"],
)
def test_unusual_sheets_read_the_same(tmp_path: Path, body: str) -> None:
    cells = _same_both_ways(_xlsx(tmp_path, body))[SHEET]
    assert isinstance(cells, SheetCells) and len(cells.rows) >= 39


def test_error_cells_and_formulas_without_values_are_found(tmp_path: Path) -> None:
    body = _rows(3) + (
        '<row r="5"><c r="A5" t="e"><v>#N/A</v></c><c r="B5"><f>SUM(A1:A2)</f></c>'
        '<c r="C5"><f>1+1</f><v></v></c><c r="D5"><f>2+2</f><v>4</v></c></row>'
    )
    cells = _same_both_ways(_xlsx(tmp_path, body))[SHEET]
    assert isinstance(cells, SheetCells)
    assert cells.error_cells == {(4, 0)}
    assert cells.uncached_formulas == 2


@pytest.mark.parametrize(
    ("extra", "cell"),
    [
        ('<row r="7"><c r="XFD7"><v>1</v></c></row>', "XFD7"),  # far to the right
        ('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>', "XFD1048576"),
        ('<row r="7"><c r="A5000000"><v>1</v></c></row>', None),  # a cell placed far below its row
        ('<row r="5000000"><c r="A5000000"><v>1</v></c></row>', None),
        ('<row r="7"><c r="B7"><v>1</v></c>' + '<c><v>1</v></c>' * 1200 + "</row>", None),  # cells counted on
    ],
    ids=["column", "corner", "cell-below-its-row", "row", "unreferenced-cells"],
)
def test_far_cells_are_refused_before_calamine_reads_anything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, extra: str, cell: str | None
) -> None:
    path = _xlsx(tmp_path, _rows(3) + extra)

    def never(*args: object) -> None:
        raise AssertionError("calamine was handed a sheet with a far-away cell")

    monkeypatch.setattr(xlsx_sheet, "_read_piece", never)
    monkeypatch.setattr(xlsx_sheet, "_plain_read", never)
    for options in ({"workers": 1}, {"workers": 2, "split_min_bytes": 0, "piece_bytes": 300}):
        with pytest.raises(ImportRefused) as refused:
            read_sheet(path, "xl/worksheets/sheet1.xml", SHEET, None, DEFAULT_LIMITS, **options)
        assert refused.value.code == "far_cell"
        if cell:
            assert refused.value.params["cell"] == cell


def test_a_wide_sheet_over_the_cell_limit_is_refused(tmp_path: Path) -> None:
    limits = Limits(max_cells=5_000)
    wide = "".join(f'<c r="{letters}1"><v>1</v></c>' for letters in ("AA", "AB", "CV"))  # CV: column 100
    body = f'<row r="1">{wide}</row>' + "".join(f'<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>' for r in range(2, 60))
    path = _xlsx(tmp_path, body)
    assert _read(path, pieces=False, limits=limits) == {SHEET: "far_cell"}
    assert _read(path, pieces=True, limits=limits) == {SHEET: "far_cell"}
    assert isinstance(_read(path, pieces=True)[SHEET], SheetCells)  # within the default limits


def test_a_large_sheet_is_cut_into_pieces_read_on_threads(tmp_path: Path, pieces_read: list[int]) -> None:
    """The default sizes: a sheet over SPLIT_MIN_BYTES goes to calamine in several pieces."""
    body = "".join(
        f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>{6200000000 + r}</t></is></c><c r="B{r}"><v>{r}.25</v></c></row>'
        for r in range(1, 120_001)
    )
    path = _xlsx(tmp_path, body)
    assert zipfile.ZipFile(path).getinfo("xl/worksheets/sheet1.xml").file_size > xlsx_sheet.SPLIT_MIN_BYTES
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    cells = read_sheet(path, "xl/worksheets/sheet1.xml", SHEET, workbook, DEFAULT_LIMITS, workers=2)
    assert len(pieces_read) >= 3
    assert len(cells.rows) == 120_000 and cells.rows[-1] == ["6200120000", 120000.25]
    assert cells.rows == read_sheet(path, "xl/worksheets/sheet1.xml", SHEET, workbook, DEFAULT_LIMITS, workers=1).rows


@pytest.mark.parametrize("target", ["Worksheets/Sheet1.xml", "worksheets/sheet1.xml"])
def test_a_sheet_named_in_other_case_is_scanned_before_calamine_reads_it(tmp_path: Path, target: str) -> None:
    """python-calamine finds a worksheet whatever the case of its part name; the scan must find it too."""
    from core.importing.readers import WorkbookSource
    from tests import make_corpus

    def book(name: str, body: str) -> Path:
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{_SHEET_OPEN}<sheetData>{body}</sheetData></worksheet>'
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("[Content_Types].xml", make_corpus._CONTENT_TYPES)
            zf.writestr("_rels/.rels", make_corpus._ROOT_RELS)
            zf.writestr("xl/workbook.xml", make_corpus._WORKBOOK)
            zf.writestr("xl/_rels/workbook.xml.rels", make_corpus._WORKBOOK_RELS.replace("worksheets/sheet1.xml", target))
            zf.writestr("xl/worksheets/sheet1.xml", xml)
        return path

    good = book("good.xlsx", _rows(3))
    assert len(WorkbookSource(good, sniff(good)).load(SHEET).rows) == 4
    far = book("far.xlsx", _rows(3) + '<row r="7"><c r="XFD7"><v>1</v></c></row>')
    with pytest.raises(ImportRefused) as refused:
        WorkbookSource(far, sniff(far)).load(SHEET)
    assert refused.value.code == "far_cell"


def test_a_sheet_whose_part_is_not_known_is_read_only_after_every_part_is_scanned(tmp_path: Path) -> None:
    from core.importing.readers import WorkbookSource
    from core.importing.sniff import XLSX, Sniffed

    far = _xlsx(tmp_path, _rows(3) + '<row r="7"><c r="XFD7"><v>1</v></c></row>')
    unmapped = Sniffed(XLSX, {"sheet1": "xl/worksheets/sheet1.xml"})  # as if the relationships named no title
    with pytest.raises(ImportRefused) as refused:
        WorkbookSource(far, unmapped).load(SHEET)
    assert refused.value.code == "far_cell"
    good = _xlsx(tmp_path, _rows(3), "good.xlsx")
    assert len(WorkbookSource(good, unmapped).load(SHEET).rows) == 4


# -- the scan's shortcuts against the passes they stand in for ---------------------------------------------


def _feed_with_every_pass(scan: xlsx_sheet.SheetScan, block: bytes) -> None:
    """SheetScan.feed as it was before its shortcuts (one pass for plain cells, one for row tags, regexes
    for formulas and error cells), word for word but for the names it reaches into the module by."""
    x = xlsx_sheet
    p = re.escape(scan.prefix)
    pat = x._patterns(scan.prefix)
    row_numbered = re.compile(b"<" + p + rb'row r="(\d+)"')
    row_other = re.compile(b"<" + p + rb'row(?! r=")[\s>/]')
    if row_other.search(block) is None:
        rows = row_numbered.findall(block)
        if rows:
            scan.max_row = max(scan.max_row, *map(int, rows))
    else:
        scan._feed_rows_slowly(block, pat)
    if pat.cell_other.search(block) is None:
        letters = set(pat.wide_cell.findall(block))
        if letters:
            widest = max(letters, key=lambda s: (len(s), s))
            scan._widen(x.column_number(widest), widest, block, pat)
        scan._rows_of_cells(block)
    else:
        scan._feed_cells_slowly(block, pat)
    if b"<" + scan.prefix + b"f" in block:
        scan.uncached_formulas += len(x._UNCACHED_FORMULA.findall(block))
    if b't="e"' in block:
        for attributes in x._ERROR_CELL.findall(block):
            ref = x._CELL_REF.search(attributes)
            if ref and len(scan.error_cells) < 100_000:
                scan.error_cells.add((int(ref.group(2)) - 1, x.column_number(ref.group(1)) - 1))


_COLUMNS = st.sampled_from(["A", "B", "N", "Z"] * 4 + ["AA", "AZ", "CV", "ALL", "XFD"])
_ROW_NUMBERS = st.sampled_from([1, 2, 9, 10, 99, 100, 5_000, 99_999, 100_000, 999_999, 1_000_000, 1_048_576, 5_000_000])


@st.composite
def _cell(draw: st.DrawFn, row: int) -> str:
    ref = draw(_COLUMNS) + str(draw(st.sampled_from([row] * 4 + [row * 10, row * 100]) | _ROW_NUMBERS))
    form = draw(st.sampled_from(["plain"] * 12 + ["style-first", "no-ref", "error", "formula", "cached"]))
    return {
        "plain": f'<c r="{ref}"><v>1</v></c>',
        "style-first": f'<c s="1" r="{ref}"><v>1</v></c>',
        "no-ref": "<c><v>1</v></c>",
        "error": f'<c r="{ref}" t="e"><v>#N/A</v></c>',
        "formula": f'<c r="{ref}"><f>1+1</f></c>',
        "cached": f'<c r="{ref}"><f>1+1</f><v>2</v></c>',
    }[form]


@st.composite
def _sheet_blocks(draw: st.DrawFn) -> tuple[bytes, list[bytes]]:
    prefix = draw(st.sampled_from(["", "x:"]))
    rows = []
    for _ in range(draw(st.integers(1, 12))):
        number = draw(st.one_of(st.integers(1, 40), _ROW_NUMBERS))
        tag = draw(st.sampled_from([f'<row r="{number}">', f'<row r="{number}">', f'<row spans="1:2" r="{number}">', "<row>"]))
        cells = "".join(draw(st.lists(_cell(number), max_size=4)))
        rows.append(tag + cells + "</row>")
    xml = "".join(rows).replace("<c", f"<{prefix}c").replace("</c>", f"</{prefix}c>").replace("<row", f"<{prefix}row")
    xml = xml.replace("</row>", f"</{prefix}row>").replace("<f>", f"<{prefix}f>").replace("</f>", f"</{prefix}f>")
    xml = xml.replace("<v>", f"<{prefix}v>").replace("</v>", f"</{prefix}v>")
    data = xml.encode()
    cuts = sorted(draw(st.sets(st.sampled_from([i for i, b in enumerate(data) if b == ord("<")] or [0]), max_size=3)))
    blocks = [data[a:b] for a, b in zip([0, *cuts], [*cuts, len(data)], strict=True) if data[a:b]]
    return prefix.encode(), blocks


@settings(max_examples=500, deadline=None)
@given(_sheet_blocks(), st.sampled_from([DEFAULT_LIMITS, Limits(max_cells=5_000), Limits(max_rows=50_000)]))
def test_the_scans_shortcuts_find_exactly_what_every_pass_finds(sheet: tuple[bytes, list[bytes]], limits: Limits) -> None:
    prefix, blocks = sheet
    quick, thorough = xlsx_sheet.SheetScan("s", limits, prefix), xlsx_sheet.SheetScan("s", limits, prefix)
    for block in blocks:
        quick.feed(block)
        _feed_with_every_pass(thorough, block)
    assert quick == thorough
