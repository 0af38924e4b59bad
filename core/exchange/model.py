"""The values that cross the exchange's boundary: the refusal, a conflict, the report of an export or import."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from core.refusal import Refused

CTX = "Exchange"

# the kinds of record a package carries, in the order an import merges them (later ones refer to earlier)
KINDS = ("handovers", "contacts", "feedback", "warnings", "assignments")
_DIGIT_RUN = re.compile(r"\d{7}")


def new_id() -> str:
    """A random id (package or device) with no run of 7 digits, so audit masking never alters it."""
    while True:
        value = uuid.uuid4().hex
        if not _DIGIT_RUN.search(value):
            return value


class ExchangeRefused(Refused):
    """A package could not be written or read (wrong password, damaged, other branch…); nothing changed."""

    context = CTX


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
    """What an export wrote or an import merged.

    ``counts``: for an export, records written per kind (contacts, feedback, warnings, assignments,
    handovers); for an import, what was added per kind (contacts, contact_versions, feedback,
    feedback_events, warning_events, warnings_changed, assignments, handovers, staff_added, unlinked).
    """

    path: Path
    counts: dict[str, int] = field(default_factory=dict)  # per kind: records written / added
    unchanged: int = 0
    conflicts: tuple[Conflict, ...] = ()
    package_id: str = ""
    source_device: str = ""
    file_sha256: str = ""
    pending: int = 0  # received changes waiting for their customer or warning (all packages so far)
    notes: tuple[str, ...] = ()  # Chinese remarks: a package that seems to be missing, records waiting

    @property
    def changed(self) -> bool:
        """Whether the import changed anything (False: every record was already here)."""
        return any(self.counts.values()) or bool(self.conflicts)
