"""Sheet 挽留成效: how the month's warnings ended, whether contacting in time made a difference, and who was
retained or lost."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from core.followup.effectiveness import Effectiveness
from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import DATE, ID, INT, MONEY, PERCENT, TEXT, Column
from core.reports.context import ReportContext
from core.reports.period import period_label
from core.reports.warnings_sheet import WarningRow
from core.reports.workbook import set_widths, setup_print, write_section, write_table, write_title

CTX = "Reports"
SHEET = QT_TRANSLATE_NOOP(CTX, "挽留成效")
TITLE = QT_TRANSLATE_NOOP(CTX, "挽留成效（{month}）")
SUBTITLE = QT_TRANSLATE_NOOP(
    CTX,
    "本月预警的处理结果（截至制表时）与联系是否及时的对比。是否流失按回测口径：其后 {horizon} 个月内不在清单，"
    "或金融资产较预警月下降 {pct}% 以上；“及时联系”指预警后 {days} 天内有联系记录或标记为已联系；"
    "“处理中”指新预警、已分派、已联系。",
)
OUTCOMES = QT_TRANSLATE_NOOP(CTX, "一、本月预警处理结果")
COMPARISON = QT_TRANSLATE_NOOP(CTX, "二、联系是否及时的对比：{month}新发预警（{observed}）")
OBSERVED = QT_TRANSLATE_NOOP(CTX, "已观察 {months} 个月，至 {until}")
NOT_YET = QT_TRANSLATE_NOOP(CTX, "其后月份尚未导入，去留待观察")
EARLIER = QT_TRANSLATE_NOOP(CTX, "三、联系是否及时的对比：{month}新发预警（{observed}）")
CUSTOMERS = QT_TRANSLATE_NOOP(CTX, "{number}、已挽留和已流失的客户")
NONE_CLOSED = QT_TRANSLATE_NOOP(CTX, "本月预警中还没有关闭为已挽留或已流失的。")
OPEN = QT_TRANSLATE_NOOP(CTX, "处理中")
TOTAL = QT_TRANSLATE_NOOP(CTX, "合计")
OUTCOME_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "处理结果"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "户数"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "涉及资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "占比"), PERCENT),
)
EFFECT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "分组"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "客户数"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "其后流失"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "流失率"), PERCENT),
    Column(QT_TRANSLATE_NOOP(CTX, "预警月资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "观察期末资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "资产保有率"), PERCENT),
)
LIST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "客户经理"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "等级"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "处理结果"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "涉及资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "本月金融资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "最近联系"), DATE),
    Column(QT_TRANSLATE_NOOP(CTX, "关闭说明"), TEXT, 40, wrap=True),
)
WIDTHS = (26, 12, 12, 12, 12, 14, 14, 14, 40)
NUMBERS = "一二三四"


def write_retention_sheet(
    wb: Workbook,
    ctx: ReportContext,
    rows: list[WarningRow],
    effect: Effectiveness,
    observed: Effectiveness | None,
    last_contact: dict[int, str],
) -> None:
    """The 挽留成效 sheet."""
    ws = wb.create_sheet(ctx.t(SHEET))
    subtitle = ctx.t(SUBTITLE).format(horizon=ctx.cfg.horizon, pct=ctx.cfg.left_drop_pct, days=effect.days)
    write_title(ws, ctx.t(TITLE).format(month=period_label(ctx.period)), subtitle, len(WIDTHS))
    set_widths(ws, WIDTHS)
    row = write_section(ws, 4, ctx.t(OUTCOMES))
    row = write_table(ws, row, OUTCOME_COLUMNS, outcome_rows(ctx, rows), ctx.translate, bold_rows=1)
    row = write_section(
        ws, row + 1, ctx.t(COMPARISON).format(month=period_label(effect.period), observed=_observed(ctx, effect))
    )
    row = write_table(ws, row, EFFECT_COLUMNS, effect_rows(ctx, effect), ctx.translate, bold_rows=1)
    number = 2
    if observed is not None:
        number += 1
        heading = ctx.t(EARLIER).format(month=period_label(observed.period), observed=_observed(ctx, observed))
        row = write_section(ws, row + 1, heading)
        row = write_table(ws, row, EFFECT_COLUMNS, effect_rows(ctx, observed), ctx.translate, bold_rows=1)
    row = write_section(ws, row + 1, ctx.t(CUSTOMERS).format(number=NUMBERS[number]))
    listed = _write_closed(ws, ctx, row, rows, last_contact)
    setup_print(ws, ctx.page, ctx.translate, title_rows=f"{row}:{row}" if listed else None)


def outcome_rows(ctx: ReportContext, rows: list[WarningRow]) -> list[tuple[object, ...]]:
    """已挽留 / 已流失 / 误报 / 处理中 with customers and AUM at stake, and the total."""
    groups = [
        (ctx.status("retained"), ("retained",)),
        (ctx.status("lost"), ("lost",)),
        (ctx.status("false_alarm"), ("false_alarm",)),
        (ctx.t(OPEN), ("new", "assigned", "contacted")),
    ]
    total = sum(r.aum_at_stake_fen for r in rows)
    out: list[tuple[object, ...]] = []
    for label, codes in groups:
        mine = [r for r in rows if r.status in codes]
        stake = sum(r.aum_at_stake_fen for r in mine)
        out.append((label, len(mine), stake, stake / total if total else None))
    out.append((ctx.t(TOTAL), len(rows), total, 1.0 if total else None))
    return out


def effect_rows(ctx: ReportContext, effect: Effectiveness) -> list[tuple[object, ...]]:
    """One row per group (contacted in time, later, never) and the not-in-time row."""
    groups = [*effect.groups, effect.not_within]
    return [
        (
            ctx.follow(g.label) + (f"（{effect.days}天内）" if g.key == "within" else ""),
            g.customers,
            g.left,
            g.left_rate,
            g.aum_reference_fen,
            g.aum_now_fen if g.left is not None else None,
            g.aum_kept if g.left is not None else None,
        )
        for g in groups
    ]


def _observed(ctx: ReportContext, effect: Effectiveness) -> str:
    if not effect.months_observed or effect.observed_until is None:
        return ctx.t(NOT_YET)
    return ctx.t(OBSERVED).format(months=effect.months_observed, until=period_label(effect.observed_until))


def _write_closed(
    ws: Worksheet, ctx: ReportContext, top: int, rows: list[WarningRow], last_contact: dict[int, str]
) -> bool:
    """The retained and lost customers, retained first; returns whether there were any."""
    closed = [r for r in rows if r.status in ("retained", "lost")]
    if not closed:
        ws.cell(row=top, column=1, value=ctx.t(NONE_CLOSED)).style = "lk_note"
        return False
    closed.sort(key=lambda r: (r.status != "retained", -r.aum_at_stake_fen, r.customer_no))
    values = [
        (
            r.customer_no,
            ctx.name(r.name),
            r.manager,
            ctx.tier(r.tier),
            ctx.status(r.status),
            r.aum_at_stake_fen,
            r.aum_fen,
            last_contact.get(r.customer_id),
            ctx.free(r.closed_reason),
        )
        for r in closed
    ]
    write_table(ws, top, LIST_COLUMNS, values, ctx.translate, autofilter=True)
    return True
