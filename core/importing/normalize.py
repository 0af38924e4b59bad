"""Cell parsers of the importer: one raw cell value in, one normalised value out.

Cells come from python-calamine (str, float, int, bool, date, datetime, time, timedelta;
an empty cell is '') or from CSV (always str). Each ``parse_*`` function returns the
normalised value, None for an empty cell, or raises CellError whose code is a key of
``codes.ROW_MESSAGES`` (or ``period_invalid``). Money becomes integer fen, exactly:
Decimal semantics, rounded half up to the fen. Everything here is pure and stdlib-only;
parse_money runs on about a million cells per import, so its common cases return early.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation
from itertools import compress, repeat
from operator import eq, ge, getitem, gt, is_, is_not, le, mul, not_, sub
from typing import Any, NamedTuple, TypeGuard

from core.importing.codes import CodedError


class CellError(CodedError):
    """A cell that cannot be parsed; ``code`` is a ROW_MESSAGES key (or ``period_invalid``)."""


# --- text -------------------------------------------------------------------------------------

# Invisible characters pasted in from web pages and WPS; str.split() does not see them.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u180e"
_DROP_INVISIBLE = str.maketrans("", "", _INVISIBLE)
# Everything str.isspace() accepts (tabs, CR/LF, NBSP, U+2000..U+200A, U+3000 …) plus the above.
_STRIP = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
    + "\u2028\u2029\u202f\u205f\u3000"
    + _INVISIBLE
)


def clean_text(value: object) -> str:
    """``value`` as text with surrounding whitespace (also U+3000, NBSP, zero-width) removed.

    None gives ''; a float holding a whole number is written without ".0". No NFKC here.
    """
    if value is None:
        return ""
    if type(value) is str:
        return value.strip(_STRIP)
    if type(value) is float:
        return (str(int(value)) if value.is_integer() else repr(value)).strip(_STRIP)
    return str(value).strip(_STRIP)


def _is_number(value: object) -> TypeGuard[float]:
    """A number cell (bool cells are not numbers here)."""
    return type(value) is float or type(value) is int


def _whole(number: float) -> int | None:
    """``number`` as a non-negative int; None if it is negative, fractional, NaN or infinite."""
    if isinstance(number, float) and not number.is_integer():
        return None
    return int(number) if number >= 0 else None


def _nfkc(value: object) -> str:
    return unicodedata.normalize("NFKC", clean_text(value))


def _collapse(text: str) -> str:
    """Invisible characters removed, every run of whitespace made one ASCII space."""
    return " ".join(text.translate(_DROP_INVISIBLE).split())


def _squeeze(text: str) -> str:
    """Invisible characters and all whitespace removed."""
    return "".join((text if text.isascii() else text.translate(_DROP_INVISIBLE)).split())


def parse_name(value: object) -> str | None:
    """A person's or staff member's name: trimmed, inner whitespace collapsed, no NFKC."""
    text = _collapse(clean_text(value))
    if not text:
        return None
    if len(text) > 100:
        raise CellError("text_too_long", limit=100)
    return text


def parse_text(value: object, limit: int = 200) -> str | None:
    """Generic text (branch, products): trimmed, NFKC, inner whitespace collapsed, at most ``limit`` chars."""
    text = _collapse(_nfkc(value))
    if not text:
        return None
    if len(text) > limit:
        raise CellError("text_too_long", limit=limit)
    return text


# --- identifiers ------------------------------------------------------------------------------

_IDENT_CHARS = re.compile(r"[A-Za-z0-9_/\-]+")
# How Excel displays a long number in General format, e.g. 1.23457E+17 (saved so into CSV).
_SCIENTIFIC = re.compile(r"[0-9](?:\.[0-9]+)?E\+[0-9]+", re.IGNORECASE)
_NUMERIC_LIMIT = 1e15  # Excel keeps 15 significant digits; anything at or above may be cut


def parse_ident(value: object) -> str | None:
    """A customer or staff number: NFKC, all whitespace removed, ASCII letters/digits/-_/ only."""
    if type(value) is str and value.isascii() and value.isalnum() and len(value) <= 40:
        return value  # already clean: the usual case, a million times per large import
    if _is_number(value):
        return _numeric_ident(value)
    if value is None:
        return None
    if not isinstance(value, str):  # bool, dates and times are never identifiers
        raise CellError("ident_invalid")
    text = _squeeze(_nfkc(value))
    if not text:
        return None
    if _SCIENTIFIC.fullmatch(text):
        raise CellError("ident_numeric_precision")
    if not _IDENT_CHARS.fullmatch(text):
        raise CellError("ident_invalid")
    if len(text) > 40:
        raise CellError("text_too_long", limit=40)
    return text


def _numeric_ident(number: float) -> str:
    if number >= _NUMERIC_LIMIT:
        raise CellError("ident_numeric_precision")
    whole = _whole(number)
    if whole is None:
        raise CellError("ident_invalid")
    return str(whole)


class IdInfo(NamedTuple):
    """A valid resident ID number and what it encodes (a NamedTuple: built 100,000 times per import)."""

    number: str
    birth_date: date
    gender: str  # '男' (odd 17th digit) or '女' (even)


_ID_CHECK = "10X98765432"  # ISO 7064 MOD 11-2: check character for (weighted sum % 11)
_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]")
_EARLIEST_BIRTH = date(1900, 1, 1)


def _id_check_character(digits: str) -> str:
    """The check character of the 17 ASCII digits ``digits`` (callers check they are digits).

    GB 11643 weighs digit i (0-based) with 2**(17-i) mod 11, and 13 ≡ 2 (mod 11), so the
    weighted sum ≡ 2 * int(digits, 13) (mod 11): one C call instead of 17 multiplications.
    """
    return _ID_CHECK[2 * int(digits, 13) % 11]


def parse_id_number(value: object, *, today: date | None = None) -> IdInfo | None:
    """A mainland resident ID (GB 11643-1999) checked for length, birth date and check digit.

    A number cell is always refused (``id_numeric``): Excel has already cut it to 15
    significant digits and the rest cannot be recovered.

    :param today: latest acceptable birth date; defaults to the current date
    """
    if _is_number(value):
        raise CellError("id_numeric")
    if type(value) is str and len(value) == 18 and value.isascii() and value.isalnum():
        text = value.upper()  # already clean: skip NFKC and whitespace handling
    else:
        text = _squeeze(_nfkc(value)).upper()
        if not text:
            return None
        if _SCIENTIFIC.fullmatch(text):
            raise CellError("id_numeric")
    if len(text) != 18:
        raise CellError("id_length")
    if not _ID_SHAPE.fullmatch(text):
        raise CellError("id_chars")
    try:
        birth = date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise CellError("id_birth_date") from None
    if not _EARLIEST_BIRTH <= birth <= (today or date.today()):
        raise CellError("id_birth_date")
    if _id_check_character(text[:17]) != text[17]:
        raise CellError("id_checksum")
    return IdInfo(text, birth, "男" if int(text[16]) % 2 else "女")


# --- phone ------------------------------------------------------------------------------------

_PHONE_DROP = str.maketrans("", "", "-()")
_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# 010 and 02x area codes have 3 digits, the rest 4. Without one, a number starting with 1 is
# a cut-off mobile ("1381234"), not a local line.
_LANDLINE = re.compile(r"(?:(0[12][0-9]|0[3-9][0-9]{2})([1-9][0-9]{6,7})|([2-9][0-9]{6,7}))")


def parse_phone(value: object) -> str | None:
    """A mobile ("13812345678") or landline ("010-12345678", "62345678") number; extensions refused."""
    if type(value) is str and len(value) == 11 and value.isdigit() and value.isascii() and _MOBILE.fullmatch(value):
        return value  # already a clean mobile number
    if _is_number(value):
        whole = _whole(value)
        if whole is None:
            raise CellError("phone_invalid")
        text = str(whole)
    elif value is None or isinstance(value, str):
        text = _squeeze(_nfkc(value)).translate(_PHONE_DROP)
        if not text:
            return None
    else:
        raise CellError("phone_invalid")
    for prefix in ("+86", "0086", "86"):
        if text.startswith(prefix) and _MOBILE.fullmatch(text, len(prefix)):
            return text[len(prefix) :]
    if _MOBILE.fullmatch(text):
        return text
    landline = _LANDLINE.fullmatch(text)
    if landline is None:
        raise CellError("phone_invalid")
    area, number, local = landline.groups()
    return f"{area}-{number}" if area else local


# --- money ------------------------------------------------------------------------------------

_FEN_PER_YUAN = 100
_FEN_PER_WAN = 1_000_000
_FEN_LIMIT = 100_000_000_000_00  # 1000亿元
# round() agrees with half-up whenever x is this far from a half: float noise stays below
# 0.01 fen up to the limit (ulp(1e13) ≈ 0.002), so only true halves take the Decimal path.
_FAST_TOLERANCE = 0.25
# Multiplication in this context never rounds; to_integral_value rounds half up.
_EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, rounding=ROUND_HALF_UP)
_ACCOUNTING_ZERO = frozenset({"-", "--", "---", "—", "——", "–", "―", "－"})
_MONEY_TEXT = re.compile(
    r"(?P<open>\()?(?P<sign>[+-])?(?:¥|RMB|CNY)?(?P<sign2>[+-])?"
    r"(?P<number>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]*)?|[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"
    r"(?P<unit>万元|万|元)?(?:RMB|CNY)?(?P<close>\))?(?P<unit2>万元|万|元)?",
    re.IGNORECASE,
)


def parse_money(value: object, fen_per_unit: int) -> int | None:
    """An amount as integer fen, exact (Decimal, half up to the fen).

    Accepts numbers and text such as "12,345.67", "¥1,234.50元", "(1,234.50)" (negative),
    "123.4567万" (the cell's own 万/万元 or 元 overrides the column unit) and "-" (zero).

    :param fen_per_unit: the column's unit: 100 for 元, 1_000_000 for 万元
    """
    if type(value) is float:  # the common case: a number cell
        scaled = value * fen_per_unit
        try:
            fen = round(scaled)
        except OverflowError:
            raise CellError("amount_too_large") from None
        except ValueError:  # NaN
            raise CellError("not_a_number") from None
        if -_FAST_TOLERANCE < scaled - fen < _FAST_TOLERANCE:
            if -_FEN_LIMIT <= fen <= _FEN_LIMIT:
                return fen
            raise CellError("amount_too_large")
        return _to_fen(Decimal(repr(value)), fen_per_unit)
    if type(value) is str:  # then empty cells, and plain digits from CSV or a text cell
        if not value:
            return None
        if value.isascii() and "e" not in value and "E" not in value and "_" not in value:
            try:
                number = Decimal(value)
            except InvalidOperation:
                pass
            else:
                if number.is_finite():
                    return _to_fen(number, fen_per_unit)
        return _money_from_text(value, fen_per_unit)
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellError("not_a_number")
    if isinstance(value, int):
        return _to_fen(value, fen_per_unit)
    if isinstance(value, float):  # a float subclass
        return parse_money(float(value), fen_per_unit)
    raise CellError("not_a_number")  # dates, times, durations


def _to_fen(amount: Decimal | int, fen_per_unit: int) -> int:
    if isinstance(amount, int):
        fen = amount * fen_per_unit
    else:
        fen = int(_EXACT.to_integral_value(_EXACT.multiply(amount, fen_per_unit)))
    if -_FEN_LIMIT <= fen <= _FEN_LIMIT:
        return fen
    raise CellError("amount_too_large")


def _money_from_text(value: str, fen_per_unit: int) -> int | None:
    text = _squeeze(_nfkc(value))
    if not text:
        return None
    if text in _ACCOUNTING_ZERO:
        return 0
    match = _MONEY_TEXT.fullmatch(text)
    if match is None:
        raise CellError("not_a_number")
    opening, sign, sign2, digits, unit, closing, unit2 = match.groups()
    # one way of saying "negative" at most: "(-12)" and "-¥-12" are refused, not guessed
    if bool(opening) != bool(closing) or len([x for x in (opening, sign, sign2) if x]) > 1 or (unit and unit2):
        raise CellError("not_a_number")
    unit = unit or unit2
    if unit:
        fen_per_unit = _FEN_PER_YUAN if unit == "元" else _FEN_PER_WAN
    number = Decimal(digits.replace(",", ""))
    return _to_fen(-number if opening or "-" in (sign, sign2) else number, fen_per_unit)


# --- counts and flags -------------------------------------------------------------------------

_COUNT_TEXT = re.compile(r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.0*)?(?:笔|次)?")


def parse_count(value: object) -> int | None:
    """A non-negative whole number: 12, 12.0, "1,234", "12笔"."""
    if _is_number(value):
        whole = _whole(value)
        if whole is None:
            raise CellError("not_a_count")
        return whole
    if value is not None and not isinstance(value, str):
        raise CellError("not_a_count")
    text = _squeeze(_nfkc(value))
    if not text:
        return None
    match = _COUNT_TEXT.fullmatch(text)
    if match is None:
        raise CellError("not_a_count")
    return int(match.group(1).replace(",", ""))


_FLAGS: dict[str, bool] = {
    **dict.fromkeys(("是", "y", "yes", "true", "1", "1.0", "有", "代发", "✓", "√", "✔"), True),
    **dict.fromkeys(("否", "n", "no", "false", "0", "0.0", "无", "非代发", "未代发", "×", "✗", "✘"), False),
}


def parse_flag(value: object) -> bool | None:
    """A yes/no cell: 是/否, Y/N, true/false, 1/0, 有/无, 代发/非代发, ✓/×, or a boolean cell."""
    if type(value) is bool:
        return value
    if _is_number(value):
        if value in (0, 1):
            return bool(value)
        raise CellError("not_a_flag")
    if value is not None and not isinstance(value, str):
        raise CellError("not_a_flag")
    text = _squeeze(_nfkc(value)).lower()
    if not text:
        return None
    if text not in _FLAGS:
        raise CellError("not_a_flag")
    return _FLAGS[text]


# --- dates and periods ------------------------------------------------------------------------

_TIME = r"(?:(?:\s+|T|(?<=[日号]))(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?::(?P<second>[0-9]{2})(?:\.[0-9]+)?)?)?"
_DATE_FORMS = (
    re.compile(r"(?P<y>[0-9]{4})\s*(?P<sep>[-/.])\s*(?P<m>[0-9]{1,2})\s*(?P=sep)\s*(?P<d>[0-9]{1,2})" + _TIME),
    re.compile(r"(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号]?" + _TIME),
    re.compile(r"(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})" + _TIME),
)
# Two-digit years and year-last orders (01/05/26, 10/31/2026, 31-10-2026, 26年10月31日): refuse to guess.
_DATE_AMBIGUOUS = (
    re.compile(r"[0-9]{1,2}\s*(?P<sep>[-/.])\s*[0-9]{1,2}\s*(?P=sep)\s*(?:[0-9]{2}|[0-9]{4})" + _TIME),
    re.compile(r"[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*[日号]?" + _TIME),
)
_EXCEL_EPOCH = date(1899, 12, 30)  # serials >= 61; below, Excel's fake 1900-02-29 shifts by a day
_LAST_SERIAL = 2958465  # 9999-12-31


def parse_date(value: object) -> date | None:
    """A calendar date from a date cell, a YYYYMMDD number, an Excel serial or year-first text."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if _is_number(value):
        return _date_from_number(value)
    if value is not None and not isinstance(value, str):  # bool, time, timedelta
        raise CellError("not_a_date")
    text = _nfkc(value)
    if not text:
        return None
    for form in _DATE_FORMS:
        match = form.fullmatch(text)
        if match:
            return _date_from_match(match)
    if any(form.fullmatch(text) for form in _DATE_AMBIGUOUS):
        raise CellError("date_ambiguous")
    raise CellError("not_a_date")


def _date_from_number(number: float) -> date:
    if 19000101 <= number <= 21001231 and number == int(number):
        whole = int(number)
        return _real_date(whole // 10000, whole // 100 % 100, whole % 100)
    if not 1 <= number < _LAST_SERIAL + 1:  # also NaN
        raise CellError("not_a_date")
    whole = int(number)  # a fraction is the time of day
    if whole == 60:
        raise CellError("not_a_date")  # 1900-02-29, which Excel invents for Lotus compatibility
    return _EXCEL_EPOCH + timedelta(days=whole if whole > 60 else whole + 1)


def _date_from_match(match: re.Match[str]) -> date:
    hour, minute, second = match.group("hour"), match.group("minute"), match.group("second")
    if hour is not None and (int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59):
        raise CellError("not_a_date")
    return _real_date(int(match.group("y")), int(match.group("m")), int(match.group("d")))


def _real_date(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellError("not_a_date") from None


# A period cell: "2026-10", "2026/10", "2026年10月"; with '.', only a two-digit month, since
# "2026.1" may be the number 2026.10 that lost its trailing zero.
_PERIOD_FORM = re.compile(
    r"(?P<y>[0-9]{4})\s*(?:[-/]\s*(?P<m1>[0-9]{1,2})|\.\s*(?P<m2>[0-9]{2})|年\s*(?P<m3>[0-9]{1,2}))\s*(?:月份?|月末)?"
)
_PERIOD_COMPACT = re.compile(r"(?P<y>[0-9]{4})(?P<m1>[0-9]{2})")


def parse_period(value: object) -> str | None:
    """The month a row belongs to, as "YYYY-MM" (year 2000..2099)."""
    if isinstance(value, date):  # also datetime
        return _period(value.year, value.month, value)
    if _is_number(value):
        whole = _whole(value)
        if whole is not None and 100000 <= whole < 1000000:  # YYYYMM
            return _period(whole // 100, whole % 100, value)
        return _period_from_date(value)
    if value is not None and not isinstance(value, str):
        raise CellError("period_invalid", value=clean_text(value))
    text = _nfkc(value)
    if not text:
        return None
    match = _PERIOD_FORM.fullmatch(text) or _PERIOD_COMPACT.fullmatch(text)
    if match is None:
        return _period_from_date(value)
    month = match.group("m1") or match.group("m2") or match.group("m3")
    return _period(int(match.group("y")), int(month), value)


def _period_from_date(value: object) -> str:
    try:
        day = parse_date(value)
    except CellError:
        raise CellError("period_invalid", value=clean_text(value)) from None
    assert day is not None  # callers pass non-empty values only
    return _period(day.year, day.month, value)


def _period(year: int, month: int, value: object) -> str:
    if not (2000 <= year <= 2099 and 1 <= month <= 12):
        raise CellError("period_invalid", value=clean_text(value))
    return f"{year:04d}-{month:02d}"


_TEXT_PERIODS = (
    re.compile(r"(?<![0-9])(?P<y>[0-9]{4})\s*年\s*(?P<m>[0-9]{1,2})\s*月(?:\s*(?P<d>[0-9]{1,2})\s*[日号])?"),
    re.compile(
        r"(?<![0-9])(?<![0-9][-/.])(?P<y>[0-9]{4})\s*(?P<sep>[-/._])\s*(?P<m>[0-9]{1,2})(?:(?P=sep)(?P<d>[0-9]{1,2}))?(?![0-9])"
    ),
    re.compile(r"(?<![0-9])(?P<y>[0-9]{4})(?P<m>[0-9]{2})(?P<d>[0-9]{2})?(?![0-9])"),
)


def period_from_text(text: str) -> str | None:
    """The one month named in free text (a title row, a file name), as "YYYY-MM"; None if none or several.

    Recognises "2026年10月…", "2026-10-31", "2026/10", "2026.10", "2026_10", "202610" and
    "20261031", never inside a longer run of digits such as a customer number.
    """
    normalised = unicodedata.normalize("NFKC", text or "")
    found: set[str] = set()
    for pattern in _TEXT_PERIODS:
        for match in pattern.finditer(normalised):
            year, month, day = int(match.group("y")), int(match.group("m")), match.group("d")
            if not (2000 <= year <= 2099 and 1 <= month <= 12):
                continue
            if day is not None:
                try:
                    date(year, month, int(day))
                except ValueError:
                    continue
            found.add(f"{year:04d}-{month:02d}")
    return found.pop() if len(found) == 1 else None


# --- cells that are not data ------------------------------------------------------------------

_ERROR_VALUES = frozenset(
    ("#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA")
    + ("#BLOCKED!", "#BUSY!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#EXTERNAL!")  # newer Excel
)
_TOTAL_LABEL = re.compile(r"(?:本页|本表|全部|全行|总)?(?:合计|总计|小计)|(?:sub|grand)?total")


def is_error_value(value: object) -> bool:
    """Whether a cell holds an Excel error literal such as #N/A or #DIV/0! (also full-width)."""
    if not isinstance(value, str):
        return False
    text = value.strip(_STRIP)
    if not text.startswith(("#", "＃")):
        return False
    return unicodedata.normalize("NFKC", text).upper() in _ERROR_VALUES


def is_total_label(value: object) -> bool:
    """Whether a cell labels a 合计/总计/小计 (or total/subtotal) row rather than a customer."""
    if not isinstance(value, str):
        return False
    text = _squeeze(_nfkc(value)).lower().rstrip(":")
    return bool(text) and _TOTAL_LABEL.fullmatch(text) is not None


# --- whole columns ----------------------------------------------------------------------------
# An import parses about a million cells. The bulk_* functions do one parse_* function's work for
# a whole column in a few C-level passes, for the cells in that parser's own "already clean" case
# (nearly all of them). Each returns the column and the sorted positions it left undecided; those
# hold a placeholder, and the caller passes those cells to the parse_* function itself. Every
# other position holds exactly what parse_* returns for the cell.


def map_catching(
    func: Callable[[Any], Any], values: list[Any], catch: type[BaseException] | tuple[type[BaseException], ...]
) -> tuple[list[Any], list[tuple[int, BaseException]]]:
    """``list(map(func, values))``, except that a cell raising one of ``catch`` gets None and is
    listed as (position, exception).

    The map runs in C and resumes after each failure: list.extend keeps what it has appended when
    the iterator raises, so at that moment ``len(out)`` is the failing position.
    """
    out: list[Any] = []
    failed: list[tuple[int, BaseException]] = []
    cells = iter(values)
    while True:
        try:
            out.extend(map(func, cells))
        except catch as exc:
            failed.append((len(out), exc))
            out.append(None)
        else:
            break
    if len(out) != len(values):  # an extend that drops partial results: redo cell by cell
        out, failed = [], []
        for k, value in enumerate(values):
            try:
                out.append(func(value))
            except catch as exc:
                failed.append((k, exc))
                out.append(None)
    return out, failed


def positions_of(values: list[Any], target: object) -> list[int]:
    """The positions of the cells equal to ``target``, found by list.index (C) from one to the next."""
    found: list[int] = []
    k = -1
    try:
        while True:
            k = values.index(target, k + 1)
            found.append(k)
    except ValueError:
        return found


def _empty_cells(values: list[Any]) -> list[int]:
    """The positions of the empty cells (exactly ''), which every parse_* function reads as None."""
    return [k for k in positions_of(values, "") if type(values[k]) is str]


def _strings(values: list[Any], stand_in: str) -> tuple[list[Any], list[int]]:
    """``values`` with each empty cell replaced by ``stand_in`` (a clean text) and each cell that
    is not exactly a str by '' (never a clean cell); and the positions of the empty cells."""
    empty = _empty_cells(values)
    if not empty and set(map(type, values)) <= {str}:
        return values, empty
    strings = list(values)
    for k in compress(range(len(values)), map(is_not, map(type, values), repeat(str))):
        strings[k] = ""
    for k in empty:
        strings[k] = stand_in
    return strings, empty


def _add_failures(unsure: set[int], flags: Iterable[object]) -> None:
    """Add to ``unsure`` the positions where the per-cell ``flags`` are false."""
    flags = list(flags)
    if not all(flags):
        unsure.update(compress(range(len(flags)), map(not_, flags)))


def _texts(
    values: list[Any], stand_in: str, shortest: int, longest: int, test: str = ""
) -> tuple[list[Any], list[int], set[int], str | None]:
    """A column made ready for the whole-column checks of texts. Returns:

    - the texts: an empty cell replaced by ``stand_in`` (a clean text; parse_* reads an empty
      cell as None anyway), a cell that is not exactly a str by '' (never clean);
    - the positions of the empty cells;
    - the positions of the texts that fail: not ASCII, not ``shortest``..``longest`` (at least 1)
      characters long, or false under the str method ``test`` names ("isdigit", "isalnum");
    - when none fails, all the texts joined.

    The joined text is checked first, one C call per test: it is ASCII exactly when every text
    is and, no text being empty, passes isdigit/isalnum exactly when every text does (on ASCII
    text the bytes methods agree with the str ones, and are quicker).
    """
    strings: list[Any] = values
    empty: list[int] = []
    lengths = set(map(len, values)) if set(map(type, values)) <= {str} else {0}
    if 0 in lengths:  # empty cells, or cells that are not str
        strings, empty = _strings(values, stand_in)
        lengths = set(map(len, strings))
    if lengths and shortest <= min(lengths) and max(lengths) <= longest:
        joined = "".join(strings)
        if joined.isascii() and (not test or getattr(bytes, test)(joined.encode("ascii"))):
            return strings, empty, set(), joined
    unsure: set[int] = set()
    _add_failures(unsure, map(str.isascii, strings))
    if shortest == longest:
        _add_failures(unsure, map(eq, map(len, strings), repeat(shortest)))
    else:
        _add_failures(unsure, map(ge, map(len, strings), repeat(shortest)))
        _add_failures(unsure, map(le, map(len, strings), repeat(longest)))
    if test:
        _add_failures(unsure, map(getattr(str, test), strings))
    return strings, empty, unsure, None


def _undecided(column: list[Any], unsure: set[int], empty: list[int]) -> list[int]:
    """None at the empty and the unsure positions of ``column``; the unsure ones, sorted."""
    for k in empty:
        column[k] = None
    positions = sorted(unsure)
    for k in positions:
        column[k] = None
    return positions


def bulk_idents(values: list[Any]) -> tuple[list[Any], list[int]]:
    """``parse_ident`` over a column. Clean (returned as it is): a str of 1..40 ASCII letters or digits."""
    strings, empty, unsure, _ = _texts(values, "0", 1, 40, "isalnum")
    idents = list(strings)
    return idents, _undecided(idents, unsure, empty)


_MOBILE_STARTS = frozenset(f"1{d}" for d in "3456789")


def bulk_phones(values: list[Any]) -> tuple[list[Any], list[int]]:
    """``parse_phone`` over a column. Clean (returned as it is): a str of 11 ASCII digits starting
    13..19, which is what ``_MOBILE`` matches."""
    strings, empty, unsure, joined = _texts(values, "13800000000", 11, 11, "isdigit")  # ASCII, isdigit: 0-9
    if joined is None or joined[0::11].strip("1") or joined[1::11].strip("3456789"):
        _add_failures(unsure, map(_MOBILE_STARTS.__contains__, map(getitem, strings, repeat(slice(0, 2)))))
    phones = list(strings)
    return phones, _undecided(phones, unsure, empty)


def bulk_money(values: list[Any], fen_per_unit: int) -> tuple[list[Any], list[int]] | None:
    """``parse_money`` over a column. Clean: a float cell whose amount in fen is within
    ``_FAST_TOLERANCE`` of round()'s result and within the limit, i.e. parse_money's float fast
    path, computed with the same expressions. None (parse_money for every cell) if some amount is
    infinite or NaN, or if most cells are not floats (CSV text)."""
    unsure: set[int] = set()
    numbers, empty = values, []
    if not set(map(type, values)) <= {float}:
        floats = list(map(is_, map(type, values), repeat(float)))
        empty = _empty_cells(values)
        if 2 * (sum(floats) + len(empty)) < len(floats):  # mostly text (CSV): parse_money it is
            return None
        numbers = list(values)
        for k in compress(range(len(values)), map(not_, floats)):
            unsure.add(k)
            numbers[k] = 0.0
        unsure.difference_update(empty)
    scaled = list(map(mul, numbers, repeat(fen_per_unit)))
    try:
        fen = list(map(round, scaled))
    except (OverflowError, ValueError):  # inf or NaN: parse_money's own errors
        return None
    # Whole-column bounds first: no |x_k| exceeds the Euclidean norm of the x_k, which math.dist and
    # math.hypot compute in C to within a few ulps, so a norm under half the bound clears every cell.
    if not math.dist(scaled, fen) < _FAST_TOLERANCE / 2:
        _add_failures(unsure, map(gt, repeat(_FAST_TOLERANCE), map(abs, map(sub, scaled, fen))))
    if not math.hypot(*scaled) < _FEN_LIMIT / 2:
        _add_failures(unsure, map(ge, repeat(_FEN_LIMIT), map(abs, fen)))
    return fen, _undecided(fen, unsure, empty)


def bulk_iso_dates(values: list[Any]) -> tuple[list[Any], list[int]] | None:
    """``parse_date`` over a column of date, datetime and empty cells only (as xlsx gives them),
    as ISO text (None for an empty cell); None for any other column. Each distinct day is
    converted once, looked up by its day number: ints hash and compare faster than dates."""
    types = set(map(type, values))
    if not types <= {date, datetime, str}:
        return None
    cells, empty = values, []
    if str in types:
        empty = _empty_cells(values)
        if len(empty) != sum(map(is_, map(type, values), repeat(str))):  # text that is not empty
            return None
        cells = list(values)
        for k in empty:
            cells[k] = _EARLIEST_BIRTH  # any date
    days = list(map(date.toordinal, cells))  # a datetime's is its date's
    text = {day: date.fromordinal(day).isoformat() for day in set(days)}
    dates: list[Any] = list(map(text.__getitem__, days))
    for k in empty:
        dates[k] = None
    return dates, []


_ID_LAST = frozenset("0123456789X")
_GENDER_BY_DIGIT = {d: "男" if int(d) % 2 else "女" for d in "0123456789"}
_STAND_IN_ID = "11010519491231002X"  # a valid number put where a cell is left undecided, so every pass runs


def _id_shaped(joined: bytes) -> bool:
    """Whether ``joined``, numbers of 18 ASCII characters each, holds only 17 digits then a digit or X."""
    return joined.count(b"X") == joined[17::18].count(b"X") and joined.replace(b"X", b"").isdigit()


# ISO 7064 MOD 11-2 over all 18 characters (X as 10): a number is valid when
# sum(a_i * 2**(17-i)) % 11 == 1, which is what picking the check character from _ID_CHECK
# ensures. _ID_TERMS[i] turns character i into its term (a_i * 2**(17-i)) % 11, a byte.
_ID_TERMS = tuple(bytes.maketrans(b"0123456789X", bytes(v * 2 ** (17 - i) % 11 for v in range(11))) for i in range(18))
_MOD_11 = bytes(v % 11 for v in range(256))


def _id_remainders(joined: bytes, count: int) -> bytes:
    """Each of ``count`` joined 18-character numbers' sum(a_i * 2**(17-i)) % 11, one byte each.

    Whole-column arithmetic: the terms of character i of every number, as one byte string, read
    as one big integer with a byte per number; the 18 of them added. A number's sum is at most
    18 * 10 = 180, so it never carries into the next byte.
    """
    total = sum(int.from_bytes(joined[i::18].translate(terms), "big") for i, terms in enumerate(_ID_TERMS))
    return total.to_bytes(count, "big").translate(_MOD_11)


def _birth_dates(joined: bytes, count: int) -> list[str]:
    """The birth dates (characters 7..14) of ``count`` joined 18-character numbers as 'YYYY-MM-DD'
    texts, cut in C: the digits go into a 'YYYY-MM-DD,' pattern by strided slice assignment."""
    if not count:
        return []
    text = bytearray(b"0000-00-00," * count)
    for target, source in zip((0, 1, 2, 3, 5, 6, 8, 9), range(6, 14), strict=True):
        text[target::11] = joined[source::18]
    return text[:-1].decode("ascii").split(",")


def bulk_id_numbers(
    values: list[Any], today: date
) -> tuple[list[str | None], list[str | None], list[str | None], list[int]]:
    """``parse_id_number`` over a column, as three columns (number, birth date as ISO text, gender)
    and the undecided positions. Clean: a str of 18 ASCII characters (parse_id_number's own fast
    case, which takes the number upper-cased) that passes every check of parse_id_number.
    """
    strings, empty, unsure, joined = _texts(values, _STAND_IN_ID, 18, 18)  # ASCII first: 'ß'.upper() is 'SS'
    upper = joined.upper().encode("ascii") if joined is not None else b""
    if joined is not None and _id_shaped(upper):
        numbers: list[Any] = list(strings) if upper == joined.encode("ascii") else list(map(str.upper, strings))
    else:
        numbers = list(map(str.upper, strings))
        heads: list[str] = list(map(getitem, numbers, repeat(slice(0, 17))))
        _add_failures(unsure, map(str.isdigit, heads))  # ASCII: 0-9 only
        _add_failures(unsure, map(_ID_LAST.__contains__, map(getitem, numbers, repeat(slice(17, 18)))))
        for k in unsure:
            numbers[k] = _STAND_IN_ID
        upper = "".join(numbers).encode("ascii")
    # from here every number is 17 ASCII digits and a digit or X, and ``upper`` is all of them joined
    birth_dates: list[Any] = _birth_dates(upper, len(numbers))
    earliest, latest = _EARLIEST_BIRTH.isoformat(), today.isoformat()  # YYYY-MM-DD texts sort as the dates do
    if not (earliest <= min(birth_dates, default=earliest) and max(birth_dates, default=latest) <= latest):
        _add_failures(unsure, map(ge, birth_dates, repeat(earliest)))
        _add_failures(unsure, map(le, birth_dates, repeat(latest)))
    # a real date? (fromisoformat takes exactly the valid YYYY-MM-DD of digits, as date() does the numbers)
    unsure.update(k for k, _ in map_catching(date.fromisoformat, birth_dates, ValueError)[1])
    remainders = _id_remainders(upper, len(numbers))
    if remainders.count(1) != len(numbers):
        _add_failures(unsure, map(eq, remainders, repeat(1)))
    genders: list[Any] = list(map(_GENDER_BY_DIGIT.__getitem__, upper[16::18].decode("ascii")))
    positions = _undecided(numbers, unsure, empty)
    for k in (*empty, *positions):
        birth_dates[k] = genders[k] = None
    return numbers, birth_dates, genders, positions
