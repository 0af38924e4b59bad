"""Contact records: what is saved, what is refused (nothing written), edits kept as history, text warnings,
and how a record moves the customer's warning through the lifecycle."""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER
from core.followup.codes import FollowupRefused
from core.followup.contact_queries import contact_revisions, list_contacts
from core.followup.contacts import edit_contact
from core.followup.textcheck import check_text
from core.risk import list_risk, recompute
from core.risk.warning_queries import warnings_of
from tests.core.test_followup_support import NOW, count, hire, manage, raised_on, visit
from tests.core.test_risk_support import seed, wan


@pytest.fixture
def branch(db):  # noqa: ANN201
    seed(db, {"DROP": [{"aum": wan(300)}] * 4 + [{"aum": wan(100)}], "CALM": [{"aum": wan(80)}] * 5})
    hire(db, ("王静", "W01"), ("李强", "L02"))
    manage(db, "W01", ["DROP", "CALM"])
    recompute(db, LOCAL_USER)
    raised_on(db)
    return db


def status(db, no: str) -> str:  # noqa: ANN001
    return warnings_of(db, LOCAL_USER, no)[0].status


def test_a_record_keeps_every_field_as_entered(branch):
    saved = visit(branch, "DROP", "W01", "2026-11-05 14:30", "有意转出", purpose="挽留", channel="面谈",
                  reasons=("他行利率更高", "转投理财/基金/股市"), competitor="招商银行", summary="比较了大额存单利率",
                  next_on="2026-11-12")  # fmt: skip
    r = saved.record
    assert (r.customer_no, r.staff_name, r.visited_at, r.channel, r.purpose, r.attitude) == (
        "DROP",
        "王静",
        "2026-11-05T14:30:00",
        "面谈",
        "挽留",
        "有意转出",
    )
    assert (r.reasons, r.competitor, r.summary, r.next_on, r.revision) == (
        ("他行利率更高", "转投理财/基金/股市"),
        "招商银行",
        "比较了大额存单利率",
        "2026-11-12",
        1,
    )
    assert saved.findings == ()


@pytest.mark.parametrize(
    ("change", "code", "words"),
    [
        ({"customer_no": "NOPE"}, "unknown_customer", "找不到客户号「NOPE」"),
        ({"staff": "X99"}, "unknown_staff", "W01 王静"),
        ({"channel": "传真"}, "unknown_channel", "电话、面谈、上门、微信、短信、网点接待"),
        ({"purpose": "闲聊"}, "unknown_purpose", "挽留、到期提醒、关怀回访、产品营销、投诉处理、其他"),
        ({"attitude": "生气"}, "unknown_attitude", "稳定、犹豫、有意转出、已转出"),
        ({"reasons": ("太远",)}, "unknown_reason", "他行利率更高、冲量资金到期"),
        ({"visited_at": "2026-13-01 10:00"}, "bad_time", "YYYY-MM-DD HH:MM"),
        ({"visited_at": "2026-12-02 10:00"}, "future_contact", "晚于现在"),
        ({"next_on": "2026-11-05"}, "bad_next", "之后、一年之内"),
        ({"summary": "很长" * 300}, "too_long", "超过上限 500 个字"),
        ({"warning": "关闭"}, "unknown_warning", "不变、已联系、已挽留、已流失、误报"),
    ],
)
def test_a_bad_value_is_refused_naming_the_valid_ones_and_nothing_is_written(branch, change, code, words):
    from core.followup.contacts import ContactInput, add_contact

    fields = dict(customer_no="DROP", staff="W01", channel="电话", purpose="挽留", attitude="犹豫",
                  visited_at="2026-11-05 10:00")  # fmt: skip
    events = count(branch, "warning_events")
    with pytest.raises(FollowupRefused) as refused:
        add_contact(branch, LOCAL_USER, ContactInput(**{**fields, **change}), now=NOW)  # type: ignore[arg-type]
    assert refused.value.code == code and words in refused.value.message()
    assert count(branch, "visits") == 0 and count(branch, "warning_events") == events
    assert status(branch, "DROP") == "新预警"


def test_the_first_record_marks_the_warning_contacted_and_a_later_stable_one_retains_it(branch):
    first = visit(branch, "DROP", "W01", "2026-11-05", "犹豫", purpose="挽留", next_on="2026-11-12")
    assert first.warning is not None and (first.warning.from_status, first.warning.to_status) == ("新预警", "已联系")
    assert first.record.warning_id == first.warning.warning_id
    second = visit(branch, "DROP", "W01", "2026-11-12", "稳定", purpose="挽留")
    assert second.warning is not None and second.warning.to_status == "已挽留"
    info = warnings_of(branch, LOCAL_USER, "DROP")[0]
    assert info.closed_reason == f"联系记录 #{second.record.id}：客户态度稳定"
    assert [(e.from_status, e.to_status) for e in info.events if e.kind == "status"] == [
        ("新预警", "已联系"),
        ("已联系", "已挽留"),
    ]


def test_a_later_record_saying_the_money_is_gone_closes_it_lost_and_hesitation_leaves_it_open(branch):
    visit(branch, "DROP", "W01", "2026-11-05", "有意转出", purpose="挽留")
    visit(branch, "DROP", "W01", "2026-11-08", "犹豫", purpose="挽留")
    assert status(branch, "DROP") == "已联系"
    visit(branch, "DROP", "W01", "2026-11-10", "已转出", purpose="挽留")
    assert status(branch, "DROP") == "已流失"


def test_the_users_explicit_choice_wins(branch):
    kept = visit(branch, "DROP", "W01", "2026-11-05", "稳定", warning="不变")
    assert kept.warning is not None and not kept.warning.changed and status(branch, "DROP") == "新预警"
    closed = visit(branch, "DROP", "W01", "2026-11-06", "稳定", warning="误报")
    assert closed.warning is not None and (closed.warning.from_status, closed.warning.to_status) == ("新预警", "误报")
    events = [e.to_status for e in warnings_of(branch, LOCAL_USER, "DROP")[0].events if e.kind == "status"]
    assert events == ["已联系", "误报"]  # the record is a contact, so 已联系 comes first


def test_a_choice_with_no_open_warning_or_for_an_earlier_call_is_refused(branch):
    with pytest.raises(FollowupRefused) as refused:
        visit(branch, "CALM", "W01", "2026-11-05", "稳定", warning="已挽留")
    assert refused.value.code == "no_open_warning"
    with pytest.raises(FollowupRefused) as refused:
        visit(branch, "DROP", "W01", "2026-11-01", "稳定", warning="已挽留")  # the warning was raised on 11-04
    assert refused.value.code == "before_warning"
    assert count(branch, "visits") == 0


def test_a_record_of_a_call_before_the_warning_does_not_touch_it(branch):
    saved = visit(branch, "DROP", "W01", "2026-10-28", "稳定")
    assert saved.warning is None and saved.record.warning_id is None and status(branch, "DROP") == "新预警"


def test_an_edit_keeps_the_previous_version(branch):
    saved = visit(branch, "DROP", "W01", "2026-11-05", "犹豫", summary="第一次电话")
    edited = edit_contact(
        branch, LOCAL_USER, saved.record.id, {"attitude": "有意转出", "summary": "客户改口", "staff": "L02"}, now=NOW
    )
    assert (edited.record.attitude, edited.record.summary, edited.record.staff_name, edited.record.revision) == (
        "有意转出",
        "客户改口",
        "李强",
        2,
    )
    (before,) = contact_revisions(branch, LOCAL_USER, saved.record.id)
    assert (before.revision, before.values["attitude"], before.values["summary"], before.values["by"]) == (
        1,
        "犹豫",
        "第一次电话",
        "王静",
    )
    assert status(branch, "DROP") == "已联系"  # an edit never moves the warning
    with pytest.raises(FollowupRefused):
        edit_contact(branch, LOCAL_USER, saved.record.id, {"channel": "传真"}, now=NOW)
    assert len(contact_revisions(branch, LOCAL_USER, saved.record.id)) == 1


def test_sensitive_text_is_saved_with_a_warning_for_each_kind():
    found = check_text("摘要", "身份证440305198005170012，手机138 1234 5678，卡号6222021001123456789，说了验证码", 500)
    assert [f.code for f in found] == ["id_number", "card_number", "phone", "secret_word"]
    assert found[3].message == "摘要中提到「验证码」：密码、验证码一律不得记录"
    assert check_text("摘要", "客户存了120万，2026-11-03到期，利率2.15%", 500) == ()


def test_the_record_with_sensitive_text_is_still_saved(branch):
    saved = visit(branch, "CALM", "W01", "2026-11-05", summary="客户留了新手机13812345678")
    assert [f.code for f in saved.findings] == ["phone"]
    assert saved.record.as_json()["summary"] == "客户留了新手机*******5678"  # masked wherever it is shown


def test_lists_filter_by_customer_staff_and_month(branch):
    visit(branch, "DROP", "W01", "2026-10-31 23:00")
    visit(branch, "CALM", "L02", "2026-11-01 08:00")
    visit(branch, "DROP", "L02", "2026-11-02")
    assert [r.customer_no for r in list_contacts(branch, LOCAL_USER, period="2026-11")] == ["DROP", "CALM"]
    assert len(list_contacts(branch, LOCAL_USER, customer_no="DROP")) == 2
    assert len(list_contacts(branch, LOCAL_USER, staff="L02", period="2026-10")) == 0
    with pytest.raises(FollowupRefused):
        list_contacts(branch, LOCAL_USER, period="2026-1")


def test_an_unresolved_intention_to_move_money_raises_the_negative_feedback_rule(db):
    seed(db, {"QUIET": [{"aum": wan(80)}] * 5})
    hire(db, ("王静", "W01"))
    visit(db, "QUIET", "W01", "2026-10-20", "有意转出", purpose="关怀回访", summary="他行利率高")
    recompute(db, LOCAL_USER)
    (row,) = list_risk(db, LOCAL_USER, "2026-10")
    assert [(r.code, r.message) for r in row.reasons] == [
        ("negative_feedback", "最近一次联系（2026-10-20）：客户有转走资金的意向，尚未解决")
    ]
    raised_on(db, "2026-10-21T09:00:00")
    visit(db, "QUIET", "W01", "2026-10-28", "已转出", warning="已流失")  # closing the warning resolves it
    recompute(db, LOCAL_USER)
    assert list_risk(db, LOCAL_USER, "2026-10") == []


def test_a_complaint_is_resolved_once_its_feedback_is_closed_and_a_later_calm_call_ends_it(db):
    from core.followup.feedback import add_feedback, set_feedback_status

    seed(db, {"ANGRY": [{"aum": wan(80)}] * 5})
    hire(db, ("王静", "W01"))
    saved = visit(db, "ANGRY", "W01", "2026-10-20", "犹豫", purpose="投诉处理")
    recompute(db, LOCAL_USER)
    assert [r.code for r in list_risk(db, LOCAL_USER, "2026-10")[0].reasons] == ["negative_feedback"]
    item = add_feedback(
        db, LOCAL_USER, "ANGRY", "服务", "排队太久", "W01", visit_id=saved.record.id, raised_on="2026-10-20", now=NOW
    ).item
    for step, extra in (("已转交", {"to": "网点负责人"}), ("已答复", {"answer": "已增开窗口"}), ("已告知客户", {})):
        set_feedback_status(db, LOCAL_USER, item.id, step, on="2026-10-25", now=NOW, **extra)
    recompute(db, LOCAL_USER)
    assert list_risk(db, LOCAL_USER, "2026-10") == []
