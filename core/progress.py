"""Progress reporting and cancellation for long-running core operations.

Core code never imports Qt: it reports progress through a plain callable and
checks a CancelToken between batches. The UI adapts both to Qt signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """A snapshot of how far an operation has got."""

    done: int
    total: int
    stage: str  # a stable key such as "read", "check" or "save"; the UI turns it into words


ProgressFn = Callable[[Progress], None]


def no_progress(_: Progress) -> None:
    """Default progress sink: ignore updates."""


class Cancelled(Exception):
    """Raised inside an operation whose CancelToken was cancelled."""


class CancelToken:
    """Thread-safe flag that a UI thread sets and a worker thread polls."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the operation to stop at its next check."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether cancel() has been called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise Cancelled if cancel() has been called."""
        if self._event.is_set():
            raise Cancelled()


def check_cancel(cancel: CancelToken | None) -> None:
    """Raise Cancelled if ``cancel`` is set; a ``None`` token never cancels."""
    if cancel is not None:
        cancel.raise_if_cancelled()
