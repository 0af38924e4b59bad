"""Bad and odd input files: each gets the coded outcome the CLI contract promises.

A refused file (exit 2) leaves the database byte-for-byte as it was; an accepted one
(exit 0) reports counts that add up and stores what the file meant, in fen and text.
Every message is Chinese and shows no full ID number or mobile. The files come from
tests/make_corpus.py.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from core.cli.app import main
from core.importing.codes import MESSAGES
from tests.make_corpus import Case, P, all_sensitive_values, build_corpus, corpus_index, good_file

INDEX = corpus_index()
REFUSED = [name for name, code in INDEX.items() if code == 2]
ACCEPTED = [name for name, code in INDEX.items() if code == 0]

CJK = re.compile(r"[\u4e00-\u9fff]")
FULL_ID = re.compile(r"(?<![0-9])\d{17}[0-9Xx](?![0-9])")
MOBILE = re.compile(r"(?<![0-9])1[3-9]\d{9}(?![0-9])")
LONG_DIGITS = re.compile(r"\d{15,}")  # a 15-digit run is an ID in all but name (Excel's truncation)
SUMMARY_KEYS = {"file", "period", "batch_id", "sheet", "dry_run", "rows_read", "imported", "skipped", "rejected"}
SUMMARY_KEYS |= {"warnings", "issues"}


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Case]:
    return {case.name: case for case in build_corpus(tmp_path_factory.mktemp("corpus"))}


def run_import(db: Path, path: Path, args: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    capsys.readouterr()
    code = main(["--db", str(db), "import", str(path), "--json", *args])
    out = capsys.readouterr().out
    try:
        return code, json.loads(out)
    except json.JSONDecodeError:
        pytest.fail(f"exit {code}, stdout is not JSON: {out[:500]!r}")


def db_state(db: Path) -> tuple[str, int]:
    """Hash of the database file, and how many bytes its -wal holds (0: nothing pending)."""
    wal = db.with_name(db.name + "-wal")
    return hashlib.sha256(db.read_bytes()).hexdigest(), wal.stat().st_size if wal.exists() else 0


def assert_messages_chinese_and_masked(result: dict, output_text: str) -> None:
    messages = [result["error"]["message"]] if result.get("error") else []
    values = []
    for issue in result["issues"]:
        assert issue["code"] in MESSAGES, f"unknown issue code {issue['code']}"
        messages.append(issue["message"] or "")
        values.append(str(issue["value"] or ""))
    for message in messages:
        assert CJK.search(message), f"message not in Chinese: {message!r}"
        assert "{" not in message, f"placeholder left unfilled: {message}"
    for text in messages + values:
        assert not FULL_ID.search(text), f"full ID number shown: {text}"
        assert not MOBILE.search(text), f"full mobile shown: {text}"
        assert not LONG_DIGITS.search(text), f"ID-like digit run shown: {text}"
    for secret in all_sensitive_values():
        assert secret not in output_text, "a full ID number or mobile appears in the JSON output"


def stored(conn: sqlite3.Connection, batch_id: int, customer_no: str) -> dict[str, Any] | None:
    """The customer with its snapshot from ``batch_id``; None if that batch stored no snapshot for it."""
    customer = conn.execute("SELECT * FROM customers WHERE customer_no = ?", (customer_no,)).fetchone()
    if customer is None:
        return None
    snap = conn.execute(
        "SELECT * FROM snapshots WHERE customer_id = ? AND batch_id = ?", (customer["id"], batch_id)
    ).fetchone()
    return None if snap is None else {**dict(customer), **dict(snap)}


@pytest.mark.parametrize("name", REFUSED)
def test_refused_file_is_refused_with_its_code_and_nothing_written(
    name: str, corpus: dict[str, Case], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = corpus[name]
    db = tmp_path / "liuke.db"
    seed_code, seed = run_import(db, good_file(tmp_path / "种子清单.xlsx"), (), capsys)
    assert seed_code == 0, seed
    before = db_state(db)
    assert before[1] == 0, "the importer left WAL content pending after closing"

    code, result = run_import(db, case.path, case.extra_args, capsys)

    assert (code, (result.get("error") or {}).get("code")) in {(2, c) for c in case.error_code.split("|")}, result
    assert CJK.search(result["error"]["message"])
    assert SUMMARY_KEYS <= result.keys()
    assert result["batch_id"] is None
    assert result["imported"] == 0
    assert result["rows_read"] == result["skipped"] + result["rejected"]  # 0 unless rows were checked (no_valid_rows)
    assert_messages_chinese_and_masked(result, json.dumps(result, ensure_ascii=False))
    assert db_state(db) == before, "a refused file changed the database"


@pytest.mark.parametrize("name", ACCEPTED)
def test_accepted_file_is_imported_with_its_notes(
    name: str, corpus: dict[str, Case], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = corpus[name]
    db = tmp_path / "liuke.db"

    code, result = run_import(db, case.path, case.extra_args, capsys)

    assert code == 0, result.get("error")
    assert not result.get("error")
    assert SUMMARY_KEYS <= result.keys()
    assert result["rows_read"] == result["imported"] + result["skipped"] + result["rejected"], result
    reported = {(i["code"], i["row"]) for i in result["issues"]}
    assert set(case.expect_issue_codes) <= {c for c, _ in reported}, result["issues"]
    assert set(case.at) <= reported, result["issues"]
    if case.imported is not None:
        assert result["imported"] == case.imported, result["issues"]
    for key, value in case.counts:
        assert result[key] == value, (key, result["issues"])
    if case.period:
        assert result["period"] == case.period
    assert_messages_chinese_and_masked(result, json.dumps(result, ensure_ascii=False))
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        batch = conn.execute("SELECT * FROM import_batches WHERE id = ?", (result["batch_id"],)).fetchone()
        assert batch["status"] == "committed"
        assert batch["imported"] == result["imported"]
        count = conn.execute("SELECT count(*) FROM snapshots WHERE batch_id = ?", (result["batch_id"],)).fetchone()[0]
        assert count == result["imported"]
        for customer_no, column, expected in case.stored:
            row = stored(conn, result["batch_id"], customer_no)
            if column == "*absent*":
                assert row is None, f"{customer_no} should not have been imported"
            else:
                assert row is not None, f"{customer_no} was not imported: {result['issues']}"
                assert row[column] == expected, (customer_no, column)


def test_id_numeric_message_says_how_to_re_export(
    corpus: dict[str, Case], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, result = run_import(tmp_path / "liuke.db", corpus["id_numeric_mangled"].path, (), capsys)

    messages = [i["message"] for i in result["issues"] if i["code"] == "id_numeric"]
    assert messages and all("文本" in m and "导出" in m for m in messages)


def test_parenthesised_loan_is_read_as_a_negative_number(
    corpus: dict[str, Case], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "liuke.db"
    _, result = run_import(db, corpus["money_formats"].path, (), capsys)

    row_issues = {i["code"] for i in result["issues"] if i["row"] == 3}
    assert "not_a_number" not in row_issues  # (1,234.50) is accounting notation, not garbage
    with closing(sqlite3.connect(db)) as conn:
        conn.row_factory = sqlite3.Row
        row = stored(conn, result["batch_id"], P[1].customer_no)
    if row is None:
        assert row_issues == {"negative_amount"}
    else:
        assert abs(row["loan_fen"]) == 123_450 and row["aum_fen"] == 800_000
