"""A small branch for the permission tests, with one actor per role.

Built once per test module from the demo (60 customers, 3 months) and copied for each test. The manager
and the teller act as two real staff records of the demo, so "their customers" are real rows.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from core.actors import ADMIN, AUDITOR, HEAD, LOCAL_USER, MANAGER, TELLER, Actor
from core.db import open_db
from core.demo_db import load_demo
from core.security.accounts import add_user


@dataclass(frozen=True)
class World:
    """The database file and who acts in it."""

    path: Path
    actors: dict[str, Actor]  # role → actor
    manager_staff: int  # the 客户经理's staff id
    other_staff: int  # another manager's staff id
    own_customer: int  # a customer of the 客户经理 (customer id)
    other_customer: int  # a customer of the other manager
    unassigned_customer: int  # a customer with no manager


def build_world(folder: Path) -> World:
    """Load the demo into ``folder / 'world.db'`` and pick the actors and customers."""
    path = folder / "world.db"
    db = open_db(path)
    load_demo(db, LOCAL_USER, customers=60, months=3, seed=7)
    staff = [r[0] for r in db.execute(
        "select manager_id, count(*) n from customers where manager_id is not null group by manager_id order by n desc"
    ).fetchall()]
    mine, other = staff[0], staff[1]
    own = db.execute("select id from customers where manager_id = ? order by id limit 1", [mine]).fetchone()[0]
    theirs = db.execute("select id from customers where manager_id = ? order by id limit 1", [other]).fetchone()[0]
    loose = db.execute("select id from customers where manager_id = ? order by id desc limit 1", [other]).fetchone()[0]
    with db.atomic():
        db.execute("update customers set manager_id = null where id = ?", [loose])
    add_user(db, LOCAL_USER, "admin", "Admin-pass-9", ADMIN)  # accounts exist: no first-administrator shortcut
    db.close()
    actors = {
        TELLER: Actor("teller", "柜员甲", TELLER, user_id=101, staff_id=mine),
        MANAGER: Actor("manager", "经理甲", MANAGER, user_id=102, staff_id=mine),
        HEAD: Actor("head", "主管甲", HEAD, user_id=103),
        ADMIN: Actor("admin", "管理员甲", ADMIN, user_id=104),
        AUDITOR: Actor("auditor", "审计甲", AUDITOR, user_id=105),
    }
    return World(path, actors, mine, other, own, theirs, loose)


def copy_world(world: World, folder: Path) -> Database:
    """A private writable copy of the world's database."""
    target = folder / "copy.db"
    shutil.copy(world.path, target)
    return open_db(target)


def customer_no(db: Database, customer_id: int) -> str:
    """The customer number of the customer with internal id ``customer_id``."""
    return db.execute("select customer_no from customers where id = ?", [customer_id]).fetchone()[0]


def employee_no(db: Database, staff_id: int) -> str:
    """The 工号 of the staff record ``staff_id``."""
    return db.execute("select employee_no from staff where id = ?", [staff_id]).fetchone()[0]
