"""Where the negative_feedback rule gets its data: the latest recorded contact with each customer.

Contact records arrive with the follow-up issue (issue 4). Until a ``contacts`` table with
the columns below exists this returns nothing, so the rule never fires. Issue 4 only has to
create that table (or change this one function to read whatever it stores instead):

    contacts(customer_id INTEGER, contacted_at TEXT ISO date or datetime,
             outcome TEXT  -- "move_money" or "complaint" raise the warning; any other code does not
             resolved INTEGER  -- 1 once the intention or complaint has been dealt with
             note TEXT)
"""

from __future__ import annotations

from sqlite_utils import Database

from core.risk.history import Feedback

REQUIRED_COLUMNS = {"customer_id", "contacted_at", "outcome", "resolved"}


def latest_feedback(db: Database, until: str) -> dict[int, Feedback]:
    """Each customer's latest contact on or before ``until`` (ISO date), if contact records exist."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(contacts)")}
    if not REQUIRED_COLUMNS <= columns:
        return {}
    note = "note" if "note" in columns else "''"
    rows = db.execute(
        f"""SELECT customer_id, contacted_at, outcome, resolved, {note} FROM (
              SELECT *, row_number() OVER (PARTITION BY customer_id ORDER BY contacted_at DESC) AS n
              FROM contacts WHERE substr(contacted_at, 1, 10) <= ?)
            WHERE n = 1""",
        [until],
    ).fetchall()
    return {
        cid: Feedback(str(at), str(outcome), bool(resolved), str(text or ""))
        for cid, at, outcome, resolved, text in rows
    }
