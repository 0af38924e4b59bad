"""Roles in churn warnings and follow-up work: whose customers each role sees, who may change what, the audit.

The world (tests/core/permission_world.py) is the demo branch with one actor per role; the
客户经理 and the 柜员 work as the same staff record, ``world.manager_staff``.
"""

from __future__ import annotations

import argparse
import json
from datetime import date

import pytest

from core.actors import HEAD, MANAGER, TELLER, Actor
from core.cli.followup_cmds import _guard, cmd_visit_add
from core.customers import latest_period
from core.followup.assignment import assign_customer, handover, unassigned_customers
from core.followup.cadence import due_list
from core.followup.codes import FollowupRefused
from core.followup.contact_queries import get_contact, list_contacts
from core.followup.contacts import ContactInput, add_contact, edit_contact
from core.followup.feedback import add_feedback, list_feedback, set_feedback_status
from core.followup.staff import add_staff
from core.risk.access import OutOfScope
from core.risk.compute import recompute, run_recompute
from core.risk.warning_queries import open_warnings, warnings_of
from core.risk.warnings import set_warning_status
from core.risk.worklist import list_risk
from core.security.audit import verify_chain
from core.security.permissions import PermissionDenied
from tests.core.permission_world import build_world, copy_world, customer_no, employee_no


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("world"))


@pytest.fixture
def db(world, tmp_path):
    database = copy_world(world, tmp_path)
    yield database
    database.close()


def _manager_of(db, number: str) -> int | None:
    return db.execute("select manager_id from customers where customer_no = ?", [number]).fetchone()[0]


def _warned(db, world) -> tuple[int, str]:
    """(id, number) of the 客户经理's customer whose warning is the oldest still new."""
    return db.execute(
        """select c.id, c.customer_no from warnings w join customers c on c.id = w.customer_id
           where w.status = 'new' and c.manager_id = ? order by w.id limit 1""",
        [world.manager_staff],
    ).fetchone()


def _audit(db, since: int = 0) -> list[tuple]:
    return db.execute(
        "select action, username, role, outcome, customer_id, target, details_json from audit_log where id > ? order by id",
        [since],
    ).fetchall()


def _last_id(db) -> int:
    return db.execute("select coalesce(max(id), 0) from audit_log").fetchone()[0]


def _entry(db, customer_id: int, staff_id: int, **extra) -> ContactInput:
    return ContactInput(customer_no=customer_no(db, customer_id), staff=employee_no(db, staff_id), channel="电话",
                        purpose="关怀回访", attitude="稳定", **extra)  # fmt: skip


# --- whose customers -------------------------------------------------------------------------------


def test_a_managers_work_list_holds_only_their_own_customers(db, world):
    manager, head = world.actors[MANAGER], world.actors[HEAD]
    period = latest_period(db)
    mine = list_risk(db, manager, period, all_tiers=True)
    everyone = list_risk(db, head, period, all_tiers=True)
    assert mine and len(everyone) > len(mine)
    assert {_manager_of(db, r.customer_no) for r in mine} == {world.manager_staff}
    assert all(r.aum_at_stake_fen is not None for r in mine)  # a 客户经理 sees balances
    assert {_manager_of(db, w.customer_no) for w in open_warnings(db, manager)} <= {world.manager_staff}
    with pytest.raises(OutOfScope) as refused:
        warnings_of(db, manager, customer_no(db, world.other_customer))
    assert "没有权限" in refused.value.message() and "客户经理" in refused.value.message()


def test_a_managers_due_list_holds_only_their_own_customers(db, world):
    manager, head = world.actors[MANAGER], world.actors[HEAD]
    day = date.today()
    mine, everyone = due_list(db, manager, today=day), due_list(db, head, today=day)
    sections = ("followups_today", "followups_overdue", "out_of_cadence", "warnings_uncontacted", "unassigned")
    numbers = [i.customer_no for name in sections for i in getattr(mine, name)]
    others = [i.customer_no for name in sections for i in getattr(everyone, name)]
    assert numbers, "the manager has work due in the demo"
    assert {_manager_of(db, no) for no in numbers} == {world.manager_staff}
    assert {_manager_of(db, no) for no in others} - {world.manager_staff}, "the head sees other customers too"
    assert mine.unassigned == ()
    # another manager's 工号 gives nothing, not their customers
    theirs = due_list(db, manager, employee_no(db, world.other_staff), today=day)
    assert not any(getattr(theirs, name) for name in sections)


def test_a_teller_sees_own_and_unassigned_customers_without_balances(db, world):
    teller = world.actors[TELLER]
    due = due_list(db, teller)
    items = [i for name in ("followups_today", "followups_overdue", "out_of_cadence", "warnings_uncontacted",
                            "unassigned") for i in getattr(due, name)]  # fmt: skip
    assert items and all(i.aum_fen is None for i in items)
    assert {_manager_of(db, i.customer_no) for i in items} <= {world.manager_staff, None}
    loose = unassigned_customers(db, teller)
    assert customer_no(db, world.unassigned_customer) in {u.customer_no for u in loose}
    assert all(u.aum_fen is None for u in loose)
    assert unassigned_customers(db, world.actors[MANAGER]) == []  # a manager's scope has no unassigned customers
    with pytest.raises(PermissionDenied):
        list_risk(db, teller, latest_period(db))


def test_contact_and_feedback_lists_are_scoped(db, world):
    manager, head = world.actors[MANAGER], world.actors[HEAD]
    add_contact(db, head, _entry(db, world.other_customer, world.other_staff))
    add_feedback(db, head, customer_no(db, world.other_customer), "服务", "排队太久", employee_no(db, world.other_staff))
    add_feedback(db, head, customer_no(db, world.own_customer), "服务", "柜台太少", employee_no(db, world.manager_staff))
    assert {_manager_of(db, r.customer_no) for r in list_contacts(db, manager)} == {world.manager_staff}
    assert len(list_contacts(db, head)) > len(list_contacts(db, manager))
    assert [i.customer_no for i in list_feedback(db, manager)] == [customer_no(db, world.own_customer)]
    assert len(list_feedback(db, head)) == 2
    other = list_contacts(db, head, customer_no=customer_no(db, world.other_customer))[0]
    with pytest.raises(OutOfScope):
        get_contact(db, manager, other.id)
    with pytest.raises(OutOfScope):
        list_contacts(db, manager, customer_no=customer_no(db, world.other_customer))


# --- who may change what ---------------------------------------------------------------------------


def test_a_teller_records_for_an_unassigned_customer_but_not_for_another_managers(db, world):
    teller = world.actors[TELLER]
    saved = add_contact(db, teller, _entry(db, world.unassigned_customer, world.manager_staff))
    assert saved.record.created_by == "teller"
    before = db.execute("select count(*) from visits").fetchone()[0]
    last = _last_id(db)
    with pytest.raises(OutOfScope) as refused:
        add_contact(db, teller, _entry(db, world.other_customer, world.manager_staff))
    assert "柜员" in refused.value.message() and "未分配" in refused.value.message()
    assert db.execute("select count(*) from visits").fetchone()[0] == before
    assert _last_id(db) == last  # the global CLI/GUI handler audits the refusal, not the core
    with pytest.raises(OutOfScope):
        add_feedback(db, teller, customer_no(db, world.other_customer), "服务", "排队太久",
                     employee_no(db, world.manager_staff))  # fmt: skip


def test_a_manager_records_for_their_own_customers_only(db, world):
    manager = world.actors[MANAGER]
    add_contact(db, manager, _entry(db, world.own_customer, world.manager_staff))
    for customer in (world.other_customer, world.unassigned_customer):
        with pytest.raises(OutOfScope):
            add_contact(db, manager, _entry(db, customer, world.manager_staff))


def test_closing_the_warning_from_a_contact_needs_warning_update(db, world):
    teller = world.actors[TELLER]
    cid = _warned(db, world)[0]
    with pytest.raises(PermissionDenied) as refused:
        add_contact(db, teller, _entry(db, cid, world.manager_staff, warning="误报"))
    assert refused.value.action == "warning.update"
    saved = add_contact(db, teller, _entry(db, cid, world.manager_staff, warning="已联系"))  # the contact itself
    assert saved.warning is not None and saved.warning.to_status == "已联系"
    add_contact(db, teller, _entry(db, cid, world.manager_staff, warning="不变"))


def test_a_tellers_automatic_contact_never_closes_the_warning(db, world):
    teller, manager = world.actors[TELLER], world.actors[MANAGER]
    cid = _warned(db, world)[0]
    first = add_contact(db, teller, _entry(db, cid, world.manager_staff))  # automatic, attitude 稳定
    assert first.warning is not None and first.warning.to_status == "已联系"
    second = add_contact(db, teller, _entry(db, cid, world.manager_staff))  # would close it as 已挽留
    assert second.warning is not None and not second.warning.changed
    status = db.execute("select status from warnings where id = ?", [second.warning.warning_id]).fetchone()[0]
    assert status == "contacted"  # closing is handling the warning: warning.update, which a 柜员 lacks
    third = add_contact(db, manager, _entry(db, cid, world.manager_staff))  # the manager's automatic step closes it
    assert third.warning is not None and third.warning.to_status == "已挽留"


def test_editing_someone_elses_contact_is_refused_unless_head(db, world):
    teller, manager, head = world.actors[TELLER], world.actors[MANAGER], world.actors[HEAD]
    record = add_contact(db, teller, _entry(db, world.own_customer, world.manager_staff)).record
    edited = edit_contact(db, teller, record.id, {"summary": "客户说下月再来"})  # its author may
    assert edited.record.revision == 2
    with pytest.raises(PermissionDenied) as refused:
        edit_contact(db, manager, record.id, {"summary": "改写"})
    assert refused.value.action == "contact.edit_any"
    assert get_contact(db, head, record.id).summary == "客户说下月再来"
    assert edit_contact(db, head, record.id, {"summary": "主管核实后修改"}).record.revision == 3


def test_only_the_head_assigns_and_only_head_or_admin_hand_over(db, world):
    for role in (TELLER, MANAGER):
        with pytest.raises(PermissionDenied):
            assign_customer(db, world.actors[role], customer_no(db, world.own_customer),
                            employee_no(db, world.other_staff))  # fmt: skip
        with pytest.raises(PermissionDenied):
            handover(db, world.actors[role], employee_no(db, world.other_staff), employee_no(db, world.manager_staff))
    with pytest.raises(PermissionDenied):
        set_feedback_status(db, world.actors[TELLER], 1, "已转交", to="个人金融部")


def test_the_cli_guard_lets_a_refusal_by_role_through_to_the_global_handler(db, world):
    args = argparse.Namespace(
        customer_no=customer_no(db, world.other_customer), by=employee_no(db, world.manager_staff), channel="电话",
        purpose="关怀回访", attitude="稳定", reason=None, bank=None, summary=None, next=None, at=None, warning=None,
        json=False,
    )  # fmt: skip
    with pytest.raises(PermissionDenied):
        _guard(cmd_visit_add)(db, args, world.actors[TELLER])


# --- the audit -------------------------------------------------------------------------------------


def test_each_change_writes_its_audit_row_naming_internal_ids(db, world):
    head, manager = world.actors[HEAD], world.actors[MANAGER]
    start = _last_id(db)
    own_no = customer_no(db, world.own_customer)

    saved = add_contact(db, manager, _entry(db, world.own_customer, world.manager_staff))
    edit_contact(db, manager, saved.record.id, {"summary": "补充说明"})
    item = add_feedback(db, manager, own_no, "服务", "排队太久", employee_no(db, world.manager_staff)).item
    set_feedback_status(db, manager, item.id, "已转交", to="个人金融部")
    warned = _warned(db, world)
    set_warning_status(db, manager, warned[1], "已分派", "交本人跟进")
    assign_customer(db, head, own_no, employee_no(db, world.other_staff))
    handover(db, head, employee_no(db, world.other_staff), employee_no(db, world.manager_staff), note="调岗")
    add_staff(db, head, "新同事", "X901", "柜员")
    run_recompute(db, head)

    rows = _audit(db, start)
    actions = [r[0] for r in rows]
    assert actions[:2] == ["contact_added", "contact_edited"]
    assert actions[2:] == ["feedback_added", "feedback_changed", "warning_changed", "customer_assigned", "handover",
                           "staff_changed", "risk_recomputed"]  # fmt: skip
    by_action = {r[0]: r for r in rows}
    for action in ("contact_added", "contact_edited", "feedback_added", "feedback_changed", "customer_assigned"):
        assert by_action[action][4] == world.own_customer, action
    assert by_action["warning_changed"][4] == warned[0]
    assert by_action["contact_added"][1:4] == ("manager", MANAGER, "ok")
    assert json.loads(by_action["warning_changed"][6]) == {"from": "new", "to": "assigned"}
    text = json.dumps(rows, ensure_ascii=False)
    assert own_no not in text and warned[1] not in text  # internal ids, never the customer's number
    assert verify_chain(db, head).ok


def test_a_contact_that_moves_a_warning_audits_both(db, world):
    manager = world.actors[MANAGER]
    cid = _warned(db, world)[0]
    start = _last_id(db)
    saved = add_contact(db, manager, _entry(db, cid, world.manager_staff))
    assert saved.warning is not None and saved.warning.changed
    rows = _audit(db, start)
    assert [r[0] for r in rows] == ["contact_added", "warning_changed"]
    assert json.loads(rows[1][6])["contact_id"] == saved.record.id


def test_a_rolled_back_or_refused_change_writes_no_audit_row(db, world):
    manager = world.actors[MANAGER]
    start = _last_id(db)
    visits = db.execute("select count(*) from visits").fetchone()[0]
    with pytest.raises(RuntimeError), db.atomic():
        add_contact(db, manager, _entry(db, world.own_customer, world.manager_staff))
        add_feedback(db, manager, customer_no(db, world.own_customer), "服务", "排队太久",
                     employee_no(db, world.manager_staff))  # fmt: skip
        raise RuntimeError("the outer work failed")
    assert _last_id(db) == start
    assert db.execute("select count(*) from visits").fetchone()[0] == visits
    with pytest.raises(FollowupRefused):
        add_contact(db, manager, _entry(db, world.own_customer, world.manager_staff, next_on="1999-01-01"))
    assert _last_id(db) == start


def test_the_recompute_an_import_runs_needs_no_permission_and_is_not_audited(db, world):
    start = _last_id(db)
    clerk = Actor("clerk", "柜员乙", TELLER, staff_id=world.manager_staff)
    assert recompute(db, clerk).period == latest_period(db)  # internal: the import's own step
    assert _audit(db, start) == []
    with pytest.raises(PermissionDenied):
        run_recompute(db, clerk)
    run_recompute(db, world.actors[HEAD])
    assert [r[0] for r in _audit(db, start)] == ["risk_recomputed"]
