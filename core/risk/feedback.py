"""Where the negative_feedback rule gets its data: each customer's latest contact record (issue 4).

The contact records are the ``visits`` table (core/followup/contacts.py). A customer's latest
contact on or before the month end raises the rule when it is unresolved and says:

* ``move_money``: the customer's attitude was 有意转出 or 已转出;
* ``complaint``: the contact's purpose was 投诉处理.

It is **resolved** once one of the customer's warnings was closed (已挽留, 已流失, 误报) at or after
the contact, or when the contact raised feedback items and all of them are 已告知客户. A newer
contact replaces it (a 稳定 call after a complaint ends the signal). Only customers whose latest
contact is negative are returned: no rule reads the others, and every customer returned is a
candidate the rules look at.

A ``contacts`` table of the older shape (customer_id, contacted_at, outcome, resolved, note) is
read too when present (tools and tests may write one); the later contact wins.
"""

from __future__ import annotations

from sqlite_utils import Database

from core.risk.history import FEEDBACK_NEGATIVE, Feedback

REQUIRED_COLUMNS = {"customer_id", "contacted_at", "outcome", "resolved"}

_VISITS = """
    SELECT customer_id, contacted_at,
           CASE WHEN attitude IN ('leaving', 'gone') THEN 'move_money'
                WHEN purpose = 'complaint' THEN 'complaint' ELSE attitude END AS outcome,
           NULL AS resolved, NULL AS note, 1 AS source, id
    FROM (SELECT customer_id, max(visited_at) AS contacted_at, attitude, purpose, id FROM visits
          WHERE customer_id IS NOT NULL AND visited_at < date(:until, '+1 day') GROUP BY customer_id)"""
_LEGACY = """
    SELECT customer_id, contacted_at, outcome, resolved, {note} AS note, 0 AS source, rowid AS id
    FROM contacts WHERE substr(contacted_at, 1, 10) <= :until"""
# a contact record's concern is resolved by a warning closed after it, or by closing all the feedback it raised
_RESOLVED = """CASE WHEN source = 0 THEN resolved ELSE
    (EXISTS (SELECT 1 FROM warning_events e JOIN warnings w ON w.id = e.warning_id
             WHERE w.customer_id = latest.customer_id AND e.kind = 'status'
               AND e.to_status IN ('retained', 'lost', 'false_alarm') AND e.at >= latest.contacted_at)
     OR (EXISTS (SELECT 1 FROM feedback_items f WHERE f.visit_id = latest.id)
         AND NOT EXISTS (SELECT 1 FROM feedback_items f WHERE f.visit_id = latest.id AND f.status != 'closed'))) END"""


def latest_feedback(db: Database, until: str) -> dict[int, Feedback]:
    """Customers whose latest contact on or before ``until`` (ISO date) says they may move money or complained."""
    tables = {row[0] for row in db.execute("select name from sqlite_master where type = 'table'")}
    parts = [_VISITS] if "visits" in tables else []
    columns = {row[1] for row in db.execute("PRAGMA table_info(contacts)")}
    if REQUIRED_COLUMNS <= columns:
        parts.append(_LEGACY.format(note="note" if "note" in columns else "''"))
    if not parts:
        return {}
    negative = ", ".join(f"'{code}'" for code in FEEDBACK_NEGATIVE)
    rows = db.execute(
        f"""WITH latest AS (SELECT * FROM (
              SELECT *, row_number() OVER (PARTITION BY customer_id
                                           ORDER BY substr(contacted_at, 1, 16) DESC, source DESC, id DESC) AS n
              FROM ({" UNION ALL ".join(parts)}))
            WHERE n = 1 AND outcome IN ({negative}))
            SELECT customer_id, contacted_at, outcome, {_RESOLVED},
                   CASE WHEN source = 0 THEN note ELSE (SELECT summary FROM visits v WHERE v.id = latest.id) END
            FROM latest""",
        {"until": until},
    ).fetchall()
    return {
        cid: Feedback(str(at), str(outcome), bool(resolved), str(text or ""))
        for cid, at, outcome, resolved, text in rows
    }
