"""Open the demo report and a list export in LibreOffice (a real spreadsheet program no one here wrote).

    python tests/check_report_libreoffice.py [--customers 2000] [--months 12] [--out FOLDER] [--png]

Builds a demo branch (with the demo's history of contacts and feedback), writes the monthly report and the customer export, converts both to PDF
with ``soffice --headless --convert-to pdf`` and checks that each converted, has pages, and (when
poppler's pdftotext is there) that the printed text carries the title, the sheet headings and the
「内部资料 注意保密」 footer. ``--png`` also renders the pages (``pdftoppm -png -r 70``) to look at.
Exits 0 on success, 1 on failure, and 0 with "skipped" when LibreOffice is not installed (CI).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.actors import LOCAL_USER  # noqa: E402
from core.db import open_db  # noqa: E402
from core.demo_db import load_demo  # noqa: E402
from core.reports.exports import export_list  # noqa: E402
from core.reports.monthly import write_monthly_report  # noqa: E402

EXPECTED_TEXT = ("客户维护月报", "内部资料 注意保密", "客户分层", "流失预警")


@dataclass(frozen=True)
class Converted:
    """One workbook converted to PDF."""

    source: Path
    pdf: Path
    pages: int
    missing_text: tuple[str, ...]  # expected words not found in the PDF's text (empty without pdftotext)
    pngs: tuple[Path, ...]


def soffice() -> str | None:
    """The LibreOffice command, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(workbook: Path, out: Path, *, expected: tuple[str, ...] = (), png: bool = False) -> Converted:
    """Convert ``workbook`` to PDF in ``out`` with a private LibreOffice profile; raise if it fails."""
    command = soffice()
    if command is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="liuke-lo-profile-") as profile:
        subprocess.run(
            [command, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(out), str(workbook)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    pdf = out / (workbook.stem + ".pdf")
    if not pdf.exists() or pdf.stat().st_size == 0:
        raise RuntimeError(f"LibreOffice wrote no PDF for {workbook.name}")
    pages, text = _pdf_facts(pdf)
    missing = tuple(word for word in expected if text is not None and word not in text)
    pngs: tuple[Path, ...] = ()
    if png and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(pdf), str(out / workbook.stem)], check=True, timeout=180)
        pngs = tuple(sorted(out.glob(f"{workbook.stem}-*.png")))
    return Converted(workbook, pdf, pages, missing, pngs)


def _pdf_facts(pdf: Path) -> tuple[int, str | None]:
    """Page count and text of ``pdf`` (pages counted from the file when poppler is missing; text None)."""
    if shutil.which("pdfinfo") and shutil.which("pdftotext"):
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
        text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
        return pages, text
    return pdf.read_bytes().count(b"/Type /Page") - pdf.read_bytes().count(b"/Type /Pages"), None


def check(out: Path, *, customers: int = 2000, months: int = 12, png: bool = False) -> list[Converted]:
    """Build the demo, write the report and the customer export into ``out``, convert both; raise on failure."""
    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = open_db(db_path)
    try:
        load_demo(db, LOCAL_USER, customers=customers, months=months)
        report = write_monthly_report(db, LOCAL_USER, None, out / "月报.xlsx").path
        export = export_list(db, LOCAL_USER, "customers", out / "客户清单.xlsx").path
    finally:
        db.close()
    results = [convert(report, out, expected=EXPECTED_TEXT, png=png), convert(export, out, png=png)]
    for result in results:
        if result.pages < 1 or result.missing_text:
            raise RuntimeError(f"{result.source.name}: {result.pages} pages, missing text {result.missing_text}")
    return results


def main() -> int:
    """Run the check and print what was converted."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--out", type=Path, help="keep the files here (default: a temporary folder)")
    parser.add_argument("--png", action="store_true", help="also render every page to PNG (needs pdftoppm)")
    args = parser.parse_args()
    if soffice() is None:
        print("skipped: LibreOffice (soffice) is not installed")
        return 0
    with tempfile.TemporaryDirectory(prefix="liuke-lo-check-") as scratch:
        out = args.out or Path(scratch)
        try:
            results = check(out, customers=args.customers, months=args.months, png=args.png)
        except (RuntimeError, subprocess.SubprocessError) as exc:
            print(f"FAILED: {exc}")
            return 1
        for r in results:
            shown = f", PNG {r.pngs[0]} … {r.pngs[-1].name}" if r.pngs else ""
            print(f"OK {r.source.name} → {r.pdf}: {r.pages} pages{shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
