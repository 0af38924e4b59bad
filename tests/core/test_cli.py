"""The command line's contract: exit codes, JSON shapes, Chinese messages, masked identifiers."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from core.cli.app import main
from tests.conftest import make_id

HEADER = ["客户号", "客户姓名", "证件号码", "手机号码", "管户经理", "金融资产（万元）"]


def workbook(tmp_path: Path, name: str, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return workbook(
        tmp_path,
        "清单_2026-10.xlsx",
        [
            ["0000000001", "张三", make_id(1), "13812345678", "王静", 12.5],
            ["0000000002", "李四", 110105194912310021, "13912345678", "王静", 3],  # a number cell: Excel cut it
        ],
    )


def test_import_json_has_the_documented_shape_and_masks_identifiers(tmp_path, good, capsys):
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.db"), "import", str(good), "--json")

    result = json.loads(out)
    assert code == 0
    assert set(result) >= {
        "file",
        "period",
        "batch_id",
        "rows_read",
        "imported",
        "skipped",
        "rejected",
        "warnings",
        "issues",
    }
    assert (result["period"], result["rows_read"], result["imported"], result["rejected"]) == ("2026-10", 2, 1, 1)
    issue = result["issues"][0]
    assert set(issue) == {"row", "column", "code", "message", "value"}
    assert (issue["row"], issue["column"], issue["code"]) == (3, "证件号码", "id_numeric")
    assert "文本" in issue["message"]
    assert not re.search(r"\d{11,}", out)  # no full ID or mobile number anywhere


def test_a_refused_file_exits_2_with_a_chinese_reason(tmp_path, capsys):
    empty = tmp_path / "空.xlsx"
    empty.write_bytes(b"")
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.db"), "import", str(empty), "--json")
    result = json.loads(out)
    assert code == 2
    assert result["error"]["code"] == "file_empty" and "空" in result["error"]["message"]
    assert result["batch_id"] is None


def test_plain_output_is_chinese_and_lists_issues(tmp_path, good, capsys):
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.db"), "import", str(good))
    assert code == 0
    assert "读取 2 行：导入 1 行" in out and "第 3 行「证件号码」" in out


def test_batches_customers_and_undo(tmp_path, good, capsys):
    db = str(tmp_path / "a.db")
    run(capsys, "--db", db, "import", str(good), "--json")

    code, out, _ = run(capsys, "--db", db, "customers", "--json")
    customers = json.loads(out)
    assert code == 0 and len(customers) == 1
    expected = {
        "customer_no": "0000000001",
        "name": "张三",
        "manager": "王静",
        "branch": None,
        "aum_fen": 12_500_000,
        "mobile": "138****5678",
        "period": "2026-10",
    }
    assert {k: customers[0][k] for k in expected} == expected
    assert re.fullmatch(r"4\*{13}\d{3}[\dX]", customers[0]["id_number"])

    code, out, _ = run(capsys, "--db", db, "batches", "--json")
    batches = json.loads(out)
    assert code == 0 and [b["status"] for b in batches] == ["committed"]

    code, out, _ = run(capsys, "--db", db, "undo-import", str(batches[0]["id"]))
    assert code == 0 and "已撤销批次" in out
    code, _, err = run(capsys, "--db", db, "undo-import", str(batches[0]["id"]))
    assert code == 2 and "已撤销" in err
    code, _, err = run(capsys, "--db", db, "undo-import", "999")
    assert code == 2 and "找不到导入批次 999" in err


def test_dry_run_reports_without_writing(tmp_path, good, capsys):
    db = tmp_path / "a.db"
    code, out, _ = run(capsys, "--db", str(db), "import", str(good), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["dry_run"] is True and json.loads(out)["batch_id"] is None
    assert sqlite3.connect(db).execute("select count(*) from import_batches").fetchone() == (0,)


def test_liuke_db_environment_variable_names_the_database(tmp_path, good, capsys, monkeypatch):
    monkeypatch.setenv("LIUKE_DB", str(tmp_path / "env.db"))
    code, _, _ = run(capsys, "import", str(good))
    assert code == 0 and (tmp_path / "env.db").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, good, capsys):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not sqlite" * 100)
    before = bogus.read_bytes()
    code, _, err = run(capsys, "--db", str(bogus), "import", str(good))
    assert code == 2 and "不是留客数据库" in err
    assert bogus.read_bytes() == before


def test_a_database_locked_by_another_writer_is_a_clear_refusal(tmp_path, good, capsys, monkeypatch):
    db = tmp_path / "a.db"
    run(capsys, "--db", str(db), "batches")
    holder = sqlite3.connect(db, timeout=0)
    holder.execute("begin immediate")
    monkeypatch.setattr("core.db.BUSY_TIMEOUT_MS", 100)
    try:
        code, _, err = run(capsys, "--db", str(db), "import", str(good))
    finally:
        holder.rollback()
        holder.close()
    assert code == 2 and "正被另一个程序" in err


def test_bad_usage_exits_2_in_chinese(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "a.db"), "import")
    assert code == 2 and "参数错误" in err


def test_demo_writes_the_monthly_files(tmp_path, capsys):
    code, out, _ = run(
        capsys, "demo", "--out", str(tmp_path / "demo"), "--customers", "60", "--months", "2", "--seed", "3"
    )
    assert code == 0 and "已生成 2 个月度文件" in out
    assert len([p for p in (tmp_path / "demo").iterdir() if p.suffix in {".xlsx", ".csv"}]) == 2
