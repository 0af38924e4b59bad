"""UI state kept between runs: window layout, last folder, language, column widths. Not business rules."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QMainWindow

ORGANIZATION = "Liuke"
APPLICATION = "Liuke"
DEFAULT_LANGUAGE = "zh_CN"  # the source strings are Chinese

# Keys are declared once here. Rename one only together with a settings_version upgrade step.
KEY_GEOMETRY = "main_window/geometry"
KEY_STATE = "main_window/state"
KEY_PAGE = "main_window/page"
KEY_LAST_FOLDER = "import/last_folder"
KEY_LANGUAGE = "general/language"


def ui_settings() -> QSettings:
    """An INI file in the user's profile (readable by support staff, unlike the registry)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def save_window(settings: QSettings, window: QMainWindow) -> None:
    """Remember the main window's size, position and toolbar layout."""
    settings.setValue(KEY_GEOMETRY, window.saveGeometry())
    settings.setValue(KEY_STATE, window.saveState())


def restore_window(settings: QSettings, window: QMainWindow) -> bool:
    """Put the main window back where it was; False on the first run."""
    geometry = settings.value(KEY_GEOMETRY, QByteArray(), type=QByteArray)
    if geometry.isEmpty():
        return False
    window.restoreGeometry(geometry)
    state = settings.value(KEY_STATE, QByteArray(), type=QByteArray)
    if not state.isEmpty():
        window.restoreState(state)
    return True


def save_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    """Remember a table's column widths and order."""
    settings.setValue(f"{key}/header", header.saveState())


def restore_header(settings: QSettings, key: str, header: QHeaderView) -> bool:
    """Restore a table's column widths and order; False if none were saved."""
    state = settings.value(f"{key}/header", QByteArray(), type=QByteArray)
    return not state.isEmpty() and header.restoreState(state)


def last_folder(settings: QSettings) -> str:
    """The folder the user last imported from (their home folder at first)."""
    folder = str(settings.value(KEY_LAST_FOLDER, "", type=str))
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def set_last_folder(settings: QSettings, path: Path) -> None:
    """Remember the folder of ``path`` for the next file dialog."""
    settings.setValue(KEY_LAST_FOLDER, str(path.parent))


def language(settings: QSettings) -> str:
    """The UI language, e.g. ``zh_CN`` (default) or ``en``."""
    return str(settings.value(KEY_LANGUAGE, DEFAULT_LANGUAGE, type=str)) or DEFAULT_LANGUAGE
