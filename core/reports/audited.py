"""Files that leave the branch are audited: who wrote what, how many rows, the file's hash, masked or not.

``audited_write`` writes through ``write_safely`` inside a database transaction and records the audit
row before the finished file is moved into place, so the row commits only with the file, and a file
whose row could not be committed is removed again: there is never an unaudited export.

Unmasked ("full") files need ``export.full`` and a reason (``check_full``); the reason is kept in the
audit row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

from sqlite_utils import Database

from core.actors import Actor
from core.files import file_sha256
from core.i18n import QT_TRANSLATE_NOOP
from core.reports.refused import ReportRefused
from core.reports.safe_write import write_safely
from core.security import audit
from core.security.permissions import require

CTX = "Reports"
MIN_REASON = 2
NO_REASON = QT_TRANSLATE_NOOP(
    CTX, "导出完整信息（不脱敏）须填写理由，如：报送总行风险管理部。请填写理由后重试，未导出任何文件。"
)
T = TypeVar("T")


def check_full(actor: Actor, full: bool, reason: str | None) -> str | None:
    """The reason of an unmasked export, checked; None for a masked one.

    :raises PermissionDenied: ``full`` and the role may not export full values (only a 主管 may)
    :raises ReportRefused: ``no_reason`` when ``full`` and the reason is empty
    """
    if not full:
        return None
    require(actor, "export.full")
    text = (reason or "").strip()
    if len(text) < MIN_REASON:
        raise ReportRefused("no_reason", NO_REASON)
    return text


def audited_write(
    db: Database,
    actor: Actor,
    action: str,
    audit_target: str,
    target: Path | str,
    write: Callable[[Path], T],
    details: Callable[[T, str], Mapping[str, object]],
) -> T:
    """``write_safely(target, write)`` with one audit row ``action`` committed together with the file.

    :param audit_target: what the row names as acted on (``export:customers``, ``report:2026-10``)
    :param details: ``(what write returned, the file's sha256) -> audit details``
    :raises ReportRefused: as ``write_safely``; nothing was written or audited then
    """
    placed = False

    def write_and_record(path: Path) -> T:
        result = write(path)
        audit.record(db, actor, action, target=audit_target, details=details(result, file_sha256(path)))
        return result

    try:
        with db.atomic():
            result = write_safely(target, write_and_record)
            placed = True
    except BaseException:
        if placed:  # the file is in place but its audit row did not commit: take the file back
            with contextlib.suppress(OSError):
                Path(target).expanduser().absolute().unlink()
        raise
    return result
