"""How C2 personal financial information (JR/T 0171-2020) is shown: masked by default.

One module decides the mask of every sensitive field; screens, exports, logs, error
messages and import issues all call it. A malformed value is masked completely.
"""

from __future__ import annotations

import re

_ID18 = re.compile(r"^\d{17}[\dX]$")
_MOBILE = re.compile(r"^1\d{10}$")


def mask_id_number(value: str | None) -> str:
    """ID number: first 1 and last 4 characters shown (``1*************002X``)."""
    if not value:
        return ""
    text = str(value).strip().upper()
    if not _ID18.match(text):
        return "*" * min(len(text), 18) if text else ""
    return text[0] + "*" * 13 + text[-4:]


def mask_mobile(value: str | None) -> str:
    """Mobile: first 3 and last 4 digits (``138****5678``); other phone numbers: last 4 only."""
    if not value:
        return ""
    text = str(value).strip()
    if _MOBILE.match(text):
        return text[:3] + "****" + text[-4:]
    digits = re.sub(r"\D", "", text)
    if 7 <= len(digits) <= 20:
        return "*" * (len(digits) - 4) + digits[-4:]
    return "*" * min(len(text), 11)


def mask_card(value: str | None) -> str:
    """Card or account number: first 6 and last 4 digits."""
    if not value:
        return ""
    digits = re.sub(r"\s", "", str(value))
    if not digits.isdigit() or not 12 <= len(digits) <= 19:
        return "*" * min(len(digits), 19)
    return digits[:6] + "*" * (len(digits) - 10) + digits[-4:]


def mask_name(value: str | None) -> str:
    """Name: first and last character kept (``张*明``; two characters: ``张*``)."""
    if not value:
        return ""
    text = str(value).strip()
    if len(text) <= 1:
        return "*"
    if len(text) == 2:
        return text[0] + "*"
    return text[0] + "*" * (len(text) - 2) + text[-1]


# identifiers written in groups, as people type them (dates such as 2026-11-28 do not match)
_GROUPED = re.compile(
    r"(?<![\dA-Za-z])(?:1\d{2}[ -]\d{4}[ -]\d{4}"  # mobile 3-4-4
    r"|\d{4}(?:[ -]\d{4}){2,}(?:[ -]\d{1,4})?"  # card or account number in groups of four
    r"|\d{6}[ -]\d{8}[ -]\d{3}[\dXx])(?![\dA-Za-z])"  # ID number 6-8-4
)


def _keep_last_four(match: re.Match[str]) -> str:
    """The grouped number with every digit hidden but the last four (separators kept)."""
    text, keep, out = match.group(), 4, []
    for char in reversed(text):
        if char.isdigit() or char in "Xx":
            out.append(char if keep > 0 else "*")
            keep -= 1
        else:
            out.append(char)
    return "".join(reversed(out))


def mask_free_text(value: object, limit: int = 40) -> str:
    """Any other cell value shown in a message: long digit runs hidden, length capped.

    A cell in the wrong column may still hold an ID or card number, so every run of
    7 or more digits keeps only its last 4.
    """
    text = "" if value is None else str(value)
    text = _GROUPED.sub(_keep_last_four, text)  # 138-1234-5678, 6222 0212 3456 7890, 110105 19491231 002X
    text = re.sub(r"\d{7,}", lambda m: "*" * (len(m.group()) - 4) + m.group()[-4:], text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
