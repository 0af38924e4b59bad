"""Save the rows a check rejected to an Excel file, as the file has them plus the row number and the reason.

The rows come from phase one (``ImportPlan.rejected_rows`` or ``NoValidRows.rejected_rows``),
already masked per column kind: the export never holds a full ID number or phone number.
The file is written beside the target and moved into place (``write_safely``), so an open
workbook of the same name is refused with "请先关闭同名文件" instead of half-overwritten.
Given the database and the acting user, the file is audited as an export (kind ``rejected_rows``,
rows, file hash) in the transaction that accepts it; writing it needs ``import.run``, as the check did.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Protocol

import xlsxwriter
from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from core.importing.codes import REJECTED, RowIssue
from core.reports.audited import audited_write
from core.reports.cells import clean_text, is_formula_like
from core.reports.safe_write import write_safely
from core.security.permissions import require

CTX = "ImportRejects"
ROW_HEADER = QT_TRANSLATE_NOOP(CTX, "行号")
REASON_HEADER = QT_TRANSLATE_NOOP(CTX, "原因")
SHEET_TITLE = QT_TRANSLATE_NOOP(CTX, "未通过的行")


class RejectedSource(Protocol):
    """What a check kept of its rejected rows: an ImportPlan or a NoValidRows refusal."""

    issues: list[RowIssue]
    rejected_rows: list[tuple[int, tuple[str, ...]]]
    rejected_headers: tuple[str, ...]


def reasons_by_row(issues: list[RowIssue], translate: Translate = untranslated) -> dict[int, str]:
    """The rejected issues' sentences per Excel row, joined with "；"."""
    found: dict[int, list[str]] = defaultdict(list)
    for issue in issues:
        if issue.row and issue.severity == REJECTED:
            text = issue.message(translate)
            found[issue.row].append(f"{issue.column}：{text}" if issue.column else text)
    return {row: "；".join(texts) for row, texts in found.items()}


def write_rejected_rows(
    source: RejectedSource,
    target: Path | str,
    *,
    translate: Translate = untranslated,
    db: Database | None = None,
    actor: Actor | None = None,
) -> int:
    """Write the rejected rows of ``source`` to the xlsx ``target``; return how many rows were written.

    Columns: 行号, the file's own columns (masked), 原因.
    :param translate: ``(context, text) -> text`` for the headers and the reasons
    :param db: with ``actor``: audit the file as an export (the window and scripts pass both)
    :raises PermissionDenied: ``actor`` may not import (only a 主管 may)
    :raises ReportRefused: the target is open in Excel, unwritable, or its folder is missing
    """
    if actor is not None:
        require(actor, "import.run")
    reasons = reasons_by_row(source.issues, translate)
    headers = [translate(CTX, ROW_HEADER), *source.rejected_headers, translate(CTX, REASON_HEADER)]

    def write(path: Path) -> int:
        options = {"strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
        wb = xlsxwriter.Workbook(str(path), options)
        ws = wb.add_worksheet(translate(CTX, SHEET_TITLE)[:31])
        bold = wb.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1})
        text = wb.add_format({"num_format": "@"})
        for c, header in enumerate(headers):
            ws.write_string(0, c, _safe(header), bold)
        for r, (row_number, cells) in enumerate(source.rejected_rows, start=1):
            ws.write_number(r, 0, row_number)
            for c, value in enumerate(cells, start=1):
                if value != "":
                    ws.write_string(r, c, _safe(value), text)
            ws.write_string(r, len(headers) - 1, _safe(reasons.get(row_number, "")))
        ws.freeze_panes(1, 1)
        ws.autofilter(0, 0, max(len(source.rejected_rows), 1), len(headers) - 1)
        ws.set_column(0, 0, 8)
        ws.set_column(1, len(headers) - 2, 14)
        ws.set_column(len(headers) - 1, len(headers) - 1, 60)
        wb.close()
        return len(source.rejected_rows)

    if db is None or actor is None:
        return write_safely(target, write)
    return audited_write(
        db, actor, "export", "export:rejected_rows", target, write,
        lambda rows, sha: {"kind": "rejected_rows", "rows": rows, "file_sha256": sha, "masked": True},
    )


def _safe(value: str) -> str:
    value = clean_text(str(value))
    return "'" + value if is_formula_like(value) else value
