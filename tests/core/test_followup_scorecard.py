"""The scorecard of a small branch, figure by figure against a hand computation, and its customer lines.

王静 (W01) manages A1–A5, 李强 (L02) B1–B3; months 2026-08 … 2026-10, scorecard for 2026-10
(start figures from 2026-09). In 万元:

| customer | Aug | Sep | Oct | tier Sep → Oct | contacts (last up to Oct 31) | warning raised on Oct's list |
|---|---|---|---|---|---|---|
| A1 | 300 | 300 | 300 | 钻石 → 钻石 | 10-20 (next 10-27), 10-26 | |
| A2 | 80 | 80 | 80 | 白金 → 白金 | 08-15 | |
| A3 | 10 | 10 | 60 | 金卡 → 白金 (gained) | none | |
| A4 | 100 | 100 | — | 白金 → gone (lost) | none | vanished; set 已流失, never called |
| A5 | 3 | 3 | 3 | 大众 | none | |
| B1 | 700 | 700 | 700 | 私行 | 09-25 (next 10-10, missed) | |
| B2 | 200 | 200 | 90 | 钻石 → 钻石 (held) | 10-05; 11-06 and 11-20 稳定 | aum_drop; called in time, 已挽留 |
| B3 | — | — | 50 | new 白金 (gained) | 10-30 | |

王静: 4 customers (大众 1, 白金 2, 钻石 1); AUM 493 → 443 (−50); gained 1, lost 1; warnings 1, in time
0, retained 0, lost 1; cadence 3 (A1 30 days, A2 and A3 60), covered 1 (A1); follow-ups due 1,
overdue 0; feedback closed 1 (14 days). Rates: coverage 1/3, timely 0, retention 0, AUM 443/493,
follow-up 1 → score = 30·⅓ + 25·0 + 25·0 + 10·443/493 + 10·1 = 28.99 → 29.0.
李强: 3 customers (白金 1, 钻石 1, 私行 1); AUM 900 → 840; gained 1, lost 0; warnings 1, in time 1,
retained 1; cadence 3, covered 2 (B2, B3; B1's last call was 36 days before the month end); follow-ups
due 1, overdue 1; feedback closed 1 (40 days) → 30·⅔ + 25 + 25 + 10·840/900 + 0 = 79.33 → 79.3.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.actors import LOCAL_USER
from core.followup.feedback import add_feedback, set_feedback_status
from core.followup.scorecard import scorecard
from core.followup.scorecard_detail import scorecard_lines
from core.risk import recompute
from core.risk.warnings import set_warning_status
from tests.core.test_followup_support import NOW, hire, manage, raised_on, visit
from tests.core.test_risk_support import seed, wan

TODAY = date(2026, 11, 25)


def months(*aums: float | None) -> list[dict[str, int] | None]:
    return [None if a is None else {"aum": wan(a)} for a in aums]


@pytest.fixture
def branch(db):  # noqa: ANN201
    seed(
        db,
        {
            "A1": months(300, 300, 300),
            "A2": months(80, 80, 80),
            "A3": months(10, 10, 60),
            "A4": months(100, 100, None),
            "A5": months(3, 3, 3),
            "B1": months(700, 700, 700),
            "B2": months(200, 200, 90),
            "B3": months(None, None, 50),
        },
    )
    hire(db, ("王静", "W01"), ("李强", "L02"))
    manage(db, "W01", ["A1", "A2", "A3", "A4", "A5"])
    manage(db, "L02", ["B1", "B2", "B3"])
    visit(db, "A2", "W01", "2026-08-15")
    visit(db, "B1", "L02", "2026-09-25", next_on="2026-10-10")
    visit(db, "B2", "L02", "2026-10-05")
    visit(db, "A1", "W01", "2026-10-20", next_on="2026-10-27")
    visit(db, "A1", "W01", "2026-10-26")
    visit(db, "B3", "L02", "2026-10-30")
    recompute(db, LOCAL_USER)
    raised_on(db)  # both warnings raised on 2026-11-04 (a Wednesday): deadline Monday 2026-11-09
    visit(db, "B2", "L02", "2026-11-06", "犹豫", purpose="挽留", next_on="2026-11-20")
    visit(db, "B2", "L02", "2026-11-20", "稳定", purpose="挽留")
    set_warning_status(db, LOCAL_USER, "A4", "已流失", "客户已销户")
    for no, staff, raised, closed in (
        ("A1", "W01", "2026-10-02", "2026-10-16"),
        ("B1", "L02", "2026-09-20", "2026-10-30"),
    ):
        item = add_feedback(db, LOCAL_USER, no, "服务", "排队太久", staff, raised_on=raised, now=NOW).item
        set_feedback_status(db, LOCAL_USER, item.id, "已转交", to="网点负责人", on=raised, now=NOW)
        set_feedback_status(db, LOCAL_USER, item.id, "已答复", answer="已增开窗口", on=raised, now=NOW)
        set_feedback_status(db, LOCAL_USER, item.id, "已告知客户", on=closed, now=NOW)
    add_feedback(db, LOCAL_USER, "B1", "产品", "想要短期理财", "L02", raised_on="2026-10-12", now=NOW)  # still open
    return db


def test_the_warnings_of_the_fixture_are_the_ones_the_table_says(branch):
    rows = branch.execute(
        "select c.customer_no, w.status from warnings w join customers c on c.id = w.customer_id order by 1"
    ).fetchall()
    assert rows == [("A4", "lost"), ("B2", "retained")]


def test_each_managers_figures_match_the_hand_computation(branch):
    card = scorecard(branch, LOCAL_USER, "2026-10", today=TODAY)
    wang, li = (next(r for r in card.rows if r.employee_no == no) for no in ("W01", "L02"))
    assert (wang.customers, wang.by_tier) == (4, (1, 0, 2, 1, 0))
    assert (wang.aum_start_fen, wang.aum_end_fen, wang.aum_change_fen) == (wan(493), wan(443), -wan(50))
    assert (wang.high_value_gained, wang.high_value_lost) == (1, 1)
    assert (wang.warnings_raised, wang.warnings_in_time, wang.warnings_retained, wang.warnings_lost) == (1, 0, 0, 1)
    assert (wang.cadence_customers, wang.cadence_covered, wang.followups_due, wang.followups_overdue) == (3, 1, 1, 0)
    assert (wang.feedback_closed, wang.feedback_average_days) == (1, 14.0)
    assert wang.score == 29.0

    assert (li.customers, li.by_tier) == (3, (0, 0, 1, 1, 1))
    assert (li.aum_start_fen, li.aum_end_fen) == (wan(900), wan(840))
    assert (li.high_value_gained, li.high_value_lost) == (1, 0)
    assert (li.warnings_raised, li.warnings_in_time, li.warnings_retained, li.warnings_lost) == (1, 1, 1, 0)
    assert (li.cadence_customers, li.cadence_covered, li.followups_due, li.followups_overdue) == (3, 2, 1, 1)
    assert (li.feedback_closed, li.feedback_average_days) == (1, 40.0)
    assert li.rates == {"coverage": 0.6667, "timely": 1.0, "retention": 1.0, "aum": 0.9333, "followup": 0.0}
    assert li.score == 79.3
    assert [r.employee_no for r in card.rows] == ["L02", "W01"]  # best score first


def test_the_branch_total_adds_the_managers_up_and_is_scored_the_same_way(branch):
    card = scorecard(branch, LOCAL_USER, "2026-10", today=TODAY)
    total = card.total
    assert (total.customers, total.aum_start_fen, total.aum_end_fen) == (7, wan(1393), wan(1283))
    assert (total.warnings_raised, total.warnings_in_time, total.cadence_covered, total.cadence_customers) == (
        2,
        1,
        3,
        6,
    )
    assert total.score == 54.2  # 15 + 12.5 + 12.5 + 10·1283/1393 + 5
    assert card.previous == "2026-09" and dict(card.weights)["coverage"] == 30


def test_weights_come_from_the_settings(branch):
    from core.settings import set_setting

    set_setting(branch, LOCAL_USER, "score.weight.aum", "0")
    set_setting(branch, LOCAL_USER, "score.weight.followup", "0")
    li = next(r for r in scorecard(branch, LOCAL_USER, "2026-10", today=TODAY).rows if r.employee_no == "L02")
    assert li.score == 87.5  # (30·⅔ + 25 + 25) / 80


def test_a_follow_up_not_yet_due_on_today_is_not_counted(branch):
    wang = next(
        r for r in scorecard(branch, LOCAL_USER, "2026-10", today=date(2026, 10, 27)).rows if r.employee_no == "W01"
    )
    assert (wang.followups_due, wang.followups_overdue) == (0, 0)


def test_the_lines_of_a_manager_sum_to_their_row(branch):
    lines = scorecard_lines(branch, LOCAL_USER, "2026-10", "W01", today=TODAY)
    assert [x.customer_no for x in lines] == ["A1", "A2", "A3", "A5", "A4"]  # most AUM at the month end first
    a4 = lines[-1]
    assert (a4.tier_start, a4.tier_end, a4.lost, a4.warning_status, a4.warning_in_time) == (
        "白金",
        None,
        True,
        "已流失",
        False,
    )
    assert sum(x.aum_start_fen for x in lines) == wan(493) and sum(x.aum_end_fen for x in lines) == wan(443)
    assert [x.customer_no for x in lines if x.covered] == ["A1"]
    assert lines[0].last_contact == "2026-10-26" and lines[0].cadence_days == 30


def test_a_handover_after_the_month_end_leaves_the_month_with_the_old_manager(branch):
    from core.followup.assignment import handover

    handover(branch, LOCAL_USER, "W01", "L02", now=NOW)
    card = scorecard(branch, LOCAL_USER, "2026-10", today=TODAY)
    assert next(r for r in card.rows if r.employee_no == "W01").customers == 4
    assert (
        branch.execute(
            "select count(*) from customers where manager_id = (select id from staff where employee_no = 'W01')"
        ).fetchone()[0]
        == 0
    )
