"""Sheet 意见反馈: the month's feedback by category (table and chart), the digest, and every item with its loop."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

from core.followup.codes import CATEGORIES, FEEDBACK_STATUSES
from core.followup.digest import FeedbackDigest
from core.followup.feedback import FeedbackItem
from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import DATE, ID, INT, TEXT, Column, display_width
from core.reports.charts import bar_chart
from core.reports.context import ReportContext
from core.reports.period import period_label
from core.reports.workbook import row_height, set_widths, setup_print, write_section, write_table, write_title

CTX = "Reports"
SHEET = QT_TRANSLATE_NOOP(CTX, "意见反馈")
TITLE = QT_TRANSLATE_NOOP(CTX, "客户意见反馈（{month}）")
SUBTITLE = QT_TRANSLATE_NOOP(
    CTX, "反馈闭环：已记录 → 已转交 → 已答复 → 已告知客户。下表列出本月提出的反馈，以及此前提出、尚未办结的反馈。"
)
BY_CATEGORY = QT_TRANSLATE_NOOP(CTX, "一、本月提出的反馈（按类别，当前状态）")
DIGEST = QT_TRANSLATE_NOOP(CTX, "二、反馈摘要")
CHART = QT_TRANSLATE_NOOP(CTX, "三、按类别")
CHART_TITLE = QT_TRANSLATE_NOOP(CTX, "本月意见反馈（按类别，条）")
ITEMS = QT_TRANSLATE_NOOP(CTX, "四、反馈明细")
TOTAL = QT_TRANSLATE_NOOP(CTX, "合计")
NONE_RAISED = QT_TRANSLATE_NOOP(CTX, "本月没有新的客户反馈。")
NO_ITEMS = QT_TRANSLATE_NOOP(CTX, "没有本月提出或尚未办结的反馈。")
LINE_COUNTS = QT_TRANSLATE_NOOP(CTX, "本月提出 {raised} 条，本月办结（已告知客户）{closed} 条，平均办结用时 {days}。")
LINE_STEPS = QT_TRANSLATE_NOOP(CTX, "各环节平均等待：{steps}。")
LINE_OPEN = QT_TRANSLATE_NOOP(CTX, "目前尚未办结 {open} 条{oldest}。")
LINE_OLDEST = QT_TRANSLATE_NOOP(CTX, "，等待最久的：{items}")
LINE_RECURRING = QT_TRANSLATE_NOOP(CTX, "近三个月反复出现的类别（前两月、上月、本月条数）：{items}。")
LINE_BANKS = QT_TRANSLATE_NOOP(CTX, "本月联系中客户提到的他行：{items}。")
LINE_REASONS = QT_TRANSLATE_NOOP(CTX, "本月联系中客户给出的原因：{items}。")
DAYS = QT_TRANSLATE_NOOP(CTX, "{n} 天")
NOTHING = QT_TRANSLATE_NOOP(CTX, "无")
CATEGORY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "类别"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "本月提出"), INT),
    *(Column(label, INT) for label in FEEDBACK_STATUSES.values()),
)
ITEM_COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "类别"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "编号"), INT),
    Column(QT_TRANSLATE_NOOP(CTX, "提出日期"), DATE),
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "反馈内容"), TEXT, 36, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "提出人"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "当前状态"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "转交给"), TEXT),
    Column(QT_TRANSLATE_NOOP(CTX, "答复"), TEXT, 28, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "办结日期"), DATE),
    Column(QT_TRANSLATE_NOOP(CTX, "已用天数"), INT),
)
WIDTHS = (14, 10, 12, 13, 11, 36, 10, 11, 12, 28, 12, 10)


def write_feedback_sheet(wb: Workbook, ctx: ReportContext, digest: FeedbackDigest, items: list[FeedbackItem]) -> None:
    """The 意见反馈 sheet."""
    ws = wb.create_sheet(ctx.t(SHEET))
    write_title(ws, ctx.t(TITLE).format(month=period_label(ctx.period)), ctx.t(SUBTITLE), len(WIDTHS))
    set_widths(ws, WIDTHS)
    row = write_section(ws, 4, ctx.t(BY_CATEGORY))
    table_top = row
    rows = category_rows(ctx, digest)
    if digest.raised:
        row = write_table(ws, row, CATEGORY_COLUMNS, rows, ctx.translate, bold_rows=1)
    else:
        ws.cell(row=row, column=1, value=ctx.t(NONE_RAISED)).style = "lk_note"
        row += 1
    row = write_section(ws, row + 1, ctx.t(DIGEST))
    row = _write_digest(ws, ctx, row, digest)
    if digest.raised:
        row = write_section(ws, row + 1, ctx.t(CHART))
        bar_chart(
            ws,
            ctx.t(CHART_TITLE),
            "",
            cats=(1, table_top + 1, table_top + len(rows) - 1),
            data=(2, table_top, 2, table_top + len(rows) - 1),
            anchor=f"A{row}",
            horizontal=True,
            width=16,
            height=7,
        )
        row += 15
    row = write_section(ws, row + 1, ctx.t(ITEMS))
    if items:
        write_table(ws, row, ITEM_COLUMNS, item_rows(ctx, items), ctx.translate, autofilter=True)
    else:
        ws.cell(row=row, column=1, value=ctx.t(NO_ITEMS)).style = "lk_note"
    setup_print(ws, ctx.page, ctx.translate, title_rows=f"{row}:{row}" if items else None)  # repeated on later pages


def category_rows(ctx: ReportContext, digest: FeedbackDigest) -> list[tuple[object, ...]]:
    """Per category raised this month: the count and how many are at each status now; then the total."""
    statuses = list(FEEDBACK_STATUSES.values())
    rows = [(ctx.follow(c.category), c.total, *(c.by_status.get(s, 0) for s in statuses)) for c in digest.by_category]
    totals = [sum(r[i] for r in rows) for i in range(1, 2 + len(statuses))]  # type: ignore[misc]
    return [*rows, (ctx.t(TOTAL), *totals)]


def digest_lines(ctx: ReportContext, digest: FeedbackDigest) -> list[str]:
    """The digest in sentences."""

    def days(n: float | None) -> str:
        return ctx.t(NOTHING) if n is None else ctx.t(DAYS).format(n=n)

    today = ctx.generated_at.date()
    oldest = "；".join(
        f"#{i.id} {ctx.follow(i.category)}（{i.raised_on} 提出，{ctx.follow(i.status)}，已等待 {i.age_days(today)} 天）"
        for i in digest.oldest_open[:3]
    )
    lines = [
        ctx.t(LINE_COUNTS).format(raised=digest.raised, closed=digest.closed, days=days(digest.average_days_to_close)),
        ctx.t(LINE_STEPS).format(
            steps="，".join(f"{ctx.follow(step)} {days(n)}" for step, n in digest.average_step_days.items())
        ),
        ctx.t(LINE_OPEN).format(open=digest.open_now, oldest=ctx.t(LINE_OLDEST).format(items=oldest) if oldest else ""),
    ]
    if digest.recurring:
        items = "；".join(f"{ctx.follow(c)} {'、'.join(str(n) for n in counts)}" for c, counts in digest.recurring)
        lines.append(ctx.t(LINE_RECURRING).format(items=items))
    banks = "、".join(f"{b} {n} 次" for b, n in digest.competitors) or ctx.t(NOTHING)
    lines.append(ctx.t(LINE_BANKS).format(items=banks))
    reasons = "、".join(f"{ctx.follow(r)} {n} 次" for r, n in digest.reasons) or ctx.t(NOTHING)
    lines.append(ctx.t(LINE_REASONS).format(items=reasons))
    return lines


def _write_digest(ws: Worksheet, ctx: ReportContext, top: int, digest: FeedbackDigest) -> int:
    """Each sentence in a merged, wrapped row across the sheet; returns the row after the last."""
    width = sum(WIDTHS) - 2
    row = top
    for text in digest_lines(ctx, digest):
        cell = ws.cell(row=row, column=1, value=f"· {text}")
        cell.style = "lk_note"
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(WIDTHS))
        lines = max(1, int(display_width(text) // width) + 1)
        ws.row_dimensions[row].height = row_height(lines)
        row += 1
    return row


def item_rows(ctx: ReportContext, items: list[FeedbackItem]) -> list[tuple[object, ...]]:
    """One row per item, by category (in the category order), then by date raised."""
    order = {label: i for i, label in enumerate(CATEGORIES.values())}
    today = ctx.generated_at.date()  # an open item's age counts to the day the report is made
    ordered = sorted(items, key=lambda i: (order.get(i.category, 99), i.raised_on, i.id))
    return [
        (
            ctx.follow(i.category),
            i.id,
            i.raised_on,
            i.customer_no,
            ctx.name(i.customer_name),
            ctx.free(i.text),
            i.raised_by,
            ctx.follow(i.status),
            i.forwarded_to,
            ctx.free(i.answer),
            i.closed_on,
            i.age_days(today),
        )
        for i in ordered
    ]
