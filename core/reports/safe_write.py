"""Writing a file so that a failure never leaves half a file or destroys the old one.

The content goes to a temporary file in the target folder (same disk, so the final move is
atomic), is flushed to disk, and only then replaces the target with ``os.replace``. A target
that Excel, WPS or LibreOffice has open is refused with 「请先关闭同名文件」 before anything is
written: they leave an owner file beside it (``~$name`` for Excel and WPS, ``.~lock.name#`` for
LibreOffice), and on Windows the open file itself refuses to be replaced (PermissionError).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from core.i18n import QT_TRANSLATE_NOOP
from core.reports.refused import ReportRefused

log = logging.getLogger(__name__)
CTX = "Reports"
T = TypeVar("T")

LOCKED = QT_TRANSLATE_NOOP(
    CTX,
    "请先关闭同名文件「{name}」：它正在 Excel、WPS 或其他程序中打开，无法覆盖。原文件未作任何改动，关闭后请重新导出。"
    "（如果确实没有打开，请删除同一文件夹中的隐藏文件「{owner}」后重试。）",
)
LOCKED_NO_OWNER = QT_TRANSLATE_NOOP(
    CTX,
    "请先关闭同名文件「{name}」：它正在 Excel、WPS 或其他程序中打开，无法覆盖。原文件未作任何改动，关闭后请重新导出。",
)
UNWRITABLE = QT_TRANSLATE_NOOP(
    CTX, "无法写入文件夹「{folder}」（没有权限或磁盘已满）。请换一个文件夹后重试，未写入任何文件。"
)
FOLDER_MISSING = QT_TRANSLATE_NOOP(CTX, "文件夹「{folder}」不存在。请先建好文件夹，或换一个位置。")
IS_FOLDER = QT_TRANSLATE_NOOP(CTX, "「{name}」是一个文件夹，不能作为导出文件。请指定文件名，如 {name}/月报.xlsx。")


def owner_files(target: Path) -> list[Path]:
    """The owner (lock) files an office program keeps beside ``target`` while it has it open."""
    name = target.name
    candidates = (target.with_name("~$" + name), target.with_name(".~lock." + name + "#"))
    return [p for p in candidates if p.exists()]


def check_target(target: Path) -> None:
    """Refuse a target that cannot be replaced: a folder, a missing folder, or a file open in Excel/WPS."""
    if target.is_dir():
        raise ReportRefused("target_is_folder", IS_FOLDER, name=str(target))
    if not target.parent.is_dir():
        raise ReportRefused("folder_missing", FOLDER_MISSING, folder=str(target.parent))
    owners = owner_files(target)
    if owners:
        raise ReportRefused("target_locked", LOCKED, name=target.name, owner=owners[0].name)
    if target.exists() and os.name == "nt" and not _can_open_for_writing(target):
        raise ReportRefused("target_locked", LOCKED_NO_OWNER, name=target.name)


def _can_open_for_writing(target: Path) -> bool:
    """On Windows, a file Excel holds open cannot be opened for writing (sharing violation)."""
    try:
        with open(target, "r+b"):
            return True
    except PermissionError:
        return False


def write_safely(target: Path | str, write: Callable[[Path], T]) -> T:
    """Call ``write(temporary_path)``, then move the finished file onto ``target``; return what ``write`` returned.

    If ``write`` raises (an error, or ``Cancelled``), the temporary file is removed and ``target`` is
    untouched; the exception propagates.
    :raises ReportRefused: ``target_locked``, ``target_unwritable``, ``folder_missing``, ``target_is_folder``
    """
    target = Path(target).expanduser().absolute()
    check_target(target)
    temporary = _create_temporary(target)
    try:
        result = write(temporary)
        _flush_to_disk(temporary)
        if target.exists():
            shutil.copymode(target, temporary)  # an overwritten file keeps its permissions
        _replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return result


def _create_temporary(target: Path) -> Path:
    """A new empty file beside ``target``, created with the usual permissions (the umask applies)."""
    for _ in range(10):
        path = target.with_name(f".~liuke-{secrets.token_hex(4)}.tmp{target.suffix}")
        try:
            os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise ReportRefused("target_unwritable", UNWRITABLE, folder=str(target.parent)) from exc
        return path
    raise ReportRefused("target_unwritable", UNWRITABLE, folder=str(target.parent))


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except PermissionError as exc:  # Windows: the target is open in another program
        log.info("replace refused: %s", type(exc).__name__)
        owners = owner_files(target)
        if owners:
            raise ReportRefused("target_locked", LOCKED, name=target.name, owner=owners[0].name) from exc
        if target.exists():
            raise ReportRefused("target_locked", LOCKED_NO_OWNER, name=target.name) from exc
        raise ReportRefused("target_unwritable", UNWRITABLE, folder=str(target.parent)) from exc
    except OSError as exc:
        raise ReportRefused("target_unwritable", UNWRITABLE, folder=str(target.parent)) from exc
