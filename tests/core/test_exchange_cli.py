"""``exchange export`` / ``exchange import`` on the command line: passwords, output, exit codes."""

from __future__ import annotations

import json

import pytest

from core.actors import ADMIN, AUDITOR, LOCAL_USER
from core.cli import app, output
from core.cli.exchange_cmds import PASSWORD_ENV, add_exchange_commands
from core.db import open_db
from core.security import accounts
from tests.core.test_exchange_support import (  # noqa: F401 - *_fixture: the fixtures fast_kdf (autouse), branch
    PASSWORD,
    branch_fixture,
    copy_pc,
    customers,
    fast_kdf_fixture,
    week_of_contacts,
)


@pytest.fixture
def paths(branch, tmp_path):
    out = []
    for source, name in ((branch.a, "a"), (branch.b, "b")):
        db = copy_pc(source, tmp_path, name)
        if name == "a":
            week_of_contacts(db, customers(db, 4))
        db.close()
        out.append(tmp_path / name / "liuke.db")
    return out


def run(*argv: str) -> int:
    registered = "exchange" in app.build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    return app.main(list(argv), extra=() if registered else (add_exchange_commands,))


def test_export_then_import_with_the_password_from_the_environment(paths, tmp_path, monkeypatch, capsys):
    a, b = paths
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)

    assert run("--db", str(a), "exchange", "export", "--out", str(tmp_path / "a.lkx"), "--json") == 0
    sent = json.loads(capsys.readouterr().out)
    assert run("--db", str(b), "exchange", "import", str(tmp_path / "a.lkx")) == 0
    shown = capsys.readouterr().out
    assert run("--db", str(b), "exchange", "import", str(tmp_path / "a.lkx"), "--json") == 0
    again = json.loads(capsys.readouterr().out)

    assert sent["counts"]["contacts"] == 4 and len(sent["file_sha256"]) == 64
    assert "已导入交换包" in shown and "联系记录 4" in shown
    assert again["counts"] == {} and again["unchanged"] == 4 and again["package_id"] == sent["package_id"]
    assert (tmp_path / "a.lkx").exists()


def test_refusals_exit_2_with_a_chinese_reason(paths, tmp_path, monkeypatch, capsys):
    a, b = paths
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    assert run("--db", str(a), "exchange", "export", "--out", str(tmp_path / "a.lkx")) == 0
    capsys.readouterr()

    monkeypatch.setenv(PASSWORD_ENV, "not-the-password")
    assert run("--db", str(b), "exchange", "import", str(tmp_path / "a.lkx")) == 2
    assert "密码不对" in capsys.readouterr().err
    assert run("--db", str(b), "exchange", "import", str(tmp_path / "missing.lkx"), "--json") == 2
    assert json.loads(capsys.readouterr().out)["error"]["code"] == "missing"

    monkeypatch.delenv(PASSWORD_ENV)  # and no terminal to ask on
    assert run("--db", str(b), "exchange", "import", str(tmp_path / "a.lkx")) == 2
    assert PASSWORD_ENV in capsys.readouterr().err


def test_on_a_terminal_the_export_password_is_asked_twice(paths, tmp_path, monkeypatch, capsys):
    a, b = paths
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setattr(output, "is_interactive", lambda: True)
    answers = iter([PASSWORD, "typo-" + PASSWORD, PASSWORD, PASSWORD, PASSWORD])
    monkeypatch.setattr(output, "ask_secret", lambda prompt: next(answers))

    assert run("--db", str(a), "exchange", "export", "--out", str(tmp_path / "a.lkx")) == 2
    assert "不一致" in capsys.readouterr().err and not (tmp_path / "a.lkx").exists()
    assert run("--db", str(a), "exchange", "export", "--out", str(tmp_path / "a.lkx")) == 0
    assert run("--db", str(b), "exchange", "import", str(tmp_path / "a.lkx")) == 0  # asked once
    assert next(answers, None) is None


def test_a_role_without_exchange_is_refused_before_any_password_is_asked(paths, tmp_path, monkeypatch, capsys):
    _, b = paths
    db = open_db(b)
    try:
        accounts.add_user(db, LOCAL_USER, "admin", "Admin-2026x", ADMIN)
        admin = accounts.actor_of(accounts.get_user(db, "admin"))
        accounts.add_user(db, admin, "shenji", "Audit-2026x", AUDITOR)
    finally:
        db.close()
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    monkeypatch.setenv(app.USER_ENV, "shenji")
    monkeypatch.setenv(app.PASSWORD_ENV, "Audit-2026x")
    monkeypatch.setattr(output, "is_interactive", lambda: True)
    monkeypatch.setattr(output, "ask_secret", lambda prompt: pytest.fail(f"asked for a password: {prompt}"))

    assert run("--db", str(b), "exchange", "export", "--out", str(tmp_path / "x.lkx")) == 2
    assert "没有权限" in capsys.readouterr().err
    assert run("--db", str(b), "exchange", "import", str(tmp_path / "x.lkx")) == 2
    assert "没有权限" in capsys.readouterr().err
