"""Does maintenance work? June's warned customers by how soon they were called, and what became of them.

AUM in 万元, warnings raised on June's list (imported, we pretend, on 2026-07-03):

| customer | May | Jun | Jul | Aug | Sep | first contact | group | left? |
|---|---|---|---|---|---|---|---|---|
| E1 | 100 | 40 | 40 | 40 | 40 | 07-05 | within 7 days | no |
| E2 | 100 | 40 | 40 | 5 | 5 | 07-10 (day 7) | within | yes: 5 ≤ 20 % of 40 |
| E3 | 100 | 40 | — | — | — | 07-13 | later | yes: gone |
| E4 | 100 | 40 | 40 | 40 | 40 | never | never | no |
| E5 | 100 | — | — | — | — | never | never | yes (reference: May's 100) |
| E6 | 100 | 100 | 100 | 100 | 100 | (no warning) | | |
"""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER
from core.followup.codes import FollowupRefused
from core.followup.effectiveness import effectiveness
from core.risk import recompute
from tests.core.test_followup_support import hire, manage, raised_on, visit
from tests.core.test_risk_support import append_month, seed, wan


@pytest.fixture
def branch(db):  # noqa: ANN201
    drop = [{"aum": wan(100)}, {"aum": wan(40)}]
    seed(db, {"E1": drop, "E2": drop, "E3": drop, "E4": drop, "E5": [{"aum": wan(100)}, None],
              "E6": [{"aum": wan(100)}] * 2}, end="2026-06")  # fmt: skip
    hire(db, ("王静", "W01"))
    manage(db, "W01", ["E1", "E2", "E3", "E4", "E5", "E6"])
    recompute(db, LOCAL_USER)
    raised_on(db, "2026-07-03T09:30:00")
    visit(db, "E1", "W01", "2026-07-05", "犹豫", purpose="挽留")
    visit(db, "E2", "W01", "2026-07-10 17:00", "有意转出", purpose="挽留")
    visit(db, "E3", "W01", "2026-07-13", "有意转出", purpose="挽留")
    for period, aums in (("2026-07", {"E1": 40, "E2": 40, "E4": 40, "E6": 100}),
                         ("2026-08", {"E1": 40, "E2": 5, "E4": 40, "E6": 100}),
                         ("2026-09", {"E1": 40, "E2": 5, "E4": 40, "E6": 100})):  # fmt: skip
        append_month(db, period, {no: {"aum": wan(a)} for no, a in aums.items()})
        recompute(db, LOCAL_USER)
    return db


def test_warned_customers_called_within_seven_days_against_the_rest(branch):
    e = effectiveness(branch, LOCAL_USER, "2026-06")
    assert (e.days, e.months_observed, e.observed_until) == (7, 3, "2026-09")
    rows = {g.key: (g.customers, g.left, g.aum_reference_fen, g.aum_now_fen) for g in (*e.groups, e.not_within)}
    assert rows == {
        "within": (2, 1, wan(80), wan(45)),
        "later": (1, 1, wan(40), 0),
        "never": (2, 1, wan(140), wan(40)),
        "not_within": (3, 2, wan(180), wan(40)),
    }
    within = e.groups[0]
    assert within.left_rate == 0.5 and within.aum_kept == 45 / 80
    assert e.not_within.left_rate == pytest.approx(2 / 3)


def test_the_window_is_a_setting(branch):
    from core.settings import set_setting

    set_setting(branch, LOCAL_USER, "followup.effect_days", "10")
    groups = {g.key: g.customers for g in effectiveness(branch, LOCAL_USER, "2026-06").groups}
    assert groups == {"within": 3, "later": 0, "never": 2}


def test_with_fewer_later_months_what_is_loaded_is_observed_and_with_none_the_outcome_waits(branch):
    assert effectiveness(branch, LOCAL_USER, "2026-06").months_observed == 3
    latest = effectiveness(branch, LOCAL_USER, "2026-09")
    assert latest.months_observed == 0 and all(g.left is None for g in latest.groups)


def test_a_month_without_data_is_refused_naming_the_months(branch):
    with pytest.raises(FollowupRefused) as refused:
        effectiveness(branch, LOCAL_USER, "2026-01")
    assert "2026-05、2026-06、2026-07、2026-08、2026-09" in refused.value.message()
