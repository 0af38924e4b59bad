"""Masking, checked over many generated values: a mask depends only on the shown characters, never the hidden ones.

"Never contains the hidden digits" is tested in its strongest form: two values that differ only in
hidden positions mask to the same text, so nothing about the hidden digits can be read from a mask.
Malformed values are masked completely.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.privacy import mask_card, mask_free_text, mask_id_number, mask_mobile, mask_name

DIGITS = "0123456789"
digits = st.text(alphabet=DIGITS, min_size=1, max_size=1)
id_numbers = st.builds(lambda body, last: body + last, st.text(DIGITS, min_size=17, max_size=17),
                       st.sampled_from(DIGITS + "X"))
mobiles = st.builds(lambda rest: "1" + rest, st.text(DIGITS, min_size=10, max_size=10))
cards = st.integers(min_value=12, max_value=19).flatmap(lambda n: st.text(DIGITS, min_size=n, max_size=n))
SETTINGS = settings(max_examples=300, deadline=None)


def _replace(value: str, start: int, end: int, new: str) -> str:
    return value[:start] + new + value[end:]


@SETTINGS
@given(id_numbers, st.text(DIGITS, min_size=13, max_size=13))
def test_an_id_number_shows_only_its_first_and_last_four(number, other_middle):
    masked = mask_id_number(number)
    assert masked == number[0] + "*" * 13 + number[-4:]
    assert mask_id_number(_replace(number, 1, 14, other_middle)) == masked


@SETTINGS
@given(mobiles, st.text(DIGITS, min_size=4, max_size=4))
def test_a_mobile_shows_only_its_first_three_and_last_four(mobile, other_middle):
    masked = mask_mobile(mobile)
    assert masked == mobile[:3] + "****" + mobile[-4:]
    assert mask_mobile(_replace(mobile, 3, 7, other_middle)) == masked


@SETTINGS
@given(cards, st.data())
def test_a_card_shows_only_its_first_six_and_last_four(card, data):
    masked = mask_card(card)
    hidden = len(card) - 10
    assert masked == card[:6] + "*" * hidden + card[-4:]
    other = data.draw(st.text(DIGITS, min_size=hidden, max_size=hidden))
    assert mask_card(_replace(card, 6, 6 + hidden, other)) == masked


@SETTINGS
@given(st.text(max_size=30))
def test_a_malformed_id_number_is_masked_completely(text):
    if re.fullmatch(r"\d{17}[\dX]", text.strip().upper()):
        return
    assert set(mask_id_number(text)) <= {"*"}


@SETTINGS
@given(st.text(max_size=30))
def test_a_malformed_card_number_is_masked_completely(text):
    if re.fullmatch(r"\d{12,19}", re.sub(r"\s", "", text)):
        return
    assert set(mask_card(text)) <= {"*"}


@SETTINGS
@given(st.text(max_size=30))
def test_any_other_phone_shows_at_most_its_last_four_digits(text):
    if re.fullmatch(r"1\d{10}", text.strip()):
        return
    masked = mask_mobile(text)
    shown = re.sub(r"\D", "", masked)
    assert len(shown) <= 4
    assert shown == re.sub(r"\D", "", text)[-len(shown):] if shown else True


@SETTINGS
@given(st.text(alphabet=st.sampled_from(list(DIGITS + "０１２３４５６７８９ X-张三：,")), max_size=80))
def test_free_text_never_keeps_a_run_of_seven_digits(text):
    masked = mask_free_text(text, limit=1000)
    assert not re.search(r"\d{7,}", masked)


@SETTINGS
@given(id_numbers, mobiles, cards, st.text(max_size=10))
def test_identifiers_inside_free_text_are_hidden(number, mobile, card, words):
    masked = mask_free_text(f"{words}证件{number}，电话{mobile}，卡号{card}{words}", limit=1000)
    for secret in (number[:-1], mobile, card):  # an ID's last character may be X, which is not a digit
        assert secret not in masked


@SETTINGS
@given(st.text(min_size=1, max_size=8).filter(lambda s: s.strip() != ""))
def test_a_name_keeps_at_most_its_first_and_last_character(name):
    masked, text = mask_name(name), name.strip()
    if len(text) == 1:
        assert masked == "*"
    elif len(text) == 2:
        assert masked == text[0] + "*"
    else:
        assert masked == text[0] + "*" * (len(text) - 2) + text[-1]


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("回访电话138-1234-5678", "回访电话***-****-5678"),
        ("138 1234 5678", "*** **** 5678"),
        ("卡号 6222 0212 3456 7890", "卡号 **** **** **** 7890"),
        ("证件 110105 19491231 002X", "证件 ****** ******** 002X"),
        ("2026-11-28 到期，金额 1,234,567.00 元", "2026-11-28 到期，金额 1,234,567.00 元"),  # dates and money stay
    ],
)
def test_identifiers_typed_in_groups_are_masked_in_free_text(typed, shown):
    assert mask_free_text(typed) == shown


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True), st.sampled_from([" ", "-"]))
def test_a_grouped_mobile_never_shows_its_first_seven_digits(mobile, sep):
    masked = mask_free_text(f"客户说换号了：{mobile[:3]}{sep}{mobile[3:7]}{sep}{mobile[7:]}。")
    assert mobile[:7] not in masked.replace(sep, "") and masked.endswith(f"{mobile[7:]}。")
