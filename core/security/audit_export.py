"""Exporting the audit log to Excel for an auditor (permission audit.export), itself audited.

One sheet of rows (oldest first) with every text written as a string (nothing becomes a formula),
and a second sheet saying who exported what, with which filter, and the result of the chain check
at that moment. Rows hold internal customer ids and masked texts only, as stored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlite_utils import Database

from core.actors import Actor
from core.files import file_sha256
from core.i18n import QT_TRANSLATE_NOOP, Translate, untranslated
from core.reports.cells import clean_text
from core.reports.safe_write import write_safely
from core.security import audit
from core.security.audit import OUTCOMES, AuditFilter, AuditRow
from core.security.clock import Clock, system_clock
from core.security.permissions import can, require

CTX = "AuditExport"
HEADERS: tuple[tuple[str, float], ...] = (
    (QT_TRANSLATE_NOOP(CTX, "序号"), 8),
    (QT_TRANSLATE_NOOP(CTX, "时间"), 20),
    (QT_TRANSLATE_NOOP(CTX, "用户"), 12),
    (QT_TRANSLATE_NOOP(CTX, "角色"), 8),
    (QT_TRANSLATE_NOOP(CTX, "操作"), 16),
    (QT_TRANSLATE_NOOP(CTX, "操作代码"), 16),
    (QT_TRANSLATE_NOOP(CTX, "结果"), 6),
    (QT_TRANSLATE_NOOP(CTX, "客户内部编号"), 12),
    (QT_TRANSLATE_NOOP(CTX, "对象"), 18),
    (QT_TRANSLATE_NOOP(CTX, "详情"), 60),
    (QT_TRANSLATE_NOOP(CTX, "哈希"), 20),
)
SHEET = QT_TRANSLATE_NOOP(CTX, "审计日志")
ABOUT = QT_TRANSLATE_NOOP(CTX, "导出说明")


def export_audit(
    db: Database,
    actor: Actor,
    out: Path,
    f: AuditFilter | None = None,
    *,
    translate: Translate = untranslated,
    clock: Clock = system_clock,
) -> int:
    """Write the audit rows matching ``f`` to ``out`` (.xlsx) and return how many; audited as ``audit_export``.

    :raises PermissionDenied: the role may not export the audit log (nothing written)
    :raises ReportRefused: the target cannot be written (open in Excel, missing folder…)
    """
    require(actor, "audit.export")
    f = f or AuditFilter()
    check = audit.verify_chain(db, actor) if can(actor, "audit.view") else None
    rows = list(audit.iter_audit(db, actor, f))
    write_safely(Path(out), _writer(rows, f, actor, check, translate, clock))
    audit.record(db, actor, "audit_export", target=f"file:{Path(out).name}", clock=clock, details={
        "rows": len(rows), "sha256": file_sha256(Path(out)), "filter": _filter_dict(f),
    })
    return len(rows)


def _filter_dict(f: AuditFilter) -> dict[str, object]:
    return {k: v for k, v in vars(f).items() if v not in (None, "")}


def _writer(
    rows: list[AuditRow], f: AuditFilter, actor: Actor, check: audit.ChainCheck | None, translate: Translate,
    clock: Clock,
) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        wb = xlsxwriter.Workbook(str(path), {
            "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False,
        })
        try:
            _rows_sheet(wb, rows, translate)
            _about_sheet(wb, rows, f, actor, check, translate, clock)
        finally:
            wb.close()

    return write


def _rows_sheet(wb: Any, rows: list[AuditRow], translate: Translate) -> None:
    ws = wb.add_worksheet(translate(CTX, SHEET))
    head = wb.add_format({"bold": True, "bg_color": "#1F4E78", "font_color": "#FFFFFF", "border": 1})
    text = wb.add_format({"num_format": "@", "valign": "top"})
    wrap = wb.add_format({"num_format": "@", "valign": "top", "text_wrap": True})
    for col, (title, width) in enumerate(HEADERS):
        ws.set_column(col, col, width, wrap if col == 9 else text)
        ws.write_string(0, col, translate(CTX, title), head)
    ws.freeze_panes(1, 0)
    for r, row in enumerate(rows, start=1):
        values = (
            str(row.id), row.at, row.username, row.role, translate("Audit", row.action_label), row.action,
            translate("Audit", OUTCOMES.get(row.outcome, row.outcome)),
            "" if row.customer_id is None else str(row.customer_id), row.target or "",
            json.dumps(row.details, ensure_ascii=False, sort_keys=True) if row.details else "", row.hash[:16],
        )
        for col, value in enumerate(values):
            ws.write_string(r, col, clean_text(value), wrap if col == 9 else text)
    ws.autofilter(0, 0, max(len(rows), 1), len(HEADERS) - 1)


def _about_sheet(
    wb: Any, rows: list[AuditRow], f: AuditFilter, actor: Actor, check: audit.ChainCheck | None,
    translate: Translate, clock: Clock,
) -> None:
    ws = wb.add_worksheet(translate(CTX, ABOUT))
    ws.set_column(0, 0, 16)
    ws.set_column(1, 1, 70)
    lines = (
        (QT_TRANSLATE_NOOP(CTX, "导出人"), f"{actor.display_name}（{actor.username}，{actor.role}）"),
        (QT_TRANSLATE_NOOP(CTX, "导出时间"), audit.now_text(clock)),
        (QT_TRANSLATE_NOOP(CTX, "条数"), str(len(rows))),
        (QT_TRANSLATE_NOOP(CTX, "筛选条件"), json.dumps(_filter_dict(f), ensure_ascii=False) if _filter_dict(f) else "—"),
        (QT_TRANSLATE_NOOP(CTX, "哈希链校验"), check.message(translate) if check else "—"),
        (QT_TRANSLATE_NOOP(CTX, "说明"), translate(CTX, QT_TRANSLATE_NOOP(
            CTX, "审计记录只含客户内部编号，证件号、手机号等已脱敏。本文件含内部信息，请妥善保管。"))),
    )
    text = wb.add_format({"num_format": "@", "text_wrap": True, "valign": "top"})
    for r, (label, value) in enumerate(lines):
        ws.write_string(r, 0, translate(CTX, label), text)
        ws.write_string(r, 1, clean_text(value), text)
