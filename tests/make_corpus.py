"""Build the corpus of bad and odd input files that the importer must survive.

Each case is one file plus what ``python main.py import FILE --json`` must do with it:
refuse it with a coded reason (exit 2, nothing written) or import it with coded notes
(exit 0). ``tests/core/test_corpus.py`` runs them all; to look at the files yourself:

    python tests/make_corpus.py OUT_DIR          # writes the corpus, prints one line per case
    python tests/make_corpus.py --fixtures       # rebuilds the committed binary fixtures
                                                 # (needs the test-only xlwt and msoffcrypto-tool)

Everything is generated with the project's own dependencies except a legacy .xls and a
password-protected workbook, which are committed under ``tests/fixtures/corpus/``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import shutil
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import openpyxl
from openpyxl.utils import get_column_letter

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
PERIOD = "2026-10"
MB = 1024 * 1024


@dataclass(frozen=True)
class Case:
    """One corpus file and the outcome the CLI contract promises for it.

    ``error_code`` may list acceptable alternatives as ``"a|b"``. ``expect_issue_codes`` must
    all appear among the issues (others may too). ``stored`` holds spot checks
    ``(customer_no, column, value)`` on the customer and its snapshot of this batch; column
    ``"*absent*"`` means the customer must have no snapshot. ``at`` lists ``(code, excel_row)``
    issues that must be reported (row None: a file-level note); ``counts`` pins JSON counts.
    """

    name: str
    path: Path
    exit_code: int
    error_code: str | None
    expect_issue_codes: tuple[str, ...] = ()
    extra_args: tuple[str, ...] = ()
    imported: int | None = None
    period: str | None = None
    stored: tuple[tuple[str, str, object], ...] = ()
    at: tuple[tuple[str, int | None], ...] = ()
    counts: tuple[tuple[str, int], ...] = ()


# --- realistic people --------------------------------------------------------------------------

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def id_check_digit(first17: str) -> str:
    """The GB 11643 check character for the first 17 digits of an ID number."""
    total = sum(int(d) * w for d, w in zip(first17, _ID_WEIGHTS, strict=True))
    return "10X98765432"[total % 11]


def make_id(region: str, birth: str, seq: int) -> str:
    """A valid 18-character resident ID number."""
    first17 = f"{region}{birth}{seq:03d}"
    return first17 + id_check_digit(first17)


@dataclass(frozen=True)
class Person:
    """A made-up customer: text customer number, valid ID, mobile, AUM in 元 as text."""

    customer_no: str
    name: str
    id_number: str
    mobile: str
    aum: str  # 元, two decimals

    @property
    def aum_fen(self) -> int:
        """AUM in fen, the way the database stores money."""
        return round(float(self.aum) * 100)


_PEOPLE_SEED = (
    ("张伟", "110105", "19780312", "13812345678", "523500.00"),
    ("王芳", "310104", "19850721", "13998761234", "1203456.78"),
    ("李娜", "440106", "19690105", "15011112222", "86000.50"),
    ("刘洋", "510107", "19920930", "18622223333", "350000.00"),
    ("陈静", "330106", "19571118", "13700001111", "2750000.00"),
    ("杨磊", "420106", "19880229", "15833334444", "99999.99"),
    ("赵敏", "320102", "19750601", "13566667777", "410200.00"),
    ("黄晓明", "210102", "19630814", "18955556666", "1500000.00"),
    ("王喆", "370102", "19990101", "17788889999", "60000.00"),  # 喆 is GBK, not GB2312
    ("欧阳修远", "350102", "19811225", "13300002222", "720000.00"),
)


def _people() -> tuple[Person, ...]:
    people = []
    for i, (name, region, birth, mobile, aum) in enumerate(_PEOPLE_SEED):
        seq = 11 + 2 * i
        if i == 1:  # one ID ending in X, as real ones do
            seq = next(s for s in range(1, 999) if id_check_digit(f"{region}{birth}{s:03d}") == "X")
        people.append(Person(f"62000{10001 + i:05d}", name, make_id(region, birth, seq), mobile, aum))
    return tuple(people)


PEOPLE = _people()
P = PEOPLE
HEADER = ["客户号", "姓名", "证件号码", "手机号码", "金融资产（元）", "统计月份"]


def std_row(p: Person, period: str = PERIOD) -> list[object]:
    """A customer as a row under HEADER, amounts as numbers (as an .xlsx holds them)."""
    return [p.customer_no, p.name, p.id_number, p.mobile, float(p.aum), period]


def text_row(p: Person, period: str = PERIOD) -> list[str]:
    """A customer as a row under HEADER, everything as text (as a CSV holds it)."""
    return [p.customer_no, p.name, p.id_number, p.mobile, p.aum, period]


def all_sensitive_values() -> set[str]:
    """Every full ID number and mobile in the corpus: none may appear in any message."""
    return {p.id_number for p in PEOPLE} | {p.mobile for p in PEOPLE}


# --- writers -----------------------------------------------------------------------------------


def write_xlsx(
    path: Path,
    rows: list[list[object]],
    *,
    sheet: str = "客户清单",
    merges: tuple[str, ...] = (),
    hidden: tuple[str, list[list[object]]] | None = None,
) -> Path:
    """An .xlsx via openpyxl; ``hidden`` adds a hidden sheet placed before the visible one."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd"
    if hidden is not None:
        old = wb.create_sheet(hidden[0], 0)
        for row in hidden[1]:
            old.append(row)
        old.sheet_state = "hidden"
        wb.active = 1
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[str]], *, encoding: str, delimiter: str = ",") -> Path:
    """A CSV the way Excel saves one: CRLF line ends."""
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_ods(path: Path, rows: list[list[object]]) -> Path:
    """An OpenDocument spreadsheet (WPS and LibreOffice users send these)."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P as Para

    doc = OpenDocumentSpreadsheet()
    table = Table(name="客户清单")
    for row in rows:
        tr = TableRow()
        for value in row:
            if isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value)
            else:
                cell = TableCell(valuetype="string")
            cell.addElement(Para(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))
    return path


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="客户清单" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_OPEN = (
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
)


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sheet_rows_xml(rows: list[list[object]]) -> str:
    """``<row>`` elements for rows of text (inline strings) and numbers."""
    out = []
    for r, row in enumerate(rows, start=1):
        cells = []
        for c, value in enumerate(row, start=1):
            ref = f"{get_column_letter(c)}{r}"
            if isinstance(value, (int, float)):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            elif value:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_xml_escape(str(value))}</t></is></c>')
        out.append(f'<row r="{r}">{"".join(cells)}</row>')
    return "".join(out)


def write_raw_xlsx(path: Path, sheet_xml: str, extra: int = 0) -> Path:
    """A minimal hand-written .xlsx around ``sheet_xml``; ``extra`` adds that many junk entries."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        _write_skeleton(zf)
        zf.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        for i in range(extra):
            zf.writestr(zipfile.ZipInfo(f"customXml/item{i}.xml"), b"")
    return path


def _write_skeleton(zf: zipfile.ZipFile) -> None:
    zf.writestr("[Content_Types].xml", _CONTENT_TYPES)
    zf.writestr("_rels/.rels", _ROOT_RELS)
    zf.writestr("xl/workbook.xml", _WORKBOOK)
    zf.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)


def _good_rows(n: int = 5, period: str = PERIOD) -> list[list[object]]:
    return [HEADER] + [std_row(p, period) for p in P[:n]]


def _stored_aum(people: tuple[Person, ...] | list[Person]) -> tuple[tuple[str, str, object], ...]:
    return tuple((p.customer_no, "aum_fen", p.aum_fen) for p in people)


# --- refused files -----------------------------------------------------------------------------


def _refused(d: Path) -> list[Case]:
    cases: list[Case] = []

    def add(name: str, path: Path, code: str, extra_args: tuple[str, ...] = ()) -> None:
        cases.append(Case(name, path, 2, code, (), extra_args, 0))

    whole = write_xlsx(d / "完整.xlsx", _good_rows(10))
    data = whole.read_bytes()
    (d / "截断的客户清单.xlsx").write_bytes(data[: len(data) // 2])
    whole.unlink()
    add("truncated_xlsx", d / "截断的客户清单.xlsx", "corrupt_workbook")

    with zipfile.ZipFile(d / "照片打包.xlsx", "w") as zf:
        zf.writestr("说明.txt", "网点活动照片，请查收。".encode())
        zf.writestr("IMG_0001.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 200)
    add("zip_not_workbook", d / "照片打包.xlsx", "zip_not_workbook")

    wb = openpyxl.Workbook()
    wb.active.title = "Sheet1"
    wb.save(d / "空工作簿.xlsx")
    add("empty_workbook", d / "空工作簿.xlsx", "empty_workbook")

    rows = [[c for c in HEADER if c != "客户号"]] + [std_row(p)[1:] for p in P[:5]]
    add("missing_customer_no", write_xlsx(d / "缺客户号.xlsx", rows), "missing_required_column")

    rows = [["客户号", *HEADER]] + [[p.customer_no, *std_row(p)] for p in P[:5]]
    add("duplicate_customer_no_column", write_xlsx(d / "两个客户号列.xlsx", rows), "duplicate_column")

    add("encrypted_workbook", _copy_fixture("encrypted.xlsx", d / "加密客户清单.xlsx"), "encrypted_workbook")

    rows = [["客户号", "姓名", "存款（元）", "理财（元）", "金融资产（元）", "统计月份"]]
    for r, p in enumerate(P[:5], start=2):
        rows.append([p.customer_no, p.name, 10000.0 * r, 5000.0, f"=C{r}+D{r}", PERIOD])
    add("formulas_uncached", write_xlsx(d / "程序生成带公式.xlsx", rows), "formulas_uncached")

    rows = [[*HEADER, "查询密码"]] + [[*std_row(p), "123456"] for p in P[:5]]
    add("sensitive_password_column", write_xlsx(d / "含密码列.xlsx", rows), "sensitive_column")
    rows = [[*HEADER, "卡号有效期"]] + [[*std_row(p), "12/29"] for p in P[:5]]
    add("sensitive_expiry_column", write_xlsx(d / "含卡片有效期.xlsx", rows), "sensitive_column")

    rows = [["客户号", "姓名", "证件号码", "手机号码", "金融资产", "统计月份"]] + [std_row(p) for p in P[:5]]
    add("unknown_unit", write_xlsx(d / "金额无单位.xlsx", rows), "unknown_unit")

    rows = [HEADER[:5]] + [std_row(p)[:5] for p in P[:5]]
    add("period_missing", write_xlsx(d / "客户清单.xlsx", rows), "period_missing")

    rows = [HEADER] + [std_row(p, "2026-10") for p in P[:3]] + [std_row(p, "2026-11") for p in P[3:6]]
    add("period_mixed", write_xlsx(d / "两个月混在一起.xlsx", rows), "period_mixed")

    add("far_cell", _far_cell(d / "远处有残留单元格.xlsx"), "far_cell")
    add("zip_bomb", _zip_bomb(d / "解压炸弹.xlsx"), "zip_bomb")
    add(
        "zip_too_many_entries",
        write_raw_xlsx(d / "条目过多.xlsx", _plain_sheet_xml(), extra=20_000),
        "zip_too_many_entries",
    )
    add("xml_billion_laughs", write_raw_xlsx(d / "实体膨胀.xlsx", _billion_laughs_xml()), "xml_unsafe")
    add("xml_external_entity", write_raw_xlsx(d / "外部实体.xlsx", _external_entity_xml()), "xml_unsafe")

    (d / "零字节.xlsx").write_bytes(b"")
    add("file_empty", d / "零字节.xlsx", "file_empty")
    add("lock_file", _lock_file(d / "~$客户.xlsx"), "lock_file")

    prose = "关于做好十月份客户走访工作的通知\n\n各网点：\n为进一步做好存量客户维护工作，请各网点于月底前完成重点客户走访。\n"
    (d / "会议通知.xlsx").write_text(prose * 5, encoding="utf-8")
    add("prose_named_xlsx", d / "会议通知.xlsx", "unknown_format|no_header")

    html = (
        '<html><head><meta charset="utf-8"><title>系统提示</title></head><body>'
        "<h1>系统提示</h1><p>您的会话已超时，请重新登录后再导出报表。</p></body></html>"
    )
    (d / "导出失败.xls").write_text(html, encoding="utf-8")
    add("html_without_table", d / "导出失败.xls", "unknown_format")

    big = write_xlsx(d / "超大文件.xlsx", _good_rows(3))
    with big.open("r+b") as f:
        f.truncate(300 * MB)  # sparse: no real bytes written
    add("file_too_large", big, "file_too_large")

    rows = [[1000 + r * 7 + c for c in range(6)] for r in range(30)]
    add("no_header_numbers_only", write_xlsx(d / "只有数字.xlsx", rows), "no_header")

    add("sheet_not_found", write_xlsx(d / "正常清单.xlsx", _good_rows()), "sheet_not_found", ("--sheet", "不存在"))

    rows = [HEADER] + [[p.customer_no, p.name, p.id_number, p.mobile, "不详", PERIOD] for p in P[:4]]
    rows.append(["", "无客户号", P[4].id_number, P[4].mobile, 1000.0, PERIOD])
    add("no_valid_rows", write_xlsx(d / "全部无效.xlsx", rows), "no_valid_rows")

    rows = [["单位：元"], ["客户号", "姓名", "资产", "统计月份"]] + [
        [p.customer_no, p.name, float(p.aum), PERIOD] for p in P[:5]
    ]
    add("odd_header_without_map", write_xlsx(d / "资产列写法特殊.xlsx", rows), "missing_required_column|no_header")
    add("bad_map_syntax", write_xlsx(d / "映射写错.xlsx", rows), "bad_mapping", ("--map", "资产"))
    rows = [HEADER[:5]] + [std_row(p)[:5] for p in P[:5]]
    add("period_option_invalid", write_xlsx(d / "月份参数写错.xlsx", rows), "period_invalid", ("--period", "2026-13"))
    return cases


def _copy_fixture(name: str, dest: Path) -> Path:
    shutil.copyfile(FIXTURES / name, dest)
    return dest


def _plain_sheet_xml(rows: list[list[object]] | None = None) -> str:
    rows = rows if rows is not None else [HEADER] + [text_row(p) for p in P[:5]]
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{_SHEET_OPEN}'
        f"<sheetData>{sheet_rows_xml(rows)}</sheetData></worksheet>"
    )


def _far_cell(path: Path) -> Path:
    rows = [HEADER] + [text_row(p) for p in P[:5]]
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{_SHEET_OPEN}'
        '<dimension ref="A1:XFD1048576"/>'
        f"<sheetData>{sheet_rows_xml(rows)}"
        '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>.</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    return write_raw_xlsx(path, xml)


def _zip_bomb(path: Path) -> Path:
    """A real .xlsx whose sheet XML is ~230 MB of whitespace compressed ~1000:1, written in chunks."""
    head = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{_SHEET_OPEN}<sheetData>' + sheet_rows_xml(
        [HEADER] + [text_row(p) for p in P[:3]]
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        _write_skeleton(zf)
        with zf.open("xl/worksheets/sheet1.xml", "w") as f:
            f.write(head.encode())
            chunk = b" " * MB
            for _ in range(220):
                f.write(chunk)
            f.write(b"</sheetData></worksheet>")
    return path


def _billion_laughs_xml() -> str:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    ]
    rows = sheet_rows_xml([HEADER] + [text_row(p) for p in P[:3]])
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [{"".join(entities)}]>\n'
        f"{_SHEET_OPEN}<sheetData>{rows}"
        '<row r="9"><c r="A9" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
    )


def _external_entity_xml() -> str:
    rows = sheet_rows_xml([HEADER] + [text_row(p) for p in P[:3]])
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        f"{_SHEET_OPEN}<sheetData>{rows}"
        '<row r="9"><c r="A9" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>'
    )


def _lock_file(path: Path) -> Path:
    """Excel's owner file: a length byte, the user name, padding, the name again in UTF-16; 165 bytes."""
    user = "zhangwei"
    data = bytes([len(user)]) + user.encode("ascii")
    data = data.ljust(54, b" ") + bytes([len(user), 0]) + user.encode("utf-16-le")
    data += " ".encode("utf-16-le") * ((165 - len(data)) // 2)
    path.write_bytes(data.ljust(165, b" "))
    return path


# --- accepted files ----------------------------------------------------------------------------


def _accepted(d: Path) -> list[Case]:
    cases: list[Case] = []

    def add(
        name: str,
        path: Path,
        codes: tuple[str, ...] = (),
        imported: int | None = None,
        *,
        extra_args: tuple[str, ...] = (),
        period: str | None = PERIOD,
        stored: tuple[tuple[str, str, object], ...] = (),
        at: tuple[tuple[str, int | None], ...] = (),
        counts: tuple[tuple[str, int], ...] = (),
    ) -> None:
        cases.append(Case(name, path, 0, None, codes, extra_args, imported, period, stored, at, counts))

    # title rows, unit in a title row, header on row 4
    rows: list[list[object]] = [
        ["XX银行XX支行个人客户金融资产清单"],
        ["数据日期：2026-10-31", "", "", "", "单位：万元"],
        [],
        ["客户号", "姓名", "证件号码", "手机号码", "金融资产"],
    ]
    wan = ["52.35", "120.345678", "8.60005", "35", "275"]
    rows += [[p.customer_no, p.name, p.id_number, p.mobile, float(w)] for p, w in zip(P, wan, strict=False)]
    add(
        "title_rows_unit_wanyuan",
        write_xlsx(d / "支行客户金融资产清单.xlsx", rows, merges=("A1:E1",)),
        (),
        5,
        stored=(
            (P[0].customer_no, "aum_fen", 52_350_000),
            (P[1].customer_no, "aum_fen", 120_345_678),
            (P[2].customer_no, "aum_fen", 8_600_050),
            (P[0].customer_no, "name", P[0].name),
            (P[0].customer_no, "id_number", P[0].id_number),
        ),
    )

    text = [HEADER] + [text_row(p) for p in P[5:10]]
    add(
        "csv_gbk_from_excel",
        write_csv(d / "客户清单GBK.csv", text, encoding="gbk"),
        (),
        5,
        stored=(
            (P[8].customer_no, "name", "王喆"),
            (P[9].customer_no, "name", "欧阳修远"),
            (P[6].customer_no, "aum_fen", P[6].aum_fen),
            (P[6].customer_no, "mobile", P[6].mobile),
        ),
    )
    add(
        "csv_utf8_bom",
        write_csv(d / "客户清单UTF8.csv", text, encoding="utf-8-sig"),
        (),
        5,
        stored=((P[8].customer_no, "name", "王喆"), (P[5].customer_no, "aum_fen", P[5].aum_fen)),
    )
    add(
        "csv_semicolon",
        write_csv(d / "分号分隔.csv", text, encoding="utf-8", delimiter=";"),
        (),
        5,
        stored=((P[9].customer_no, "aum_fen", P[9].aum_fen), (P[9].customer_no, "id_number", P[9].id_number)),
    )
    add(
        "csv_tab",
        write_csv(d / "制表符分隔.csv", text, encoding="utf-8", delimiter="\t"),
        (),
        5,
        stored=((P[7].customer_no, "aum_fen", P[7].aum_fen), (P[7].customer_no, "name", "黄晓明")),
    )
    add(
        "csv_named_xls",
        write_csv(d / "核心系统导出.xls", [HEADER] + [text_row(p) for p in P[:5]], encoding="gbk"),
        (),
        5,
        stored=_stored_aum(P[:2]) + ((P[1].customer_no, "id_number", P[1].id_number),),
    )
    add(
        "html_table_named_xls",
        _html_table(d / "报表平台导出.xls"),
        (),
        5,
        stored=_stored_aum(P[:5]) + ((P[1].customer_no, "id_number", P[1].id_number),),
    )
    add(
        "legacy_xls",
        _copy_fixture("legacy.xls", d / "老系统导出.xls"),
        (),
        5,
        stored=_stored_aum(P[:5]) + ((P[0].customer_no, "name", P[0].name),),
    )
    add(
        "ods",
        write_ods(d / "WPS另存.ods", _good_rows()),
        (),
        5,
        stored=_stored_aum(P[:5]) + ((P[4].customer_no, "mobile", P[4].mobile),),
    )

    rows = [
        ["客户号", "姓名", "证件号码", "资产情况", "", "", "统计月份"],
        ["", "", "", "存款（元）", "理财（元）", "金融资产（元）", ""],
    ]
    rows += [[p.customer_no, p.name, p.id_number, 1000.0, 2000.0, float(p.aum), PERIOD] for p in P[:5]]
    add(
        "merged_two_level_header",
        write_xlsx(d / "两级表头.xlsx", rows, merges=("A1:A2", "B1:B2", "C1:C2", "D1:F1", "G1:G2")),
        (),
        5,
        stored=_stored_aum(P[:5]),
    )

    rows = [HEADER] + [std_row(p) for p in P[:6]]
    for r in (2, 4, 6):  # Excel turned these IDs into numbers and kept 15 significant digits
        rows[r][2] = float(int(P[r - 1].id_number[:15]) * 1000)
    add(
        "id_numeric_mangled",
        write_xlsx(d / "证件号被转成数字.xlsx", rows),
        ("id_numeric",),
        3,
        at=(("id_numeric", 3), ("id_numeric", 5), ("id_numeric", 7)),
        counts=(("rejected", 3),),
        stored=_stored_aum([P[0], P[2], P[4]]) + ((P[1].customer_no, "*absent*", None),),
    )

    wrong = P[4].id_number[:15] + "000"
    assert id_check_digit(wrong[:17]) != "0"
    rows = [HEADER] + [std_row(p) for p in P[:5]]
    rows[5][2] = wrong
    add(
        "id_checksum_trailing_zeros",
        write_xlsx(d / "证件号末尾补零.xlsx", rows),
        ("id_checksum",),
        4,
        at=(("id_checksum", 6),),
        counts=(("rejected", 1),),
        stored=((P[4].customer_no, "*absent*", None), (P[3].customer_no, "id_number", P[3].id_number)),
    )

    fw = str.maketrans("0123456789.,", "０１２３４５６７８９．，")
    rows = [HEADER] + [
        [p.customer_no.translate(fw), p.name, p.id_number, p.mobile, p.aum.translate(fw), PERIOD] for p in P[:3]
    ]
    rows.append(
        [P[3].customer_no.translate(fw), P[3].name, P[3].id_number, P[3].mobile, "３５０，０００．００", PERIOD]
    )
    add(
        "fullwidth_digits",
        write_xlsx(d / "全角数字.xlsx", rows),
        (),
        4,
        stored=_stored_aum(P[:4]) + ((P[0].customer_no, "name", P[0].name),),
    )

    rows = [
        HEADER,
        ["\u3000" + P[0].customer_no, "\u3000张伟\u3000", P[0].id_number + "\u200b", P[0].mobile, P[0].aum, PERIOD],
        [
            "\u00a0" + P[1].customer_no + "\u00a0",
            "\u00a0王芳",
            " " + P[1].id_number,
            P[1].mobile + "\u00a0",
            "\u3000" + P[1].aum,
            PERIOD,
        ],
        [
            "\u200b" + P[2].customer_no,
            "李娜\u200b",
            P[2].id_number,
            "\u200b" + P[2].mobile,
            P[2].aum + "\u00a0",
            PERIOD,
        ],
    ]
    add(
        "invisible_spaces",
        write_xlsx(d / "带不可见空格.xlsx", rows),
        (),
        3,
        stored=_stored_aum(P[:3])
        + (
            (P[0].customer_no, "name", "张伟"),
            (P[1].customer_no, "name", "王芳"),
            (P[2].customer_no, "name", "李娜"),
            (P[1].customer_no, "id_number", P[1].id_number),
            (P[0].customer_no, "id_number", P[0].id_number),
            (P[2].customer_no, "mobile", P[2].mobile),
        ),
    )

    rows = [
        ["客户号", "姓名", "金融资产（元）", "贷款余额（元）", "统计月份"],
        [P[0].customer_no, P[0].name, "12,345.67", "-", PERIOD],
        [P[1].customer_no, P[1].name, "¥8,000.00", "(1,234.50)", PERIOD],
        [P[2].customer_no, P[2].name, "￥1,000", "200,000.00", PERIOD],
        [P[3].customer_no, P[3].name, "-", " - ", PERIOD],
        [P[4].customer_no, P[4].name, "1,234,567.8", "0", PERIOD],
    ]
    add(
        "money_formats",
        write_xlsx(d / "金额格式.xlsx", rows),
        (),
        None,
        stored=(
            (P[0].customer_no, "aum_fen", 1_234_567),
            (P[2].customer_no, "aum_fen", 100_000),
            (P[3].customer_no, "aum_fen", 0),
            (P[4].customer_no, "aum_fen", 123_456_780),
            (P[0].customer_no, "loan_fen", 0),
            (P[2].customer_no, "loan_fen", 20_000_000),
        ),
    )

    nov = "2026-11"
    rows = [
        ["客户号", "姓名", "金融资产（元）", "最近交易日期", "统计月份"],
        [P[0].customer_no, P[0].name, float(P[0].aum), 46331, nov],  # an Excel serial without a date format
        [P[1].customer_no, P[1].name, float(P[1].aum), dt.datetime(2026, 11, 5), nov],
        [P[2].customer_no, P[2].name, float(P[2].aum), "2026年11月5日", nov],
        [P[3].customer_no, P[3].name, float(P[3].aum), "2026.11.05", nov],
        [P[4].customer_no, P[4].name, float(P[4].aum), "20261105", nov],
        [P[5].customer_no, P[5].name, float(P[5].aum), "01/05/26", nov],
    ]
    add(
        "dates_many_formats",
        write_xlsx(d / "日期格式.xlsx", rows),
        ("date_ambiguous",),
        5,
        period=nov,
        at=(("date_ambiguous", 7),),
        counts=(("rejected", 1),),
        stored=tuple((p.customer_no, "last_txn_date", "2026-11-05") for p in P[:5])
        + ((P[5].customer_no, "*absent*", None),),
    )

    rows = [HEADER] + [std_row(p) for p in P[:3]]
    rows.append(["", "小计", "", "", sum(float(p.aum) for p in P[:3]), ""])
    rows += [std_row(p) for p in P[3:5]]
    rows.append(["小计", "", "", "", sum(float(p.aum) for p in P[3:5]), ""])
    rows.append(["合计", "", "", "", sum(float(p.aum) for p in P[:5]), ""])
    add(
        "total_rows",
        write_xlsx(d / "含合计小计.xlsx", rows),
        ("total_row",),
        5,
        stored=_stored_aum(P[:5]),
        at=(("total_row", 5), ("total_row", 8), ("total_row", 9)),
        counts=(("skipped", 3), ("rejected", 0)),
    )

    rows = [HEADER] + [std_row(p) for p in P[:3]] + [[], []] + [std_row(p) for p in P[3:5]]
    add(
        "blank_rows_between",
        write_xlsx(d / "中间有空行.xlsx", rows),
        ("blank_rows",),
        5,
        stored=_stored_aum(P[:5]),
        at=(("blank_rows", None),),
        counts=(("rows_read", 5), ("skipped", 0), ("rejected", 0)),
    )

    rows = [HEADER] + [std_row(p) for p in P[:4]] + [std_row(P[1])]
    add(
        "exact_duplicate_row",
        write_xlsx(d / "完全重复行.xlsx", rows),
        ("duplicate_row",),
        4,
        at=(("duplicate_row", 6),),
        counts=(("skipped", 1), ("rejected", 0)),
        stored=_stored_aum(P[:4]),
    )

    rows = [HEADER] + [std_row(p) for p in P[:4]]
    other = std_row(P[2])
    other[4] = 1.0
    rows.append(other)
    add(
        "conflicting_duplicate",
        write_xlsx(d / "同一客户两行不同.xlsx", rows),
        ("conflicting_duplicate",),
        3,
        at=(("conflicting_duplicate", 4), ("conflicting_duplicate", 6)),
        counts=(("rejected", 2),),
        stored=((P[2].customer_no, "*absent*", None),) + _stored_aum([P[0], P[1], P[3]]),
    )

    rows = [HEADER] + [std_row(p) for p in P[:5]]
    rows[2][4] = "#N/A"
    rows[4][4] = "#DIV/0!"
    add(
        "error_cells",
        write_xlsx(d / "含错误值.xlsx", rows),
        ("error_cell",),
        3,
        at=(("error_cell", 3), ("error_cell", 5)),
        counts=(("rejected", 2),),
        stored=((P[1].customer_no, "*absent*", None),) + _stored_aum([P[0], P[2], P[4]]),
    )

    old = [HEADER] + [[p.customer_no, p.name, p.id_number, p.mobile, 1.0, "2026-09"] for p in P[5:10]]
    add(
        "hidden_sheet_old_data",
        write_xlsx(d / "含隐藏旧表.xlsx", _good_rows(), hidden=("上月旧数据", old)),
        ("hidden_sheets_skipped",),
        5,
        at=(("hidden_sheets_skipped", None),),
        stored=_stored_aum(P[:5]) + ((P[6].customer_no, "*absent*", None),),
    )

    rows = [["客户号", "姓名", "存款余额（元）", "理财（元）", "基金（元）", "保险（元）", "统计月份"]]
    rows += [[p.customer_no, p.name, 100000.5 * (i + 1), 20000.0, 0, 3000.25, PERIOD] for i, p in enumerate(P[:4])]
    add(
        "holdings_only_aum_derived",
        write_xlsx(d / "只有分项.xlsx", rows),
        ("aum_derived",),
        4,
        at=(("aum_derived", None),),
        stored=tuple(
            (p.customer_no, "aum_fen", round((100000.5 * (i + 1) + 20000 + 3000.25) * 100)) for i, p in enumerate(P[:4])
        ),
    )

    rows = [HEADER] + [[int(p.customer_no), *std_row(p)[1:]] for p in P[:5]]
    add(
        "numeric_customer_no",
        write_xlsx(d / "客户号是数字.xlsx", rows),
        ("numeric_customer_no",),
        5,
        at=(("numeric_customer_no", None),),
        stored=tuple((p.customer_no, "customer_no", p.customer_no) for p in P[:5]),
    )

    rows = [[*HEADER, "客户星级", "备注"]] + [[*std_row(p), "三星", "已电话回访"] for p in P[:5]]
    add(
        "unmapped_extra_columns",
        write_xlsx(d / "多余的列.xlsx", rows),
        ("unmapped_columns",),
        5,
        at=(("unmapped_columns", None),),
        stored=_stored_aum(P[:5]),
    )

    rows = [["单位：元"], ["客户号", "姓名", "资产", "统计月份"]] + [
        [p.customer_no, p.name, float(p.aum), PERIOD] for p in P[:5]
    ]
    add(
        "map_option_odd_header",
        write_xlsx(d / "资产列需映射.xlsx", rows),
        (),
        5,
        extra_args=("--map", "资产=aum"),
        stored=_stored_aum(P[:5]),
    )

    rows = [HEADER[:5]] + [std_row(p)[:5] for p in P[:5]]
    add("period_in_file_name", write_xlsx(d / "客户清单2026年10月.xlsx", rows), (), 5, stored=_stored_aum(P[:1]))
    add(
        "period_option",
        write_xlsx(d / "客户清单（无月份）.xlsx", rows),
        (),
        5,
        extra_args=("--period", "2026-09"),
        period="2026-09",
        stored=_stored_aum(P[:1]),
    )

    rows = [HEADER] + [std_row(p) for p in P[:5]]
    rows[3][3] = "1381234567"  # a digit short: neither a mobile nor a landline
    add(
        "phone_invalid_row_kept",
        write_xlsx(d / "手机号错误.xlsx", rows),
        ("phone_invalid",),
        5,
        at=(("phone_invalid", 4),),
        counts=(("rejected", 0),),
        stored=(
            (P[2].customer_no, "aum_fen", P[2].aum_fen),
            (P[2].customer_no, "mobile", None),
            (P[1].customer_no, "mobile", P[1].mobile),
        ),
    )

    rows = [["客户号", "姓名", "证件号码", "金融资产（万元）", "统计月份"]]
    rows += [[p.customer_no, p.name, p.id_number, w, PERIOD] for p, w in zip(P, (123.4567, 0.01, 2000, 55.5), strict=False)]
    add(
        "wanyuan_in_header",
        write_xlsx(d / "金额单位万元.xlsx", rows),
        (),
        4,
        stored=(
            (P[0].customer_no, "aum_fen", 123_456_700),
            (P[1].customer_no, "aum_fen", 10_000),
            (P[2].customer_no, "aum_fen", 2_000_000_000),
            (P[3].customer_no, "aum_fen", 55_500_000),
        ),
    )
    return cases


def _html_table(path: Path) -> Path:
    """An HTML table saved as .xls, as many report platforms export (GBK, text-format ID cells)."""
    cells = "".join(f"<th>{h}</th>" for h in HEADER)
    body = [f"<tr>{cells}</tr>"]
    for p in P[:5]:
        tds = [
            f"<td style=\"mso-number-format:'\\@'\">{p.customer_no}</td>",
            f"<td>{p.name}</td>",
            f"<td style=\"mso-number-format:'\\@'\">{p.id_number}</td>",
            f"<td>{p.mobile}</td>",
            f"<td>{p.aum}</td>",
            f"<td>{PERIOD}</td>",
        ]
        body.append("<tr>" + "".join(tds) + "</tr>")
    html = (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>'
        '<table border="1">' + "\n".join(body) + "</table></body></html>"
    )
    path.write_bytes(html.encode("gbk"))
    return path


# --- entry points ------------------------------------------------------------------------------


def build_corpus(out_dir: Path) -> list[Case]:
    """Write every corpus file into ``out_dir`` and return the cases (about 60 files, ~6 MB on disk)."""
    out_dir = Path(out_dir)
    refused_dir, accepted_dir = out_dir / "refused", out_dir / "accepted"
    refused_dir.mkdir(parents=True, exist_ok=True)
    accepted_dir.mkdir(parents=True, exist_ok=True)
    return _refused(refused_dir) + _accepted(accepted_dir)


def corpus_index() -> dict[str, int]:
    """Case name to expected exit code, for parametrising tests at collection time.

    Builds the corpus once into a throwaway folder (about a second); the tests then build
    their own copy in pytest's temporary folder.
    """
    import tempfile

    with tempfile.TemporaryDirectory(prefix="liuke-corpus-index-") as tmp:
        return {case.name: case.exit_code for case in build_corpus(Path(tmp))}


def good_file(path: Path, period: str = "2026-01") -> Path:
    """A small valid workbook (used to seed a database before a refused import)."""
    return write_xlsx(path, _good_rows(3, period))


def make_binary_fixtures(fixture_dir: Path = FIXTURES) -> None:
    """Rebuild the committed .xls and encrypted .xlsx (needs xlwt and msoffcrypto-tool)."""
    import msoffcrypto.format.ooxml
    import xlwt

    fixture_dir.mkdir(parents=True, exist_ok=True)
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("客户清单")
    for r, row in enumerate(_good_rows()):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(fixture_dir / "legacy.xls"))

    plain = io.BytesIO()
    write_xlsx(fixture_dir / "_plain.xlsx", _good_rows())
    plain.write((fixture_dir / "_plain.xlsx").read_bytes())
    (fixture_dir / "_plain.xlsx").unlink()
    plain.seek(0)
    with (fixture_dir / "encrypted.xlsx").open("wb") as out:
        msoffcrypto.format.ooxml.OOXMLFile(plain).encrypt("1234", out)


def main(argv: list[str]) -> int:
    """Script entry: write the corpus to OUT_DIR, or ``--fixtures`` to rebuild binary fixtures."""
    if argv[:1] == ["--fixtures"]:
        make_binary_fixtures()
        print(f"wrote {FIXTURES / 'legacy.xls'} and {FIXTURES / 'encrypted.xlsx'}")
        return 0
    if len(argv) != 1:
        print(__doc__)
        return 2
    for case in build_corpus(Path(argv[0])):
        outcome = case.error_code or ",".join(case.expect_issue_codes) or "ok"
        print(f"{case.exit_code}  {case.name:32} {outcome:36} {case.path.name} {' '.join(case.extra_args)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
