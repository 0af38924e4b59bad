"""Qt-free translation markers for core code.

Core strings are written in Chinese (the product's first language) and marked with
QT_TRANSLATE_NOOP so that ``pyside6-lupdate`` extracts them; the UI passes
``QCoreApplication.translate`` as ``translate`` where a core function formats text.
The CLI uses the Chinese source text as it is.
"""

from __future__ import annotations

from collections.abc import Callable

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for pyside6-lupdate without importing Qt; returns it unchanged."""
    return text


def untranslated(_context: str, text: str) -> str:
    """The default ``translate``: the Chinese source text."""
    return text
