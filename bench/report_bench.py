"""Benchmark: the monthly report and a whole-customer-list export for a 100,000-customer branch.

    python bench/report_bench.py [--customers 100000] [--months 24] [--rebuild] [--openpyxl]

Reuses the risk benchmark's cached branch (bench/.cache/risk-{customers}x{months}.db, built with
executemany if missing), gives every customer an ID number and a mobile (so masking costs what it
costs in real life), computes the last three months, then times:

* the monthly report of the latest month (write_monthly_report),
* the customer-list export to xlsx (export_list, streamed) and to csv,
* the same cells written straight with XlsxWriter in constant-memory mode (the floor),

and prints the ratio export ÷ XlsxWriter. Target ≤ 1.4. ``--openpyxl`` also times openpyxl's
write-only mode on the same cells with the same formats, the alternative that was rejected.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import xlsxwriter  # noqa: E402

from bench.risk_bench import CACHE, build  # noqa: E402
from core.actors import LOCAL_USER  # noqa: E402
from core.db import open_db  # noqa: E402
from core.reports.cells import MONEY, NUMBER_FORMATS, header_text, wan  # noqa: E402
from core.reports.exports import BATCH, ExportRequest, customers_source, export_list  # noqa: E402
from core.reports.monthly import write_monthly_report  # noqa: E402
from core.risk.compute import ensure_computed  # noqa: E402

TARGET_RATIO = 1.4


def prepare(customers: int, months: int, rebuild: bool) -> Path:
    """A private working copy of the cached branch, with identifiers, and its last three months computed."""
    cached = CACHE / f"risk-{customers}x{months}.db"
    if rebuild or not cached.exists():
        print(f"building {cached.name} (once; cached) …", flush=True)
        build(cached, customers, months)
    work = CACHE / "report-work.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{work}{suffix}").unlink(missing_ok=True)
    shutil.copy(cached, work)
    db = open_db(work)
    with db.atomic():
        db.execute(
            """update customers set id_number = '4403051980' || printf('%08d', id),
                                    mobile = '138' || printf('%08d', id), gender = case id % 2 when 0 then '女' else '男' end"""
        )
    periods = [r[0] for r in db.execute("select distinct period from import_batches order by period desc limit 3")]
    started = time.perf_counter()
    for period in reversed(periods):
        ensure_computed(db, LOCAL_USER, period)
    print(
        f"computed tiers and warnings of {', '.join(reversed(periods))} in {time.perf_counter() - started:.1f} s "
        "(an import does this for its own month)"
    )
    db.close()
    return work


def same_cells(db_path: Path) -> tuple[list, list]:
    """The export's columns and every row exactly as the export writes them (materialised, not timed)."""
    db = open_db(db_path)
    period = db.execute("select max(period) from import_batches").fetchone()[0]
    source = customers_source(db, LOCAL_USER, period, ExportRequest(), lambda _c, t: t)
    rows = [row for batch in source.batches for row in batch]
    db.close()
    return list(source.columns), rows


def xlsxwriter_floor(path: Path, columns: list, rows: list) -> float:
    """Write the same cells with XlsxWriter constant_memory: a text format on text, a number format on money."""
    started = time.perf_counter()
    wb = xlsxwriter.Workbook(
        str(path),
        {"constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False},
    )
    ws = wb.add_worksheet("客户清单")
    formats = [wb.add_format({"num_format": NUMBER_FORMATS[c.kind]}) for c in columns]
    for col, column in enumerate(columns):
        ws.write_string(0, col, header_text(column, lambda _c, t: t))
    money = [c.kind == MONEY for c in columns]
    for r, values in enumerate(rows, start=1):
        for col, value in enumerate(values):
            if value is None:
                continue
            if money[col]:
                ws.write_number(r, col, wan(value), formats[col])
            else:
                ws.write_string(r, col, value, formats[col])
    wb.close()
    return time.perf_counter() - started


def openpyxl_write_only(path: Path, columns: list, rows: list) -> float:
    """The rejected alternative: openpyxl write-only mode, one styled cell per value (cells reused per column)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import NamedStyle

    started = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("客户清单")
    for kind in {c.kind for c in columns}:
        wb.add_named_style(NamedStyle(name=kind, number_format=NUMBER_FORMATS[kind]))
    ws.append([header_text(c, lambda _c, t: t) for c in columns])
    templates = []
    for column in columns:
        cell = WriteOnlyCell(ws)
        cell.style = column.kind
        templates.append(cell)
    money = [c.kind == MONEY for c in columns]
    for values in rows:
        for col, value in enumerate(values):
            templates[col].value = wan(value) if money[col] and value is not None else value
        ws.append(templates)
    wb.save(path)
    return time.perf_counter() - started


def main() -> int:
    """Prepare the branch, time the report and the exports, print the figures and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--openpyxl", action="store_true", help="also time openpyxl write-only on the same cells")
    args = parser.parse_args()
    work = prepare(args.customers, args.months, args.rebuild)
    with tempfile.TemporaryDirectory(prefix="liuke-report-bench-") as scratch:
        out = Path(scratch)
        db = open_db(work)
        started = time.perf_counter()
        report = write_monthly_report(db, LOCAL_USER, None, out / "月报.xlsx")
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        write_monthly_report(db, LOCAL_USER, None, out / "月报.xlsx")
        report_s = time.perf_counter() - started
        started = time.perf_counter()
        exported = export_list(db, LOCAL_USER, "customers", out / "客户.xlsx")
        export_s = time.perf_counter() - started
        started = time.perf_counter()
        export_list(db, LOCAL_USER, "customers", out / "客户.csv")
        csv_s = time.perf_counter() - started
        db.close()
        columns, rows = same_cells(work)
        floor_s = xlsxwriter_floor(out / "floor.xlsx", columns, rows)
        print(
            f"monthly report {report.period}: {report_s:.2f} s; the first time {first_s:.2f} s (it also computed the "
            f"earlier months the effectiveness comparison needs); {len(report.sheets)} sheets, "
            f"{report.figure('warnings').this:,} warnings, {report.figure('leavers').this:,} leavers"
        )
        print(
            f"customer export xlsx: {exported.rows:,} rows in {export_s:.2f} s "
            f"({(out / '客户.xlsx').stat().st_size / 1e6:.1f} MB, batches of {BATCH}); csv: {csv_s:.2f} s"
        )
        print(f"same cells with XlsxWriter constant_memory: {floor_s:.2f} s")
        if args.openpyxl:
            print(f"same cells with openpyxl write_only: {openpyxl_write_only(out / 'o.xlsx', columns, rows):.2f} s")
    ratio = export_s / floor_s
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"ratio export / XlsxWriter = {ratio:.2f} (target ≤ {TARGET_RATIO}: {'OK' if ratio <= TARGET_RATIO else 'SLOW'}); "
        f"peak memory of this run {peak:.0f} MB (the floor's rows are held in memory)"
    )
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
