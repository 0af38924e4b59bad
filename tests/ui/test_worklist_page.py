"""流失预警: the work list model, filters, 分派 in the background, and the status flow in place."""

from __future__ import annotations

from pathlib import Path

from core.actors import LOCAL_USER
from core.customer_query import committed_periods
from core.followup.staff import list_staff
from core.risk import list_risk
from ui.dialogs.warning_actions import StatusChoice, StatusDialog
from ui.models.worklist_model import WorklistFilter, WorklistModel
from ui.pages.worklist_page import WorklistPage


def _page(qtbot, demo_db, demo_db_path: Path, runner, settings, **kw) -> WorklistPage:  # noqa: ANN001
    page = WorklistPage(demo_db, demo_db_path, runner, settings, **kw)
    qtbot.addWidget(page)
    page.refresh()  # nothing is read until the page is shown or refreshed
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)  # the month is read on the task runner
    return page


def test_model_passes_qt_checks(qtmodeltester, demo_db) -> None:  # noqa: ANN001
    model = WorklistModel()
    model.set_rows(list_risk(demo_db, LOCAL_USER, committed_periods(demo_db)[0]))
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_rows_ordered_by_stake_and_filtered(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings)
    rows = page.model.all_rows
    assert rows and [r.aum_at_stake_fen for r in rows] == sorted((r.aum_at_stake_fen for r in rows), reverse=True)
    assert all(r.high_value for r in rows)
    assert page.model.index(0, 9).data()  # each row shows its reasons
    page.set_filter(WorklistFilter(level="高"))
    assert all(page.model.row_at(n).level == "高" for n in range(page.model.rowCount()))
    code = rows[0].reasons[0].code
    page.set_filter(WorklistFilter(reason=code))
    assert page.model.rowCount() >= 1
    assert all(any(r.code == code for r in page.model.row_at(n).reasons) for n in range(page.model.rowCount()))
    assert "显示" in page.count_label.text()


def test_assign_selected_runs_in_background(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    staff = [s for s in list_staff(demo_db, LOCAL_USER) if s.active][-1]
    key = staff.employee_no or staff.name
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, ask_staff=lambda *_a: key)
    page.set_filter(WorklistFilter())
    page.table.selectRow(0)
    page.table.selectionModel().select(page.model.index(1, 0), page.table.selectionModel().SelectionFlag.Select
                                       | page.table.selectionModel().SelectionFlag.Rows)
    chosen = [r.customer_no for r in page.selected_rows()]
    assert len(chosen) == 2
    with qtbot.waitSignal(page.work_finished, timeout=20_000):
        page.assign_selected()
    managers = dict(demo_db.execute(
        "select c.customer_no, st.name from customers c join staff st on st.id = c.manager_id "
        f"where c.customer_no in ({', '.join('?' * len(chosen))})", chosen).fetchall())
    assert set(managers.values()) == {staff.name}
    for no in chosen:
        status = demo_db.execute("select w.status from warnings w join customers c on c.id = w.customer_id "
                                 "where c.customer_no = ? order by w.id desc", [no]).fetchone()[0]
        assert status != "new"


def test_status_flow_in_place(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings,
                 ask_status=lambda *_a: StatusChoice("false_alarm", "客户确认资金只是临时周转"))
    page.set_filter(WorklistFilter(status="新预警"))
    assert page.model.rowCount() > 0
    no = page.model.row_at(0).customer_no
    page.table.selectRow(0)
    assert page.status_button.isEnabled()
    with qtbot.waitSignal(page.work_finished, timeout=20_000):  # written on the task runner
        page.change_status()
    row = demo_db.execute("select w.status, w.closed_reason from warnings w join customers c on c.id = w.customer_id "
                          "where c.customer_no = ? order by w.id desc", [no]).fetchone()
    assert row == ("false_alarm", "客户确认资金只是临时周转")


def test_status_dialog_needs_reason_to_close(qtbot) -> None:  # noqa: ANN001
    dialog = StatusDialog("contacted", "张三（C1）")
    qtbot.addWidget(dialog)
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("retained"))
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.note_edit.setPlainText("已续存")
    assert ok.isEnabled()
    assert dialog.choice() == StatusChoice("retained", "已续存")


def test_recompute_runs_as_task(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings)
    before = len(page.model.all_rows)
    with qtbot.waitSignal(page.work_finished, timeout=60_000):
        page.start_recompute()
    qtbot.waitUntil(lambda: not page.loading, timeout=20_000)
    assert len(page.model.all_rows) == before
    assert page.recompute_button.isEnabled()
    actions = [r[0] for r in demo_db.execute("select action from audit_log order by id desc limit 3")]
    assert "risk_recomputed" in actions  # a person's recompute is checked and audited
