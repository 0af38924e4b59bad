"""The warning lifecycle: allowed moves, refused ones (in Chinese, nothing written), history, and new months."""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER, Actor
from core.risk import list_risk, recompute
from core.risk.warning_queries import open_warnings, warnings_of
from core.risk.warnings import WarningRefused, set_warning_status
from tests.core.test_risk_support import append_month, seed, wan

MANAGER = Actor(username="lin", display_name="林雅婷", role="主管")  # any customer: not tied to a staff record


@pytest.fixture
def flagged(db):  # noqa: ANN201
    """A branch whose 白金 customer A lost 60 % of their assets in 2026-09 (the latest month)."""
    seed(db, {"A": [{"aum": wan(100)}, {"aum": wan(40)}], "B": [{"aum": wan(100)}, {"aum": wan(100)}]}, end="2026-09")
    recompute(db, LOCAL_USER)
    return db


def _events(db) -> list[tuple]:  # noqa: ANN001
    return db.execute("select kind, from_status, to_status, note, actor from warning_events order by id").fetchall()


def test_a_warning_goes_from_new_to_retained_and_keeps_who_did_what(flagged):
    set_warning_status(flagged, MANAGER, "A", "已分派", "交林雅婷跟进")
    set_warning_status(flagged, MANAGER, "A", "contacted")
    set_warning_status(flagged, MANAGER, "A", "已挽留", "客户同意把到期资金续存")
    assert _events(flagged) == [
        ("created", None, "new", None, "local"),
        ("status", "new", "assigned", "交林雅婷跟进", "lin"),
        ("status", "assigned", "contacted", None, "lin"),
        ("status", "contacted", "retained", "客户同意把到期资金续存", "lin"),
    ]
    (info,) = warnings_of(flagged, LOCAL_USER, "A")
    assert (info.status, info.closed_reason) == ("已挽留", "客户同意把到期资金续存")
    assert all(e.at for e in info.events)
    assert open_warnings(flagged, LOCAL_USER) == []


@pytest.mark.parametrize(
    ("moves", "status", "note", "code", "words"),
    [
        (
            (),
            "已挽留",
            "x",
            "not_allowed",
            "预警当前为「新预警」，不能改为「已挽留」。可改为：已分派、已联系、已流失、误报",
        ),
        (("已联系",), "已分派", None, "not_allowed", "不能改为「已分派」"),
        ((), "误报", None, "reason_needed", "须填写原因"),
        ((), "误报", "   ", "reason_needed", "须填写原因"),
        ((), "新预警", None, "same_status", "预警已是「新预警」"),
        ((), "done", None, "unknown_status", "可用的状态：已分派、已联系、已挽留、已流失、误报"),
        (("误报:重复客户",), "已联系", None, "closed", "已关闭（误报）"),
    ],
)
def test_moves_that_are_not_allowed_are_refused_and_nothing_changes(flagged, moves, status, note, code, words):
    for move in moves:
        to, _, reason = move.partition(":")
        set_warning_status(flagged, MANAGER, "A", to, reason or None)
    before = (_events(flagged), flagged.execute("select status, closed_reason from warnings").fetchall())
    with pytest.raises(WarningRefused) as refused:
        set_warning_status(flagged, MANAGER, "A", status, note)
    assert refused.value.code == code
    assert words in refused.value.message()
    assert (_events(flagged), flagged.execute("select status, closed_reason from warnings").fetchall()) == before


def test_customers_without_a_warning_are_refused(flagged):
    with pytest.raises(WarningRefused) as unknown:
        set_warning_status(flagged, MANAGER, "NOPE", "已联系")
    assert unknown.value.message() == "找不到客户号「NOPE」"
    with pytest.raises(WarningRefused) as none:
        set_warning_status(flagged, MANAGER, "B", "已联系")
    assert none.value.message() == "客户「B」没有预警"


def test_a_new_month_updates_the_open_warning_instead_of_raising_another(flagged):
    set_warning_status(flagged, MANAGER, "A", "已联系")
    append_month(flagged, "2026-10", {"A": {"aum": wan(10)}, "B": {"aum": wan(100)}})
    result = recompute(flagged, LOCAL_USER)
    assert result.warnings is not None and (result.warnings.created, result.warnings.updated) == (0, 1)
    (info,) = warnings_of(flagged, LOCAL_USER, "A")
    assert (info.status, info.first_period, info.last_period, info.periods) == (
        "已联系",
        "2026-09",
        "2026-10",
        ("2026-09", "2026-10"),
    )
    assert [e.kind for e in info.events] == ["created", "status", "refreshed"]
    assert list_risk(flagged, LOCAL_USER, "2026-10")[0].status == "已联系"


def test_after_a_warning_is_closed_new_signals_raise_a_new_one(flagged):
    set_warning_status(flagged, MANAGER, "A", "误报", "客户出国，资金在本行他处")
    append_month(flagged, "2026-10", {"A": {"aum": wan(10)}, "B": {"aum": wan(100)}})
    recompute(flagged, LOCAL_USER)
    found = warnings_of(flagged, LOCAL_USER, "A")
    assert [(w.status, w.first_period) for w in found] == [("新预警", "2026-10"), ("误报", "2026-09")]


def test_recomputing_the_month_keeps_a_warning_someone_has_worked_on(flagged):
    set_warning_status(flagged, MANAGER, "A", "已分派")
    flagged.execute("update snapshots set aum_fen = ? where period = '2026-09'", [wan(100)])  # the month re-imported
    result = recompute(flagged, LOCAL_USER)
    assert result.flagged == 0
    (info,) = warnings_of(flagged, LOCAL_USER, "A")
    assert info.status == "已分派"  # kept: a person acted on it
