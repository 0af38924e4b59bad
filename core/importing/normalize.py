"""Cell parsers of the importer: one raw cell value in, one normalised value out.

Cells come from python-calamine (str, float, int, bool, date, datetime, time, timedelta;
an empty cell is '') or from CSV (always str). Each ``parse_*`` function returns the
normalised value, None for an empty cell, or raises CellError whose code is a key of
``codes.ROW_MESSAGES`` (or ``period_invalid``). Money becomes integer fen, exactly:
Decimal semantics, rounded half up to the fen. Everything here is pure and stdlib-only;
parse_money runs on about a million cells per import, so its common cases return early.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation
from operator import mul
from typing import NamedTuple, TypeGuard

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


_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"  # ISO 7064 MOD 11-2: check character for (weighted sum % 11)
_ID_SHAPE = re.compile(r"[0-9]{17}[0-9X]")
_EARLIEST_BIRTH = date(1900, 1, 1)
_ID_DIGIT_BIAS = 48 * sum(_ID_WEIGHTS)  # ord("0") times each weight: lets the sum run over bytes


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
    if _ID_CHECK[(sum(map(mul, text.encode("ascii")[:17], _ID_WEIGHTS)) - _ID_DIGIT_BIAS) % 11] != text[17]:
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
