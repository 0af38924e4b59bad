"""Helpers shared by the follow-up tests (no tests here): staff, managers, contacts at given times."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlite_utils import Database

from core.actors import LOCAL_USER
from core.followup.contacts import ContactInput, ContactSaved, add_contact
from core.followup.staff import add_staff

NOW = datetime(2026, 12, 1, 9, 0)  # "now" for every write: the tests never depend on the real clock
STAMP_AT = "2026-11-04T09:30:00"  # when the tests pretend the last month's list was imported


def at(text: str) -> datetime:
    """A datetime from "YYYY-MM-DD HH:MM" (or a date, at 10:00)."""
    return datetime.fromisoformat(text if " " in text else f"{text} 10:00")


def hire(db: Database, *people: tuple[str, str]) -> None:
    """Register staff: (name, employee number) pairs."""
    for name, number in people:
        add_staff(db, LOCAL_USER, name, number, now=NOW)


def manage(db: Database, staff_no: str, customers: Iterable[str]) -> None:
    """Set the manager of ``customers`` directly, as an import would (no change logged)."""
    sid = db.execute("select id from staff where employee_no = ?", [staff_no]).fetchone()[0]
    for no in customers:
        db.execute("update customers set manager_id = ? where customer_no = ?", [sid, no])


def visit(
    db: Database,
    customer_no: str,
    staff: str,
    when: str,
    attitude: str = "稳定",
    *,
    purpose: str = "关怀回访",
    channel: str = "电话",
    now: datetime = NOW,
    **extra: object,
) -> ContactSaved:
    """Record a contact at ``when`` ("YYYY-MM-DD[ HH:MM]")."""
    entry = ContactInput(customer_no, staff, channel, purpose, attitude, visited_at=at(when), **extra)  # type: ignore[arg-type]
    return add_contact(db, LOCAL_USER, entry, now=now)


def raised_on(db: Database, stamp: str = STAMP_AT) -> None:
    """Pretend every warning was raised (and last touched) at ``stamp`` instead of the real clock."""
    db.execute("update warnings set created_at = ?, updated_at = ?", [stamp, stamp])
    db.execute("update warning_events set at = ?", [stamp])


def count(db: Database, table: str) -> int:
    """Rows in ``table``."""
    return int(db.execute(f"select count(*) from {table}").fetchone()[0])
