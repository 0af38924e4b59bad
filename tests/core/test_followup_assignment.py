"""One customer, one manager: assignments that survive next month's file, handovers that move exactly the
open items, the history of who managed whom, and contacts that stay linked through re-imports and undos."""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER
from core.followup.assignment import assign_customer, handover, manager_history, unassigned_customers
from core.followup.cadence import due_list
from core.followup.codes import FollowupRefused
from core.followup.contact_queries import list_contacts
from core.importing.batches import undo_batch
from core.importing.planner import ImportOptions
from core.importing.service import import_file
from tests.conftest import make_id
from tests.core.test_followup_support import NOW, at, hire, raised_on, visit

HEADER = ["客户号", "姓名", "证件号码", "管户经理", "金融资产（元）"]
TODAY = at("2026-12-01").date()


def month(make_xlsx, period: str, rows: dict[str, tuple[str | None, int]]):  # noqa: ANN001, ANN201
    """A monthly list: customer number -> (管户经理, AUM in 元)."""
    lines = [[no, f"客户{no}", make_id(int(no[1:])), who, aum + int(period[5:])] for no, (who, aum) in rows.items()]
    return make_xlsx(HEADER, lines, name=f"清单_{period}.xlsx")


def load(db, make_xlsx, period: str, rows, **options):  # noqa: ANN001, ANN201
    return import_file(db, month(make_xlsx, period, rows), LOCAL_USER, ImportOptions(period=period, **options))


def manager_of(db, no: str) -> str | None:  # noqa: ANN001
    row = db.execute(
        "select st.name from customers c left join staff st on st.id = c.manager_id where c.customer_no = ?", [no]
    ).fetchone()
    return row[0]


SEPT = {"C1": ("王静", 800_000), "C2": ("王静", 900_000), "C3": ("李强", 700_000), "C4": (None, 600_000)}


@pytest.fixture
def branch(db, make_xlsx):  # noqa: ANN001, ANN201
    load(db, make_xlsx, "2026-09", SEPT)
    hire(db, ("王静", "W01"), ("李强", "L02"), ("赵敏", "Z03"))
    return db


def test_an_assignment_made_in_the_app_survives_a_file_that_still_names_the_old_manager(branch, make_xlsx):
    done = assign_customer(branch, LOCAL_USER, "C1", "L02", now=NOW)
    assert (done.from_manager, done.to_manager, done.changed) == ("王静", "李强", True)
    load(branch, make_xlsx, "2026-10", SEPT)  # the core system still says 王静
    assert manager_of(branch, "C1") == "李强"
    load(branch, make_xlsx, "2026-11", {**SEPT, "C1": ("赵敏", 800_000)})  # the core system changed its mind
    assert manager_of(branch, "C1") == "赵敏"
    history = [(s.manager, s.effective_on, s.source) for s in manager_history(branch, LOCAL_USER, "C1")]
    assert history == [
        ("王静", "2026-09-01", "月度清单"),
        ("李强", "2026-12-01", "指定"),
        ("赵敏", "2026-12-01", "月度清单"),
    ]


def test_re_importing_the_latest_month_keeps_the_assignment(branch, make_xlsx):
    load(branch, make_xlsx, "2026-10", SEPT)
    assign_customer(branch, LOCAL_USER, "C2", "Z03", now=NOW)
    load(branch, make_xlsx, "2026-10", SEPT, replace=True)
    assert manager_of(branch, "C2") == "赵敏"


def test_without_the_app_the_file_decides_as_before(branch, make_xlsx):
    load(branch, make_xlsx, "2026-10", {**SEPT, "C3": ("王静", 700_000)})
    assert manager_of(branch, "C3") == "王静"
    assert [s.source for s in manager_history(branch, LOCAL_USER, "C3")] == ["月度清单", "月度清单"]
    assert assign_customer(branch, LOCAL_USER, "C3", "W01", now=NOW).changed is False


def test_a_handover_moves_exactly_the_customers_with_their_open_warning_and_pending_follow_up(branch):
    raised = branch.execute(
        "select id from customers where customer_no in ('C1', 'C2', 'C3') order by customer_no"
    ).fetchall()
    for (cid,), status in zip(raised, ("new", "retained", "new"), strict=True):
        branch.execute(
            """insert into warnings (customer_id, status, first_period, last_period, score, level, aum_at_stake_fen,
               created_by, created_at, updated_by, updated_at) values (?, ?, '2026-09', '2026-09', 70, 'high', 1, 't', ?, 't', ?)""",
            [cid, status, "2026-10-05T09:30:00", "2026-10-05T09:30:00"],
        )
    visit(
        branch, "C2", "W01", "2026-10-20", "犹豫", next_on="2026-10-27"
    )  # C2's warning is closed; a follow-up is pending
    before = due_list(branch, LOCAL_USER, "W01", today=TODAY)
    assert [i.customer_no for i in before.warnings_uncontacted] == ["C1"] and [
        i.customer_no for i in before.followups_overdue
    ] == ["C2"]

    done = handover(branch, LOCAL_USER, "W01", "L02", note="调岗", now=NOW)

    assert (done.customers, done.open_warnings, done.due_followups) == (2, 1, 1)
    mine = due_list(branch, LOCAL_USER, "L02", today=TODAY)
    assert sorted(i.customer_no for i in mine.warnings_uncontacted) == ["C1", "C3"]
    assert [i.customer_no for i in mine.followups_overdue] == ["C2"]
    gone = due_list(branch, LOCAL_USER, "W01", today=TODAY)
    assert gone.warnings_uncontacted == () and gone.followups_overdue == () and gone.out_of_cadence == ()
    assert manager_of(branch, "C4") is None  # nobody else moved
    assert list_contacts(branch, LOCAL_USER, customer_no="C2")[0].staff_name == "王静"  # a contact stays its maker's
    assert [(s.manager, s.source) for s in manager_history(branch, LOCAL_USER, "C1")][-1] == ("李强", "交接")
    assert branch.execute("select customers, open_warnings, note from handovers").fetchall() == [(2, 1, "调岗")]


def test_a_handover_to_oneself_or_from_nobody_is_refused_or_does_nothing(branch):
    with pytest.raises(FollowupRefused) as refused:
        handover(branch, LOCAL_USER, "W01", "王静", now=NOW)
    assert refused.value.code == "same_staff"
    assert handover(branch, LOCAL_USER, "Z03", "W01", now=NOW).id is None
    assert branch.execute("select count(*) from manager_changes").fetchone()[0] == 0


def test_unknown_staff_or_customer_is_refused_naming_the_valid_numbers(branch):
    with pytest.raises(FollowupRefused) as refused:
        assign_customer(branch, LOCAL_USER, "C1", "M404", now=NOW)
    assert "L02 李强、W01 王静、Z03 赵敏" in refused.value.message()
    with pytest.raises(FollowupRefused):
        assign_customer(branch, LOCAL_USER, "C404", "W01", now=NOW)
    assert manager_of(branch, "C1") == "王静"


def test_customers_nobody_manages_are_listed(branch):
    assert [(u.customer_no, u.tier, u.aum_fen) for u in unassigned_customers(branch, LOCAL_USER)] == [
        ("C4", "白金", 60_000_900)
    ]
    assign_customer(branch, LOCAL_USER, "C4", "Z03", now=NOW)
    assert unassigned_customers(branch, LOCAL_USER) == []


def test_re_importing_a_month_keeps_every_contact_linked(branch, make_xlsx):
    visit(branch, "C1", "W01", "2026-10-05")
    before = branch.execute("select customer_id from visits").fetchone()[0]
    load(branch, make_xlsx, "2026-09", SEPT, replace=True)
    assert branch.execute("select customer_id from visits").fetchone()[0] == before
    assert [r.customer_name for r in list_contacts(branch, LOCAL_USER, customer_no="C1")] == ["客户C1"]


def test_a_customer_forgotten_by_an_undo_finds_their_contacts_again_when_a_file_lists_them(branch, make_xlsx):
    from core.followup.feedback import add_feedback

    october = load(branch, make_xlsx, "2026-10", {**SEPT, "C9": ("王静", 1_000_000)})
    saved = visit(branch, "C9", "W01", "2026-11-03")
    add_feedback(branch, LOCAL_USER, "C9", "产品", "想要短期理财", "W01", visit_id=saved.record.id, now=NOW)
    undo_batch(branch, october.commit.batch_id, LOCAL_USER)
    assert branch.execute("select customer_id, customer_no from visits").fetchall() == [(None, "C9")]
    load(branch, make_xlsx, "2026-10", {**SEPT, "C9": ("王静", 1_000_000)})
    (record,) = list_contacts(branch, LOCAL_USER, customer_no="C9")
    assert record.customer_id is not None and record.customer_name == "客户C9"
    assert branch.execute("select count(*) from feedback_items where customer_id is null").fetchone()[0] == 0


def test_an_undo_of_a_month_with_contacts_and_warnings_goes_through(branch, make_xlsx):
    raised_on(branch)
    october = load(branch, make_xlsx, "2026-10", {"C1": ("王静", 800_000)})  # C2, C3 and C4 vanish: warnings
    raised_on(branch)
    visit(branch, "C2", "W01", "2026-11-05", "已转出", purpose="挽留")
    undo_batch(branch, october.commit.batch_id, LOCAL_USER)
    assert list_contacts(branch, LOCAL_USER, customer_no="C2")[0].customer_id is not None
