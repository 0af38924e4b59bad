"""Customer tiers by month-end AUM, with Chinese bank practice for slips.

Upgrades apply at once; a customer below their tier is 关注 (watch) for it and is
downgraded after ``downgrade_months`` consecutive months below (``private_downgrade_months``
for 私行). That is the same as saying: a customer holds the highest tier their AUM reached
in the last ``downgrade_months`` loaded months (私行: in the last ``private_downgrade_months``).
Because it depends only on recent AUM, the tier of any month can be computed on its own,
in SQL for a whole branch or in Python for one customer, and both agree.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from core.i18n import QT_TRANSLATE_NOOP

CTX = "Tiers"
TIER_CODES = ("mass", "gold", "platinum", "diamond", "private")
TIER_LABELS = (
    QT_TRANSLATE_NOOP(CTX, "大众"),
    QT_TRANSLATE_NOOP(CTX, "金卡"),
    QT_TRANSLATE_NOOP(CTX, "白金"),
    QT_TRANSLATE_NOOP(CTX, "钻石"),
    QT_TRANSLATE_NOOP(CTX, "私行"),
)
PRIVATE = len(TIER_CODES) - 1


@dataclass(frozen=True)
class TierRules:
    """Tier boundaries (lowest AUM of 金卡, 白金, 钻石, 私行, in 分) and the slip rules."""

    bounds_fen: tuple[int, int, int, int] = (5_000_000, 50_000_000, 200_000_000, 600_000_000)
    high_value_from: int = 2  # index into TIER_CODES: 白金 and above are high-value
    downgrade_months: int = 3
    private_downgrade_months: int = 6

    @property
    def window(self) -> int:
        """How many months of AUM a tier decision needs."""
        return max(self.downgrade_months, self.private_downgrade_months)


@dataclass(frozen=True)
class TierState:
    """A customer's tier in one month: the tier held, the tier this month's AUM alone gives, and the watch."""

    held: int  # index into TIER_CODES
    by_aum: int | None  # None: not in this month's file (a vanished customer keeps the tier they held)
    months_below: int  # consecutive months, up to this one, below the held tier

    @property
    def watch(self) -> bool:
        """关注: this month's AUM is below the tier held."""
        return self.by_aum is not None and self.by_aum < self.held


def tier_label(index: int) -> str:
    """The Chinese name of tier ``index``."""
    return TIER_LABELS[index]


def tier_of(aum_fen: int, rules: TierRules) -> int:
    """The tier that ``aum_fen`` alone qualifies for."""
    return bisect_right(rules.bounds_fen, aum_fen)


def tier_state(aums: Sequence[int | None], rules: TierRules) -> TierState | None:
    """The tier state for the month ``aums[0]``; ``aums[k]`` is the AUM k loaded months earlier (None: absent).

    Returns None when the customer appears in none of the months that count.
    """
    tiers = [None if a is None else tier_of(a, rules) for a in aums]
    recent = [t for t in tiers[: rules.downgrade_months] if t is not None]
    longer = [t for t in tiers[: rules.private_downgrade_months] if t is not None]
    if not recent and not longer:
        return None
    held = max(recent, default=0)
    if PRIVATE in longer:
        held = PRIVATE
    below = 0
    for t in tiers:
        if t is None or t >= held:
            break
        below += 1
    return TierState(held, tiers[0], below)


def raw_tier_sql(column: str, rules: TierRules) -> str:
    """SQL giving the tier index of the AUM in ``column`` (NULL stays NULL); bounds are inlined integers."""
    cases = " ".join(f"WHEN {column} >= {int(b)} THEN {i + 1}" for i, b in reversed(list(enumerate(rules.bounds_fen))))
    return f"(CASE WHEN {column} IS NULL THEN NULL {cases} ELSE 0 END)"
