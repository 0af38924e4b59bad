"""The 走访 page and the quick contact form: due lists, keyboard-only saving, the warning moving on."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt

from core.actors import LOCAL_USER
from core.followup.cadence import due_list
from ui.dialogs.contact_dialog import ContactDialog
from ui.pages.contacts_page import SECTIONS, ContactsPage


def _page(qtbot, demo_db, demo_db_path, runner, settings) -> ContactsPage:  # noqa: ANN001
    page = ContactsPage(demo_db, demo_db_path, runner, settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # nothing is read until the page is shown or refreshed
        page.refresh()
    return page


def test_models_pass_qt_checks(qtbot, qtmodeltester, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings)
    for name in SECTIONS:
        qtmodeltester.check(page.models[name])
    qtmodeltester.check(page.recent_model)
    assert page.recent_model.rowCount() > 0


def test_lists_match_core_due_list(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings)
    due = due_list(demo_db, LOCAL_USER)
    assert page.models["warnings_uncontacted"].rowCount() == len(due.warnings_uncontacted)
    assert page.models["out_of_cadence"].rowCount() == len(due.out_of_cadence)
    assert str(len(due.warnings_uncontacted)) in page.tabs.tabText(2)


def test_sorting_a_due_list_sorts_every_row(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings)
    model = page.models["out_of_cadence"]
    model.sort(3, Qt.SortOrder.DescendingOrder)  # 金融资产
    values = [model.record(r).aum_fen or 0 for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_choosing_a_manager_narrows_the_lists(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings)
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # the lists are read again on the task runner
        page.manager_combo.setCurrentIndex(1)
    manager = page.manager
    assert manager
    names = {page.models["out_of_cadence"].record(r).employee_no for r in range(page.models["out_of_cadence"].rowCount())}
    assert names <= {manager}


def test_form_prefills_from_customer_and_cadence(qtbot, demo_db, demo_db_path, runner) -> None:  # noqa: ANN001
    due = due_list(demo_db, LOCAL_USER)
    item = due.warnings_uncontacted[0]
    now = datetime(2026, 11, 20, 10, 0)
    dialog = ContactDialog(demo_db, demo_db_path, runner, item.customer_no, now=now)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.context is not None and form.context.warning_id == item.warning_id
    assert form.staff_combo.currentData() == item.employee_no
    assert form.purpose_combo.currentData() == "retention"
    assert form.warning_combo.isVisibleTo(dialog)
    expected = now.date().toordinal() + (form.context.cadence_days or 30)
    assert form.next_edit.date().toPython().toordinal() == expected
    form.attitude_combo.setCurrentIndex(form.attitude_combo.findData("hesitant"))
    assert (form.next_edit.date().toPython() - now.date()).days == 7


def test_saving_records_and_moves_the_warning(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings)
    page.show()
    item = page.models["warnings_uncontacted"].record(0)
    dialog = page.make_dialog(item.customer_no)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    failures = []
    dialog.save_failed.connect(failures.append)
    form = dialog.form
    form.reason_boxes["rate"].setChecked(True)
    form.summary_edit.setPlainText("客户考虑转存他行，已介绍大额存单")
    saved_args = []
    dialog.contact_saved.connect(saved_args.append)
    with qtbot.waitSignals([dialog.contact_saved, page.loaded], timeout=20_000):  # saved, then the lists re-read
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not failures
    saved = saved_args[0]
    assert saved.record.customer_no == item.customer_no
    assert saved.record.reasons == ("他行利率更高",)
    assert saved.warning is not None and saved.warning.to_status == "已联系"
    status = demo_db.execute("select status from warnings where id = ?", [item.warning_id]).fetchone()[0]
    assert status == "contacted"
    customers = {page.models["warnings_uncontacted"].record(r).customer_no
                 for r in range(page.models["warnings_uncontacted"].rowCount())}
    assert item.customer_no not in customers
    assert "已联系" in page.status_label.text()


def test_a_refusal_is_shown_in_chinese_and_nothing_is_written(qtbot, demo_db, demo_db_path, runner) -> None:  # noqa: ANN001
    item = due_list(demo_db, LOCAL_USER).warnings_uncontacted[0]
    before = demo_db.execute("select count(*) from visits").fetchone()[0]
    dialog = ContactDialog(demo_db, demo_db_path, runner, item.customer_no)
    qtbot.addWidget(dialog)
    visited = dialog.form.when_edit.date()
    dialog.form.next_edit.setDate(visited.addDays(-1))  # before the contact: refused
    with qtbot.waitSignal(dialog.save_failed, timeout=10_000):
        dialog.save()
    assert "下次跟进日期" in dialog.banner.text()
    assert demo_db.execute("select count(*) from visits").fetchone()[0] == before
    assert isinstance(visited, QDate)


def test_empty_form_takes_a_customer_number(qtbot, demo_db, demo_db_path, runner) -> None:  # noqa: ANN001
    dialog = ContactDialog(demo_db, demo_db_path, runner)
    qtbot.addWidget(dialog)
    assert dialog.form.first_field() is dialog.form.customer_edit
    no = demo_db.execute("select customer_no from customers limit 1").fetchone()[0]
    dialog.form.customer_edit.setText(no)
    dialog.form.customer_edit.editingFinished.emit()
    assert dialog.form.context is not None and dialog.form.context.customer_no == no
