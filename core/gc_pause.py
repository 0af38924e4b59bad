"""Pause Python's cyclic garbage collector during bulk work that creates millions of objects.

A 100,000-row import builds well over a million container objects that all live until the
end; the collector would scan them again and again (about 0.3 s and pauses of 50–125 ms,
felt in the window when the import runs on a worker thread). The import makes no reference
cycles worth collecting, so it pauses the collector and restores it afterwards. The pause is
process-wide, so it is counted: nested or overlapping pauses end when the last one does.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic collector for the duration of the block (reference counting still frees)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
