"""Tiers by month-end AUM: upgrades at once, 关注 below the tier, downgrade after 3 months (私行: 6); history kept."""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER
from core.risk import customer_risk, recompute
from core.risk.tiers import TierRules, TierState, tier_label, tier_of, tier_state
from core.settings import set_setting
from tests.core.test_risk_support import customer_id, seed, wan

RULES = TierRules()


@pytest.mark.parametrize(
    ("aum", "tier"),
    [
        (wan(5) - 1, "大众"),
        (wan(5), "金卡"),
        (wan(50), "白金"),
        (wan(200), "钻石"),
        (wan(600) - 1, "钻石"),
        (wan(600), "私行"),
    ],
)
def test_tier_boundaries(aum, tier):
    assert tier_label(tier_of(aum, RULES)) == tier


def states(*aums_oldest_first: float | None) -> TierState | None:
    newest_first = [None if a is None else wan(a) for a in reversed(aums_oldest_first)]
    return tier_state(newest_first[: RULES.window], RULES)


def test_upgrades_apply_at_once():
    state = states(10, 10, 55)
    assert state is not None and tier_label(state.held) == "白金" and not state.watch


def test_a_customer_below_their_tier_is_watched_then_downgraded_after_three_months():
    assert states(60, 45) == TierState(held=2, by_aum=1, months_below=1)
    assert states(60, 45, 45) == TierState(held=2, by_aum=1, months_below=2)
    assert states(60, 45, 45, 45) == TierState(held=1, by_aum=1, months_below=0)  # 金卡 now


def test_one_month_back_above_the_line_restarts_the_count():
    assert states(60, 45, 45, 55, 45).months_below == 1  # type: ignore[union-attr]


def test_private_banking_slips_over_six_months():
    assert states(700, 500, 500, 500, 500, 500).held == 4  # type: ignore[union-attr]
    assert states(700, 500, 500, 500, 500, 500, 500).held == 3  # type: ignore[union-attr]


def test_recompute_keeps_the_tier_history_of_every_month(db):
    periods = seed(
        db,
        {
            "A": [{"aum": wan(60)}, {"aum": wan(45)}, {"aum": wan(45)}, {"aum": wan(45)}],
            "B": [{"aum": wan(1)}, {"aum": wan(1)}, {"aum": wan(80)}, {"aum": wan(80)}],
        },
    )
    for period in periods:
        recompute(db, LOCAL_USER, period)
    rows = db.execute(
        """select c.customer_no, t.period, t.tier, t.aum_tier, t.months_below from customer_tiers t
           join customers c on c.id = t.customer_id order by 1, 2"""
    ).fetchall()
    assert [(no, tier, aum_tier, below) for no, _p, tier, aum_tier, below in rows] == [
        ("A", 2, 2, 0),
        ("A", 2, 1, 1),
        ("A", 2, 1, 2),
        ("A", 1, 1, 0),
        ("B", 0, 0, 0),
        ("B", 0, 0, 0),
        ("B", 2, 2, 0),
        ("B", 2, 2, 0),
    ]
    assert customer_risk(db, LOCAL_USER, periods[2])[customer_id(db, "A")] == ("白金", "低")  # 关注: tier_slip


def test_tier_boundaries_and_the_high_value_line_are_settings(db):
    periods = seed(db, {"A": [{"aum": wan(30)}, {"aum": wan(30)}]})
    set_setting(db, LOCAL_USER, "tier.platinum_min", "20万")
    set_setting(db, LOCAL_USER, "tier.high_value_from", "钻石")
    recompute(db, LOCAL_USER, periods[-1])
    assert customer_risk(db, LOCAL_USER, periods[-1]) == {customer_id(db, "A"): ("白金", None)}
