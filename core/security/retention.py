"""Retention (stub: the interface; filled in by the retention work)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlite_utils import Database

from core.actors import Actor


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed (or, dry run, would remove): counts per kind and the cut-off dates."""

    dry_run: bool
    counts: dict[str, int] = field(default_factory=dict)  # snapshots, contacts, feedback, audit, customers
    cutoffs: dict[str, str] = field(default_factory=dict)


def purge(db: Database, actor: Actor, *, dry_run: bool = False) -> PurgeReport:
    """Remove personal data older than the retention settings, with secure delete. Permission data.purge."""
    raise NotImplementedError


def erase_customer(db: Database, actor: Actor, customer_no: str, reason: str) -> dict[str, int]:
    """Erase one customer's personal data on request (counts per table). Permission customer.erase."""
    raise NotImplementedError
