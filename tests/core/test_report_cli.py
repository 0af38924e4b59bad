"""``report`` and ``export`` through the real command line: files written, figures printed that match the
risk command's, and exit 2 with a Chinese sentence (and nothing written) for a bad month or a locked file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest

from core.cli.app import main
from tests.core.test_report_support import build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("cli"))


@pytest.fixture
def db_path(demo: Path, tmp_path: Path) -> Path:
    path = tmp_path / "work.db"
    shutil.copy(demo, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_report_writes_the_workbook_and_prints_figures_that_match_the_risk_command(db_path, tmp_path, capsys):
    target = tmp_path / "月报.xlsx"
    code, out, err = run(capsys, "--db", str(db_path), "report", "--out", str(target))
    assert code == 0, err
    assert target.exists() and openpyxl.load_workbook(target).sheetnames[0] == "摘要"
    work_list = json.loads(run(capsys, "--db", str(db_path), "risk", "--json")[1])
    assert f"流失预警（户）：{len(work_list)}（上月" in out
    period = work_list[0]["period"]
    assert f"已生成 {period} 客户维护月报" in out


def test_report_of_a_named_month(db_path, tmp_path, capsys):
    code, out, _ = run(capsys, "--db", str(db_path), "report", "--period", "2026-09", "--out", str(tmp_path / "a.xlsx"))
    assert code == 0 and "已生成 2026-09 客户维护月报" in out


@pytest.mark.parametrize(
    ("period", "message"),
    [("2026-13", "月份应为 YYYY-MM 格式"), ("1999-01", "没有 1999-01 的已导入数据。已有的月份：")],
)
def test_unknown_or_malformed_month_is_exit_2_with_nothing_written(db_path, tmp_path, capsys, period, message):
    target = tmp_path / "月报.xlsx"
    code, out, err = run(capsys, "--db", str(db_path), "report", "--period", period, "--out", str(target))
    assert code == 2 and message in err and out == ""
    assert not target.exists()


def test_locked_or_unwritable_target_is_exit_2(db_path, tmp_path, capsys):
    target = tmp_path / "月报.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$月报.xlsx").write_bytes(b"")
    code, _, err = run(capsys, "--db", str(db_path), "report", "--out", str(target))
    assert code == 2 and "请先关闭同名文件「月报.xlsx」" in err
    assert target.read_bytes() == b"old"
    code, _, err = run(capsys, "--db", str(db_path), "export", "customers", "--out", str(tmp_path / "no" / "a.csv"))
    assert code == 2 and "不存在" in err
    code, _, err = run(capsys, "--db", str(db_path), "report", "--out", str(tmp_path / "月报.pdf"))
    assert code == 2 and ".xlsx" in err


def test_export_customers_and_worklist(db_path, tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(db_path), "export", "customers", "--out", str(tmp_path / "c.xlsx"))
    assert code == 0, err
    assert "已导出" in out and "客户清单" in out
    code, out, _ = run(
        capsys, "--db", str(db_path), "export", "worklist", "--out", str(tmp_path / "w.csv"), "--encoding", "gb18030"
    )
    assert code == 0
    assert (tmp_path / "w.csv").read_bytes().decode("gb18030").startswith("序号,客户号")
    code, _, err = run(
        capsys, "--db", str(db_path), "export", "customers", "--period", "2030-01", "--out", str(tmp_path / "x.xlsx")
    )
    assert code == 2 and "没有 2030-01 的已导入数据" in err and not (tmp_path / "x.xlsx").exists()


def test_export_visits_and_feedback(db_path, tmp_path, capsys):
    from core.db import open_db
    from tests.core.test_report_support import add_followup_activity, latest

    db = open_db(db_path)
    add_followup_activity(db, latest(db))
    db.close()
    code, out, err = run(capsys, "--db", str(db_path), "export", "visits", "--period", "2026-10",
                         "--out", str(tmp_path / "v.xlsx"))  # fmt: skip
    assert code == 0, err
    assert "已导出 2026-10 走访记录" in out
    code, out, err = run(capsys, "--db", str(db_path), "export", "feedback", "--out", str(tmp_path / "f.csv"))
    assert code == 0 and "意见反馈" in out
    code, _, err = run(capsys, "--db", str(db_path), "export", "visits", "--period", "10/2026",
                       "--out", str(tmp_path / "x.csv"))  # fmt: skip
    assert code == 2 and "YYYY-MM" in err
