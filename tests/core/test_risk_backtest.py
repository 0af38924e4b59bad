"""The backtest's figures, checked against small cases computed by hand."""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER
from core.risk.backtest import Case, run_backtest, summarize, top_decile
from core.risk.compute import RiskRefused
from tests.core.test_risk_support import seed, wan


def case(left: bool, score: int = 0, level: str | None = None, *codes: str) -> Case:
    return Case(left, score, level, frozenset(codes))


# 20 customer-months, 4 of whom left (base rate 20 %)
CASES = [
    case(True, 90, "high", "vanished"),
    case(True, 70, "high", "aum_drop", "large_withdrawal"),
    case(False, 40, "medium", "aum_drop"),
    case(True, 30, "low", "maturity"),
    case(False, 30, "low", "maturity"),
    case(True),
    *[case(False)] * 14,
]


def test_per_rule_and_score_figures_match_the_hand_computed_ones():
    result = summarize(CASES, ("2026-06",), 3, False)
    assert (result.cases, result.left, result.base_rate) == (20, 4, 0.2)
    got = {s.code: (s.flagged, s.left, s.precision, s.recall, s.lift) for s in result.stats}
    assert got["vanished"] == (1, 1, 1.0, 0.25, 5.0)
    assert got["aum_drop"] == (2, 1, 0.5, 0.25, 2.5)
    assert got["large_withdrawal"] == (1, 1, 1.0, 0.25, 5.0)
    assert got["maturity"] == (2, 1, 0.5, 0.25, 2.5)
    assert got["payroll_stop"] == (0, 0, None, 0.0, None)
    assert got["score"] == (5, 3, 0.6, 0.75, pytest.approx(3.0))
    assert got["level_medium"] == (3, 2, pytest.approx(2 / 3), 0.5, pytest.approx(10 / 3))
    assert got["level_high"] == (2, 2, 1.0, 0.5, 5.0)
    assert (result.top_decile_size, result.top_decile_left, result.top_decile_lift) == (2, 2.0, 5.0)


def test_a_tied_group_at_the_decile_cut_counts_in_proportion():
    cases = [case(True, 50), case(False, 50), case(False, 50)] + [case(False)] * 17
    assert top_decile(cases) == (2, pytest.approx(2 / 3))


def test_nobody_left_gives_no_rates_rather_than_a_division_by_zero():
    result = summarize([case(False, 40, "medium", "aum_drop")] * 3, ("2026-06",), 3, False)
    assert result.base_rate == 0.0
    assert result.top_decile_lift is None
    assert {s.code: s.lift for s in result.stats}["aum_drop"] is None


# A branch over 2026-05 … 2026-10. Judged in 2026-06 and followed to 2026-09:
#   DROP  falls 60 % in June (flagged), then to 5万 in July: left (≤ 20 % of June)
#   FALSE falls 60 % in June (flagged), then stays: did not leave
#   QUIET nothing in June, missing from August: left
#   CALM  nothing, stays
#   LOW   a 大众 customer who vanishes in July (outside the high-value population)
BRANCH = {
    "DROP": [{"aum": wan(100)}, {"aum": wan(40)}, {"aum": wan(5)}, {"aum": wan(5)}, {"aum": wan(5)}, {"aum": wan(5)}],
    "FALSE": [
        {"aum": wan(100)},
        {"aum": wan(40)},
        {"aum": wan(40)},
        {"aum": wan(40)},
        {"aum": wan(40)},
        {"aum": wan(40)},
    ],
    "QUIET": [{"aum": wan(100)}] * 3 + [None, None, None],
    "CALM": [{"aum": wan(100)}] * 6,
    "LOW": [{"aum": wan(1)}, {"aum": wan(1)}, None, None, None, None],
}


def test_backtest_of_one_month_on_a_crafted_branch(db):
    seed(db, BRANCH)
    result = run_backtest(db, LOCAL_USER, "2026-06")
    assert (result.periods, result.horizon, result.cases, result.left, result.base_rate) == (("2026-06",), 3, 4, 2, 0.5)
    got = {s.code: (s.flagged, s.left, s.precision, s.recall, s.lift) for s in result.stats}
    for code in ("aum_drop", "large_withdrawal", "tier_slip", "score"):
        assert got[code] == (2, 1, 0.5, 0.5, 1.0)
    assert got["vanished"] == (0, 0, None, 0.0, None)
    assert (result.top_decile_size, result.top_decile_left, result.top_decile_lift) == (1, 0.5, 1.0)
    everyone = run_backtest(db, LOCAL_USER, "2026-06", all_tiers=True)
    assert (everyone.cases, everyone.left) == (5, 3)


def test_backtest_by_default_pools_every_month_with_three_later_months_but_the_first(db):
    seed(db, BRANCH)
    assert run_backtest(db, LOCAL_USER).periods == ("2026-06", "2026-07")
    assert db.execute("select count(*) from risk_scores").fetchone()[0] == 0  # a backtest writes nothing


def test_a_month_without_three_later_months_is_refused(db):
    seed(db, BRANCH)
    with pytest.raises(RiskRefused) as refused:
        run_backtest(db, LOCAL_USER, "2026-08")
    assert "可回测的月份：2026-05、2026-06、2026-07" in refused.value.message()
