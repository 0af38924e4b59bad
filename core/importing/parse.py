"""Turn a sheet's data rows into clean columns and coded issues (phase one, no writing).

Work is column by column: each column's cells go through its field's parser in one tight
loop (a 100,000-row file has a million cells). A row with any rejected cell is listed and
left out, never half-imported. 合计 rows, blank rows and footers are skipped and counted;
exact duplicate rows are collapsed with a warning; the same customer twice with different
values is rejected on every row where it appears.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from functools import partial
from itertools import zip_longest
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
    is_error_value,
    is_total_label,
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


def _safe(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``parse`` returning its CellError instead of raising it, so a whole column can go through map()."""

    def run(raw: Any) -> Any:
        try:
            return parse(raw)
        except CellError as exc:
            return exc
        except TypeError:  # the _ERROR marker or an unexpected cell type
            return CellError("not_a_number")

    return run


def _parse_column(
    values: list[Any], parse: Callable[[Any], Any], repeated: bool
) -> tuple[list[Any], list[tuple[int, Any]]]:
    """Parse one column; returns the values (None where empty or bad) and (k, CellError or _ERROR) pairs.

    The loops run in C (map, comprehensions): a large import has a million cells. Columns whose
    values repeat (branches, dates, flags) parse each distinct value once.
    """
    run = _safe(parse)
    if repeated and not any(v.__class__ is bool for v in set(values)):
        # bools excluded above: True == 1 == 1.0 would share one dictionary entry
        parsed = {v: run(v) for v in set(values)}
        out = [parsed[v] for v in values]
    else:
        out = list(map(run, values))
    errors: list[tuple[int, Any]] = []
    for k in [k for k, v in enumerate(out) if v.__class__ is CellError]:
        raw = values[k]
        if raw is _ERROR or (raw.__class__ is str and raw[:1] in "#＃" and is_error_value(raw)):
            errors.append((k, _ERROR))
        else:
            errors.append((k, out[k]))
        out[k] = None
    return out, errors


def _classify_rows(sheet: Sheet, layout: Layout, specs: list[_Spec], result: ParsedRows) -> list[int]:
    """Indexes of data rows; blank, 合计 and footer rows are counted (and listed) here."""
    rows, errors = sheet.rows, sheet.error_cells
    error_rows = {r for r, _ in errors}
    key_columns = [s.index for s in specs if s.field in ("customer_no", "name")]
    label_columns = sorted({0, *key_columns})  # where a 合计 label stands
    data: list[int] = []
    for index in range(layout.data_start, len(rows)):
        row = rows[index]
        width = len(row)
        filled = width - row.count("")
        if filled == 0 and index not in error_rows:
            result.blank_rows += 1
            continue
        result.rows_read += 1
        if _is_total_row(row, label_columns):
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


def _transpose(sheet: Sheet, data: list[int], wanted: set[int]) -> dict[int, list[Any]]:
    """The wanted columns of the data rows, one list per column (ragged CSV rows padded with '')."""
    rows = sheet.rows
    data_rows = (
        rows[data[0] : data[-1] + 1] if data and data[-1] - data[0] + 1 == len(data) else [rows[i] for i in data]
    )
    columns = {i: list(values) for i, values in enumerate(zip_longest(*data_rows, fillvalue="")) if i in wanted}
    position = {row: k for k, row in enumerate(data)} if sheet.error_cells else {}
    for row, column in sheet.error_cells:
        if column in columns and row in position:
            columns[column][position[row]] = _ERROR
    for index in wanted - set(columns):  # a mapped column beyond every data row's end
        columns[index] = [""] * len(data)
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
    data = _classify_rows(sheet, layout, specs, result)
    n = len(data)
    columns: dict[str, list[Any]] = {}
    bad: dict[int, list[RowIssue]] = {}  # k -> issues of that row
    raw_columns = _transpose(sheet, data, {s.index for s in specs})
    for step, spec in enumerate(specs):
        check_cancel(cancel)
        progress(Progress(step, len(specs) + 1, "check"))
        raw_values = raw_columns.pop(spec.index)
        if spec.field == "customer_no" and {int, float} & set(map(type, raw_values)):
            result.numeric_customer_numbers = sum(1 for v in raw_values if v.__class__ in (int, float))
        values, errors = _parse_column(raw_values, _parser_for(spec.kind, spec.unit), spec.kind in _REPEATING_KINDS)
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
    columns["source_row"] = [i + 1 for i in data]
    if not rejected and len(set(numbers)) == len(numbers):  # the usual case: every row is new and valid
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
    result.records = Records({name: [values[k] for k in keep] for name, values in columns.items()}, len(keep))
    return sorted(dropped_rows)
