"""Offline exchange between PCs (stub: the interface; filled in by the exchange work).

A user exports what they recorded since their last exchange (contacts, feedback, assignments,
warning status changes) as one password-protected file; another PC imports it idempotently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from core.actors import Actor
from core.progress import CancelToken, ProgressFn, no_progress


class ExchangeRefused(Exception):
    """A package could not be written or read (wrong password, damaged, other branch…); nothing changed."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.template, self.params = template, params

    def message(self) -> str:
        """The Chinese explanation."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Conflict:
    """The same record changed on both PCs: which one won (the later change) and what was kept in history."""

    kind: str  # warning, contact, feedback, assignment
    record: str  # a readable reference without identifiers (customer number masked)
    kept: str  # what is current now
    other: str  # what went to history
    message: str


@dataclass(frozen=True)
class ExchangeReport:
    """What an export wrote or an import merged."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)  # per kind: records written / added
    unchanged: int = 0
    conflicts: tuple[Conflict, ...] = ()


def export_package(
    db: Database, actor: Actor, out: Path, password: str, *, progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ExchangeReport:
    """Write what this PC recorded since its last export into one encrypted file. Permission exchange.export."""
    raise NotImplementedError


def import_package(
    db: Database, actor: Actor, path: Path, password: str, *, progress: ProgressFn = no_progress,
    cancel: CancelToken | None = None,
) -> ExchangeReport:
    """Merge a package: importing twice changes nothing; conflicts resolved by the later change. Permission exchange.import."""
    raise NotImplementedError
