"""数据安全 page: back up now, restore asks then hands over, exchange packages, purge preview, sections per role."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from core.actors import LOCAL_USER, Actor
from core.db import open_db
from core.exchange import Conflict, ExchangeRefused, ExchangeReport
from core.progress import Progress
from core.security.accounts import actor_of, add_user
from core.security.backups import create_backup
from core.security.retention import PurgeReport
from ui.dialogs.exchange_dialog import ExchangePasswordDialog, ExchangeReportDialog
from ui.pages.data_page import DataPage, core_ops

HEAD = Actor("zhuguan", "主管", "主管")
TELLER = Actor("guiyuan", "柜员", "柜员", staff_id=1)
AUDITOR = Actor("shenji", "审计", "审计")


@pytest.fixture
def data_db(tmp_path: Path) -> Iterator[tuple]:
    """A fresh database with an administrator; yields (db, path, admin)."""
    path = tmp_path / "data.db"
    db = open_db(path)
    admin = actor_of(add_user(db, LOCAL_USER, "admin", "Admin-2026", "管理员"))
    yield db, path, admin
    db.close()


def _page(qtbot, data_db, runner, settings, actor=None, **kwargs) -> DataPage:  # noqa: ANN001
    db, path, admin = data_db
    page = DataPage(db, path, runner, settings, actor or admin, **kwargs)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    return page


def test_backup_now_lists_a_new_backup(qtbot, qtmodeltester, data_db, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, data_db, runner, settings)
    assert page.backup_model.rowCount() == 0
    assert page.backup_folder_label.text() == "还没有备份。"
    with qtbot.waitSignal(page.backup_created, timeout=30_000) as blocker:
        page.backup_button.click()
    path = blocker.args[0]
    assert path.exists()
    assert page.backup_model.rowCount() == 1
    qtmodeltester.check(page.backup_model)
    assert page.backup_model.index(0, 1).data() == "手动备份"
    assert page.backup_model.index(0, 3).data() == path.name
    assert page.selected_backup is not None and page.selected_backup.path == path
    assert page.banner.kind == "success" and str(path) in page.banner.text()
    qtbot.waitUntil(lambda: page.backup_button.isEnabled())
    assert page.backup_button.text() == "立即备份"


def test_restore_asks_then_emits_the_path(qtbot, data_db, runner, settings) -> None:  # noqa: ANN001
    db, _path, admin = data_db
    backup = create_backup(db, admin)
    answers = [False, True]
    asked: list[str] = []

    def confirm(_parent, _title, text, _yes):  # noqa: ANN001, ANN202
        asked.append(text)
        return answers.pop(0)

    page = _page(qtbot, data_db, runner, settings, confirm=confirm)
    assert not page.restore_button.isEnabled()  # nothing selected yet
    page.backup_table.selectRow(0)
    assert page.restore_button.isEnabled()
    with qtbot.assertNotEmitted(page.restore_requested):
        assert not page.restore_selected()
    with qtbot.waitSignal(page.restore_requested) as blocker:
        assert page.restore_selected()
    assert blocker.args == [backup]
    assert "另存" in asked[0] and "重新登录" in asked[0]


def test_exchange_export_asks_file_and_password_and_runs_with_progress(qtbot, data_db, runner, settings,
                                                                       tmp_path: Path) -> None:  # noqa: ANN001
    calls: list[tuple] = []
    progress_seen: list[str] = []

    def fake_export(db, actor, out, password, *, everything, progress, cancel):  # noqa: ANN001, ANN202
        calls.append((actor.username, out, password, everything, cancel is not None))
        progress(Progress(1, 2, "exchange_collect"))
        return ExchangeReport(out, {"contacts": 3, "feedback": 0, "warnings": 1})

    page = _page(qtbot, data_db, runner, settings, HEAD, ops=replace(core_ops(), export_package=fake_export),
                 choose_save=lambda _p, suggested, _f: tmp_path / "package",
                 ask_password=lambda _p, export: "Secret-2026" if export else None)
    page.progress_bar.valueChanged.connect(lambda v: progress_seen.append(page.stage_label.text()))
    with qtbot.waitSignal(page.exchange_finished, timeout=20_000) as blocker:
        assert page.export_package()
    assert calls == [("zhuguan", tmp_path / "package.lkx", "Secret-2026", False, True)]
    assert blocker.args[0].counts["contacts"] == 3
    assert page.banner.kind == "success"
    assert "联系记录 3 条、预警状态变化 1 条" in page.banner.text()
    assert "正在收集要导出的记录… 1/2" in progress_seen
    qtbot.waitUntil(lambda: not page.busy)
    assert page.progress_bar.isHidden()


def test_exchange_import_shows_the_report(qtbot, data_db, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    package = tmp_path / "from-pc2.lkx"
    conflict = Conflict("warning", "客户 62******01", "已联系（PC2，3月5日）", "已分派（本机，3月4日）",
                        "两台电脑都改了这条预警的状态，以较晚的修改为准。")
    report = ExchangeReport(package, {"contacts": 2, "feedback": 1}, unchanged=5, conflicts=(conflict,))
    calls: list[tuple] = []
    shown: list[ExchangeReport] = []

    def fake_import(db, actor, path, password, *, progress, cancel):  # noqa: ANN001, ANN202
        calls.append((actor.username, path, password))
        return report

    page = _page(qtbot, data_db, runner, settings, TELLER, ops=replace(core_ops(), import_package=fake_import),
                 choose_open=lambda _p, _folder, _f: package, ask_password=lambda _p, export: "pw" if not export else None,
                 show_report=lambda _p, r: shown.append(r))
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        assert page.import_package()
    assert calls == [("guiyuan", package, "pw")]
    assert shown == [report]
    assert page.banner.kind == "warning"
    assert page.banner.text() == "已导入交换包：新增 联系记录 2 条、意见反馈 1 条，未变化 5 条，冲突 1 处。"


def test_wrong_package_password_is_refused_in_chinese(qtbot, data_db, runner, settings, tmp_path: Path) -> None:  # noqa: ANN001
    def fake_import(db, actor, path, password, *, progress, cancel):  # noqa: ANN001, ANN202
        raise ExchangeRefused("密码不正确，或交换包已损坏。请向导出的同事核对密码。")

    page = _page(qtbot, data_db, runner, settings, HEAD, ops=replace(core_ops(), import_package=fake_import),
                 choose_open=lambda *_a: tmp_path / "x.lkx", ask_password=lambda *_a: "wrong",
                 show_report=lambda *_a: pytest.fail("no report for a refused package"))
    with qtbot.waitSignal(page.refused, timeout=20_000) as blocker:
        page.import_package()
    assert blocker.args[0] == "密码不正确，或交换包已损坏。请向导出的同事核对密码。"
    assert page.banner.kind == "error"


def test_report_dialog_lists_counts_and_conflicts(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    conflict = Conflict("warning", "客户 62******01", "已联系", "已分派", "以较晚的修改为准。")
    dialog = ExchangeReportDialog(ExchangeReport(tmp_path / "p.lkx", {"contacts": 2, "warning_events": 0},
                                                 unchanged=5, conflicts=(conflict,)))
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text() == "已合并：新增 2 条，本机已有（未变化）5 条，冲突 1 处。"
    assert dialog.counts_model.rowCount() == 1
    assert dialog.counts_model.index(0, 0).data() == "联系记录"
    assert [dialog.conflicts_model.index(0, c).data() for c in range(5)] == [
        "预警", "客户 62******01", "已联系", "已分派", "以较晚的修改为准。"]
    again = ExchangeReportDialog(ExchangeReport(tmp_path / "p.lkx", {"contacts": 0}, unchanged=8))
    qtbot.addWidget(again)
    assert "没有新内容" in again.summary_label.text()
    assert again.conflicts_table.isHidden()


def test_password_dialog_checks_as_you_type(qtbot) -> None:  # noqa: ANN001
    export = ExchangePasswordDialog(True)
    qtbot.addWidget(export)
    assert not export.ok_button.isEnabled()
    export.password.first.setText("Secret-2026")
    assert not export.ok_button.isEnabled()
    export.password.second.setText("Secret-2026")
    assert export.ok_button.isEnabled()
    assert export.password.hint.text() == "✓ 密码符合要求。"
    opening = ExchangePasswordDialog(False)
    qtbot.addWidget(opening)
    opening.password.first.setText("x")
    assert opening.ok_button.isEnabled()  # opening a package: whatever was set then


def test_purge_preview_shows_counts_and_purge_asks_first(qtbot, data_db, runner, settings) -> None:  # noqa: ANN001
    calls: list[bool] = []

    def fake_purge(db, actor, *, dry_run):  # noqa: ANN001, ANN202
        calls.append(dry_run)
        return PurgeReport(dry_run, {"snapshots": 1200, "contacts": 3, "audit": 0}, {"snapshots": "2021-11"})

    asked: list[str] = []
    page = _page(qtbot, data_db, runner, settings, ops=replace(core_ops(), purge=fake_purge),
                 confirm=lambda _p, _t, text, _y: asked.append(text) or True)
    assert page.retention_labels["retention.snapshot_months"].text() == "月度资产数据"
    assert page.retention_values["retention.snapshot_months"].text() == "保留 60 个月"
    assert page.retention_values["retention.audit_months"].text() == "保留 36 个月"
    with qtbot.waitSignal(page.purge_finished, timeout=20_000):
        page.preview_button.click()
    assert calls == [True]
    assert page.purge_label.text().startswith("按当前设置将删除：月度资产数据 1,200 条、联系记录 3 条。")
    qtbot.waitUntil(lambda: not page.busy)
    with qtbot.waitSignal(page.data_changed, timeout=20_000):
        assert page.run_purge()
    assert calls == [True, False]
    assert "上次预览：月度资产数据 1,200 条、联系记录 3 条。" in asked[0]
    assert page.banner.text() == "已清理：月度资产数据 1,200 条、联系记录 3 条。"


def test_purge_preview_with_the_real_purge(qtbot, data_db, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, data_db, runner, settings)
    with qtbot.waitSignal(page.purge_finished, timeout=20_000) as blocker:
        page.preview_purge()
    assert blocker.args[0].dry_run
    assert page.purge_label.text().startswith("没有超过保留期限的数据。")


@pytest.mark.parametrize(("actor", "backups", "restore", "exchange", "purge"), [
    ("admin", True, True, False, True),
    (HEAD, True, False, True, True),
    (TELLER, False, False, True, False),
    (AUDITOR, False, False, False, False),
])
def test_sections_show_per_role(qtbot, data_db, runner, settings, actor, backups, restore, exchange, purge) -> None:  # noqa: ANN001
    page = _page(qtbot, data_db, runner, settings, None if actor == "admin" else actor)
    shown = {name: not widget.isHidden() for name, widget in (
        ("backups", page.backup_card), ("restore", page.restore_button), ("exchange", page.exchange_card),
        ("purge", page.retention_card), ("nothing", page.nothing_label))}
    assert shown == {"backups": backups, "restore": restore, "exchange": exchange, "purge": purge,
                     "nothing": not (backups or exchange or purge)}
    if not purge:
        assert not page.preview_purge()  # not offered, and refused if called
    if not exchange:
        assert not page.export_package()


def test_real_export_then_import_on_another_pc(qtbot, demo_db, demo_db_path, data_db, runner, settings,
                                               tmp_path: Path) -> None:  # noqa: ANN001
    package = tmp_path / "usb" / "pc1.lkx"
    package.parent.mkdir()
    pc1 = DataPage(demo_db, demo_db_path, runner, settings, HEAD, choose_save=lambda *_a: package,
                   ask_password=lambda *_a: "Secret-2026")
    qtbot.addWidget(pc1)
    with qtbot.waitSignal(pc1.loaded, timeout=20_000):
        pc1.refresh()
    assert pc1.exchange_status_label.text().startswith("本机待导出 ")
    with qtbot.waitSignal(pc1.exchange_finished, timeout=60_000) as blocker:
        pc1.export_package()
    assert package.exists() and blocker.args[0].counts["contacts"] > 0
    qtbot.waitUntil(lambda: not pc1.busy)
    with qtbot.waitSignal(pc1.refused, timeout=20_000) as refused:  # nothing new since: core says so
        pc1.export_package()
    assert "没有新的" in refused.args[0]

    shown: list[ExchangeReport] = []
    db, path, _admin = data_db
    pc2 = DataPage(db, path, runner, settings, HEAD, choose_open=lambda *_a: package,
                   ask_password=lambda *_a: "Secret-2026", show_report=lambda _p, r: shown.append(r))
    qtbot.addWidget(pc2)
    with qtbot.waitSignal(pc2.exchange_finished, timeout=60_000):
        pc2.import_package()
    assert shown and shown[0].path == package
    contacts = shown[0].counts["contacts"]
    assert pc2.banner.text().startswith(f"已导入交换包：新增 联系记录 {contacts} 条")
    assert "暂未对上客户" not in pc2.banner.text()  # a part of the contacts, told in the report's notes
