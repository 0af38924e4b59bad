"""Recompute one month's tiers, rule signals, scores and warnings, all or nothing.

``recompute`` is what runs after every import (and an undo, and ``ensure_computed`` when settings
changed): an internal step of those operations, so it checks no permission and writes no audit row.
``run_recompute`` is the explicit "recompute now" a person asks for: it needs ``risk.recompute``
and is audited. The heavy part is SQL (core/risk/base.py);
the exact rules run in Python only on the customers a loose SQL filter lets through. It
works inside an outer transaction too (sqlite-utils nests ``atomic()`` with savepoints), so
an import and its recompute can commit together. Warnings are raised or updated only for
the latest month: earlier months get tiers and scores (for history and the backtest).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress
from core.refusal import Refused
from core.risk import base
from core.risk.config import RiskConfig, load_config
from core.risk.feedback import latest_feedback
from core.risk.history import period_end
from core.risk.scoring import Assessment, assess
from core.risk.warnings import Flagged, SyncResult, now_text, purge_period, sync_warnings
from core.security import audit
from core.security.permissions import require

log = logging.getLogger(__name__)
CTX = "Risk"
RULES_VERSION = 1  # bump when a rule changes meaning, so stored months count as stale
BATCH = 2000
STAGE_TIERS, STAGE_RULES, STAGE_WARNINGS = "risk_tiers", "risk_rules", "risk_warnings"


class RiskRefused(Refused):
    """The month asked for cannot be computed; nothing was written."""

    context = CTX


@dataclass(frozen=True)
class RecomputeResult:
    """What a recompute wrote for one month."""

    period: str | None  # None: there is no committed month (everything computed before was forgotten)
    customers: int  # judged: in the month's file, or vanished from it
    tiers_written: int
    flagged: int  # at least one rule fired (every tier)
    high_value_flagged: int  # on the work list
    warnings: SyncResult | None  # None for a month that is not the latest


@dataclass(frozen=True)
class PeriodAssessment:
    """One month judged: how many customers, and the assessment, held tier and AUM of those with a fired rule."""

    period: str
    judged: int  # customers in the month's file, or vanished from it
    flagged: dict[int, Assessment]
    held: dict[int, int]  # flagged customer id -> tier held (index)
    aum: dict[int, int | None]  # flagged customer id -> AUM this month (None: vanished)
    population: list[tuple[Any, ...]] | None = None  # every judged customer's row of figures (``with_population``)
    names: tuple[str, ...] = ()  # the column names of those rows


def resolve_period(db: Database, period: str | None) -> tuple[str, list[str]]:
    """``period`` (default: the latest committed month) and every committed month; raises RiskRefused."""
    periods = base.committed_periods(db)
    if not periods:
        raise RiskRefused(QT_TRANSLATE_NOOP(CTX, "还没有导入任何月度数据。"))
    chosen = period or periods[-1]
    if chosen not in periods:
        raise RiskRefused(
            QT_TRANSLATE_NOOP(CTX, "没有 {period} 的已导入数据。已有的月份：{valid}"),
            period=chosen,
            valid="、".join(periods),
        )
    return chosen, periods


def inputs_key(db: Database, lagged: list[str], cfg: RiskConfig) -> str:
    """Fingerprint of what a month's results depend on: settings, rule version and the batches of its months."""
    marks = ",".join("?" * len(lagged))
    batches = db.execute(
        f"select period, id from import_batches where status = 'committed' and period in ({marks}) order by period, id",
        lagged,
    ).fetchall()
    raw = json.dumps([RULES_VERSION, cfg.key(), batches])
    return hashlib.sha256(raw.encode()).hexdigest()[:20]


def assess_period(
    db: Database,
    period: str,
    periods: list[str],
    cfg: RiskConfig,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    after_base: Callable[[], None] | None = None,
    with_population: bool = False,
    batch_size: int = BATCH,
) -> PeriodAssessment:
    """Judge every customer of ``period`` without writing anything but a temporary table.

    :param after_base: called once the base table exists (recompute writes the tiers from it)
    :param with_population: also return every judged customer's figures (the backtest and the model need them)
    """
    lagged = base.lag_periods(periods, period, base.BaseShape.of(cfg).lags)
    try:
        judged = base.build(db, lagged, cfg)
        if after_base is not None:
            after_base()
        names = base.column_names(db)
        at_held, at_a0 = names.index("held"), names.index("a0")
        feedback = latest_feedback(db, period_end(period).isoformat())
        rows = base.candidates(db, lagged, cfg, set(feedback))
        flagged: dict[int, Assessment] = {}
        held: dict[int, int] = {}
        aum: dict[int, int | None] = {}
        total = len(rows)
        progress(Progress(0, total, STAGE_RULES))
        for start in range(0, total, batch_size):
            check_cancel(cancel)
            for row in rows[start : start + batch_size]:
                found = assess(base.history_from_row(row, names, lagged, cfg, feedback.get(row[0])), cfg)
                if found.reasons:
                    flagged[row[0]], held[row[0]], aum[row[0]] = found, row[at_held], row[at_a0]
            progress(Progress(min(start + batch_size, total), total, STAGE_RULES))
        population = base.population(db) if with_population else None
        return PeriodAssessment(period, judged, flagged, held, aum, population, tuple(names))
    finally:
        base.drop(db)


def recompute(
    db: Database,
    actor: Actor,
    period: str | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> RecomputeResult:
    """Recompute tiers, rules, scores and (for the latest month) warnings of ``period``, all or nothing.

    Internal: no permission check and no audit row (the import, the undo and ``ensure_computed``
    call it as part of their own work); a person's explicit request goes through ``run_recompute``.
    Also forgets results of months whose data has since been undone, so it is safe to call after
    an undo too (with nothing left it only forgets). Raises ``Cancelled`` (everything rolled back)
    if ``cancel`` is set between batches.
    :param period: "YYYY-MM"; default the latest committed month
    :raises RiskRefused: ``period`` is given but has no committed data
    """
    if period is None and not base.committed_periods(db):  # e.g. the only month was undone: forget its results
        with db.atomic():
            _forget_undone(db, [])
        return RecomputeResult(None, 0, 0, 0, 0, None)
    chosen, periods = resolve_period(db, period)
    cfg = load_config(db)
    with db.atomic():
        _forget_undone(db, periods)
        progress(Progress(0, 1, STAGE_TIERS))
        written: list[int] = []

        def tiers() -> None:
            written.append(base.write_tiers(db, chosen, cfg))
            progress(Progress(1, 1, STAGE_TIERS))
            check_cancel(cancel)

        judged = assess_period(db, chosen, periods, cfg, progress=progress, cancel=cancel, after_base=tiers)
        check_cancel(cancel)
        high = _write_scores(db, judged, cfg)
        sync = None
        if chosen == periods[-1]:
            progress(Progress(0, len(high), STAGE_WARNINGS))
            sync = sync_warnings(db, actor, chosen, high)
            progress(Progress(len(high), len(high), STAGE_WARNINGS))
        lagged = base.lag_periods(periods, chosen, base.BaseShape.of(cfg).lags)
        db.execute(
            """insert into risk_runs (period, inputs_key, customers, flagged, high_value_flagged, computed_by, computed_at)
               values (?, ?, ?, ?, ?, ?, ?) on conflict (period) do update set inputs_key = excluded.inputs_key,
               customers = excluded.customers, flagged = excluded.flagged, high_value_flagged = excluded.high_value_flagged,
               computed_by = excluded.computed_by, computed_at = excluded.computed_at""",
            [
                chosen,
                inputs_key(db, lagged, cfg),
                judged.judged,
                len(judged.flagged),
                len(high),
                actor.username,
                now_text(),
            ],
        )
    log.info("risk recomputed for %s: %s flagged", chosen, len(judged.flagged))
    return RecomputeResult(chosen, judged.judged, written[0] if written else 0, len(judged.flagged), len(high), sync)


def run_recompute(
    db: Database,
    actor: Actor,
    period: str | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> RecomputeResult:
    """The explicit "recompute now" (重新计算预警): ``recompute`` checked and audited, in one transaction.

    :raises PermissionDenied: the role may not recompute (only a 主管 may)
    :raises RiskRefused: ``period`` is given but has no committed data
    """
    require(actor, "risk.recompute")
    with db.atomic():
        result = recompute(db, actor, period, progress=progress, cancel=cancel)
        audit.record(
            db, actor, "risk_recomputed", target=f"period:{result.period}" if result.period else None,
            details={"customers": result.customers, "flagged": result.flagged,
                     "high_value_flagged": result.high_value_flagged},
        )  # fmt: skip
    return result


def is_fresh(db: Database, period: str, periods: list[str] | None = None) -> bool:
    """Whether ``period``'s stored results match the current settings and data."""
    periods = periods if periods is not None else base.committed_periods(db)
    cfg = load_config(db)
    row = db.execute("select inputs_key from risk_runs where period = ?", [period]).fetchone()
    lagged = base.lag_periods(periods, period, base.BaseShape.of(cfg).lags)
    return row is not None and row[0] == inputs_key(db, lagged, cfg)


def ensure_computed(
    db: Database,
    actor: Actor,
    period: str | None = None,
    *,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> RecomputeResult | None:
    """Recompute ``period`` (default latest) only if its stored results are missing or stale; None if they were fresh.

    Also recomputes the latest month when it is stale, so warnings follow changed settings.
    """
    chosen, periods = resolve_period(db, period)
    result = None
    for p in dict.fromkeys((chosen, periods[-1])):
        if not is_fresh(db, p, periods):
            outcome = recompute(db, actor, p, progress=progress, cancel=cancel)
            result = outcome if p == chosen else result
    return result


def _write_scores(db: Database, judged: PeriodAssessment, cfg: RiskConfig) -> list[Flagged]:
    """Replace the month's scores and reasons; return the flagged high-value customers, most at stake first."""
    period = judged.period
    held, aum = judged.held, judged.aum
    db.execute("delete from risk_scores where period = ?", [period])
    scores, reasons, high = [], [], []
    for cid, found in judged.flagged.items():
        tier = held[cid]
        is_high = tier >= cfg.tiers.high_value_from
        scores.append((period, cid, tier, int(is_high), aum[cid], found.aum_at_stake_fen, found.score, found.level))
        for r in found.reasons:
            params = json.dumps({"template": r.signal.template, **r.signal.params}, ensure_ascii=False)
            reasons.append(
                (period, cid, r.code, round(r.signal.severity, 4), round(r.points, 2), r.signal.message, params)
            )
        if is_high:
            high.append(Flagged(cid, found.score, str(found.level), found.aum_at_stake_fen, found.codes))
    db.conn.executemany("insert into risk_scores values (?, ?, ?, ?, ?, ?, ?, ?)", scores)
    db.conn.executemany("insert into risk_reasons values (?, ?, ?, ?, ?, ?, ?)", reasons)
    high.sort(key=lambda f: (-f.aum_at_stake_fen, -f.score, f.customer_id))
    return high


def _forget_undone(db: Database, periods: list[str]) -> None:
    """Drop stored results of months that are no longer committed (undone or replaced by nothing)."""
    live = set(periods)
    for (period,) in db.execute("select period from risk_runs").fetchall():
        if period not in live:
            db.execute("delete from customer_tiers where period = ?", [period])
            db.execute("delete from risk_scores where period = ?", [period])
            db.execute("delete from risk_runs where period = ?", [period])
            purge_period(db, period)
