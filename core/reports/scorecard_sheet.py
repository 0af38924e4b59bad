"""Sheet 客户经理考核: the managers' scorecard, ranked by score, with the branch total and every count behind it."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.formatting.rule import ColorScaleRule

from core.followup.scorecard import Scorecard
from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import DECIMAL, ID, INT, MONEY, PERCENT, TEXT, Column
from core.reports.context import ReportContext
from core.reports.period import period_label
from core.reports.workbook import set_widths, setup_print, write_section, write_table, write_title

CTX = "Reports"
SHEET = QT_TRANSLATE_NOOP(CTX, "客户经理考核")
TITLE = QT_TRANSLATE_NOOP(CTX, "客户经理考核（{month}）")
SUBTITLE = QT_TRANSLATE_NOOP(
    CTX,
    "综合得分 = {weights}（满分 100；没有基数的项不计，其余按权重折算）。月初资产为上月末（{previous}）管户资产。",
)
RANKING = QT_TRANSLATE_NOOP(CTX, "一、综合得分")
DETAIL = QT_TRANSLATE_NOOP(CTX, "二、考核明细")
NO_PREVIOUS = QT_TRANSLATE_NOOP(CTX, "无上月数据")
RATE_NAMES = {
    "coverage": QT_TRANSLATE_NOOP(CTX, "维护覆盖率"),
    "timely": QT_TRANSLATE_NOOP(CTX, "及时联系率"),
    "retention": QT_TRANSLATE_NOOP(CTX, "挽留率"),
    "aum": QT_TRANSLATE_NOOP(CTX, "资产保有率"),
    "followup": QT_TRANSLATE_NOOP(CTX, "跟进按时率"),
}
RANK_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "客户经理"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "工号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "排名"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "综合得分"), DECIMAL),
    *(Column(name, PERCENT) for name in RATE_NAMES.values()),
)
DETAIL_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "客户经理"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "工号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "管户数"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "高价值客户"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "月初资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "月末资产"), MONEY),
    Column(QT_TRANSLATE_NOOP(CTX, "资产变动"), MONEY, change=True),
    Column(QT_TRANSLATE_NOOP(CTX, "新增高价值"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "减少高价值"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "新发预警"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "及时联系"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "已挽留"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "已流失"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "应维护客户"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "已维护"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "到期跟进"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "逾期跟进"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "办结反馈"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "平均办结天数"), DECIMAL),
)
WIDTHS = (14, 9, 8, 9, 13, 13, 13, 9, 9, 8, 8, 8, 8, 9, 8, 8, 8, 8, 9)


def write_scorecard_sheet(wb: Workbook, ctx: ReportContext, card: Scorecard) -> None:
    """The 客户经理考核 sheet."""
    ws = wb.create_sheet(ctx.t(SHEET))
    weights = " + ".join(f"{ctx.t(RATE_NAMES[key])}×{w}%" for key, w in card.weights)
    previous = period_label(card.previous) if card.previous else ctx.t(NO_PREVIOUS)
    write_title(
        ws,
        ctx.t(TITLE).format(month=period_label(ctx.period)),
        ctx.t(SUBTITLE).format(weights=weights, previous=previous),
        len(WIDTHS),
    )
    set_widths(ws, WIDTHS)
    row = write_section(ws, 4, ctx.t(RANKING))
    top = row
    row = write_table(ws, row, RANK_COLUMNS, rank_rows(ctx, card), ctx.translate, bold_rows=1)
    managers = sum(1 for r in card.rows if r.staff_id is not None)  # listed first; unassigned and total after
    if managers > 1:
        ws.conditional_formatting.add(
            f"D{top + 1}:D{top + managers}",
            ColorScaleRule(
                start_type="min",
                start_color="F8CBAD",
                mid_type="percentile",
                mid_value=50,
                mid_color="FFE699",
                end_type="max",
                end_color="C6E0B4",
            ),
        )
    row = write_section(ws, row + 1, ctx.t(DETAIL))
    write_table(ws, row, DETAIL_COLUMNS, detail_rows(ctx, card), ctx.translate, bold_rows=1)
    setup_print(ws, ctx.page, ctx.translate)


def rank_rows(ctx: ReportContext, card: Scorecard) -> list[tuple[object, ...]]:
    """Managers best score first (unscored and unassigned last), then the branch total."""
    out: list[tuple[object, ...]] = []
    rank = 0
    for r in card.rows:
        ranked = r.score is not None and r.staff_id is not None
        if ranked:
            rank += 1
        rates = (r.rates.get(k) for k in RATE_NAMES)
        out.append((ctx.follow(r.manager), r.employee_no, rank if ranked else None, r.score, *rates))
    t = card.total
    out.append((ctx.follow(t.manager), None, None, t.score, *(t.rates.get(k) for k in RATE_NAMES)))
    return out


def detail_rows(ctx: ReportContext, card: Scorecard) -> list[tuple[object, ...]]:
    """Every count behind the score, per manager and for the branch."""
    high = ctx.high_value_from
    return [
        (
            ctx.follow(r.manager),
            r.employee_no,
            r.customers,
            sum(r.by_tier[high:]),
            r.aum_start_fen,
            r.aum_end_fen,
            r.aum_change_fen,
            r.high_value_gained,
            r.high_value_lost,
            r.warnings_raised,
            r.warnings_in_time,
            r.warnings_retained,
            r.warnings_lost,
            r.cadence_customers,
            r.cadence_covered,
            r.followups_due,
            r.followups_overdue,
            r.feedback_closed,
            r.feedback_average_days,
        )
        for r in (*card.rows, card.total)
    ]
