"""审计日志 page: newest first, readable rows, filters in SQL, chain check intact/broken, paging, export."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from core.actors import LOCAL_USER
from core.db import open_db
from core.security import audit
from core.security.accounts import AccountRefused, actor_of, add_user, authenticate
from core.security.audit import AuditFilter, AuditRow
from ui.models.audit_details import details_text
from ui.models.audit_model import PAGE_SIZE, AuditTableModel
from ui.pages.audit_page import AuditPage

START = datetime(2026, 3, 1, 9, 0, 0)


class Ticks:
    """A clock that moves one minute per reading."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def audit_db(tmp_path: Path) -> Iterator[tuple]:
    """Accounts created, a few failed sign-ins and a reveal-like row; yields (db, path, auditor, admin)."""
    path = tmp_path / "audit.db"
    db = open_db(path)
    clock = Ticks()
    admin = actor_of(add_user(db, LOCAL_USER, "admin", "Admin-2026", "管理员", clock=clock))
    auditor = actor_of(add_user(db, admin, "shenji", "Audit-2026", "审计", display_name="审计员", clock=clock))
    for _ in range(2):
        with pytest.raises(AccountRefused):
            authenticate(db, "shenji", "wrong-password", clock=clock)
    authenticate(db, "shenji", "Audit-2026", clock=clock)
    audit.record(db, LOCAL_USER, "customer_reveal", customer_id=42, details={"field": "mobile", "reason": "客户来电核实"},
                 clock=clock)
    yield db, path, auditor, admin
    db.close()


def _page(qtbot, db, path, runner, settings, actor, **kwargs) -> AuditPage:  # noqa: ANN001
    page = AuditPage(db, path, runner, settings, actor, **kwargs)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    return page


def _cells(page: AuditPage, row: int) -> list[str]:
    return [page.model.index(row, c).data() for c in range(page.model.columnCount())]


def test_rows_appear_newest_first_and_readable(qtbot, qtmodeltester, audit_db, runner, settings) -> None:  # noqa: ANN001
    db, path, auditor, _admin = audit_db
    page = _page(qtbot, db, path, runner, settings, auditor)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 6
    assert page.count_label.text() == "共 6 条记录"
    newest = _cells(page, 0)
    assert newest[0].startswith("2026-03-01 09:") and len(newest[0]) == 19
    assert newest[1:6] == ["local", "主管", "查看完整信息", "成功", "42"]
    assert newest[7] == "字段：手机号码；原因：客户来电核实"
    assert _cells(page, 1)[3] == "登录"
    failed = _cells(page, 2)
    assert failed[3] == "登录失败"
    assert failed[7] == "原因：用户名或密码不正确；连续失败次数：2"
    oldest = _cells(page, 5)
    assert oldest[3] == "新建账户"
    assert oldest[6] == "user:admin"
    assert oldest[7] == "首个管理员账户；角色：管理员"
    times = [page.model.index(r, 0).data() for r in range(6)]
    assert times == sorted(times, reverse=True)


def test_oldest_first_after_a_click_on_time(qtbot, audit_db, runner, settings) -> None:  # noqa: ANN001
    db, path, auditor, _admin = audit_db
    page = _page(qtbot, db, path, runner, settings, auditor)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert _cells(page, 0)[3] == "新建账户"
    page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)  # not sortable: the order stays by time
    assert _cells(page, 0)[3] == "新建账户"
    assert page.table.horizontalHeader().sortIndicatorSection() == 0


def test_filter_by_action_user_and_date(qtbot, audit_db, runner, settings) -> None:  # noqa: ANN001
    db, path, auditor, _admin = audit_db
    page = _page(qtbot, db, path, runner, settings, auditor)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.action_combo.setCurrentIndex(page.action_combo.findData("sign_in_failed"))
    assert page.model.rowCount() == 2
    assert {_cells(page, r)[3] for r in range(2)} == {"登录失败"}
    assert page.count_label.text() == "符合筛选的记录 2 条"
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.clear_filters()
    assert page.model.rowCount() == 6
    page.user_edit.setText("local")
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # typing applies after a short pause
        pass
    assert page.model.rowCount() == 1
    page.user_edit.clear()
    page.from_edit.setDate(page.from_edit.date().fromString("2026-03-02", "yyyy-MM-dd"))
    page.to_edit.setDate(page.to_edit.date().fromString("2026-03-05", "yyyy-MM-dd"))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.date_check.setChecked(True)
    assert page.model.rowCount() == 0
    assert page.current_filter() == AuditFilter(since="2026-03-02", until="2026-03-06")


def test_verify_shows_an_intact_log_in_green(qtbot, audit_db, runner, settings) -> None:  # noqa: ANN001
    db, path, auditor, _admin = audit_db
    page = _page(qtbot, db, path, runner, settings, auditor)
    with qtbot.waitSignal(page.verified, timeout=20_000) as blocker:
        page.verify_button.click()
    assert blocker.args[0].ok
    assert page.banner.kind == "success"
    assert page.banner.text() == "审计日志完整：共 6 条，哈希链校验通过。"


def test_verify_names_the_first_changed_row_in_red(qtbot, audit_db, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    db, path, auditor, _admin = audit_db
    copy = tmp_path / "tampered.db"
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(path, copy)
    bad = open_db(copy)
    bad.execute("DROP TRIGGER audit_log_no_update")
    bad.execute("update audit_log set username = 'someone' where id = 3")
    bad.conn.commit()
    page = _page(qtbot, bad, copy, runner, settings, auditor)
    try:
        with qtbot.waitSignal(page.verified, timeout=20_000) as blocker:
            page.verify()
        assert not blocker.args[0].ok and blocker.args[0].first_bad_id == 3
        assert page.banner.kind == "error"
        assert page.banner.text() == "审计日志已被篡改：第 3 条起哈希链不一致（内容与哈希不符）。"
    finally:
        runner.wait(20_000)
        bad.close()


def test_rows_load_a_page_at_a_time_as_the_user_scrolls(qtbot, audit_db, runner, settings) -> None:  # noqa: ANN001
    db, path, auditor, _admin = audit_db
    clock = Ticks(START + timedelta(days=1))
    with db.atomic():
        for n in range(3 * PAGE_SIZE):
            audit.record(db, LOCAL_USER, "customer_search", details={"by": "mobile", "results": n}, clock=clock)
    page = _page(qtbot, db, path, runner, settings, auditor)
    total = 3 * PAGE_SIZE + 6
    assert page.model.rowCount() == total
    assert page.model.pages_loaded == 1
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.pages_loaded >= 2, timeout=10_000)
    assert _cells(page, total - 1)[3] == "新建账户"  # the oldest row is last
    assert page.model.pages_loaded <= 3  # the middle page was never needed


def test_rows_written_meanwhile_do_not_repeat_rows(qtbot, audit_db, runner, settings) -> None:  # noqa: ANN001
    db, _path, auditor, _admin = audit_db
    clock = Ticks(START + timedelta(days=1))
    with db.atomic():
        for _ in range(PAGE_SIZE + 10):
            audit.record(db, LOCAL_USER, "customer_search", clock=clock)
    model = AuditTableModel(db, auditor)
    model.set_filter(AuditFilter())
    last_of_first = model.record(PAGE_SIZE - 1)
    for _ in range(5):
        audit.record(db, LOCAL_USER, "export", clock=clock)  # new rows while the list is on screen
    first_of_second = model.record(PAGE_SIZE)
    assert last_of_first is not None and first_of_second is not None
    assert first_of_second.id == last_of_first.id - 1


def test_export_runs_in_a_task_with_the_filter(qtbot, audit_db, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    db, path, auditor, _admin = audit_db
    calls: list[tuple] = []
    target = tmp_path / "审计.xlsx"

    def fake_export(db_, actor, out, f):  # noqa: ANN001, ANN202
        calls.append((actor.username, out, f))
        out.write_text("x")
        return out

    page = _page(qtbot, db, path, runner, settings, auditor, export=fake_export,
                 choose=lambda _p, _name, _filters: target)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.action_combo.setCurrentIndex(page.action_combo.findData("sign_in_failed"))
    with qtbot.waitSignal(page.exported, timeout=20_000):
        assert page.export()
    assert calls == [("shenji", target, AuditFilter(action="sign_in_failed"))]
    assert str(target) in page.banner.text() and page.banner.kind == "success"


def test_real_export_writes_the_workbook_and_is_audited(qtbot, audit_db, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    db, path, auditor, _admin = audit_db
    target = tmp_path / "审计日志"
    page = _page(qtbot, db, path, runner, settings, auditor, choose=lambda *_a: target)
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # the export's own row is listed afterwards
        with qtbot.waitSignal(page.exported, timeout=30_000) as blocker:
            assert page.export()
    written = target.with_name("审计日志.xlsx")
    assert blocker.args[0] == 6 and written.exists()
    assert page.banner.text() == f"已导出：{written}（6 条）"
    assert openpyxl.load_workbook(written).sheetnames == ["审计日志", "导出说明"]
    assert _cells(page, 0)[3] == "导出审计日志"


def test_roles_without_the_right_see_nothing(qtbot, audit_db, runner, settings) -> None:  # noqa: ANN001
    db, path, _auditor, admin = audit_db
    page = _page(qtbot, db, path, runner, settings, admin)
    assert page.model.rowCount() == 0
    assert not page.verify_button.isEnabled() and not page.export_button.isEnabled()
    assert page.banner.text() == "没有权限：管理员不能查看审计日志（可由主管、审计操作）。"


def _row(action: str, details: dict) -> AuditRow:
    return AuditRow(1, "2026-03-01T09:00:00", None, "u", "主管", action, "ok", None, None, details, "0" * 64, "0" * 64)


@pytest.mark.parametrize(("action", "details", "text"), [
    ("contact_added", {"attitude": "stable", "channel": "wechat", "purpose": "maturity"},
     "联系方式：微信；目的：到期提醒；客户态度：稳定"),
    ("warning_changed", {"from": "new", "to": "contacted", "contact_id": 7}, "状态 新预警 → 已联系；联系记录编号：7"),
    ("export", {"file_sha256": "ab" * 32, "kind": "customers", "masked": True, "rows": 1200},
     "类别：客户清单；行数：1,200；脱敏：是；文件哈希：abababababab…"),
    ("customer_search", {"kind": "id_number+mobile", "results": 1}, "类别：证件号码、手机号码；找到：1"),
    ("user_changed", {"changed": ["display_name", "role"], "from_role": "柜员", "to_role": "主管"},
     "角色 柜员 → 主管；改动 显示名、角色"),
    ("backup", {"reason": "manual", "size": 3 * 1024 * 1024, "chosen_file": False}, "原因：手动；大小：3.0 MB"),
    ("purge", {"counts": {"snapshots": 12, "audit": 0}}, "数量：月度资产数据 12，审计日志 0"),
    ("permission_denied", {"permission": "customer.reveal", "odd_new_key": "x"},
     "所需权限：查看完整证件号/手机号；odd_new_key：x"),
])
def test_details_read_as_chinese(qtbot, action: str, details: dict, text: str) -> None:  # noqa: ANN001
    assert details_text(_row(action, details)) == text
