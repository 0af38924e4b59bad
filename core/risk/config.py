"""The risk settings as one frozen value that rules, scoring and the backtest read.

Built from the ``settings`` table (core/settings.py declares every key and its default),
so a branch's tuning travels with its database. Tests build one directly.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field

from sqlite_utils import Database

from core.risk.codes import DEFAULT_WEIGHTS, RULE_CODES
from core.risk.tiers import TIER_CODES, TierRules
from core.settings import setting_values

WAN = 1_000_000  # 分 per 万元


@dataclass(frozen=True)
class RuleThresholds:
    """Where each warning rule starts to fire (money in 分, shares in whole per cent)."""

    aum_drop_pct: int = 30
    aum_drop_min_fen: int = 5 * WAN
    maturity_min_fen: int = 5 * WAN
    maturity_days: int = 30
    push_lift_pct: int = 50
    push_min_outflow_fen: int = 5 * WAN
    withdrawal_fen: int = 50 * WAN
    withdrawal_pct: int = 50
    withdrawal_min_fen: int = 5 * WAN
    activity_pct: int = 50
    activity_min_avg: int = 4
    silent_months: int = 2


@dataclass(frozen=True)
class RiskConfig:
    """Everything a recompute or backtest depends on besides the data."""

    tiers: TierRules = TierRules()
    rules: RuleThresholds = RuleThresholds()
    weights: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    level_high: int = 60
    level_medium: int = 35
    horizon: int = 3
    left_drop_pct: int = 80
    model_min_leavers: int = 200

    def key(self) -> str:
        """A short fingerprint: results computed with a different config are stale."""
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]


def load_config(db: Database) -> RiskConfig:
    """The risk configuration stored in ``db`` (defaults for everything not changed)."""
    v = setting_values(db)
    tiers = TierRules(
        bounds_fen=(
            int(v["tier.gold_min"]),
            int(v["tier.platinum_min"]),
            int(v["tier.diamond_min"]),
            int(v["tier.private_min"]),
        ),
        high_value_from=TIER_CODES.index(str(v["tier.high_value_from"])),
        downgrade_months=int(v["tier.downgrade_months"]),
        private_downgrade_months=int(v["tier.private_downgrade_months"]),
    )
    rules = RuleThresholds(
        aum_drop_pct=int(v["rule.aum_drop.pct"]),
        aum_drop_min_fen=int(v["rule.aum_drop.min_amount"]),
        maturity_min_fen=int(v["rule.maturity.min_amount"]),
        maturity_days=int(v["rule.maturity.days"]),
        push_lift_pct=int(v["rule.push_reversal.lift_pct"]),
        push_min_outflow_fen=int(v["rule.push_reversal.min_outflow"]),
        withdrawal_fen=int(v["rule.large_withdrawal.amount"]),
        withdrawal_pct=int(v["rule.large_withdrawal.pct"]),
        withdrawal_min_fen=int(v["rule.large_withdrawal.min_amount"]),
        activity_pct=int(v["rule.activity_drop.pct"]),
        activity_min_avg=int(v["rule.activity_drop.min_avg"]),
        silent_months=int(v["rule.activity_drop.silent_months"]),
    )
    return RiskConfig(
        tiers=tiers,
        rules=rules,
        weights={code: int(v[f"weight.{code}"]) for code in RULE_CODES},
        level_high=int(v["level.high"]),
        level_medium=int(v["level.medium"]),
        horizon=int(v["backtest.horizon"]),
        left_drop_pct=int(v["backtest.drop_pct"]),
        model_min_leavers=int(v["model.min_leavers"]),
    )
