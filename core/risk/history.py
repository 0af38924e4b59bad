"""What a warning rule sees: one customer's recent monthly history, newest month first.

``History.months[k]`` is the customer's snapshot k loaded months before the judged period
(None where the customer was not in that month's file). A field that is None means the
month's file had no such column (or the cell was blank): rules never treat it as zero.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

FEEDBACK_NEGATIVE = ("move_money", "complaint")  # contact outcomes that raise negative_feedback


@dataclass(frozen=True, slots=True)
class Month:
    """One customer's figures at one month end; money in 分."""

    aum_fen: int
    time_deposit_fen: int | None = None
    wealth_fen: int | None = None
    transfer_out_fen: int | None = None
    maturity_date: str | None = None  # ISO date of the nearest maturity of a time deposit or product
    ebank_txn_count: int | None = None
    payroll: int | None = None  # 1 yes, 0 no


@dataclass(frozen=True, slots=True)
class Feedback:
    """The latest recorded contact with a customer (filled in by the contact records of issue 4)."""

    contacted_on: str  # ISO date
    outcome: str  # "move_money", "complaint", or any other code (e.g. "satisfied")
    resolved: bool
    note: str = ""


@dataclass(frozen=True)
class History:
    """One customer's last few loaded months, newest first, as of ``period``."""

    period: str  # "YYYY-MM" being judged
    periods: tuple[str, ...]  # periods[k]: the k-th loaded month back (periods[0] == period)
    months: tuple[Month | None, ...]  # same length as periods
    feedback: Feedback | None = None

    def __post_init__(self) -> None:
        if len(self.periods) != len(self.months) or not self.periods or self.periods[0] != self.period:
            raise ValueError("periods and months must line up, newest (the judged period) first")

    def at(self, lag: int) -> Month | None:
        """The month ``lag`` loaded months back, or None (absent, or before the loaded history)."""
        return self.months[lag] if lag < len(self.months) else None

    def aum(self, lag: int) -> int | None:
        """AUM ``lag`` months back, or None if absent."""
        month = self.at(lag)
        return None if month is None else month.aum_fen

    def values(self, name: str, lags: range) -> list[int]:
        """The known values of field ``name`` over ``lags`` (absent months and missing columns skipped)."""
        out = []
        for lag in lags:
            month = self.at(lag)
            value = None if month is None else getattr(month, name)
            if value is not None:
                out.append(value)
        return out

    @property
    def month_end(self) -> date:
        """The last day of the judged month (the data date of its file)."""
        return period_end(self.period)


def period_end(period: str) -> date:
    """The last day of "YYYY-MM"."""
    year, month = int(period[:4]), int(period[5:7])
    return date(year, month, calendar.monthrange(year, month)[1])


def history_of(period: str, months: Sequence[Month | dict | None], *, feedback: Feedback | None = None) -> History:
    """Build a History from ``months`` given newest first (dicts are turned into Month), for tests and tools.

    The periods are the calendar months counting back from ``period``.
    """
    year, month = int(period[:4]), int(period[5:7])
    index = year * 12 + month - 1
    periods = tuple(f"{(index - k) // 12:04d}-{(index - k) % 12 + 1:02d}" for k in range(len(months)))
    built = tuple(Month(**m) if isinstance(m, dict) else m for m in months)
    return History(period, periods, built, feedback)
