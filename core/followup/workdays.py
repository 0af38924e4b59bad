"""Dates for follow-up work: working days (Monday to Friday), month bounds, and the stored time format.

There is no holiday calendar: 国庆, 春节 and the weekend days swapped around them count as ordinary
days. A deadline of three working days from a Friday is the Wednesday after.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta

from core.followup.codes import CTX, FollowupRefused
from core.i18n import QT_TRANSLATE_NOOP

_STAMP = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_PERIOD = re.compile(r"\d{4}-(0[1-9]|1[0-2])")


def is_working_day(day: date) -> bool:
    """Monday to Friday."""
    return day.weekday() < 5


def add_working_days(day: date, count: int) -> date:
    """The date ``count`` working days after ``day`` (``day`` itself does not count)."""
    current = day
    left = count
    while left > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            left -= 1
    return current


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` is not after ``start``)."""
    if end <= start:
        return 0
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * 5
    for k in range(1, rest + 1):
        if is_working_day(start + timedelta(days=weeks * 7 + k)):
            count += 1
    return count


def month_bounds(period: str) -> tuple[date, date]:
    """The first and last day of "YYYY-MM"."""
    year, month = int(period[:4]), int(period[5:7])
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def check_period(period: str) -> str:
    """``period`` if it is YYYY-MM; raises FollowupRefused otherwise."""
    if not _PERIOD.fullmatch(period or ""):
        raise FollowupRefused(
            "bad_period", QT_TRANSLATE_NOOP(CTX, "月份应为 YYYY-MM 格式，如 2026-10；收到「{value}」。"), value=period
        )
    return period


def stamp(moment: datetime) -> str:
    """A time as stored: ISO 8601 to the second."""
    return moment.replace(microsecond=0).isoformat(timespec="seconds")


def parse_moment(value: datetime | date | str) -> datetime:
    """A contact time from "YYYY-MM-DD HH:MM", "YYYY-MM-DDTHH:MM[:SS]", "YYYY-MM-DD" (00:00) or a date/datetime."""
    if isinstance(value, datetime):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    match = _STAMP.fullmatch((value or "").strip())
    try:
        if match is None:
            raise ValueError(value)
        y, mo, d, h, mi, _s = match.groups()
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0))
    except ValueError:
        raise FollowupRefused(
            "bad_time",
            QT_TRANSLATE_NOOP(CTX, "时间应写成 YYYY-MM-DD HH:MM，如 2026-11-03 14:30；收到「{value}」。"),
            value=value,
        ) from None


def parse_day(value: date | str, what: str) -> date:
    """A date from "YYYY-MM-DD" (or a date); raises FollowupRefused naming ``what``."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat((value or "").strip())
    except ValueError:
        raise FollowupRefused(
            "bad_date",
            QT_TRANSLATE_NOOP(CTX, "{what}应写成 YYYY-MM-DD，如 2026-11-10；收到「{value}」。"),
            what=what,
            value=value,
        ) from None
