"""The coded vocabularies of follow-up work, with their Chinese labels, and the refusal they share.

Codes are stored in the database and never change; labels are what people type and read. Every
function that takes a channel, purpose, attitude, reason, category or status accepts either the
label (电话) or the code (phone), and refuses anything else naming the valid labels.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from core.i18n import QT_TRANSLATE_NOOP
from core.refusal import CodedRefused

CTX = "Followup"

CHANNELS: dict[str, str] = {
    "phone": QT_TRANSLATE_NOOP(CTX, "电话"),
    "meeting": QT_TRANSLATE_NOOP(CTX, "面谈"),
    "home": QT_TRANSLATE_NOOP(CTX, "上门"),
    "wechat": QT_TRANSLATE_NOOP(CTX, "微信"),
    "sms": QT_TRANSLATE_NOOP(CTX, "短信"),
    "branch": QT_TRANSLATE_NOOP(CTX, "网点接待"),
}
PURPOSES: dict[str, str] = {
    "retention": QT_TRANSLATE_NOOP(CTX, "挽留"),
    "maturity": QT_TRANSLATE_NOOP(CTX, "到期提醒"),
    "care": QT_TRANSLATE_NOOP(CTX, "关怀回访"),
    "marketing": QT_TRANSLATE_NOOP(CTX, "产品营销"),
    "complaint": QT_TRANSLATE_NOOP(CTX, "投诉处理"),
    "other": QT_TRANSLATE_NOOP(CTX, "其他"),
}
ATTITUDES: dict[str, str] = {
    "stable": QT_TRANSLATE_NOOP(CTX, "稳定"),
    "hesitant": QT_TRANSLATE_NOOP(CTX, "犹豫"),
    "leaving": QT_TRANSLATE_NOOP(CTX, "有意转出"),
    "gone": QT_TRANSLATE_NOOP(CTX, "已转出"),
}
REASONS: dict[str, str] = {
    "rate": QT_TRANSLATE_NOOP(CTX, "他行利率更高"),
    "push_due": QT_TRANSLATE_NOOP(CTX, "冲量资金到期"),
    "big_spend": QT_TRANSLATE_NOOP(CTX, "购房/大额消费"),
    "invest": QT_TRANSLATE_NOOP(CTX, "转投理财/基金/股市"),
    "service": QT_TRANSLATE_NOOP(CTX, "服务不满意"),
    "channel": QT_TRANSLATE_NOOP(CTX, "网点/渠道不便"),
    "other": QT_TRANSLATE_NOOP(CTX, "其他"),
}
CATEGORIES: dict[str, str] = {
    "price": QT_TRANSLATE_NOOP(CTX, "利率/价格"),
    "product": QT_TRANSLATE_NOOP(CTX, "产品"),
    "service": QT_TRANSLATE_NOOP(CTX, "服务"),
    "channel": QT_TRANSLATE_NOOP(CTX, "渠道/系统"),
    "process": QT_TRANSLATE_NOOP(CTX, "流程"),
    "other": QT_TRANSLATE_NOOP(CTX, "其他"),
}
FEEDBACK_STATUSES: dict[str, str] = {
    "recorded": QT_TRANSLATE_NOOP(CTX, "已记录"),
    "forwarded": QT_TRANSLATE_NOOP(CTX, "已转交"),
    "answered": QT_TRANSLATE_NOOP(CTX, "已答复"),
    "closed": QT_TRANSLATE_NOOP(CTX, "已告知客户"),
}
ROLES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP(CTX, "柜员"),
    QT_TRANSLATE_NOOP(CTX, "客户经理"),
    QT_TRANSLATE_NOOP(CTX, "主管"),
)
# what a contact record may do to the customer's open warning; None (not listed) means automatic
WARNING_CHOICES: dict[str, str] = {
    "keep": QT_TRANSLATE_NOOP(CTX, "不变"),
    "contacted": QT_TRANSLATE_NOOP(CTX, "已联系"),
    "retained": QT_TRANSLATE_NOOP(CTX, "已挽留"),
    "lost": QT_TRANSLATE_NOOP(CTX, "已流失"),
    "false_alarm": QT_TRANSLATE_NOOP(CTX, "误报"),
}
WHAT = {
    "channel": QT_TRANSLATE_NOOP(CTX, "联系方式"),
    "purpose": QT_TRANSLATE_NOOP(CTX, "联系目的"),
    "attitude": QT_TRANSLATE_NOOP(CTX, "客户态度"),
    "reason": QT_TRANSLATE_NOOP(CTX, "原因"),
    "category": QT_TRANSLATE_NOOP(CTX, "反馈类别"),
    "status": QT_TRANSLATE_NOOP(CTX, "反馈状态"),
    "role": QT_TRANSLATE_NOOP(CTX, "岗位"),
    "warning": QT_TRANSLATE_NOOP(CTX, "预警处理"),
}


class FollowupRefused(CodedRefused):
    """A follow-up request was refused and nothing was written. ``code`` is stable, ``message()`` Chinese."""

    context = CTX


def choose(value: str, table: Mapping[str, str], what: str) -> str:
    """The code for ``value`` (a label or a code) in ``table``; raises FollowupRefused naming the labels.

    :param what: a key of ``WHAT`` (channel, purpose, …), used in the message and the refusal code
    """
    raw = (value or "").strip()
    for code, label in table.items():
        if raw in (code, label):
            return code
    raise FollowupRefused(
        f"unknown_{what}",
        QT_TRANSLATE_NOOP(CTX, "没有「{value}」这个{what}。可用的{what}：{valid}"),
        value=value,
        what=WHAT[what],
        valid="、".join(table.values()),
    )


def choose_all(values: Iterable[str], table: Mapping[str, str], what: str) -> tuple[str, ...]:
    """The codes for several values, each once, in the order given."""
    return tuple(dict.fromkeys(choose(v, table, what) for v in values))


def labels(codes: Iterable[str], table: Mapping[str, str]) -> tuple[str, ...]:
    """The labels of ``codes`` (an unknown code, e.g. from a newer version, is shown as it is)."""
    return tuple(table.get(code, code) for code in codes)
