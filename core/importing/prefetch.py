"""Read an import file ahead, on a background thread, while the caller opens the database and signs in.

The command line knows the file before it has a database: ``import FILE`` starts a ``Prefetch``
first, so sniffing, hashing and reading the sheet (python-calamine parses without holding the
GIL) overlap with loading the rest of the program, opening and migrating the database and the
sign-in. ``plan_import`` then takes what was read instead of reading again. Nothing is written
and nothing is shown until the import itself runs, after the permission check; a refusal found
while reading (a far-away cell, a broken workbook) is raised there, exactly as without the prefetch.
"""

from __future__ import annotations

import threading
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from core.files import file_sha256
from core.gc_pause import collector_paused
from core.importing.readers import WorkbookSource
from core.importing.sniff import DEFAULT_LIMITS, Limits, Sniffed, sniff
from core.progress import CancelToken


@dataclass
class Prepared:
    """What reading ahead produced: the file's kind, its hash, and the source with its first sheet loaded."""

    sniffed: Sniffed
    sha256: str
    source: WorkbookSource


class Prefetch:
    """Starts reading ``path`` at once; ``take`` waits for it. The garbage collector stays paused
    from the start until ``take`` or ``close`` (the rows read are a million objects it would scan)."""

    def __init__(self, path: Path, sheet: str | None = None, limits: Limits = DEFAULT_LIMITS) -> None:
        self.path, self.sheet, self.limits = Path(path), sheet, limits
        self._prepared: Prepared | None = None
        self._error: BaseException | None = None
        self._stop = CancelToken()  # set by close(): a read nobody will take stops between blocks
        self._pause = ExitStack()
        self._pause.enter_context(collector_paused())
        self._thread = threading.Thread(target=self._run, name="import-prefetch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        source = None
        try:
            sniffed = sniff(self.path, self.limits)
            sha = file_sha256(self.path)
            source = WorkbookSource(self.path, sniffed, self.limits)
            names = source.sheet_names
            first = self.sheet if self.sheet is not None else next((n for n in names if not source.is_hidden(n)), None)
            if first in names:
                source.load(first, self._stop)  # kept by the source; choosing the sheet then finds it loaded
            self._prepared = Prepared(sniffed, sha, source)
        except BaseException as exc:  # handed to the import, which raises it in its own thread
            self._error = exc
            if source is not None:
                source.close()

    def take(self, path: Path, sheet: str | None, limits: Limits) -> Prepared | None:
        """What was read, if it was read for this same request (else None: read it again).

        :raises ImportRefused: the file was refused while reading ahead
        """
        self._thread.join()
        try:
            if Path(path) != self.path or sheet != self.sheet or limits != self.limits:
                self.close()
                return None
            if self._error is not None:
                raise self._error
            prepared, self._prepared = self._prepared, None
            return prepared
        finally:
            self._pause.close()

    def close(self) -> None:
        """Stop the reading, wait for it to end and let go of it (the import did not run, or read on its own)."""
        self._stop.cancel()
        self._thread.join()
        if self._prepared is not None:
            self._prepared.source.close()
            self._prepared = None
        self._pause.close()
