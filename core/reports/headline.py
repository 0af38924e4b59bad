"""The headline figures of the 摘要 sheet, this month against last month."""

from __future__ import annotations

from core.followup.config import load_followup_config
from core.followup.scorecard import ScorecardRow
from core.i18n import QT_TRANSLATE_NOOP
from core.reports.cells import INT, MONEY, PERCENT
from core.reports.context import ReportContext
from core.reports.data import ReportData
from core.reports.figures import Leaver, WarningCounts
from core.reports.followup_data import FollowupData
from core.reports.summary import Figure

CTX = "Reports"


def followup_figures(ctx: ReportContext, work: FollowupData) -> list[Figure]:
    """The figures from follow-up work: contacts, coverage, timeliness, follow-ups, feedback."""
    card, card0 = work.scorecard.total, work.scorecard_before.total if work.scorecard_before else None
    d, d0 = work.digest, work.digest_before

    def rate(row: ScorecardRow | None, key: str) -> float | None:
        return None if row is None else row.rates.get(key)

    return [
        Figure(
            "contacts",
            QT_TRANSLATE_NOOP(CTX, "联系客户（次）"),
            INT,
            len(work.contacts),
            work.contacts_before,
            QT_TRANSLATE_NOOP(CTX, "当月的走访、电话等联系记录，明细见“走访记录”表"),
        ),
        Figure(
            "coverage",
            QT_TRANSLATE_NOOP(CTX, "维护覆盖率"),
            PERCENT,
            rate(card, "coverage"),
            rate(card0, "coverage"),
            QT_TRANSLATE_NOOP(CTX, "有维护周期要求的客户中，月末仍在周期内联系过的比例"),
        ),
        Figure(
            "timely",
            QT_TRANSLATE_NOOP(CTX, "新发预警及时联系率"),
            PERCENT,
            rate(card, "timely"),
            rate(card0, "timely"),
            ctx.t(QT_TRANSLATE_NOOP(CTX, "新发预警在 {days} 个工作日内联系的比例")).format(days=_warning_days(ctx)),
        ),
        Figure(
            "followups_overdue",
            QT_TRANSLATE_NOOP(CTX, "逾期未跟进（次）"),
            INT,
            card.followups_overdue,
            None if card0 is None else card0.followups_overdue,
            QT_TRANSLATE_NOOP(CTX, "约定的下次跟进日已过、其间没有联系记录"),
        ),
        Figure(
            "feedback_raised",
            QT_TRANSLATE_NOOP(CTX, "意见反馈提出（条）"),
            INT,
            d.raised,
            None if d0 is None else d0.raised,
            QT_TRANSLATE_NOOP(CTX, "明细见“意见反馈”表"),
        ),
        Figure(
            "feedback_closed",
            QT_TRANSLATE_NOOP(CTX, "意见反馈办结（条）"),
            INT,
            d.closed,
            None if d0 is None else d0.closed,
            QT_TRANSLATE_NOOP(CTX, "当月告知客户处理结果的反馈（不论何时提出）"),
        ),
    ]


def _warning_days(ctx: ReportContext) -> int:
    return load_followup_config(ctx.db).warning_days


def headline_figures(ctx: ReportContext, data: ReportData) -> list[Figure]:
    """The figures from imports and risk results: high-value customers, warnings, retention, leavers."""
    high = ctx.high_value_from
    had = ctx.previous is not None
    hv_now = sum(t.customers for t in data.tiers[high:])
    hv_before = sum(t.customers for t in data.tiers_before[high:]) if had else None
    hv_aum = sum(t.aum_fen for t in data.tiers[high:])
    hv_aum_before = sum(t.aum_fen for t in data.tiers_before[high:]) if had else None
    gained, lost = data.high_value_changes if had else (None, None)
    gained0, lost0 = data.high_value_changes_before or (None, None)
    w, w0 = data.warnings, data.warnings_before
    tier = ctx.tier(high)
    pct = ctx.cfg.left_drop_pct

    def of(counts: WarningCounts | None, name: str) -> int | float | None:
        return None if counts is None else getattr(counts, name)

    def leaving(found: list[Leaver] | None) -> tuple[int | None, int | None]:
        return (None, None) if found is None else (len(found), sum(x.aum_lost_fen for x in found))

    left, left_aum = leaving(data.leavers if had else None)
    left0, left_aum0 = leaving(data.leavers_before)
    return [
        Figure(
            "high_value",
            QT_TRANSLATE_NOOP(CTX, "高价值客户（户）"),
            INT,
            hv_now,
            hv_before,
            ctx.t(QT_TRANSLATE_NOOP(CTX, "{tier}及以上等级的客户")).format(tier=tier),
        ),
        Figure("high_value_aum", QT_TRANSLATE_NOOP(CTX, "高价值客户金融资产（万元）"), MONEY, hv_aum, hv_aum_before),
        Figure(
            "high_value_gained",
            QT_TRANSLATE_NOOP(CTX, "新增高价值客户（户）"),
            INT,
            gained,
            gained0,
            QT_TRANSLATE_NOOP(CTX, "本月达到高价值等级、上月不是（含新客户）"),
        ),
        Figure(
            "high_value_lost",
            QT_TRANSLATE_NOOP(CTX, "减少高价值客户（户）"),
            INT,
            lost,
            lost0,
            QT_TRANSLATE_NOOP(CTX, "上月是高价值客户、本月降级或不在清单"),
        ),
        Figure(
            "warnings",
            QT_TRANSLATE_NOOP(CTX, "流失预警（户）"),
            INT,
            w.total,
            of(w0, "total"),
            QT_TRANSLATE_NOOP(CTX, "当月有预警信号的高价值客户，明细见“流失预警”表"),
        ),
        Figure(
            "warnings_raised",
            QT_TRANSLATE_NOOP(CTX, "其中本月新发预警（户）"),
            INT,
            w.raised,
            of(w0, "raised"),
            QT_TRANSLATE_NOOP(CTX, "当月首次发出的预警"),
        ),
        Figure(
            "warnings_contacted",
            QT_TRANSLATE_NOOP(CTX, "已联系（户）"),
            INT,
            w.contacted,
            of(w0, "contacted"),
            QT_TRANSLATE_NOOP(CTX, "预警发出后有联系记录，或标记过已联系"),
        ),
        Figure("warnings_retained", QT_TRANSLATE_NOOP(CTX, "已挽留（户）"), INT, w.retained, of(w0, "retained")),
        Figure("warnings_lost", QT_TRANSLATE_NOOP(CTX, "已流失（户）"), INT, w.lost, of(w0, "lost")),
        Figure(
            "retention_rate",
            QT_TRANSLATE_NOOP(CTX, "挽留率"),
            PERCENT,
            w.retention_rate,
            None if w0 is None else w0.retention_rate,
            QT_TRANSLATE_NOOP(CTX, "已挽留 ÷（已挽留 + 已流失）"),
        ),
        Figure(
            "aum_at_stake",
            QT_TRANSLATE_NOOP(CTX, "涉及资产（万元）"),
            MONEY,
            w.aum_at_stake_fen,
            of(w0, "aum_at_stake_fen"),
            QT_TRANSLATE_NOOP(CTX, "预警客户可能流失的资产"),
        ),
        Figure(
            "aum_kept",
            QT_TRANSLATE_NOOP(CTX, "挽留资产（万元）"),
            MONEY,
            w.aum_kept_fen,
            of(w0, "aum_kept_fen"),
            QT_TRANSLATE_NOOP(CTX, "已挽留客户的涉及资产"),
        ),
        Figure(
            "leavers",
            QT_TRANSLATE_NOOP(CTX, "流失客户（户）"),
            INT,
            left,
            left0,
            ctx.t(QT_TRANSLATE_NOOP(CTX, "本月不在清单，或金卡及以上客户资产较上月下降 {pct}% 以上")).format(pct=pct),
        ),
        Figure(
            "leavers_aum",
            QT_TRANSLATE_NOOP(CTX, "流失资产（万元）"),
            MONEY,
            left_aum,
            left_aum0,
            QT_TRANSLATE_NOOP(CTX, "流失客户较上月减少的金融资产，明细见“流失客户”表"),
        ),
    ]
