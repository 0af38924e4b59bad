"""Offline exchange between two PCs of one branch: no loss, no duplicates, conflicts resolved, refusals change nothing."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest

from core.actors import LOCAL_USER
from core.exchange import ExchangeRefused, export_package, import_package
from core.exchange import importing as importing_module
from core.followup.assignment import assign_customer
from core.followup.contacts import edit_contact
from core.followup.feedback import add_feedback, set_feedback_status
from core.progress import Cancelled, CancelToken, Progress
from core.risk.warnings import set_warning_status
from core.security.audit import AuditFilter, list_audit
from tests.core.test_exchange_support import (  # noqa: F401 - *_fixture: the fixtures fast_kdf (autouse), branch, pcs
    PASSWORD,
    branch_fixture,
    customers,
    fast_kdf_fixture,
    pcs_fixture,
    set_stamp,
    snapshot,
    visits_by_uid,
    week_of_contacts,
)


def test_two_pcs_exchange_a_week_of_contacts_without_loss_or_duplication(pcs, tmp_path):
    a, b = pcs
    before = a.execute("select count(*) from visits").fetchone()[0]
    mine = week_of_contacts(a, customers(a, 12))
    theirs = week_of_contacts(b, customers(b, 9, offset=40))
    edit_contact(a, LOCAL_USER, mine[0], {"summary": "客户改约下周面谈"}, now=datetime(2026, 11, 13, 17, 0))
    item = add_feedback(b, LOCAL_USER, customers(b, 1, offset=40)[0], "利率/价格", "希望大额存单利率再高一些", "M001",
                        raised_on="2026-11-10", now=datetime(2026, 11, 10, 11, 0)).item  # fmt: skip
    set_feedback_status(b, LOCAL_USER, item.id, "已转交", to="个人金融部", on="2026-11-11", now=datetime(2026, 11, 11, 9, 0))
    moved = customers(b, 1, offset=60)[0]
    assign_customer(b, LOCAL_USER, moved, "M002", now=datetime(2026, 11, 12, 15, 0))
    week = {_uid(a, vid) for vid in mine} | {_uid(b, vid) for vid in theirs}

    sent = export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    back = export_package(b, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)
    into_b = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    into_a = import_package(a, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)

    assert sent.counts["contacts"] == 12 and back.counts["contacts"] == 9
    assert (back.counts["feedback"], back.counts["assignments"]) == (1, 1)
    assert into_b.counts["contacts"] == 12 and into_a.counts["contacts"] == 9
    assert into_b.conflicts == () and into_a.conflicts == ()
    # every contact of the week is on both PCs, once, exactly as recorded (the edit included)
    on_a, on_b = visits_by_uid(a), visits_by_uid(b)
    assert len(week) == 21 and week <= set(on_a) and week <= set(on_b)
    assert {uid: on_a[uid] for uid in week} == {uid: on_b[uid] for uid in week}
    assert a.execute("select count(*) from visits").fetchone()[0] == before + 21
    assert b.execute("select count(*) from visits").fetchone()[0] == before + 21
    edited = _uid(a, mine[0])
    assert b.execute("select summary, revision from visits where uid = ?", [edited]).fetchone() == ("客户改约下周面谈", 2)
    assert b.execute(
        "select count(*) from visit_revisions r join visits v on v.id = r.visit_id where v.uid = ?", [edited]
    ).fetchone()[0] == 1
    # the feedback with its steps, and the new manager, reached PC A
    assert a.execute(
        "select status, forwarded_to from feedback_items where uid = ?", [_uid(b, item.id, "feedback_items")]
    ).fetchone() == ("forwarded", "个人金融部")
    assert a.execute("select count(*) from feedback_events e join feedback_items f on f.id = e.item_id where f.uid = ?",
                     [_uid(b, item.id, "feedback_items")]).fetchone()[0] == 2  # fmt: skip
    assert a.execute(
        "select st.employee_no from customers c join staff st on st.id = c.manager_id where c.customer_no = ?", [moved]
    ).fetchone() == ("M002",)
    # what came in is not this PC's own work: the next export has nothing new
    with pytest.raises(ExchangeRefused) as nothing:
        export_package(b, LOCAL_USER, tmp_path / "again.lkx", PASSWORD)
    assert nothing.value.code == "nothing_new"


def _uid(db, row_id, table="visits"):
    return db.execute(f"select uid from {table} where id = ?", [row_id]).fetchone()[0]


def test_importing_the_same_package_twice_or_an_overlapping_one_changes_nothing(pcs, tmp_path):
    a, b = pcs
    week_of_contacts(a, customers(a, 8))
    export_package(a, LOCAL_USER, tmp_path / "week.lkx", PASSWORD)
    first = import_package(b, LOCAL_USER, tmp_path / "week.lkx", PASSWORD)
    after_first = snapshot(b)

    second = import_package(b, LOCAL_USER, tmp_path / "week.lkx", PASSWORD)
    after_second = snapshot(b)
    export_package(a, LOCAL_USER, tmp_path / "all.lkx", PASSWORD, everything=True)  # overlaps the first
    third = import_package(b, LOCAL_USER, tmp_path / "all.lkx", PASSWORD)
    after_third = snapshot(b)

    assert first.counts["contacts"] == 8
    assert not second.changed and second.unchanged == 8
    assert "导入过" in second.notes[0]
    assert after_second == after_first
    # --all also carries the demo history both PCs already had under their own uids: recognised as the
    # same records (only the other PC's uids are remembered), nothing added
    assert not third.changed and third.unchanged > 8
    aliases = set(after_third.pop("exchange_records")) - set(after_first.pop("exchange_records"))
    assert after_third == after_first
    assert aliases and all(uid != local_uid for uid, _kind, local_uid, *_ in aliases)


def test_the_same_warning_changed_on_both_pcs_keeps_the_later_change_and_lists_the_conflict(pcs, tmp_path):
    a, b = pcs
    number = a.execute(
        """select c.customer_no from warnings w join customers c on c.id = w.customer_id
           where w.status in ('new', 'assigned') order by c.customer_no limit 1"""
    ).fetchone()[0]
    set_warning_status(a, LOCAL_USER, number, "已联系", "电话联系上了客户")
    set_stamp(a, "warning_events", _last_status_uid(a), "2026-11-10T10:00:00")
    set_warning_status(b, LOCAL_USER, number, "误报", "客户资金是正常理财到期，核实为误报")
    set_stamp(b, "warning_events", _last_status_uid(b), "2026-11-10T11:00:00")
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    export_package(b, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)

    on_a = import_package(a, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)
    on_b = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)

    for db, report in ((a, on_a), (b, on_b)):
        status, reason = db.execute(
            "select w.status, w.closed_reason from warnings w join customers c on c.id = w.customer_id where c.customer_no = ?"
            " order by w.id desc limit 1",
            [number],
        ).fetchone()
        assert (status, reason) == ("false_alarm", "客户资金是正常理财到期，核实为误报")
        history = [r[0] for r in db.execute(
            """select e.to_status from warning_events e join warnings w on w.id = e.warning_id
               join customers c on c.id = w.customer_id where c.customer_no = ? and e.kind = 'status' order by e.at""",
            [number],
        )]  # fmt: skip
        assert history == ["contacted", "false_alarm"]  # the earlier change stays in the history
        (conflict,) = report.conflicts
        assert conflict.kind == "warning"
        assert "误报" in conflict.kept and "2026-11-10 11:00" in conflict.kept
        assert "已联系" in conflict.other and "2026-11-10 10:00" in conflict.other
        assert number not in conflict.record and number[-4:] in conflict.record  # the customer number masked
        assert db.execute("select kind, kept, other from exchange_conflicts").fetchall() == [
            ("warning", conflict.kept, conflict.other)
        ]
    again = import_package(a, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)
    assert again.conflicts == () and not again.changed


def _last_status_uid(db):
    return db.execute("select uid from warning_events where kind = 'status' order by id desc limit 1").fetchone()[0]


def test_a_contact_edited_on_both_pcs_keeps_the_later_edit_and_the_other_in_its_history(pcs, tmp_path):
    a, b = pcs
    (vid,) = week_of_contacts(a, customers(a, 1))
    export_package(a, LOCAL_USER, tmp_path / "first.lkx", PASSWORD)
    import_package(b, LOCAL_USER, tmp_path / "first.lkx", PASSWORD)
    uid = a.execute("select uid from visits where id = ?", [vid]).fetchone()[0]
    b_vid = b.execute("select id from visits where uid = ?", [uid]).fetchone()[0]
    edit_contact(a, LOCAL_USER, vid, {"summary": "A：客户说再考虑"}, now=datetime(2026, 11, 16, 10, 0))
    edit_contact(b, LOCAL_USER, b_vid, {"summary": "B：客户同意续存", "attitude": "稳定"}, now=datetime(2026, 11, 16, 15, 0))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    export_package(b, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)

    on_a = import_package(a, LOCAL_USER, tmp_path / "b.lkx", PASSWORD)
    on_b = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)

    for db, report in ((a, on_a), (b, on_b)):
        assert db.execute("select summary, attitude from visits where uid = ?", [uid]).fetchone() == ("B：客户同意续存", "stable")
        kept = [r[0] for r in db.execute(
            "select r.values_json from visit_revisions r join visits v on v.id = r.visit_id where v.uid = ? order by r.revision",
            [uid],
        )]  # fmt: skip
        assert len(kept) == 2 and "本周第 1 次联系" in kept[0] and "A：客户说再考虑" in kept[1]
        assert [c.kind for c in report.conflicts] == ["contact"]
    assert visits_by_uid(a)[uid] == visits_by_uid(b)[uid]


def test_wrong_password_and_tampered_files_are_refused_with_the_database_unchanged(pcs, tmp_path):
    a, b = pcs
    week_of_contacts(a, customers(a, 3))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    data = (tmp_path / "a.lkx").read_bytes()
    flipped_body = bytearray(data)
    flipped_body[-20] ^= 0x01
    (tmp_path / "body.lkx").write_bytes(bytes(flipped_body))
    (tmp_path / "header.lkx").write_bytes(data.replace(b'"created_at": "2', b'"created_at": "1', 1))  # still valid JSON
    (tmp_path / "short.lkx").write_bytes(data[:-100])
    (tmp_path / "other.lkx").write_bytes(b"PK\x03\x04 not a package")
    path = b.execute("pragma database_list").fetchone()[2]
    b.close()
    original = open(path, "rb").read()

    from core.db import open_db

    b = open_db(path)
    refusals = {}
    for name, password in (("a.lkx", "wrong-password"), ("body.lkx", PASSWORD), ("header.lkx", PASSWORD),
                           ("short.lkx", PASSWORD), ("other.lkx", PASSWORD)):  # fmt: skip
        with pytest.raises(ExchangeRefused) as refused:
            import_package(b, LOCAL_USER, tmp_path / name, password)
        refusals[name] = refused.value
    b.close()

    assert {k: v.code for k, v in refusals.items()} == {
        "a.lkx": "wrong_password", "body.lkx": "damaged", "header.lkx": "damaged", "short.lkx": "damaged",
        "other.lkx": "not_a_package",
    }  # fmt: skip
    assert all("未作任何修改" in v.message() for v in refusals.values())
    assert "密码不对" in refusals["a.lkx"].message()
    assert open(path, "rb").read() == original


def test_cancel_in_the_middle_of_an_import_leaves_nothing(pcs, tmp_path, monkeypatch):
    a, b = pcs
    week_of_contacts(a, customers(a, 10))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    before = snapshot(b)
    monkeypatch.setattr(importing_module, "BATCH", 3)
    token, seen = CancelToken(), []

    def cancel_after_first_batch(p: Progress) -> None:
        seen.append(p)
        if p.stage == "exchange_merge" and p.done > 0:
            token.cancel()

    with pytest.raises(Cancelled):
        import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD, progress=cancel_after_first_batch, cancel=token)

    assert [p.done for p in seen if p.stage == "exchange_merge"] == [0, 3]
    assert snapshot(b) == before
    assert b.execute("select count(*) from exchange_log where direction = 'import'").fetchone()[0] == 0
    assert b.execute("select importing from exchange_device").fetchone()[0] is None
    assert import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD).counts["contacts"] == 10  # and it can be redone


def test_a_package_from_this_same_pc_is_refused_politely(pcs, tmp_path):
    a, _b = pcs
    week_of_contacts(a, customers(a, 2))
    export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    before = snapshot(a)

    with pytest.raises(ExchangeRefused) as refused:
        import_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)

    assert refused.value.code == "own_package" and "本机自己导出" in refused.value.message()
    assert snapshot(a) == before


def test_export_and_import_are_audited_with_counts_package_id_and_file_hash(pcs, tmp_path):
    a, b = pcs
    week_of_contacts(a, customers(a, 4))
    sent = export_package(a, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    got = import_package(b, LOCAL_USER, tmp_path / "a.lkx", PASSWORD)
    sha = hashlib.sha256((tmp_path / "a.lkx").read_bytes()).hexdigest()

    out = list_audit(a, LOCAL_USER, AuditFilter(action="exchange_export"))[0]  # newest first
    (into,) = list_audit(b, LOCAL_USER, AuditFilter(action="exchange_import"))

    assert sent.file_sha256 == got.file_sha256 == sha
    assert out.details["package_id"] == into.details["package_id"] == sent.package_id
    assert out.details["file_sha256"] == into.details["file_sha256"] == sha
    assert out.details["counts"]["contacts"] == 4 and into.details["counts"]["contacts"] == 4
    assert b.execute("select direction, package_id, file_sha256 from exchange_log where direction = 'import'").fetchall() == [
        ("import", sent.package_id, sha)
    ]
    assert list((tmp_path / "b" / "backups").glob("*-before-exchange.db"))  # backed up before merging
