"""The follow-up settings as one frozen value: cadences per tier, deadlines, text limit, scorecard weights.

Read from the ``settings`` table (core/settings.py declares every key once, with its default),
so a branch's choices travel with its database. Tests build one directly.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from core.risk.tiers import TIER_CODES
from core.settings import setting_values

WEIGHT_KEYS = ("coverage", "timely", "retention", "aum", "followup")


@dataclass(frozen=True)
class FollowupConfig:
    """Everything follow-up figures depend on besides the data."""

    cadence_days: tuple[int, int, int, int, int] = (0, 90, 60, 30, 30)  # by tier index 大众 … 私行; 0 = none
    warning_days: int = 3  # working days to first contact a new warning
    effect_days: int = 7  # calendar days that count as "contacted in time" for effectiveness
    text_limit: int = 500  # characters of any free text
    weights: tuple[tuple[str, int], ...] = (
        ("coverage", 30),
        ("timely", 25),
        ("retention", 25),
        ("aum", 10),
        ("followup", 10),
    )
    high_value_from: int = 2  # tier index from which a customer is high-value (from the risk settings)

    def cadence_of(self, tier: int | None) -> int:
        """Days within which a customer of ``tier`` should be contacted (0: no cadence)."""
        return 0 if tier is None else self.cadence_days[tier]


def load_followup_config(db: Database) -> FollowupConfig:
    """The follow-up configuration stored in ``db`` (defaults for everything not changed)."""
    v = setting_values(db)
    cadence = tuple(int(v[f"cadence.{code}"]) for code in TIER_CODES)
    return FollowupConfig(
        cadence_days=cadence,  # type: ignore[arg-type]
        warning_days=int(v["followup.warning_days"]),
        effect_days=int(v["followup.effect_days"]),
        text_limit=int(v["followup.text_limit"]),
        weights=tuple((key, int(v[f"score.weight.{key}"])) for key in WEIGHT_KEYS),
        high_value_from=TIER_CODES.index(str(v["tier.high_value_from"])),
    )
