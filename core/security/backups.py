"""Backups and restore (stub: the interface the GUI and CLI code against; filled in by the backups work)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from core.actors import Actor


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when, why (before-import, before-migration, daily, manual, before-restore), size."""

    path: Path
    created_at: str  # ISO datetime
    reason: str
    size: int


@dataclass(frozen=True)
class Restored:
    """A finished restore: which backup, and where the database as it was before is kept."""

    source: Path
    kept_aside: Path


class BackupRefused(Exception):
    """A backup or restore refused; nothing changed. ``message()`` is Chinese."""

    def __init__(self, template: str, **params: object) -> None:
        super().__init__(template)
        self.template, self.params = template, params

    def message(self) -> str:
        """The explanation."""
        return self.template.format(**self.params)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of the database at ``db_path``, newest first."""
    raise NotImplementedError


def create_backup(db: Database, actor: Actor, out: Path | None = None, *, reason: str = "manual") -> Path:
    """A verified consistent copy (to ``out`` or the backups folder, rotated); audited. Permission backup.create."""
    raise NotImplementedError


def daily_backup_if_due(db: Database, actor: Actor) -> Path | None:
    """The first start of a day backs the database up (None when today's backup exists)."""
    raise NotImplementedError


def restore_backup(db_path: Path, actor: Actor, backup: Path) -> Restored:
    """Replace the (closed) database at ``db_path`` with ``backup`` after verifying it; the current file is kept aside.

    Permission backup.restore. The caller must have closed every connection to ``db_path``.
    """
    raise NotImplementedError
