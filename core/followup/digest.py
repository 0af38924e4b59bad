"""The monthly feedback digest (信息反馈月报): what customers raised, how long it waited, what recurs.

For a month M: items raised in M by category and their status now; items closed in M and their
average age (days from raised to closed); the average wait of each step taken in M; the oldest
items still open (any month); categories over M and the two months before (themes that recur);
and, from the contact records of M, the competing banks customers named and the reasons they gave.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date

from sqlite_utils import Database

from core.actors import Actor
from core.followup.codes import CATEGORIES, FEEDBACK_STATUSES, REASONS
from core.followup.feedback import FeedbackItem, list_feedback
from core.followup.workdays import check_period, month_bounds
from core.risk.access import linked_only
from core.security.permissions import customer_scope, require

OLDEST_SHOWN = 10
STEPS = (("forwarded", "raised_on", "forwarded_on"), ("answered", "forwarded_on", "answered_on"),
         ("closed", "answered_on", "closed_on"))  # fmt: skip


@dataclass(frozen=True)
class CategoryCount:
    """Items of one category raised in the month, by their status now."""

    category: str
    total: int
    by_status: dict[str, int]  # status label -> count


@dataclass(frozen=True)
class FeedbackDigest:
    """The month's digest; labels in Chinese."""

    period: str
    raised: int
    by_category: tuple[CategoryCount, ...]
    closed: int  # items closed in the month (whenever raised)
    average_days_to_close: float | None
    average_step_days: dict[str, float | None]  # 已转交 / 已答复 / 已告知客户 -> average days the step waited
    open_now: int
    oldest_open: tuple[FeedbackItem, ...]
    recurring: tuple[tuple[str, tuple[int, int, int]], ...]  # category -> counts two months before, one before, this
    competitors: tuple[tuple[str, int], ...]  # banks named in the month's contacts, most named first
    reasons: tuple[tuple[str, int], ...]  # reasons given in the month's contacts, most given first

    def as_json(self) -> dict[str, object]:
        """The object ``feedback digest --json`` prints."""
        data = asdict(self)
        data["oldest_open"] = [i.as_json() for i in self.oldest_open]
        data["recurring"] = [{"category": c, "counts": list(n)} for c, n in self.recurring]
        data["competitors"] = [{"bank": b, "count": n} for b, n in self.competitors]
        data["reasons"] = [{"reason": r, "count": n} for r, n in self.reasons]
        return data


def feedback_digest(db: Database, actor: Actor, period: str) -> FeedbackDigest:
    """The digest of ``period`` ("YYYY-MM"); "open" items are those not closed as of now, from any month.

    Covers the customers ``actor`` sees (a 客户经理: their own; a 主管: the branch).
    :raises PermissionDenied: the role may not see feedback
    """
    require(actor, "feedback.view")
    first, last = month_bounds(check_period(period))
    start, end = first.isoformat(), last.isoformat()
    items = list_feedback(db, actor)
    raised = [i for i in items if start <= i.raised_on <= end]
    closed = [i for i in items if i.closed_on and start <= i.closed_on <= end]
    by_category = []
    for label in CATEGORIES.values():
        mine = [i for i in raised if i.category == label]
        if mine:
            by_category.append(CategoryCount(label, len(mine), dict(Counter(i.status for i in mine))))
    still_open = [i for i in items if i.status_code != "closed"]
    return FeedbackDigest(
        period,
        len(raised),
        tuple(by_category),
        len(closed),
        _mean([i.age_days(last) for i in closed]),
        _step_waits(items, start, end),
        len(still_open),
        tuple(still_open[:OLDEST_SHOWN]),
        _recurring(items, period),
        *_contact_themes(db, actor, start, end),
    )


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _step_waits(items: list[FeedbackItem], start: str, end: str) -> dict[str, float | None]:
    waits: dict[str, float | None] = {}
    for step, since, until in STEPS:
        days = [
            (date.fromisoformat(getattr(i, until)) - date.fromisoformat(getattr(i, since))).days
            for i in items
            if getattr(i, until) and getattr(i, since) and start <= getattr(i, until) <= end
        ]
        waits[FEEDBACK_STATUSES[step]] = _mean(days)
    return waits


def _recurring(items: list[FeedbackItem], period: str) -> tuple[tuple[str, tuple[int, int, int]], ...]:
    index = int(period[:4]) * 12 + int(period[5:7]) - 1
    months = [f"{(index - k) // 12:04d}-{(index - k) % 12 + 1:02d}" for k in (2, 1, 0)]
    counts = Counter((i.category, i.raised_on[:7]) for i in items if i.raised_on[:7] in months)
    rows = [(label, tuple(counts[(label, m)] for m in months)) for label in CATEGORIES.values()]
    return tuple((label, n) for label, n in rows if sum(n))  # type: ignore[misc]


def _contact_themes(
    db: Database, actor: Actor, start: str, end: str
) -> tuple[tuple[tuple[str, int], ...], tuple[tuple[str, int], ...]]:
    banks: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    scope, args = customer_scope(actor, "c.manager_id")
    for bank, codes in db.execute(
        f"""select v.competitor, v.reasons from visits v left join customers c on c.id = v.customer_id
            where v.visited_at >= ? and substr(v.visited_at, 1, 10) <= ? and ({scope}) and {linked_only(actor, "c.id")}""",
        [start, end, *args],
    ):
        if bank:
            banks[bank] += 1
        for code in json.loads(codes):
            reasons[REASONS.get(code, code)] += 1
    return tuple(banks.most_common()), tuple(reasons.most_common())
