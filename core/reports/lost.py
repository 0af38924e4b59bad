"""Sheet 流失客户: customers who left the list this month, or moved most of their money away."""

from __future__ import annotations

from openpyxl import Workbook

from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import DATE, ID, INT, MONEY, TEXT, Column
from core.reports.context import ReportContext
from core.reports.figures import Leaver
from core.reports.period import period_label
from core.reports.workbook import fit_columns, setup_print, write_table, write_title

CTX = "Reports"
SHEET = QT_TRANSLATE_NOOP(CTX, "流失客户")
TITLE = QT_TRANSLATE_NOOP(CTX, "流失客户（{month}）")
SUBTITLE = QT_TRANSLATE_NOOP(
    CTX,
    "上月（{previous}）在清单、本月不在清单的客户，以及金卡及以上客户资产较上月下降 {pct}% 以上的，共 {count} 户，"
    "减少金融资产 {aum} 万元。",
)
NO_PREVIOUS = QT_TRANSLATE_NOOP(CTX, "本月是第一个导入的月份，没有上月可比。")
KINDS = {
    "vanished": QT_TRANSLATE_NOOP(CTX, "本月不在清单"),
    "moved": QT_TRANSLATE_NOOP(CTX, "资产大幅转出"),
}
COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "序号"), INT, 6),
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID, 13),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "客户经理"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "上月等级"), TEXT, 9),
    Column(QT_TRANSLATE_NOOP(CTX, "流失类型"), TEXT, 14),
    Column(QT_TRANSLATE_NOOP(CTX, "上月金融资产"), MONEY, 14),
    Column(QT_TRANSLATE_NOOP(CTX, "本月金融资产"), MONEY, 14),
    Column(QT_TRANSLATE_NOOP(CTX, "减少资产"), MONEY, 14),
    Column(QT_TRANSLATE_NOOP(CTX, "预警状态"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "最近联系"), DATE, 11),
)


def write_lost_sheet(wb: Workbook, ctx: ReportContext, found: list[Leaver], last_contact: dict[int, str]) -> None:
    """The 流失客户 sheet.

    :param last_contact: customer id → ISO date of the latest contact (from the follow-up records)
    """
    ws = wb.create_sheet(ctx.t(SHEET))
    if ctx.previous is None:
        subtitle = ctx.t(NO_PREVIOUS)
    else:
        subtitle = ctx.t(SUBTITLE).format(
            previous=period_label(ctx.previous),
            pct=ctx.cfg.left_drop_pct,
            count=len(found),
            aum=f"{sum(x.aum_lost_fen for x in found) / 1_000_000:,.2f}",
        )
    write_title(ws, ctx.t(TITLE).format(month=period_label(ctx.period)), subtitle, len(COLUMNS))
    values = [
        (
            i,
            x.customer_no,
            ctx.name(x.name),
            x.manager,
            ctx.tier(x.tier),
            ctx.t(KINDS[x.kind]),
            x.aum_before_fen,
            x.aum_now_fen,
            x.aum_lost_fen,
            ctx.status(x.warning_status),
            last_contact.get(x.customer_id),
        )
        for i, x in enumerate(found, start=1)
    ]
    write_table(ws, 4, COLUMNS, values, ctx.translate, autofilter=True, freeze=True)
    fit_columns(ws, COLUMNS, values, ctx.translate)
    setup_print(ws, ctx.page, ctx.translate, title_rows="4:4")
