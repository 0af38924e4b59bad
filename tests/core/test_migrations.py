"""The schema grows by numbered migrations; old files open and upgrade, newer ones are refused untouched."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from core.db import NewerDatabaseError, open_db
from core.migrations import migrations, registered_names

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def schema_of(db: Database) -> set[tuple[str, str]]:
    """Every table, index and trigger with its SQL (order-free: VACUUM may reorder sqlite_master)."""
    return set(db.execute("select name, sql from sqlite_master where sql is not null").fetchall())


def test_migration_names_are_numbered_and_in_order():
    names = registered_names()
    assert all(re.fullmatch(r"\d{4}_[a-z]+(_[a-z]+)*", n) for n in names)
    assert [int(n[:4]) for n in names] == list(range(1, len(names) + 1))


def test_a_file_from_every_released_schema_opens_and_upgrades_to_the_fresh_schema(tmp_path):
    fresh = open_db(tmp_path / "fresh.db")
    for fixture in sorted(FIXTURES.glob("schema-*.db")):
        copy = tmp_path / fixture.name
        shutil.copy(fixture, copy)
        upgraded = open_db(copy)
        assert schema_of(upgraded) == schema_of(fresh), fixture.name
        assert upgraded.execute("select count(*) from customers").fetchone()[0] > 0  # data kept
        upgraded.close()
    fresh.close()


def test_a_database_written_by_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.db"
    open_db(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) values ('liuke', '9999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = path.read_bytes()

    with pytest.raises(NewerDatabaseError) as refused:
        open_db(path)

    assert "更新版本" in refused.value.message()
    assert path.read_bytes() == before


def test_an_existing_database_is_backed_up_before_it_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    old = Database(path)
    old["notes"].insert({"text": "kept"})  # an existing file with no migrations applied yet
    old.close()

    open_db(path).close()

    backups = list((tmp_path / "backups").glob("old-*-before-migration.db"))
    assert len(backups) == 1
    assert sqlite3.connect(backups[0]).execute("select text from notes").fetchone() == ("kept",)


def test_migrations_apply_in_one_transaction_each(tmp_path):
    db = Database(tmp_path / "partial.db")
    migrations.apply(db, stop_before=registered_names()[0])
    assert db.table_names() == ["_sqlite_migrations"]
