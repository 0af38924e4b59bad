"""Cell parsers: every accepted form, every error code, and a few properties."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.importing import normalize
from core.importing.codes import ROW_MESSAGES
from core.importing.normalize import (
    CellError,
    IdInfo,
    clean_text,
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
    period_from_text,
)

YUAN, WAN = 100, 1_000_000
TODAY = date(2026, 11, 28)
ZW = "\u200b\ufeff\u2060"  # zero-width characters pasted in from web pages


def error_code(fn, *args, **kwargs) -> str:
    with pytest.raises(CellError) as caught:
        fn(*args, **kwargs)
    return caught.value.code


def check_digit(first17: str) -> str:
    """ISO 7064 MOD 11-2, written independently of the module: (12 - S mod 11) mod 11."""
    weights = [2 ** (17 - i) % 11 for i in range(17)]
    value = (12 - sum(int(c) * w for c, w in zip(first17, weights, strict=True)) % 11) % 11
    return "X" if value == 10 else str(value)


def test_every_code_raised_is_a_known_row_code():
    source = Path(normalize.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'CellError\("(\w+)"', source))
    assert codes
    assert codes <= set(ROW_MESSAGES) | {"period_invalid"}


def test_cell_error_carries_code_params_and_message():
    error = CellError("text_too_long", limit=40)
    assert (error.code, error.params) == ("text_too_long", {"limit": 40})
    assert "40" in error.message()


# --- clean_text, parse_name, parse_text -------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("  张三  ", "张三"),
        ("\u3000张三\u3000", "张三"),
        ("\xa0张三\xa0", "张三"),
        (f"{ZW}\u200c\u200d张三{ZW}", "张三"),
        ("\t张三\r\n", "张三"),
        (1001.0, "1001"),
        (12.5, "12.5"),
        (7, "7"),
        (date(2026, 10, 31), "2026-10-31"),
        ("Ａ１", "Ａ１"),  # no NFKC
    ],
)
def test_clean_text(raw, expected):
    assert clean_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("  张三 ", "张三"),
        ("\u3000欧阳\u3000\u3000娜娜\u3000", "欧阳 娜娜"),
        ("Zhang\t\tSan", "Zhang San"),
        (f"张{ZW}三", "张三"),
        ("阿依古丽·买买提", "阿依古丽·买买提"),
        ("Ｌｉ", "Ｌｉ"),  # names keep their characters
        ("", None),
        (f"\u3000{ZW}", None),
        (None, None),
    ],
)
def test_parse_name(raw, expected):
    assert parse_name(raw) == expected


def test_parse_name_limit():
    assert parse_name("名" * 100) == "名" * 100
    with pytest.raises(CellError) as caught:
        parse_name("名" * 101)
    assert (caught.value.code, caught.value.params) == ("text_too_long", {"limit": 100})


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u3000城东支行\u3000", "城东支行"),
        ("城东　　支行", "城东 支行"),
        ("基金，理财（保本）", "基金,理财(保本)"),
        ("ＡＢＣ１２３", "ABC123"),
        (3.0, "3"),
        ("", None),
        (" \u200b ", None),
    ],
)
def test_parse_text(raw, expected):
    assert parse_text(raw) == expected


def test_parse_text_limit():
    assert parse_text("a" * 200) == "a" * 200
    with pytest.raises(CellError) as caught:
        parse_text("a" * 11, limit=10)
    assert (caught.value.code, caught.value.params) == ("text_too_long", {"limit": 10})


# --- parse_ident ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("C0001", "C0001"),
        ("0012345", "0012345"),  # leading zeros survive in text
        ("\u3000 0012345\u200b ", "0012345"),
        ("１２３", "123"),
        ("ＣＩＦ－001", "CIF-001"),
        ("10 001", "10001"),
        ("A_1/2-3", "A_1/2-3"),
        (10001.0, "10001"),
        (10001, "10001"),
        (999999999999999.0, "999999999999999"),
        ("2023E001", "2023E001"),  # not Excel's scientific display (no '+')
        ("", None),
        (None, None),
        ("\u3000", None),
    ],
)
def test_parse_ident(raw, expected):
    assert parse_ident(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (1e15, "ident_numeric_precision"),
        (1.23456789012346e17, "ident_numeric_precision"),
        (10**16, "ident_numeric_precision"),
        (float("inf"), "ident_numeric_precision"),
        ("1.23457E+17", "ident_numeric_precision"),
        ("1.23457e+17", "ident_numeric_precision"),
        ("1E+15", "ident_numeric_precision"),
        (1001.5, "ident_invalid"),
        (-5.0, "ident_invalid"),
        (float("nan"), "ident_invalid"),
        ("C#001", "ident_invalid"),
        ("客户001", "ident_invalid"),
        ("10001.0", "ident_invalid"),
        (True, "ident_invalid"),
        (date(2026, 10, 31), "ident_invalid"),
        ("A" * 41, "text_too_long"),
    ],
)
def test_parse_ident_errors(raw, code):
    assert error_code(parse_ident, raw) == code


@given(st.text())
def test_parse_ident_never_returns_whitespace(raw):
    try:
        result = parse_ident(raw)
    except CellError:
        return
    assert result is None or (result and not any(c.isspace() or c in ZW for c in result))


# --- parse_id_number --------------------------------------------------------------------------


def test_parse_id_number_valid():
    assert parse_id_number("11010519491231002X", today=TODAY) == IdInfo("11010519491231002X", date(1949, 12, 31), "女")
    assert parse_id_number("440304198511201235", today=TODAY) == IdInfo("440304198511201235", date(1985, 11, 20), "男")


@pytest.mark.parametrize(
    "raw",
    [
        "11010519491231002x",
        " 110105 19491231 002X ",
        "\u300011010519491231002X\u200b",
        "１１０１０５１９４９１２３１００２Ｘ",
    ],
)
def test_parse_id_number_cleans(raw):
    assert parse_id_number(raw, today=TODAY).number == "11010519491231002X"


def test_parse_id_number_empty():
    assert parse_id_number("") is None
    assert parse_id_number(None) is None
    assert parse_id_number(" \u3000") is None


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (1.10101199001011e17, "id_numeric"),  # Excel cut it to 15 significant digits
        (110101199001011000, "id_numeric"),
        (123.0, "id_numeric"),
        ("1.10101E+17", "id_numeric"),
        ("11010519491231002", "id_length"),
        ("110105194912310021X", "id_length"),
        ("110105491231002", "id_length"),  # first-generation 15-digit ID
        ("11010519491231002Y", "id_chars"),
        ("X10105194912310021", "id_chars"),
        ("110105194913310020", "id_birth_date"),  # month 13
        ("110105190002290020", "id_birth_date"),  # 1900 was not a leap year
        ("110105189912310020", "id_birth_date"),  # before 1900
        ("110105202612010020", "id_birth_date"),  # after today
        ("110101199001011000", "id_checksum"),  # text ID whose end Excel replaced with 000
        ("110105194912310021", "id_checksum"),
    ],
)
def test_parse_id_number_errors(raw, code):
    assert error_code(parse_id_number, raw, today=TODAY) == code


def test_parse_id_number_birth_date_bounds():
    first = "110105" + "19000101" + "001"
    assert parse_id_number(first + check_digit(first), today=TODAY).birth_date == date(1900, 1, 1)
    born_today = "110105" + TODAY.strftime("%Y%m%d") + "001"
    assert parse_id_number(born_today + check_digit(born_today), today=TODAY).birth_date == TODAY


@st.composite
def resident_ids(draw) -> tuple[str, date]:
    area = draw(st.integers(110000, 829999))
    birth = draw(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
    sequence = draw(st.integers(0, 999))
    first17 = f"{area:06d}{birth:%Y%m%d}{sequence:03d}"
    return first17 + check_digit(first17), birth


@given(resident_ids())
def test_generated_ids_parse(case):
    number, birth = case
    info = parse_id_number(number, today=TODAY)
    assert info == IdInfo(number, birth, "男" if int(number[16]) % 2 else "女")
    assert parse_id_number(number.lower(), today=TODAY) == info


@given(resident_ids(), st.sampled_from("0123456789X"))
def test_flipped_check_digit_fails(case, other):
    number, _ = case
    if other == number[17]:
        other = "X" if number[17] != "X" else "0"
    assert error_code(parse_id_number, number[:17] + other, today=TODAY) == "id_checksum"


# --- parse_phone ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("13812345678", "13812345678"),
        (13812345678.0, "13812345678"),
        (13812345678, "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("138 1234 5678", "13812345678"),
        ("(138)12345678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("+86-13812345678", "13812345678"),
        ("008613812345678", "13812345678"),
        ("8613812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("\u300013812345678\u200b", "13812345678"),
        ("19912345678", "19912345678"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("(010)62345678", "010-62345678"),
        ("021 5123 4567", "021-51234567"),
        ("0755-23456789", "0755-23456789"),
        ("0571-8765432", "0571-8765432"),
        ("62345678", "62345678"),
        ("8765432", "8765432"),
        (62345678.0, "62345678"),
        ("", None),
        (None, None),
    ],
)
def test_parse_phone(raw, expected):
    assert parse_phone(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "12812345678",  # 12x is not a mobile prefix
        "1381234567",
        "1381234",  # a mobile cut short, not a local line
        "12345678",
        "138123456789",
        "010-12345678-123",  # extensions are not kept
        "010-12345678转123",
        "13812345678/13987654321",
        "123456",
        "+8601012345678",
        "abc",
        1381234567.5,
        -13812345678.0,
        True,
        date(2026, 1, 1),
    ],
)
def test_parse_phone_errors(raw):
    assert error_code(parse_phone, raw) == "phone_invalid"


# --- parse_money ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "unit", "expected"),
    [
        (12345.67, YUAN, 1234567),
        (1001.0, YUAN, 100100),
        (0.30000000000000004, YUAN, 30),  # 0.1 + 0.2
        (0.1 + 0.2, YUAN, 30),
        (1.005, YUAN, 101),  # half up on the decimal the user typed, not on 1.00499999…
        (2.675, YUAN, 268),
        (5000.005, YUAN, 500001),
        (-5000.005, YUAN, -500001),
        (0.004, YUAN, 0),
        (0.005, YUAN, 1),
        (123.4567, WAN, 123456700),
        (0.000001, WAN, 1),
        (100_000_000_000.0, YUAN, 100_000_000_000_00),  # exactly the limit, 1000亿元
        ("-100000000000", YUAN, -100_000_000_000_00),
        (12, YUAN, 1200),
        (12, WAN, 12_000_000),
        ("12345.67", YUAN, 1234567),
        ("  12345.67 ", YUAN, 1234567),
        ("-1234.5", YUAN, -123450),
        ("+3", YUAN, 300),
        ("0.125", YUAN, 13),
        ("-0.125", YUAN, -13),
        (".5", YUAN, 50),
        ("12.", YUAN, 1200),
        ("1,234,567.89", YUAN, 123456789),
        ("1，234.5", YUAN, 123450),
        ("(1,234.50)", YUAN, -123450),
        ("（1,234.50）", YUAN, -123450),
        ("¥1,234.50", YUAN, 123450),
        ("￥1,234.50", YUAN, 123450),
        ("-¥12", YUAN, -1200),
        ("¥-12", YUAN, -1200),
        ("RMB 1,234", YUAN, 123400),
        ("rmb1234", YUAN, 123400),
        ("CNY 12.30", YUAN, 1230),
        ("12.30 CNY", YUAN, 1230),
        ("1 234 567.00", YUAN, 123456700),
        ("1234.5元", YUAN, 123450),
        ("123.4567万", YUAN, 123456700),
        ("123.4567万元", YUAN, 123456700),
        ("123.4567 万元", WAN, 123456700),
        ("123.4567", WAN, 123456700),
        ("500元", WAN, 50000),  # the cell's own unit wins over the column's
        ("(12.5万)", YUAN, -12500000),
        ("１２３.４", YUAN, 12340),
        (f"\u3000{ZW}12.5\u3000", YUAN, 1250),
        ("-", YUAN, 0),
        ("--", YUAN, 0),
        ("—", YUAN, 0),
        ("－", YUAN, 0),
        ("-0", YUAN, 0),
        ("", YUAN, None),
        ("\u3000 ", YUAN, None),
        (None, YUAN, None),
        ("0.004999999999999999999999999999999999999999", YUAN, 0),  # exact, however long
    ],
)
def test_parse_money(raw, unit, expected):
    result = parse_money(raw, unit)
    assert result == expected
    assert result is None or type(result) is int


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("abc", "not_a_number"),
        ("12a", "not_a_number"),
        ("1.2.3", "not_a_number"),
        ("1,23", "not_a_number"),  # not thousands grouping: 1.23 or 123?
        ("1e5", "not_a_number"),
        ("1.5E+3", "not_a_number"),
        ("1_000", "not_a_number"),
        ("2026-10-31", "not_a_number"),
        ("#N/A", "not_a_number"),
        ("#DIV/0!", "not_a_number"),
        ("NaN", "not_a_number"),
        ("Infinity", "not_a_number"),
        ("(12", "not_a_number"),
        ("(-12)", "not_a_number"),
        ("--12", "not_a_number"),
        ("12万元元", "not_a_number"),
        ("12%", "not_a_number"),
        ("١٢٣", "not_a_number"),  # Arabic-Indic digits
        (True, "not_a_number"),
        (float("nan"), "not_a_number"),
        (date(2026, 10, 31), "not_a_number"),
        (datetime(2026, 10, 31, 8), "not_a_number"),
        (time(8, 0), "not_a_number"),
        (timedelta(days=1), "not_a_number"),
        (100_000_000_000.02, "amount_too_large"),
        (-1e12, "amount_too_large"),
        (float("inf"), "amount_too_large"),
        (10**12, "amount_too_large"),
        ("100000000000.01", "amount_too_large"),
        ("10000001万", "amount_too_large"),
    ],
)
def test_parse_money_errors(raw, code):
    assert error_code(parse_money, raw, YUAN) == code


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_money_text_round_trips_exactly(amount):
    assert parse_money(str(amount), YUAN) == int(amount * 100)
    assert parse_money(f"{amount:,}", YUAN) == int(amount * 100)


@given(st.decimals(min_value=-(10**5), max_value=10**5, places=6, allow_nan=False, allow_infinity=False))
def test_wan_text_round_trips_exactly(amount):
    assert parse_money(str(amount), WAN) == int(amount * WAN)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.sampled_from([YUAN, WAN]))
def test_float_fast_path_agrees_with_decimal_half_up(value, unit):
    expected = int((Decimal(repr(value)) * unit).to_integral_value(rounding=ROUND_HALF_UP))
    if abs(expected) > 100_000_000_000_00:
        assert error_code(parse_money, value, unit) == "amount_too_large"
    else:
        assert parse_money(value, unit) == expected


# --- parse_date -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (date(2026, 10, 31), date(2026, 10, 31)),
        (datetime(2026, 10, 31, 14, 5), date(2026, 10, 31)),
        (45961, date(2025, 10, 31)),
        (45961.0, date(2025, 10, 31)),
        (45961.75, date(2025, 10, 31)),  # a serial with a time of day
        (1, date(1900, 1, 1)),
        (59, date(1900, 2, 28)),
        (61, date(1900, 3, 1)),
        (2958465, date(9999, 12, 31)),
        (20261031, date(2026, 10, 31)),
        (20261031.0, date(2026, 10, 31)),
        ("2026-10-31", date(2026, 10, 31)),
        ("2026/10/31", date(2026, 10, 31)),
        ("2026.10.31", date(2026, 10, 31)),
        ("2026-1-5", date(2026, 1, 5)),
        ("2026年10月31日", date(2026, 10, 31)),
        ("2026年10月31号", date(2026, 10, 31)),
        ("2026 年 10 月 31 日", date(2026, 10, 31)),
        ("2026年1月5日", date(2026, 1, 5)),
        ("20261031", date(2026, 10, 31)),
        ("2026-10-31 14:05:00", date(2026, 10, 31)),
        ("2026/10/31 14:05", date(2026, 10, 31)),
        ("2026-10-31T14:05:00", date(2026, 10, 31)),
        ("2026-10-31 00:00:00.000", date(2026, 10, 31)),
        ("2026年10月31日 14:05", date(2026, 10, 31)),
        ("２０２６－１０－３１", date(2026, 10, 31)),
        ("\u30002026-10-31\u200b", date(2026, 10, 31)),
        ("9999-12-31", date(9999, 12, 31)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("01/05/26", "date_ambiguous"),
        ("10/31/2026", "date_ambiguous"),
        ("31-10-2026", "date_ambiguous"),
        ("31.10.2026", "date_ambiguous"),
        ("26-10-31", "date_ambiguous"),
        ("26年10月31日", "date_ambiguous"),
        ("10/31/2026 14:05", "date_ambiguous"),
        ("2026-02-30", "not_a_date"),
        ("2026-13-01", "not_a_date"),
        ("20260230", "not_a_date"),
        ("2026-10", "not_a_date"),
        ("2026-10/31", "not_a_date"),
        ("2026-10-31 25:00", "not_a_date"),
        ("abc", "not_a_date"),
        ("#N/A", "not_a_date"),
        (60, "not_a_date"),  # Excel's invented 1900-02-29
        (0, "not_a_date"),
        (-5.0, "not_a_date"),
        (2958466, "not_a_date"),
        (20260230, "not_a_date"),
        (20261031.5, "not_a_date"),
        (float("nan"), "not_a_date"),
        (True, "not_a_date"),
        (time(14, 5), "not_a_date"),
        (timedelta(hours=3), "not_a_date"),
    ],
)
def test_parse_date_errors(raw, code):
    assert error_code(parse_date, raw) == code


# --- parse_count, parse_flag ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12", 12),
        (12.0, 12),
        (12, 12),
        (0, 0),
        ("1,234", 1234),
        ("12笔", 12),
        ("12 次", 12),
        ("12.0", 12),
        ("１２", 12),
        ("", None),
        (None, None),
    ],
)
def test_parse_count(raw, expected):
    assert parse_count(raw) == expected


@pytest.mark.parametrize("raw", [12.5, -1, -1.0, "-1", "12.5", "abc", "1,23", True, float("nan"), date(2026, 1, 1)])
def test_parse_count_errors(raw):
    assert error_code(parse_count, raw) == "not_a_count"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        *[(v, True) for v in ("是", "Y", "y", "YES", "Yes", "true", "TRUE", "1", "有", "代发", "✓", "√", " 是 ", "Ｙ")],
        *[(v, False) for v in ("否", "N", "no", "False", "0", "无", "非代发", "未代发", "×", "✗")],
        (1.0, True),
        (0.0, False),
        (1, True),
        (0, False),
        (True, True),
        (False, False),
        ("", None),
        (None, None),
    ],
)
def test_parse_flag(raw, expected):
    assert parse_flag(raw) is expected


@pytest.mark.parametrize("raw", ["maybe", "2", 2.0, 0.5, "是否", "x", date(2026, 1, 1)])
def test_parse_flag_errors(raw):
    assert error_code(parse_flag, raw) == "not_a_flag"


# --- parse_period, period_from_text -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (date(2026, 10, 5), "2026-10"),
        (datetime(2026, 10, 31, 23, 59), "2026-10"),
        ("2026-10", "2026-10"),
        ("2026/10", "2026-10"),
        ("2026.10", "2026-10"),
        ("2026-1", "2026-01"),
        ("202610", "2026-10"),
        ("2026年10月", "2026-10"),
        ("2026年1月份", "2026-01"),
        ("2026年10月31日", "2026-10"),
        ("2026-10-31", "2026-10"),
        ("2026-10-15", "2026-10"),
        ("20261031", "2026-10"),
        ("２０２６－１０", "2026-10"),
        (202610, "2026-10"),
        (202610.0, "2026-10"),
        (20261031, "2026-10"),
        (20261031.0, "2026-10"),
        (45961, "2025-10"),
        ("", None),
        (None, None),
    ],
)
def test_parse_period(raw, expected):
    assert parse_period(raw) == expected


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("2026-13", "2026-13"),
        ("1999-12", "1999-12"),
        ("2100-01", "2100-01"),
        (202613, "202613"),
        (202613.0, "202613"),
        ("2026.1", "2026.1"),  # may be the number 2026.10 with its trailing zero lost
        (2026.1, "2026.1"),
        ("2026-02-30", "2026-02-30"),
        ("十月", "十月"),
        (date(1999, 12, 31), "1999-12-31"),
        (True, "True"),
    ],
)
def test_parse_period_errors(raw, shown):
    with pytest.raises(CellError) as caught:
        parse_period(raw)
    assert (caught.value.code, caught.value.params) == ("period_invalid", {"value": shown})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026年10月个人客户资产明细", "2026-10"),
        ("数据日期：2026-10-31", "2026-10"),
        ("统计月份:2026/10", "2026-10"),
        ("客户资产_202610.xlsx", "2026-10"),
        ("客户资产_2026_10.xlsx", "2026-10"),
        ("2026-10月末", "2026-10"),
        ("2026.10", "2026-10"),
        ("20261031", "2026-10"),
        ("截至20261031客户明细", "2026-10"),
        ("２０２６年１０月", "2026-10"),
        ("2026年10月个人客户（数据日期2026-10-31）", "2026-10"),  # the same month twice
        ("客户号1202610001", None),  # inside a longer run of digits
        ("2026年10月至2026年11月", None),  # two different months
        ("202610_202611.xlsx", None),
        ("10/31/2026", None),  # year last: not guessed
        ("2026-13", None),
        ("1999年12月", None),
        ("个人客户资产明细", None),
        ("", None),
    ],
)
def test_period_from_text(text, expected):
    assert period_from_text(text) == expected


# --- error values and total rows --------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    ["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"]
    + ["#n/a", " #N/A\u3000", "＃Ｎ／Ａ", "＃ＤＩＶ／０！"],
)
def test_is_error_value(raw):
    assert is_error_value(raw)


@pytest.mark.parametrize("raw", ["N/A", "#", "#1", "", None, 0.0, "C001"])
def test_is_not_error_value(raw):
    assert not is_error_value(raw)


@pytest.mark.parametrize(
    "raw",
    ["合计", "总计", "小计", "合计：", "合计:", "本页合计", "Total", "TOTAL", "subtotal"]
    + ["合 计", "总\u3000计", "Grand Total", "\u3000合计\u200b"],
)
def test_is_total_label(raw):
    assert is_total_label(raw)


@pytest.mark.parametrize("raw", ["张三", "合计金额", "C001", "", None, 0.0, "totally"])
def test_is_not_total_label(raw):
    assert not is_total_label(raw)
