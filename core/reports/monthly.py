"""The monthly maintenance report: one workbook the branch head can print, file and pass on.

``write_monthly_report`` makes sure the month and the month before are computed, reads every
figure first (``collect``), writes the sheets in order, and saves through ``write_safely``
so a failed or cancelled report never leaves half a file or destroys an older one.
It needs ``report.generate`` (a 主管); each written report is audited (month, file hash, masked or
not) in the transaction that accepts the file. Names are masked (张*明) unless ``full`` with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from sqlite_utils import Database

from core.actors import Actor
from core.i18n import Translate, untranslated
from core.progress import CancelToken, Progress, ProgressFn, check_cancel, no_progress
from core.reports.audited import audited_write, check_full
from core.reports.contacts_sheet import SHEET as CONTACTS_SHEET
from core.reports.contacts_sheet import write_contacts_sheet
from core.reports.context import ReportContext
from core.reports.data import ReportData, collect
from core.reports.feedback_sheet import SHEET as FEEDBACK_SHEET
from core.reports.feedback_sheet import write_feedback_sheet
from core.reports.followup_data import FollowupData, collect_followup
from core.reports.headline import followup_figures, headline_figures
from core.reports.lost import SHEET as LOST_SHEET
from core.reports.lost import write_lost_sheet
from core.reports.period import branch_name, previous_period, resolve_period
from core.reports.retention import SHEET as RETENTION_SHEET
from core.reports.retention import write_retention_sheet
from core.reports.safe_write import check_target
from core.reports.scorecard_sheet import SHEET as SCORECARD_SHEET
from core.reports.scorecard_sheet import write_scorecard_sheet
from core.reports.summary import SHEET as SUMMARY_SHEET
from core.reports.summary import Figure, write_summary_sheet
from core.reports.tiers_sheet import SHEET as TIERS_SHEET
from core.reports.tiers_sheet import write_tiers_sheet
from core.reports.warnings_sheet import SHEET as WARNINGS_SHEET
from core.reports.warnings_sheet import write_warnings_sheet
from core.reports.workbook import new_workbook
from core.risk.compute import ensure_computed
from core.risk.config import load_config
from core.security.permissions import require

STAGE_COMPUTE, STAGE_READ, STAGE_WRITE, STAGE_SAVE = "report_compute", "report_read", "report_sheets", "report_save"
SHEETS = (SUMMARY_SHEET, TIERS_SHEET, WARNINGS_SHEET, RETENTION_SHEET, CONTACTS_SHEET, FEEDBACK_SHEET, SCORECARD_SHEET,
          LOST_SHEET)  # fmt: skip


@dataclass(frozen=True)
class ReportResult:
    """What was written: where, for which month, the sheets in order, and the headline figures."""

    path: Path
    period: str
    previous: str | None
    sheets: tuple[str, ...]
    figures: tuple[Figure, ...]

    def figure(self, key: str) -> Figure:
        """The headline figure with ``key``."""
        return next(f for f in self.figures if f.key == key)


def write_monthly_report(
    db: Database,
    actor: Actor,
    period: str | None,
    target: Path | str,
    *,
    full: bool = False,
    reason: str | None = None,
    translate: Translate = untranslated,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
    now: datetime | None = None,
) -> ReportResult:
    """Write the report of ``period`` (default: the latest month) to ``target`` (.xlsx).

    :param full: customer names unmasked (identifiers stay masked in the report); needs ``export.full``
      and ``reason``, which the audit row keeps
    :param translate: ``(context, text) -> text``; the UI passes QCoreApplication.translate
    :param now: the time printed as 制表时间 (tests pin it)
    :raises PermissionDenied: the role may not generate reports (only a 主管 may), or ``full`` without
      ``export.full``
    :raises ReportRefused: bad or unknown period, no data, ``full`` without a reason, a locked or unwritable target
    :raises Cancelled: ``cancel`` was set; nothing was written
    """
    require(actor, "report.generate")
    why = check_full(actor, full, reason)
    target = Path(target)
    chosen, periods = resolve_period(db, period)
    check_target(target.expanduser().absolute())  # refuse a locked file before the slow part
    ctx = _context(db, actor, chosen, periods, not full, translate, now)
    data, work, figures = _read(ctx, progress, cancel)
    wb = new_workbook()
    writers = _sheet_writers(ctx, data, work, figures)
    for done, write in enumerate(writers):
        check_cancel(cancel)
        write(wb)
        progress(Progress(done + 1, len(writers), STAGE_WRITE))
    check_cancel(cancel)
    progress(Progress(0, 1, STAGE_SAVE))

    def details(_: None, sha: str) -> dict[str, object]:
        found: dict[str, object] = {"period": chosen, "file_sha256": sha, "masked": not full}
        return found if why is None else {**found, "reason": why}

    audited_write(db, actor, "report", f"report:{chosen}", target, wb.save, details)
    progress(Progress(1, 1, STAGE_SAVE))
    return ReportResult(target, chosen, ctx.previous, tuple(wb.sheetnames), tuple(figures))


def report_figures(
    db: Database,
    actor: Actor,
    period: str | None = None,
    *,
    translate: Translate = untranslated,
    progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ReportResult:
    """The month's headline figures exactly as the report's 摘要 shows them, without writing a file (a preview).

    The result's ``path`` is empty and ``sheets`` lists the sheets the report would have.
    :raises PermissionDenied: the role may not generate reports (only a 主管 may)
    :raises ReportRefused: bad or unknown period, no data
    """
    require(actor, "report.generate")
    chosen, periods = resolve_period(db, period)
    ctx = _context(db, actor, chosen, periods, True, translate, None)
    _data, _work, figures = _read(ctx, progress, cancel)
    return ReportResult(Path(), chosen, ctx.previous, tuple(ctx.t(name) for name in SHEETS), tuple(figures))


def _read(
    ctx: ReportContext, progress: ProgressFn, cancel: CancelToken | None
) -> tuple[ReportData, FollowupData, list[Figure]]:
    """Compute what is missing, then read every figure and list the sheets need."""
    _compute(ctx, progress, cancel)
    progress(Progress(0, 1, STAGE_READ))
    data = collect(ctx)
    work = collect_followup(ctx)
    figures = [*headline_figures(ctx, data), *followup_figures(ctx, work)]
    progress(Progress(1, 1, STAGE_READ))
    return data, work, figures


def _context(
    db: Database,
    actor: Actor,
    period: str,
    periods: list[str],
    masked: bool,
    translate: Translate,
    now: datetime | None,
) -> ReportContext:
    return ReportContext(
        db=db,
        actor=actor,
        period=period,
        previous=previous_period(periods, period),
        periods=tuple(periods),
        cfg=load_config(db),
        branch=branch_name(db, period),
        masked=masked,
        translate=translate,
        generated_at=now or datetime.now(),
    )


def _compute(ctx: ReportContext, progress: ProgressFn, cancel: CancelToken | None) -> None:
    """Tiers and scores of this month and the two before (last month's comparison needs its own last month)."""
    months = [ctx.period]
    while len(months) < 3 and (before := previous_period(list(ctx.periods), months[-1])):
        months.append(before)
    for done, month in enumerate(months):
        check_cancel(cancel)
        ensure_computed(ctx.db, ctx.actor, month, cancel=cancel)
        progress(Progress(done + 1, len(months), STAGE_COMPUTE))


def _sheet_writers(
    ctx: ReportContext, data: ReportData, work: FollowupData, figures: list[Figure]
) -> list[Callable[[Workbook], None]]:
    """One writer per sheet, in the order the sheets appear."""
    last = work.last_contact
    return [
        lambda wb: write_summary_sheet(wb, ctx, data, figures),
        lambda wb: write_tiers_sheet(wb, ctx, data.tiers, data.tiers_before, data.moves),
        lambda wb: write_warnings_sheet(wb, ctx, data.warning_rows, last),
        lambda wb: write_retention_sheet(wb, ctx, data.warning_rows, work.effect, work.effect_observed, last),
        lambda wb: write_contacts_sheet(wb, ctx, work.contacts),
        lambda wb: write_feedback_sheet(wb, ctx, work.digest, work.feedback),
        lambda wb: write_scorecard_sheet(wb, ctx, work.scorecard),
        lambda wb: write_lost_sheet(wb, ctx, data.leavers, last),
    ]
