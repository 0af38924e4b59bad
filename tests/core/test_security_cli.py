"""The command line with accounts: --user and passwords, refusals audited, audit/backup/restore/purge/erase."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from core import db as core_db
from core.actors import AUDITOR, HEAD, LOCAL_USER, TELLER, Actor
from core.cli import app
from core.cli.app import main
from core.db import open_db
from core.security import accounts, audit
from tests.conftest import make_id

READER = Actor("reader", "审计", AUDITOR)
PASSWORDS = {"admin": "Admin-pass-9", "boss": "Boss-pass-99", "guiyuan": "Teller-pass-9", "shenji": "Audit-pass-9"}


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in ("LIUKE_USER", "LIUKE_PASSWORD", "LIUKE_NEW_PASSWORD", "LIUKE_DB"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app, "is_interactive", lambda: False)


class Cli:
    """Runs main() with the environment a script would set."""

    def __init__(self, db_path: Path, capsys, monkeypatch) -> None:
        self.db_path, self.capsys, self.monkeypatch = db_path, capsys, monkeypatch

    def __call__(self, *argv: str, user: str | None = None, password: str | None = None,
                 new_password: str | None = None) -> tuple[int, str, str]:
        for name, value in (("LIUKE_PASSWORD", password if password is not None else PASSWORDS.get(user or "")),
                            ("LIUKE_NEW_PASSWORD", new_password)):
            if value is None:
                self.monkeypatch.delenv(name, raising=False)
            else:
                self.monkeypatch.setenv(name, value)
        head = ["--db", str(self.db_path)] + (["--user", user] if user else [])
        code = main(head + list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    return Cli(tmp_path / "liuke.db", capsys, monkeypatch)


@pytest.fixture
def branch(cli):
    """A database with an administrator (made through the CLI), a branch head, a teller, an auditor and two customers."""
    code, out, _ = cli("user", "add", "admin", "--role", "管理员", new_password=PASSWORDS["admin"])
    assert code == 0 and "admin" in out
    db = open_db(cli.db_path)
    admin = accounts.actor_of(accounts.get_user(db, "admin"))
    accounts.add_user(db, admin, "boss", PASSWORDS["boss"], HEAD)
    accounts.add_user(db, admin, "guiyuan", PASSWORDS["guiyuan"], TELLER)
    accounts.add_user(db, admin, "shenji", PASSWORDS["shenji"], AUDITOR)
    db.close()
    book = openpyxl.Workbook()
    book.active.append(["客户号", "客户姓名", "证件号码", "手机号码", "金融资产（万元）"])
    book.active.append(["0000000001", "张三", make_id(1), "13812345678", 12.5])
    book.active.append(["0000000002", "李四", make_id(2), "13912345678", 3])
    path = cli.db_path.parent / "清单_2026-10.xlsx"
    book.save(path)
    code, _, err = cli("import", str(path), user="boss")
    assert code == 0, err
    return cli


def _audit_rows(db_path: Path) -> list[audit.AuditRow]:
    db = open_db(db_path)
    try:
        return audit.list_audit(db, READER, limit=10_000, newest_first=False)
    finally:
        db.close()


def test_without_accounts_the_cli_acts_as_the_local_user(cli):
    code, out, _ = cli("user", "list", "--json")
    assert (code, json.loads(out)) == (0, [])
    code, _, err = cli("user", "add", "li", "--role", "柜员", new_password="Li-pass-123")
    assert code == 2 and "管理员" in err  # the first account must be an administrator
    code, _, err = cli("user", "add", "admin", "--role", "管理员")
    assert code == 2 and "LIUKE_NEW_PASSWORD" in err  # no terminal, no password given: refused, nothing made
    db = open_db(cli.db_path)
    assert not accounts.has_accounts(db)
    db.close()


def test_once_accounts_exist_a_user_is_required(branch):
    code, out, err = branch("customers")
    assert code == 2 and out == ""
    assert "请用 --user 指定用户（或设置 LIUKE_USER）" in err


def test_the_user_signs_in_with_the_password_from_the_environment(branch, monkeypatch):
    code, out, _ = branch("user", "list", "--json", user="admin")
    assert code == 0
    users = json.loads(out)
    assert [u["username"] for u in users] == ["admin", "boss", "guiyuan", "shenji"]
    assert set(users[0]) == {"id", "username", "display_name", "role", "staff_id", "staff_name", "disabled",
                             "locked_until", "locked", "failed_count", "must_change", "last_login_at", "created_at"}
    monkeypatch.setenv("LIUKE_USER", "boss")
    code, _, _ = branch("customers", password=PASSWORDS["boss"])
    assert code == 0
    signed = [(r.username, r.action) for r in _audit_rows(branch.db_path) if r.action == "sign_in"]
    assert ("admin", "sign_in") in signed and ("boss", "sign_in") in signed
    assert not any(r.action == "sign_out" for r in _audit_rows(branch.db_path))


def test_a_password_is_prompted_on_a_terminal_and_refused_without_one(branch, monkeypatch):
    monkeypatch.delenv("LIUKE_PASSWORD", raising=False)
    code = main(["--db", str(branch.db_path), "--user", "boss", "customers"])
    err = branch.capsys.readouterr().err
    assert code == 2 and "LIUKE_PASSWORD" in err

    asked: list[str] = []
    monkeypatch.setattr(app, "is_interactive", lambda: True)
    monkeypatch.setattr(app, "ask_secret", lambda prompt: asked.append(prompt) or PASSWORDS["boss"])
    code = main(["--db", str(branch.db_path), "--user", "boss", "customers"])
    branch.capsys.readouterr()
    assert code == 0 and asked and "boss" in asked[0] and "密码" in asked[0]


def test_a_wrong_password_is_refused_and_audited(branch):
    code, out, err = branch("customers", user="boss", password="not-the-password")
    assert code == 2 and out == "" and "用户名或密码不正确" in err
    last = _audit_rows(branch.db_path)[-1]
    assert (last.username, last.action, last.details["reason"]) == ("boss", "sign_in_failed", "bad_credentials")


def test_a_refused_permission_exits_2_and_is_audited(branch):
    for user, argv, permission in (
        ("guiyuan", ("backup",), "backup.create"),
        ("shenji", ("customers",), "customer.view"),
        ("boss", ("user", "list"), "user.manage"),
        ("admin", ("audit",), "audit.view"),
        ("boss", ("restore", "x.db"), "backup.restore"),
    ):
        code, out, err = branch(*argv, user=user)
        assert code == 2 and "没有权限" in err, (user, argv, err)
        last = _audit_rows(branch.db_path)[-1]
        assert (last.username, last.action, last.outcome) == (user, "permission_denied", "denied")
        assert last.details == {"permission": permission} and last.target == f"command:{argv[0]}"


def test_audit_lists_filters_exports_and_verifies(branch, tmp_path):
    code, out, _ = branch("audit", "--json", "--action", "import", user="shenji")
    result = json.loads(out)
    assert code == 0 and result["total"] == 1
    assert set(result["rows"][0]) == {"id", "at", "username", "role", "action", "action_label", "outcome",
                                      "customer_id", "target", "details"}
    code, out, _ = branch("audit", "--user", "admin", "--since", "2000-01-01", "--until", "2999-12-31", user="shenji")
    assert code == 0 and "admin（管理员）" in out and "boss（主管）" not in out
    code, _, err = branch("audit", "--action", "no_such_thing", user="shenji")
    assert code == 2 and "sign_in_failed" in err
    code, _, err = branch("audit", "--since", "31/10/2026", user="shenji")
    assert code == 2 and "YYYY-MM-DD" in err

    out_file = tmp_path / "审计.xlsx"
    code, out, _ = branch("audit", "--out", str(out_file), user="boss")
    assert code == 0 and out_file.exists()
    sheet = openpyxl.load_workbook(out_file).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("序号", "时间", "用户") and all(isinstance(v, str) for v in rows[1] if v is not None)
    assert _audit_rows(branch.db_path)[-1].action == "audit_export"

    code, out, _ = branch("audit", "--verify", user="shenji")
    assert code == 0 and "完整" in out
    conn = sqlite3.connect(branch.db_path)
    conn.execute("drop trigger audit_log_no_update")
    conn.execute("update audit_log set username = 'x' where id = 3")
    conn.commit()
    conn.close()
    code, out, _ = branch("audit", "--verify", "--json", user="shenji")
    check = json.loads(out)
    assert code == 3 and not check["ok"] and check["first_bad_id"] == 3
    assert set(check) == {"ok", "rows", "first_bad_id", "problem", "message"}


def test_backup_and_restore_from_the_cli(branch, tmp_path):
    code, out, _ = branch("backup", "--json", user="admin")
    made = json.loads(out)
    assert code == 0 and Path(made["file"]).exists() and made["reason"] == "manual"
    code, out, _ = branch("backup", "--list", "--json", user="boss")
    listed = json.loads(out)
    assert code == 0 and listed[0]["path"] == made["file"]  # newest first; the import's backup follows
    assert [b["reason"] for b in listed] == ["manual", "before-import"]
    assert set(listed[0]) == {"file", "path", "created_at", "reason", "reason_label", "size"}

    code, _, _ = branch("user", "add", "later", "--role", "柜员", user="admin", new_password="Later-pass-1")
    assert code == 0
    code, out, err = branch("restore", made["file"], "--json", user="admin")
    assert code == 0, err
    done = json.loads(out)
    assert done["source"] == made["file"] and "before-restore" in done["kept_aside"]
    db = open_db(branch.db_path)
    try:
        assert accounts.get_user(db, "later") is None
        assert audit.verify_chain(db, READER).ok
    finally:
        db.close()
    assert _audit_rows(branch.db_path)[-1].action == "restore"

    bad = tmp_path / "坏.db"
    bad.write_bytes(b"not a database at all")
    code, _, err = branch("restore", str(bad), user="admin")
    assert code == 2 and "不是" in err


def test_purge_dry_run_counts_and_a_real_purge_needs_confirmation(branch):
    code, out, _ = branch("purge", "--dry-run", "--json", user="boss")
    report = json.loads(out)
    assert code == 0 and report["dry_run"] and set(report) == {"dry_run", "counts", "cutoffs", "total"}
    assert set(report["cutoffs"]) == {"snapshots", "contacts", "audit"}
    conn = sqlite3.connect(branch.db_path)
    conn.execute("insert into staff (id, name, employee_no, created_at) values (99, '旧员工', 'OLD', '2001-01-01')")
    conn.execute("""insert into feedback_items (customer_id, customer_no, category, text, raised_by, raised_on, status,
                    created_by, created_at, updated_by, updated_at)
                    values (1, '0000000001', 'price', '很久以前的意见', 99, '2001-01-01', 'recorded', 'x', 'x', 'x', 'x')""")
    conn.commit()
    conn.close()
    code, out, _ = branch("purge", "--dry-run", user="boss")
    assert code == 0 and "意见反馈" in out and "未作修改" in out
    code, _, err = branch("purge", user="boss")
    assert code == 2 and "--yes" in err
    code, out, _ = branch("purge", "--yes", "--json", user="admin")
    assert code == 0 and json.loads(out)["counts"]["feedback"] >= 1
    assert _audit_rows(branch.db_path)[-1].action == "purge"


def test_erase_a_customer_from_the_cli(branch):
    code, _, err = branch("erase", "0000000001", "--reason", "客户书面申请", user="boss")
    assert code == 2 and "--yes" in err
    code, _, err = branch("erase", "0000000001", "--reason", "客户书面申请", "--yes", user="guiyuan")
    assert code == 2 and "没有权限" in err
    code, out, _ = branch("erase", "0000000001", "--reason", "客户书面申请", "--yes", "--json", user="boss")
    assert code == 0 and json.loads(out)["counts"]["customers"] == 1
    code, _, err = branch("erase", "0000000001", "--reason", "客户书面申请", "--yes", user="boss")
    assert code == 2 and "找不到" in err
    erased = [r for r in _audit_rows(branch.db_path) if r.action == "customer_erased"]
    assert len(erased) == 1 and erased[0].customer_id is not None


def test_a_reset_password_must_be_changed_before_anything_else(branch):
    code, _, _ = branch("user", "passwd", "guiyuan", user="admin", new_password="Reset-pass-12")
    assert code == 0
    code, _, err = branch("customers", user="guiyuan", password="Reset-pass-12")
    assert code == 2 and "user passwd" in err
    code, _, _ = branch("user", "passwd", user="guiyuan", password="Reset-pass-12", new_password="Mine-pass-123")
    assert code == 0
    code, _, _ = branch("customers", user="guiyuan", password="Mine-pass-123")
    assert code == 0


def test_lock_and_unlock_from_the_cli(branch):
    assert branch("user", "lock", "guiyuan", user="admin")[0] == 0
    code, _, err = branch("customers", user="guiyuan")
    assert code == 2 and "停用" in err
    assert branch("user", "unlock", "guiyuan", user="admin")[0] == 0
    assert branch("customers", user="guiyuan")[0] == 0
    code, _, err = branch("user", "lock", "admin", user="admin")
    assert code == 2 and "最后一个管理员" in err


def test_a_database_on_a_network_share_is_refused(cli, monkeypatch):
    monkeypatch.setattr(core_db, "_mounts_text", lambda: f"srv:/x {cli.db_path.parent} cifs rw 0 0\n")
    code, _, err = cli("customers")
    assert code == 2 and "网络" in err and "本机硬盘" in err
    assert not cli.db_path.exists()


def test_the_local_user_is_still_the_default_for_old_scripts(cli):
    assert cli("customers")[0] == 0
    db = open_db(cli.db_path)
    try:
        assert accounts.default_actor(db) == LOCAL_USER
    finally:
        db.close()
