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


@migrations(name="0002_create_risk_tables")
def create_risk_tables(db: Database) -> None:
    """Settings changes, tier history, risk scores and reasons per month, warnings with their periods and events."""
    _run(
        db,
        """
        CREATE TABLE settings_changes (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            old_value TEXT NOT NULL,
            new_value TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            changed_at TEXT NOT NULL
        ) STRICT;

        -- the tier each customer held in each month they are in the file (0 大众 … 4 私行);
        -- aum_tier below tier means 关注 (watch) for that tier
        CREATE TABLE customer_tiers (
            period TEXT NOT NULL,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            tier INTEGER NOT NULL CHECK (tier BETWEEN 0 AND 4),
            aum_tier INTEGER NOT NULL CHECK (aum_tier BETWEEN 0 AND 4),
            months_below INTEGER NOT NULL,
            PRIMARY KEY (period, customer_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX customer_tiers_customer ON customer_tiers(customer_id);

        -- one row per customer per month with at least one warning rule fired (score > 0)
        CREATE TABLE risk_scores (
            period TEXT NOT NULL,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            tier INTEGER NOT NULL CHECK (tier BETWEEN 0 AND 4),
            high_value INTEGER NOT NULL,
            aum_fen INTEGER,
            aum_at_stake_fen INTEGER NOT NULL,
            score INTEGER NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('high', 'medium', 'low')),
            PRIMARY KEY (period, customer_id)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX risk_scores_customer ON risk_scores(customer_id);

        CREATE TABLE risk_reasons (
            period TEXT NOT NULL,
            customer_id INTEGER NOT NULL,
            code TEXT NOT NULL,
            severity REAL NOT NULL,
            points REAL NOT NULL,
            message TEXT NOT NULL,
            params_json TEXT NOT NULL,
            PRIMARY KEY (period, customer_id, code),
            FOREIGN KEY (period, customer_id) REFERENCES risk_scores(period, customer_id) ON DELETE CASCADE
        ) STRICT, WITHOUT ROWID;

        -- which months were computed, from which inputs (settings and batches), by whom
        CREATE TABLE risk_runs (
            period TEXT PRIMARY KEY,
            inputs_key TEXT NOT NULL,
            customers INTEGER NOT NULL,
            flagged INTEGER NOT NULL,
            high_value_flagged INTEGER NOT NULL,
            computed_by TEXT NOT NULL,
            computed_at TEXT NOT NULL
        ) STRICT;

        -- a warning follows one customer from the month it is raised until it is closed
        CREATE TABLE warnings (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            status TEXT NOT NULL
                CHECK (status IN ('new', 'assigned', 'contacted', 'retained', 'lost', 'false_alarm')),
            first_period TEXT NOT NULL,
            last_period TEXT NOT NULL,
            score INTEGER NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('high', 'medium', 'low')),
            aum_at_stake_fen INTEGER NOT NULL,
            closed_reason TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX warnings_customer ON warnings(customer_id);
        CREATE UNIQUE INDEX warnings_one_open ON warnings(customer_id) WHERE status IN ('new', 'assigned', 'contacted');

        CREATE TABLE warning_periods (
            warning_id INTEGER NOT NULL REFERENCES warnings(id) ON DELETE CASCADE,
            period TEXT NOT NULL,
            score INTEGER NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('high', 'medium', 'low')),
            reasons TEXT NOT NULL,
            PRIMARY KEY (warning_id, period)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX warning_periods_period ON warning_periods(period);

        CREATE TABLE warning_events (
            id INTEGER PRIMARY KEY,
            warning_id INTEGER NOT NULL REFERENCES warnings(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('created', 'refreshed', 'status')),
            period TEXT,
            from_status TEXT,
            to_status TEXT NOT NULL,
            note TEXT,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX warning_events_warning ON warning_events(warning_id);
        """
    )



@migrations(name="0003_create_followup_tables")
def create_followup_tables(db: Database) -> None:
    """Manager changes and handovers, contact records with their edits, feedback items with their steps."""
    _run(
        db,
        """
        -- a handover moves every customer of one manager to another in one step
        CREATE TABLE handovers (
            id INTEGER PRIMARY KEY,
            from_staff_id INTEGER NOT NULL REFERENCES staff(id),
            to_staff_id INTEGER NOT NULL REFERENCES staff(id),
            customers INTEGER NOT NULL,
            open_warnings INTEGER NOT NULL,
            due_followups INTEGER NOT NULL,
            note TEXT,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        ) STRICT;

        -- every change of a customer's responsible manager (管户): from a monthly file, an assignment
        -- or a handover. Who managed a customer on a day: to_staff_id of the last change effective by
        -- then, else from_staff_id of the first change, else customers.manager_id.
        CREATE TABLE manager_changes (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
            from_staff_id INTEGER REFERENCES staff(id),
            to_staff_id INTEGER REFERENCES staff(id),
            effective_on TEXT NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('import', 'assign', 'handover')),
            batch_id INTEGER REFERENCES import_batches(id),
            handover_id INTEGER REFERENCES handovers(id),
            actor TEXT NOT NULL,
            recorded_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX manager_changes_customer ON manager_changes(customer_id, effective_on);

        -- contact records (走访/回访). customer_no is kept beside the id: if an undone import forgets
        -- the customer the id becomes NULL, and the next import that lists the number links it again.
        CREATE TABLE visits (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
            customer_no TEXT NOT NULL,
            staff_id INTEGER NOT NULL REFERENCES staff(id),
            visited_at TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN ('phone', 'meeting', 'home', 'wechat', 'sms', 'branch')),
            purpose TEXT NOT NULL
                CHECK (purpose IN ('retention', 'maturity', 'care', 'marketing', 'complaint', 'other')),
            attitude TEXT NOT NULL CHECK (attitude IN ('stable', 'hesitant', 'leaving', 'gone')),
            reasons TEXT NOT NULL DEFAULT '[]',
            competitor TEXT,
            summary TEXT,
            next_on TEXT,
            warning_id INTEGER REFERENCES warnings(id) ON DELETE SET NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        -- covering for "each customer's latest contact" (due lists, the negative_feedback rule)
        CREATE INDEX visits_customer ON visits(customer_id, visited_at, next_on, attitude, purpose);
        CREATE INDEX visits_staff ON visits(staff_id, visited_at);
        CREATE INDEX visits_time ON visits(visited_at);
        CREATE INDEX visits_next ON visits(next_on) WHERE next_on IS NOT NULL;

        -- an edit keeps the record as it was before, so nothing written is ever lost
        CREATE TABLE visit_revisions (
            visit_id INTEGER NOT NULL REFERENCES visits(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            values_json TEXT NOT NULL,
            edited_by TEXT NOT NULL,
            edited_at TEXT NOT NULL,
            PRIMARY KEY (visit_id, revision)
        ) STRICT, WITHOUT ROWID;

        -- 信息反馈: what a customer said, carried to whoever can answer it and back
        CREATE TABLE feedback_items (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
            customer_no TEXT NOT NULL,
            visit_id INTEGER REFERENCES visits(id) ON DELETE SET NULL,
            category TEXT NOT NULL CHECK (category IN ('price', 'product', 'service', 'channel', 'process', 'other')),
            text TEXT NOT NULL,
            raised_by INTEGER NOT NULL REFERENCES staff(id),
            raised_on TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('recorded', 'forwarded', 'answered', 'closed')),
            forwarded_to TEXT,
            forwarded_on TEXT,
            answer TEXT,
            answered_on TEXT,
            closed_on TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX feedback_items_status ON feedback_items(status, raised_on);
        CREATE INDEX feedback_items_raised ON feedback_items(raised_on);
        CREATE INDEX feedback_items_visit ON feedback_items(visit_id);
        CREATE INDEX feedback_items_customer ON feedback_items(customer_id);

        CREATE TABLE feedback_events (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES feedback_items(id) ON DELETE CASCADE,
            from_status TEXT,
            to_status TEXT NOT NULL,
            on_date TEXT NOT NULL,
            forwarded_to TEXT,
            answer TEXT,
            note TEXT,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX feedback_events_item ON feedback_events(item_id);
        """
    )


@migrations(name="0004_index_snapshots_by_aum")
def index_snapshots_by_aum(db: Database) -> None:
    """The customer list sorted by a month's AUM reads this index in order instead of sorting 100k rows."""
    db.execute("CREATE INDEX snapshots_period_aum ON snapshots(period, aum_fen)")


@migrations(name="0005_create_security_tables")
def create_security_tables(db: Database) -> None:
    """Accounts, the hash-chained append-only audit log, and stable ids for records that travel between PCs."""
    _run(
        db,
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('柜员', '客户经理', '主管', '管理员', '审计')),
            staff_id INTEGER REFERENCES staff(id),
            password_hash TEXT NOT NULL,
            must_change INTEGER NOT NULL DEFAULT 0,
            disabled INTEGER NOT NULL DEFAULT 0,
            failed_count INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            last_login_at TEXT,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        ) STRICT;

        -- append-only: every row's hash covers the previous row's hash, so an edited, removed or
        -- inserted row breaks the chain from that point on. Rows name internal customer ids only.
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER,
            username TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
            customer_id INTEGER,
            target TEXT,
            details_json TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_log_at ON audit_log(at);
        CREATE INDEX audit_log_action ON audit_log(action, at);
        CREATE INDEX audit_log_customer ON audit_log(customer_id) WHERE customer_id IS NOT NULL;

        -- the retention purge is the only way rows leave: it opens a window over rows older than the
        -- kept months, deletes them and closes the window in one transaction; the anchor keeps the
        -- hash the first remaining row chains to
        CREATE TABLE audit_purge_window (
            up_to_id INTEGER NOT NULL,
            before_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE audit_anchor (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            first_id INTEGER NOT NULL,
            prev_hash TEXT NOT NULL
        ) STRICT;

        ALTER TABLE visits ADD COLUMN uid TEXT;
        ALTER TABLE feedback_items ADD COLUMN uid TEXT;
        ALTER TABLE feedback_events ADD COLUMN uid TEXT;
        ALTER TABLE warning_events ADD COLUMN uid TEXT;
        ALTER TABLE manager_changes ADD COLUMN uid TEXT;
        """
    )
    db.execute(
        """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END"""
    )
    db.execute(
        """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        WHEN NOT EXISTS (SELECT 1 FROM audit_purge_window w WHERE OLD.id <= w.up_to_id AND OLD.at < w.before_at)
        BEGIN
            SELECT RAISE(ABORT, 'audit_log is append-only');
        END"""
    )
    # stable unique ids for records that travel in exchange packages: filled for old rows now,
    # and by a trigger for every new row (the code that inserts them need not know)
    for table in ("visits", "feedback_items", "feedback_events", "warning_events", "manager_changes"):
        db.execute(f"UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
        db.execute(f"CREATE UNIQUE INDEX {table}_uid ON {table}(uid)")
        db.execute(
            f"""CREATE TRIGGER {table}_give_uid AFTER INSERT ON {table} WHEN NEW.uid IS NULL
            BEGIN
                UPDATE {table} SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
            END"""
        )


@migrations(name="0006_create_exchange_tables")
def create_exchange_tables(db: Database) -> None:
    """Offline exchange between PCs: this PC's id, what it changed since its last export, the log of
    packages, where received records came from, records waiting for their customer, and conflicts."""
    _run(
        db,
        """
        -- one row: this PC's id in exchange packages. The fingerprint (a hash of the computer's name and
        -- the database path) tells a copied database file apart, which then takes an id of its own.
        -- ``importing`` holds a package id only inside an import's transaction: what it writes is not
        -- this PC's own work, so the outbox triggers leave it out.
        CREATE TABLE exchange_device (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            device_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            created_at TEXT NOT NULL,
            importing TEXT
        ) STRICT;

        -- what this PC recorded or changed since its last export: one row per record and person
        -- (filled by triggers, emptied by the export that carries the record)
        CREATE TABLE exchange_outbox (
            kind TEXT NOT NULL CHECK (kind IN ('contact', 'feedback', 'warning', 'assignment', 'handover')),
            row_id INTEGER NOT NULL,
            actor TEXT NOT NULL,
            PRIMARY KEY (kind, row_id, actor)
        ) STRICT, WITHOUT ROWID;

        -- every package written or read here
        CREATE TABLE exchange_log (
            id INTEGER PRIMARY KEY,
            package_id TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
            source_device TEXT NOT NULL,
            created_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            counts_json TEXT NOT NULL,
            unchanged INTEGER NOT NULL DEFAULT 0,
            conflicts INTEGER NOT NULL DEFAULT 0,
            pending INTEGER NOT NULL DEFAULT 0,
            actor TEXT NOT NULL,
            at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX exchange_log_package ON exchange_log(package_id, direction);

        -- records that arrived from another PC: the PC that first recorded them, and the local record
        -- they became (local_uid differs from uid when the record was already here under another uid)
        CREATE TABLE exchange_records (
            uid TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            local_uid TEXT NOT NULL,
            origin_device TEXT NOT NULL,
            package_id TEXT NOT NULL,
            received_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX exchange_records_local ON exchange_records(local_uid);

        -- received changes that cannot apply yet (the customer or its warning is not on this PC until
        -- a monthly import brings it); retried on every exchange import and after monthly imports
        CREATE TABLE exchange_pending (
            uid TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('warning', 'assignment')),
            customer_no TEXT NOT NULL,
            reason TEXT NOT NULL,
            payload_json TEXT NOT NULL,
            origin_device TEXT NOT NULL,
            package_id TEXT NOT NULL,
            received_at TEXT NOT NULL
        ) STRICT;

        -- the same record changed on two PCs: which change was kept current and which went to history
        CREATE TABLE exchange_conflicts (
            id INTEGER PRIMARY KEY,
            package_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('warning', 'contact', 'feedback', 'assignment')),
            record TEXT NOT NULL,
            kept TEXT NOT NULL,
            other TEXT NOT NULL,
            message TEXT NOT NULL,
            at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX exchange_conflicts_package ON exchange_conflicts(package_id);

        -- records removed on purpose here (retention purge, erasure on request): never taken back in
        CREATE TABLE exchange_forgotten (
            uid TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            at TEXT NOT NULL
        ) STRICT;

        ALTER TABLE handovers ADD COLUMN uid TEXT;
        """
    )
    db.execute("UPDATE handovers SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL")
    db.execute("CREATE UNIQUE INDEX handovers_uid ON handovers(uid)")
    db.execute(
        """CREATE TRIGGER handovers_give_uid AFTER INSERT ON handovers WHEN NEW.uid IS NULL
        BEGIN
            UPDATE handovers SET uid = lower(hex(randomblob(16))) WHERE rowid = NEW.rowid;
        END"""
    )
    # the outbox: every record this PC's people write (not what an import brings) waits for the next export
    local = "(SELECT importing FROM exchange_device WHERE id = 1) IS NULL"
    outbox = "INSERT OR IGNORE INTO exchange_outbox (kind, row_id, actor) VALUES"
    for name, event, condition, values in (
        ("visits_outbox_insert", "INSERT ON visits", "", "('contact', NEW.id, NEW.updated_by)"),
        (
            "visits_outbox_update",
            "UPDATE OF staff_id, visited_at, channel, purpose, attitude, reasons, competitor, summary, next_on, "
            "revision ON visits",
            "",
            "('contact', NEW.id, NEW.updated_by)",
        ),
        ("feedback_items_outbox_insert", "INSERT ON feedback_items", "", "('feedback', NEW.id, NEW.updated_by)"),
        (
            "feedback_items_outbox_update",
            "UPDATE OF category, text, status, forwarded_to, forwarded_on, answer, answered_on, closed_on "
            "ON feedback_items",
            "",
            "('feedback', NEW.id, NEW.updated_by)",
        ),
        ("feedback_events_outbox", "INSERT ON feedback_events", "", "('feedback', NEW.item_id, NEW.actor)"),
        ("warning_events_outbox", "INSERT ON warning_events", "NEW.kind = 'status' AND ", "('warning', NEW.warning_id, NEW.actor)"),
        (
            "manager_changes_outbox",
            "INSERT ON manager_changes",
            "NEW.source IN ('assign', 'handover') AND ",
            "('assignment', NEW.id, NEW.actor)",
        ),
        ("handovers_outbox", "INSERT ON handovers", "", "('handover', NEW.id, NEW.actor)"),
    ):
        db.execute(f"CREATE TRIGGER {name} AFTER {event} WHEN {condition}{local}\nBEGIN\n    {outbox} {values};\nEND")
    # what this PC holds from before the upgrade has never been exported: the first export carries it
    for statement in (
        "SELECT 'contact', id, created_by FROM visits UNION SELECT 'contact', id, updated_by FROM visits",
        "SELECT 'feedback', id, created_by FROM feedback_items UNION SELECT 'feedback', item_id, actor FROM feedback_events",
        "SELECT DISTINCT 'warning', warning_id, actor FROM warning_events WHERE kind = 'status'",
        "SELECT 'assignment', id, actor FROM manager_changes WHERE source IN ('assign', 'handover')",
        "SELECT 'handover', id, actor FROM handovers",
    ):
        db.execute(f"INSERT OR IGNORE INTO exchange_outbox (kind, row_id, actor) {statement}")


def _run(db: Database, script: str) -> None:
    """Run each statement of ``script`` on ``db``.

    Not ``executescript``: that commits first, which would break the migration's transaction.
    """
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


def registered_names() -> list[str]:
    """Names of every migration this version of the app knows, in order."""
    return [m.name for m in migrations.pending(Database(memory=True, execute_plugins=False))]
