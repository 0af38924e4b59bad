"""The dashboard's read queries agree with the tables they summarise."""

from __future__ import annotations

import pytest

from core.actors import LOCAL_USER
from core.db import open_db
from core.demo_db import load_demo
from core.ui_queries import (
    customer_tier_history,
    feedback_waiting,
    month_kpis,
    open_warning_count,
    recent_periods,
    trend,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):  # noqa: ANN001, ANN201
    db = open_db(tmp_path_factory.mktemp("uiq") / "demo.db")
    load_demo(db, LOCAL_USER, customers=200, months=3)
    yield db
    db.close()


def test_month_kpis_add_up(demo) -> None:  # noqa: ANN001
    period = recent_periods(demo)[-1]
    k = month_kpis(demo, LOCAL_USER, period)
    assert k.customers == demo.execute("select count(*) from snapshots where period = ?", [period]).fetchone()[0]
    assert sum(k.by_tier) == k.customers
    assert k.total_aum_fen == demo.execute("select sum(aum_fen) from snapshots where period = ?", [period]).fetchone()[0]
    assert 0 < k.high_value_aum_fen <= k.total_aum_fen
    assert k.high_value_customers == sum(k.by_tier[2:])  # default: 白金 and above


def test_empty_month_is_zero(demo) -> None:  # noqa: ANN001
    k = month_kpis(demo, LOCAL_USER, "1999-01")
    assert (k.customers, k.total_aum_fen, k.warnings, k.aum_at_stake_fen) == (0, 0, 0, 0)


def test_trend_covers_loaded_months(demo) -> None:  # noqa: ANN001
    points = trend(demo, LOCAL_USER)
    assert [p.period for p in points] == recent_periods(demo)
    assert len(points) == 3
    assert all(p.total_aum_fen > 0 for p in points)


def test_counts_and_tier_history(demo) -> None:  # noqa: ANN001
    assert open_warning_count(demo, LOCAL_USER) == demo.execute(
        "select count(*) from warnings where status in ('new','assigned','contacted')").fetchone()[0]
    assert feedback_waiting(demo, LOCAL_USER) >= 0
    history = customer_tier_history(demo, LOCAL_USER, 1)
    assert [h[0] for h in history] == sorted(h[0] for h in history)
