"""Exchange cases beyond the two-PC week: customers not here yet, who exports what, copied files, old databases."""

from __future__ import annotations

import json
import shutil
from datetime import datetime
from pathlib import Path

import pytest

from core.actors import LOCAL_USER, MANAGER, Actor
from core.db import open_db
from core.exchange import (
    ExchangeRefused,
    apply_pending,
    exchange_status,
    export_package,
    forget_records,
    import_package,
    list_conflicts,
)
from core.exchange import package as package_module
from core.followup.assignment import assign_customer
from core.followup.contacts import ContactInput, add_contact
from core.followup.feedback import add_feedback, set_feedback_status
from core.followup.owners import relink_records
from core.progress import Cancelled, CancelToken
from tests.core.test_exchange_support import (  # noqa: F401 - *_fixture: the fixtures fast_kdf (autouse), branch, pcs
    PASSWORD,
    branch_fixture,
    customers,
    fast_kdf_fixture,
    pcs_fixture,
    snapshot,
    week_of_contacts,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "db"


def test_records_of_a_customer_not_yet_here_wait_and_apply_when_the_monthly_import_brings_it(pcs, tmp_path):
    a, b = pcs
    number = a.execute(
        """select c.customer_no from warnings w join customers c on c.id = w.customer_id
           where w.status in ('new', 'assigned') order by c.customer_no limit 1"""
    ).fetchone()[0]
    add_contact(a, LOCAL_USER, ContactInput(number, "M003", "电话", "挽留", "犹豫", summary="客户说再比较一下"),
                now=datetime(2026, 11, 28, 10, 0))  # fmt: skip  (moves the warning to 已联系)
    assign_customer(a, LOCAL_USER, number, "M005", now=datetime(2026, 11, 28, 11, 0))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    with b.atomic():  # PC B has not imported this customer's list yet
        b.execute("update customers set customer_no = 'X' || customer_no where customer_no = ?", [number])

    report = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)

    assert report.counts["contacts"] == 1 and report.counts["unlinked"] == 1
    assert report.counts["warnings_pending"] == 1 and report.counts["assignments_pending"] == 1
    assert report.pending == 2 and any("暂存" in n for n in report.notes)
    received = "select customer_id from visits where summary = '客户说再比较一下'"
    assert b.execute(received).fetchone() == (None,)
    again = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    assert not again.changed and again.pending == 2

    with b.atomic():  # the monthly import lists the customer: its writer links records and applies what waits
        b.execute("update customers set customer_no = ? where customer_no = 'X' || ?", [number, number])
        relink_records(b)
        applied = apply_pending(b)

    assert applied == 2
    assert b.execute("select count(*) from exchange_pending").fetchone()[0] == 0
    assert b.execute(received).fetchone()[0] == b.execute("select id from customers where customer_no = ?", [number]).fetchone()[0]
    assert b.execute(
        """select w.status, st.employee_no from customers c join warnings w on w.customer_id = c.id
           join staff st on st.id = c.manager_id where c.customer_no = ? order by w.id desc limit 1""",
        [number],
    ).fetchone() == ("contacted", "M005")
    assert exchange_status(b, LOCAL_USER).waiting == 0  # received work is not this PC's to export


def test_a_manager_exports_only_what_they_recorded_and_the_head_the_rest(pcs, tmp_path):
    a, _b = pcs
    staff_id = a.execute("select id from staff where employee_no = 'M001'").fetchone()[0]
    manager = Actor("jl01", "经理甲", MANAGER, user_id=7, staff_id=staff_id)
    own = [r[0] for r in a.execute("select customer_no from customers where manager_id = ? order by customer_no limit 3", [staff_id])]
    for i, number in enumerate(own):
        add_contact(a, manager, ContactInput(number, "M001", "电话", "关怀回访", "稳定", warning="不变",
                                             visited_at=f"2026-11-2{i} 10:00"), now=datetime(2026, 11, 27, 9, 0))  # fmt: skip
    week_of_contacts(a, customers(a, 2, offset=100))

    assert exchange_status(a, manager).waiting == 3
    mine = export_package(a, manager, tmp_path / "jl01.lkx", PASSWORD)
    rest = export_package(a, LOCAL_USER, tmp_path / "rest.lkx", PASSWORD)

    assert mine.counts["contacts"] == 3 and rest.counts["contacts"] == 2
    with pytest.raises(ExchangeRefused):
        export_package(a, manager, tmp_path / "again.lkx", PASSWORD)


def test_a_database_copied_to_set_up_another_pc_takes_its_own_id_and_exchanges(pcs, tmp_path):
    a, _b = pcs
    week_of_contacts(a, customers(a, 3))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    a_path = Path(a.execute("pragma database_list").fetchone()[2])
    a.execute("pragma wal_checkpoint(truncate)")  # the file as a copy on a USB stick would have it
    (tmp_path / "c").mkdir()
    shutil.copy(a_path, tmp_path / "c" / "liuke.db")
    c = open_db(tmp_path / "c" / "liuke.db")
    before = snapshot(c)

    report = import_package(c, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)  # not refused as "this PC's own"

    assert not report.changed and report.unchanged == 3
    assert {k: v for k, v in snapshot(c).items() if k != "exchange_outbox"} == {
        k: v for k, v in before.items() if k != "exchange_outbox"
    }
    assert exchange_status(c, LOCAL_USER).device not in (None, report.source_device)
    c.close()


def test_another_branchs_package_is_refused(pcs, tmp_path):
    a, b = pcs
    week_of_contacts(a, customers(a, 1))
    with a.atomic():
        a.execute("update customers set branch = '别的支行'")
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    before = snapshot(b)

    with pytest.raises(ExchangeRefused) as refused:
        import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)

    assert refused.value.code == "other_branch" and "别的支行" in refused.value.message()
    assert snapshot(b) == before


def test_a_cancelled_or_refused_export_leaves_no_file_and_the_records_waiting(pcs, tmp_path):
    a, _b = pcs
    week_of_contacts(a, customers(a, 5))
    token = CancelToken()
    token.cancel()

    with pytest.raises(Cancelled):
        export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD, cancel=token)
    with pytest.raises(ExchangeRefused) as weak:
        export_package(a, LOCAL_USER, tmp_path / "a.lkx", "short")
    with pytest.raises(ExchangeRefused) as missing:
        export_package(a, LOCAL_USER, tmp_path / "no-such-folder" / "a.lkx", PASSWORD)

    assert weak.value.code == "weak_password" and missing.value.code == "bad_target"
    assert not list(tmp_path.glob("a.lkx*"))
    assert exchange_status(a, LOCAL_USER).waiting == 5
    assert export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD).counts["contacts"] == 5


def test_the_package_file_hides_its_records_and_says_what_it_is(pcs, tmp_path, monkeypatch):
    monkeypatch.undo()  # the real scrypt cost
    a, _b = pcs
    numbers = customers(a, 2)
    week_of_contacts(a, numbers)
    report = export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    data = (tmp_path / "a.lkx").read_bytes()

    head, _prefix = package_module.read_header(data)

    assert data.startswith(package_module.MAGIC)
    assert (head["format"], head["package_id"], head["source_device"], head["branch"]) == (
        1, report.package_id, report.source_device, "示范支行"
    )  # fmt: skip
    assert head["kdf"]["name"] == "scrypt" and head["kdf"]["n"] == 2**17 and head["cipher"] == "AES-256-GCM"
    assert all(n.encode() not in data for n in numbers)
    assert "本周第".encode() not in data
    _header, payload, sha = package_module.read_package(tmp_path / "a.lkx", PASSWORD)
    assert [r["customer_no"] for r in payload["contacts"]] == numbers and sha == report.file_sha256


def test_upgrading_an_old_database_puts_its_existing_records_in_the_first_export(tmp_path):
    shutil.copy(FIXTURES / "schema-0005.db", tmp_path / "old.db")
    db = open_db(tmp_path / "old.db")
    visits = db.execute("select count(*) from visits").fetchone()[0]

    report = export_package(db, LOCAL_USER, tmp_path / "first.lkx", PASSWORD)

    assert visits > 0 and report.counts["contacts"] == visits
    assert db.execute("select count(*) from handovers where uid is null").fetchone()[0] == 0
    db.close()


def test_feedback_moved_on_at_both_pcs_keeps_every_step_and_the_later_state(pcs, tmp_path):
    a, b = pcs
    number = customers(a, 1, offset=20)[0]
    item = add_feedback(a, LOCAL_USER, number, "产品", "想要三年期的大额存单", "M001", raised_on="2026-11-16",
                        now=datetime(2026, 11, 16, 9, 0)).item  # fmt: skip
    export_package(a, LOCAL_USER, tmp_path / "first.lkx", PASSWORD)
    import_package(b, LOCAL_USER, tmp_path / "first.lkx", PASSWORD)
    uid = a.execute("select uid from feedback_items where id = ?", [item.id]).fetchone()[0]
    on_b = b.execute("select id from feedback_items where uid = ?", [uid]).fetchone()[0]
    set_feedback_status(a, LOCAL_USER, item.id, "已转交", to="个人金融部", on="2026-11-17", now=datetime(2026, 11, 17, 10, 0))
    set_feedback_status(b, LOCAL_USER, on_b, "已转交", to="运营部", on="2026-11-17", now=datetime(2026, 11, 17, 11, 0))
    set_feedback_status(b, LOCAL_USER, on_b, "已答复", answer="下月有新一期", on="2026-11-18", now=datetime(2026, 11, 18, 9, 0))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    export_package(b, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)

    into_a = import_package(a, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)
    into_b = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)

    for db, report in ((a, into_a), (b, into_b)):
        assert db.execute("select status, forwarded_to, answer from feedback_items where uid = ?", [uid]).fetchone() == (
            "answered", "运营部", "下月有新一期"
        )  # fmt: skip
        steps = db.execute(
            """select e.to_status, e.forwarded_to from feedback_events e join feedback_items f on f.id = e.item_id
               where f.uid = ? order by e.at""",
            [uid],
        ).fetchall()
        assert steps == [("recorded", None), ("forwarded", "个人金融部"), ("forwarded", "运营部"), ("answered", None)]
        assert [c.kind for c in report.conflicts] == ["feedback"]


def test_one_customer_assigned_to_two_people_on_two_pcs_goes_to_the_later_one(pcs, tmp_path):
    a, b = pcs
    number = a.execute(
        """select customer_no from customers c left join staff st on st.id = c.manager_id
           where not exists (select 1 from manager_changes m where m.customer_id = c.id)
             and coalesce(st.employee_no, '') not in ('M002', 'M003') order by customer_no limit 1"""
    ).fetchone()[0]
    assign_customer(a, LOCAL_USER, number, "M002", now=datetime(2026, 11, 19, 10, 0))
    assign_customer(b, LOCAL_USER, number, "M003", now=datetime(2026, 11, 19, 11, 0))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    export_package(b, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)

    into_a = import_package(a, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)
    into_b = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)

    for db, report in ((a, into_a), (b, into_b)):
        assert db.execute(
            "select st.employee_no from customers c join staff st on st.id = c.manager_id where c.customer_no = ?", [number]
        ).fetchone() == ("M003",)
        assert db.execute(
            """select count(*) from manager_changes m join customers c on c.id = m.customer_id
               where c.customer_no = ? and m.source = 'assign'""",
            [number],
        ).fetchone()[0] == 2  # the earlier assignment stays in the history
        (conflict,) = report.conflicts
        assert conflict.kind == "assignment" and "2026-11-19 11:00" in conflict.kept


def test_a_record_removed_on_purpose_is_not_brought_back_by_a_package(pcs, tmp_path):
    a, b = pcs
    (vid,) = week_of_contacts(a, customers(a, 1))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    uid = a.execute("select uid from visits where id = ?", [vid]).fetchone()[0]
    with b.atomic():  # as the retention purge or an erasure on request does
        b.execute("delete from visits where uid = ?", [uid])
        forget_records(b, "contact", [uid])

    again = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)

    assert not again.changed
    assert b.execute("select count(*) from visits where uid = ?", [uid]).fetchone()[0] == 0
    assert list_conflicts(b, LOCAL_USER) == []


def test_a_header_asking_for_a_huge_key_derivation_is_refused_before_deriving(pcs, tmp_path, monkeypatch):
    a, _b = pcs
    week_of_contacts(a, customers(a, 1))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    data = (tmp_path / "a.lkx").read_bytes()
    head, prefix = package_module.read_header(data)
    head["kdf"]["n"], head["kdf"]["r"] = 2**20, 16  # 2 GB of memory
    raw = json.dumps(head).encode()
    (tmp_path / "huge.lkx").write_bytes(package_module.MAGIC + len(raw).to_bytes(4, "big") + raw + data[len(prefix) :])
    monkeypatch.setattr(package_module, "Scrypt", None)  # deriving at all would fail the test

    with pytest.raises(ExchangeRefused) as refused:
        package_module.read_package(tmp_path / "huge.lkx", PASSWORD)

    assert refused.value.code == "damaged"
