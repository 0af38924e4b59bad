"""Fast synthetic customers for model tests (plain SQL in one transaction; no Excel files)."""

from __future__ import annotations

STAMP = "2026-11-01T00:00:00"


def seed_customers(db, n: int, periods: tuple[str, ...] = ("2026-10",), managers: int = 5) -> None:  # noqa: ANN001
    """``n`` customers C00000.. with AUM (i * 1000 + 7) % 10_000_000 fen in every period."""
    with db.atomic():
        db.conn.executemany(
            "insert into staff (id, name, created_at) values (?, ?, ?)",
            [(i, f"经理{i}", STAMP) for i in range(1, managers + 1)],
        )
        for batch, period in enumerate(periods, 1):
            db.execute(
                """insert into import_batches (id, file_name, file_sha256, file_size, file_format, period,
                   period_source, mapping_json, status, imported_by, imported_at)
                   values (?, ?, ?, 1, 'xlsx', ?, 'option', '{}', 'committed', 'local', ?)""",
                [batch, f"{period}.xlsx", f"sha{batch}", period, STAMP],
            )
        db.conn.executemany(
            """insert into customers (id, customer_no, name, mobile, id_number, manager_id, first_period, last_period,
               updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            ((i + 1, f"C{i:05}", f"客户{i}", f"138{i:08}", f"44030519800517{i:04}", i % managers + 1,
              periods[0], periods[-1], STAMP) for i in range(n)),
        )
        for batch, period in enumerate(periods, 1):
            db.conn.executemany(
                "insert into snapshots (period, customer_id, batch_id, aum_fen, deposit_fen, manager_id) values (?, ?, ?, ?, ?, ?)",
                ((period, i + 1, batch, (i * 1000 + 7) % 10_000_000, i * 10, i % managers + 1) for i in range(n)),
            )
