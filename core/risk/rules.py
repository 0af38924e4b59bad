"""The warning rules: pure functions from one customer's History to a Signal or None.

Each rule has a stable code (core/risk/codes.py), thresholds from RiskConfig, and a Chinese
explanation carrying the numbers. A rule fires only on figures that exist: a column the
month's file lacked (None) never counts as zero. Averages use the months available
(at least one earlier month) until three exist. Threshold comparisons use exact integer
arithmetic, so "at the threshold" fires and one 分 short does not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from core.i18n import QT_TRANSLATE_NOOP
from core.risk.config import RiskConfig
from core.risk.history import FEEDBACK_NEGATIVE, History
from core.risk.tiers import tier_label, tier_state

CTX = "RiskRules"
WAN = 1_000_000


@dataclass(frozen=True)
class Signal:
    """A fired rule: its code, how far past its threshold (0 at it, 1 far past), and why in words."""

    code: str
    severity: float
    template: str  # the Chinese sentence with {placeholders}, as marked for translation
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The explanation in Chinese with the numbers filled in."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Push:
    """A quarter-end push: last month's AUM well above the average of the months before it."""

    peak_fen: int
    baseline_total: int
    baseline_months: int

    @property
    def pushed_fen(self) -> int:
        """How far the quarter-end AUM stood above the usual level."""
        return self.peak_fen - self.baseline_total // self.baseline_months


def money(fen: int) -> str:
    """分 as people read an amount in a warning: 186.3万元 from 1万 up, otherwise whole 元."""
    if abs(fen) >= WAN:
        return f"{fen / WAN:.1f}万元"
    return f"{round(fen / 100):,}元"


def _share(part: int, whole: int) -> int:
    """``part`` as whole per cent of ``whole``, rounded down (so a shown 30% really is at least 30 %)."""
    return part * 100 // whole if whole > 0 else 100


def _past(value: float, threshold: float, far: float) -> float:
    """Severity: 0 at ``threshold``, 1 at ``far`` and beyond."""
    if far <= threshold:
        return 1.0
    return max(0.0, min(1.0, (value - threshold) / (far - threshold)))


def quarter_end_push(h: History, cfg: RiskConfig) -> Push | None:
    """Last month was a quarter end (Mar/Jun/Sep/Dec) whose AUM stood ≥ lift % above the average before it."""
    if len(h.periods) < 3 or int(h.periods[1][5:7]) % 3 != 0:
        return None
    peak, prior = h.aum(1), h.values("aum_fen", range(2, 5))
    if peak is None or not prior:
        return None
    total, n = sum(prior), len(prior)
    if peak * 100 * n < (100 + cfg.rules.push_lift_pct) * total or total <= 0:
        return None
    return Push(peak, total, n)


def aum_drop(h: History, cfg: RiskConfig) -> Signal | None:
    """AUM down ≥ pct against last month or the 3-month average (after a push: the level before it), and by ≥ min."""
    a0 = h.aum(0)
    if a0 is None:
        return None
    t = cfg.rules
    push = quarter_end_push(h, cfg)
    if push is not None:
        references = [("baseline", push.baseline_total, push.baseline_months)]
    else:
        references = []
        a1 = h.aum(1)
        if a1 is not None:
            references.append(("last", a1, 1))
        prior = h.values("aum_fen", range(1, 4))
        if prior:
            references.append(("average", sum(prior), len(prior)))
    best: Signal | None = None
    for kind, total, n in references:
        drop = total - n * a0  # n × (reference − AUM now), exact
        if drop <= 0 or drop * 100 < t.aum_drop_pct * total or drop < n * t.aum_drop_min_fen:
            continue
        pct = drop * 100 / total
        signal = Signal(
            "aum_drop",
            _past(pct, t.aum_drop_pct, 100),
            _DROP[kind],
            {"pct": _share(drop, total), "amount": money(drop // n), "months": n},
        )
        if best is None or signal.severity > best.severity:
            best = signal
    return best


_DROP = {
    "last": QT_TRANSLATE_NOOP(CTX, "金融资产较上月下降{pct}%（-{amount}）"),
    "average": QT_TRANSLATE_NOOP(CTX, "金融资产较近{months}个月平均下降{pct}%（-{amount}）"),
    "baseline": QT_TRANSLATE_NOOP(CTX, "金融资产较季末冲量前{months}个月平均下降{pct}%（-{amount}）"),
}


def maturity(h: History, cfg: RiskConfig) -> Signal | None:
    """Time deposits or products of ≥ min maturing within the next ``maturity_days`` after the month end."""
    m0 = h.at(0)
    if m0 is None or m0.maturity_date is None:
        return None
    held = [v for v in (m0.time_deposit_fen, m0.wealth_fen) if v is not None]
    if not held:
        return None
    amount = sum(held)
    days = (date.fromisoformat(m0.maturity_date[:10]) - h.month_end).days
    if not 0 < days <= cfg.rules.maturity_days or amount < cfg.rules.maturity_min_fen:
        return None
    severity = min(1.0, amount / m0.aum_fen) if m0.aum_fen > 0 else 1.0
    return Signal(
        "maturity",
        severity,
        QT_TRANSLATE_NOOP(CTX, "定期存款/理财共{amount}，最近一笔将于{date}到期（{days}天后）"),
        {"amount": money(amount), "date": m0.maturity_date[:10], "days": days},
    )


def push_reversal(h: History, cfg: RiskConfig) -> Signal | None:
    """冲量存款: a quarter-end push, then an outflow of ≥ min the month after (its own reason, not a loss)."""
    push, a0 = quarter_end_push(h, cfg), h.aum(0)
    if push is None or a0 is None:
        return None
    outflow = push.peak_fen - a0
    if outflow < cfg.rules.push_min_outflow_fen:
        return None
    severity = min(1.0, outflow / push.pushed_fen) if push.pushed_fen > 0 else 1.0
    return Signal(
        "push_reversal",
        severity,
        QT_TRANSLATE_NOOP(
            CTX, "{quarter}季末金融资产比此前{months}个月平均高出{lift}%，本月流出{amount}，疑为冲量资金流出"
        ),
        {
            "quarter": h.periods[1],
            "months": push.baseline_months,
            "lift": _share(push.pushed_fen, push.baseline_total // push.baseline_months),
            "amount": money(outflow),
        },
    )


def large_withdrawal(h: History, cfg: RiskConfig) -> Signal | None:
    """A one-month outflow of ≥ amount, or ≥ pct of last month's AUM (and ≥ min); transfers out when the file has them."""
    m0, a1 = h.at(0), h.aum(1)
    if m0 is None or a1 is None:
        return None
    by_transfer = m0.transfer_out_fen is not None
    outflow: int = m0.transfer_out_fen if m0.transfer_out_fen is not None else a1 - m0.aum_fen
    push = quarter_end_push(h, cfg)
    if push is not None:  # the pushed money going back is push_reversal, not a withdrawal
        outflow -= push.pushed_fen
    t = cfg.rules
    if outflow <= 0 or not (
        outflow >= t.withdrawal_fen or (outflow * 100 >= t.withdrawal_pct * a1 and outflow >= t.withdrawal_min_fen)
    ):
        return None
    template = (
        QT_TRANSLATE_NOOP(CTX, "本月转出他行{amount}，占上月金融资产的{pct}%")
        if by_transfer
        else QT_TRANSLATE_NOOP(CTX, "本月金融资产减少{amount}，占上月的{pct}%")
    )
    severity = min(1.0, outflow / a1) if a1 > 0 else 1.0
    return Signal(
        "large_withdrawal", severity, template, {"amount": money(outflow), "pct": min(_share(outflow, a1), 999)}
    )


def activity_drop(h: History, cfg: RiskConfig) -> Signal | None:
    """E-banking transactions ≤ pct of the 3-month average (average ≥ min), or none for ``silent_months`` after some."""
    t = cfg.rules
    recent = [h.at(k) for k in range(t.silent_months)]
    counts = [None if m is None else m.ebank_txn_count for m in recent]
    if counts[0] is None:
        return None
    if all(c == 0 for c in counts):
        before = h.values("ebank_txn_count", range(t.silent_months, t.silent_months + 3))
        if any(v > 0 for v in before):  # severity: how active the customer was before falling silent
            average = sum(before) / len(before)
            return Signal(
                "activity_drop",
                min(1.0, average / max(t.activity_min_avg, 1)),
                QT_TRANSLATE_NOOP(CTX, "连续{months}个月没有电子银行交易（此前月均{avg}笔）"),
                {"months": t.silent_months, "avg": f"{average:.1f}"},
            )
    prior = h.values("ebank_txn_count", range(1, 4))
    if not prior:
        return None
    x0, total, n = counts[0], sum(prior), len(prior)
    if total < t.activity_min_avg * n or x0 * 100 * n > t.activity_pct * total:
        return None
    ratio = x0 * n / total
    return Signal(
        "activity_drop",
        _past(1 - ratio, 1 - t.activity_pct / 100, 1.0),
        QT_TRANSLATE_NOOP(CTX, "本月电子银行交易{count}笔，近{months}个月平均{avg}笔，下降{pct}%"),
        {"count": x0, "months": n, "avg": f"{total / n:.1f}", "pct": _share(total - x0 * n, total)},
    )


def payroll_stop(h: History, cfg: RiskConfig) -> Signal | None:
    """The payroll (代发) flag went from yes last month to no this month."""
    m0, m1 = h.at(0), h.at(1)
    if m0 is None or m1 is None or m1.payroll != 1 or m0.payroll != 0:
        return None
    return Signal(
        "payroll_stop", 1.0, QT_TRANSLATE_NOOP(CTX, "代发工资由“是”变为“否”（{last}仍有代发）"), {"last": h.periods[1]}
    )


def vanished(h: History, cfg: RiskConfig) -> Signal | None:
    """In last month's list, not in this month's complete list: a loss candidate, not silently dropped."""
    a1 = h.aum(1)
    if h.at(0) is not None or a1 is None:
        return None
    return Signal(
        "vanished",
        1.0,
        QT_TRANSLATE_NOOP(CTX, "{last}在册（金融资产{amount}），本月客户清单中已无此客户"),
        {"last": h.periods[1], "amount": money(a1)},
    )


def tier_slip(h: History, cfg: RiskConfig) -> Signal | None:
    """关注: this month's AUM is below the tier the customer holds (downgraded after N months in a row)."""
    a0 = h.aum(0)
    state = tier_state([h.aum(k) for k in range(cfg.tiers.window)], cfg.tiers)
    if a0 is None or state is None or not state.watch:
        return None
    months = (
        cfg.tiers.private_downgrade_months if state.held == len(cfg.tiers.bounds_fen) else cfg.tiers.downgrade_months
    )
    return Signal(
        "tier_slip",
        _past(state.months_below, 0, months),
        QT_TRANSLATE_NOOP(CTX, "金融资产{aum}，低于{tier}标准（{bound}），已连续{below}个月；再有{left}个月将降级"),
        {
            "aum": money(a0),
            "tier": tier_label(state.held),
            "bound": money(cfg.tiers.bounds_fen[state.held - 1]),
            "below": state.months_below,
            "left": max(1, months - state.months_below),
        },
    )


def negative_feedback(h: History, cfg: RiskConfig) -> Signal | None:
    """The latest recorded contact says the customer means to move money, or complained, and it is unresolved."""
    fb = h.feedback
    if fb is None or fb.resolved or fb.outcome not in FEEDBACK_NEGATIVE:
        return None
    template = (
        QT_TRANSLATE_NOOP(CTX, "最近一次联系（{date}）：客户有转走资金的意向，尚未解决")
        if fb.outcome == "move_money"
        else QT_TRANSLATE_NOOP(CTX, "最近一次联系（{date}）：客户投诉，尚未解决")
    )
    return Signal("negative_feedback", 1.0, template, {"date": fb.contacted_on[:10]})


Rule = Callable[[History, RiskConfig], "Signal | None"]
RULES: dict[str, Rule] = {
    "vanished": vanished,
    "aum_drop": aum_drop,
    "large_withdrawal": large_withdrawal,
    "payroll_stop": payroll_stop,
    "negative_feedback": negative_feedback,
    "maturity": maturity,
    "activity_drop": activity_drop,
    "tier_slip": tier_slip,
    "push_reversal": push_reversal,
}


def evaluate(h: History, cfg: RiskConfig) -> list[Signal]:
    """Every rule that fires on ``h``, in RULES order."""
    return [s for rule in RULES.values() if (s := rule(h, cfg)) is not None]
