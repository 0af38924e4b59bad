"""The feedback loop: one step at a time with its date, back only with a reason, and the monthly digest."""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER
from core.followup.codes import FollowupRefused
from core.followup.digest import feedback_digest
from core.followup.feedback import add_feedback, list_feedback, set_feedback_status
from tests.core.test_followup_support import NOW, count, hire, visit
from tests.core.test_risk_support import seed, wan


@pytest.fixture
def branch(db):  # noqa: ANN201
    seed(db, {"C1": [{"aum": wan(80)}], "C2": [{"aum": wan(90)}]})
    hire(db, ("王静", "W01"), ("李强", "L02"))
    return db


def raise_item(db, no="C1", category="利率/价格", on="2026-10-03", **extra):  # noqa: ANN001, ANN201
    return add_feedback(
        db, LOCAL_USER, no, category, "希望存款利率与他行持平", "W01", raised_on=on, now=NOW, **extra
    ).item


def step(db, item_id, status, on, **extra):  # noqa: ANN001, ANN201
    return set_feedback_status(db, LOCAL_USER, item_id, status, on=on, now=NOW, **extra).item


def test_an_item_goes_the_whole_way_with_a_date_for_each_step(branch):
    item = raise_item(branch)
    assert (item.status, item.category, item.raised_by, item.raised_on) == ("已记录", "利率/价格", "王静", "2026-10-03")
    step(branch, item.id, "已转交", "2026-10-05", to="个人金融部")
    step(branch, item.id, "已答复", "2026-10-12", answer="三年期大额存单利率已上调")
    done = step(branch, item.id, "已告知客户", "2026-10-13")
    assert (done.status, done.forwarded_to, done.forwarded_on, done.answered_on, done.closed_on) == (
        "已告知客户",
        "个人金融部",
        "2026-10-05",
        "2026-10-12",
        "2026-10-13",
    )
    assert done.answer == "三年期大额存单利率已上调" and done.age_days(NOW.date()) == 10
    events = branch.execute("select from_status, to_status, on_date from feedback_events order by id").fetchall()
    assert events == [(None, "recorded", "2026-10-03"), ("recorded", "forwarded", "2026-10-05"),
                      ("forwarded", "answered", "2026-10-12"), ("answered", "closed", "2026-10-13")]  # fmt: skip


@pytest.mark.parametrize(
    ("status", "extra", "code", "words"),
    [
        ("已答复", {"answer": "好"}, "skipped_step", "下一步应为「已转交」"),
        ("已告知客户", {}, "skipped_step", "不能直接改为「已告知客户」"),
        ("已转交", {}, "to_needed", "转交给谁"),
        ("已记录", {}, "same_status", "已是「已记录」"),
        ("已关闭", {}, "unknown_status", "已记录、已转交、已答复、已告知客户"),
        ("已转交", {"to": "科技部", "on": "2026-10-01"}, "date_order", "早于上一步的日期 2026-10-03"),
    ],
)
def test_a_move_out_of_order_is_refused_and_nothing_changes(branch, status, extra, code, words):
    item = raise_item(branch)
    on = extra.pop("on", "2026-10-05")
    with pytest.raises(FollowupRefused) as refused:
        step(branch, item.id, status, on, **extra)
    assert refused.value.code == code and words in refused.value.message()
    assert list_feedback(branch, LOCAL_USER)[0].status == "已记录" and count(branch, "feedback_events") == 1


def test_going_back_needs_a_reason_and_clears_the_undone_steps_but_keeps_them_in_the_events(branch):
    item = raise_item(branch)
    step(branch, item.id, "已转交", "2026-10-05", to="个人金融部")
    step(branch, item.id, "已答复", "2026-10-12", answer="无法调整")
    with pytest.raises(FollowupRefused) as refused:
        step(branch, item.id, "已转交", "2026-10-14")
    assert refused.value.code == "reason_needed"
    back = step(branch, item.id, "已转交", "2026-10-14", note="客户不接受，请分行再议", to="分行个人金融部")
    assert (back.status, back.forwarded_to, back.forwarded_on, back.answer, back.answered_on) == (
        "已转交",
        "分行个人金融部",
        "2026-10-14",
        None,
        None,
    )
    assert branch.execute(
        "select note from feedback_events where to_status = 'forwarded' order by id desc"
    ).fetchone() == ("客户不接受，请分行再议",)
    assert count(branch, "feedback_events") == 4


def test_an_item_from_a_contact_must_name_that_customers_record_and_bad_input_writes_nothing(branch):
    saved = visit(branch, "C1", "W01", "2026-10-03")
    assert raise_item(branch, visit_id=saved.record.id).visit_id == saved.record.id
    for bad in ({"visit_id": saved.record.id, "no": "C2"}, {"category": "价格"}, {"no": "C404"}):
        with pytest.raises(FollowupRefused):
            raise_item(branch, **bad)
    with pytest.raises(FollowupRefused) as refused:
        add_feedback(branch, LOCAL_USER, "C1", "产品", "  ", "W01", now=NOW)
    assert refused.value.code == "empty_text"
    assert count(branch, "feedback_items") == 1


def test_list_by_status(branch):
    first, second = raise_item(branch), raise_item(branch, "C2", "服务", "2026-10-08")
    step(branch, second.id, "已转交", "2026-10-09", to="网点负责人")
    assert [i.id for i in list_feedback(branch, LOCAL_USER)] == [first.id, second.id]
    assert [i.id for i in list_feedback(branch, LOCAL_USER, "已转交")] == [second.id]
    with pytest.raises(FollowupRefused):
        list_feedback(branch, LOCAL_USER, "处理中")


def test_the_monthly_digest_counts_waits_and_names_the_oldest_open_items_and_the_other_banks(branch):
    old = raise_item(branch, on="2026-08-20")  # open since August
    a = raise_item(branch, on="2026-10-03")
    step(branch, a.id, "已转交", "2026-10-05", to="个人金融部")
    step(branch, a.id, "已答复", "2026-10-11", answer="已上调")
    step(branch, a.id, "已告知客户", "2026-10-13")
    b = raise_item(branch, "C2", "服务", "2026-10-08")
    step(branch, b.id, "已转交", "2026-10-09", to="网点负责人")
    raise_item(branch, "C2", "服务", "2026-09-15")
    visit(branch, "C1", "W01", "2026-10-03", "犹豫", competitor="招商银行", reasons=("他行利率更高",))
    visit(branch, "C2", "W01", "2026-10-08", "有意转出", competitor="招商银行", reasons=("他行利率更高", "服务不满意"))
    visit(branch, "C2", "W01", "2026-11-02", competitor="平安银行")

    d = feedback_digest(branch, LOCAL_USER, "2026-10")

    assert (d.raised, d.closed, d.average_days_to_close, d.open_now) == (2, 1, 10.0, 3)
    assert [(c.category, c.total, c.by_status) for c in d.by_category] == [
        ("利率/价格", 1, {"已告知客户": 1}),
        ("服务", 1, {"已转交": 1}),
    ]
    assert d.average_step_days == {"已转交": 1.5, "已答复": 6.0, "已告知客户": 2.0}
    assert [i.id for i in d.oldest_open][0] == old.id
    assert d.recurring == (("利率/价格", (1, 0, 1)), ("服务", (0, 1, 1)))
    assert d.competitors == (("招商银行", 2),)
    assert d.reasons == (("他行利率更高", 2), ("服务不满意", 1))
