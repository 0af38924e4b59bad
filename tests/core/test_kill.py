"""Killing an import at any moment (SIGKILL: power cut, Task Manager) leaves a consistent database.

Each run of ``python main.py import`` is killed after a delay spread over 0..1.2x the time of
one full run, so kills land before, during and after the write. After each kill the database
must pass SQLite's integrity check, every live batch must own exactly the snapshots it
counted, and no snapshot may belong to a batch that is not live.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
import xlsxwriter

from tests.make_corpus import make_id

ROOT = Path(__file__).resolve().parents[2]
ROWS = 20_000
RUNS = 30
SEED = 20261031
PERIODS = ("2026-07", "2026-08", "2026-09")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
_GIVEN = ("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超")
_REGIONS = ("110105", "310104", "440106", "510107", "330106", "420106", "320102", "370102")


def write_workbook(path: Path, period: str) -> Path:
    """A branch-sized monthly list: title rows with the date and unit, then ROWS customers."""
    rng = random.Random(period)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("客户清单")
    ws.write_row(0, 0, ["XX支行个人客户金融资产月报"])
    ws.write_row(1, 0, [f"数据日期：{period}-28", "", "", "", "单位：元"])
    ws.write_row(2, 0, ["客户号", "姓名", "证件号码", "手机号码", "金融资产", "存款余额", "最近交易日期"])
    for i in range(ROWS):
        birth = dt.date(1950, 1, 1) + dt.timedelta(days=(i * 37) % 20000)
        id_number = make_id(_REGIONS[i % len(_REGIONS)], birth.strftime("%Y%m%d"), i % 997 + 1)
        name = _SURNAMES[i % len(_SURNAMES)] + _GIVEN[(i // len(_SURNAMES)) % len(_GIVEN)]
        aum = round(rng.uniform(1_000, 5_000_000), 2)
        row = 3 + i
        ws.write_string(row, 0, f"62{i:08d}")
        ws.write_string(row, 1, name)
        ws.write_string(row, 2, id_number)
        ws.write_string(row, 3, f"139{i:08d}")
        ws.write_number(row, 4, aum)
        ws.write_number(row, 5, round(aum * 0.6, 2))
        ws.write_string(row, 6, f"{period}-{1 + i % 28:02d}")
    wb.close()
    return path


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("kill")
    return [write_workbook(folder / f"客户清单{p}.xlsx", p) for p in PERIODS]


def start_import(db: Path, workbook: Path, args: list[str], out: Path) -> subprocess.Popen[bytes]:
    with out.open("wb") as sink:  # the child keeps its own handle
        return subprocess.Popen(
            [sys.executable, "main.py", "--db", str(db), "import", str(workbook), "--json", *args],
            cwd=ROOT,
            stdout=sink,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )


def kill_after(proc: subprocess.Popen[bytes], delay: float) -> int | None:
    """SIGKILL ``proc`` (and its process group) after ``delay`` s; its exit code if it finished first."""
    try:
        return proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:  # it ended between the timeout and the kill
            pass
        proc.wait()
        return None


def assert_consistent(db: Path) -> None:
    """Integrity ok; live batches own exactly their counted snapshots; no snapshot of a dead batch."""
    if not db.exists():
        return  # killed before the database was created
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"import_batches", "snapshots"} <= tables:
            return  # killed before the schema was created (migrations run in one transaction)
        live = conn.execute("SELECT id, imported FROM import_batches WHERE status = 'committed'").fetchall()
        for batch_id, imported in live:
            stored = conn.execute("SELECT count(*) FROM snapshots WHERE batch_id = ?", (batch_id,)).fetchone()[0]
            assert stored == imported, f"batch {batch_id}: {stored} snapshots, {imported} counted"
        orphans = conn.execute(
            "SELECT count(*) FROM snapshots s LEFT JOIN import_batches b ON b.id = s.batch_id "
            "WHERE b.status IS NOT 'committed'"
        ).fetchone()[0]
        assert orphans == 0, f"{orphans} snapshots belong to a batch that is not committed"
        doubled = conn.execute(
            "SELECT period FROM import_batches WHERE status = 'committed' GROUP BY period HAVING count(*) > 1"
        ).fetchall()
        assert not doubled, f"two live batches for {doubled}"


def test_killed_imports_leave_a_consistent_database(workbooks: list[Path], tmp_path: Path) -> None:
    db = tmp_path / "liuke.db"
    began = time.monotonic()
    first = start_import(db, workbooks[0], [], tmp_path / "first.out")
    assert first.wait(timeout=120) == 0, (tmp_path / "first.out").read_text(errors="replace")
    full_run = time.monotonic() - began
    assert_consistent(db)

    rng = random.Random(SEED)
    # one delay in each of RUNS equal slices of 0..1.2x a full run, shuffled: kills land early, mid and late
    delays = [1.2 * full_run * (k + rng.random()) / RUNS for k in range(RUNS)]
    rng.shuffle(delays)
    killed = 0
    for i, delay in enumerate(delays):
        workbook = workbooks[(i + 1) % len(workbooks)]
        args = ["--replace"] if i >= 2 and rng.random() < 0.75 else []
        out = tmp_path / f"run{i}.out"
        code = kill_after(start_import(db, workbook, args, out), delay)
        if code is None:
            killed += 1
        else:  # finished before the kill: imported, or refused because the month is already there
            assert code in (0, 2), out.read_text(errors="replace")
        assert_consistent(db)

    last = start_import(db, workbooks[1], ["--replace"], tmp_path / "last.out")
    assert last.wait(timeout=120) == 0, (tmp_path / "last.out").read_text(errors="replace")
    assert_consistent(db)
    assert killed >= RUNS // 2
