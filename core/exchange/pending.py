"""Received changes waiting for their customer or warning, applied once the monthly import brings them.

Contacts and feedback never wait: they keep their 客户号 and are linked by the monthly import (as
after an undone import). What needs the customer itself, a change of manager or of a warning's
status, waits in ``exchange_pending`` and is retried at every exchange import, and by
``apply_pending`` which the monthly import calls after it has written its customers.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from core.exchange.device import ensure_device, set_importing
from core.exchange.merge_assignments import merge_assignment
from core.exchange.merge_warnings import merge_warning
from core.exchange.refs import MergeContext


def retry_pending(ctx: MergeContext) -> int:
    """Apply every waiting change whose customer (and warning) is now here; returns how many applied."""
    applied = 0
    warnings: dict[tuple[str, str], dict[str, Any]] = {}
    for kind, raw in ctx.db.execute("select kind, payload_json from exchange_pending order by received_at, uid").fetchall():
        rec = json.loads(raw)
        if kind == "assignment":
            applied += merge_assignment(ctx, rec) == "applied"
            continue
        key = (rec["customer_no"], rec["first_period"])
        merged = warnings.setdefault(key, {**rec, "events": []})
        known = {e["uid"] for e in merged["events"]}
        merged["events"] += [e for e in rec["events"] if e["uid"] not in known]
    for rec in warnings.values():
        applied += merge_warning(ctx, rec) == "applied"
    return applied


def pending_count(db: Database) -> int:
    """How many received changes are waiting."""
    return int(db.execute("select count(*) from exchange_pending").fetchone()[0])


def apply_pending(db: Database, *, now: datetime | None = None) -> int:
    """Retry the waiting changes (the monthly import calls this after writing its customers).

    Runs inside the caller's transaction if one is open (else in its own); what it writes is not
    this PC's own work, so it stays out of the next export. Returns how many changes were applied.
    """
    if db.execute("select 1 from exchange_pending limit 1").fetchone() is None:
        return 0
    stamp = (now or datetime.now()).isoformat(timespec="seconds")
    with db.atomic():  # a savepoint inside the caller's transaction, else a transaction of its own
        device = ensure_device(db, stamp)
        set_importing(db, "pending")
        try:
            return retry_pending(MergeContext(db, "pending", device, stamp))
        finally:
            if db.conn.in_transaction:
                set_importing(db, None)
