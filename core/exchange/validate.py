"""Checking a decrypted payload's shape before anything is written.

The package was authenticated (only someone with the password could make it), but it may come from
another version of Liuke; a record of the wrong shape stops the import before it starts, with the
database untouched. Coded values (channels, statuses) are checked by the tables' own constraints
inside the import's transaction, which then rolls back.
"""

from __future__ import annotations

import re
from typing import Any

from core.exchange.model import CTX, KINDS, ExchangeRefused
from core.i18n import QT_TRANSLATE_NOOP

MAX_RECORDS = 2_000_000
_UID = re.compile(r"^[0-9a-f-]{8,64}$")
S, OS, I = "text", "text or none", "integer"  # noqa: E741 - short names keep the shapes readable
STAFF = {"no": OS, "name": S, "role": OS}
VALUES = {"staff": STAFF, "visited_at": S, "channel": S, "purpose": S, "attitude": S, "reasons": S, "competitor": OS,
          "summary": OS, "next_on": OS}  # fmt: skip
SHAPES: dict[str, dict[str, Any]] = {
    "contacts": {
        "uid": "uid", "origin": OS, "customer_no": S, "values": VALUES, "warning": OS, "revision": I, "created_by": S,
        "created_at": S, "updated_by": S, "updated_at": S,
        "history": [{"revision": I, "values": VALUES, "edited_by": S, "edited_at": S}],
    },
    "feedback": {
        "uid": "uid", "origin": OS, "customer_no": S, "visit": OS, "category": S, "text": S, "raised_by": STAFF,
        "raised_on": S, "status": S, "forwarded_to": OS, "forwarded_on": OS, "answer": OS, "answered_on": OS,
        "closed_on": OS, "created_by": S, "created_at": S, "updated_by": S, "updated_at": S,
        "events": [{"uid": "uid", "from_status": OS, "to_status": S, "on_date": S, "forwarded_to": OS, "answer": OS,
                    "note": OS, "actor": S, "at": S}],
    },
    "warnings": {
        "customer_no": S, "first_period": S, "last_period": S, "status": S, "closed_reason": OS, "updated_by": S,
        "updated_at": S,
        "events": [{"uid": "uid", "origin": OS, "from_status": OS, "to_status": S, "note": OS, "actor": S, "at": S}],
    },
    "assignments": {
        "uid": "uid", "origin": OS, "customer_no": S, "from": (STAFF, None), "to": (STAFF, None), "effective_on": S,
        "source": S, "handover": OS, "actor": S, "recorded_at": S, "previous": OS,
    },
    "handovers": {
        "uid": "uid", "origin": OS, "from": STAFF, "to": STAFF, "customers": I, "open_warnings": I, "due_followups": I,
        "note": OS, "actor": S, "at": S,
    },
}  # fmt: skip


def validate_payload(payload: dict[str, Any]) -> int:
    """Check every record's shape; return how many records the payload holds.

    :raises ExchangeRefused: a record is missing a field or has one of the wrong type
    """
    total = 0
    for kind in KINDS:
        records = payload.get(kind, [])
        if not isinstance(records, list):
            raise _bad(kind)
        total += len(records)
        if total > MAX_RECORDS:
            raise ExchangeRefused(
                QT_TRANSLATE_NOOP(CTX, "交换包中的记录超过 {n} 条的上限，未导入（未作任何修改）。"), code="too_large", n=MAX_RECORDS
            )
        for record in records:
            if not _fits(record, SHAPES[kind]):
                raise _bad(kind)
    return total


def _fits(value: Any, shape: Any) -> bool:
    if shape == S:
        return isinstance(value, str) and len(value) <= 100_000
    if shape == OS:
        return value is None or (isinstance(value, str) and len(value) <= 100_000)
    if shape == I:
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**62
    if shape == "uid":
        return isinstance(value, str) and bool(_UID.match(value))
    if isinstance(shape, tuple):
        return any(value is None if option is None else _fits(value, option) for option in shape)
    if isinstance(shape, list):
        return isinstance(value, list) and all(_fits(v, shape[0]) for v in value)
    if isinstance(shape, dict):
        return isinstance(value, dict) and all(_fits(value.get(key), sub) for key, sub in shape.items())
    return False


def _bad(kind: str) -> ExchangeRefused:
    return ExchangeRefused(
        QT_TRANSLATE_NOOP(CTX, "交换包中的「{kind}」记录格式不对（可能来自不同版本的留客），未导入（未作任何修改）。"),
        code="bad_payload", kind=kind,
    )  # fmt: skip
