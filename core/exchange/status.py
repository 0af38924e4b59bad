"""Where this PC stands in the exchange (for the 数据 page and the CLI), the kept conflicts, and tombstones."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database

from core.actors import Actor
from core.exchange.device import own_device_id
from core.exchange.model import Conflict
from core.exchange.pending import pending_count
from core.security.permissions import PermissionDenied, can, sees_all_customers


@dataclass(frozen=True)
class ExchangeStatus:
    """This PC's exchange state as the acting user sees it."""

    device: str | None  # this PC's id in packages (None before its first exchange)
    waiting: int  # records the user would export now (their own, or all for a 主管)
    last_export: str | None  # ISO datetime
    last_import: str | None
    pending: int  # received changes waiting for their customer or warning
    conflicts: int  # conflicts kept so far


@dataclass(frozen=True)
class ConflictEntry:
    """A conflict as kept in history: when, in which package's import."""

    at: str
    package_id: str
    conflict: Conflict


def _require_exchange(actor: Actor) -> None:
    if not (can(actor, "exchange.export") or can(actor, "exchange.import")):
        raise PermissionDenied(actor, "exchange.import")


def exchange_status(db: Database, actor: Actor) -> ExchangeStatus:
    """The figures the exchange screen shows. Permission exchange.export or exchange.import."""
    _require_exchange(actor)
    where, args = ("", []) if sees_all_customers(actor) else (" where actor = ?", [actor.username])
    waiting = db.execute(f"select count(*) from (select distinct kind, row_id from exchange_outbox{where})", args).fetchone()[0]
    last = dict(db.execute("select direction, max(at) from exchange_log group by direction").fetchall())
    return ExchangeStatus(
        device=own_device_id(db),
        waiting=int(waiting),
        last_export=last.get("export"),
        last_import=last.get("import"),
        pending=pending_count(db),
        conflicts=int(db.execute("select count(*) from exchange_conflicts").fetchone()[0]),
    )


def list_conflicts(db: Database, actor: Actor, *, limit: int = 200) -> list[ConflictEntry]:
    """The conflicts imports have resolved, newest first. Permission exchange.import."""
    _require_exchange(actor)
    return [
        ConflictEntry(at, package, Conflict(kind, record, kept, other, message))
        for at, package, kind, record, kept, other, message in db.execute(
            "select at, package_id, kind, record, kept, other, message from exchange_conflicts order by id desc limit ?",
            [limit],
        )
    ]


def forget_records(db: Database, kind: str, uids: Iterable[str], *, now: datetime | None = None) -> int:
    """Remember that these records were removed here on purpose (retention purge, erasure on request), so no
    package brings them back. Internal: the purge and the erasure call it inside their own transaction."""
    stamp = (now or datetime.now()).isoformat(timespec="seconds")
    rows = [(uid, kind, stamp) for uid in uids if uid]
    db.conn.executemany("insert or ignore into exchange_forgotten (uid, kind, at) values (?, ?, ?)", rows)
    return len(rows)
