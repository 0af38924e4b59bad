"""The 意见反馈 board: items by status, moves along the loop with the details they need, the digest."""

from __future__ import annotations

from core.actors import LOCAL_USER
from core.followup.feedback import add_feedback, list_feedback
from ui.pages.feedback_page import FeedbackPage


def _page(qtbot, demo_db, demo_db_path, runner, settings, answers):  # noqa: ANN001, ANN202
    page = FeedbackPage(demo_db, demo_db_path, runner, settings, ask=lambda _parent, _item, _back: answers.pop(0))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # nothing is read until the page is shown or refreshed
        page.refresh()
    return page


def _new_item(db) -> int:  # noqa: ANN001
    no, staff = db.execute("select customer_no, (select employee_no from staff where employee_no is not null limit 1) from customers limit 1").fetchone()
    return add_feedback(db, LOCAL_USER, no, "服务", "希望增加周末理财经理值班。", staff, raised_on="2026-10-20").item.id


def test_board_columns_hold_every_item_by_status(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, [])
    items = list_feedback(demo_db, LOCAL_USER)
    assert sum(lst.count() for lst in page.columns.values()) == len(items)
    for code, lst in page.columns.items():
        assert lst.count() == sum(1 for i in items if i.status_code == code)


def test_item_moves_forward_step_by_step(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    item_id = _new_item(demo_db)
    answers = [{"status": "forwarded", "to": "个人金融部", "answer": None, "note": None, "on": "2026-10-21"},
               {"status": "answered", "to": None, "answer": "周六上午安排理财经理值班。", "note": None, "on": "2026-10-25"}]
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, answers)
    page.select_item(item_id)
    assert page.selected_item().status_code == "recorded"
    assert not page.back_button.isEnabled()
    with qtbot.waitSignal(page.item_moved, timeout=10_000):
        page.forward_button.click()
    assert page.selected_item().status_code == "forwarded"
    assert page.selected_item().forwarded_to == "个人金融部"
    with qtbot.waitSignal(page.item_moved, timeout=10_000):
        page.forward_button.click()
    assert page.selected_item().status_code == "answered"
    assert "已答复" in page.banner.text()


def test_a_move_missing_its_detail_is_refused_in_chinese(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    item_id = _new_item(demo_db)
    answers = [{"status": "forwarded", "to": None, "answer": None, "note": None, "on": "2026-10-21"}]
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, answers)
    page.select_item(item_id)
    page.move_selected(back=False)
    qtbot.waitUntil(lambda: page.banner.isVisibleTo(page) and page.banner.kind == "error", timeout=10_000)
    assert "转交" in page.banner.text()
    assert demo_db.execute("select status from feedback_items where id = ?", [item_id]).fetchone()[0] == "recorded"


def test_digest_chart_shows_the_month_by_category(qtbot, demo_db, demo_db_path, runner, settings) -> None:  # noqa: ANN001
    page = _page(qtbot, demo_db, demo_db_path, runner, settings, [])
    digest = page.digest
    assert digest is not None
    assert [name for name, _ in page.chart.bars()] == [c.category for c in digest.by_category]
    assert sum(sum(counts) for _, counts in page.chart.bars()) == digest.raised
