"""Which month a report or export is about, the month before it, and the branch it is for."""

from __future__ import annotations

import re

from sqlite_utils import Database

from core.i18n import QT_TRANSLATE_NOOP
from core.reports.refused import ReportRefused
from core.risk.base import committed_periods

CTX = "Reports"
PERIOD = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
BAD_PERIOD = QT_TRANSLATE_NOOP(CTX, "月份应为 YYYY-MM 格式，如 2026-10；收到「{value}」。")
UNKNOWN_PERIOD = QT_TRANSLATE_NOOP(CTX, "没有 {period} 的已导入数据。已有的月份：{valid}")
NO_DATA = QT_TRANSLATE_NOOP(CTX, "还没有导入任何月度数据，无法生成报表。请先导入客户清单。")
DEFAULT_BRANCH = QT_TRANSLATE_NOOP(CTX, "本网点")


def resolve_period(db: Database, period: str | None) -> tuple[str, list[str]]:
    """``period`` checked (default: the latest committed month) and every committed month, oldest first.

    :raises ReportRefused: ``bad_period``, ``unknown_period`` or ``no_data``
    """
    if period is not None and not PERIOD.fullmatch(period.strip()):
        raise ReportRefused("bad_period", BAD_PERIOD, value=period)
    periods = committed_periods(db)
    if not periods:
        raise ReportRefused("no_data", NO_DATA)
    chosen = period.strip() if period else periods[-1]
    if chosen not in periods:
        raise ReportRefused("unknown_period", UNKNOWN_PERIOD, period=chosen, valid="、".join(periods))
    return chosen, periods


def previous_period(periods: list[str], period: str) -> str | None:
    """The committed month before ``period`` (the report's 上月), or None for the first month."""
    index = periods.index(period)
    return periods[index - 1] if index > 0 else None


def period_label(period: str) -> str:
    """ "2026-10" as 2026年10月."""
    return f"{period[:4]}年{int(period[5:])}月"


def branch_name(db: Database, period: str) -> str:
    """The branch most of the month's customers belong to (as the files name it), or 本网点."""
    row = db.execute(
        """select branch from snapshots where period = ? and branch is not null and branch != ''
           group by branch order by count(*) desc, branch limit 1""",
        [period],
    ).fetchone()
    if row is None:
        row = db.execute(
            "select branch from customers where branch is not null and branch != '' group by branch order by count(*) desc limit 1"
        ).fetchone()
    return str(row[0]) if row else DEFAULT_BRANCH
