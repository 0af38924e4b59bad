"""The import as a user sees it: what lands in the database, what is refused, and that
nothing is ever half-written."""

from __future__ import annotations

import sqlite3

import pytest

from core.actors import LOCAL_USER
from core.importing.batches import undo_batch
from core.importing.codes import ImportRefused
from core.importing.planner import ImportOptions
from core.importing.service import import_file
from core.progress import Cancelled, CancelToken, Progress
from tests.conftest import make_id

HEADER = [
    "客户号",
    "客户姓名",
    "证件号码",
    "手机号码",
    "管户经理",
    "金融资产（元）",
    "存款余额（元）",
    "其中：定期存款（元）",
]


def rows(n: int, *, aum: float = 100_000.0, start: int = 0) -> list[list[object]]:
    return [
        [
            f"{6200000000 + i:010d}",
            f"客户{i}",
            make_id(i),
            f"1380000{i:04d}",
            "王静" if i % 2 else "李强",
            aum + i,
            aum / 2,
            aum / 4,
        ]
        for i in range(start, start + n)
    ]


def snapshot(db, customer_no: str, period: str) -> dict:
    row = db.execute(
        """select s.* from snapshots s join customers c on c.id = s.customer_id
           where c.customer_no = ? and s.period = ?""",
        [customer_no, period],
    ).fetchone()
    columns = [d[0] for d in db.execute("select * from snapshots limit 0").description]
    return dict(zip(columns, row, strict=True)) if row else {}


def test_title_rows_unit_and_period_are_read_from_the_title(db, make_xlsx):
    path = make_xlsx(
        HEADER[:2] + ["金融资产"],
        [["0000000001", "张三", 123.4567]],
        title=["示范支行个人客户资产明细表", "数据日期：2026-10-31    单位：万元", ""],
    )

    outcome = import_file(db, path, LOCAL_USER)

    assert outcome.plan.period == "2026-10"
    assert outcome.plan.period_source == "title"
    assert outcome.plan.layout.header_excel_row == 4
    assert snapshot(db, "0000000001", "2026-10")["aum_fen"] == 123_456_700  # 123.4567万元, exact to the fen


def test_customers_keep_their_internal_id_across_months_and_profiles_follow_the_newest(db, make_xlsx):
    october = make_xlsx(HEADER, rows(3), name="清单_2026-10.xlsx")
    november_rows = rows(3)
    november_rows[0][3] = "13999999999"
    november = make_xlsx(HEADER, november_rows, name="清单_2026-11.xlsx")

    import_file(db, october, LOCAL_USER)
    ids_before = dict(db.execute("select customer_no, id from customers").fetchall())
    import_file(db, november, LOCAL_USER)

    assert dict(db.execute("select customer_no, id from customers").fetchall()) == ids_before
    assert db.execute(
        "select mobile, first_period, last_period from customers where customer_no = '6200000000'"
    ).fetchone() == ("13999999999", "2026-10", "2026-11")
    assert db.execute("select count(*) from snapshots").fetchone()[0] == 6


def test_columns_a_file_lacks_or_leaves_blank_are_stored_as_null_for_new_and_known_customers(db, make_xlsx):
    # the writer leaves all-NULL columns out of its INSERTs; that stores NULL only because no column has a DEFAULT
    for table in ("customers", "snapshots"):
        assert [c[1] for c in db.execute(f"pragma table_info({table})") if c[4] is not None] == []
    import_file(db, make_xlsx(HEADER, rows(2), name="清单_2026-10.xlsx"), LOCAL_USER)
    november = [r[:2] + [None, None, r[4], r[5], None] for r in rows(4)]  # no 定期 column; ID, phone, 存款 blank
    import_file(db, make_xlsx(HEADER[:7], november, name="清单_2026-11.xlsx"), LOCAL_USER)

    customers = db.execute(
        "select customer_no, id_number is null, mobile is null, first_period from customers order by customer_no"
    ).fetchall()
    assert customers == [
        ("6200000000", 0, 0, "2026-10"),  # known: a blank cell never erases what is known
        ("6200000001", 0, 0, "2026-10"),
        ("6200000002", 1, 1, "2026-11"),  # new in November, without ID or phone
        ("6200000003", 1, 1, "2026-11"),
    ]
    for number in ("6200000001", "6200000003"):
        stored = snapshot(db, number, "2026-11")
        assert stored["aum_fen"] == (100_000 + int(number[-1])) * 100
        assert stored["deposit_fen"] is None and stored["time_deposit_fen"] is None
        assert stored["manager_id"] is not None and stored["source_row"] is not None


def test_an_older_month_imported_later_does_not_overwrite_newer_profile_data(db, make_xlsx):
    newer = rows(1)
    newer[0][3] = "13999999999"
    import_file(db, make_xlsx(HEADER, newer, name="清单_2026-11.xlsx"), LOCAL_USER)
    import_file(db, make_xlsx(HEADER, rows(1), name="清单_2026-09.xlsx"), LOCAL_USER)

    assert db.execute("select mobile, first_period, last_period from customers").fetchone() == (
        "13999999999",
        "2026-09",
        "2026-11",
    )


def test_same_file_and_same_period_are_refused_unless_replace(db, make_xlsx):
    path = make_xlsx(HEADER, rows(5), name="清单_2026-10.xlsx")
    import_file(db, path, LOCAL_USER)

    with pytest.raises(ImportRefused) as same:
        import_file(db, path, LOCAL_USER)
    other = make_xlsx(HEADER, rows(2, aum=5_000.0), name="另一份_2026-10.xlsx")
    with pytest.raises(ImportRefused) as period:
        import_file(db, other, LOCAL_USER)

    assert same.value.code == "same_file" and "--replace" in same.value.message()
    assert period.value.code == "period_exists"


def test_replace_swaps_the_period_atomically_and_forgets_customers_only_it_had(db, make_xlsx):
    import_file(db, make_xlsx(HEADER, rows(5), name="清单_2026-10.xlsx"), LOCAL_USER)
    outcome = import_file(
        db, make_xlsx(HEADER, rows(2, aum=5_000.0), name="更正_2026-10.xlsx"), LOCAL_USER, ImportOptions(replace=True)
    )

    assert db.execute("select count(*) from customers").fetchone()[0] == 2
    assert db.execute("select count(*), min(batch_id) from snapshots").fetchone() == (2, outcome.commit.batch_id)
    assert db.execute("select status from import_batches order by id").fetchall() == [("replaced",), ("committed",)]


def test_undo_removes_the_batch_and_the_customers_only_it_created(db, make_xlsx):
    import_file(db, make_xlsx(HEADER, rows(3), name="清单_2026-10.xlsx"), LOCAL_USER)
    second = import_file(db, make_xlsx(HEADER, rows(5), name="清单_2026-11.xlsx"), LOCAL_USER)

    result = undo_batch(db, second.commit.batch_id, LOCAL_USER)

    assert (result.snapshots_removed, result.customers_removed) == (5, 2)
    assert db.execute("select count(*) from customers where last_period = '2026-10'").fetchone()[0] == 3
    with pytest.raises(ImportRefused) as again:
        undo_batch(db, second.commit.batch_id, LOCAL_USER)
    assert again.value.code == "batch_not_active"


def test_dry_run_writes_nothing(db_path, make_xlsx):
    from core.db import open_db

    path = make_xlsx(HEADER, rows(5), name="清单_2026-10.xlsx")
    before = db_path.read_bytes()
    with open_db(db_path) as db:
        outcome = import_file(db, path, LOCAL_USER, ImportOptions(dry_run=True))
    assert outcome.commit is None and len(outcome.plan.records) == 5
    assert db_path.read_bytes() == before


def test_cancel_between_chunks_rolls_back_everything(db, make_xlsx):
    path = make_xlsx(HEADER, rows(25_000 // 1000), name="清单_2026-10.xlsx")
    token = CancelToken()
    seen: list[Progress] = []

    def cancel_when_saving(progress: Progress) -> None:
        seen.append(progress)
        if progress.stage == "save" and progress.done > 0:
            token.cancel()

    from core.importing.planner import plan_import
    from core.importing.writer import commit_plan

    plan = plan_import(db, path)
    with pytest.raises(Cancelled):
        commit_plan(db, plan, LOCAL_USER, progress=cancel_when_saving, cancel=token, chunk=5)

    assert db.execute("select count(*) from customers").fetchone()[0] == 0
    assert db.execute("select count(*) from import_batches").fetchone()[0] == 0
    assert [p.stage for p in seen][:2] == ["save", "save"]


def test_progress_goes_through_read_check_save_then_the_risk_recompute(db, make_xlsx):
    seen: list[Progress] = []
    import_file(db, make_xlsx(HEADER, rows(7), name="清单_2026-10.xlsx"), LOCAL_USER, progress=seen.append)

    stages = [p.stage for p in seen]
    assert stages.index("read") < stages.index("check") < stages.index("save")
    assert Progress(7, 7, "save") in seen
    assert stages.index("save") < len(stages) - 1  # the risk stages follow the write
    assert all(p.done <= p.total for p in seen)


def test_an_import_marks_risk_in_the_same_transaction(db, make_xlsx):
    outcome = import_file(db, make_xlsx(HEADER, rows(3), name="清单_2026-10.xlsx"), LOCAL_USER)

    assert outcome.risk is not None and outcome.risk.period == "2026-10"
    assert db.execute("select count(*) from customer_tiers where period = '2026-10'").fetchone()[0] == 3


def test_a_failing_risk_recompute_rolls_the_import_back(db, make_xlsx, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("risk failed")

    monkeypatch.setattr("core.importing.service.recompute", broken)
    with pytest.raises(RuntimeError):
        import_file(db, make_xlsx(HEADER, rows(3), name="清单_2026-10.xlsx"), LOCAL_USER)

    assert db.execute("select count(*) from customers").fetchone()[0] == 0
    assert db.execute("select count(*) from import_batches").fetchone()[0] == 0


def test_a_user_mapping_is_saved_and_next_months_file_maps_itself(db, make_xlsx):
    header = ["客户号", "姓名", "资产余额元"]
    october = make_xlsx(header, [["0000000001", "张三", 1000]], name="清单_2026-10.xlsx")
    with pytest.raises(ImportRefused) as refused:
        import_file(db, october, LOCAL_USER)
    assert refused.value.code == "missing_required_column"

    import_file(db, october, LOCAL_USER, ImportOptions(mappings=("资产余额元=aum:元",)))
    november = make_xlsx(header, [["0000000001", "张三", 2000]], name="清单_2026-11.xlsx")
    outcome = import_file(db, november, LOCAL_USER)

    assert "mapping_profile_used" in [i.code for i in outcome.plan.issues]
    assert snapshot(db, "0000000001", "2026-11")["aum_fen"] == 200_000


def test_managers_become_staff_records_and_customers_point_at_them(db, make_xlsx):
    import_file(db, make_xlsx(HEADER, rows(4), name="清单_2026-10.xlsx"), LOCAL_USER)

    staff = dict(db.execute("select name, id from staff").fetchall())
    assert set(staff) == {"王静", "李强"}
    assert db.execute("select count(*) from customers where manager_id = ?", [staff["王静"]]).fetchone()[0] == 2


def test_identifiers_stay_text_and_money_stays_integer_in_the_database(db_path, make_xlsx):
    from core.db import open_db

    with open_db(db_path) as db:
        import_file(db, make_xlsx(HEADER, rows(2), name="清单_2026-10.xlsx"), LOCAL_USER)
    conn = sqlite3.connect(db_path)
    assert conn.execute(
        "select typeof(customer_no), typeof(id_number), typeof(mobile) from customers limit 1"
    ).fetchone() == ("text", "text", "text")
    assert conn.execute("select typeof(aum_fen), typeof(deposit_fen) from snapshots limit 1").fetchone() == (
        "integer",
        "integer",
    )
    conn.close()


def test_every_import_takes_a_verified_backup_of_the_state_before_it(db_path, make_xlsx):
    from core.db import open_db

    with open_db(db_path) as db:
        import_file(db, make_xlsx(HEADER, rows(2), name="清单_2026-10.xlsx"), LOCAL_USER)
        import_file(db, make_xlsx(HEADER, rows(2, aum=7_000.0), name="清单_2026-11.xlsx"), LOCAL_USER)
    backups = sorted((db_path.parent / "backups").glob("*before-import*"))
    assert len(backups) == 2
    conn = sqlite3.connect(backups[-1])
    assert conn.execute("select count(*) from snapshots").fetchone()[0] == 2  # the state before November
    conn.close()


def test_file_name_gives_the_period_when_nothing_else_does(db, make_xlsx):
    outcome = import_file(db, make_xlsx(HEADER, rows(1), name="客户资产_202608.xlsx"), LOCAL_USER)
    assert (outcome.plan.period, outcome.plan.period_source) == ("2026-08", "file_name")


def test_period_option_wins_and_a_disagreeing_title_is_noted(db, make_xlsx):
    path = make_xlsx(HEADER, rows(1), title=["2026年9月客户清单"], name="list.xlsx")
    outcome = import_file(db, path, LOCAL_USER, ImportOptions(period="2026-10"))
    assert outcome.plan.period == "2026-10"
    assert [i.params.get("other") for i in outcome.plan.issues if i.code == "period_conflict"] == ["2026-09"]


def test_bad_period_option_is_refused_with_the_expected_format(db, make_xlsx):
    with pytest.raises(ImportRefused) as refused:
        import_file(db, make_xlsx(HEADER, rows(1)), LOCAL_USER, ImportOptions(period="10/2026"))
    assert refused.value.code == "period_invalid" and "YYYY-MM" in refused.value.message()
