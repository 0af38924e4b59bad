"""The look: one font family per platform, a light Fusion palette, and a few calm accents.

Fusion everywhere gives branch PCs (Windows 10/11, light or dark mode) and the Linux
screenshots the same, predictable appearance.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleHintReturn, QStyleOption, QWidget

WINDOWS_FONTS = ("Microsoft YaHei UI", "Microsoft YaHei", "SimHei", "SimSun")
OTHER_FONTS = ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Droid Sans Fallback")
FONT_POINTS = 10

ACCENT = "#2e6b8a"
ACCENT_DARK = "#1d556e"
TEXT = "#1f2933"
MUTED = "#5f6b76"
BORDER = "#d5dbe1"
WINDOW = "#f6f7f9"
SIDEBAR = "#eaeef2"
DANGER = "#b3261e"
WARNING_BG = "#fff6e0"
ERROR_BG = "#fdecea"
SUCCESS_BG = "#e8f4ec"
INFO_BG = "#e8f1f6"


def font_families() -> list[str]:
    """The preferred families for this platform, installed ones first, then the rest as fallbacks."""
    wanted = WINDOWS_FONTS + OTHER_FONTS if sys.platform == "win32" else OTHER_FONTS + WINDOWS_FONTS
    installed = set(QFontDatabase.families())
    return [f for f in wanted if f in installed] + [f for f in wanted if f not in installed]


def app_font() -> QFont:
    """The UI font: Microsoft YaHei on Windows, Noto Sans CJK SC elsewhere."""
    font = QFont()
    font.setFamilies(font_families())
    font.setPointSize(FONT_POINTS)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def light_palette() -> QPalette:
    """A light palette, whatever the system's dark-mode setting."""
    palette = QPalette()
    colors = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f3f6f8",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#8a949e",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#f9fafb",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#cfe3ee",
        QPalette.ColorRole.HighlightedText: TEXT,
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.Light: "#ffffff",
        QPalette.ColorRole.Midlight: "#eef1f4",
        QPalette.ColorRole.Mid: "#c3cad1",
        QPalette.ColorRole.Dark: "#9aa4ae",
        QPalette.ColorRole.Shadow: "#6b7580",
    }
    for role, color in colors.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa4ae"))
    return palette


STYLE_SHEET = f"""
QListWidget#navigation {{
    background: {SIDEBAR}; border: none; border-right: 1px solid {BORDER}; padding-top: 8px; outline: 0;
}}
QListWidget#navigation::item {{
    padding-left: 12px; margin: 2px 8px; border-radius: 6px; color: {TEXT};
}}
QListWidget#navigation::item:hover {{ background: #dde4ea; }}
QListWidget#navigation::item:selected {{ background: #ffffff; color: {ACCENT_DARK}; font-weight: bold; }}
QLabel#pageTitle {{ font-size: 15pt; color: {TEXT}; }}
QLabel#pageSubtitle, QLabel#muted {{ color: {MUTED}; }}
QLabel#sectionTitle {{ font-size: 11pt; font-weight: bold; color: {TEXT}; }}
QFrame#card {{ background: #ffffff; border: 1px solid {BORDER}; border-radius: 6px; }}
QLabel#statValue {{ font-size: 14pt; color: {TEXT}; }}
QLabel#statLabel {{ color: {MUTED}; }}
QFrame#banner_error {{ background: {ERROR_BG}; border: 1px solid #f0b6ae; border-radius: 6px; }}
QFrame#banner_warning {{ background: {WARNING_BG}; border: 1px solid #f0d48a; border-radius: 6px; }}
QFrame#banner_success {{ background: {SUCCESS_BG}; border: 1px solid #a9d3b6; border-radius: 6px; }}
QFrame#banner_info {{ background: {INFO_BG}; border: 1px solid #b7d2e0; border-radius: 6px; }}
QPushButton {{ padding: 5px 14px; min-height: 20px; }}
QPushButton#primary {{
    background: {ACCENT}; color: #ffffff; border: 1px solid {ACCENT_DARK}; border-radius: 4px; padding: 6px 18px;
}}
QPushButton#primary:hover {{ background: #347a9c; }}
QPushButton#primary:pressed {{ background: {ACCENT_DARK}; }}
QPushButton#primary:disabled {{ background: #a9bfcb; border-color: #a9bfcb; }}
QTableView {{ gridline-color: #e6eaee; selection-background-color: #cfe3ee; selection-color: {TEXT}; }}
QHeaderView::section {{
    background: #f1f4f6; border: none; border-right: 1px solid #e1e6ea; border-bottom: 1px solid {BORDER};
    padding: 5px 6px; color: {TEXT};
}}
QStatusBar {{ background: {SIDEBAR}; border-top: 1px solid {BORDER}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
QToolBar {{ background: {WINDOW}; border-bottom: 1px solid {BORDER}; spacing: 4px; padding: 3px 6px; }}
QTabWidget::pane {{ border: 1px solid {BORDER}; top: -1px; background: #ffffff; }}
"""


class CalmStyle(QProxyStyle):
    """Fusion with Windows habits: no icons on dialog buttons (OK/Cancel are words, not pictures)."""

    def styleHint(  # noqa: N802 - Qt override
        self, hint: QStyle.StyleHint, option: QStyleOption | None = None, widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 - Qt's name
    ) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 0
        return super().styleHint(hint, option, widget, returnData)


def apply_theme(app: QApplication) -> None:
    """Fusion, a light palette, the platform's CJK font and the app's few style rules."""
    app.setStyle(CalmStyle("Fusion"))
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: do not follow Windows dark mode halfway
        hints.setColorScheme(Qt.ColorScheme.Light)
    app.setPalette(light_palette())
    app.setFont(app_font())
    app.setStyleSheet(STYLE_SHEET)
