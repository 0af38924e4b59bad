"""Does it work? Judge past months with the rules as they are now and check who really left.

For a past month P with at least ``horizon`` later months loaded, a customer judged in P
"left" if in any of the next ``horizon`` months they are missing from the list, or their AUM
is down by ≥ ``left_drop_pct`` against P (against their last month if they vanished in P).
For each rule and for the score: customers flagged, how many of them left, precision
(left ÷ flagged), recall (flagged leavers ÷ all leavers), lift (precision ÷ base rate), and the
top-decile lift of the score (leaving rate among the riskiest 10 % ÷ overall; ties at the
cut count in proportion). By default high-value customers only: the work list's population.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress
from core.risk.base import committed_periods
from core.risk.codes import RULE_CODES, RULE_NAMES
from core.risk.compute import PeriodAssessment, RiskRefused, assess_period
from core.risk.config import RiskConfig, load_config
from core.security.permissions import require

CTX = "Backtest"
STAGE = "risk_backtest"
SCORE_ROWS = {
    "score": QT_TRANSLATE_NOOP(CTX, "评分 > 0（任一规则触发）"),
    "level_medium": QT_TRANSLATE_NOOP(CTX, "风险等级 中 及以上"),
    "level_high": QT_TRANSLATE_NOOP(CTX, "风险等级 高"),
}


@dataclass(frozen=True)
class Case:
    """One customer judged in one month, and what happened next."""

    left: bool
    score: int
    level: str | None
    codes: frozenset[str]


@dataclass(frozen=True)
class Stats:
    """How one rule (or the score) did."""

    code: str  # a rule code, or "score", "level_medium", "level_high"
    label: str
    flagged: int
    left: int  # flagged customers who left
    precision: float | None  # None when nothing was flagged
    recall: float | None  # None when nobody left
    lift: float | None  # precision ÷ base rate


@dataclass(frozen=True)
class BacktestResult:
    """The backtest over one or more past months."""

    periods: tuple[str, ...]
    horizon: int
    all_tiers: bool
    cases: int  # customer-months judged
    left: int
    base_rate: float | None
    stats: tuple[Stats, ...]  # the rules, then the score rows
    top_decile_size: int
    top_decile_left: float  # expected leavers among the top decile (ties at the cut in proportion)
    top_decile_lift: float | None


def eligible_periods(periods: Sequence[str], horizon: int) -> list[str]:
    """Months with at least ``horizon`` later months loaded, oldest first."""
    return [p for i, p in enumerate(periods) if len(periods) - 1 - i >= horizon]


def run_backtest(
    db: Database,
    actor: Actor,
    period: str | None = None,
    *,
    all_tiers: bool = False,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> BacktestResult:
    """Backtest ``period``, or (default) every eligible month but the first, pooled. Writes nothing.

    :param all_tiers: judge every customer, not only the high-value ones
    :raises PermissionDenied: the role may not backtest (only a 主管 may)
    :raises RiskRefused: the month is unknown or has too few later months
    """
    require(actor, "risk.backtest")
    cfg = load_config(db)
    periods = committed_periods(db)
    eligible = eligible_periods(periods, cfg.horizon)
    if period is not None and period not in eligible:
        raise RiskRefused(
            QT_TRANSLATE_NOOP(
                CTX, "{period} 不能回测：回测需要该月之后至少 {horizon} 个月的数据。可回测的月份：{valid}"
            ),
            period=period,
            horizon=cfg.horizon,
            valid="、".join(eligible) or "（无）",
        )
    chosen = [period] if period else eligible[1:] or eligible
    if not chosen:
        raise RiskRefused(
            QT_TRANSLATE_NOOP(CTX, "数据不足，无法回测：至少需要 {n} 个月的数据（已有 {have} 个月）。"),
            n=cfg.horizon + 2,
            have=len(periods),
        )
    cases: list[Case] = []
    for done, p in enumerate(chosen):
        check_cancel(cancel)
        progress(Progress(done, len(chosen), STAGE))
        cases += period_cases(db, p, periods, cfg, all_tiers=all_tiers, cancel=cancel)
    progress(Progress(len(chosen), len(chosen), STAGE))
    return summarize(cases, tuple(chosen), cfg.horizon, all_tiers)


def period_cases(
    db: Database,
    period: str,
    periods: list[str],
    cfg: RiskConfig,
    *,
    all_tiers: bool,
    cancel: CancelToken | None = None,
) -> list[Case]:
    """Every customer judged in ``period`` (high-value only unless ``all_tiers``), labelled from the months after."""
    judged, labelled = labelled_population(db, period, periods, cfg, all_tiers=all_tiers, cancel=cancel)
    cases = []
    for row, left in labelled:
        found = judged.flagged.get(row[0])
        if found is None:
            cases.append(Case(left, 0, None, frozenset()))
        else:
            cases.append(Case(left, found.score, found.level, frozenset(found.codes)))
    return cases


def labelled_population(
    db: Database,
    period: str,
    periods: list[str],
    cfg: RiskConfig,
    *,
    all_tiers: bool,
    cancel: CancelToken | None = None,
) -> tuple[PeriodAssessment, list[tuple[tuple[Any, ...], bool]]]:
    """``period`` judged, and each customer's row of figures with whether they left within the horizon."""
    judged = assess_period(db, period, periods, cfg, cancel=cancel, with_population=True)
    at = {name: judged.names.index(name) for name in ("held", "a0", "a1")}
    start = periods.index(period) + 1
    future = [
        dict(db.execute("select customer_id, aum_fen from snapshots where period = ?", [p]).fetchall())
        for p in periods[start : start + cfg.horizon]
    ]
    labelled = []
    for row in judged.population or []:
        if not all_tiers and row[at["held"]] < cfg.tiers.high_value_from:
            continue
        ref = row[at["a0"]] if row[at["a0"]] is not None else row[at["a1"]]
        left = any(
            row[0] not in month
            or (ref is not None and ref > 0 and month[row[0]] * 100 <= (100 - cfg.left_drop_pct) * ref)
            for month in future
        )
        labelled.append((row, left))
    return judged, labelled


def summarize(cases: Sequence[Case], periods: tuple[str, ...], horizon: int, all_tiers: bool) -> BacktestResult:
    """The figures for ``cases`` (pure: the hand-checked tests call this directly)."""
    total, left = len(cases), sum(c.left for c in cases)
    base_rate = left / total if total else None
    groups: list[tuple[str, str, list[Case]]] = [
        (code, RULE_NAMES[code], [c for c in cases if code in c.codes]) for code in RULE_CODES
    ]
    groups += [
        ("score", SCORE_ROWS["score"], [c for c in cases if c.codes]),
        ("level_medium", SCORE_ROWS["level_medium"], [c for c in cases if c.level in ("medium", "high")]),
        ("level_high", SCORE_ROWS["level_high"], [c for c in cases if c.level == "high"]),
    ]
    stats = tuple(_stats(code, label, flagged, left, base_rate) for code, label, flagged in groups)
    size, expected = top_decile(cases)
    decile_lift = (expected / size) / base_rate if size and base_rate else None
    return BacktestResult(periods, horizon, all_tiers, total, left, base_rate, stats, size, expected, decile_lift)


def _stats(code: str, label: str, flagged: list[Case], all_left: int, base_rate: float | None) -> Stats:
    hit = sum(c.left for c in flagged)
    precision = hit / len(flagged) if flagged else None
    recall = hit / all_left if all_left else None
    lift = precision / base_rate if precision is not None and base_rate else None
    return Stats(code, label, len(flagged), hit, precision, recall, lift)


def top_decile(cases: Sequence[Case]) -> tuple[int, float]:
    """(size of the riskiest 10 %, expected leavers in it); a tied score group at the cut counts in proportion."""
    size = math.ceil(len(cases) / 10)
    by_score: dict[int, list[bool]] = {}
    for c in cases:
        by_score.setdefault(c.score, []).append(c.left)
    taken, expected = 0, 0.0
    for score in sorted(by_score, reverse=True):
        group = by_score[score]
        room = size - taken
        if room <= 0:
            break
        share = min(1.0, room / len(group))
        expected += share * sum(group)
        taken += min(room, len(group))
    return size, expected
