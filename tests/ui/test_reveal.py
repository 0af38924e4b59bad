"""「查看完整」 in the customer 360: only for the 主管, with a reason, audited, masked again after 30 seconds."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from core.security.reveal import REVEAL_SECONDS
from tests.ui.accounts import actor_named
from ui.dialogs.customer_360_dialog import Customer360Dialog

REASON = "客户临柜办理业务，核对身份"


def _customer(db, manager_username: str | None = None) -> int:  # noqa: ANN001
    """A customer with an ID number and a mobile (managed by that account's staff record, if named)."""
    sql = "select c.id from customers c where c.id_number is not null and c.mobile is not null"
    args: list[object] = []
    if manager_username:
        sql += " and c.manager_id = (select staff_id from users where username = ?)"
        args.append(manager_username)
    return int(db.execute(sql + " order by c.id limit 1", args).fetchone()[0])


def _reveals(db) -> list[tuple]:  # noqa: ANN001
    return db.execute("select username, customer_id, details_json from audit_log where action = 'customer_reveal'"
                      " order by id").fetchall()


def test_head_reveals_with_a_reason_and_it_is_masked_again(qtbot, accounts_db, accounts_db_path, runner,
                                                           fake_clock):
    head = actor_named(accounts_db, "zhuguan")
    customer = _customer(accounts_db)
    asked = []

    def ask(_parent, field_name):  # noqa: ANN001, ANN202
        asked.append(field_name)
        return REASON

    dialog = Customer360Dialog(accounts_db, customer, actor=head, ask_reason=ask, runner=runner)
    qtbot.addWidget(dialog)
    assert set(dialog.reveal_fields) == {"id_number", "mobile"}
    field = dialog.reveal_fields["id_number"]
    field.clock = fake_clock
    masked = field.value_label.text()
    full = accounts_db.execute("select id_number from customers where id = ?", [customer]).fetchone()[0]
    assert masked != full and masked.endswith(full[-4:]) and "*" in masked

    with qtbot.waitSignal(field.revealed, timeout=20_000):
        field.button.click()
    assert asked == ["证件号码"]
    assert field.value_label.text() == full and field.is_revealed
    assert field.value_label.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction  # not copied
    assert field.button.text() == f"隐藏（{REVEAL_SECONDS} 秒）" and field.timer.isActive()
    username, audited_customer, details = _reveals(accounts_db)[-1]
    assert (username, audited_customer) == ("zhuguan", customer)
    assert json.loads(details) == {"field": "id_number", "reason": REASON}

    fake_clock.advance(REVEAL_SECONDS - 1)
    field.tick()
    assert field.is_revealed and field.button.text() == "隐藏（1 秒）"
    fake_clock.advance(1)
    with qtbot.waitSignal(field.masked):
        field.tick()
    assert field.value_label.text() == masked and not field.is_revealed and not field.timer.isActive()
    assert field.button.text() == "查看完整"
    runner.wait(10_000)


def test_hiding_at_once_and_a_cancelled_reason(qtbot, accounts_db, runner):
    head = actor_named(accounts_db, "zhuguan")
    answers = [None, REASON]
    dialog = Customer360Dialog(accounts_db, _customer(accounts_db), actor=head, runner=runner,
                               ask_reason=lambda _p, _f: answers.pop(0))
    qtbot.addWidget(dialog)
    field = dialog.reveal_fields["mobile"]
    before = len(_reveals(accounts_db))
    field.button.click()  # no reason: nothing shown, nothing audited
    assert not field.is_revealed and len(_reveals(accounts_db)) == before
    with qtbot.waitSignal(field.revealed, timeout=20_000):
        field.button.click()
    field.button.click()  # 「隐藏」 before the time is up
    assert not field.is_revealed and "****" in field.value_label.text()
    runner.wait(10_000)


def test_other_roles_get_no_button(qtbot, accounts_db):
    for username in ("jl01", "guiyuan"):
        actor = actor_named(accounts_db, username)
        dialog = Customer360Dialog(accounts_db, _customer(accounts_db, "jl01"), actor=actor)
        qtbot.addWidget(dialog)
        assert dialog.reveal_fields == {}
        shown = dialog.field_labels["证件号码"].text()
        assert "*" in shown
