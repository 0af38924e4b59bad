"""Helpers shared by the exchange tests (no tests here): two PCs of one branch, a week of work, snapshots.

Both PCs load the same demo branch (the same monthly files, the same history); each then exports
once and throws the package away, as if they had been in step until this week.

The fixtures ``fast_kdf`` (autouse), ``branch`` and ``pcs`` are defined here once and act only in the
modules that import them, as ``*_fixture``: pytest knows them by their ``name``, so no test argument
shadows an import.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from core.actors import LOCAL_USER, Actor
from core.db import open_db
from core.demo_db import load_demo
from core.exchange import export_package
from core.exchange import package as package_module
from core.followup.contacts import ContactInput, add_contact

PASSWORD = "branch-exchange-2026"
WEEK = datetime(2026, 11, 9, 9, 0)  # Monday of the week the PCs work apart
BUSINESS = (
    "visits", "visit_revisions", "feedback_items", "feedback_events", "warnings", "warning_events", "warning_periods",
    "manager_changes", "handovers", "customers", "staff", "snapshots",
    "exchange_records", "exchange_pending", "exchange_conflicts", "exchange_outbox", "exchange_forgotten",
)  # fmt: skip


@dataclass(frozen=True)
class Branch:
    """Template database files of two PCs in step, copied for each test."""

    a: Path
    b: Path


def build_branch(folder: Path) -> Branch:
    """Two PCs loaded from the same demo files, each with an empty outbox."""
    paths = []
    for name in ("pc_a", "pc_b"):
        path = folder / f"{name}.db"
        db = open_db(path)
        load_demo(db, LOCAL_USER, customers=200, months=6, seed=3)
        export_package(db, LOCAL_USER, folder / f"{name}-before.lkx", PASSWORD)  # in step: nothing waits
        db.close()
        paths.append(path)
    return Branch(*paths)


def copy_pc(source: Path, folder: Path, name: str) -> Database:
    """A private copy of one PC's database (in its own folder, as on its own computer)."""
    home = folder / name
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, home / "liuke.db")
    return open_db(home / "liuke.db")


@pytest.fixture(autouse=True, name="fast_kdf")
def fast_kdf_fixture(monkeypatch):
    """scrypt at its smallest accepted cost: the format is the same, the tests 8x quicker."""
    monkeypatch.setattr(package_module, "SCRYPT_N", 2**14)


@pytest.fixture(scope="module", name="branch")
def branch_fixture(tmp_path_factory):
    """The two PCs' template databases, built once per test module."""
    return build_branch(tmp_path_factory.mktemp("branch"))


@pytest.fixture(name="pcs")
def pcs_fixture(branch, tmp_path):
    """Open private copies of PC A and PC B, closed after the test."""
    a, b = copy_pc(branch.a, tmp_path, "a"), copy_pc(branch.b, tmp_path, "b")
    yield a, b
    a.close()
    b.close()


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables an import may touch, ordered, for "nothing changed" comparisons."""
    return {t: sorted(db.execute(f"select * from {t}").fetchall(), key=repr) for t in BUSINESS}


def customers(db: Database, count: int, offset: int = 0) -> list[str]:
    """Customer numbers in a stable order."""
    return [r[0] for r in db.execute("select customer_no from customers order by customer_no limit ? offset ?", [count, offset])]


def week_of_contacts(db: Database, numbers: list[str], actor: Actor = LOCAL_USER, start: datetime = WEEK) -> list[int]:
    """One contact a customer, spread over the week's working days, by the demo's managers in turn."""
    staff = [r[0] for r in db.execute("select employee_no from staff where employee_no is not null order by employee_no")]
    ids = []
    for i, number in enumerate(numbers):
        when = start + timedelta(days=i % 5, hours=i % 7)
        entry = ContactInput(
            customer_no=number, staff=staff[i % len(staff)], channel=("电话", "面谈", "微信")[i % 3],
            purpose=("挽留", "关怀回访", "到期提醒")[i % 3], attitude=("稳定", "犹豫", "有意转出")[i % 3],
            reasons=("他行利率更高",) if i % 3 == 2 else (), summary=f"本周第 {i + 1} 次联系", visited_at=when,
            warning="不变",
        )  # fmt: skip
        ids.append(add_contact(db, actor, entry, now=when + timedelta(minutes=20)).record.id)
    return ids


def visits_by_uid(db: Database) -> dict[str, tuple[object, ...]]:
    """Each contact as another PC would see it: by uid, staff by number, no local ids."""
    return {
        r[0]: r[1:]
        for r in db.execute(
            """select v.uid, v.customer_no, st.employee_no, v.visited_at, v.channel, v.purpose, v.attitude, v.reasons,
                      v.competitor, v.summary, v.next_on, v.created_by, v.created_at, v.updated_at
               from visits v join staff st on st.id = v.staff_id"""
        )
    }


def set_stamp(db: Database, table: str, uid: str, at: str) -> None:
    """Pretend a change happened at ``at`` (the risk module stamps status changes with the real clock)."""
    with db.atomic():
        db.execute(f"update {table} set at = ? where uid = ?", [at, uid])
        if table == "warning_events":
            db.execute(
                "update warnings set updated_at = ? where id = (select warning_id from warning_events where uid = ?)", [at, uid]
            )
