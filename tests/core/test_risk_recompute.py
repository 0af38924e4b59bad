"""Recompute: SQL agrees with the pure rules, results are stored all or nothing, and stale months are redone."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from core.actors import LOCAL_USER
from core.progress import Cancelled, CancelToken, Progress
from core.risk import base, customer_risk, ensure_computed, list_risk, recompute
from core.risk.compute import RiskRefused
from core.risk.config import RiskConfig, RuleThresholds, load_config
from core.risk.history import period_end
from core.risk.scoring import assess
from core.risk.tiers import TierRules
from core.settings import set_setting
from tests.core.test_risk_support import customer_id, periods_ending, seed, wan

COLUMNS = ("time_deposit", "wealth", "transfer_out", "maturity_date", "ebank_txn_count", "payroll")


def random_branch(rng: random.Random, customers: int = 250, months: int = 9) -> dict[str, list]:
    """Customers whose AUM wanders across tier lines, with drops, pushes, silences, payroll changes, gaps,
    and months whose file lacks some columns."""
    periods = periods_ending("2026-10", months)
    lacking = [set(rng.sample(COLUMNS, rng.randint(0, 3))) for _ in periods]
    out = {}
    for n in range(customers):
        aum = rng.choice([wan(3), wan(30), wan(55), wan(190), wan(590), wan(900)])
        txn, payroll, line = rng.choice([0, 3, 8, 20]), rng.random() < 0.4, []
        for t, period in enumerate(periods):
            if rng.random() < 0.06:
                line.append(None)
                continue
            roll = rng.random()
            aum = int(
                aum
                * (
                    rng.uniform(0.05, 0.7)
                    if roll < 0.15
                    else rng.uniform(1.3, 2.2)
                    if roll < 0.25
                    else rng.uniform(0.95, 1.05)
                )
            )
            txn = 0 if rng.random() < 0.15 else max(0, int(txn * rng.uniform(0.3, 1.3)) + rng.randint(0, 2))
            payroll = payroll if rng.random() < 0.9 else not payroll
            month = {
                "aum": aum,
                "time_deposit": aum // 3,
                "wealth": aum // 5,
                "transfer_out": int(aum * rng.random() * 0.6),
                "maturity_date": (period_end(period) + timedelta(days=rng.randint(-3, 40))).isoformat(),
                "ebank_txn_count": txn,
                "payroll": int(payroll),
            }
            line.append({k: v for k, v in month.items() if k not in lacking[t]})
        out[f"C{n:04d}"] = line
    return out


CUSTOM = RiskConfig(
    tiers=TierRules(downgrade_months=2, private_downgrade_months=4),
    rules=RuleThresholds(
        aum_drop_pct=20, activity_pct=70, silent_months=3, push_lift_pct=30, withdrawal_fen=wan(20), maturity_days=10
    ),
)


@pytest.mark.parametrize("cfg", [RiskConfig(), CUSTOM], ids=["defaults", "custom"])
def test_sql_tiers_and_candidate_filter_agree_with_the_pure_rules(db, cfg):
    periods = seed(db, random_branch(random.Random(11)))
    fired_somewhere = set()
    for period in periods:
        lagged = base.lag_periods(periods, period, base.BaseShape.of(cfg).lags)
        base.build(db, lagged, cfg)
        names = base.column_names(db)
        candidates = {row[0] for row in base.candidates(db, lagged, cfg, set())}
        sql_tiers = dict(db.execute(f"select cid, held from {base.TABLE}").fetchall())
        for row in base.all_rows(db):
            found = assess(base.history_from_row(row, names, lagged, cfg), cfg)
            assert found.tier is not None and found.tier.held == sql_tiers[row[0]]
            if found.reasons:
                fired_somewhere.update(found.codes)
                assert row[0] in candidates, (period, row[0], found.codes)
        base.drop(db)
    assert fired_somewhere >= {
        "vanished",
        "aum_drop",
        "large_withdrawal",
        "maturity",
        "activity_drop",
        "payroll_stop",
        "tier_slip",
        "push_reversal",
    }


def test_stored_months_below_match_the_pure_tier_state(db):
    periods = seed(db, random_branch(random.Random(3), customers=120))
    cfg = RiskConfig()
    recompute(db, LOCAL_USER, periods[-1])
    stored = {
        cid: (tier, below)
        for cid, tier, below in db.execute(
            "select customer_id, tier, months_below from customer_tiers where period = ?", [periods[-1]]
        )
    }
    lagged = base.lag_periods(periods, periods[-1], base.BaseShape.of(cfg).lags)
    base.build(db, lagged, cfg)
    names = base.column_names(db)
    for row in base.all_rows(db):
        state = assess(base.history_from_row(row, names, lagged, cfg), cfg).tier
        if row[names.index("a0")] is not None:
            assert stored[row[0]] == (state.held, state.months_below)  # type: ignore[union-attr]
    base.drop(db)


BRANCH = {
    "DROP": [{"aum": wan(300)}, {"aum": wan(300)}, {"aum": wan(120)}],  # 钻石, −60 %
    "GONE": [{"aum": wan(80)}, {"aum": wan(80)}, None],  # 白金, vanished
    "SMALL": [{"aum": wan(4), "payroll": 1}, {"aum": wan(4), "payroll": 1}, {"aum": wan(4), "payroll": 0}],  # 大众
    "CALM": [{"aum": wan(900)}, {"aum": wan(900)}, {"aum": wan(905)}],
}


def test_the_work_list_holds_high_value_customers_by_aum_at_stake(db):
    seed(db, BRANCH)
    result = recompute(db, LOCAL_USER)
    assert (result.period, result.customers, result.flagged, result.high_value_flagged) == ("2026-10", 4, 3, 2)
    rows = list_risk(db, LOCAL_USER, "2026-10")
    assert [(r.customer_no, r.tier, r.aum_fen, r.aum_at_stake_fen, r.level, r.status) for r in rows] == [
        ("DROP", "钻石", wan(120), wan(300), "高", "新预警"),
        ("GONE", "白金", None, wan(80), "高", "新预警"),
    ]
    assert [r.code for r in rows[0].reasons] == ["aum_drop", "large_withdrawal", "tier_slip"]
    everyone = list_risk(db, LOCAL_USER, "2026-10", all_tiers=True)
    assert [r.customer_no for r in everyone] == ["DROP", "GONE", "SMALL"]
    assert everyone[2].status is None  # low-value customers get no warning
    risk = customer_risk(db, LOCAL_USER, "2026-10")
    assert risk[customer_id(db, "CALM")] == ("私行", None)
    assert risk[customer_id(db, "GONE")] == ("白金", "高")


def test_recompute_twice_gives_the_same_results(db):
    seed(db, BRANCH)
    recompute(db, LOCAL_USER)
    first = (
        list_risk(db, LOCAL_USER, "2026-10", all_tiers=True),
        db.execute("select id, status, first_period, last_period from warnings order by id").fetchall(),
    )
    again = recompute(db, LOCAL_USER)
    assert again.warnings is not None and again.warnings.created == 0
    assert (
        list_risk(db, LOCAL_USER, "2026-10", all_tiers=True),
        db.execute("select id, status, first_period, last_period from warnings order by id").fetchall(),
    ) == first


def _counts(db) -> tuple[int, ...]:  # noqa: ANN001
    return tuple(
        db.execute(f"select count(*) from {t}").fetchone()[0]
        for t in ("customer_tiers", "risk_scores", "risk_reasons", "warnings", "risk_runs")
    )


def test_cancel_between_batches_leaves_the_database_as_it_was(db):
    seed(db, BRANCH)
    token = CancelToken()
    seen: list[Progress] = []

    def progress(p: Progress) -> None:
        seen.append(p)
        if p.stage == "risk_rules":
            token.cancel()

    with pytest.raises(Cancelled):
        recompute(db, LOCAL_USER, progress=progress, cancel=token)
    assert _counts(db) == (0, 0, 0, 0, 0)
    assert db.execute("select name from sqlite_temp_master where name = 'risk_base'").fetchone() is None


def test_progress_is_reported_per_stage(db):
    seed(db, BRANCH)
    seen: list[Progress] = []
    recompute(db, LOCAL_USER, progress=seen.append)
    stages = [p.stage for p in seen]
    assert {"risk_tiers", "risk_rules", "risk_warnings"} <= set(stages)
    assert all(0 <= p.done <= p.total for p in seen)


def test_recompute_inside_an_outer_transaction_commits_or_rolls_back_with_it(db):
    seed(db, BRANCH)
    with pytest.raises(RuntimeError), db.atomic():
        recompute(db, LOCAL_USER)
        assert _counts(db)[1] == 3
        raise RuntimeError("the import failed after all")
    assert _counts(db) == (0, 0, 0, 0, 0)
    with db.atomic():
        recompute(db, LOCAL_USER)
    assert _counts(db)[1] == 3


def test_results_of_an_undone_month_are_forgotten(db):
    periods = seed(db, BRANCH)
    recompute(db, LOCAL_USER)
    db.execute("delete from snapshots where period = ?", [periods[-1]])
    db.execute("update import_batches set status = 'undone' where period = ?", [periods[-1]])
    result = recompute(db, LOCAL_USER)
    assert result.period == periods[-2]
    assert db.execute("select count(*) from risk_scores where period = ?", [periods[-1]]).fetchone()[0] == 0
    assert db.execute("select count(*) from customer_tiers where period = ?", [periods[-1]]).fetchone()[0] == 0
    assert db.execute("select count(*) from warnings").fetchone()[0] == 0  # raised for that month, never touched


def test_after_the_only_month_is_undone_recompute_just_forgets(db):
    periods = seed(db, {"A": [{"aum": wan(80)}]})
    recompute(db, LOCAL_USER)
    db.execute("update import_batches set status = 'undone'")
    db.execute("delete from snapshots")
    assert recompute(db, LOCAL_USER).period is None
    assert _counts(db) == (0, 0, 0, 0, 0)
    with pytest.raises(RiskRefused) as none_yet:
        recompute(db, LOCAL_USER, periods[0])
    assert "还没有导入" in none_yet.value.message()


def test_an_unknown_month_is_refused_in_chinese(db):
    seed(db, BRANCH)
    with pytest.raises(RiskRefused) as refused:
        recompute(db, LOCAL_USER, "2020-01")
    assert "2026-10" in refused.value.message() and "2020-01" in refused.value.message()


def test_ensure_computed_recomputes_only_after_a_change(db):
    seed(db, BRANCH)
    assert ensure_computed(db, LOCAL_USER) is not None
    assert ensure_computed(db, LOCAL_USER) is None
    set_setting(db, LOCAL_USER, "rule.aum_drop.pct", "70")  # DROP fell 60 %: no longer an aum_drop
    assert ensure_computed(db, LOCAL_USER) is not None
    rows = list_risk(db, LOCAL_USER, "2026-10")
    assert "aum_drop" not in [r.code for r in rows[0].reasons]
    assert load_config(db).rules.aum_drop_pct == 70


def test_negative_feedback_fires_once_contact_records_exist(db):
    seed(db, BRANCH)
    recompute(db, LOCAL_USER)
    assert "negative_feedback" not in {
        c for r in list_risk(db, LOCAL_USER, "2026-10") for c in [x.code for x in r.reasons]
    }
    # the shape issue 4's contact records are expected to take (see core/risk/feedback.py)
    db.execute(
        "create table contacts (customer_id integer, contacted_at text, outcome text, resolved integer, note text)"
    )
    calm = customer_id(db, "CALM")
    db.execute("insert into contacts values (?, '2026-10-08', 'satisfied', 0, '')", [calm])
    db.execute("insert into contacts values (?, '2026-10-20', 'complaint', 0, '理财亏损')", [calm])
    db.execute("insert into contacts values (?, '2026-11-03', 'satisfied', 0, '')", [calm])  # after the month end
    recompute(db, LOCAL_USER)
    (row,) = [r for r in list_risk(db, LOCAL_USER, "2026-10") if r.customer_no == "CALM"]
    assert [(x.code, x.message) for x in row.reasons] == [
        ("negative_feedback", "最近一次联系（2026-10-20）：客户投诉，尚未解决")
    ]
    assert row.level == "高"
