"""设置: business settings edited in place with Chinese refusals, staff, and the language in QSettings."""

from __future__ import annotations

from core.actors import LOCAL_USER
from core.settings import get_setting
from ui.models.settings_model import SettingsModel
from ui.pages.settings_page import SettingsPage
from ui.settings import KEY_LANGUAGE


def test_model_checks_and_edits(qtmodeltester, qtbot, demo_db) -> None:  # noqa: ANN001
    model = SettingsModel(demo_db, ("tier.",))
    qtmodeltester.check(model)
    row = model.row_of("tier.gold_min")
    with qtbot.waitSignal(model.changed):
        assert model.setData(model.index(row, 1), "6万")
    assert get_setting(demo_db, LOCAL_USER, "tier.gold_min").value == 6_000_000
    assert model.index(row, 1).data() == "6万元"


def test_refusal_is_shown_and_nothing_written(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    page = SettingsPage(demo_db, settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # read on the task runner
        page.refresh()
    model = page.models[0]
    row = model.row_of("tier.platinum_min")
    with qtbot.waitSignal(model.refused, timeout=20_000):  # written (and refused) on the task runner
        model.setData(model.index(row, 1), "1万")  # below 金卡: order broken
    assert not page.banner.isHidden()
    assert page.banner.text()
    assert get_setting(demo_db, LOCAL_USER, "tier.platinum_min").is_default
    with qtbot.waitSignal(model.refused, timeout=20_000):
        model.setData(model.index(row, 1), "abc")
    assert "不是有效的值" in page.banner.text()


def test_add_staff(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    page = SettingsPage(demo_db, settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # read on the task runner
        page.refresh()
    before = page.staff_model.rowCount()
    page.name_edit.setText("新同事")
    page.number_edit.setText("E9001")
    with qtbot.waitSignal(page.settings_changed):
        assert page.add_staff()
    assert page.staff_model.rowCount() == before + 1
    page.name_edit.setText("又一人")
    page.number_edit.setText("E9001")
    with qtbot.waitSignal(page.staff_refused, timeout=20_000):
        assert page.add_staff()
    assert "E9001" in page.banner.text()


def test_language_saved_in_qsettings(qtbot, demo_db, settings) -> None:  # noqa: ANN001
    page = SettingsPage(demo_db, settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # read on the task runner
        page.refresh()
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert settings.value(KEY_LANGUAGE) == "en"
    assert "重新启动" in page.language_note.text()
