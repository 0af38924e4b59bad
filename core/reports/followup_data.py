"""What the report takes from follow-up work (core/followup/): contacts, feedback, the scorecard, effectiveness.

Read once, before any sheet is written, through the follow-up module's public functions, so the
report shows exactly what the ``visits``, ``feedback`` and ``scorecard`` commands show.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.followup.contact_queries import ContactRecord, list_contacts
from core.followup.digest import FeedbackDigest, feedback_digest
from core.followup.effectiveness import Effectiveness, effectiveness
from core.followup.feedback import FeedbackItem, list_feedback
from core.followup.scorecard import Scorecard, scorecard
from core.followup.workdays import month_bounds
from core.reports.context import ReportContext


@dataclass(frozen=True)
class FollowupData:
    """The month's follow-up work, and last month's figures for comparison."""

    contacts: list[ContactRecord]  # made in the month, oldest first
    contacts_before: int | None  # how many were made last month
    feedback: list[FeedbackItem]  # raised in the month, or raised earlier and still open; oldest first
    digest: FeedbackDigest
    digest_before: FeedbackDigest | None
    scorecard: Scorecard
    scorecard_before: Scorecard | None
    effect: Effectiveness  # this month's warnings (outcomes may not be known yet)
    effect_observed: Effectiveness | None  # the latest month whose outcomes are fully observed, if another
    last_contact: dict[int, str]  # customer id → date of the latest contact record


def collect_followup(ctx: ReportContext) -> FollowupData:
    """Read the follow-up figures of the report's month (and the month before)."""
    db, actor, period, previous = ctx.db, ctx.actor, ctx.period, ctx.previous
    contacts = sorted(list_contacts(db, actor, period=period), key=lambda c: (c.visited_at, c.id))
    first, last = (d.isoformat() for d in month_bounds(period))
    items = [i for i in list_feedback(db, actor) if first <= i.raised_on <= last or (
        i.raised_on < first and i.status_code != "closed")]  # fmt: skip
    return FollowupData(
        contacts=contacts,
        contacts_before=len(list_contacts(db, actor, period=previous)) if previous else None,
        feedback=items,
        digest=feedback_digest(db, actor, period),
        digest_before=feedback_digest(db, actor, previous) if previous else None,
        scorecard=scorecard(db, actor, period),
        scorecard_before=scorecard(db, actor, previous) if previous else None,
        effect=effectiveness(db, actor, period),
        effect_observed=_observed(ctx),
        last_contact=dict(
            db.execute(
                """select customer_id, max(substr(visited_at, 1, 10)) from visits
                   where customer_id is not null group by customer_id"""
            ).fetchall()
        ),
    )


def _observed(ctx: ReportContext) -> Effectiveness | None:
    """Effectiveness of the latest earlier month whose outcomes are fully observed (None if the report's is)."""
    later = [p for p in ctx.periods if p > ctx.period]
    missing = ctx.cfg.horizon - len(later)  # later months the report's own month still lacks
    earlier = [p for p in ctx.periods if p < ctx.period]
    if missing <= 0 or len(earlier) < missing:
        return None
    return effectiveness(ctx.db, ctx.actor, earlier[-missing])
