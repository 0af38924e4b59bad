"""The writing helpers every report and export uses: typed safe cells, and files replaced only when complete."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
import pytest

from core.reports.cells import (
    MONEY,
    TEXT,
    Column,
    csv_text,
    csv_value,
    fit_width,
    header_text,
    is_formula_like,
    wan,
)
from core.reports.refused import ReportRefused
from core.reports.safe_write import write_safely
from core.reports.workbook import new_workbook, put


@pytest.mark.parametrize("text", ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1", "＋1", "－1", "＠x"])
def test_formula_starts_are_recognised(text):
    assert is_formula_like(text)
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", ["张三", "0012345", "a=b", " =1", "", "100%"])
def test_ordinary_text_is_left_alone(text):
    assert not is_formula_like(text)
    assert csv_text(text) == text


def test_money_is_wan_in_workbooks_and_exact_yuan_in_csv():
    assert wan(123_456_789) == pytest.approx(123.456789)
    assert wan(None) is None
    assert csv_value(123_456_789, MONEY) == "1234567.89"
    assert csv_value(-5, MONEY) == "-0.05"
    assert header_text(Column("金融资产", MONEY), lambda _c, t: t) == "金融资产\n（万元）"


def test_columns_are_wide_enough_for_chinese_headers():
    assert fit_width(Column("客户经理", TEXT), "客户经理", ["张三"]) >= 8 + 2
    assert fit_width(Column("说明", TEXT, 40, wrap=True), "说明", ["x" * 200]) == 40


def test_put_never_writes_a_formula_and_keeps_text_text(tmp_path: Path):
    wb = new_workbook()
    ws = wb.create_sheet("表")
    put(ws, 1, 1, '=HYPERLINK("http://x","点我")', TEXT)
    put(ws, 2, 1, "0012345678", "id")
    put(ws, 3, 1, 12_345_678, MONEY)
    put(ws, 4, 1, "ok\x01\x02 text", TEXT)  # control characters a workbook cannot hold are dropped
    put(ws, 5, 1, "2026-10-31", "date")
    wb.save(tmp_path / "t.xlsx")

    back = openpyxl.load_workbook(tmp_path / "t.xlsx")["表"]
    assert back["A1"].data_type == "s" and back["A1"].value == '=HYPERLINK("http://x","点我")'
    assert back["A1"].quotePrefix and back["A1"].number_format == "@"
    assert back["A2"].value == "0012345678" and back["A2"].number_format == "@"
    assert back["A3"].value == pytest.approx(12.345678) and back["A3"].number_format == "#,##0.00_ "
    assert back["A4"].value == "ok text"
    assert back["A5"].is_date and back["A5"].value.date().isoformat() == "2026-10-31"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path: Path):
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"the old report")

    def half_then_fail(path: Path) -> None:
        path.write_bytes(b"half a file")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_safely(target, half_then_fail)
    assert target.read_bytes() == b"the old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["月报.xlsx"]


def test_a_finished_write_replaces_the_file(tmp_path: Path):
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"old")
    assert write_safely(target, lambda p: p.write_bytes(b"new")) == 3
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["月报.xlsx"]


@pytest.mark.parametrize("owner", ["~$月报.xlsx", ".~lock.月报.xlsx#"])
def test_a_file_open_in_excel_wps_or_libreoffice_is_refused_before_writing(tmp_path: Path, owner: str):
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"old")
    (tmp_path / owner).write_bytes(b"owner")
    called = []
    with pytest.raises(ReportRefused) as refused:
        write_safely(target, called.append)
    assert refused.value.code == "target_locked"
    assert "请先关闭同名文件「月报.xlsx」" in refused.value.message()
    assert called == [] and target.read_bytes() == b"old"


def test_windows_refusing_the_replace_is_the_same_clear_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"old")

    def locked(_src: object, _dst: object) -> None:
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(ReportRefused) as refused:
        write_safely(target, lambda p: p.write_bytes(b"new"))
    assert refused.value.code == "target_locked"
    assert "请先关闭同名文件" in refused.value.message()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["月报.xlsx"]


def test_a_missing_folder_or_a_folder_as_target_is_refused(tmp_path: Path):
    with pytest.raises(ReportRefused) as missing:
        write_safely(tmp_path / "nope" / "a.xlsx", lambda p: None)
    assert missing.value.code == "folder_missing"
    with pytest.raises(ReportRefused) as folder:
        write_safely(tmp_path, lambda p: None)
    assert folder.value.code == "target_is_folder"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="needs POSIX permissions that apply to this user")
def test_an_unwritable_folder_is_refused(tmp_path: Path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportRefused) as refused:
            write_safely(folder / "a.xlsx", lambda p: None)
        assert refused.value.code == "target_unwritable"
    finally:
        folder.chmod(0o700)


def test_a_folder_that_refuses_new_files_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def denied(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(ReportRefused) as refused:
        write_safely(tmp_path / "a.xlsx", lambda p: None)
    assert refused.value.code == "target_unwritable"
    assert "无法写入文件夹" in refused.value.message()
