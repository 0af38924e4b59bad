"""Turn a sheet's data rows into clean records and coded issues (phase one, no writing).

Every cell goes through its field's parser; a row with any rejected cell is listed and
left out, never half-imported. 合计 rows, blank rows and footers are skipped and counted;
exact duplicate rows are collapsed with a warning; the same customer twice with different
values is rejected on every row where it appears.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
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
from core.importing.layout import Column, Layout
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
_CACHED_KINDS = {TEXT, DATE, FLAG, PERIOD, COUNT}  # few distinct values per column: parse each once


@dataclass
class ParsedRows:
    """The outcome of phase one for one sheet."""

    records: list[dict[str, Any]] = field(default_factory=list)
    issues: list[RowIssue] = field(default_factory=list)
    rows_read: int = 0
    skipped: int = 0
    rejected: int = 0
    blank_rows: int = 0
    numeric_customer_numbers: int = 0
    aum_derived_from: tuple[str, ...] = ()


def mask_value(kind: str, raw: object) -> str | None:
    """A cell value as it may appear in a message: C2 identifiers masked, long digit runs hidden."""
    if raw is None or raw == "":
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


def _parser_for(column: Column) -> Callable[[Any], Any]:
    kind = FIELD_BY_KEY[column.field].kind if column.field else TEXT
    if kind == MONEY:
        unit = column.unit or 100
        return lambda raw: parse_money(raw, unit)
    if kind == ID_NUMBER:
        return parse_id_number
    if kind == DATE:
        return lambda raw: _iso(parse_date(raw))
    if kind == FLAG:
        return lambda raw: _flag(parse_flag(raw))
    simple = {IDENT: parse_ident, NAME: parse_name, TEXT: parse_text, PHONE: parse_phone, COUNT: parse_count, PERIOD: parse_period}
    return simple[kind]


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


class _CachedParser:
    """Memoises a parser (results and errors) for columns with few distinct values."""

    def __init__(self, parse: Callable[[Any], Any]) -> None:
        self._parse = parse
        self._cache: dict[Any, Any] = {}

    def __call__(self, raw: Any) -> Any:
        key = (type(raw), raw)
        try:
            hit = self._cache[key]
        except KeyError:
            try:
                hit = self._parse(raw)
            except CellError as exc:
                hit = exc
            if len(self._cache) < 50_000:
                self._cache[key] = hit
        if isinstance(hit, CellError):
            raise hit
        return hit


@dataclass(frozen=True)
class _Spec:
    index: int
    field: str
    kind: str
    header: str
    parse: Callable[[Any], Any]


def _specs(layout: Layout) -> list[_Spec]:
    specs = []
    for column in layout.columns:
        if not column.field:
            continue
        kind = FIELD_BY_KEY[column.field].kind
        parse = _parser_for(column)
        specs.append(_Spec(column.index, column.field, kind, column.header, _CachedParser(parse) if kind in _CACHED_KINDS else parse))
    return specs


def _is_total_row(row: list[Any]) -> bool:
    seen = 0
    for value in row:
        if value == "" or value is None:
            continue
        if isinstance(value, str) and is_total_label(value):
            return True
        seen += 1
        if seen >= 3:
            return False
    return False


def parse_rows(
    sheet: Sheet,
    layout: Layout,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    batch_size: int = 5000,
) -> ParsedRows:
    """Parse every data row of ``sheet`` under ``layout`` into records and issues."""
    specs = _specs(layout)
    result = ParsedRows()
    mapped = {s.field for s in specs}
    holdings = tuple(f for f in HOLDING_FIELDS if f in mapped)
    derive_aum = "aum" not in mapped
    if derive_aum:
        result.aum_derived_from = holdings
    key_index = {s.field: s.index for s in specs}
    no_index, name_index = key_index.get("customer_no", -1), key_index.get("name", -1)
    rows, errors = sheet.rows, sheet.error_cells
    total = len(rows) - layout.data_start
    first_seen: dict[str, tuple[int, tuple[Any, ...]]] = {}
    conflicts: dict[str, list[int]] = {}
    for offset, row_index in enumerate(range(layout.data_start, len(rows))):
        if offset % batch_size == 0:
            check_cancel(cancel)
            progress(Progress(offset, total, "check"))
        row = rows[row_index]
        excel_row = row_index + 1
        width = len(row)
        filled = sum(1 for v in row if v != "" and v is not None)
        if filled == 0 and not any((row_index, s.index) in errors for s in specs):
            result.blank_rows += 1
            continue
        result.rows_read += 1
        if _is_total_row(row):
            result.skipped += 1
            result.issues.append(RowIssue(excel_row, None, "total_row", SKIPPED))
            continue
        no_raw = row[no_index] if 0 <= no_index < width else ""
        name_raw = row[name_index] if 0 <= name_index < width else ""
        if no_raw == "" and name_raw == "" and filled <= 2:
            result.skipped += 1
            result.issues.append(RowIssue(excel_row, None, "note_row", SKIPPED, mask_free_text(next(v for v in row if v != ""))))
            continue
        record, row_issues = _parse_row(row, row_index, specs, errors, width)
        if record is not None:
            _require(record, specs, derive_aum, holdings, excel_row, layout, row_issues)
        rejected = any(i.severity == REJECTED for i in row_issues)
        result.issues.extend(row_issues)
        if rejected or record is None:
            result.rejected += 1
            continue
        if isinstance(no_raw, (int, float)) and not isinstance(no_raw, bool):
            result.numeric_customer_numbers += 1
        record["source_row"] = excel_row
        _collect(record, excel_row, result, first_seen, conflicts)
    progress(Progress(total, total, "check"))
    _drop_conflicts(result, first_seen, conflicts, layout)
    return result


def _parse_row(
    row: list[Any], row_index: int, specs: list[_Spec], errors: set[tuple[int, int]], width: int
) -> tuple[dict[str, Any] | None, list[RowIssue]]:
    record: dict[str, Any] = {}
    issues: list[RowIssue] = []
    excel_row = row_index + 1
    for spec in specs:
        raw = row[spec.index] if spec.index < width else ""
        if (row_index, spec.index) in errors or (isinstance(raw, str) and raw[:1] == "#" and is_error_value(raw)):
            issues.append(RowIssue(excel_row, spec.header, "error_cell", REJECTED, mask_free_text(raw) or "#错误"))
            continue
        if raw == "" or raw is None:
            record[spec.field] = None
            continue
        try:
            value = spec.parse(raw)
        except CellError as exc:
            severity = WARNING if exc.code == "phone_invalid" else REJECTED
            issues.append(RowIssue(excel_row, spec.header, exc.code, severity, mask_value(spec.kind, raw), exc.params))
            record[spec.field] = None
            continue
        if spec.kind == MONEY and value is not None and value < 0 and spec.field not in NEGATIVE_ALLOWED:
            issues.append(RowIssue(excel_row, spec.header, "negative_amount", REJECTED, mask_free_text(raw)))
            continue
        if spec.kind == ID_NUMBER and value is not None:
            record["id_number"] = value.number
            record["gender"] = value.gender
            record["birth_date"] = value.birth_date.isoformat()
            continue
        record[spec.field] = value
    return record, issues


def _require(
    record: dict[str, Any], specs: list[_Spec], derive_aum: bool, holdings: tuple[str, ...], excel_row: int,
    layout: Layout, issues: list[RowIssue],
) -> None:
    failed = {i.column for i in issues}
    for spec in specs:
        if spec.field in ("customer_no", "name", "aum") and record.get(spec.field) is None and spec.header not in failed:
            issues.append(RowIssue(excel_row, spec.header, "missing_value", REJECTED))
    if derive_aum:
        values = [record.get(f) for f in holdings]
        if all(v is None for v in values):
            column = layout.column_of(holdings[0]) if holdings else None
            issues.append(RowIssue(excel_row, column.header if column else None, "missing_value", REJECTED))
        else:
            record["aum"] = sum(v for v in values if v is not None)


def _collect(
    record: dict[str, Any], excel_row: int, result: ParsedRows,
    first_seen: dict[str, tuple[int, tuple[Any, ...]]], conflicts: dict[str, list[int]],
) -> None:
    number = record["customer_no"]
    fingerprint = tuple(sorted((k, v) for k, v in record.items() if k != "source_row"))
    seen = first_seen.get(number)
    if seen is None:
        first_seen[number] = (len(result.records), fingerprint)
        result.records.append(record)
    elif seen[1] == fingerprint and number not in conflicts:
        result.skipped += 1
        result.issues.append(RowIssue(excel_row, None, "duplicate_row", WARNING, None, {"other_row": result.records[seen[0]]["source_row"]}))
    else:
        conflicts.setdefault(number, [result.records[seen[0]]["source_row"]]).append(excel_row)


def _drop_conflicts(
    result: ParsedRows, first_seen: dict[str, tuple[int, tuple[Any, ...]]], conflicts: dict[str, list[int]], layout: Layout
) -> None:
    if not conflicts:
        return
    header = layout.column_of("customer_no").header  # type: ignore[union-attr]
    drop = {first_seen[number][0] for number in conflicts}
    result.records = [r for i, r in enumerate(result.records) if i not in drop]
    for number, rows in conflicts.items():
        listed = "、".join(str(r) for r in rows)
        for row in rows:
            result.issues.append(RowIssue(row, header, "conflicting_duplicate", REJECTED, mask_free_text(number), {"rows": listed}))
        # every row of the customer is now rejected; duplicates already collapsed into the first count as skipped
        result.rejected += len(rows)
    result.issues.sort(key=lambda i: (i.row or 0))
