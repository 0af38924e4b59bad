"""Everything the monthly report shows, read once before any sheet is written."""

from __future__ import annotations

from dataclasses import dataclass

from core.reports.context import ReportContext
from core.reports.figures import (
    Leaver,
    MonthTotals,
    TierCount,
    WarningCounts,
    high_value_changes,
    leavers,
    migration,
    month_totals,
    reason_counts,
    tier_distribution,
    warning_counts,
)
from core.reports.period import previous_period
from core.reports.warnings_sheet import WarningRow, warning_rows


@dataclass(frozen=True)
class ReportData:
    """The month's figures and lists (``*_before``: the same for last month, for comparison)."""

    tiers: list[TierCount]
    tiers_before: list[TierCount]
    moves: dict[tuple[int, int], int]
    high_value_changes: tuple[int, int]  # (gained, lost)
    high_value_changes_before: tuple[int, int] | None
    warnings: WarningCounts
    warnings_before: WarningCounts | None
    leavers: list[Leaver]
    leavers_before: list[Leaver] | None
    trend: list[MonthTotals]  # up to 12 months ending with the report's month
    reasons: list[tuple[str, int, int]]  # (rule code, warnings, AUM at stake)
    warning_rows: list[WarningRow]


def collect(ctx: ReportContext) -> ReportData:
    """Read the month's figures and lists (the months must already be computed)."""
    db, period, previous = ctx.db, ctx.period, ctx.previous
    high = ctx.high_value_from
    before_previous = previous_period(list(ctx.periods), previous) if previous else None
    drop = ctx.cfg.left_drop_pct
    counts = warning_counts(db, period)
    assert counts is not None
    return ReportData(
        tiers=tier_distribution(db, period),
        tiers_before=tier_distribution(db, previous),
        moves=migration(db, previous, period),
        high_value_changes=high_value_changes(db, previous, period, high),
        high_value_changes_before=high_value_changes(db, before_previous, previous, high) if previous else None,
        warnings=counts,
        warnings_before=warning_counts(db, previous),
        leavers=leavers(db, previous, period, drop),
        leavers_before=leavers(db, before_previous, previous, drop) if previous else None,
        trend=month_totals(db, ctx.months12),
        reasons=reason_counts(db, period),
        warning_rows=warning_rows(ctx),
    )
