"""The schema-0002 fixture: a tiny branch at the schema that added the risk tables, with risk data in it.

test_migrations.py checks that every fixture upgrades to the fresh schema; this checks that the
risk data of a 0002 file is still readable after the upgrade. Rebuild the file (only if it is
lost: released fixtures are never regenerated) with ``python -m tests.core.test_risk_fixture``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import openpyxl

from core.actors import LOCAL_USER
from core.db import connect, open_db
from core.migrations import migrations, registered_names
from tests.conftest import make_id

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "db" / "schema-0002.db"
SCHEMA = "0002_create_risk_tables"


def test_the_0002_fixture_keeps_its_risk_data_after_the_upgrade(tmp_path):
    from core.risk import list_risk
    from core.risk.warning_queries import warnings_of

    copy = tmp_path / FIXTURE.name
    shutil.copy(FIXTURE, copy)
    db = open_db(copy)
    rows = list_risk(db, LOCAL_USER, "2026-10")
    assert [(r.customer_no, r.tier, [x.code for x in r.reasons]) for r in rows] == [
        ("0000000001", "白金", ["aum_drop", "large_withdrawal", "tier_slip"])
    ]
    assert warnings_of(db, LOCAL_USER, "0000000001")[0].status == "已联系"
    assert db.execute("select value from settings where key = 'weight.maturity'").fetchone() == ("35",)
    db.close()


def _month(folder: Path, period: str, aums: list[int]) -> Path:
    """A tiny monthly list as a branch exports it (AUM in 元)."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["客户号", "姓名", "证件号码", "管户经理", "金融资产（元）"])
    for i, aum in enumerate(aums):
        sheet.append([f"{i:010d}", f"客户{i}", make_id(i), "王静", aum])
    path = folder / f"清单_{period}.xlsx"
    book.save(path)
    return path


def build_fixture(target: Path = FIXTURE) -> None:
    """Write the fixture: two months imported at schema 0002, recomputed, a setting changed, a warning worked on."""
    from core.importing.planner import ImportOptions
    from core.importing.service import import_file
    from core.risk import recompute, set_warning_status
    from core.settings import set_setting

    names = registered_names()
    later = names[names.index(SCHEMA) + 1 :]
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db = connect(folder / "fixture.db", wal=False)
        migrations.apply(db, stop_before=later[0]) if later else migrations.apply(db)
        for period, aums in (("2026-09", [900_000, 1_000_000, 3_000]), ("2026-10", [900_000, 400_000, 3_000])):
            import_file(db, _month(folder, period, aums), LOCAL_USER, ImportOptions(period=period))
        set_setting(db, LOCAL_USER, "weight.maturity", "35")
        recompute(db, LOCAL_USER)
        set_warning_status(db, LOCAL_USER, "0000000001", "已联系", "电话联系，客户在外地")
        db.execute("VACUUM")
        db.close()
        shutil.copy(folder / "fixture.db", target)


if __name__ == "__main__":
    build_fixture()
    print(f"wrote {FIXTURE}")
