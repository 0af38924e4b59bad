"""Who manages whom, and since when: the change log behind 一户一经理.

``customers.manager_id`` is the responsible manager now. Every change of it is a row in
``manager_changes`` with the day it takes effect: the month end of the file for a change a
monthly file brings, the day of the action for an assignment or a handover. The manager on any
day is then the ``to_staff_id`` of the last change effective by that day, or, before the first
change, its ``from_staff_id``, or ``customers.manager_id`` for a customer never moved.

The import keeps an assignment made in the app: a file's 管户经理 replaces the current manager
only when it differs from what the customer's previous file named (the core system itself
changed the manager). A file that still names the old manager, because the core system has not
caught up with a handover, leaves the handover in place. See ``managers_kept_by_app``.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlite_utils import Database

from core.followup.workdays import month_bounds

# The owner override of customers with at least one change, as of the day bound to :owner_day.
# Changes effective by that day come first (latest first); otherwise the earliest later change,
# whose from_staff_id is who managed the customer before it.
OVERRIDE_CTE = """ov AS (
    SELECT customer_id, staff_id FROM (
        SELECT customer_id,
               CASE WHEN effective_on <= :owner_day THEN to_staff_id ELSE from_staff_id END AS staff_id,
               row_number() OVER (PARTITION BY customer_id ORDER BY
                   effective_on > :owner_day,
                   CASE WHEN effective_on <= :owner_day THEN effective_on END DESC,
                   CASE WHEN effective_on <= :owner_day THEN id END DESC,
                   effective_on, id) AS n
        FROM manager_changes)
    WHERE n = 1)"""
OWNER = "(CASE WHEN ov.customer_id IS NOT NULL THEN ov.staff_id ELSE c.manager_id END)"
OWNER_JOIN = "LEFT JOIN ov ON ov.customer_id = c.id"
_CHUNK = 900  # stay under SQLite's variable limit


def move_customers(
    db: Database,
    where: str,
    args: Sequence[object],
    to_staff_id: int,
    *,
    source: str,
    effective_on: str,
    actor: str,
    recorded_at: str,
    handover_id: int | None = None,
) -> int:
    """Give the customers matching ``where`` (SQL on ``customers``) to ``to_staff_id``, logging each change.

    Customers who already have that manager are left alone. Returns how many moved.
    """
    condition = f"({where}) and manager_id is not ?"
    db.execute(
        f"""insert into manager_changes (customer_id, from_staff_id, to_staff_id, effective_on, source, handover_id,
                   actor, recorded_at)
            select id, manager_id, ?, max(?, coalesce((select max(m.effective_on) from manager_changes m
                                                       where m.customer_id = customers.id), '')), ?, ?, ?, ?
            from customers where {condition}""",
        [to_staff_id, effective_on, source, handover_id, actor, recorded_at, *args, to_staff_id],
    )
    cursor = db.execute(
        f"update customers set manager_id = ?, updated_at = ? where {condition}",
        [to_staff_id, recorded_at, *args, to_staff_id],
    )
    return int(cursor.rowcount)


def managers_kept_by_app(db: Database, candidates: Sequence[tuple[int, int, str]], period: str) -> set[int]:
    """Customers whose current manager stays although ``period``'s file names another.

    :param candidates: (customer id, manager the file names, the customer's last period before this
      import) for customers whose file manager differs from their current one, ``period`` not older
    :return: the ids whose previous file named the same manager as this one: the difference is the
      app's doing (an assignment or a handover), and the file has not changed its mind
    """
    before = db.execute(
        "select max(period) from import_batches where status = 'committed' and period < ?", [period]
    ).fetchone()[0]
    by_period: dict[str, list[tuple[int, int]]] = {}
    for cid, named, last in candidates:
        previous = last if last < period else before
        if previous is not None:
            by_period.setdefault(previous, []).append((cid, named))
    kept: set[int] = set()
    for previous, pairs in by_period.items():
        wanted = dict(pairs)
        ids = list(wanted)
        for start in range(0, len(ids), _CHUNK):
            part = ids[start : start + _CHUNK]
            rows = db.execute(
                f"select customer_id, manager_id from snapshots where period = ? and customer_id in ({', '.join('?' * len(part))})",
                [previous, *part],
            )
            kept.update(cid for cid, manager in rows if manager is not None and manager == wanted[cid])
    return kept


def record_import_moves(
    db: Database, moves: Sequence[tuple[int, int | None, int | None]], period: str, batch_id: int
) -> None:
    """Log the manager changes an import made: (customer id, from, to), effective at the file's month end."""
    if not moves:
        return
    end = month_bounds(period)[1].isoformat()
    db.conn.executemany(
        """insert into manager_changes (customer_id, from_staff_id, to_staff_id, effective_on, source, batch_id, actor,
                   recorded_at)
           select ?, ?, ?, max(?, coalesce((select max(effective_on) from manager_changes where customer_id = ?), '')),
                  'import', id, imported_by, imported_at from import_batches where id = ?""",
        [(cid, old, new, end, cid, batch_id) for cid, old, new in moves],
    )


def relink_records(db: Database) -> int:
    """Attach contact records and feedback items whose customer an undone import forgot to the customer
    of the same number, now that an import lists them again. Returns how many records were linked."""
    linked = 0
    for table in ("visits", "feedback_items"):
        linked += db.execute(
            f"""update {table} set customer_id = (select c.id from customers c where c.customer_no = {table}.customer_no)
                where customer_id is null
                  and exists (select 1 from customers c where c.customer_no = {table}.customer_no)"""
        ).rowcount
    return linked
