"""Import benchmark: 100,000 rows x 14 columns.

Builds the workbook once (cached in bench/.cache), then in the same run times
(a) reading it with python-calamine alone and (b) ``main.py import`` of it into a fresh
database (a separate process, start-up included), and prints both, the ratio b/a and the
peak memory of (b). Targets on a 2-core machine: ratio <= 2.5, peak memory <= 600 MB.

    python bench/import_bench.py [--rows N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
HEADERS = [
    "客户号",
    "客户姓名",
    "证件号码",
    "手机号码",
    "管户经理",
    "所属网点",
    "金融资产（元）",
    "存款余额（元）",
    "定期存款（元）",
    "理财余额（元）",
    "最近到期日",
    "手机银行交易笔数",
    "是否代发工资",
    "最近交易日期",
]
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_number(rng: random.Random) -> str:
    birth = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(20000))
    body = f"44030{rng.randrange(1, 8)}{birth:%Y%m%d}{rng.randrange(1000):03d}"
    check = "10X98765432"[sum(int(c) * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11]
    return body + check


def build_workbook(rows: int) -> Path:
    """The cached benchmark workbook for ``rows`` rows (built once)."""
    from openpyxl import Workbook

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"客户资产_{rows}_2026-10.xlsx"
    if path.exists():
        return path
    rng = random.Random(7)
    managers = ["王静", "李强", "张敏", "刘洋", "陈杰", "杨帆"]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("客户明细")
    sheet.append(HEADERS)
    for i in range(rows):
        aum = round(rng.lognormvariate(10.5, 1.4), 2)
        deposit = round(aum * rng.uniform(0.3, 1.0), 2)
        sheet.append(
            [
                f"{6200000000 + i:010d}",
                rng.choice("王李张刘陈杨赵黄周吴") + rng.choice(["伟", "芳", "娜", "敏", "静", "丽强", "磊", "军洋"]),
                _id_number(rng),
                f"13{rng.randrange(10**9):09d}",
                rng.choice(managers),
                "示范支行",
                aum,
                deposit,
                round(deposit * rng.uniform(0, 0.8), 2),
                round(aum - deposit, 2),
                dt.date(2026, 11, 1) + dt.timedelta(days=rng.randrange(365)),
                rng.randrange(40),
                rng.choice(["是", "否"]),
                dt.date(2026, 10, 1) + dt.timedelta(days=rng.randrange(31)),
            ]
        )
    partial = path.with_suffix(".partial.xlsx")
    workbook.save(partial)
    partial.replace(path)
    return path


def time_calamine(path: Path) -> float:
    """Seconds to read every cell of the first sheet with python-calamine."""
    import python_calamine

    start = time.perf_counter()
    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    rows = workbook.get_sheet_by_index(0).to_python()
    elapsed = time.perf_counter() - start
    assert len(rows) > 1
    return elapsed


def time_import(path: Path) -> tuple[float, float, str]:
    """Seconds and peak MB of ``main.py import`` into a fresh database (its own process)."""
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(db), "import", str(path)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if done.returncode != 0:
            raise SystemExit(f"import failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
        summary = next((line for line in done.stdout.splitlines() if line.startswith("读取")), "")
        return elapsed, max(peak, before) / 1024, summary


def stage_breakdown(path: Path) -> list[tuple[str, float]]:
    """Seconds spent in each progress stage of an in-process import (read, check, save, risk …)."""
    sys.path.insert(0, str(ROOT))
    from core.actors import LOCAL_USER
    from core.db import open_db
    from core.importing.service import import_file

    marks: list[tuple[str, float]] = []

    def note(progress: object) -> None:
        stage = getattr(progress, "stage", "?")
        if not marks or marks[-1][0] != stage:
            marks.append((stage, time.perf_counter()))

    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "stages.db")
        start = time.perf_counter()
        import_file(db, path, LOCAL_USER, progress=note)
        end = time.perf_counter()
        db.close()
    spans = []
    points = [*marks, ("end", end)]
    spans.append(("sniff+open", points[0][1] - start))
    for (stage, at), (_, following) in zip(points, points[1:], strict=False):
        spans.append((stage, following - at))
    return spans


def main() -> None:
    """Build, measure, print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    path = build_workbook(args.rows)
    print(f"workbook: {path.name}, {path.stat().st_size / 1e6:.1f} MB, {args.rows:,} rows x {len(HEADERS)} columns")
    read = min(time_calamine(path) for _ in range(args.repeat))
    runs = [time_import(path) for _ in range(args.repeat)]
    best = min(runs, key=lambda r: r[0])
    peak = max(r[1] for r in runs)
    print(f"(a) python-calamine read:      {read:6.2f} s (best of {args.repeat})")
    print(f"(b) main.py import, fresh db:  {best[0]:6.2f} s (best of {args.repeat}; {best[2]})")
    print(f"ratio b/a:                     {best[0] / read:6.2f}   (target <= 2.5)")
    print(f"peak memory of (b):            {peak:6.0f} MB (target <= 600 MB)")
    print("where (b)'s time goes, in-process (the stages the progress callback reports):")
    for stage, seconds in stage_breakdown(path):
        print(f"  {stage:<12} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
