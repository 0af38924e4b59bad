"""The headline figures of a month's report, computed the way ``write_monthly_report`` does, without a file.

Runs on the worker thread (it may compute tiers for a month first), on its own connection.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from core.actors import Actor
from core.db import open_db
from core.i18n import Translate
from core.progress import CancelToken, ProgressFn, check_cancel
from core.reports.context import ReportContext
from core.reports.data import collect
from core.reports.followup_data import collect_followup
from core.reports.headline import followup_figures, headline_figures
from core.reports.period import branch_name, previous_period, resolve_period
from core.reports.summary import Figure
from core.risk.compute import ensure_computed
from core.risk.config import load_config


def preview_figures(db_path: Path, actor: Actor, period: str | None, translate: Translate,
                    progress: ProgressFn, cancel: CancelToken) -> tuple[str, tuple[Figure, ...]]:
    """(month, figures) for ``period`` (None: the latest month)."""
    db = open_db(db_path)
    try:
        chosen, periods = resolve_period(db, period)
        ctx = ReportContext(db=db, actor=actor, period=chosen, previous=previous_period(periods, chosen),
                            periods=tuple(periods), cfg=load_config(db), branch=branch_name(db, chosen), masked=True,
                            translate=translate, generated_at=datetime.now())
        months = [chosen]
        while len(months) < 3 and (before := previous_period(periods, months[-1])):
            months.append(before)
        for month in months:
            check_cancel(cancel)
            ensure_computed(db, actor, month, cancel=cancel)
        check_cancel(cancel)
        figures = (*headline_figures(ctx, collect(ctx)), *followup_figures(ctx, collect_followup(ctx)))
        return chosen, figures
    finally:
        db.close()
