"""Sheet 摘要: the headline figures with last month and the change, the ten largest risks, the trend charts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import ID, INT, MONEY, SCORE, TEXT, UNIT_WAN, Column
from core.reports.charts import bar_chart, line_chart
from core.reports.context import ReportContext
from core.reports.data import ReportData
from core.reports.period import period_label
from core.reports.tiers_sheet import COLUMNS as TIER_COLUMNS
from core.reports.tiers_sheet import distribution_rows
from core.reports.workbook import (
    add_level_colours,
    put,
    put_dash,
    set_widths,
    setup_print,
    write_header,
    write_section,
    write_table,
    write_title,
)

CTX = "Reports"
SHEET = QT_TRANSLATE_NOOP(CTX, "摘要")
TITLE = QT_TRANSLATE_NOOP(CTX, "{branch} 客户维护月报（{month}）")
SUBTITLE = QT_TRANSLATE_NOOP(CTX, "数据月份：{month}　对比：{previous}　金额单位：万元　{masking}　制表：{who}　{when}")
MASKED = QT_TRANSLATE_NOOP(CTX, "客户姓名已脱敏")
UNMASKED = QT_TRANSLATE_NOOP(CTX, "含客户完整姓名，请妥善保管")
NO_PREVIOUS = QT_TRANSLATE_NOOP(CTX, "无（首个月份）")
SECTION_TIERS = QT_TRANSLATE_NOOP(CTX, "一、客户与资产")
SECTION_FIGURES = QT_TRANSLATE_NOOP(CTX, "二、维护指标")
SECTION_TOP = QT_TRANSLATE_NOOP(CTX, "三、涉及资产最多的十位预警客户")
SECTION_TREND = QT_TRANSLATE_NOOP(CTX, "四、近12个月金融资产")
SECTION_REASONS = QT_TRANSLATE_NOOP(CTX, "五、预警原因分布")
TREND_CHART = QT_TRANSLATE_NOOP(CTX, "近12个月金融资产（万元）")
REASON_CHART = QT_TRANSLATE_NOOP(CTX, "本月预警原因（条）")
NO_WARNINGS = QT_TRANSLATE_NOOP(CTX, "本月没有高价值客户流失预警。")
FOOTNOTE = QT_TRANSLATE_NOOP(
    CTX, "说明：预警状态为截至制表时的处理状态；挽留率 = 已挽留 ÷（已挽留 + 已流失）。制表人：{who}；制表时间：{when}。"
)
FIGURE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "指标"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "本月"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "上月"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "变动"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "口径说明"), TEXT),
)
TOP_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "等级"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "客户经理"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "涉及资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "评分"), SCORE),
    Column(QT_TRANSLATE_NOOP(CTX, "风险等级"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "预警原因"), TEXT, 40, wrap=True),
)
TREND_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "月份"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "客户数"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "金融资产"), MONEY),
)
REASON_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "预警原因"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "预警数"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "涉及资产"), MONEY),
)
WIDTHS = (24, 13, 13, 13, 15, 15, 13, 40)
CHART_ROWS = 16  # rows a chart section takes


@dataclass(frozen=True)
class Figure:
    """One headline figure: this month, last month (None: no such month or not known) and what it means.

    :param key: stable, for tests and scripts (``high_value``, ``warnings``, ``retention_rate`` …)
    """

    key: str
    label: str
    kind: str  # INT, MONEY (分) or PERCENT (a share, 0.25 = 25 %)
    this: int | float | None
    last: int | float | None
    note: str = ""

    @property
    def change(self) -> int | float | None:
        """This month minus last month, when both are known."""
        return None if self.this is None or self.last is None else self.this - self.last


def write_summary_sheet(wb: Workbook, ctx: ReportContext, data: ReportData, figures: Sequence[Figure]) -> None:
    """The 摘要 sheet, first in the workbook."""
    ws = wb.create_sheet(ctx.t(SHEET), 0)
    when = ctx.generated_at.strftime("%Y-%m-%d %H:%M")
    subtitle = ctx.t(SUBTITLE).format(
        month=period_label(ctx.period),
        previous=period_label(ctx.previous) if ctx.previous else ctx.t(NO_PREVIOUS),
        masking=ctx.t(MASKED if ctx.masked else UNMASKED),
        who=ctx.actor.display_name,
        when=when,
    )
    write_title(ws, ctx.t(TITLE).format(branch=ctx.branch, month=period_label(ctx.period)), subtitle, len(WIDTHS))
    set_widths(ws, WIDTHS)
    row = write_section(ws, 4, ctx.t(SECTION_TIERS))
    tier_rows = [r[:7] for r in distribution_rows(ctx, data.tiers, data.tiers_before)]
    row = write_table(ws, row, TIER_COLUMNS[:7], tier_rows, ctx.translate, bold_rows=2)
    row = write_section(ws, row + 1, ctx.t(SECTION_FIGURES))
    row = _write_figures(ws, ctx, row, figures)
    ws.row_breaks.append(Break(id=row))
    row = write_section(ws, row + 1, ctx.t(SECTION_TOP))
    row = _write_top(ws, ctx, row, data)
    row = write_section(ws, row + 1, ctx.t(SECTION_TREND))
    row = _write_trend(ws, ctx, row, data)
    ws.row_breaks.append(Break(id=row))
    row = write_section(ws, row + 1, ctx.t(SECTION_REASONS))
    row = _write_reasons(ws, ctx, row, data)
    ws.cell(
        row=row + 1, column=1, value=ctx.t(FOOTNOTE).format(who=ctx.actor.display_name, when=when)
    ).style = "lk_subtitle"
    setup_print(ws, ctx.page, ctx.translate)


def _write_figures(ws: Worksheet, ctx: ReportContext, top: int, figures: Sequence[Figure]) -> int:
    write_header(ws, top, FIGURE_COLUMNS, ctx.translate)
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=len(WIDTHS))
    row = top + 1
    for f in figures:
        put(ws, row, 1, ctx.t(f.label), TEXT, bold=True)
        for col, value in ((2, f.this), (3, f.last), (4, f.change)):
            if value is None:  # not known (no last month, nothing closed yet)
                put_dash(ws, row, col)
            else:
                put(ws, row, col, value, f.kind, change=col == 4)
        put(ws, row, 5, ctx.t(f.note), TEXT)
        for col in range(6, len(WIDTHS) + 1):
            put(ws, row, col, None, TEXT)
        ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=len(WIDTHS))
        row += 1
    return row


def _write_top(ws: Worksheet, ctx: ReportContext, top: int, data: ReportData) -> int:
    rows = [
        (
            r.customer_no,
            ctx.name(r.name),
            ctx.tier(r.tier),
            r.manager,
            r.aum_at_stake_fen,
            r.score,
            ctx.level(r.level),
            ctx.reasons(r.reasons),
        )
        for r in data.warning_rows[:10]
    ]
    if not rows:
        ws.cell(row=top, column=1, value=ctx.t(NO_WARNINGS)).style = "lk_note"
        return top + 1
    end = write_table(ws, top, TOP_COLUMNS, rows, ctx.translate)
    add_level_colours(ws, f"G{top + 1}:G{end - 1}")
    return end


def _write_trend(ws: Worksheet, ctx: ReportContext, top: int, data: ReportData) -> int:
    rows = [(m.period, m.customers, m.aum_fen) for m in data.trend]
    end = write_table(ws, top, TREND_COLUMNS, rows, ctx.translate)
    line_chart(
        ws,
        ctx.t(TREND_CHART),
        ctx.t(UNIT_WAN),
        cats=(1, top + 1, end - 1),
        data=(3, top, end - 1),
        anchor=f"E{top}",
        width=15.5,
        height=7.8,
    )
    return max(end, top + CHART_ROWS)


def _write_reasons(ws: Worksheet, ctx: ReportContext, top: int, data: ReportData) -> int:
    rows = [(ctx.reasons(code), n, stake) for code, n, stake in data.reasons]
    if not rows:
        ws.cell(row=top, column=1, value=ctx.t(NO_WARNINGS)).style = "lk_note"
        return top + 1
    end = write_table(ws, top, REASON_COLUMNS, rows, ctx.translate)
    bar_chart(
        ws,
        ctx.t(REASON_CHART),
        "",
        cats=(1, top + 1, end - 1),
        data=(2, top, 2, end - 1),
        anchor=f"E{top}",
        horizontal=True,
        width=15.5,
        height=7.8,
    )
    return max(end, top + CHART_ROWS)
