"""Table models of the follow-up pages: due lists, recent contacts, scorecard rows and their customers.

Each is a ``RecordTableModel`` with its columns; headers are marked here for translation.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP as NOOP  # noqa: N811 - Qt's name, for lupdate
from PySide6.QtCore import QCoreApplication, QObject

from core.followup.cadence import DueItem
from core.followup.contact_queries import ContactRecord
from core.followup.scorecard import ScorecardRow
from core.followup.scorecard_detail import ScorecardLine
from core.privacy import mask_free_text
from ui.formatting import DASH, count, wan
from ui.models.record_table_model import CENTER, RIGHT, Column, RecordTableModel

CTX = "FollowupModels"


def _t(context: str, text: str | None) -> str:
    return QCoreApplication.translate(context, text) if text else DASH


def _days(n: int | None) -> str:
    return DASH if n is None else str(n)


def _percent(value: float | None) -> str:
    return DASH if value is None else f"{100 * value:.1f}%"


DUE_COLUMNS = (
    Column("customer_no", NOOP("FollowupModels", "客户号"), lambda i: i.customer_no),
    Column("name", NOOP("FollowupModels", "姓名"), lambda i: i.name),
    Column("tier", NOOP("FollowupModels", "等级"), lambda i: _t("Tiers", i.tier), align=CENTER),
    Column("aum", NOOP("FollowupModels", "金融资产（万元）"), lambda i: wan(i.aum_fen), lambda i: i.aum_fen, RIGHT),
    Column("manager", NOOP("FollowupModels", "管户经理"), lambda i: i.manager or DASH),
    Column("last", NOOP("FollowupModels", "上次联系"), lambda i: i.last_contact or QCoreApplication.translate("FollowupModels", "从未联系"),
           lambda i: i.last_contact or ""),
    Column("due", NOOP("FollowupModels", "应联系日"), lambda i: i.due_on or QCoreApplication.translate("FollowupModels", "尽快"),
           lambda i: i.due_on or ""),
    Column("late", NOOP("FollowupModels", "逾期（天）"), lambda i: _days(i.days_late if (i.days_late or 0) > 0 else None),
           lambda i: i.days_late, RIGHT, alert=lambda i: (i.days_late or 0) > 0),
    Column("warning", NOOP("FollowupModels", "预警状态"), lambda i: _t("Warnings", i.warning_status), align=CENTER),
)


def due_model(parent: QObject | None = None) -> RecordTableModel:
    """Rows are ``DueItem``."""
    return RecordTableModel(DUE_COLUMNS, CTX, parent)


def _reasons(record: ContactRecord) -> str:
    return "、".join(_t("Followup", r) for r in record.reasons) or DASH


CONTACT_COLUMNS = (
    Column("at", NOOP("FollowupModels", "联系时间"), lambda r: r.visited_at[:16].replace("T", " ")),
    Column("customer_no", NOOP("FollowupModels", "客户号"), lambda r: r.customer_no),
    Column("name", NOOP("FollowupModels", "姓名"), lambda r: r.customer_name or DASH),
    Column("by", NOOP("FollowupModels", "联系人"), lambda r: r.staff_name),
    Column("channel", NOOP("FollowupModels", "方式"), lambda r: _t("Followup", r.channel), align=CENTER),
    Column("purpose", NOOP("FollowupModels", "目的"), lambda r: _t("Followup", r.purpose)),
    Column("attitude", NOOP("FollowupModels", "客户态度"), lambda r: _t("Followup", r.attitude),
           alert=lambda r: r.attitude in ("有意转出", "已转出")),
    Column("reasons", NOOP("FollowupModels", "原因"), _reasons),
    Column("next", NOOP("FollowupModels", "下次跟进"), lambda r: r.next_on or DASH, lambda r: r.next_on or ""),
    Column("summary", NOOP("FollowupModels", "摘要"), lambda r: mask_free_text(r.summary, 60) if r.summary else "",
           tooltip=lambda r: mask_free_text(r.summary, 5000) if r.summary else None),
)


def contacts_model(parent: QObject | None = None) -> RecordTableModel:
    """Rows are ``ContactRecord``."""
    return RecordTableModel(CONTACT_COLUMNS, CTX, parent)


def _score(row: ScorecardRow) -> str:
    return DASH if row.score is None else f"{row.score:.1f}"


SCORE_COLUMNS = (
    Column("manager", NOOP("FollowupModels", "客户经理"), lambda r: _t("Followup", r.manager)),
    Column("employee_no", NOOP("FollowupModels", "工号"), lambda r: r.employee_no or DASH),
    Column("customers", NOOP("FollowupModels", "管户数"), lambda r: count(r.customers), lambda r: r.customers, RIGHT),
    Column("aum_end", NOOP("FollowupModels", "月末资产（万元）"), lambda r: wan(r.aum_end_fen), lambda r: r.aum_end_fen, RIGHT),
    Column("aum_change", NOOP("FollowupModels", "资产变化（万元）"), lambda r: _signed_wan(r.aum_end_fen - r.aum_start_fen),
           lambda r: r.aum_end_fen - r.aum_start_fen, RIGHT, alert=lambda r: r.aum_end_fen < r.aum_start_fen),
    Column("gained", NOOP("FollowupModels", "新增高价值"), lambda r: count(r.high_value_gained), lambda r: r.high_value_gained, RIGHT),
    Column("lost", NOOP("FollowupModels", "减少高价值"), lambda r: count(r.high_value_lost), lambda r: r.high_value_lost, RIGHT,
           alert=lambda r: r.high_value_lost > 0),
    Column("warnings", NOOP("FollowupModels", "新发预警"), lambda r: count(r.warnings_raised), lambda r: r.warnings_raised, RIGHT),
    Column("timely", NOOP("FollowupModels", "及时联系率"), lambda r: _percent(r.rates.get("timely")),
           lambda r: r.rates.get("timely"), RIGHT),
    Column("retention", NOOP("FollowupModels", "挽留率"), lambda r: _percent(r.rates.get("retention")),
           lambda r: r.rates.get("retention"), RIGHT),
    Column("coverage", NOOP("FollowupModels", "维护覆盖率"), lambda r: _percent(r.rates.get("coverage")),
           lambda r: r.rates.get("coverage"), RIGHT),
    Column("overdue", NOOP("FollowupModels", "逾期跟进"), lambda r: f"{r.followups_overdue}/{r.followups_due}",
           lambda r: r.followups_overdue, RIGHT, alert=lambda r: r.followups_overdue > 0),
    Column("feedback", NOOP("FollowupModels", "反馈办结"), lambda r: count(r.feedback_closed), lambda r: r.feedback_closed, RIGHT),
    Column("score", NOOP("FollowupModels", "得分"), _score, lambda r: r.score, RIGHT),
)


def _signed_wan(fen: int) -> str:
    return ("+" if fen > 0 else "") + wan(fen)


def scorecard_model(parent: QObject | None = None) -> RecordTableModel:
    """Rows are ``ScorecardRow``."""
    return RecordTableModel(SCORE_COLUMNS, CTX, parent)


def _yes(flag: bool | None) -> str:
    if flag is None:
        return DASH
    return QCoreApplication.translate("FollowupModels", "是") if flag else QCoreApplication.translate("FollowupModels", "否")


LINE_COLUMNS = (
    Column("customer_no", NOOP("FollowupModels", "客户号"), lambda r: r.customer_no),
    Column("name", NOOP("FollowupModels", "姓名"), lambda r: r.name),
    Column("tier_start", NOOP("FollowupModels", "上月等级"), lambda r: _t("Tiers", r.tier_start), align=CENTER),
    Column("tier_end", NOOP("FollowupModels", "本月等级"), lambda r: _t("Tiers", r.tier_end), align=CENTER),
    Column("aum_start", NOOP("FollowupModels", "上月资产（万元）"), lambda r: wan(r.aum_start_fen), lambda r: r.aum_start_fen, RIGHT),
    Column("aum_end", NOOP("FollowupModels", "本月资产（万元）"), lambda r: wan(r.aum_end_fen), lambda r: r.aum_end_fen, RIGHT),
    Column("last", NOOP("FollowupModels", "上次联系"), lambda r: r.last_contact or DASH, lambda r: r.last_contact or ""),
    Column("covered", NOOP("FollowupModels", "周期内维护"), lambda r: _yes(r.covered) if r.cadence_days else DASH,
           align=CENTER, alert=lambda r: bool(r.cadence_days) and not r.covered),
    Column("warning", NOOP("FollowupModels", "本月预警"), lambda r: r.warning_raised_on or DASH, lambda r: r.warning_raised_on or ""),
    Column("in_time", NOOP("FollowupModels", "及时联系"), lambda r: _yes(r.warning_in_time), align=CENTER,
           alert=lambda r: r.warning_in_time is False),
    Column("status", NOOP("FollowupModels", "预警状态"), lambda r: _t("Warnings", r.warning_status), align=CENTER),
)


def lines_model(parent: QObject | None = None) -> RecordTableModel:
    """Rows are ``ScorecardLine``."""
    return RecordTableModel(LINE_COLUMNS, CTX, parent)


__all__ = ["DueItem", "ScorecardLine", "contacts_model", "due_model", "lines_model", "scorecard_model"]
