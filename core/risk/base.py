"""One month's customers and their recent figures, gathered in SQL into a temporary table.

This is the heavy lifting of a recompute. For the judged month P, ``risk_base`` holds one row
per customer in P's file or in the month before (those missing from P have vanished), with
their AUM, e-banking counts and payroll flag over the last few loaded months (primary-key
probes into ``snapshots``, no scan of the whole history), the tier each month's AUM gives,
and the tier they hold. ``candidates`` then picks, in SQL, the few customers on whom some
rule could fire: a deliberately loose superset of every rule's condition, so the exact
(pure Python) rules run on a few per cent of the branch only.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlite_utils import Database

from core.risk.config import RiskConfig
from core.risk.history import History, Month, period_end
from core.risk.tiers import PRIVATE, raw_tier_sql

TABLE = "temp.risk_base"
PUSH_LAGS = 5  # a push compares last month with the three before it


@dataclass(frozen=True)
class BaseShape:
    """How many months of figures are gathered, given the settings."""

    lags: int  # months gathered, the judged one included

    @classmethod
    def of(cls, cfg: RiskConfig) -> BaseShape:
        """The months the rules and tiers of ``cfg`` need: tier windows, a push, silent months and what came before."""
        return cls(max(cfg.tiers.window, PUSH_LAGS, cfg.rules.silent_months + 3))


def committed_periods(db: Database) -> list[str]:
    """Every month with committed data, oldest first."""
    return [
        r[0]
        for r in db.execute("select distinct period from import_batches where status = 'committed' order by period")
    ]


def lag_periods(periods: Sequence[str], period: str, lags: int) -> list[str]:
    """``period`` and the loaded months before it, newest first, at most ``lags`` of them."""
    earlier = [p for p in periods if p <= period]
    return list(reversed(earlier[-lags:]))


def build(db: Database, lagged: Sequence[str], cfg: RiskConfig) -> int:
    """(Re)create ``risk_base`` for the month ``lagged[0]``; returns how many customers it holds."""
    shape = BaseShape.of(cfg)
    tiers = cfg.tiers
    joins, cols, args = [], [], {"p0": lagged[0], "p1": lagged[1] if len(lagged) > 1 else ""}
    for k in range(shape.lags):
        if k < len(lagged):
            joins.append(f"LEFT JOIN snapshots s{k} ON s{k}.period = :p{k} AND s{k}.customer_id = d.cid")
            args[f"p{k}"] = lagged[k]
        present = k < len(lagged)

        def col(name: str, k: int = k, present: bool = present) -> str:
            return f"s{k}.{name}" if present else "NULL"

        cols += [
            f"{col('aum_fen')} AS a{k}",
            f"{raw_tier_sql(col('aum_fen'), tiers) if present else 'NULL'} AS r{k}",
            f"{col('ebank_txn_count')} AS x{k}",
        ]
        if k < 2:
            cols.append(f"{col('payroll')} AS pay{k}")
    cols += [
        "s0.time_deposit_fen AS td0",
        "s0.wealth_fen AS w0",
        "s0.maturity_date AS m0",
        "s0.transfer_out_fen AS tr0",
        "s0.fund_fen AS f0",
        "s0.insurance_fen AS i0",
        "s0.last_txn_date AS lt0",
        "s0.products AS pr0",
    ]
    held = _max([f"coalesce(r{k}, -1)" for k in range(tiers.downgrade_months)])
    private = ", ".join(f"r{k}" for k in range(tiers.private_downgrade_months))
    db.execute(f"DROP TABLE IF EXISTS {TABLE}")
    db.execute(
        f"""CREATE TEMP TABLE risk_base AS
            SELECT *, CASE WHEN {PRIVATE} IN ({private}) THEN {PRIVATE} ELSE max(0, {held}) END AS held FROM (
              SELECT d.cid AS cid, {", ".join(cols)}
              FROM (SELECT customer_id AS cid FROM snapshots {BY_KEY} WHERE period = :p0
                    UNION ALL
                    SELECT customer_id FROM snapshots x {BY_KEY} WHERE x.period = :p1 AND NOT EXISTS
                      (SELECT 1 FROM snapshots y WHERE y.period = :p0 AND y.customer_id = x.customer_id)) d
              {" ".join(joins)})""",
        args,
    )
    return int(db.execute(f"SELECT count(*) FROM {TABLE}").fetchone()[0])


# Walk a month's customers in customer_id order (the primary key), not in AUM order (the snapshots_period_aum
# index the planner would otherwise pick): the joins on (period, customer_id) then read each month's pages in
# sequence — 0.35 s instead of 1.0 s for 100,000 customers. The name is SQLite's fixed one for the key.
BY_KEY = "INDEXED BY sqlite_autoindex_snapshots_1"


def _max(terms: list[str]) -> str:
    """SQLite's scalar max needs two arguments; max() of one is the aggregate."""
    return terms[0] if len(terms) == 1 else f"max({', '.join(terms)})"


def write_tiers(db: Database, period: str, cfg: RiskConfig) -> int:
    """Store the tier of every customer in ``period``'s file; returns how many rows were written."""
    below = "0"  # consecutive months below the held tier, counted from the judged month back
    for k in reversed(range(cfg.tiers.window)):
        below = f"(CASE WHEN r{k} IS NOT NULL AND r{k} < held THEN 1 + {below} ELSE 0 END)"
    db.execute("DELETE FROM customer_tiers WHERE period = ?", [period])
    cursor = db.execute(
        f"""INSERT INTO customer_tiers (period, customer_id, tier, aum_tier, months_below)
            SELECT ?, cid, held, r0, {below} FROM {TABLE} WHERE a0 IS NOT NULL ORDER BY cid""",
        [period],
    )
    return cursor.rowcount


def candidates(db: Database, lagged: Sequence[str], cfg: RiskConfig, extra: set[int]) -> list[tuple[Any, ...]]:
    """Rows of ``risk_base`` on whom some rule could fire (a superset: the rules decide), plus ``extra`` ids."""
    t, end = cfg.rules, period_end(lagged[0])
    maxref = _max([f"coalesce(a{k}, 0)" for k in range(1, PUSH_LAGS)])
    n_txn = " + ".join(f"(x{k} IS NOT NULL)" for k in range(1, 4))
    sum_txn = " + ".join(f"coalesce(x{k}, 0)" for k in range(1, 4))
    silent_before = _max([f"coalesce(x{k}, 0)" for k in range(t.silent_months, t.silent_months + 3)])
    outflow = "coalesce(tr0, a1 - a0)"
    conditions = [
        "a0 IS NULL",  # vanished (in the month before by construction)
        "r0 < held",  # tier_slip
        "pay1 = 1 AND pay0 = 0",  # payroll_stop
        "m0 > :end AND m0 <= :due AND coalesce(td0, 0) + coalesce(w0, 0) >= :mat_min",  # maturity
        f"a0 * 100 <= {maxref} * (100 - :drop_pct) AND {maxref} - a0 >= :drop_min",  # aum_drop (and after a push)
        f"a1 IS NOT NULL AND ({outflow} >= :w_amount OR ({outflow} * 100 >= :w_pct * a1 AND {outflow} >= :w_min))",
        f"x0 * 100 * ({n_txn}) <= :act_pct * ({sum_txn}) AND {sum_txn} >= :act_avg * ({n_txn}) AND {n_txn} > 0",
        f"x0 = 0 AND {silent_before} > 0",  # activity_drop, silent months
    ]
    if len(lagged) > 2 and int(lagged[1][5:7]) % 3 == 0:  # push_reversal: only the month after a quarter end
        lows = ", ".join(f"coalesce(a{k}, a1)" for k in range(2, PUSH_LAGS))
        conditions.append(f"a1 * 100 >= (100 + :lift) * min({lows}) AND a1 - a0 >= :push_min")
    args = {
        "end": end.isoformat(),
        "due": (end + timedelta(days=t.maturity_days)).isoformat(),
        "mat_min": t.maturity_min_fen,
        "drop_pct": t.aum_drop_pct,
        "drop_min": t.aum_drop_min_fen,
        "w_amount": t.withdrawal_fen,
        "w_pct": t.withdrawal_pct,
        "w_min": t.withdrawal_min_fen,
        "act_pct": t.activity_pct,
        "act_avg": t.activity_min_avg,
        "lift": t.push_lift_pct,
        "push_min": t.push_min_outflow_fen,
    }
    where = " OR ".join(f"({c})" for c in conditions)
    rows = db.execute(f"SELECT * FROM {TABLE} WHERE {where} ORDER BY cid", args).fetchall()
    if extra:
        found = {r[0] for r in rows}
        more = sorted(extra - found)
        for start in range(0, len(more), 500):
            part = more[start : start + 500]
            rows += db.execute(f"SELECT * FROM {TABLE} WHERE cid IN ({', '.join('?' * len(part))})", part).fetchall()
    return rows


def all_rows(db: Database) -> Iterator[tuple[Any, ...]]:
    """Every row of ``risk_base`` (for checks that the candidate filter misses nothing)."""
    yield from db.execute(f"SELECT * FROM {TABLE} ORDER BY cid")


def population(db: Database) -> list[tuple[Any, ...]]:
    """Every row of ``risk_base`` (columns as ``column_names``), by customer id."""
    return db.execute(f"SELECT * FROM {TABLE} ORDER BY cid").fetchall()


def drop(db: Database) -> None:
    """Remove the temporary table."""
    db.execute(f"DROP TABLE IF EXISTS {TABLE}")


def column_names(db: Database) -> list[str]:
    """The columns of ``risk_base``, in order."""
    return [d[1] for d in db.execute("PRAGMA temp.table_info(risk_base)")]


def history_from_row(
    row: Sequence[Any], names: Sequence[str], lagged: Sequence[str], cfg: RiskConfig, feedback: Any = None
) -> History:
    """A History for one ``risk_base`` row. Older months carry only the fields the rules read there."""
    v = dict(zip(names, row, strict=True))
    shape = BaseShape.of(cfg)
    months: list[Month | None] = []
    for k in range(min(len(lagged), shape.lags)):
        aum = v[f"a{k}"]
        if aum is None:
            months.append(None)
            continue
        if k == 0:
            months.append(Month(aum, v["td0"], v["w0"], v["tr0"], v["m0"], v["x0"], v["pay0"]))
        else:
            months.append(Month(aum, ebank_txn_count=v[f"x{k}"], payroll=v.get(f"pay{k}")))
    n = len(months)
    return History(lagged[0], tuple(lagged[:n]), tuple(months), feedback)
