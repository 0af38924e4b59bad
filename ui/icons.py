"""Icons from resources/icons (SVG, so they stay sharp on high-DPI branch monitors)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from core.paths import resource_path


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if the file is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    """The application icon (the .ico on Windows, where the taskbar prefers it)."""
    ico = resource_path("icons", "app.ico")
    result = QIcon(str(resource_path("icons", "app.svg")))
    if ico.exists():
        result.addFile(str(ico))
    return result
