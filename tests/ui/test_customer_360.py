"""客户详情 (360): masked profile, warnings, contacts, managers; the three actions write through core."""

from __future__ import annotations

from core.actors import LOCAL_USER
from core.followup.staff import list_staff
from ui.dialogs.contact_dialog import ContactDialog
from ui.dialogs.customer_360_dialog import Customer360Dialog
from ui.dialogs.warning_actions import StatusChoice
from ui.models.rows_model import RowsModel


def _warned_customer(db) -> tuple[int, str]:  # noqa: ANN001
    return db.execute("""select c.id, c.customer_no from warnings w join customers c on c.id = w.customer_id
                         where w.status = 'new' order by w.aum_at_stake_fen desc limit 1""").fetchone()


def test_shows_masked_profile_and_sections(qtbot, qtmodeltester, demo_db) -> None:  # noqa: ANN001
    cid, no = _warned_customer(demo_db)
    dialog = Customer360Dialog(demo_db, cid)
    qtbot.addWidget(dialog)
    raw_mobile, raw_id = demo_db.execute("select mobile, id_number from customers where id = ?", [cid]).fetchone()
    shown = " ".join(label.text() for label in dialog.field_labels.values())
    assert no in shown
    assert raw_mobile not in shown and raw_id not in shown
    assert "*" in dialog.field_labels["手机号码"].text()
    assert dialog.warnings_model.rowCount() >= 1
    assert dialog.open_status == "new"
    assert dialog.tiers_model.rowCount() >= 1
    assert dialog.managers_model.rowCount() >= 1
    for model in (dialog.warnings_model, dialog.events_model, dialog.tiers_model, dialog.managers_model):
        qtmodeltester.check(model)


def test_rows_model_checks(qtmodeltester) -> None:  # noqa: ANN001
    model = RowsModel(("a", "b"), "X")
    model.set_rows([("1", "2"), ("3", "4")], ["p", "q"])
    qtmodeltester.check(model)
    assert model.index(1, 0).data(RowsModel.PayloadRole) == "q"


def test_change_status_and_assign(qtbot, demo_db, runner) -> None:  # noqa: ANN001
    cid, no = _warned_customer(demo_db)
    staff = [s for s in list_staff(demo_db, LOCAL_USER) if s.active][0]
    dialog = Customer360Dialog(demo_db, cid, ask_staff=lambda *_a: staff.employee_no or staff.name,
                               ask_status=lambda *_a: StatusChoice("contacted", ""), runner=runner)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.changed):
        dialog.assign_manager()
        assert dialog.busy and not dialog.assign_button.isEnabled()  # written on the task runner, not here
    assert dialog.field_labels["管户经理"].text() == staff.name
    assert dialog.open_status == "assigned"
    with qtbot.waitSignal(dialog.changed):
        dialog.change_status()
    assert dialog.open_status == "contacted"
    assert demo_db.execute("select status from warnings where customer_id = ? and status = 'contacted'",
                           [cid]).fetchone()


def test_recording_a_contact_updates_the_warning(qtbot, demo_db, runner) -> None:  # noqa: ANN001
    cid, no = _warned_customer(demo_db)
    saved: list[ContactDialog] = []

    def add_contact(form: ContactDialog) -> bool:  # what the teller does in the (modal) contact form
        saved.append(form)
        assert form.form.customer_edit.text() == no and form.form.customer_edit.isReadOnly()
        assert form.form.warning_combo.isVisibleTo(form)  # the open warning can be moved from the form
        form.form.summary_edit.setPlainText("电话联系，客户表示资金暂不转出")
        with qtbot.waitSignal(form.contact_saved, timeout=20_000):
            form.save()
        return form.result_saved is not None

    dialog = Customer360Dialog(demo_db, cid, add_contact=add_contact, runner=runner)
    qtbot.addWidget(dialog)
    before = dialog.contacts_model.rowCount()
    with qtbot.waitSignal(dialog.changed):
        dialog.record_contact()
    assert isinstance(saved[0], ContactDialog) and saved[0].result_saved is not None
    assert dialog.contacts_model.rowCount() == before + 1
    assert dialog.open_status == "contacted"


def test_contact_form_shows_refusals(qtbot, demo_db, runner) -> None:  # noqa: ANN001
    cid, no = _warned_customer(demo_db)
    refused: list[bool] = []

    def add_contact(form: ContactDialog) -> bool:
        form.form.summary_edit.setPlainText("字" * 6000)
        with qtbot.waitSignal(form.save_failed, timeout=20_000) as failed:
            form.save()
        assert failed.args[0]
        refused.append(True)
        return form.result_saved is not None

    dialog = Customer360Dialog(demo_db, cid, add_contact=add_contact, runner=runner)
    qtbot.addWidget(dialog)
    before = dialog.contacts_model.rowCount()
    dialog.record_contact()
    assert refused and dialog.contacts_model.rowCount() == before
