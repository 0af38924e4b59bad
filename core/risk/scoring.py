"""From fired rules to one score, a level (高/中/低) and the AUM at stake.

A fired rule adds between half its weight (just at its threshold) and all of it (far past):
``points = weight × (0.5 + 0.5 × severity)``. So a 90 % AUM drop outranks a 31 % one and a
customer with no transactions at all outranks one whose activity halved. The score is the
sum, capped at 100. Weights and level lines are settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.risk.config import RiskConfig
from core.risk.history import History
from core.risk.rules import Signal, evaluate, quarter_end_push
from core.risk.tiers import TierState, tier_state

MAX_SCORE = 100


@dataclass(frozen=True)
class Reason:
    """A fired rule with the points it contributed."""

    signal: Signal
    points: float

    @property
    def code(self) -> str:
        """The rule's stable code."""
        return self.signal.code


@dataclass(frozen=True)
class Assessment:
    """One customer's risk in one month."""

    reasons: tuple[Reason, ...]  # most points first
    score: int
    level: str | None  # "high", "medium", "low"; None when no rule fired
    aum_at_stake_fen: int
    tier: TierState | None

    @property
    def codes(self) -> tuple[str, ...]:
        """The fired rules' codes, most points first."""
        return tuple(r.code for r in self.reasons)


def points(signal: Signal, cfg: RiskConfig) -> float:
    """What one fired rule adds to the score."""
    return cfg.weights.get(signal.code, 0) * (0.5 + 0.5 * signal.severity)


def level_of(score: int, cfg: RiskConfig) -> str:
    """The level of a customer with at least one fired rule."""
    if score >= cfg.level_high:
        return "high"
    return "medium" if score >= cfg.level_medium else "low"


def aum_at_stake(h: History, codes: set[str], cfg: RiskConfig) -> int:
    """The money the branch stands to lose: the larger of this and last month's AUM.

    After a quarter-end push the pushed money is not counted: the usual level before it is used.
    """
    now = h.aum(0) or 0
    before = h.aum(1) or 0
    if "push_reversal" in codes:
        push = quarter_end_push(h, cfg)
        if push is not None:
            before = push.baseline_total // push.baseline_months
    return max(now, before)


def assess(h: History, cfg: RiskConfig) -> Assessment:
    """Run every rule on ``h`` and combine what fired."""
    signals = evaluate(h, cfg)
    tier = tier_state([h.aum(k) for k in range(cfg.tiers.window)], cfg.tiers)
    if not signals:
        return Assessment((), 0, None, 0, tier)
    reasons = sorted((Reason(s, points(s, cfg)) for s in signals), key=lambda r: -r.points)
    score = min(MAX_SCORE, round(sum(r.points for r in reasons)))
    codes = {s.code for s in signals}
    return Assessment(tuple(reasons), score, level_of(score, cfg), aum_at_stake(h, codes, cfg), tier)
