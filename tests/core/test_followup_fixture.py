"""The schema-0003 fixture: a tiny branch at the schema that added follow-up, with contacts and feedback in it.

test_migrations.py checks that every fixture upgrades to the fresh schema; this checks that the
follow-up data of a 0003 file is still readable after the upgrade. Rebuild the file (only if it is
lost: released fixtures are never regenerated) with ``python -m tests.core.test_followup_fixture``.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import openpyxl

from core.actors import LOCAL_USER
from core.db import connect, open_db
from core.migrations import migrations, registered_names
from tests.conftest import make_id

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0003.db"
SCHEMA = "0003_create_followup_tables"
NOW = datetime(2026, 11, 20, 17, 0)


def test_the_0003_fixture_keeps_its_follow_up_data_after_the_upgrade(tmp_path):
    from core.followup.assignment import manager_history
    from core.followup.cadence import due_list
    from core.followup.contact_queries import contact_revisions, list_contacts
    from core.followup.feedback import list_feedback
    from core.risk.warning_queries import warnings_of

    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    db = open_db(copy)
    (second, first) = list_contacts(db, LOCAL_USER, customer_no="0000000001")
    assert (first.staff_name, first.channel, first.attitude, first.reasons, first.revision) == (
        "王静",
        "电话",
        "有意转出",
        ("他行利率更高",),
        2,
    )
    assert contact_revisions(db, LOCAL_USER, first.id)[0].values["attitude"] == "犹豫"
    assert (second.attitude, second.competitor) == ("稳定", None)
    assert warnings_of(db, LOCAL_USER, "0000000001")[0].status == "已挽留"
    (item,) = list_feedback(db, LOCAL_USER)
    assert (item.category, item.status, item.forwarded_to, item.visit_id) == (
        "利率/价格",
        "已转交",
        "个人金融部",
        first.id,
    )
    assert [s.manager for s in manager_history(db, LOCAL_USER, "0000000002")] == ["王静", "李强"]
    due = due_list(db, LOCAL_USER, "L02", today=date(2026, 11, 30))
    assert [i.customer_no for i in due.out_of_cadence] == ["0000000002"]
    db.close()


def _month(folder: Path, period: str, aums: list[int]) -> Path:
    """A tiny monthly list as a branch exports it (AUM in 元)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户号", "姓名", "证件号码", "管户经理", "管户经理工号", "金融资产（元）"])
    for i, aum in enumerate(aums):
        sheet.append([f"{i:010d}", f"客户{i}", make_id(i), "王静", "W01", aum])
    path = folder / f"清单_{period}.xlsx"
    book.save(path)
    return path


def build_fixture(target: Path = FIXTURE) -> None:
    """Write the fixture: two months imported at schema 0003, a warning worked through contacts, feedback, an assignment."""
    from core.followup.assignment import assign_customer
    from core.followup.contacts import ContactInput, add_contact, edit_contact
    from core.followup.feedback import add_feedback, set_feedback_status
    from core.followup.staff import add_staff
    from core.importing.planner import ImportOptions
    from core.importing.service import import_file

    names = registered_names()
    later = names[names.index(SCHEMA) + 1 :]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db = connect(folder / "fixture.db", wal=False)
        migrations.apply(db, stop_before=later[0]) if later else migrations.apply(db)
        for period, aums in (("2026-09", [3_000, 900_000, 1_000_000]), ("2026-10", [3_000, 400_000, 1_000_000])):
            import_file(db, _month(folder, period, aums), LOCAL_USER, ImportOptions(period=period))
        db.execute("update warnings set created_at = '2026-11-04T09:30:00'")
        add_staff(db, LOCAL_USER, "李强", "L02", now=NOW)
        first = add_contact(db, LOCAL_USER, ContactInput("0000000001", "W01", "电话", "挽留", "犹豫", ("他行利率更高",),
                            visited_at="2026-11-05 10:00", next_on="2026-11-12"), now=NOW).record  # fmt: skip
        edit_contact(db, LOCAL_USER, first.id, {"attitude": "有意转出"}, now=NOW)
        add_contact(
            db,
            LOCAL_USER,
            ContactInput("0000000001", "W01", "面谈", "挽留", "稳定", visited_at="2026-11-12 15:00"),
            now=NOW,
        )
        item = add_feedback(db, LOCAL_USER, "0000000001", "利率/价格", "希望利率与他行持平", "W01", visit_id=first.id,
                            raised_on="2026-11-05", now=NOW).item  # fmt: skip
        set_feedback_status(db, LOCAL_USER, item.id, "已转交", to="个人金融部", on="2026-11-06", now=NOW)
        assign_customer(db, LOCAL_USER, "0000000002", "L02", now=NOW)
        db.execute("VACUUM")
        db.close()
        shutil.copy(folder / "fixture.db", target)


if __name__ == "__main__":
    build_fixture()
    print(f"wrote {FIXTURE}")
