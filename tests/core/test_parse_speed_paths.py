"""The fast paths of phase one (parse.py, normalize's bulk_* functions) give exactly what the
plain per-cell, per-row code gives.

The reference below is parse_rows as it was before the fast paths (one Python call per cell
through a CellError-catching wrapper, one Python loop step per row, zip_longest for the columns,
the 17 multiplications of the ID check digit), kept here verbatim apart from names. Random
sheets mixing clean and dirty cells, blank, note, 合计 and ragged rows, Excel error cells and
duplicates must give the same records, issues (with their params), counts and rejected rows.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timedelta
from functools import partial
from itertools import zip_longest
from operator import mul
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.importing import normalize, parse
from core.importing.codes import REJECTED, SKIPPED, WARNING, RowIssue
from core.importing.fields import DATE, FIELD_BY_KEY, ID_NUMBER, MONEY
from core.importing.layout import Column, Layout
from core.importing.normalize import (
    CellError,
    IdInfo,
    _nfkc,
    _squeeze,
    bulk_id_numbers,
    bulk_idents,
    bulk_iso_dates,
    bulk_money,
    bulk_phones,
    is_error_value,
    is_total_label,
    map_catching,
    parse_ident,
    parse_money,
    parse_phone,
)
from core.importing.parse import (
    NEGATIVE_ALLOWED,
    REQUIRED,
    ParsedRows,
    Records,
    _derive_aum,
    _keep_rejected_rows,
    _parser_for,
    _specs,
    mask_value,
    parse_rows,
)
from core.importing.readers import Sheet
from core.privacy import mask_free_text

SETTINGS = settings(max_examples=300, deadline=None)
TODAY = date.today()
DIGITS = "0123456789"

# --- the reference: the per-cell / per-row code the fast paths replace --------------------------

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ERROR = parse._ERROR


def ref_check_character(first17: str) -> str:
    """The GB 11643 check character, the straightforward way."""
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def ref_parse_id_number(value: object, *, today: date | None = None) -> IdInfo | None:
    """normalize.parse_id_number with its former check-digit computation."""
    if type(value) is float or type(value) is int:
        raise CellError("id_numeric")
    if type(value) is str and len(value) == 18 and value.isascii() and value.isalnum():
        text = value.upper()
    else:
        text = _squeeze(_nfkc(value)).upper()
        if not text:
            return None
        if normalize._SCIENTIFIC.fullmatch(text):
            raise CellError("id_numeric")
    if len(text) != 18:
        raise CellError("id_length")
    if not normalize._ID_SHAPE.fullmatch(text):
        raise CellError("id_chars")
    try:
        birth = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise CellError("id_birth_date") from None
    if not date(1900, 1, 1) <= birth <= (today or date.today()):
        raise CellError("id_birth_date")
    if ref_check_character(text[:17]) != text[17]:
        raise CellError("id_checksum")
    return IdInfo(text, birth, "男" if int(text[16]) % 2 else "女")


def ref_parser_for(kind: str, unit: int | None):
    if kind == ID_NUMBER:
        return partial(ref_parse_id_number, today=TODAY)
    return _parser_for(kind, unit)


def ref_safe(parse_cell):
    def run(raw):
        try:
            return parse_cell(raw)
        except CellError as exc:
            return exc
        except TypeError:
            return CellError("not_a_number")

    return run


def ref_parse_column(values, parse_cell, repeated):
    run = ref_safe(parse_cell)
    if repeated and not any(v.__class__ is bool for v in set(values)):
        parsed = {v: run(v) for v in set(values)}
        out = [parsed[v] for v in values]
    else:
        out = list(map(run, values))
    errors = []
    for k in [k for k, v in enumerate(out) if v.__class__ is CellError]:
        raw = values[k]
        if raw is _ERROR or (raw.__class__ is str and raw[:1] in "#＃" and is_error_value(raw)):
            errors.append((k, _ERROR))
        else:
            errors.append((k, out[k]))
        out[k] = None
    return out, errors


def ref_is_total_row(row, label_columns):
    width = len(row)
    first = row[0] if width else ""
    if first == "":
        first = next((v for v in row if v != "" and v is not None), "")
    for value in (first, *[row[c] for c in label_columns if c < width]):
        if value.__class__ is str and ("计" in value or "otal" in value or "OTAL" in value) and is_total_label(value):
            return True
    return False


def ref_classify_rows(sheet, layout, specs, result):
    rows, errors = sheet.rows, sheet.error_cells
    error_rows = {r for r, _ in errors}
    key_columns = [s.index for s in specs if s.field in ("customer_no", "name")]
    label_columns = sorted({0, *key_columns})
    data = []
    for index in range(layout.data_start, len(rows)):
        row = rows[index]
        width = len(row)
        filled = width - row.count("")
        if filled == 0 and index not in error_rows:
            result.blank_rows += 1
            continue
        result.rows_read += 1
        if ref_is_total_row(row, label_columns):
            result.skipped += 1
            result.issues.append(RowIssue(index + 1, None, "total_row", SKIPPED))
            continue
        if filled <= 2 and all(c >= width or row[c] == "" for c in key_columns) and index not in error_rows:
            result.skipped += 1
            note = next(v for v in row if v != "" and v is not None)
            result.issues.append(RowIssue(index + 1, None, "note_row", SKIPPED, mask_free_text(note)))
            continue
        data.append(index)
    return data


def ref_transpose(sheet, data, wanted):
    rows = sheet.rows
    data_rows = (
        rows[data[0] : data[-1] + 1] if data and data[-1] - data[0] + 1 == len(data) else [rows[i] for i in data]
    )
    columns = {i: list(values) for i, values in enumerate(zip_longest(*data_rows, fillvalue="")) if i in wanted}
    position = {row: k for k, row in enumerate(data)} if sheet.error_cells else {}
    for row, column in sheet.error_cells:
        if column in columns and row in position:
            columns[column][position[row]] = _ERROR
    for index in wanted - set(columns):
        columns[index] = [""] * len(data)
    return columns


def ref_finish(result, columns, data, bad, layout):
    rejected = {k for k, issues in bad.items() if any(i.severity == REJECTED for i in issues)}
    for k in sorted(bad):
        result.issues.extend(bad[k])
    numbers = columns["customer_no"]
    names = list(columns)
    first: dict[str, int] = {}
    keep: list[int] = []
    conflicts: dict[str, list[int]] = {}
    columns["source_row"] = [i + 1 for i in data]
    if not rejected and len(set(numbers)) == len(numbers):
        result.issues.sort(key=lambda i: i.row or 0)
        result.records = Records(columns, len(data))
        return []
    for k in range(len(data)):
        if k in rejected:
            continue
        number = numbers[k]
        j = first.get(number)
        if j is None:
            first[number] = k
            keep.append(k)
        elif number not in conflicts and all(columns[c][j] == columns[c][k] for c in names):
            result.skipped += 1
            result.issues.append(
                RowIssue(data[k] + 1, None, "duplicate_row", WARNING, None, {"other_row": data[j] + 1})
            )
        else:
            conflicts.setdefault(number, [j]).append(k)
    result.rejected = len(rejected)
    dropped_rows = set(rejected)
    if conflicts:
        header = layout.column_of("customer_no").header
        dropped = set()
        for number, ks in conflicts.items():
            listed = "、".join(str(data[k] + 1) for k in ks)
            for k in ks:
                result.issues.append(
                    RowIssue(
                        data[k] + 1, header, "conflicting_duplicate", REJECTED, mask_free_text(number), {"rows": listed}
                    )
                )
            dropped.add(first[number])
            dropped_rows.update(ks)
            result.rejected += len(ks)
        keep = [k for k in keep if k not in dropped]
    result.issues.sort(key=lambda i: i.row or 0)
    result.records = Records({name: [values[k] for k in keep] for name, values in columns.items()}, len(keep))
    return sorted(dropped_rows)


def ref_parse_rows(sheet: Sheet, layout: Layout) -> ParsedRows:
    result = ParsedRows()
    specs = _specs(layout)
    data = ref_classify_rows(sheet, layout, specs, result)
    n = len(data)
    columns: dict[str, list[Any]] = {}
    bad: dict[int, list[RowIssue]] = {}
    raw_columns = ref_transpose(sheet, data, {s.index for s in specs})
    for spec in specs:
        raw_values = raw_columns.pop(spec.index)
        if spec.field == "customer_no" and {int, float} & set(map(type, raw_values)):
            result.numeric_customer_numbers = sum(1 for v in raw_values if v.__class__ in (int, float))
        values, errors = ref_parse_column(
            raw_values, ref_parser_for(spec.kind, spec.unit), spec.kind in parse._REPEATING_KINDS
        )
        for k, error in errors:
            if error is _ERROR:
                issue = RowIssue(data[k] + 1, spec.header, "error_cell", REJECTED, "#错误")
            else:
                severity = WARNING if error.code == "phone_invalid" else REJECTED
                issue = RowIssue(
                    data[k] + 1, spec.header, error.code, severity, mask_value(spec.kind, raw_values[k]), error.params
                )
            bad.setdefault(k, []).append(issue)
        if spec.kind == MONEY and spec.field not in NEGATIVE_ALLOWED and min(filter(None, values), default=0) < 0:
            for k, v in enumerate(values):
                if v is not None and v < 0:
                    bad.setdefault(k, []).append(
                        RowIssue(data[k] + 1, spec.header, "negative_amount", REJECTED, mask_free_text(raw_values[k]))
                    )
        if spec.kind == ID_NUMBER:
            columns["id_number"] = [v.number if v else None for v in values]
            columns["gender"] = [v.gender if v else None for v in values]
            columns["birth_date"] = [v.birth_date.isoformat() if v else None for v in values]
        else:
            columns[spec.field] = values
        if spec.field in REQUIRED and None in values:
            failed = {k for k, _ in errors}
            for k, v in enumerate(values):
                if v is None and k not in failed:
                    bad.setdefault(k, []).append(RowIssue(data[k] + 1, spec.header, "missing_value", REJECTED))
    _derive_aum(layout, columns, n, data, bad, result)
    dropped = ref_finish(result, columns, data, bad, layout)
    if dropped:
        _keep_rejected_rows(result, sheet, layout, [data[k] for k in dropped])
    return result


def outcome(parse_sheet, sheet: Sheet, layout: Layout) -> tuple:
    """Everything ``parse_sheet`` returns, issue params and value types included; or the
    exception it raises (a note row of None cells only, which no reader makes, raises StopIteration)."""
    try:
        parsed = parse_sheet(sheet, layout)
    except Exception as exc:
        return ("raised", type(exc), str(exc))
    columns = {name: [(type(v), v) for v in values] for name, values in parsed.records.columns.items()}
    issues = [(i, i.params) for i in parsed.issues]
    return (
        columns,
        parsed.records.count,
        issues,
        parsed.rows_read,
        parsed.skipped,
        parsed.rejected,
        parsed.blank_rows,
        parsed.numeric_customer_numbers,
        parsed.aum_derived_from,
        parsed.rejected_rows,
    )


# --- cells ------------------------------------------------------------------------------------


def make_id(body17: str) -> str:
    return body17 + ref_check_character(body17)


births = st.dates(min_value=date(1900, 1, 1), max_value=TODAY)
valid_ids = st.builds(
    lambda area, birth, seq, lower: (lambda n: n.lower() if lower else n)(make_id(f"{area}{birth:%Y%m%d}{seq}")),
    st.text(DIGITS, min_size=6, max_size=6),
    births,
    st.text(DIGITS, min_size=3, max_size=3),
    st.booleans(),
)
odd_ids = st.one_of(
    st.text(DIGITS + "Xx", min_size=18, max_size=18),  # mostly bad check digits or dates
    st.builds(lambda n: n[:6] + "1899" + n[10:], valid_ids),
    st.builds(lambda n: n[:6] + f"{TODAY.year + 1}" + n[10:], valid_ids),
    st.builds(lambda n: n[:10] + "0229" + n[14:], valid_ids),
    st.builds(lambda n: n[:10] + "1332" + n[14:], valid_ids),
    st.builds(lambda n: n[:17], valid_ids),
    st.builds(lambda n: f" {n}\u3000", valid_ids),
    st.builds(lambda n: n.translate({ord(c): ord(c) + 0xFEE0 for c in DIGITS}), valid_ids),  # full-width
    st.builds(lambda n: n[:5] + "ß" + n[6:], valid_ids),
    st.builds(lambda n: n[:5] + " " + n[6:], valid_ids),
    st.builds(lambda n: n[:8] + "X" + n[9:], valid_ids),
    st.sampled_from(["1.10105E+17", "11010519491231002x", "ABCDEFGHIJKLMNOPQR", "110105-19491231-002X"]),
)
valid_mobiles = st.builds(
    lambda second, rest: f"1{second}{rest}", st.sampled_from("3456789"), st.text(DIGITS, min_size=9, max_size=9)
)
odd_phones = st.one_of(
    st.text(DIGITS, min_size=11, max_size=11),
    st.builds(lambda m: "+86" + m, valid_mobiles),
    st.builds(lambda m: m[:3] + "-" + m[3:], valid_mobiles),
    st.sampled_from(["010-62345678", "62345678", "1381234", "12345678901", "１３８１２３４５６７８", "13812345678 "]),
    st.builds(float, st.integers(10_000_000_000, 20_000_000_000)),
)
valid_idents = st.text("ABCxyz" + DIGITS, min_size=1, max_size=40)
odd_idents = st.one_of(
    st.text("ABC_-/ " + DIGITS, min_size=1, max_size=12),
    st.text("ABC" + DIGITS, min_size=41, max_size=45),
    st.sampled_from(["客户1", "１２３", "1.23457E+17", " C001 ", "C\u200b001"]),
    st.builds(float, st.integers(0, 10**16)),
    st.integers(-5, 10**16),
    st.floats(allow_nan=False, allow_infinity=False),
)
valid_money = st.builds(lambda cents: cents / 100, st.integers(0, 10**12))
odd_money = st.one_of(
    st.floats(),  # NaN, inf, negatives, halves, huge
    st.builds(lambda cents: cents / 1000, st.integers(-(10**6), 10**6)),  # x.xx5: half fen
    st.sampled_from([0.125, 0.005, 1e11, 1e14, -1e14, 2.5e-3, 1e300, -0.0]),
    st.integers(-(10**14), 10**14),
    st.sampled_from(["12,345.67", "¥1,234.50元", "(1,234.50)", "123.4567万", "-", "1e5", "abc", "12.345", " 7 "]),
)
valid_dates = st.one_of(st.dates(), st.datetimes())
odd_dates = st.one_of(
    st.sampled_from(["2026-10-31", "2026年10月31日", "20261031", "01/05/26", "nope", time(8, 0), timedelta(days=2)]),
    st.floats(0, 3_000_000),
    st.integers(19000101, 21001231),
)
names = st.one_of(st.sampled_from(["李芳", "王静", "计伟", "Total Wang", "吴 芳", " 周芳"]), st.text(max_size=4))
texts = st.one_of(st.sampled_from(["示范支行", "总行营业部", "Ｂ支行", "小计", "合 计"]), st.text(max_size=4))
counts = st.one_of(st.integers(0, 50).map(float), st.sampled_from(["12笔", "1,234", "-1", 2.5, "x"]))
flags = st.one_of(st.sampled_from(["是", "否", "Y", "n", "1", "代发", "?", 1.0, 0.0, 2.0]), st.booleans())
periods = st.sampled_from(["2026-10", "2026年10月", "202610", 202610.0, "2026.1", "x", date(2026, 10, 31)])


class Text(str):
    """A str subclass: no reader makes one, but the fast paths must not take it for a str."""


anything = st.one_of(
    st.sampled_from(["", "", "", " ", "#N/A", "＃DIV/0!", "合计", "小计：", "Total", "总计", "—", None, True, False]),
    st.floats(),
    st.text(max_size=3),
    st.builds(Text, st.sampled_from(["", "合计", "C001", "13812345678", "11010519491231002X", "李芳"])),
)

FIELD_CELLS = {
    "customer_no": (valid_idents, odd_idents),
    "manager_no": (valid_idents, odd_idents),
    "name": (names, names),
    "manager": (names, names),
    "id_number": (valid_ids, odd_ids),
    "mobile": (valid_mobiles, odd_phones),
    "branch": (texts, texts),
    "id_type": (texts, texts),
    "aum": (valid_money, odd_money),
    "deposit": (valid_money, odd_money),
    "wealth": (valid_money, odd_money),
    "loan": (valid_money, odd_money),
    "maturity_date": (valid_dates, odd_dates),
    "last_txn_date": (valid_dates, odd_dates),
    "ebank_txn_count": (counts, counts),
    "payroll": (flags, flags),
    "period": (periods, periods),
}
UNITS = {"deposit": 1_000_000}


@st.composite
def sheets(draw, max_rows: int = 25) -> tuple[Sheet, Layout]:
    """A sheet and its layout: a header row, then data rows that mix clean cells (a whole column
    clean, often) with dirty ones, blank, note, 合计 and ragged rows, duplicates and error cells."""
    optional = [f for f in FIELD_CELLS if f not in ("customer_no", "name", "aum")]
    fields = ["customer_no", "name", *draw(st.lists(st.sampled_from(optional), unique=True, max_size=8))]
    if draw(st.booleans()):
        fields.append("aum")
    fields = draw(st.permutations(fields))
    unmapped = draw(st.integers(0, 2))
    width = len(fields) + unmapped
    indexes = draw(st.permutations(range(width)))[: len(fields)]
    layout = Layout(
        sheet="表1",
        header_rows=(0,),
        data_start=1,
        columns=tuple(
            Column(i, f"列{i}", f"列{i}", f, UNITS.get(f, 100) if FIELD_BY_KEY[f].kind == MONEY else None, "auto")
            for f, i in zip(fields, indexes, strict=True)
        ),
        title_lines=(),
        title_period=None,
        signature="test",
    )
    field_at = dict(zip(indexes, fields, strict=True))
    dirt = {f: draw(st.sampled_from([0.0, 0.0, 0.1, 0.5])) for f in fields}  # share of dirty cells
    rows: list[list[Any]] = [[f"列{i}" for i in range(width)]]
    for _ in range(draw(st.integers(0, max_rows))):
        shape = draw(st.sampled_from(["data"] * 8 + ["blank", "note", "total", "short", "long", "copy"]))
        if shape == "blank":
            rows.append([""] * width)
            continue
        if shape == "copy" and len(rows) > 1:
            rows.append(list(draw(st.sampled_from(rows[1:]))))
            continue
        row = []
        for i in range(width):
            f = field_at.get(i)
            if f is None:
                row.append(draw(st.one_of(st.just(""), anything)))
            else:
                clean, dirty = FIELD_CELLS[f]
                row.append(draw(dirty if draw(st.floats(0, 1)) < dirt[f] else clean))
        if shape == "note":
            row = [""] * width
            row[draw(st.integers(0, width - 1))] = draw(
                st.sampled_from(["备注：以上数据截至月末", "制表人：张三", 3.0])
            )
        elif shape == "total":
            row[draw(st.sampled_from([0, *indexes[:2]]))] = draw(st.sampled_from(["合计", "小计", "Total", "总计："]))
            if draw(st.booleans()):
                row[0] = ""
        elif shape == "short":
            row = row[: draw(st.integers(0, width - 1))]
        elif shape == "long":
            row = row + draw(st.lists(anything, min_size=1, max_size=2))
        rows.append(row)
    error_cells = set()
    if len(rows) > 1 and draw(st.booleans()):
        error_cells = set(draw(st.lists(st.tuples(st.integers(1, len(rows) - 1), st.integers(0, width)), max_size=3)))
    return Sheet(name="表1", hidden=False, rows=rows, error_cells=error_cells), layout


# --- parse_rows against the reference ------------------------------------------------------------


@SETTINGS
@given(sheets())
def test_parse_rows_equals_the_per_cell_reference(case):
    sheet, layout = case
    assert outcome(parse_rows, sheet, layout) == outcome(ref_parse_rows, sheet, layout)


@settings(max_examples=25, deadline=None)
@given(sheets(max_rows=80))
def test_parse_rows_equals_the_reference_on_longer_sheets(case):
    sheet, layout = case
    assert outcome(parse_rows, sheet, layout) == outcome(ref_parse_rows, sheet, layout)


def _big_clean_sheet(rows: int, seed: int) -> tuple[Sheet, Layout]:
    """A benchmark-like sheet: every column clean, so every whole-column fast path is taken."""
    rnd = random.Random(seed)
    fields = ["customer_no", "name", "id_number", "mobile", "branch", "aum", "deposit", "maturity_date", "payroll"]
    layout = Layout(
        sheet="表1",
        header_rows=(0,),
        data_start=1,
        columns=tuple(
            Column(i, f, f, f, UNITS.get(f, 100) if FIELD_BY_KEY[f].kind == MONEY else None, "auto")
            for i, f in enumerate(fields)
        ),
        title_lines=(),
        title_period=None,
        signature="test",
    )
    data: list[list[Any]] = [list(fields)]
    for k in range(rows):
        birth = date(1940, 1, 1) + timedelta(days=rnd.randrange(25_000))
        data.append(
            [
                f"62{k:08d}",
                rnd.choice(["李芳", "王静", "陈杰"]),
                make_id(f"44030{rnd.randrange(10)}{birth:%Y%m%d}{rnd.randrange(1000):03d}"),
                f"1{rnd.choice('3456789')}{rnd.randrange(10**9):09d}",
                "示范支行",
                rnd.randrange(10**9) / 100,
                rnd.randrange(10**7) / 10_000,
                date(2026, 1, 1) + timedelta(days=rnd.randrange(400)),
                rnd.choice(["是", "否"]),
            ]
        )
    return Sheet(name="表1", hidden=False, rows=data), layout


DIRT = ["", " ", "abc", "#N/A", "合计", "计伟", 1.5, 12345678901.0, "１３８１２３４５６７８", None, True, "x",
        "11010519491231002x", "110105194912310021", "-", "(1,234.50)", float("nan"), float("inf"), 0.125, -3.0,
        datetime(2026, 1, 2, 3, 4), "2026-02-30", "Total"]  # fmt: skip


@pytest.mark.parametrize("seed", range(6))
def test_large_sheets_clean_and_dirtied_equal_the_reference(seed):
    sheet, layout = _big_clean_sheet(3000, seed)
    assert outcome(parse_rows, sheet, layout) == outcome(ref_parse_rows, sheet, layout)
    rnd = random.Random(seed)
    rows = [list(r) for r in sheet.rows]
    width = len(rows[0])
    for _ in range(rnd.choice([1, 30, 600])):
        rows[rnd.randrange(1, len(rows))][rnd.randrange(width)] = rnd.choice(DIRT)
    for _ in range(rnd.choice([0, 5])):
        rows[rnd.randrange(1, len(rows))] = rnd.choice([[""] * width, ["备注"] + [""] * (width - 1)])
    if seed % 2:  # ragged, as CSV rows can be
        for _ in range(20):
            k = rnd.randrange(1, len(rows))
            rows[k] = rows[k][: rnd.randrange(width + 2)] + ([""] if rnd.random() < 0.5 else [])
    if seed % 3 == 0:  # a blank column A: totals stand in the first filled cell
        rows = [[""] + r for r in rows]
        layout = Layout(
            layout.sheet, layout.header_rows, layout.data_start,
            tuple(Column(c.index + 1, c.header, c.name, c.field, c.unit, c.source) for c in layout.columns),
            (), None, "test",
        )  # fmt: skip
        rows[-1] = ["", "合计", "", "", "", "", 1.0]
    errors = {(rnd.randrange(1, len(rows)), rnd.randrange(width)) for _ in range(rnd.choice([0, 4]))}
    dirty = Sheet(name="表1", hidden=False, rows=rows, error_cells=errors)
    assert outcome(parse_rows, dirty, layout) == outcome(ref_parse_rows, dirty, layout)


# --- the pieces ----------------------------------------------------------------------------------


@SETTINGS
@given(st.text(DIGITS, min_size=17, max_size=17))
def test_id_check_character_base_13_trick_equals_the_weighted_sum(first17):
    assert normalize._id_check_character(first17) == ref_check_character(first17)


@SETTINGS
@given(
    st.lists(
        st.builds(str.__add__, st.text(DIGITS, min_size=17, max_size=17), st.sampled_from(DIGITS + "X")), max_size=40
    )
)
def test_id_remainders_equal_the_weighted_sum_of_each_number(numbers):
    remainders = normalize._id_remainders("".join(numbers).encode("ascii"), len(numbers))
    value = {**{d: int(d) for d in DIGITS}, "X": 10}
    expected = [sum(value[c] * 2 ** (17 - i) for i, c in enumerate(n)) % 11 for n in numbers]
    assert list(remainders) == expected
    # and "remainder 1" is the check character rule
    assert [r == 1 for r in remainders] == [ref_check_character(n[:17]) == n[17] for n in numbers]


@pytest.mark.parametrize("year", [1, 1899, 1900, 1999, 2000, 2004, 2023, 2024, TODAY.year, 9999])
def test_fromisoformat_takes_exactly_the_digit_dates_date_takes(year):
    for mmdd in range(10_000):
        text = f"{year:04d}{mmdd:04d}"
        try:
            expected = date(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            expected = None
        birth = normalize._birth_dates(("000000" + text + "0000").encode("ascii"), 1)[0]
        try:
            got = date.fromisoformat(birth)
        except ValueError:
            got = None
        assert got == expected
        if got is not None:
            assert got.isoformat() == birth


def _per_cell(parse_cell, values):
    out = []
    for value in values:
        try:
            out.append(("ok", parse_cell(value)))
        except (CellError, TypeError) as exc:
            out.append(("error", type(exc)))
    return out


def _check_bulk(bulk_result, parse_cell, values):
    """Decided positions hold exactly parse_cell's value; the undecided ones hold None."""
    column, unsure = bulk_result
    assert unsure == sorted(set(unsure))
    assert len(column) == len(values)
    expected = _per_cell(parse_cell, values)
    for k, (value, want) in enumerate(zip(column, expected, strict=True)):
        if k in unsure:
            assert value is None
        else:
            assert want == ("ok", value) and type(value) is type(want[1])


def _columns(clean, dirty):
    """Lists of cells: sometimes all clean (the whole-column path), else mixed."""
    return st.one_of(st.lists(clean, max_size=30), st.lists(st.one_of(clean, dirty, anything), max_size=30))


@SETTINGS
@given(_columns(valid_idents, odd_idents))
def test_bulk_idents(values):
    _check_bulk(bulk_idents(values), parse_ident, values)


@SETTINGS
@given(_columns(valid_mobiles, odd_phones))
def test_bulk_phones(values):
    _check_bulk(bulk_phones(values), parse_phone, values)


@SETTINGS
@given(_columns(valid_money, odd_money), st.sampled_from([100, 1_000_000]))
def test_bulk_money(values, unit):
    result = bulk_money(values, unit)
    if result is None:  # only for a column holding an infinite or NaN amount, or mostly not floats
        floats = [v for v in values if type(v) is float]
        assert any(not math.isfinite(v * unit) for v in floats) or 2 * len(floats) < len(values)
    else:
        _check_bulk(result, partial(parse_money, fen_per_unit=unit), values)


@SETTINGS
@given(_columns(valid_ids, odd_ids))
def test_bulk_id_numbers(values):
    numbers, birth_dates, genders, unsure = bulk_id_numbers(values, TODAY)
    expected = _per_cell(partial(ref_parse_id_number, today=TODAY), values)
    assert unsure == sorted(set(unsure))
    for k, want in enumerate(expected):
        got = (numbers[k], birth_dates[k], genders[k])
        if k in unsure:
            assert got == (None, None, None)
        else:
            assert want[0] == "ok"
            info = want[1]
            assert got == ((info.number, info.birth_date.isoformat(), info.gender) if info else (None, None, None))


@SETTINGS
@given(_columns(valid_dates, odd_dates))
def test_bulk_iso_dates(values):
    result = bulk_iso_dates(values)
    if result is None:  # a column with other cells than dates and empty ones
        assert any(type(v) not in (date, datetime) and not (type(v) is str and v == "") for v in values)
    else:
        _check_bulk(result, parse._parser_for(DATE, None), values)


@SETTINGS
@given(st.lists(st.one_of(valid_ids, st.just("")), max_size=30))
def test_a_clean_id_column_is_decided_whole(values):
    assert bulk_id_numbers(values, TODAY)[3] == []


@SETTINGS
@given(st.lists(st.one_of(valid_mobiles, st.just("")), max_size=30), st.lists(valid_idents, max_size=30))
def test_clean_phone_and_ident_columns_with_empty_cells_are_decided_whole(phones, idents):
    assert bulk_phones(phones) == ([p or None for p in phones], [])
    assert bulk_idents(idents + [""]) == ([*idents, None], [])
    assert bulk_iso_dates([date(2026, 1, 2), "", datetime(2026, 1, 3, 4, 5)]) == (
        ["2026-01-02", None, "2026-01-03"],
        [],
    )


def test_every_parser_with_a_bulk_path_reads_an_empty_cell_as_none():
    assert parse_ident("") is parse_phone("") is parse_money("", 100) is ref_parse_id_number("") is None
    assert parse._parser_for(DATE, None)("") is None


@SETTINGS
@given(st.lists(st.one_of(valid_money, st.integers(0, 10**9).map(float)), max_size=30))
def test_a_clean_money_column_is_decided_whole(values):
    assert bulk_money(values, 100) == ([round(v * 100) for v in values], [])


@SETTINGS
@given(st.lists(st.one_of(st.integers(-3, 3), st.text(max_size=2), st.sampled_from(["x", "", None])), max_size=30))
def test_map_catching_equals_a_cell_by_cell_loop(values):
    def parse_cell(value):
        if value == "x" or value is None:
            raise CellError("bad")
        return value * 2

    out, failed = map_catching(parse_cell, values, CellError)
    assert [(k, type(e)) for k, e in failed] == [(k, CellError) for k, v in enumerate(values) if v in ("x", None)]
    assert out == [None if v in ("x", None) else v * 2 for v in values]


def test_map_catching_lets_other_exceptions_through():
    with pytest.raises(ZeroDivisionError):
        map_catching(lambda v: 1 / v, [1, 0, 2], CellError)


@SETTINGS
@given(st.lists(st.lists(st.one_of(st.just(""), anything), max_size=5), max_size=12), st.integers(0, 3))
def test_body_columns_equal_zip_longest(rows, start):
    body = parse._Body(rows, start)
    expected = list(zip_longest(*rows[start:], fillvalue=""))
    for index in range(len(expected) + 2):
        want = list(expected[index]) if index < len(expected) else [""] * len(rows[start:])
        assert body.column(index) == want
        assert body.blanks(index) == [k for k, v in enumerate(want) if v == "" or v is None]


@SETTINGS
@given(st.lists(st.one_of(st.text(alphabet="计otalOT合 \x00", max_size=5), anything), max_size=20))
def test_marked_positions_include_every_total_mark(values):
    body = parse._Body([[v] for v in values], 0)
    marked = set(parse._marked(body.column(0), body.text(0)))
    for k, v in enumerate(values):
        if v.__class__ is str and any(mark in v for mark in ("计", "otal", "OTAL")):
            assert k in marked


def test_clean_columns_keep_value_types():
    """A float column's fen are ints, as parse_money gives; text cells stay str."""
    values = [1.25, 3.0, 0.1]
    assert bulk_money(values, 100) == ([125, 300, 10], [])
    assert all(type(v) is int for v in bulk_money(values, 100)[0])
    assert bulk_money([0.1, 0.2], 1_000_000) == ([100000, 200000], [])
    assert list(map(mul, [0.29], [100])) == [28.999999999999996]  # why the tolerance exists
    assert bulk_money([0.29], 100) == ([29], [])


@SETTINGS
@given(sheets())
def test_rows_to_check_is_a_superset_of_the_special_rows(case):
    sheet, layout = case
    specs = _specs(layout)
    try:
        data = set(ref_classify_rows(sheet, layout, specs, ParsedRows()))
    except StopIteration:  # a note row of None cells only (see outcome)
        return
    body = parse._Body(sheet.rows, layout.data_start)
    label_columns = sorted({0, *[s.index for s in specs if s.field in ("customer_no", "name")]})
    checked = {layout.data_start + k for k in parse._rows_to_check(body, specs, label_columns)}
    special = set(range(layout.data_start, len(sheet.rows))) - data
    assert special <= checked
    assume(special)
