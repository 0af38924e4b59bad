"""Sheet 流失预警: every warning of the month, most AUM at stake first, with reasons, status and last contact."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import DATE, ID, INT, MONEY, SCORE, TEXT, Column
from core.reports.context import ReportContext
from core.reports.period import period_label
from core.reports.workbook import add_level_colours, fit_columns, setup_print, write_table, write_title

CTX = "Reports"
SHEET = QT_TRANSLATE_NOOP(CTX, "流失预警")
TITLE = QT_TRANSLATE_NOOP(CTX, "高价值客户流失预警（{month}）")
SUBTITLE = QT_TRANSLATE_NOOP(
    CTX,
    "本月有预警信号的高价值客户 {count} 户，涉及资产 {stake} 万元；按涉及资产从多到少排列。状态为截至制表时的处理状态。",
)
COLUMNS = (
    Column(QT_TRANSLATE_NOOP(CTX, "序号"), INT, 6),
    Column(QT_TRANSLATE_NOOP(CTX, "客户号"), ID, 13),
    Column(QT_TRANSLATE_NOOP(CTX, "客户姓名"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "客户经理"), TEXT, 10),
    Column(QT_TRANSLATE_NOOP(CTX, "等级"), TEXT, 7),
    Column(QT_TRANSLATE_NOOP(CTX, "金融资产"), MONEY, 12),
    Column(QT_TRANSLATE_NOOP(CTX, "涉及资产"), MONEY, 12),
    Column(QT_TRANSLATE_NOOP(CTX, "评分"), SCORE, 6),
    Column(QT_TRANSLATE_NOOP(CTX, "风险等级"), TEXT, 7),
    Column(QT_TRANSLATE_NOOP(CTX, "预警原因"), TEXT, 22, wrap=True),
    Column(QT_TRANSLATE_NOOP(CTX, "处理状态"), TEXT, 9),
    Column(QT_TRANSLATE_NOOP(CTX, "首次预警"), ID, 9),
    Column(QT_TRANSLATE_NOOP(CTX, "最近联系"), DATE, 11),
    Column(QT_TRANSLATE_NOOP(CTX, "说明"), TEXT, 44, wrap=True),
)
LEVEL_COLUMN = 9  # 1-based column of 风险等级


@dataclass(frozen=True)
class WarningRow:
    """One warning of the month as the report lists it; money in 分, labels still codes."""

    warning_id: int
    customer_id: int
    customer_no: str
    name: str
    manager: str | None
    tier: int | None
    aum_fen: int | None  # None: not in this month's file
    aum_at_stake_fen: int
    score: int
    level: str
    reasons: str  # rule codes, comma-separated
    status: str
    first_period: str
    closed_reason: str | None
    messages: str


def warning_rows(ctx: ReportContext) -> list[WarningRow]:
    """The month's warnings, most AUM at stake first (then score, customer number: the work list's order)."""
    db, period = ctx.db, ctx.period
    messages: dict[int, list[str]] = defaultdict(list)
    for cid, message in db.execute(
        "select customer_id, message from risk_reasons where period = ? order by customer_id, points desc", [period]
    ):
        messages[cid].append(message)
    rows = db.execute(
        """select w.id, c.id, c.customer_no, c.name, st.name, coalesce(rs.tier, ct.tier), rs.aum_fen,
                  coalesce(rs.aum_at_stake_fen, w.aum_at_stake_fen), wp.score, wp.level, wp.reasons, w.status,
                  w.first_period, w.closed_reason
           from warning_periods wp join warnings w on w.id = wp.warning_id join customers c on c.id = w.customer_id
           left join risk_scores rs on rs.period = wp.period and rs.customer_id = w.customer_id
           left join customer_tiers ct on ct.period = wp.period and ct.customer_id = w.customer_id
           left join snapshots s on s.period = wp.period and s.customer_id = c.id
           left join staff st on st.id = coalesce(s.manager_id, c.manager_id)
           where wp.period = ?""",
        [period],
    ).fetchall()
    found = [
        WarningRow(
            wid,
            cid,
            no,
            name,
            manager,
            tier,
            aum,
            stake,
            score,
            level,
            reasons,
            status,
            first,
            closed,
            "；".join(messages.get(cid, ())),
        )  # fmt: skip
        for wid, cid, no, name, manager, tier, aum, stake, score, level, reasons, status, first, closed in rows
    ]
    return sorted(found, key=lambda w: (-w.aum_at_stake_fen, -w.score, w.customer_no))


def write_warnings_sheet(
    wb: Workbook, ctx: ReportContext, rows: list[WarningRow], last_contact: dict[int, str]
) -> None:
    """The 流失预警 sheet.

    :param last_contact: customer id → ISO date of the latest contact (from the follow-up records)
    """
    ws = wb.create_sheet(ctx.t(SHEET))
    stake = sum(r.aum_at_stake_fen for r in rows) / 1_000_000
    write_title(
        ws,
        ctx.t(TITLE).format(month=period_label(ctx.period)),
        ctx.t(SUBTITLE).format(count=len(rows), stake=f"{stake:,.2f}"),
        len(COLUMNS),
    )
    values = [
        (
            i,
            r.customer_no,
            ctx.name(r.name),
            r.manager,
            ctx.tier(r.tier),
            r.aum_fen,
            r.aum_at_stake_fen,
            r.score,
            ctx.level(r.level),
            ctx.reasons(r.reasons),
            ctx.status(r.status),
            r.first_period,
            last_contact.get(r.customer_id),
            r.messages,
        )
        for i, r in enumerate(rows, start=1)
    ]
    end = write_table(ws, 4, COLUMNS, values, ctx.translate, autofilter=True, freeze=True)
    fit_columns(ws, COLUMNS, values, ctx.translate)
    if values:
        letter = get_column_letter(LEVEL_COLUMN)
        add_level_colours(ws, f"{letter}5:{letter}{end - 1}")
    setup_print(ws, ctx.page, ctx.translate, title_rows="4:4")
