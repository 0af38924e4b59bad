"""The demo database a newcomer starts with, and next month's list left beside it to try an import."""

from __future__ import annotations

from core.actors import LOCAL_USER
from core.demo_db import load_demo
from core.importing.service import import_file


def test_the_demo_leaves_next_months_list_unimported_and_it_imports_with_new_warnings(db, tmp_path):
    demo = load_demo(db, LOCAL_USER, customers=200, months=3, next_month_into=tmp_path / "next")

    assert demo.periods == ("2026-08", "2026-09", "2026-10")
    assert demo.next_month_file is not None and demo.next_month_file.parent == tmp_path / "next"
    assert db.execute("select max(period) from import_batches").fetchone()[0] == "2026-10"

    outcome = import_file(db, demo.next_month_file, LOCAL_USER)

    assert outcome.plan.period == "2026-11" and outcome.plan.rejected == 0
    assert outcome.risk is not None and outcome.risk.high_value_flagged > 0
