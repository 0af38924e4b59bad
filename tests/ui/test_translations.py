"""English: the catalogue loads and translates the window; every message is translated and keeps its placeholders."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from core.paths import resource_path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
from update_translations import core_messages  # noqa: E402

TS = resource_path("i18n", "liuke_en.ts")
FIELDS = re.compile(r"\{(\w*)[^}]*\}")
QT_ARGS = re.compile(r"%(?:n|L?\d+)")
RETIRED = ("vanished", "obsolete")  # kept by lupdate for reuse; lrelease leaves them out of the .qm


def _messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every live message in the .ts."""
    out = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            t = message.find("translation")
            if t is None or t.get("type") not in RETIRED:
                out.append((name, message.findtext("source") or "", t))
    return out


def _translations() -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for name, source, t in _messages():
        done = t is not None and t.get("type") != "unfinished" and t.text
        out[(name, source)] = t.text if done else None
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


def test_every_core_template_has_an_english_translation() -> None:
    known = _translations()
    missing = [t for c, t, _f, _l in core_messages() if "{" in t and known.get((c, t)) is None]
    assert not missing


def test_no_message_is_left_unfinished() -> None:
    """Every live message has English, with the same ``{fields}``, ``%n``/``%1`` and number of ``&``."""
    problems = []
    for context, source, t in _messages():
        english = t.text if t is not None and t.get("type") != "unfinished" else None
        if not english or not english.strip():
            problems.append((context, source, "untranslated"))
        elif set(FIELDS.findall(english)) != set(FIELDS.findall(source)):
            problems.append((context, source, english))
        elif sorted(QT_ARGS.findall(english)) != sorted(QT_ARGS.findall(source)):
            problems.append((context, source, english))
        elif english.count("&") != source.count("&"):
            problems.append((context, source, english))
    assert not problems


def test_no_unnamed_context() -> None:
    """lupdate puts calls it misreads (``tr = QCoreApplication.translate; tr("Ctx", …)``) in a nameless context."""
    assert all(context for context, _s, _t in _messages())


def test_the_compiled_catalogue_has_every_translation(qapp) -> None:  # noqa: ANN001, ARG001
    """The .qm is what the app loads: core/ messages must not be left out as "vanished"."""
    translator = QTranslator()
    assert translator.load(str(TS.with_suffix(".qm")))
    missing = [(c, s) for c, s, t in _messages() if t is not None and t.text
               and translator.translate(c, s) != t.text]
    assert not missing
