"""Stable codes of the warning rules and risk levels, with their Chinese names.

Codes are stored in the database and printed in ``--json``; names are for people.
"""

from __future__ import annotations

from core.i18n import QT_TRANSLATE_NOOP

CTX = "RiskCodes"

# In the order a reason list shows them (most telling first).
RULE_NAMES: dict[str, str] = {
    "vanished": QT_TRANSLATE_NOOP(CTX, "本月清单中消失"),
    "aum_drop": QT_TRANSLATE_NOOP(CTX, "金融资产下降"),
    "large_withdrawal": QT_TRANSLATE_NOOP(CTX, "大额转出"),
    "payroll_stop": QT_TRANSLATE_NOOP(CTX, "代发工资停发"),
    "negative_feedback": QT_TRANSLATE_NOOP(CTX, "联系反馈有转走意向或投诉"),
    "maturity": QT_TRANSLATE_NOOP(CTX, "定期/理财即将到期"),
    "activity_drop": QT_TRANSLATE_NOOP(CTX, "电子银行活跃度下降"),
    "tier_slip": QT_TRANSLATE_NOOP(CTX, "等级关注（资产低于等级标准）"),
    "push_reversal": QT_TRANSLATE_NOOP(CTX, "季末冲量资金流出"),
}
RULE_CODES: tuple[str, ...] = tuple(RULE_NAMES)

# Points a rule adds at its threshold (half of this) up to far past it (all of it); see scoring.py.
DEFAULT_WEIGHTS: dict[str, int] = {
    "vanished": 90,
    "aum_drop": 70,
    "large_withdrawal": 60,
    "payroll_stop": 45,
    "negative_feedback": 60,
    "maturity": 40,
    "activity_drop": 40,
    "tier_slip": 30,
    "push_reversal": 25,
}

LEVEL_CODES = ("high", "medium", "low")
LEVEL_LABELS: dict[str, str] = {
    "high": QT_TRANSLATE_NOOP(CTX, "高"),
    "medium": QT_TRANSLATE_NOOP(CTX, "中"),
    "low": QT_TRANSLATE_NOOP(CTX, "低"),
}
