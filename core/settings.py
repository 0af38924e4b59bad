"""Business settings kept in the database, so they travel with the data and its backups.

Every key is declared once in ``SETTINGS``: its kind, default, limits and Chinese label.
The ``settings`` table holds only values someone changed (as text); every other key has
its default. Money is entered in 元 or 万 ("5万", "50000", "50,000.00元") and kept in 分.
Each change is recorded in ``settings_changes`` with who made it and when, and in the audit log
(in the same transaction). Listing and reading need ``settings.view``, changing ``settings.change``;
core code that only needs the values calls ``setting_values`` (no acting user).
UI state (window layout, last folder) does not belong here: that is QSettings.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation

from sqlite_utils import Database

from core.actors import Actor
from core.i18n import QT_TRANSLATE_NOOP
from core.refusal import Refused
from core.risk.codes import DEFAULT_WEIGHTS, RULE_NAMES
from core.risk.tiers import TIER_CODES, TIER_LABELS
from core.security import audit
from core.security.permissions import require

log = logging.getLogger(__name__)
CTX = "Settings"
MONEY, PERCENT, COUNT, POINTS, TIER = "money", "percent", "count", "points", "tier"
WAN = 1_000_000  # 分 per 万元
RESET_WORDS = ("default", "默认")


@dataclass(frozen=True)
class SettingSpec:
    """One business setting: key, kind, default (分 for money), limits and a Chinese label."""

    key: str
    kind: str  # MONEY, PERCENT, COUNT, POINTS or TIER
    default: int | str
    label: str
    minimum: int = 0
    maximum: int | None = None


def _money(key: str, wan: int, label: str) -> SettingSpec:
    return SettingSpec(key, MONEY, wan * WAN, label)


def _days(key: str, default: int, label: str, low: int = 0, high: int = 366) -> SettingSpec:
    return SettingSpec(key, COUNT, default, label, low, high)


def _points(key: str, default: int, label: str) -> SettingSpec:
    return SettingSpec(key, POINTS, default, label, 0, 100)


SETTINGS: tuple[SettingSpec, ...] = (
    _money("tier.gold_min", 5, QT_TRANSLATE_NOOP(CTX, "金卡起点（月末金融资产）")),
    _money("tier.platinum_min", 50, QT_TRANSLATE_NOOP(CTX, "白金起点（月末金融资产）")),
    _money("tier.diamond_min", 200, QT_TRANSLATE_NOOP(CTX, "钻石起点（月末金融资产）")),
    _money("tier.private_min", 600, QT_TRANSLATE_NOOP(CTX, "私行起点（月末金融资产）")),
    SettingSpec("tier.high_value_from", TIER, "platinum", QT_TRANSLATE_NOOP(CTX, "高价值客户的最低等级")),
    SettingSpec("tier.downgrade_months", COUNT, 3, QT_TRANSLATE_NOOP(CTX, "连续几个月低于等级标准后降级"), 1, 12),
    SettingSpec(
        "tier.private_downgrade_months", COUNT, 6, QT_TRANSLATE_NOOP(CTX, "私行：连续几个月低于标准后降级"), 1, 12
    ),
    SettingSpec(
        "rule.aum_drop.pct", PERCENT, 30, QT_TRANSLATE_NOOP(CTX, "资产下降：较上月或近3个月平均下降至少"), 1, 100
    ),
    _money("rule.aum_drop.min_amount", 5, QT_TRANSLATE_NOOP(CTX, "资产下降：下降金额至少")),
    _money("rule.maturity.min_amount", 5, QT_TRANSLATE_NOOP(CTX, "到期：到期的定期/理财至少")),
    SettingSpec("rule.maturity.days", COUNT, 30, QT_TRANSLATE_NOOP(CTX, "到期：未来多少天内到期"), 1, 366),
    SettingSpec(
        "rule.push_reversal.lift_pct", PERCENT, 50, QT_TRANSLATE_NOOP(CTX, "冲量：季末资产高出前3个月平均至少"), 1, 1000
    ),
    _money("rule.push_reversal.min_outflow", 5, QT_TRANSLATE_NOOP(CTX, "冲量：次月流出至少")),
    _money("rule.large_withdrawal.amount", 50, QT_TRANSLATE_NOOP(CTX, "大额转出：单月流出达到")),
    SettingSpec(
        "rule.large_withdrawal.pct", PERCENT, 50, QT_TRANSLATE_NOOP(CTX, "大额转出：或单月流出占上月资产达到"), 1, 100
    ),
    _money("rule.large_withdrawal.min_amount", 5, QT_TRANSLATE_NOOP(CTX, "大额转出：按比例判断时流出至少")),
    SettingSpec(
        "rule.activity_drop.pct", PERCENT, 50, QT_TRANSLATE_NOOP(CTX, "活跃度：本月笔数不超过近3个月平均的"), 1, 100
    ),
    SettingSpec(
        "rule.activity_drop.min_avg", COUNT, 4, QT_TRANSLATE_NOOP(CTX, "活跃度：近3个月平均笔数至少"), 1, 10_000
    ),
    SettingSpec("rule.activity_drop.silent_months", COUNT, 2, QT_TRANSLATE_NOOP(CTX, "活跃度：连续无交易的月数"), 1, 3),
    *(SettingSpec(f"weight.{code}", POINTS, DEFAULT_WEIGHTS[code], name, 0, 100) for code, name in RULE_NAMES.items()),
    SettingSpec("level.high", POINTS, 60, QT_TRANSLATE_NOOP(CTX, "风险等级“高”的分数线"), 1, 100),
    SettingSpec("level.medium", POINTS, 35, QT_TRANSLATE_NOOP(CTX, "风险等级“中”的分数线"), 1, 100),
    SettingSpec("backtest.horizon", COUNT, 3, QT_TRANSLATE_NOOP(CTX, "回测：观察其后几个月"), 1, 12),
    SettingSpec("backtest.drop_pct", PERCENT, 80, QT_TRANSLATE_NOOP(CTX, "回测：资产下降多少算流失"), 1, 100),
    SettingSpec(
        "model.min_leavers", COUNT, 200, QT_TRANSLATE_NOOP(CTX, "学习模型：至少需要的流失样本数"), 10, 1_000_000
    ),
    # follow-up (issue 4): contact cadence per tier in days (0: none), deadlines, text limit, scorecard weights
    _days("cadence.private", 30, QT_TRANSLATE_NOOP(CTX, "维护周期：私行客户至少每几天联系一次（0为不要求）")),
    _days("cadence.diamond", 30, QT_TRANSLATE_NOOP(CTX, "维护周期：钻石客户至少每几天联系一次（0为不要求）")),
    _days("cadence.platinum", 60, QT_TRANSLATE_NOOP(CTX, "维护周期：白金客户至少每几天联系一次（0为不要求）")),
    _days("cadence.gold", 90, QT_TRANSLATE_NOOP(CTX, "维护周期：金卡客户至少每几天联系一次（0为不要求）")),
    _days("cadence.mass", 0, QT_TRANSLATE_NOOP(CTX, "维护周期：大众客户至少每几天联系一次（0为不要求）")),
    _days("followup.warning_days", 3, QT_TRANSLATE_NOOP(CTX, "预警生成后须在几个工作日内联系客户"), 1, 30),
    _days("followup.effect_days", 7, QT_TRANSLATE_NOOP(CTX, "挽留效果：预警后几天内联系算“及时联系”"), 1, 90),
    _days("followup.text_limit", 500, QT_TRANSLATE_NOOP(CTX, "联系记录、反馈等文字最多几个字"), 20, 5000),
    _points("score.weight.coverage", 30, QT_TRANSLATE_NOOP(CTX, "服务考核权重：维护覆盖率")),
    _points("score.weight.timely", 25, QT_TRANSLATE_NOOP(CTX, "服务考核权重：预警及时联系率")),
    _points("score.weight.retention", 25, QT_TRANSLATE_NOOP(CTX, "服务考核权重：预警客户挽留率")),
    _points("score.weight.aum", 10, QT_TRANSLATE_NOOP(CTX, "服务考核权重：管户资产保有率")),
    _points("score.weight.followup", 10, QT_TRANSLATE_NOOP(CTX, "服务考核权重：跟进按时率")),
    # security (issue 7): idle lock and how long personal data is kept (months; audit at least 6)
    SettingSpec("security.idle_minutes", COUNT, 5, QT_TRANSLATE_NOOP(CTX, "无操作几分钟后锁定窗口"), 1, 120),
    SettingSpec("retention.snapshot_months", COUNT, 60, QT_TRANSLATE_NOOP(CTX, "月度资产数据保留几个月"), 13, 240),
    SettingSpec("retention.contact_months", COUNT, 60, QT_TRANSLATE_NOOP(CTX, "联系记录与意见反馈保留几个月"), 6, 240),
    SettingSpec("retention.audit_months", COUNT, 36, QT_TRANSLATE_NOOP(CTX, "审计日志保留几个月（至少6个月）"), 6, 240),
)
SPECS: dict[str, SettingSpec] = {s.key: s for s in SETTINGS}
_ORDERED = (
    ("tier.gold_min", "tier.platinum_min", "tier.diamond_min", "tier.private_min"),
    ("level.medium", "level.high"),
)


class SettingRefused(Refused):
    """A setting was not found or a value was refused; nothing was written."""

    context = CTX


@dataclass(frozen=True)
class SettingValue:
    """A setting as people see it: its value (分 for money), the default, and both as text."""

    key: str
    label: str
    kind: str
    value: int | str
    default: int | str
    text: str
    default_text: str

    @property
    def is_default(self) -> bool:
        """Whether nobody changed it."""
        return self.value == self.default


def spec_of(key: str) -> SettingSpec:
    """The declaration of ``key``; raises SettingRefused naming the valid keys."""
    spec = SPECS.get(key)
    if spec is None:
        raise SettingRefused(
            QT_TRANSLATE_NOOP(CTX, "没有这个设置项「{key}」。可用的设置项：{keys}"), key=key, keys="、".join(SPECS)
        )
    return spec


def setting_values(db: Database) -> dict[str, int | str]:
    """Every setting's current value (stored or default), keyed by setting key."""
    stored = dict(db.execute("select key, value from settings").fetchall())
    values: dict[str, int | str] = {}
    for spec in SETTINGS:
        raw = stored.get(spec.key)
        values[spec.key] = spec.default if raw is None else _stored(spec, raw)
    return values


def list_settings(db: Database, actor: Actor) -> list[SettingValue]:
    """Every setting with its current value, in declaration order.

    :raises PermissionDenied: the role may not view settings (柜员, 审计)
    """
    require(actor, "settings.view")
    values = setting_values(db)
    return [_view(spec, values[spec.key]) for spec in SETTINGS]


def get_setting(db: Database, actor: Actor, key: str) -> SettingValue:
    """One setting; raises SettingRefused for an unknown key.

    :raises PermissionDenied: the role may not view settings (柜员, 审计)
    """
    require(actor, "settings.view")
    spec = spec_of(key)
    return _view(spec, setting_values(db)[spec.key])


def set_setting(db: Database, actor: Actor, key: str, text: str) -> SettingValue:
    """Parse, check and store ``text`` as the value of ``key`` ("默认"/"default" restores the default).

    :raises SettingRefused: unknown key, a value that does not parse or is out of range, or
      one that breaks an order (tier boundaries rising, 中 below 高); nothing is written then
    :raises PermissionDenied: the role may not change settings (柜员, 客户经理, 审计)
    """
    require(actor, "settings.change")
    spec = spec_of(key)
    value = spec.default if text.strip().lower() in RESET_WORDS else parse_value(spec, text)
    values = setting_values(db)
    old = values[key]
    values[key] = value
    _check_order(values)
    with db.atomic():
        if value == spec.default:
            db.execute("delete from settings where key = ?", [key])
        else:
            db.execute(
                "insert into settings (key, value) values (?, ?) on conflict(key) do update set value = excluded.value",
                [key, str(value)],
            )
        if old != value:
            db.execute(
                "insert into settings_changes (key, old_value, new_value, changed_by, changed_at) values (?, ?, ?, ?, ?)",
                [key, str(old), str(value), actor.username, datetime.now().isoformat(timespec="seconds")],
            )
            # values as numbers or tier codes: the audit log masks long digit runs in text
            audit.record(db, actor, "setting_changed", target=key, details={"key": key, "old": old, "new": value})
    return _view(spec, value)


def parse_value(spec: SettingSpec, text: str) -> int | str:
    """``text`` as a value of ``spec``'s kind; raises SettingRefused naming what is accepted."""
    raw = text.strip()
    if spec.kind == TIER:
        for code, label in zip(TIER_CODES, TIER_LABELS, strict=True):
            if raw in (code, label):
                return code
        raise SettingRefused(
            QT_TRANSLATE_NOOP(CTX, "「{value}」不是客户等级。可用：{valid}"), value=text, valid="、".join(TIER_LABELS)
        )
    number = _money_fen(raw) if spec.kind == MONEY else _whole(raw.removesuffix("%").strip())
    if number is None:
        hint = (
            QT_TRANSLATE_NOOP(CTX, "金额，如 5万、50000、50,000.00元")
            if spec.kind == MONEY
            else QT_TRANSLATE_NOOP(CTX, "整数")
        )
        raise SettingRefused(
            QT_TRANSLATE_NOOP(CTX, "「{value}」不是有效的值，{label}应填{hint}"),
            value=text,
            label=spec.label,
            hint=hint,
        )
    low, high = spec.minimum, spec.maximum
    if number < low or (high is not None and number > high):
        valid = (
            QT_TRANSLATE_NOOP(CTX, "在 {low} 至 {high} 之间")
            if high is not None
            else QT_TRANSLATE_NOOP(CTX, "不小于 {low}")
        ).format(low=format_value(spec, low), high=format_value(spec, high or 0))
        raise SettingRefused(
            QT_TRANSLATE_NOOP(CTX, "{label}须{valid}，「{value}」超出范围"), label=spec.label, valid=valid, value=text
        )
    return number


def format_value(spec: SettingSpec, value: int | str) -> str:
    """``value`` as people read it: 5万元, 30%, 3, 白金."""
    if spec.kind == TIER:
        return TIER_LABELS[TIER_CODES.index(str(value))]
    number = int(value)
    if spec.kind == PERCENT:
        return f"{number}%"
    if spec.kind == MONEY:
        return money_text(number)
    return str(number)


def money_text(fen: int) -> str:
    """分 as 万元 when at least 1万 (trailing zeros dropped), otherwise 元: 5万元, 1.25万元, 800元."""
    if abs(fen) >= WAN:
        return _plain(Decimal(fen) / WAN) + "万元"
    return _plain(Decimal(fen) / 100) + "元"


def _plain(number: Decimal) -> str:
    """A decimal without exponent or trailing zeros: 50, 1.25."""
    text = f"{number:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _money_fen(raw: str) -> int | None:
    text = re.sub(r"[,，\s]", "", raw).removesuffix("元")
    scale = Decimal(100)
    if text.endswith("万"):
        text, scale = text[:-1], Decimal(WAN)
    try:
        amount = Decimal(text) * scale
    except InvalidOperation:
        return None
    if not amount.is_finite() or amount != amount.to_integral_value():
        return None
    return int(amount)


def _whole(raw: str) -> int | None:
    return int(raw) if re.fullmatch(r"[+-]?\d{1,9}", raw) else None


def _stored(spec: SettingSpec, raw: str) -> int | str:
    """A stored value; one edited by hand into nonsense falls back to the default (and is logged)."""
    try:
        if spec.kind == TIER:
            if raw in TIER_CODES:
                return raw
        else:
            return int(raw)
    except ValueError:
        pass
    log.warning("setting %s holds an unreadable value; using the default", spec.key)
    return spec.default


def _check_order(values: dict[str, int | str]) -> None:
    for keys in _ORDERED:
        for lower, upper in zip(keys, keys[1:], strict=False):
            if int(values[lower]) >= int(values[upper]):
                low, high = SPECS[lower], SPECS[upper]
                raise SettingRefused(
                    QT_TRANSLATE_NOOP(CTX, "{low}（{low_value}）须低于{high}（{high_value}）"),
                    low=low.label,
                    low_value=format_value(low, values[lower]),
                    high=high.label,
                    high_value=format_value(high, values[upper]),
                )


def _view(spec: SettingSpec, value: int | str) -> SettingValue:
    return SettingValue(
        spec.key,
        spec.label,
        spec.kind,
        value,
        spec.default,
        format_value(spec, value),
        format_value(spec, spec.default),
    )
