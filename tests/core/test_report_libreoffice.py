"""The report and an export open in LibreOffice and print (skipped where LibreOffice is not installed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.check_report_libreoffice import check, soffice

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice (soffice) is not installed")


def test_libreoffice_converts_the_report_and_the_export_to_pdf(tmp_path: Path):
    report, export = check(tmp_path, customers=300, months=4)
    assert report.pages >= 4 and not report.missing_text
    assert export.pages >= 1
