"""This PC's identity in exchange packages, and the flag that keeps imported records out of the outbox.

The device id is made the first time the database exchanges. Beside it is a fingerprint (a hash of
the computer's name and the database's path, nothing readable): when a database file is copied to
set up another PC, or moved, the fingerprint no longer matches and the copy takes an id of its own,
so two PCs never share one and never refuse each other's packages as "their own".
"""

from __future__ import annotations

import hashlib
import os
import platform

from sqlite_utils import Database

from core.db import db_path_of
from core.exchange.model import new_id


def fingerprint(db: Database) -> str:
    """A hash of this computer's name and the database's full path."""
    path = db_path_of(db)
    where = os.path.normcase(str(path.resolve())) if path is not None else ":memory:"
    return hashlib.sha256(f"{platform.node()}\0{where}".encode()).hexdigest()


def stored_device(db: Database) -> tuple[str, str] | None:
    """(device id, fingerprint) as stored, without writing anything; None before the first exchange."""
    row = db.execute("select device_id, fingerprint from exchange_device where id = 1").fetchone()
    return (str(row[0]), str(row[1])) if row else None


def own_device_id(db: Database) -> str | None:
    """This database's device id if it is really this PC's (stored here, for this file); read-only."""
    stored = stored_device(db)
    return stored[0] if stored and stored[1] == fingerprint(db) else None


def ensure_device(db: Database, now: str) -> str:
    """This PC's device id, made (or renewed for a copied or moved file) if needed. Call inside a transaction."""
    mark = fingerprint(db)
    stored = stored_device(db)
    if stored is not None and stored[1] == mark:
        return stored[0]
    device = new_id()
    db.execute(
        """insert into exchange_device (id, device_id, fingerprint, created_at) values (1, ?, ?, ?)
           on conflict (id) do update set device_id = excluded.device_id, fingerprint = excluded.fingerprint,
               created_at = excluded.created_at""",
        [device, mark, now],
    )
    return device


def set_importing(db: Database, package_id: str | None) -> None:
    """Mark (or unmark) the import of ``package_id`` in progress, inside its transaction."""
    db.execute("update exchange_device set importing = ? where id = 1", [package_id])


def branch_of(db: Database) -> str | None:
    """The branch this database serves: the branch most of its customers belong to (None if unknown)."""
    row = db.execute(
        """select branch from customers where branch is not null and branch != ''
           group by branch order by count(*) desc, branch limit 1"""
    ).fetchone()
    return str(row[0]) if row else None


def serves_branch(db: Database, branch: str | None) -> bool:
    """Whether ``branch`` (a package's) is one of this database's branches; True when either is unknown."""
    if not branch:
        return True
    if db.execute("select 1 from customers where branch is not null and branch != '' limit 1").fetchone() is None:
        return True
    return db.execute("select 1 from customers where branch = ? limit 1", [branch]).fetchone() is not None
