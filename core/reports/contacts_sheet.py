"""Sheet 走访记录: every contact record of the month, oldest first."""

from __future__ import annotations

from collections import Counter

from openpyxl import Workbook

from core.followup.contact_queries import ContactRecord
from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import DATE, DATETIME, ID, INT, TEXT, Column
from core.reports.context import ReportContext
from core.reports.period import period_label
from core.reports.workbook import fit_columns, setup_print, write_table, write_title

CTX = "Reports"
SHEET = QT_TRANSLATE_NOOP(CTX, "走访记录")
TITLE = QT_TRANSLATE_NOOP(CTX, "走访记录（{month}）")
SUBTITLE = QT_TRANSLATE_NOOP(
    CTX, "本月联系 {count} 次，涉及客户 {customers} 户。按联系方式：{channels}；按客户态度：{attitudes}。"
)
NOTHING = QT_TRANSLATE_NOOP(CTX, "无")
COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "序号"), INT, 6),
    Column(QT_TRANSLATE_NOOP(CTX, "联系时间"), DATETIME, 16.5),
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID, 13),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "联系人"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "方式"), TEXT, 9),
    Column(QT_TRANSLATE_NOOP(CTX, "目的"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "客户态度"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "原因"), TEXT, 18, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "提到的他行"), TEXT, 12),
    Column(QT_TRANSLATE_NOOP(CTX, "联系摘要"), TEXT, 48, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "下次跟进"), DATE, 11),
)


def write_contacts_sheet(wb: Workbook, ctx: ReportContext, contacts: list[ContactRecord]) -> None:
    """The 走访记录 sheet."""
    ws = wb.create_sheet(ctx.t(SHEET))
    write_title(ws, ctx.t(TITLE).format(month=period_label(ctx.period)), _subtitle(ctx, contacts), len(COLUMNS))
    values = contact_rows(ctx, contacts)
    write_table(ws, 4, COLUMNS, values, ctx.translate, autofilter=True, freeze=True)
    fit_columns(ws, COLUMNS, values, ctx.translate)
    setup_print(ws, ctx.page, ctx.translate, title_rows="4:4")


def contact_rows(ctx: ReportContext, contacts: list[ContactRecord]) -> list[tuple[object, ...]]:
    """One row per record: labels translated, the customer's name and the free text masked when leaving the branch."""
    return [
        (
            i,
            c.visited_at,
            c.customer_no,
            ctx.name(c.customer_name),
            c.staff_name,
            ctx.follow(c.channel),
            ctx.follow(c.purpose),
            ctx.follow(c.attitude),
            "、".join(ctx.follow(r) for r in c.reasons) or None,
            c.competitor,
            ctx.free(c.summary),
            c.next_on,
        )
        for i, c in enumerate(contacts, start=1)
    ]


def _subtitle(ctx: ReportContext, contacts: list[ContactRecord]) -> str:
    def counted(values: list[str]) -> str:
        pairs = Counter(ctx.follow(v) for v in values).most_common()
        return "、".join(f"{label} {n}" for label, n in pairs) or ctx.t(NOTHING)

    return ctx.t(SUBTITLE).format(
        count=len(contacts),
        customers=len({c.customer_no for c in contacts}),
        channels=counted([c.channel for c in contacts]),
        attitudes=counted([c.attitude for c in contacts]),
    )
