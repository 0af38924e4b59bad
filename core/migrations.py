"""Schema migrations, applied in registration order by sqlite-utils.

Append new migrations at the end; never edit or reorder one that has shipped.
Names are NNNN_verb_noun so `_sqlite_migrations` reads like a changelog.
Tables are STRICT: identifiers stay text and money stays integer 分, enforced by SQLite.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("liuke")


@migrations(name="0001_create_core_tables")
def create_core_tables(db: Database) -> None:
    """Staff, customers, import batches and their issues, monthly snapshots, mapping profiles, settings."""
    _run(
        db,
        """
        CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            employee_no TEXT UNIQUE,
            role TEXT NOT NULL DEFAULT '客户经理',
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX staff_name ON staff(name);

        CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            file_size INTEGER NOT NULL,
            file_format TEXT NOT NULL,
            sheet TEXT,
            header_row INTEGER,
            period TEXT NOT NULL,
            period_source TEXT NOT NULL,
            mapping_json TEXT NOT NULL,
            aum_derived INTEGER NOT NULL DEFAULT 0,
            rows_read INTEGER NOT NULL DEFAULT 0,
            imported INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            warnings INTEGER NOT NULL DEFAULT 0,
            customers_created INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL CHECK (status IN ('committed', 'replaced', 'undone')),
            imported_by TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            ended_by TEXT,
            ended_at TEXT,
            replaced_by INTEGER REFERENCES import_batches(id)
        ) STRICT;
        CREATE INDEX import_batches_period ON import_batches(period, status);
        CREATE INDEX import_batches_sha ON import_batches(file_sha256);

        CREATE TABLE import_issues (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
            row INTEGER,
            column_name TEXT,
            code TEXT NOT NULL,
            severity TEXT NOT NULL,
            value TEXT,
            params_json TEXT
        ) STRICT;
        CREATE INDEX import_issues_batch ON import_issues(batch_id);

        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            customer_no TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            id_type TEXT,
            id_number TEXT,
            mobile TEXT,
            gender TEXT,
            birth_date TEXT,
            branch TEXT,
            manager_id INTEGER REFERENCES staff(id),
            first_period TEXT NOT NULL,
            last_period TEXT NOT NULL,
            created_batch_id INTEGER REFERENCES import_batches(id),
            updated_at TEXT NOT NULL
        ) STRICT;

        -- one row per customer per month; NULL means the month's file had no such column.
        -- No index on customer_id: it would slow every import, and one customer's history is
        -- read with "period IN (...) AND customer_id = ?", which probes the primary key.
        CREATE TABLE snapshots (
            period TEXT NOT NULL,
            customer_id INTEGER NOT NULL REFERENCES customers(id),
            batch_id INTEGER NOT NULL REFERENCES import_batches(id),
            aum_fen INTEGER NOT NULL,
            deposit_fen INTEGER,
            time_deposit_fen INTEGER,
            demand_deposit_fen INTEGER,
            wealth_fen INTEGER,
            fund_fen INTEGER,
            insurance_fen INTEGER,
            loan_fen INTEGER,
            transfer_out_fen INTEGER,
            maturity_date TEXT,
            ebank_txn_count INTEGER,
            last_txn_date TEXT,
            payroll INTEGER,
            products TEXT,
            branch TEXT,
            manager_id INTEGER REFERENCES staff(id),
            source_row INTEGER,
            PRIMARY KEY (period, customer_id)
        ) STRICT, WITHOUT ROWID;

        CREATE TABLE mapping_profiles (
            signature TEXT PRIMARY KEY,
            headers_json TEXT NOT NULL,
            mapping_json TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            used_count INTEGER NOT NULL DEFAULT 0
        ) STRICT;

        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
        """
    )


def _run(db: Database, script: str) -> None:
    """Run each statement of ``script`` on ``db``.

    Not ``executescript``: that commits first, which would break the migration's transaction.
    """
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


def registered_names() -> list[str]:
    """Names of every migration this version of the app knows, in order."""
    return [m.name for m in migrations.pending(Database(memory=True))]
