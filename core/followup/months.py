"""Which months a follow-up figure can be computed for, and the tiers it needs.

Scorecards and effectiveness read the tiers ``recompute`` stores per month (``customer_tiers``);
``committed_month`` makes sure they are there and current before a figure is read.
"""

from __future__ import annotations

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import CTX, FollowupRefused
from core.followup.workdays import check_period
from core.i18n import QT_TRANSLATE_NOOP
from core.risk.base import committed_periods
from core.risk.compute import ensure_computed


def committed_month(db: Database, actor: Actor, period: str) -> tuple[str | None, list[str]]:
    """The month loaded before ``period`` (None for the first) and every loaded month, oldest first.

    Computes the tiers of ``period`` and of the month before if they are missing or stale.
    :raises FollowupRefused: a malformed month, or one with no imported data (naming those that have)
    """
    check_period(period)
    periods = committed_periods(db)
    if period not in periods:
        raise FollowupRefused(
            "unknown_period",
            QT_TRANSLATE_NOOP(CTX, "没有 {period} 的已导入数据。已有的月份：{valid}"),
            period=period,
            valid="、".join(periods) or QT_TRANSLATE_NOOP(CTX, "（尚未导入任何月份）"),
        )
    index = periods.index(period)
    previous = periods[index - 1] if index else None
    for month in (previous, period):
        if month is not None:
            ensure_computed(db, actor, month)
    return previous, periods
