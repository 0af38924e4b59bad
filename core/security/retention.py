"""Retention: removing personal data older than the retention settings, and erasing one customer on request.

``purge`` removes, by the settings ``retention.*``:

* monthly snapshots older than ``retention.snapshot_months`` months, with the risk rows of those
  months (scores and reasons, tiers, risk runs, warning months, closed warnings last seen then) and
  the import issues of those months' batches (the batches themselves stay: file name and counts);
* contact records (visits, with their revisions) and feedback items (with their steps) older than
  ``retention.contact_months`` months;
* audit rows older than ``retention.audit_months`` months (never less than 6), oldest first, through
  the ``audit_purge_window`` the delete trigger honours; ``audit_anchor`` then records the first
  remaining id and the hash it chains to, so ``verify_chain`` still passes;
* customers left with no snapshot, no contact and no feedback.

The uids of removed (or, on erasure, anonymised) records that travel in exchange packages are
recorded with ``core.exchange.forget_records``, so no package from another PC brings them back.
Everything happens in one transaction with ``PRAGMA secure_delete = ON`` (freed pages are zeroed),
followed by a WAL checkpoint so the old pages do not linger in the ``-wal`` file. Older backups
still hold the data until they rotate out. A dry run counts the same rows and changes nothing.

``erase_customer`` removes one customer's personal data on request: the customer row, snapshots,
tiers, risk rows and warnings are deleted. Contact records and feedback items are anonymised rather
than deleted, because they are also the staff's record of work (the scorecard counts them): the
link to the customer, the customer number, the summary, competitor, feedback text and answers and
the old revisions are removed; date, channel, purpose, attitude and the staff member stay.
The audit log keeps only the internal customer id. The customer returns if a later monthly file
lists them again, so the core system's export must leave them out too.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.refusal import Refused
from core.security import audit
from core.security.clock import Clock, system_clock
from core.security.permissions import require
from core.settings import setting_values

CTX = "Retention"
MIN_AUDIT_MONTHS = 6
MIN_REASON = 2
ERASED_NO = "已删除"
ERASED_TEXT = QT_TRANSLATE_NOOP(CTX, "（应客户要求已删除）")
CLOSED_WARNINGS = ("retained", "lost", "false_alarm")
KINDS: dict[str, str] = {
    "snapshots": QT_TRANSLATE_NOOP(CTX, "月度资产数据"),
    "risk": QT_TRANSLATE_NOOP(CTX, "预警评分与等级"),
    "warnings": QT_TRANSLATE_NOOP(CTX, "已关闭的预警"),
    "import_issues": QT_TRANSLATE_NOOP(CTX, "导入问题明细"),
    "contacts": QT_TRANSLATE_NOOP(CTX, "联系记录"),
    "feedback": QT_TRANSLATE_NOOP(CTX, "意见反馈"),
    "audit": QT_TRANSLATE_NOOP(CTX, "审计日志"),
    "customers": QT_TRANSLATE_NOOP(CTX, "客户"),
}


class RetentionRefused(Refused):
    """An erase or purge refused (unknown customer, no reason); nothing changed. ``message()`` is Chinese."""

    context = CTX


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed (or, dry run, would remove): counts per kind and the cut-off dates.

    ``counts`` keys: snapshots, risk, warnings, import_issues, contacts, feedback, audit, customers.
    ``cutoffs``: ``snapshots`` (first month kept, YYYY-MM), ``contacts`` and ``audit`` (first day kept).
    """

    dry_run: bool
    counts: dict[str, int] = field(default_factory=dict)  # snapshots, contacts, feedback, audit, customers
    cutoffs: dict[str, str] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Rows removed (or that would be) in all."""
        return sum(self.counts.values())


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (negative: back), the day clamped to the month's length."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def cutoffs(db: Database, today: date) -> dict[str, str]:
    """The first month (snapshots) and first days (contacts, audit) the retention settings keep."""
    values = setting_values(db)
    snapshot_months = int(values["retention.snapshot_months"])
    contact_months = int(values["retention.contact_months"])
    audit_months = max(MIN_AUDIT_MONTHS, int(values["retention.audit_months"]))
    return {
        "snapshots": add_months(today.replace(day=1), -snapshot_months).strftime("%Y-%m"),
        "contacts": add_months(today, -contact_months).isoformat(),
        "audit": add_months(today, -audit_months).isoformat(),
    }


# (kind, table, where) — every step is counted and deleted with the same condition; ``:p`` is the first
# month kept, ``:c`` the first day of contacts kept
_OLD_STEPS: tuple[tuple[str, str, str], ...] = (
    ("risk", "risk_scores", "period < :p"),
    ("risk", "customer_tiers", "period < :p"),
    ("risk", "risk_runs", "period < :p"),
    ("risk", "warning_periods", "period < :p"),
    ("warnings", "warnings", f"last_period < :p and status in {CLOSED_WARNINGS!r}"),
    ("import_issues", "import_issues", "batch_id in (select id from import_batches where period < :p)"),
    ("snapshots", "snapshots", "period < :p"),
    ("contacts", "visits", "visited_at < :c"),
    ("feedback", "feedback_items", "raised_on < :c"),
)
# records that travel in exchange packages and that the purge removes: remembered as forgotten so no
# package from another PC brings them back (core.exchange.forget_records); (kind, uid query)
_OLD_WARNINGS = f"select id from warnings where last_period < :p and status in {CLOSED_WARNINGS!r}"
_OLD_FEEDBACK = "select id from feedback_items where raised_on < :c"
_PURGE_FORGETS: tuple[tuple[str, str], ...] = (
    ("warning", f"select uid from warning_events where warning_id in ({_OLD_WARNINGS})"),
    ("contact", "select uid from visits where visited_at < :c"),
    ("feedback", f"select uid from feedback_items where id in ({_OLD_FEEDBACK})"),
    ("feedback", f"select uid from feedback_events where item_id in ({_OLD_FEEDBACK})"),
)
_ORPHANS = """customers c where not exists (select 1 from snapshots s where s.customer_id = c.id and s.period >= :p)
    and not exists (select 1 from visits v where v.customer_id = c.id and v.visited_at >= :c)
    and not exists (select 1 from feedback_items f where f.customer_id = c.id and f.raised_on >= :c)"""


def purge(db: Database, actor: Actor, *, dry_run: bool = False, clock: Clock = system_clock) -> PurgeReport:
    """Remove personal data older than the retention settings, with secure delete. Permission data.purge.

    :param dry_run: only count what would be removed (nothing is written, nothing audited)
    """
    require(actor, "data.purge")
    cut = cutoffs(db, clock().date())
    params = {"p": cut["snapshots"], "c": cut["contacts"]}
    if dry_run:
        counts = {kind: 0 for kind in KINDS}
        for kind, table, where in _OLD_STEPS:
            counts[kind] += _count(db, f"{table} where {where}", params)
        counts["audit"] = _audit_span(db, cut["audit"])[1]
        counts["customers"] = _count(db, _ORPHANS, params)
        return PurgeReport(True, counts, cut)
    with _secure_delete(db):
        with db.atomic():
            counts = {kind: 0 for kind in KINDS}
            _forget(db, _PURGE_FORGETS, params, clock)
            for kind, table, where in _OLD_STEPS:
                counts[kind] += db.execute(f"delete from {table} where {where}", params).rowcount
            orphans = f"select c.id from {_ORPHANS}"
            _forget(db, (
                ("assignment", f"select uid from manager_changes where customer_id in ({orphans})"),
                ("warning", f"select uid from warning_events where warning_id in "
                            f"(select id from warnings where customer_id in ({orphans}))"),
            ), params, clock)
            counts["customers"] = db.execute(f"delete from customers where id in ({orphans})", params).rowcount
            _first_periods(db)
            counts["audit"] = _purge_audit(db, cut["audit"])
            audit.record(db, actor, "purge", details={"counts": counts, "cutoffs": cut}, clock=clock)
    return PurgeReport(False, counts, cut)


def _forget(db: Database, queries: tuple[tuple[str, str], ...], params: dict[str, object], clock: Clock) -> None:
    """Record the uids the queries find as removed on purpose, so exchange imports never restore them."""
    from core.exchange import forget_records  # exchange builds on core; imported late to keep this module light

    for kind, sql in queries:
        uids = [r[0] for r in db.execute(sql, params).fetchall() if r[0]]
        if uids:
            forget_records(db, kind, uids, now=clock())


def _count(db: Database, source: str, params: dict[str, object]) -> int:
    return int(db.execute(f"select count(*) from {source}", params).fetchone()[0])


def _first_periods(db: Database) -> None:
    """Customers whose oldest months were removed start at their first remaining month."""
    db.execute(
        """update customers set first_period = (select min(period) from snapshots s where s.customer_id = customers.id)
           where first_period < (select min(period) from snapshots s where s.customer_id = customers.id)"""
    )


def _audit_span(db: Database, before: str) -> tuple[int | None, int]:
    """(last id to remove, how many): the oldest rows up to the first one at or after ``before``."""
    first_kept = db.execute("select min(id) from audit_log where at >= ?", [before]).fetchone()[0]
    if first_kept is None:
        up_to = db.execute("select max(id) from audit_log").fetchone()[0]
    else:
        up_to = int(first_kept) - 1
    if up_to is None:
        return None, 0
    count = int(db.execute("select count(*) from audit_log where id <= ?", [up_to]).fetchone()[0])
    return (int(up_to), count) if count else (None, 0)


def _purge_audit(db: Database, before: str) -> int:
    """Delete the oldest audit rows through the purge window and re-anchor the chain (inside the caller's transaction)."""
    up_to, count = _audit_span(db, before)
    if up_to is None:
        return 0
    anchor = db.execute("select hash from audit_log where id = ?", [up_to]).fetchone()[0]
    db.execute("insert into audit_purge_window (up_to_id, before_at) values (?, ?)", [up_to, before])
    db.execute("delete from audit_log where id <= ?", [up_to])
    db.execute("delete from audit_purge_window")
    db.execute(
        """insert into audit_anchor (id, first_id, prev_hash) values (1, ?, ?)
           on conflict(id) do update set first_id = excluded.first_id, prev_hash = excluded.prev_hash""",
        [up_to + 1, anchor],
    )
    return count


class _secure_delete:  # noqa: N801 - used like contextlib's lower-case managers
    """``PRAGMA secure_delete = ON`` for the block, then a WAL checkpoint; the previous setting is restored."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.before = 0

    def __enter__(self) -> None:
        self.before = int(self.db.execute("PRAGMA secure_delete").fetchone()[0])
        self.db.execute("PRAGMA secure_delete = ON")

    def __exit__(self, kind: object, *_: object) -> None:
        self.db.execute(f"PRAGMA secure_delete = {self.before}")
        if kind is None:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()


def erase_customer(
    db: Database, actor: Actor, customer_no: str, reason: str, *, clock: Clock = system_clock
) -> dict[str, int]:
    """Erase one customer's personal data on request (counts per table). Permission customer.erase.

    :param reason: why (e.g. the customer's written request and its date); at least 2 characters, audited
    :raises RetentionRefused: no reason, or no such customer
    """
    require(actor, "customer.erase")
    text = (reason or "").strip()
    if len(text) < MIN_REASON:
        raise RetentionRefused(QT_TRANSLATE_NOOP(CTX, "请填写删除理由（如：客户书面申请，申请日期）。"))
    customer_id = customer_to_erase(db, customer_no)
    one = {"id": customer_id, "no": (customer_no or "").strip(), "gone": ERASED_NO, "text": ERASED_TEXT,
           "by": actor.username, "at": audit.now_text(clock)}
    counts: dict[str, int] = {}
    with _secure_delete(db):
        with db.atomic():
            _forget(db, _ERASE_FORGETS, one, clock)
            counts["snapshots"] = db.execute("delete from snapshots where customer_id = :id", one).rowcount
            counts["risk"] = sum(db.execute(f"delete from {t} where customer_id = :id", one).rowcount
                                 for t in ("risk_scores", "customer_tiers"))
            counts["warnings"] = db.execute("delete from warnings where customer_id = :id", one).rowcount
            counts["contacts"] = _anonymise_visits(db, one)
            counts["feedback"] = _anonymise_feedback(db, one)
            counts["manager_changes"] = db.execute(
                "delete from manager_changes where customer_id = :id", one).rowcount
            counts["customers"] = db.execute("delete from customers where id = :id", one).rowcount
            audit.record(db, actor, "customer_erased", customer_id=customer_id, clock=clock,
                         details={"reason": text, "counts": counts})
    return counts


def customer_to_erase(db: Database, customer_no: str) -> int:
    """The internal id of the customer ``erase_customer`` would erase (the CLI asks for confirmation after this).

    :raises RetentionRefused: no such customer
    """
    row = db.execute("select id from customers where customer_no = ?", [(customer_no or "").strip()]).fetchone()
    if row is None:
        raise RetentionRefused(QT_TRANSLATE_NOOP(CTX, "找不到客户号「{no}」。请核对客户号。"), no=customer_no)
    return int(row[0])


_THEIRS = "(customer_id = :id or (customer_id is null and customer_no = :no))"
# deleted (warnings, assignments) or anonymised (contacts, feedback): a package must not bring the old text back
_ERASE_FORGETS: tuple[tuple[str, str], ...] = (
    ("warning", "select uid from warning_events where warning_id in (select id from warnings where customer_id = :id)"),
    ("assignment", "select uid from manager_changes where customer_id = :id"),
    ("contact", f"select uid from visits where {_THEIRS}"),
    ("feedback", f"select uid from feedback_items where {_THEIRS}"),
    ("feedback", f"select uid from feedback_events where item_id in (select id from feedback_items where {_THEIRS})"),
)


def _anonymise_visits(db: Database, one: dict[str, object]) -> int:
    ids = f"(select id from visits where {_THEIRS})"
    db.execute(f"delete from visit_revisions where visit_id in {ids}", one)
    return db.execute(
        f"""update visits set customer_id = null, customer_no = :gone, summary = null, competitor = null,
            updated_by = :by, updated_at = :at where {_THEIRS}""", one).rowcount


def _anonymise_feedback(db: Database, one: dict[str, object]) -> int:
    ids = f"(select id from feedback_items where {_THEIRS})"
    db.execute(f"update feedback_events set answer = null, note = null where item_id in {ids}", one)
    return db.execute(
        f"""update feedback_items set customer_id = null, customer_no = :gone, text = :text, answer = null,
            updated_by = :by, updated_at = :at where {_THEIRS}""", one).rowcount
