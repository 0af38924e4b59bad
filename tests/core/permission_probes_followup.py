"""Probes for churn warnings and follow-up work (see test_permissions.py).

Each probe works on a customer the 客户经理 and the 柜员 of the world see (``world.own_customer``),
so a role the matrix allows passes the customer scope too; a role it does not allow is refused
before anything is read or written.
"""

from __future__ import annotations

from core.actors import HEAD
from core.customers import latest_period
from core.followup.assignment import assign_customer, handover, unassigned_customers
from core.followup.cadence import due_list
from core.followup.contact_queries import contact_revisions, list_contacts
from core.followup.contacts import ContactInput, add_contact, edit_contact
from core.followup.digest import feedback_digest
from core.followup.effectiveness import effectiveness
from core.followup.feedback import add_feedback, list_feedback, set_feedback_status
from core.followup.scorecard import scorecard
from core.followup.staff import add_staff, list_staff
from core.risk.backtest import run_backtest
from core.risk.compute import RiskRefused, run_recompute
from core.risk.model import learn
from core.risk.warning_queries import open_warnings, warnings_of
from core.risk.warnings import set_warning_status
from core.risk.worklist import customer_risk, list_risk
from core.security.permissions import can
from tests.core.permission_world import customer_no, employee_no


def _risk_view(db, actor, world, tmp):
    period = latest_period(db)
    list_risk(db, actor, period)
    open_warnings(db, actor)
    customer_risk(db, actor, period)
    warnings_of(db, actor, customer_no(db, world.own_customer))


def _risk_recompute(db, actor, world, tmp):
    run_recompute(db, actor)


def _risk_backtest(db, actor, world, tmp):
    try:
        run_backtest(db, actor)
    except RiskRefused:  # three months are too few to backtest: the check was passed
        pass
    learn(db, actor)


def _warning_update(db, actor, world, tmp):
    row = db.execute(
        """select c.customer_no from warnings w join customers c on c.id = w.customer_id
           where c.manager_id = ? and w.status in ('new', 'assigned') order by w.id limit 1""",
        [world.manager_staff],
    ).fetchone()
    set_warning_status(db, actor, row[0] if row else customer_no(db, world.own_customer), "已联系", "电话联系")


def _customer_assign(db, actor, world, tmp):
    assign_customer(db, actor, customer_no(db, world.own_customer), employee_no(db, world.other_staff))


def _staff_view(db, actor, world, tmp):
    list_staff(db, actor)


def _staff_manage(db, actor, world, tmp):
    add_staff(db, actor, "新同事", "X901", "柜员")
    handover(db, actor, employee_no(db, world.other_staff), employee_no(db, world.manager_staff), note="调岗")


def _contact_view(db, actor, world, tmp):
    records = list_contacts(db, actor, customer_no=customer_no(db, world.own_customer))
    if records:
        contact_revisions(db, actor, records[0].id)
    due_list(db, actor)
    unassigned_customers(db, actor)


def _contact_entry(db, world, **extra) -> ContactInput:
    return ContactInput(
        customer_no=customer_no(db, world.own_customer), staff=employee_no(db, world.manager_staff), channel="电话",
        purpose="关怀回访", attitude="稳定", **extra,
    )  # fmt: skip


def _contact_record(db, actor, world, tmp):
    add_contact(db, actor, _contact_entry(db, world))


def _contact_edit_any(db, actor, world, tmp):
    row = db.execute(
        """select v.id from visits v join customers c on c.id = v.customer_id
           where c.manager_id = ? and v.created_by <> ? order by v.id limit 1""",
        [world.manager_staff, actor.username],
    ).fetchone()
    edit_contact(db, actor, row[0], {"summary": "补充：客户希望下月再联系"})


def _feedback_view(db, actor, world, tmp):
    list_feedback(db, actor)
    feedback_digest(db, actor, latest_period(db))


def _feedback_record(db, actor, world, tmp):
    add_feedback(
        db,
        actor,
        customer_no(db, world.own_customer),
        "利率/价格",
        "希望存款利率再高一些",
        employee_no(db, world.manager_staff),
    )


def _feedback_handle(db, actor, world, tmp):
    item = 0  # the demo world has no feedback: a role that may handle it gets one to forward (setup only)
    if can(actor, "feedback.handle"):
        item = add_feedback(db, world.actors[HEAD], customer_no(db, world.own_customer), "服务", "排队太久",
                            employee_no(db, world.manager_staff)).item.id  # fmt: skip
    set_feedback_status(db, actor, item, "已转交", to="个人金融部")


def _scorecard_view(db, actor, world, tmp):
    period = latest_period(db)
    scorecard(db, actor, period)
    effectiveness(db, actor, period)


PROBES = {
    "risk.view": _risk_view,
    "risk.recompute": _risk_recompute,
    "risk.backtest": _risk_backtest,
    "warning.update": _warning_update,
    "customer.assign": _customer_assign,
    "staff.view": _staff_view,
    "staff.manage": _staff_manage,
    "contact.view": _contact_view,
    "contact.record": _contact_record,
    "contact.edit_any": _contact_edit_any,
    "feedback.view": _feedback_view,
    "feedback.record": _feedback_record,
    "feedback.handle": _feedback_handle,
    "scorecard.view": _scorecard_view,
}
