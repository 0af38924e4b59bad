"""The SQL behind the scorecard: one row per customer of a month's books, and the month's warnings.

``lines_sql`` yields, for every customer in the month's file or the month before's, the manager
responsible at the month end (owners.py) and each figure the scorecard sums. The scorecard groups
these rows by manager; ``scorecard_lines`` lists them, so every total can be traced to customers.
"""

from __future__ import annotations

from datetime import date, timedelta

from core.followup.config import FollowupConfig
from core.followup.owners import OVERRIDE_CTE, OWNER, OWNER_JOIN
from core.followup.workdays import month_bounds

# Columns of each line, in order (see the CTE ``lines`` below).
LINE_COLUMNS = (
    "customer_id", "staff_id", "customer_no", "name", "aum_start", "aum_end", "tier_start", "tier_end", "gained",
    "lost", "cadence", "last_contact", "covered", "followups_due", "followups_overdue",
)  # fmt: skip


def month_args(period: str, previous: str | None, cfg: FollowupConfig, today: date) -> dict[str, object]:
    """The named parameters of ``lines_sql`` for a month."""
    first, last = month_bounds(period)
    return {
        "p": period,
        "q": previous or "",
        "owner_day": last.isoformat(),
        "p_start": first.isoformat(),
        "p_end": last.isoformat(),
        "p_next": (last + timedelta(days=1)).isoformat(),
        "today": today.isoformat(),
        "hv": cfg.high_value_from,
        **{f"c{k}": days for k, days in enumerate(cfg.cadence_days)},
    }


def lines_sql() -> str:
    """A ``WITH`` query whose final CTE ``lines`` has ``LINE_COLUMNS``; callers append their SELECT."""
    cadence = "(CASE b.tier_end " + " ".join(f"WHEN {k} THEN :c{k}" for k in range(5)) + " ELSE 0 END)"
    return f"""WITH {OVERRIDE_CTE},
    ids AS (SELECT customer_id FROM snapshots WHERE period = :p
            UNION SELECT customer_id FROM snapshots WHERE period = :q),
    book AS (
        SELECT c.id AS customer_id, {OWNER} AS staff_id, c.customer_no, c.name,
               coalesce(sq.aum_fen, 0) AS aum_start, coalesce(sp.aum_fen, 0) AS aum_end,
               CASE WHEN sq.customer_id IS NOT NULL THEN tq.tier END AS tier_start,
               CASE WHEN sp.customer_id IS NOT NULL THEN tp.tier END AS tier_end
        FROM ids i JOIN customers c ON c.id = i.customer_id {OWNER_JOIN}
        LEFT JOIN snapshots sp ON sp.period = :p AND sp.customer_id = c.id
        LEFT JOIN snapshots sq ON sq.period = :q AND sq.customer_id = c.id
        LEFT JOIN customer_tiers tp ON tp.period = :p AND tp.customer_id = c.id
        LEFT JOIN customer_tiers tq ON tq.period = :q AND tq.customer_id = c.id),
    lastc AS (SELECT customer_id, max(visited_at) AS at FROM visits
              WHERE customer_id IS NOT NULL AND visited_at < :p_next GROUP BY customer_id),
    fu AS (SELECT v.customer_id, count(*) AS due,
                  sum(NOT EXISTS (SELECT 1 FROM visits x WHERE x.customer_id = v.customer_id
                                  AND x.visited_at > v.visited_at AND substr(x.visited_at, 1, 10) <= v.next_on)) AS overdue
           FROM visits v WHERE v.customer_id IS NOT NULL AND v.next_on BETWEEN :p_start AND :p_end AND v.next_on < :today
           GROUP BY v.customer_id),
    lines AS (
        SELECT b.customer_id, b.staff_id, b.customer_no, b.name, b.aum_start, b.aum_end, b.tier_start, b.tier_end,
               coalesce(b.tier_end >= :hv AND coalesce(b.tier_start, -1) < :hv, 0) AS gained,
               coalesce(b.tier_start >= :hv AND coalesce(b.tier_end, -1) < :hv, 0) AS lost,
               {cadence} AS cadence, substr(l.at, 1, 10) AS last_contact,
               coalesce({cadence} > 0 AND julianday(:p_end) - julianday(substr(l.at, 1, 10)) < {cadence}, 0) AS covered,
               coalesce(f.due, 0) AS followups_due, coalesce(f.overdue, 0) AS followups_overdue
        FROM book b LEFT JOIN lastc l ON l.customer_id = b.customer_id LEFT JOIN fu f ON f.customer_id = b.customer_id)
    """


TOTALS_SELECT = """SELECT staff_id, count(tier_end),
    sum(tier_end = 0), sum(tier_end = 1), sum(tier_end = 2), sum(tier_end = 3), sum(tier_end = 4),
    sum(aum_start), sum(aum_end), sum(gained), sum(lost), sum(cadence > 0), sum(covered),
    sum(followups_due), sum(followups_overdue)
    FROM lines GROUP BY staff_id"""

# The month's new warnings with the manager at the month end and the first sign of contact:
# a contact record on or after the day it was raised, or the status set to 已联系 by hand.
WARNINGS_SQL = f"""WITH {OVERRIDE_CTE}
    SELECT w.id, {OWNER} AS staff_id, c.customer_no, c.name, substr(w.created_at, 1, 10), w.status,
           (SELECT min(substr(v.visited_at, 1, 10)) FROM visits v
             WHERE v.customer_id = w.customer_id AND v.visited_at >= substr(w.created_at, 1, 10)),
           (SELECT min(substr(e.at, 1, 10)) FROM warning_events e
             WHERE e.warning_id = w.id AND e.kind = 'status' AND e.to_status = 'contacted'),
           w.aum_at_stake_fen
    FROM warnings w JOIN customers c ON c.id = w.customer_id {OWNER_JOIN}
    WHERE w.first_period = :p
    ORDER BY w.id"""

FEEDBACK_SQL = """SELECT raised_by, count(*), sum(julianday(closed_on) - julianday(raised_on))
    FROM feedback_items WHERE closed_on BETWEEN :p_start AND :p_end GROUP BY raised_by"""
