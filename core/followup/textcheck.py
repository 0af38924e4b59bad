"""Free text in records: a length limit, and a warning when it holds what must not be written down.

Managers type what customers say. An ID number, a card or account number or a phone number in a
summary spreads personal information into every report and backup; a 密码 or 验证码 must never be
recorded at all. ``check_text`` refuses text over the limit and returns findings for the rest: the
record is saved (the person may have a reason), and the caller shows the warning.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from core.followup.codes import CTX, FollowupRefused
from core.i18n import QT_TRANSLATE_NOOP

_ID = re.compile(r"(?<![0-9])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx](?![0-9])")
_CARD = re.compile(r"(?<![0-9])(?:\d[ -]?){11,18}\d(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?![0-9])")
_LANDLINE = re.compile(r"(?<![0-9])0\d{2,3}-?\d{7,8}(?![0-9])")
SECRET_WORDS = ("密码", "验证码", "动态码", "校验码", "口令", "安全码", "CVV", "cvv")
FINDINGS = {
    "id_number": QT_TRANSLATE_NOOP(CTX, "{field}中似乎有身份证号"),
    "card_number": QT_TRANSLATE_NOOP(CTX, "{field}中似乎有银行卡号或账号"),
    "phone": QT_TRANSLATE_NOOP(CTX, "{field}中似乎有电话号码"),
    "secret_word": QT_TRANSLATE_NOOP(CTX, "{field}中提到「{word}」：密码、验证码一律不得记录"),
}


@dataclass(frozen=True)
class TextFinding:
    """Something in a free-text field that should not be there; the record is still saved."""

    field: str  # the field's Chinese name, e.g. 摘要
    code: str  # id_number, card_number, phone, secret_word
    message: str


def check_text(field: str, text: str | None, limit: int) -> tuple[TextFinding, ...]:
    """Findings in ``text``; raises FollowupRefused (``too_long``) when it has more than ``limit`` characters.

    :param field: the field's Chinese name for the messages
    """
    if not text:
        return ()
    if len(text) > limit:
        raise FollowupRefused(
            "too_long",
            QT_TRANSLATE_NOOP(CTX, "{field}共 {length} 个字，超过上限 {limit} 个字，请精简后再保存。"),
            field=field,
            length=len(text),
            limit=limit,
        )
    return findings(field, text)


def findings(field: str, text: str) -> tuple[TextFinding, ...]:
    """Every kind of sensitive content found in ``text`` (each kind once)."""
    plain = unicodedata.normalize("NFKC", text)  # full-width digits are digits too
    found: list[TextFinding] = []
    ids = _ID.findall(plain)
    rest = _ID.sub(" ", plain)
    if ids:
        found.append(_finding(field, "id_number"))
    phones = _MOBILE.search(rest) or _LANDLINE.search(rest)
    rest = _LANDLINE.sub(" ", _MOBILE.sub(" ", rest))
    if _CARD.search(rest):
        found.append(_finding(field, "card_number"))
    if phones:
        found.append(_finding(field, "phone"))
    word = next((w for w in SECRET_WORDS if w in plain), None)
    if word:
        found.append(_finding(field, "secret_word", word=word))
    return tuple(found)


def _finding(field: str, code: str, **params: str) -> TextFinding:
    return TextFinding(field, code, FINDINGS[code].format(field=field, **params))
