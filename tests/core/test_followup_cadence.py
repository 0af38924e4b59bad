"""Working days, cadences and due lists: what a manager sees on a given morning, across month ends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from core.actors import LOCAL_USER
from core.followup.cadence import due_list
from core.followup.workdays import add_working_days, working_days_between
from core.risk import recompute
from core.settings import set_setting
from tests.core.test_followup_support import hire, manage, raised_on, visit
from tests.core.test_risk_support import seed, wan

D = date.fromisoformat


@pytest.mark.parametrize(
    ("start", "n", "end"),
    [
        ("2026-10-30", 3, "2026-11-04"),  # Friday, across the month end, over a weekend: Wednesday
        ("2026-11-02", 3, "2026-11-05"),  # Monday: Thursday
        ("2026-10-31", 1, "2026-11-02"),  # Saturday: Monday
        ("2026-12-30", 3, "2027-01-04"),  # across the year end (no holiday calendar: 1 January counts)
        ("2026-11-04", 0, "2026-11-04"),
    ],
)
def test_working_days_skip_weekends_only(start, n, end):
    assert add_working_days(D(start), n) == D(end)
    assert working_days_between(D(start), D(end)) == n


def test_adding_and_counting_working_days_agree_on_every_day_of_a_year():
    for offset in range(366):
        day = D("2026-01-01") + timedelta(days=offset)
        for n in (1, 3, 7, 12):
            assert working_days_between(day, add_working_days(day, n)) == n


@pytest.fixture
def branch(db):  # noqa: ANN201
    seed(db, {"PLAT": [{"aum": wan(80)}] * 5, "GOLD": [{"aum": wan(10)}] * 5, "NEVER": [{"aum": wan(90)}] * 5,
              "MASS": [{"aum": wan(1)}] * 5, "LOST": [{"aum": wan(300)}] * 4 + [{"aum": wan(100)}],
              "ORPHAN": [{"aum": wan(70)}] * 5})  # fmt: skip
    hire(db, ("王静", "W01"), ("李强", "L02"))
    manage(db, "W01", ["PLAT", "GOLD", "NEVER", "MASS"])
    manage(db, "L02", ["LOST"])
    recompute(db, LOCAL_USER)
    raised_on(db, "2026-10-30T16:00:00")  # a Friday afternoon: deadline Wednesday 2026-11-04
    return db


def numbers(items) -> list[str]:  # noqa: ANN001
    return [i.customer_no for i in items]


def test_a_cadence_falls_due_on_its_last_day_and_any_contact_resets_it(branch):
    visit(branch, "PLAT", "W01", "2026-09-20")  # 白金: every 60 days, so due on 2026-11-19
    assert "PLAT" not in numbers(due_list(branch, LOCAL_USER, "W01", today=D("2026-11-18")).out_of_cadence)
    (item,) = [
        i for i in due_list(branch, LOCAL_USER, "W01", today=D("2026-11-21")).out_of_cadence if i.customer_no == "PLAT"
    ]
    assert (item.tier, item.last_contact, item.due_on, item.days_late) == ("白金", "2026-09-20", "2026-11-19", 2)
    visit(branch, "PLAT", "L02", "2026-11-20 17:00", channel="微信")  # anyone's contact, any channel
    assert "PLAT" not in numbers(due_list(branch, LOCAL_USER, "W01", today=D("2026-11-21")).out_of_cadence)


def test_tiers_without_a_cadence_are_not_listed_and_cadences_are_settings(branch):
    due = due_list(branch, LOCAL_USER, "W01", today=D("2026-11-21"))
    assert numbers(due.out_of_cadence) == ["NEVER", "PLAT", "GOLD"]  # highest AUM of the highest tier first
    assert due.out_of_cadence[0].last_contact is None and due.out_of_cadence[0].due_on is None
    set_setting(branch, LOCAL_USER, "cadence.gold", "0")
    assert numbers(due_list(branch, LOCAL_USER, "W01", today=D("2026-11-21")).out_of_cadence) == ["NEVER", "PLAT"]


def test_a_follow_up_is_due_on_its_day_then_overdue_across_the_month_end_until_someone_calls(branch):
    visit(branch, "GOLD", "W01", "2026-10-28", "犹豫", next_on="2026-11-02")
    on_day = due_list(branch, LOCAL_USER, "W01", today=D("2026-11-02"))
    assert numbers(on_day.followups_today) == ["GOLD"] and on_day.followups_overdue == ()
    later = due_list(branch, LOCAL_USER, "W01", today=D("2026-11-05"))
    assert later.followups_today == () and [(i.customer_no, i.days_late) for i in later.followups_overdue] == [
        ("GOLD", 3)
    ]
    visit(branch, "GOLD", "W01", "2026-11-05 09:00")
    assert due_list(branch, LOCAL_USER, "W01", today=D("2026-11-05")).followups_overdue == ()


def test_a_new_warning_waits_three_working_days_then_is_late_until_contacted(branch):
    def waiting(day: str):  # noqa: ANN202
        return [
            (i.customer_no, i.due_on, i.days_late)
            for i in due_list(branch, LOCAL_USER, "L02", today=D(day)).warnings_uncontacted
        ]

    assert waiting("2026-11-04") == [("LOST", "2026-11-04", 0)]
    assert waiting("2026-11-05") == [("LOST", "2026-11-04", 1)]
    assert waiting("2026-11-09") == [("LOST", "2026-11-04", 3)]  # Thursday, Friday, Monday
    visit(branch, "LOST", "L02", "2026-11-09 10:00", "有意转出", purpose="挽留")
    assert waiting("2026-11-09") == []


def test_a_manager_sees_only_their_customers_and_the_branch_view_lists_the_unmanaged(branch):
    mine = due_list(branch, LOCAL_USER, "L02", today=D("2026-11-21"))
    assert numbers(mine.out_of_cadence) == ["LOST"] and mine.unassigned == () and mine.manager == "李强"
    everyone = due_list(branch, LOCAL_USER, today=D("2026-11-21"))
    assert numbers(everyone.unassigned) == ["ORPHAN"] and everyone.manager is None
    assert set(numbers(everyone.out_of_cadence)) == {"LOST", "NEVER", "PLAT", "GOLD", "ORPHAN"}  # everyone's
