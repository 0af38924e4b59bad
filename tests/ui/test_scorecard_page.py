"""The 考核 page: the month's scorecard, sortable over every row, and the customers behind a figure."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.actors import LOCAL_USER
from core.followup.scorecard import scorecard
from ui.models.followup_models import SCORE_COLUMNS
from ui.pages.scorecard_page import ScorecardPage


def _loaded(qtbot, page: ScorecardPage) -> ScorecardPage:  # noqa: ANN001
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # read on the task runner
        page.refresh()
    return page


def _column(key: str) -> int:
    return [c.key for c in SCORE_COLUMNS].index(key)


def test_models_pass_qt_checks(qtbot, qtmodeltester, demo_db, settings) -> None:  # noqa: ANN001
    page = _loaded(qtbot, ScorecardPage(demo_db, settings))
    qtmodeltester.check(page.model)
    page.drill(0, _column("customers"))
    qtmodeltester.check(page.lines)


def test_rows_are_the_core_scorecard(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    page = _loaded(qtbot, ScorecardPage(demo_db, settings))
    card = scorecard(demo_db, LOCAL_USER, page.period)
    assert page.model.rowCount() == len(card.rows)
    assert {page.model.record(r).manager for r in range(page.model.rowCount())} == {r.manager for r in card.rows}


def test_sort_by_customers(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    page = _loaded(qtbot, ScorecardPage(demo_db, settings))
    page.table.sortByColumn(_column("customers"), Qt.SortOrder.DescendingOrder)
    values = [page.model.record(r).customers for r in range(page.model.rowCount())]
    assert values == sorted(values, reverse=True)


def test_drill_down_lists_the_customers_behind_a_figure(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    page = _loaded(qtbot, ScorecardPage(demo_db, settings))
    for row in range(page.model.rowCount()):
        record = page.model.record(row)
        book = page.drill(row, _column("customers"))
        assert page.lines.rowCount() == len(book)
        covered = page.drill(row, _column("coverage"))
        assert len(covered) == record.cadence_customers
        lost = page.drill(row, _column("lost"))
        assert len(lost) == record.high_value_lost
        assert record.manager in page.detail_title.text()
