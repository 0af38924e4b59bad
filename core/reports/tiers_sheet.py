"""Sheet 客户分层: customers and AUM by tier this month and last, and the tier migration matrix."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import PatternFill
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import INT, MONEY, PERCENT, TEXT, UNIT_WAN, Column
from core.reports.charts import bar_chart
from core.reports.context import ReportContext
from core.reports.figures import GONE, NEW, TIERS, TierCount
from core.reports.period import period_label
from core.reports.workbook import put, set_widths, setup_print, write_header, write_section, write_table, write_title
from core.settings import money_text

CTX = "Reports"
SHEET = QT_TRANSLATE_NOOP(CTX, "客户分层")
TITLE = QT_TRANSLATE_NOOP(CTX, "客户分层（{month}）")
RULE_NOTE = QT_TRANSLATE_NOOP(
    CTX,
    "等级按月末金融资产认定：金卡 {gold} 起，白金 {platinum} 起，钻石 {diamond} 起，私行 {private} 起；"
    "资产低于等级标准连续 {months} 个月（私行 {private_months} 个月）后降级，期间为“关注”。上月为 {previous}。",
)
DISTRIBUTION = QT_TRANSLATE_NOOP(CTX, "一、等级分布")
MIGRATION = QT_TRANSLATE_NOOP(CTX, "二、等级迁移（上月 → 本月，户数）")
MIGRATION_NOTE = QT_TRANSLATE_NOOP(CTX, "绿色：升级或新进入清单；红色：降级或离开清单；蓝色：等级不变。")
CHART_SECTION = QT_TRANSLATE_NOOP(CTX, "三、等级分布图")
COUNT_CHART = QT_TRANSLATE_NOOP(CTX, "各等级客户数（户）")
UNIT_HU = QT_TRANSLATE_NOOP(CTX, "户")
THIS_MONTH = QT_TRANSLATE_NOOP(CTX, "本月")
LAST_MONTH = QT_TRANSLATE_NOOP(CTX, "上月")
CHART_TITLE = QT_TRANSLATE_NOOP(CTX, "各等级金融资产（万元）")
TOTAL = QT_TRANSLATE_NOOP(CTX, "合计")
HIGH_VALUE = QT_TRANSLATE_NOOP(CTX, "其中高价值（{tier}及以上）")
CORNER = QT_TRANSLATE_NOOP(CTX, "上月＼本月")
NEW_ROW = QT_TRANSLATE_NOOP(CTX, "上月不在清单（新客户）")
GONE_COLUMN = QT_TRANSLATE_NOOP(CTX, "本月不在清单")
NONE = QT_TRANSLATE_NOOP(CTX, "无（首个月份）")
COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "等级"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "本月户数"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "上月户数"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "户数变动"), INT, change=True),
    Column(QT_TRANSLATE_NOOP(CTX, "本月金融资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "上月金融资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "资产变动"), MONEY, change=True),
    Column(QT_TRANSLATE_NOOP(CTX, "户数占比"), PERCENT),
    Column(QT_TRANSLATE_NOOP(CTX, "资产占比"), PERCENT),
    Column(QT_TRANSLATE_NOOP(CTX, "其中关注"), INT),
)
WIDTHS = (24, 13, 13, 13, 15, 15, 15, 13, 13, 13)
FILLS = {"up": "E2EFDA", "down": "FCE4D6", "same": "DDEBF7"}


def write_tiers_sheet(
    wb: Workbook, ctx: ReportContext, now: list[TierCount], before: list[TierCount], moves: dict[tuple[int, int], int]
) -> None:
    """The 客户分层 sheet: distribution table, migration matrix and the AUM-by-tier chart."""
    ws = wb.create_sheet(ctx.t(SHEET))
    bounds = [money_text(b) for b in ctx.cfg.tiers.bounds_fen]
    note = ctx.t(RULE_NOTE).format(
        gold=bounds[0],
        platinum=bounds[1],
        diamond=bounds[2],
        private=bounds[3],
        months=ctx.cfg.tiers.downgrade_months,
        private_months=ctx.cfg.tiers.private_downgrade_months,
        previous=period_label(ctx.previous) if ctx.previous else ctx.t(NONE),
    )
    write_title(ws, ctx.t(TITLE).format(month=period_label(ctx.period)), note, len(COLUMNS))
    set_widths(ws, WIDTHS)
    row = write_section(ws, 4, ctx.t(DISTRIBUTION))
    table_top = row
    row = write_table(ws, row, COLUMNS, distribution_rows(ctx, now, before), ctx.translate, bold_rows=2)
    row = write_section(ws, row + 1, ctx.t(MIGRATION))
    row = _write_matrix(ws, ctx, row, moves)
    ws.cell(row=row, column=1, value=ctx.t(MIGRATION_NOTE)).style = "lk_subtitle"
    ws.row_breaks.append(Break(id=row + 1))
    row = write_section(ws, row + 2, ctx.t(CHART_SECTION))
    cats = (1, table_top + 1, table_top + TIERS)
    names = (ctx.t(THIS_MONTH), ctx.t(LAST_MONTH)) if ctx.previous else (ctx.t(THIS_MONTH),)
    last = 3 if ctx.previous else 2
    bar_chart(
        ws,
        ctx.t(COUNT_CHART),
        ctx.t(UNIT_HU),
        cats=cats,
        data=(2, table_top, last, table_top + TIERS),
        anchor=f"A{row}",
        names=names,
        labels=False,
        width=14,
        height=9,
    )
    bar_chart(
        ws,
        ctx.t(CHART_TITLE),
        ctx.t(UNIT_WAN),
        cats=cats,
        data=(5, table_top, last + 3, table_top + TIERS),
        anchor=f"F{row}",
        names=names,
        labels=False,
        width=14,
        height=9,
    )
    setup_print(ws, ctx.page, ctx.translate)


def distribution_rows(ctx: ReportContext, now: list[TierCount], before: list[TierCount]) -> list[tuple[object, ...]]:
    """Rows of the distribution table: 私行 … 大众, 合计, 其中高价值."""
    total_n = sum(t.customers for t in now)
    total_aum = sum(t.aum_fen for t in now)
    had = ctx.previous is not None

    def row(label: str, a: list[TierCount], b: list[TierCount]) -> tuple[object, ...]:
        n, aum, watch = sum(t.customers for t in a), sum(t.aum_fen for t in a), sum(t.watch for t in a)
        n0, aum0 = sum(t.customers for t in b), sum(t.aum_fen for t in b)
        return (
            label,
            n,
            n0 if had else None,
            n - n0 if had else None,
            aum,
            aum0 if had else None,
            aum - aum0 if had else None,
            n / total_n if total_n else None,
            aum / total_aum if total_aum else None,
            watch,
        )

    rows = [row(ctx.tier(t) or "", [now[t]], [before[t]]) for t in reversed(range(TIERS))]
    rows.append(row(ctx.t(TOTAL), now, before))
    high = ctx.high_value_from
    rows.append(row(ctx.t(HIGH_VALUE).format(tier=ctx.tier(high)), now[high:], before[high:]))
    return rows


def _write_matrix(ws: Worksheet, ctx: ReportContext, top: int, moves: dict[tuple[int, int], int]) -> int:
    order = list(reversed(range(TIERS)))  # 私行 first
    columns = [Column(CORNER, TEXT)] + [Column(ctx.tier(t) or "", INT) for t in order]
    columns += [Column(GONE_COLUMN, INT), Column(TOTAL, INT)]
    write_header(ws, top, columns, ctx.translate)
    row = top + 1
    for source in [*order, NEW]:
        label = ctx.t(NEW_ROW) if source == NEW else ctx.tier(source)
        put(ws, row, 1, label, TEXT, bold=True)
        targets = [*order, GONE]
        for offset, target in enumerate(targets, start=2):
            if source == NEW and target == GONE:
                continue
            put(ws, row, offset, moves.get((source, target), 0), INT)
            ws.cell(row=row, column=offset).fill = PatternFill("solid", fgColor=FILLS[_direction(source, target)])
        put(ws, row, len(columns), sum(moves.get((source, t), 0) for t in targets), INT, bold=True)
        row += 1
    put(ws, row, 1, ctx.t(TOTAL), TEXT, bold=True)
    for offset, target in enumerate([*order, GONE], start=2):
        put(ws, row, offset, sum(n for (_a, b), n in moves.items() if b == target), INT, bold=True)
    put(ws, row, len(columns), sum(moves.values()), INT, bold=True)
    return row + 1


def _direction(source: int, target: int) -> str:
    if source == NEW:
        return "up"
    if target == GONE:
        return "down"
    return "same" if source == target else "up" if target > source else "down"
