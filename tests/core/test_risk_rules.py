"""Each warning rule at its threshold (fires) and just short of it (does not), on crafted histories.

The judged month is 2026-10 (month end 2026-10-31) unless a test says otherwise; months are
written oldest first. Money in 分 via ``wan``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.risk.config import RiskConfig
from core.risk.history import Feedback
from core.risk.rules import (
    activity_drop,
    aum_drop,
    evaluate,
    large_withdrawal,
    maturity,
    negative_feedback,
    payroll_stop,
    push_reversal,
    tier_slip,
    vanished,
)
from core.risk.scoring import assess
from tests.core.test_risk_support import hist, wan

CFG = RiskConfig()


def m(aum: float, **fields: object) -> dict[str, object]:
    """A month with ``aum`` in 万元 and other snapshot fields as given (money fields in 分)."""
    return {"aum_fen": wan(aum), **fields}


def codes(h) -> list[str]:  # noqa: ANN001
    return [s.code for s in evaluate(h, CFG)]


# --- aum_drop: ≥ 30 % against last month or the 3-month average, and ≥ 5万 -------------------


def test_aum_drop_fires_at_30_percent_and_names_the_numbers():
    signal = aum_drop(hist(m(100), m(70)), CFG)
    assert signal is not None
    assert signal.message == "金融资产较上月下降30%（-30.0万元）"


def test_aum_drop_does_not_fire_one_fen_short_of_30_percent():
    assert aum_drop(hist(m(100), {"aum_fen": wan(70) + 1}), CFG) is None


def test_aum_drop_needs_at_least_5_wan():
    assert aum_drop(hist(m(16), m(11)), CFG) is not None  # 31 %, exactly 5万
    assert aum_drop(hist(m(16), {"aum_fen": wan(11) + 1}), CFG) is None


def test_aum_drop_against_the_three_month_average():
    signal = aum_drop(hist(m(150), m(150), m(90), m(84)), CFG)  # vs last month only −6.7 %
    assert signal is not None
    assert signal.message == "金融资产较近3个月平均下降35%（-46.0万元）"


def test_aum_drop_uses_the_months_available():
    assert aum_drop(hist(m(100), m(60)), CFG).params["months"] == 1  # type: ignore[union-attr]
    assert aum_drop(hist(m(60)), CFG) is None  # no earlier month: nothing to compare


def test_a_90_percent_drop_scores_above_a_31_percent_one():
    deep = assess(hist(m(100), m(10, transfer_out_fen=0)), CFG)
    shallow = assess(hist(m(100), m(69, transfer_out_fen=0)), CFG)
    deep_points, shallow_points = ({r.code: r.points for r in a.reasons}["aum_drop"] for a in (deep, shallow))
    assert deep_points > shallow_points
    assert deep.score > shallow.score


# --- maturity: ≥ 5万 in time deposits or products maturing within 30 days ------------------


@pytest.mark.parametrize(
    ("due", "fires"), [("2026-11-30", True), ("2026-12-01", False), ("2026-10-31", False), ("2026-11-01", True)]
)
def test_maturity_window_is_the_30_days_after_the_month_end(due, fires):
    h = hist(m(80, time_deposit_fen=wan(50), maturity_date=due))
    assert (maturity(h, CFG) is not None) is fires


def test_maturity_needs_at_least_5_wan():
    assert maturity(hist(m(80, time_deposit_fen=wan(5), maturity_date="2026-11-10")), CFG) is not None
    assert maturity(hist(m(80, time_deposit_fen=wan(5) - 1, maturity_date="2026-11-10")), CFG) is None


def test_maturity_counts_products_and_says_when():
    signal = maturity(hist(m(80, wealth_fen=wan(30), time_deposit_fen=wan(20), maturity_date="2026-11-12")), CFG)
    assert signal is not None
    assert signal.message == "定期存款/理财共50.0万元，最近一笔将于2026-11-12到期（12天后）"


# --- push_reversal: quarter-end AUM ≥ 50 % above the 3 months before, then an outflow -------


def test_push_reversal_fires_at_50_percent_and_is_the_only_reason():
    h = hist(m(100), m(100), m(100), m(150), m(100))  # 2026-06 … 2026-10; 2026-09 is a quarter end
    assert codes(h) == ["push_reversal"]
    assert (
        push_reversal(h, CFG).message == "2026-09季末金融资产比此前3个月平均高出50%，本月流出50.0万元，疑为冲量资金流出"
    )  # type: ignore[union-attr]


def test_push_reversal_does_not_fire_one_fen_short_of_50_percent():
    h = hist(m(100), m(100), m(100), {"aum_fen": wan(150) - 1}, m(100))
    assert push_reversal(h, CFG) is None
    assert "aum_drop" in codes(h)  # without a push it is an ordinary 33 % drop


def test_push_reversal_needs_a_quarter_end_and_an_outflow_of_5_wan():
    assert (
        push_reversal(hist(m(100), m(100), m(100), m(150), m(100), period="2026-11"), CFG) is None
    )  # Oct: no quarter end
    assert push_reversal(hist(m(100), m(100), m(100), m(150), {"aum_fen": wan(145) + 1}), CFG) is None
    assert push_reversal(hist(m(100), m(100), m(100), m(150), m(145)), CFG) is not None


def test_pushed_money_leaving_by_transfer_is_not_a_large_withdrawal():
    h = hist(m(60), m(60), m(60), m(120), m(60, transfer_out_fen=wan(60)))
    assert codes(h) == ["push_reversal"]


# --- large_withdrawal: ≥ 50万, or ≥ 50 % of last month's AUM (and ≥ 5万) -------------------


def test_large_withdrawal_by_amount_from_the_transfer_column():
    assert large_withdrawal(hist(m(200), m(200, transfer_out_fen=wan(50))), CFG) is not None
    assert large_withdrawal(hist(m(200), m(200, transfer_out_fen=wan(50) - 1)), CFG) is None


def test_large_withdrawal_by_share_of_last_month():
    signal = large_withdrawal(hist(m(40), m(20, transfer_out_fen=wan(20))), CFG)
    assert signal is not None
    assert signal.message == "本月转出他行20.0万元，占上月金融资产的50%"
    assert large_withdrawal(hist(m(40), m(20, transfer_out_fen=wan(20) - 1)), CFG) is None
    assert large_withdrawal(hist(m(8), m(4, transfer_out_fen=wan(4))), CFG) is None  # 50 %, but under 5万


def test_large_withdrawal_without_the_transfer_column_uses_the_fall_in_aum():
    signal = large_withdrawal(hist(m(200), m(150)), CFG)
    assert signal is not None and signal.message == "本月金融资产减少50.0万元，占上月的25%"


def test_with_a_transfer_column_a_fall_without_transfers_is_an_aum_drop_only():
    assert codes(hist(m(190), m(95, transfer_out_fen=wan(1)))) == ["aum_drop"]


# --- activity_drop: ≤ 50 % of the 3-month average (≥ 4), or none for 2 months ---------------


def test_activity_drop_fires_at_half_the_average():
    assert (
        activity_drop(
            hist(
                m(80, ebank_txn_count=8), m(80, ebank_txn_count=8), m(80, ebank_txn_count=8), m(80, ebank_txn_count=4)
            ),
            CFG,
        )
        is not None
    )
    assert (
        activity_drop(
            hist(
                m(80, ebank_txn_count=8), m(80, ebank_txn_count=8), m(80, ebank_txn_count=8), m(80, ebank_txn_count=5)
            ),
            CFG,
        )
        is None
    )


def test_activity_drop_needs_an_average_of_4():
    assert (
        activity_drop(
            hist(
                m(80, ebank_txn_count=4), m(80, ebank_txn_count=4), m(80, ebank_txn_count=4), m(80, ebank_txn_count=2)
            ),
            CFG,
        )
        is not None
    )
    assert (
        activity_drop(
            hist(
                m(80, ebank_txn_count=4), m(80, ebank_txn_count=4), m(80, ebank_txn_count=3), m(80, ebank_txn_count=1)
            ),
            CFG,
        )
        is None
    )


def test_two_silent_months_after_some_activity_fire():
    signal = activity_drop(hist(m(80, ebank_txn_count=3), m(80, ebank_txn_count=0), m(80, ebank_txn_count=0)), CFG)
    assert signal is not None and signal.message == "连续2个月没有电子银行交易（此前月均3.0笔）"
    assert (
        activity_drop(hist(m(80, ebank_txn_count=0), m(80, ebank_txn_count=0), m(80, ebank_txn_count=0)), CFG) is None
    )
    assert (
        activity_drop(hist(m(80, ebank_txn_count=3), m(80, ebank_txn_count=2), m(80, ebank_txn_count=0)), CFG) is None
    )


def test_no_transactions_at_all_scores_above_halved_activity():
    none = assess(hist(*[m(80, ebank_txn_count=10)] * 3, m(80, ebank_txn_count=0)), CFG)
    halved = assess(hist(*[m(80, ebank_txn_count=10)] * 3, m(80, ebank_txn_count=5)), CFG)
    assert none.codes == halved.codes == ("activity_drop",)
    assert none.score > halved.score


# --- payroll_stop, vanished, tier_slip, negative_feedback -----------------------------------


def test_payroll_stop_fires_on_yes_to_no_only():
    assert payroll_stop(hist(m(80, payroll=1), m(80, payroll=0)), CFG) is not None
    assert payroll_stop(hist(m(80, payroll=1), m(80, payroll=1)), CFG) is None
    assert payroll_stop(hist(m(80, payroll=0), m(80, payroll=0)), CFG) is None


def test_vanished_fires_when_last_month_present_and_this_month_absent():
    signal = vanished(hist(m(80), m(120), None), CFG)
    assert signal is not None and signal.message == "2026-09在册（金融资产120.0万元），本月客户清单中已无此客户"
    assert vanished(hist(m(80), None, None), CFG) is None  # gone earlier: already a loss candidate then
    assert codes(hist(m(80), m(120), None)) == ["vanished"]


def test_tier_slip_fires_below_the_tier_and_stops_once_downgraded():
    assert tier_slip(hist(m(60), m(50)), CFG) is None  # exactly 白金
    signal = tier_slip(hist(m(60), {"aum_fen": wan(50) - 1}), CFG)
    assert signal is not None and signal.params["tier"] == "白金"
    assert tier_slip(hist(m(60), m(49), m(49)), CFG) is not None  # two months below: still 关注
    assert tier_slip(hist(m(60), m(49), m(49), m(49)), CFG) is None  # three: downgraded to 金卡


def test_private_banking_is_kept_for_six_months():
    assert tier_slip(hist(m(600), *[m(599)] * 5), CFG) is not None
    assert tier_slip(hist(m(600), *[m(599)] * 6), CFG) is None


@pytest.mark.parametrize(
    ("outcome", "resolved", "fires"),
    [("move_money", False, True), ("complaint", False, True), ("complaint", True, False), ("satisfied", False, False)],
)
def test_negative_feedback_fires_on_an_unresolved_intention_or_complaint(outcome, resolved, fires):
    h = hist(m(80), m(80), feedback=Feedback("2026-10-12", outcome, resolved))
    assert (negative_feedback(h, CFG) is not None) is fires


def test_without_contact_records_negative_feedback_never_fires():
    assert negative_feedback(hist(m(80), m(80)), CFG) is None


# --- missing columns never fire -------------------------------------------------------------


def test_missing_columns_never_fire():
    bare = hist(m(100), m(100), m(100), m(100))  # only AUM, every other column absent from the files
    assert codes(bare) == []
    assert payroll_stop(hist(m(80, payroll=1), m(80)), CFG) is None  # this month's file lacks the column
    assert activity_drop(hist(m(80), m(80), m(80, ebank_txn_count=0)), CFG) is None  # earlier files lacked it
    assert maturity(hist(m(80, maturity_date="2026-11-10")), CFG) is None  # no balance columns: amount unknown


_months = st.lists(st.integers(min_value=0, max_value=wan(2000)), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(_months, st.sampled_from(["2026-10", "2026-07", "2026-01"]))
def test_rules_needing_a_column_never_fire_without_it(aums, period):
    h = hist(*[{"aum_fen": a} for a in aums], period=period)
    fired = set(codes(h))
    assert not fired & {"maturity", "activity_drop", "payroll_stop", "negative_feedback", "vanished"}
