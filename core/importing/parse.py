"""Turn a sheet's data rows into clean columns and coded issues (phase one, no writing).

Work is column by column (a 100,000-row file has a million cells): a column's clean cells are
checked and converted together in a few C-level passes (normalize's bulk_* functions), the rest go
through its field's parser, mapped in C. A row with any rejected cell is listed and
left out, never half-imported. 合计 rows, blank rows and footers are skipped and counted;
exact duplicate rows are collapsed with a warning; the same customer twice with different
values is rejected on every row where it appears.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import partial, reduce
from itertools import compress, filterfalse, repeat, zip_longest
from operator import contains, iadd, is_
from typing import Any

from core.importing.codes import REJECTED, SKIPPED, WARNING, RowIssue
from core.importing.fields import (
    COUNT,
    DATE,
    FIELD_BY_KEY,
    FLAG,
    HOLDING_FIELDS,
    ID_NUMBER,
    IDENT,
    MONEY,
    NAME,
    PERIOD,
    PHONE,
    TEXT,
)
from core.importing.layout import Layout
from core.importing.normalize import (
    CellError,
    bulk_id_numbers,
    bulk_idents,
    bulk_iso_dates,
    bulk_money,
    bulk_phones,
    is_error_value,
    is_total_label,
    map_catching,
    parse_count,
    parse_date,
    parse_flag,
    parse_id_number,
    parse_ident,
    parse_money,
    parse_name,
    parse_period,
    parse_phone,
    parse_text,
    positions_of,
)
from core.importing.readers import Sheet
from core.privacy import mask_free_text, mask_id_number, mask_mobile, mask_name
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress

NEGATIVE_ALLOWED = {"loan", "transfer_out"}
REQUIRED = ("customer_no", "name", "aum")
_REPEATING_KINDS = {TEXT, NAME, DATE, FLAG, PERIOD, COUNT}  # few distinct values per column: parse each once
_ERROR = object()  # stands for an Excel error cell


@dataclass
class Records:
    """Valid rows, stored column-wise: ``columns[field][k]`` is row k's value."""

    columns: dict[str, list[Any]] = field(default_factory=dict)
    count: int = 0

    def __len__(self) -> int:
        return self.count

    def column(self, name: str) -> list[Any] | None:
        """The values of one field, or None if the file had no such column."""
        return self.columns.get(name)


@dataclass
class ParsedRows:
    """The outcome of phase one for one sheet."""

    records: Records = field(default_factory=Records)
    issues: list[RowIssue] = field(default_factory=list)
    rows_read: int = 0
    skipped: int = 0
    rejected: int = 0
    blank_rows: int = 0
    numeric_customer_numbers: int = 0
    aum_derived_from: tuple[str, ...] = ()
    # rejected rows as the file has them (Excel row number, cells masked per column kind), for the
    # "save the rejected rows" export; only the first REJECTED_ROWS_KEPT are kept
    rejected_rows: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)


REJECTED_ROWS_KEPT = 10_000


def mask_value(kind: str, raw: object) -> str | None:
    """A cell value as it may appear in a message: C2 identifiers masked, long digit runs hidden."""
    if raw is None or raw == "" or raw is _ERROR:
        return None
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    if kind == ID_NUMBER:
        return mask_id_number(str(raw)) if isinstance(raw, str) else mask_free_text(raw)
    if kind == PHONE:
        return mask_mobile(str(raw))
    if kind == NAME:
        return mask_name(str(raw))
    return mask_free_text(raw)


def shown_value(kind: str, raw: object) -> str:
    """A cell as the preview and the rejected-rows export show it: the customer number as it is (the
    window shows it everywhere), everything else as ``mask_value`` (ID, phone and name masked)."""
    if kind == IDENT and raw is not None and raw is not _ERROR:
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        return str(raw)[:40]
    if isinstance(raw, datetime) and raw.time() == time():
        raw = raw.date()  # Excel dates come as midnight datetimes
    return mask_value(kind, raw) or ""


def _parser_for(kind: str, unit: int | None) -> Callable[[Any], Any]:
    if kind == MONEY:
        return partial(parse_money, fen_per_unit=unit or 100)
    if kind == ID_NUMBER:
        return partial(parse_id_number, today=date.today())  # once per import, not per cell
    if kind == DATE:
        return lambda raw: _iso(parse_date(raw))
    if kind == FLAG:
        return lambda raw: _flag(parse_flag(raw))
    simple = {
        IDENT: parse_ident,
        NAME: parse_name,
        TEXT: parse_text,
        PHONE: parse_phone,
        COUNT: parse_count,
        PERIOD: parse_period,
    }
    return simple[kind]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


@dataclass(frozen=True)
class _Spec:
    index: int
    field: str
    kind: str
    header: str
    unit: int | None


def _specs(layout: Layout) -> list[_Spec]:
    return [_Spec(c.index, c.field, FIELD_BY_KEY[c.field].kind, c.header, c.unit) for c in layout.columns if c.field]


def _bulk_for(kind: str, unit: int | None) -> Callable[[list[Any]], tuple[list[Any], list[int]] | None] | None:
    """The whole-column fast path of a kind's parser (see normalize's "whole columns"), if it has one."""
    if kind == MONEY:
        return partial(bulk_money, fen_per_unit=unit or 100)
    return {IDENT: bulk_idents, PHONE: bulk_phones, DATE: bulk_iso_dates}.get(kind)


def _safe(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``parse`` returning its CellError instead of raising it (for the few distinct values of a column)."""

    def run(raw: Any) -> Any:
        try:
            return parse(raw)
        except CellError as exc:
            return exc
        except TypeError:  # the _ERROR marker or an unexpected cell type
            return CellError("not_a_number")

    return run


def _safe_map(parse: Callable[[Any], Any], values: list[Any]) -> tuple[list[Any], list[tuple[int, CellError]]]:
    """``list(map(parse, values))`` run in C, with what ``_safe`` would return for each failing cell
    listed as (k, CellError) instead; those cells get None."""
    out, failed = map_catching(parse, values, (CellError, TypeError))
    return out, [(k, exc if isinstance(exc, CellError) else CellError("not_a_number")) for k, exc in failed]


def _redo(
    parse: Callable[[Any], Any], values: list[Any], unsure: list[int]
) -> tuple[list[Any], list[tuple[int, CellError]]]:
    """``_safe_map`` over the cells at positions ``unsure`` only; results and failures by those positions."""
    out, failed = _safe_map(parse, list(map(values.__getitem__, unsure)))
    return out, [(unsure[j], exc) for j, exc in failed]


def _errors(values: list[Any], failed: list[tuple[int, CellError]]) -> list[tuple[int, Any]]:
    """(k, CellError), or (k, _ERROR) where the cell is an Excel error, for each failed cell."""
    errors: list[tuple[int, Any]] = []
    for k, exc in failed:
        raw = values[k]
        if raw is _ERROR or (raw.__class__ is str and raw[:1] in "#＃" and is_error_value(raw)):
            errors.append((k, _ERROR))
        else:
            errors.append((k, exc))
    return errors


def _parse_column(
    values: list[Any],
    parse: Callable[[Any], Any],
    repeated: bool,
    bulk: Callable[[list[Any]], tuple[list[Any], list[int]] | None] | None = None,
) -> tuple[list[Any], list[tuple[int, Any]]]:
    """Parse one column; returns the values (None where empty or bad) and (k, CellError or _ERROR) pairs.

    The loops run in C: a large import has a million cells. ``bulk`` (the kind's whole-column
    path, if any) decides the clean cells and leaves the others to ``parse``. Columns whose values
    repeat (branches, flags) parse each distinct value once; the rest map ``parse`` over the cells.
    """
    fast = bulk(values) if bulk is not None else None
    distinct = set(values) if repeated and fast is None else set()
    if fast is not None:
        out, unsure = fast
        redone, failed = _redo(parse, values, unsure)
        for k, value in zip(unsure, redone, strict=True):
            out[k] = value
    elif repeated and not any(v.__class__ is bool for v in distinct):
        # bools excluded above: True == 1 == 1.0 would share one dictionary entry
        run = _safe(parse)
        parsed = {v: run(v) for v in distinct}
        if all(p.__class__ is str and p == v for v, p in parsed.items()) and set(map(type, values)) <= {str}:
            out = list(values)  # every cell (a str) parses to itself, e.g. names already clean: skip the lookups
        else:
            out = list(map(parsed.__getitem__, values))
        failed = []
        if any(v.__class__ is CellError for v in parsed.values()):
            failed = [(k, out[k]) for k in compress(range(len(out)), map(is_, map(type, out), repeat(CellError)))]
    else:
        out, failed = _safe_map(parse, values)
    for k, _ in failed:
        out[k] = None
    return out, _errors(values, failed)


def _parse_id_column(values: list[Any], today: date) -> tuple[list[Any], list[Any], list[Any], list[tuple[int, Any]]]:
    """The id_number, birth_date (ISO text) and gender columns of an ID column, and its errors."""
    numbers, births, genders, unsure = bulk_id_numbers(values, today)
    infos, failed = _redo(partial(parse_id_number, today=today), values, unsure)
    for k, info in zip(unsure, infos, strict=True):
        if info:
            numbers[k], births[k], genders[k] = info.number, info.birth_date.isoformat(), info.gender
    return numbers, births, genders, _errors(values, failed)


class _Body:
    """The rows from the first data row on, column by column (ragged CSV rows padded with ''),
    each column built when first asked for."""

    def __init__(self, rows: list[list[Any]], start: int) -> None:
        body = rows[start:]
        self.count = len(body)
        self._columns: dict[int, list[Any]] = {}
        self._texts: dict[int, str | None] = {}
        self._blanks: dict[int, list[int]] = {}
        widths = set(map(len, body))
        self._flat: list[Any] | None = None
        self._tuples: list[tuple[Any, ...]] = []
        if len(widths) == 1:  # rectangular (as xlsx sheets are): columns are strided slices of one flat list
            self.width = widths.pop()
            self._flat = reduce(iadd, body, [])  # list += row in C: quicker than chain
        else:
            self._tuples = list(zip_longest(*body, fillvalue=""))
            self.width = len(self._tuples)

    def text(self, index: int) -> str | None:
        """The column's cells joined with NUL, or None if some are not str."""
        if index not in self._texts:
            try:
                self._texts[index] = "\x00".join(self.column(index))
            except TypeError:
                self._texts[index] = None
        return self._texts[index]

    def blanks(self, index: int) -> list[int]:
        """The positions of the column's cells that are '' or None (or equal to them)."""
        if index not in self._blanks:
            text, values = self.text(index), self.column(index)
            if text is None:
                self._blanks[index] = sorted({*positions_of(values, ""), *positions_of(values, None)})
            # all str, so no None; and an empty cell shows in the joined text as a NUL at an end or two in a row
            elif text and text[0] != "\x00" and text[-1] != "\x00" and "\x00\x00" not in text:
                self._blanks[index] = []
            else:
                self._blanks[index] = positions_of(values, "")
        return self._blanks[index]

    def column(self, index: int) -> list[Any]:
        values = self._columns.get(index)
        if values is None:
            if index >= self.width:
                values = [""] * self.count
            elif self._flat is not None:
                values = self._flat[index :: self.width]
            else:
                values = list(self._tuples[index])
            self._columns[index] = values
        return values


_TOTAL_MARKS = ("计", "otal", "OTAL")  # _is_total_row looks closer only at a str holding one of these
_FEW_BLANKS = 1000  # a probe column with no more blank cells will do: checking those rows costs less than a scan


def _classify_rows(sheet: Sheet, layout: Layout, specs: list[_Spec], result: ParsedRows, body: _Body) -> list[int]:
    """Indexes of data rows; blank, 合计 and footer rows are counted (and listed) here.

    The row-by-row rules run only on the rows ``_rows_to_check`` finds with whole-column passes;
    every other row is a data row under those rules.
    """
    rows, start, n = sheet.rows, layout.data_start, body.count
    error_rows = {r for r, _ in sheet.error_cells}
    key_columns = [s.index for s in specs if s.field in ("customer_no", "name")]
    label_columns = sorted({0, *key_columns})  # where a 合计 label stands
    left_out: set[int] = set()
    blank = 0
    for index in sorted(start + k for k in _rows_to_check(body, specs, label_columns)):
        row = rows[index]
        width = len(row)
        filled = width - row.count("")
        if filled == 0 and index not in error_rows:
            blank += 1
            left_out.add(index)
            continue
        if _is_total_row(row, label_columns):
            result.skipped += 1
            result.issues.append(RowIssue(index + 1, None, "total_row", SKIPPED))
            left_out.add(index)
            continue
        if filled <= 2 and all(c >= width or row[c] == "" for c in key_columns) and index not in error_rows:
            result.skipped += 1
            note = next(v for v in row if v != "" and v is not None)
            result.issues.append(RowIssue(index + 1, None, "note_row", SKIPPED, mask_free_text(note)))
            left_out.add(index)
            continue
    result.blank_rows += blank
    result.rows_read += n - blank
    if not left_out:
        return list(range(start, start + n))
    return [i for i in range(start, start + n) if i not in left_out]


def _rows_to_check(body: _Body, specs: list[_Spec], label_columns: list[int]) -> set[int]:
    """Positions in ``body`` of every row that may be blank, a note or a 合计 row (a superset).

    Three "probe" columns are picked, with as few '' or None cells as possible. A row whose probe
    cells are all filled has at least three filled cells, so it is neither blank nor a note (at
    most two), and its first filled cell is at or left of the leftmost probe. So unless a label
    cell, or a cell up to that probe, is a str holding a total mark, _is_total_row is False for it.
    """
    n = body.count
    order = list(dict.fromkeys([*label_columns, *(s.index for s in specs)]))  # by preference
    if n == 0 or len(order) < 3:
        return set(range(n))
    blanks: dict[int, int] = {}
    for index in order:
        blanks[index] = len(body.blanks(index))
        if sum(1 for b in blanks.values() if b <= _FEW_BLANKS) == 3:
            break
    probes = sorted(blanks, key=lambda index: (blanks[index], order.index(index)))[:3]
    to_check: set[int] = set()
    for index in probes:
        to_check.update(body.blanks(index))
    marked = set(label_columns)
    if body.blanks(0):  # then a row's first filled cell may stand further right
        marked.update(range(min(probes) + 1))
    for index in sorted(marked):
        to_check.update(_marked(body.column(index), body.text(index)))
    return to_check


def _marked(values: list[Any], text: str | None) -> list[int]:
    """Positions of the str cells holding a total mark; usually there is none in ``text``, the
    cells joined with NUL (None if some are not str)."""
    where: Iterable[int] = range(len(values))
    if text is None:  # look at the str cells only
        where = list(compress(where, map(isinstance, values, repeat(str))))
        values = list(map(values.__getitem__, where))
        text = "\x00".join(values)
    positions: list[int] = []
    for mark in _TOTAL_MARKS:  # no mark holds a NUL, so the joins make none up
        if mark in text:
            positions.extend(compress(where, map(contains, values, repeat(mark))))
    return positions


def _is_total_row(row: list[Any], label_columns: list[int]) -> bool:
    """A 合计 label in the first column, the customer-number or the name column, or in the
    first non-empty cell (totals are often written where the row's text starts)."""
    width = len(row)
    first = row[0] if width else ""
    if first == "":
        first = next((v for v in row if v != "" and v is not None), "")
    for value in (first, *[row[c] for c in label_columns if c < width]):
        if value.__class__ is str and ("计" in value or "otal" in value or "OTAL" in value) and is_total_label(value):
            return True
    return False


def _data_columns(sheet: Sheet, body: _Body, start: int, data: list[int], wanted: set[int]) -> dict[int, list[Any]]:
    """The wanted columns of the data rows, one list per column (ragged CSV rows padded with '')."""
    columns: dict[int, list[Any]] = {}
    if len(data) == body.count:  # every row is a data row
        columns = {index: body.column(index) for index in wanted}
    elif data and data[-1] - data[0] + 1 == len(data):  # rows left out at the ends only
        columns = {index: body.column(index)[data[0] - start : data[-1] - start + 1] for index in wanted}
    else:  # regather: the columns of the data rows alone
        rows = _Body(list(map(sheet.rows.__getitem__, data)), 0)
        columns = {index: rows.column(index) for index in wanted}
    if sheet.error_cells:
        # error cells are marked up to the widest data row only (beyond it a column is all padding)
        width = max(map(len, map(sheet.rows.__getitem__, data)), default=0)
        position = {row: k for k, row in enumerate(data)}
        for row, column in sheet.error_cells:
            if column in columns and column < width and row in position:
                columns[column][position[row]] = _ERROR
    return columns


def parse_rows(
    sheet: Sheet,
    layout: Layout,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ParsedRows:
    """Parse every data row of ``sheet`` under ``layout`` into column-wise records and issues."""
    result = ParsedRows()
    specs = _specs(layout)
    body = _Body(sheet.rows, layout.data_start)
    data = _classify_rows(sheet, layout, specs, result, body)
    n = len(data)
    columns: dict[str, list[Any]] = {}
    bad: dict[int, list[RowIssue]] = {}  # k -> issues of that row
    raw_columns = _data_columns(sheet, body, layout.data_start, data, {s.index for s in specs})
    del body
    for step, spec in enumerate(specs):
        check_cancel(cancel)
        progress(Progress(step, len(specs) + 1, "check"))
        raw_values = raw_columns.pop(spec.index)
        if spec.field == "customer_no" and {int, float} & set(map(type, raw_values)):
            result.numeric_customer_numbers = sum(1 for v in raw_values if v.__class__ in (int, float))
        if spec.kind == ID_NUMBER:
            values, births, genders, errors = _parse_id_column(raw_values, date.today())  # today: once per import
        else:
            values, errors = _parse_column(
                raw_values,
                _parser_for(spec.kind, spec.unit),
                spec.kind in _REPEATING_KINDS,
                _bulk_for(spec.kind, spec.unit),
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
            columns["id_number"] = values
            columns["gender"] = genders
            columns["birth_date"] = births
        else:
            columns[spec.field] = values
        if spec.field in REQUIRED and None in values:
            failed = {k for k, _ in errors}
            for k, v in enumerate(values):
                if v is None and k not in failed:
                    bad.setdefault(k, []).append(RowIssue(data[k] + 1, spec.header, "missing_value", REJECTED))
    _derive_aum(layout, columns, n, data, bad, result)
    progress(Progress(len(specs), len(specs) + 1, "check"))
    dropped = _finish(result, columns, data, bad, layout)
    if dropped:
        _keep_rejected_rows(result, sheet, layout, [data[k] for k in dropped])
    progress(Progress(len(specs) + 1, len(specs) + 1, "check"))
    return result


def _derive_aum(
    layout: Layout,
    columns: dict[str, list[Any]],
    n: int,
    data: list[int],
    bad: dict[int, list[RowIssue]],
    result: ParsedRows,
) -> None:
    if "aum" in columns:
        return
    holdings = tuple(f for f in HOLDING_FIELDS if f in columns)
    result.aum_derived_from = holdings
    if not holdings:
        return
    aum: list[int | None] = []
    header = layout.column_of(holdings[0]).header  # type: ignore[union-attr]
    for k in range(n):
        values = [columns[f][k] for f in holdings]
        if all(v is None for v in values):
            aum.append(None)
            if k not in bad:
                bad.setdefault(k, []).append(RowIssue(data[k] + 1, header, "missing_value", REJECTED))
        else:
            aum.append(sum(v for v in values if v is not None))
    columns["aum"] = aum


def column_kinds(layout: Layout) -> list[str]:
    """Each sheet column's field kind (TEXT for unmapped ones), up to the last mapped column."""
    kinds = [TEXT] * (max((c.index for c in layout.columns), default=-1) + 1)
    for c in layout.columns:
        if c.field:
            kinds[c.index] = FIELD_BY_KEY[c.field].kind
    return kinds


def shown_row(kinds: list[str], row: list[Any]) -> tuple[str, ...]:
    """A sheet row as it may be shown or saved: every cell through ``shown_value`` for its column's kind."""
    return tuple(shown_value(kind, row[i]) if i < len(row) else "" for i, kind in enumerate(kinds))


def _keep_rejected_rows(result: ParsedRows, sheet: Sheet, layout: Layout, indexes: list[int]) -> None:
    """Copy the rejected rows (0-based sheet indexes) into ``result``, masked per column kind; touches only them."""
    kinds = column_kinds(layout)
    for index in sorted(indexes)[:REJECTED_ROWS_KEPT]:
        result.rejected_rows.append((index + 1, shown_row(kinds, sheet.rows[index])))


def _finish(
    result: ParsedRows, columns: dict[str, list[Any]], data: list[int], bad: dict[int, list[RowIssue]], layout: Layout
) -> list[int]:
    """Drop rejected rows, collapse exact duplicates, reject conflicting ones, order the issues.

    Returns the positions (in ``data``) of every rejected row.
    """
    rejected = {k for k, issues in bad.items() if any(i.severity == REJECTED for i in issues)}
    for k in sorted(bad):
        result.issues.extend(bad[k])
    numbers = columns["customer_no"]
    names = list(columns)
    first: dict[str, int] = {}
    keep: list[int] = []
    conflicts: dict[str, list[int]] = {}
    contiguous = data and data[-1] - data[0] + 1 == len(data)
    columns["source_row"] = list(range(data[0] + 1, data[-1] + 2)) if contiguous else [i + 1 for i in data]
    if not rejected and len(set(numbers)) == len(numbers):  # the usual case: every row is new and valid
        result.issues.sort(key=lambda i: i.row or 0)
        result.records = Records(columns, len(data))
        return []
    valid = list(filterfalse(rejected.__contains__, range(len(data))))
    if len(set(map(numbers.__getitem__, valid))) == len(valid):  # no customer twice: nothing to collapse
        keep, valid = valid, []
    for k in valid:
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
        header = layout.column_of("customer_no").header  # type: ignore[union-attr]
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
    result.records = Records({name: list(map(values.__getitem__, keep)) for name, values in columns.items()}, len(keep))
    return sorted(dropped_rows)
