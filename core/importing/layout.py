"""Find the header of a sheet and decide which column holds which field, in which unit.

Real files have title rows above the header (with the unit and the month in them), the
header on row 4, two-level merged headers (资产情况（元） over 存款/理财), and columns named
in a dozen ways. The result is a Layout: which rows are header, where data starts, and
for each column its field and money unit.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from core.importing.codes import ImportRefused
from core.importing.fields import (
    FIELD_BY_KEY,
    HOLDING_FIELDS,
    MONEY,
    field_label,
    header_unit,
    is_sensitive_header,
    match_header,
    normalise_header,
)
from core.importing.normalize import clean_text, period_from_text
from core.importing.readers import Row, Sheet

HEADER_SEARCH_ROWS = 20
_TITLE_UNIT = re.compile(r"单位\s*[:：]?\s*(?:人民币)?\s*(万元|元)")


@dataclass(frozen=True)
class Override:
    """A user's (or a saved profile's) say on one header: which field, and optionally the unit."""

    field: str | None  # None: ignore this column
    unit: int | None = None  # fen per unit: 100 (元) or 1_000_000 (万元)


@dataclass(frozen=True)
class Column:
    """One column of the sheet as the importer understands it."""

    index: int
    header: str  # as the file shows it ("资产情况（元）/存款" for two-level headers)
    name: str  # the lowest header cell's text (what synonyms and --map match)
    field: str | None
    unit: int | None  # fen per unit, for money columns
    source: str  # "auto" | "profile" | "user"

    @property
    def letter(self) -> str:
        """The column's Excel letter (A, B, … AA)."""
        return column_letter(self.index)


@dataclass(frozen=True)
class Layout:
    """Where the header and data are, and what each column means."""

    sheet: str
    header_rows: tuple[int, ...]  # 0-based
    data_start: int  # 0-based index of the first data row
    columns: tuple[Column, ...]
    title_lines: tuple[str, ...]
    title_period: str | None
    signature: str

    def column_of(self, field: str) -> Column | None:
        """The column mapped to ``field``, if any."""
        return next((c for c in self.columns if c.field == field), None)

    @property
    def header_excel_row(self) -> int:
        """The Excel row number of the (last) header row."""
        return self.header_rows[-1] + 1


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text(value: object) -> str:
    return clean_text(value) if isinstance(value, str) else ""


def _row_fields(row: Row, overrides: Mapping[str, Override]) -> set[str]:
    found = set()
    for value in row:
        text = _text(value)
        if not text:
            continue
        override = overrides.get(normalise_header(text))
        key = override.field if override else match_header(text)
        if key:
            found.add(key)
    return found


def _is_header_like(found: set[str]) -> bool:
    return len(found) >= 2 and bool(found & {"customer_no", "name"})


def find_header_row(rows: list[Row], overrides: Mapping[str, Override]) -> int | None:
    """The 0-based index of the row (within the first 20) that names the most fields, or None."""
    best, best_score = None, 1
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        found = _row_fields(row, overrides)
        if _is_header_like(found) and len(found) > best_score:
            best, best_score = index, len(found)
    return best


def _looks_like_data(row: Row) -> bool:
    """A row with numbers, dates or digit-only text is data, not a header."""
    for value in row:
        if value == "" or value is None:
            continue
        if not isinstance(value, str):
            return True
        text = unicodedata.normalize("NFKC", value).strip().replace(",", "").replace(".", "")
        if text.isdigit() and len(text) >= 3:
            return True
    return False


def _ffill_parents(row: Row, merged: list[tuple[int, int, int, int]], row_index: int) -> list[str]:
    """Group labels of a header row spread over the columns they stand above."""
    width = len(row)
    parents = [_text(v) for v in row]
    spans = [(c1, c2) for r1, c1, r2, c2 in merged if r1 <= row_index <= r2 and c2 > c1]
    if spans:
        for c1, c2 in spans:
            for column in range(c1 + 1, min(c2 + 1, width)):
                parents[column] = parents[column] or parents[c1]
        return parents
    current = ""
    for column in range(width):  # no merge information (CSV, HTML): carry a label to the right
        current = parents[column] or current
        parents[column] = current
    return parents


def _combined_names(parent_row: Row, child_row: Row) -> list[str]:
    return [_text(c) or _text(p) for p, c in zip(parent_row, child_row, strict=False)]


def _header_block(sheet: Sheet, header: int, overrides: Mapping[str, Override]) -> tuple[int, ...]:
    rows = sheet.rows
    found = _row_fields(rows[header], overrides)
    if header + 1 < len(rows) and not _looks_like_data(rows[header + 1]) and any(_text(v) for v in rows[header + 1]):
        combined = _row_fields(_combined_names(rows[header], rows[header + 1]), overrides)
        if len(combined) > len(found):
            return (header, header + 1)
    if header > 0:
        above = rows[header - 1]
        labels = [t for t in (_text(v) for v in above) if t]
        merged_above = any(r1 <= header - 1 <= r2 and c2 > c1 for r1, c1, r2, c2 in sheet.merged)
        if len(labels) >= 2 and not _row_fields(above, overrides) and (merged_above or len(labels) < len(found)):
            return (header - 1, header)
    return (header,)


def _title_info(rows: list[Row], first_header: int) -> tuple[tuple[str, ...], int | None, str | None]:
    lines = []
    for row in rows[:first_header]:
        text = " ".join(t for t in (_text(v) for v in row) if t)
        if text:
            lines.append(text)
    unit = None
    period = None
    for line in lines:
        normal = unicodedata.normalize("NFKC", line)
        match = _TITLE_UNIT.search(normal)
        if match and unit is None:
            unit = 1_000_000 if match.group(1) == "万元" else 100
        period = period or period_from_text(normal)
    return tuple(lines), unit, period


def detect_layout(
    sheet: Sheet, overrides: Mapping[str, Override], profile: Mapping[str, Override] | None = None
) -> Layout | None:
    """Work out the layout of ``sheet``; None if it has no recognisable header.

    :param overrides: the user's ``--map`` entries, keyed by ``normalise_header(header)``
      or by column letter
    :param profile: a saved mapping for this header signature, same keys
    :raises ImportRefused: sensitive columns, unknown money units, or a field in two columns
    """
    rows = sheet.rows
    header = find_header_row(rows, {**(profile or {}), **overrides})
    if header is None:
        return None
    block = _header_block(sheet, header, {**(profile or {}), **overrides})
    width = max((len(rows[i]) for i in block), default=0)
    padded = [list(rows[i]) + [""] * (width - len(rows[i])) for i in block]
    if len(block) == 2:
        parents = _ffill_parents(padded[0], sheet.merged, block[0])
        names = _combined_names(padded[0], padded[1])
    else:
        parents, names = [""] * width, [_text(v) for v in padded[0]]
    for text in [*names, *parents]:
        if text and is_sensitive_header(text):
            raise ImportRefused("sensitive_column", column=text)
    title_lines, title_unit, title_period = _title_info(rows, block[0])
    columns = []
    for index in range(width):
        name, parent = names[index], parents[index]
        if not name:
            continue
        shown = f"{parent}/{name}" if parent and parent != name else name
        columns.append(_map_column(index, name, parent, shown, overrides, profile or {}, title_unit))
    _refuse_duplicates(columns)
    signature = hashlib.sha1("|".join(normalise_header(c.header) for c in columns).encode()).hexdigest()
    return Layout(
        sheet=sheet.name,
        header_rows=block,
        data_start=block[-1] + 1,
        columns=tuple(columns),
        title_lines=title_lines,
        title_period=title_period,
        signature=signature,
    )


def _map_column(
    index: int,
    name: str,
    parent: str,
    shown: str,
    overrides: Mapping[str, Override],
    profile: Mapping[str, Override],
    title_unit: int | None,
) -> Column:
    keys = (normalise_header(shown), normalise_header(name), column_letter(index).lower())
    user = next((overrides[k] for k in keys if k in overrides), None)
    saved = None if user else next((profile[k] for k in keys if k in profile), None)
    if user or saved:
        chosen = user or saved
        field, source, forced_unit = chosen.field, "user" if user else "profile", chosen.unit
    else:
        field = match_header(name) or (match_header(parent + name) if parent else None)
        source, forced_unit = "auto", None
    unit = None
    if field and FIELD_BY_KEY[field].kind == MONEY:
        unit = forced_unit or header_unit(name) or header_unit(parent) or title_unit
        if unit is None:
            raise ImportRefused("unknown_unit", column=name, field=field)
    return Column(index=index, header=shown, name=name, field=field, unit=unit, source=source)


def _refuse_duplicates(columns: list[Column]) -> None:
    seen: dict[str, Column] = {}
    for column in columns:
        if not column.field:
            continue
        if column.field in seen:
            first = seen[column.field]
            raise ImportRefused(
                "duplicate_column",
                field=field_label(column.field),
                columns=f"{first.letter}列「{first.header}」、{column.letter}列「{column.header}」",
            )
        seen[column.field] = column


def missing_required(layout: Layout) -> list[str]:
    """Labels of required fields the layout lacks: 客户号, 姓名, and an asset figure."""
    mapped = {c.field for c in layout.columns if c.field}
    missing = [field_label(f) for f in ("customer_no", "name") if f not in mapped]
    if "aum" not in mapped and not mapped & set(HOLDING_FIELDS):
        missing.append(field_label("aum"))
    return missing
