"""After a full demo run, no customer's 18-digit ID, mobile or card number is anywhere it must not be.

The run: the demo branch with its accounts, next month's list imported through the CLI, a list with
card numbers, a list refused for authentication data, a list with broken rows, failed sign-ins, a
refused command, masked exports of every list, the monthly report, the audit log read and exported,
and an internal error (crash log). Then every byte that left the database — logs, every audit row,
everything the CLI printed, every log record, the masked exports (xlsx unzipped) — is searched for
every demo customer's ID number, mobile and the card numbers. The database itself holds them, of course.
"""

from __future__ import annotations

import csv
import json
import logging
import zipfile
from pathlib import Path

import openpyxl
import pytest

from core.actors import LOCAL_USER
from core.cli import app, security_cmds
from core.cli.app import main
from core.db import open_db
from core.demo_db import DEMO_PASSWORD, load_demo

CARD_PREFIX = "622202"


def _card(n: int) -> str:
    return f"{CARD_PREFIX}{n:013d}"  # 19 digits


@pytest.fixture
def run_cli(tmp_path, capsys, monkeypatch):
    outputs: list[str] = []
    for name in ("LIUKE_USER", "LIUKE_PASSWORD", "LIUKE_NEW_PASSWORD", "LIUKE_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app, "is_interactive", lambda: False)
    monkeypatch.setattr(app, "data_dir", lambda: tmp_path / "data")

    def run(*argv: str, user: str | None = None, password: str = DEMO_PASSWORD) -> int:
        monkeypatch.setenv("LIUKE_PASSWORD", password)
        head = ["--db", str(tmp_path / "data" / "liuke.db")] + (["--user", user] if user else [])
        code = main(head + list(argv))
        out, err = capsys.readouterr()
        outputs.extend((out, err))
        return code

    run.outputs = outputs  # type: ignore[attr-defined]
    return run


def _customers(db_path: Path) -> list[tuple[str, str, str | None]]:
    db = open_db(db_path)
    try:
        return db.execute("select customer_no, id_number, mobile from customers order by id").fetchall()
    finally:
        db.close()


def _list_file(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    book.active.append(header)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _blobs_of(path: Path) -> list[bytes]:
    """The bytes to search in a file: an xlsx is a zip, so its members are searched."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            return [archive.read(name) for name in archive.namelist()]
    return [path.read_bytes()]


def test_no_identifier_leaks_after_a_full_demo_run(tmp_path, run_cli, caplog, monkeypatch):
    caplog.set_level(logging.DEBUG)
    data = tmp_path / "data"
    data.mkdir()
    db = open_db(data / "liuke.db")
    demo = load_demo(db, LOCAL_USER, customers=80, months=3, seed=11, accounts=True, next_month_into=tmp_path / "next")
    db.close()
    assert demo.next_month_file is not None and "zhuguan" in demo.accounts

    # next month's list, through the CLI, as the branch head
    assert run_cli("import", str(demo.next_month_file), "--json", user="zhuguan") == 0
    known = _customers(data / "liuke.db")
    # a list carrying card numbers (a column Liuke ignores), checked and imported
    cards = [_card(n) for n in range(1, 21)]
    header = ["客户号", "客户姓名", "证件号码", "手机号码", "银行卡号", "金融资产（万元）"]
    rows = [[no, "客户", idn, mob, card, 5] for (no, idn, mob), card in zip(known[:20], cards, strict=False)]
    with_cards = _list_file(tmp_path / "带卡号_2026-12.xlsx", header, rows)
    assert run_cli("import", str(with_cards), "--dry-run", user="zhuguan") == 0
    assert run_cli("import", str(with_cards), "--period", "2026-12", "--json", user="zhuguan") == 0
    # a list refused whole for authentication data, and one with broken identifiers
    refused = _list_file(tmp_path / "带CVV.xlsx", header + ["CVV"], [r + ["123"] for r in rows[:3]])
    assert run_cli("import", str(refused), "--period", "2027-01", user="zhuguan") == 2
    broken = [[no, "客户", int(idn[:17]) if idn else None, (mob or "")[:-1], card, "abc"]
              for (no, idn, mob), card in zip(known[20:30], cards, strict=False)]
    assert run_cli("import", str(_list_file(tmp_path / "坏行.xlsx", header, broken)), "--period", "2027-01",
                   "--json", user="zhuguan") == 2

    # failed sign-ins, an unknown user, a refused command
    assert run_cli("customers", user="guiyuan", password="wrong-password-1") == 2
    assert run_cli("customers", user="nobody", password="wrong-password-1") == 2
    assert run_cli("backup", user="guiyuan") == 2
    assert run_cli("customers", "--json", user="guiyuan") == 0
    assert run_cli("customers", "--json", user="jl01") == 0

    # masked exports of every list and the monthly report
    exports = []
    for name in ("customers", "worklist", "visits", "feedback"):
        for suffix in (".xlsx", ".csv"):
            target = tmp_path / "导出" / f"{name}{suffix}"
            target.parent.mkdir(exist_ok=True)
            assert run_cli("export", name, "--out", str(target), user="zhuguan") == 0, run_cli.outputs[-1]
            exports.append(target)
    report = tmp_path / "导出" / "月报.xlsx"
    assert run_cli("report", "--out", str(report), user="zhuguan") == 0
    exports.append(report)
    assert run_cli("export", "customers", "--out", str(tmp_path / "导出" / "jl01.xlsx"), user="jl01") == 0
    exports.append(tmp_path / "导出" / "jl01.xlsx")

    # the auditor reads and exports the log; an internal error writes the crash log
    assert run_cli("audit", "--json", "--limit", "0", user="shenji") == 0
    assert run_cli("audit", "--out", str(tmp_path / "导出" / "审计.xlsx"), user="shenji") == 0
    exports.append(tmp_path / "导出" / "审计.xlsx")
    victim = known[0][1]

    def crash(*_args, **_kwargs):
        raise RuntimeError(f"boom while reading {victim} and {known[0][2]}")

    monkeypatch.setattr(security_cmds, "list_backups", crash)
    assert run_cli("backup", "--list", user="admin") == 1
    logs = list((data / "logs").glob("*"))
    assert logs, "the internal error left no log"

    # every identifier of every customer, searched everywhere
    secrets = set(cards)
    for _, id_number, mobile in _customers(data / "liuke.db"):
        if id_number:
            secrets.update({id_number, id_number[:17]})
        if mobile:
            secrets.add(mobile)
    assert len(secrets) > 150
    db = open_db(data / "liuke.db")
    audit_rows = [json.dumps(row, ensure_ascii=False).encode("utf-8") for row in db.execute("select * from audit_log")]
    db.close()
    assert len(audit_rows) > 20
    places: dict[str, list[bytes]] = {
        "logs": [b for path in logs for b in _blobs_of(path)],
        "audit rows": audit_rows,
        "cli output": [text.encode("utf-8") for text in run_cli.outputs],
        "log records": [caplog.text.encode("utf-8")],
        "exports": [b for path in exports for b in _blobs_of(path)],
    }
    assert "boom" in caplog.text or any(b"boom" in blob for blob in places["logs"])
    for place, blobs in places.items():
        for blob in blobs:
            found = [s for s in secrets if s.encode("ascii") in blob]
            assert not found, f"{place} holds {len(found)} identifier(s)"
    # and the masked forms are there: the exports are not simply empty
    masked = [cell for path in exports if path.suffix == ".csv"
              for row in csv.reader(path.read_text(encoding="utf-8-sig").splitlines()) for cell in row if "****" in cell]
    assert masked


def test_an_id_number_typed_as_the_username_is_not_stored(tmp_path, run_cli):
    data = tmp_path / "data"
    db = open_db(data / "liuke.db")
    from core.actors import ADMIN
    from core.security.accounts import add_user

    add_user(db, LOCAL_USER, "admin", "Admin-pass-9", ADMIN)
    db.close()
    typed = "110105194912310021"

    assert run_cli("customers", user=typed, password="whatever-123") == 2

    db = open_db(data / "liuke.db")
    stored = json.dumps(db.execute("select * from audit_log").fetchall(), ensure_ascii=False)
    db.close()
    assert typed not in stored and typed not in "".join(run_cli.outputs)
