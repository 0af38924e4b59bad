"""English: the catalogue loads and translates the window; core templates keep their placeholders."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from core.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
from update_translations import core_messages  # noqa: E402

TS = resource_path("i18n", "liuke_en.ts")
FIELDS = re.compile(r"\{(\w*)[^}]*\}")


def _translations() -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            t = message.find("translation")
            done = t is not None and t.get("type") != "unfinished" and t.text
            out[(name, message.findtext("source") or "")] = t.text if done else None
    return out


def test_loading_english_translates_the_main_window(qapp, demo_db, demo_db_path, settings) -> None:  # noqa: ANN001
    from ui.app import install_translators
    from ui.main_window import MainWindow

    before = set(qapp.findChildren(QTranslator))
    loaded = install_translators(qapp, "en")
    try:
        assert "liuke" in loaded
        window = MainWindow(demo_db, demo_db_path, settings)
        assert window.windowTitle() == "Liuke - Customer Care and Attrition Warnings"
        labels = [window.navigation.item(n).text() for n in range(window.navigation.count())]
        assert "Contacts" in labels and "Reports" in labels
        window.close()
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:  # later tests expect Chinese
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(QLocale("zh_CN"))
    assert QCoreApplication.translate("Followup", "电话") == "电话"


def test_every_core_message_is_in_the_catalogue() -> None:
    known = _translations()
    missing = [(c, t) for c, t, _f, _l in core_messages() if (c, t) not in known]
    assert not missing


def test_english_templates_keep_their_placeholders() -> None:
    known = _translations()
    for context, text, _f, _l in core_messages():
        english = known.get((context, text))
        if english is not None:
            assert set(FIELDS.findall(english)) == set(FIELDS.findall(text)), (context, text, english)


@pytest.mark.xfail(reason="English catalogue incomplete: the core templates still need translating", strict=False)
def test_every_core_template_has_an_english_translation() -> None:
    known = _translations()
    missing = [t for c, t, _f, _l in core_messages() if "{" in t and known.get((c, t)) is None]
    assert not missing
