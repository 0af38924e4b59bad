"""The time source of security decisions, passed in so tests can move it (lockouts, idle locks)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """Local wall-clock time, to the second (sleep and suspend count)."""
    return datetime.now().replace(microsecond=0)
