"""What a report or export cell holds, independent of the library that writes it.

A ``Column`` names its header and its kind; the kind decides the cell type and number format
in a workbook (text, identifier text, money in 万元 as a number, date, count, rate) and the plain
text in a CSV. User text that a spreadsheet could run as a formula is neutralised here, once.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from core.i18n import QT_TRANSLATE_NOOP, Translate

TEXT, ID, MONEY, INT, PERCENT, DATE, SCORE = "text", "id", "money", "int", "percent", "date", "score"
DATETIME, DECIMAL = "datetime", "decimal"
WAN = 1_000_000  # 分 per 万元

# A cell starting with one of these is a formula (or DDE) to Excel, WPS or LibreOffice when typed or
# opened from CSV. The full-width forms are what a Chinese input method types.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

NUMBER_FORMATS = {
    TEXT: "@",
    ID: "@",
    MONEY: "#,##0.00_ ",  # the trailing space keeps figures off a left-aligned neighbour
    INT: "#,##0",
    SCORE: "0",
    PERCENT: "0.0%",
    DATE: "yyyy-mm-dd",
    DATETIME: "yyyy-mm-dd hh:mm",
    DECIMAL: "0.0",
}
CHANGE_FORMATS = {  # a change against last month: sign shown, falls in red
    MONEY: "+#,##0.00_ ;[Red]-#,##0.00_ ;0.00_ ",
    INT: "+#,##0;[Red]-#,##0;0",
    PERCENT: "+0.0%;[Red]-0.0%;0.0%",
}


@dataclass(frozen=True)
class Column:
    """One column of a table: its header (source text, translated when written), kind and width.

    :param width: in Excel's character units; None sizes it from the header and the first rows
    :param wrap: wrap long text instead of widening the column
    :param change: a change against last month (sign shown, a fall in red)
    """

    header: str
    kind: str = TEXT
    width: float | None = None
    wrap: bool = False
    change: bool = False


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_TEXT = 32_767  # characters a spreadsheet cell holds


def clean_text(text: str) -> str:
    """``text`` without the control characters a workbook cannot hold, cut to what a cell holds."""
    return _CONTROL.sub("", text)[:MAX_TEXT]


CTX = "Reports"
UNIT_WAN = QT_TRANSLATE_NOOP(CTX, "万元")
UNIT_YUAN = QT_TRANSLATE_NOOP(CTX, "元")


def header_text(column: Column, translate: Translate, *, unit: str = UNIT_WAN, newline: bool = True) -> str:
    """The translated header, with the money unit added to a money column: 金融资产（万元）.

    :param newline: put the unit on a second line (workbook headers wrap; CSV headers do not)
    """
    text = translate(CTX, column.header)
    if column.kind == MONEY:
        text += ("\n" if newline else "") + f"（{translate(CTX, unit)}）"
    return text


def wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width`` characters wide (for the row height)."""
    usable = max(width - 1.5, 1.0)
    return sum(max(1, math.ceil(_printed_width(part) / usable)) for part in text.split("\n"))


def _printed_width(text: str) -> float:
    """Closer than ``display_width`` (which errs wide so numbers never show ####): a Chinese character at
    10 pt prints about 1.9 units wide."""
    return sum(1.9 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text)


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """``text`` safe for a CSV opened in Excel: a formula-like value gets a leading apostrophe (OWASP)."""
    return "'" + text if is_formula_like(text) else text


def wan(fen: int | None) -> float | None:
    """分 as 万元, a number (exact to the 分; the cell format shows two decimals)."""
    return None if fen is None else fen / WAN


def yuan_text(fen: int | None) -> str:
    """分 as 元 with two decimals, exact, for CSV ('' for None)."""
    if fen is None:
        return ""
    return str((Decimal(fen) / 100).quantize(Decimal("0.01")))


def as_datetime(value: str | datetime | None) -> datetime | None:
    """An ISO date-time string as a datetime (seconds dropped); None for blank or unreadable."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value)).replace(second=0, microsecond=0, tzinfo=None)
    except ValueError:
        return None


def as_date(value: str | date | None) -> date | None:
    """An ISO date (or datetime) string as a date; None for blank or unreadable."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def csv_value(value: object, kind: str) -> str:
    """A cell as CSV text: money in 元 (exact), rates as per cent, dates ISO, user text neutralised."""
    if value is None:
        return ""
    if kind == MONEY:
        return yuan_text(int(value))  # type: ignore[call-overload]
    if kind == PERCENT:
        return f"{float(value) * 100:.1f}%"  # type: ignore[arg-type]
    if kind == DATE:
        found = as_date(value)  # type: ignore[arg-type]
        return found.isoformat() if found else ""
    if kind == DATETIME:
        moment = as_datetime(value)  # type: ignore[arg-type]
        return moment.strftime("%Y-%m-%d %H:%M") if moment else ""
    if kind in (INT, SCORE, DECIMAL):
        return str(value)
    return csv_text(clean_text(str(value)))


def display_width(text: str) -> float:
    """Width of ``text`` in Excel character units: Chinese characters take about two."""
    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


DEFAULT_WIDTHS = {
    ID: 13.0,
    MONEY: 13.0,
    INT: 9.0,
    SCORE: 7.0,
    PERCENT: 9.0,
    DATE: 11.5,
    DATETIME: 16.5,
    DECIMAL: 8.0,
    TEXT: 10.0,
}


def fit_width(column: Column, header: str, samples: list[object], *, cap: float = 48.0) -> float:
    """A column width that shows the header and the sampled values without ####."""
    head = max(display_width(line) for line in header.split("\n")) + 2.5
    if column.width is not None:
        return column.width if column.wrap else max(column.width, head)
    longest = max([display_width(_shown(v, column.kind)) for v in samples], default=0.0)
    return min(max(longest + 2.5, head, DEFAULT_WIDTHS.get(column.kind, 10.0)), cap)


def _shown(value: object, kind: str) -> str:
    """Roughly what a cell displays, to size its column."""
    if value is None:
        return ""
    if kind == MONEY:
        return f"{int(value) / WAN:,.2f}"  # type: ignore[call-overload]
    if kind in (INT, SCORE) and isinstance(value, int):
        return f"{value:,}"
    if kind == PERCENT:
        return "100.0%"
    if kind == DATE:
        return "2026-10-31"
    if kind == DATETIME:
        return "2026-10-31 09:30"
    return str(value)
