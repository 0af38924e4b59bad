"""A coloured message strip (error, warning, success, info) with room for action buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.icons import icon

KINDS = ("error", "warning", "success", "info")


class Banner(QFrame):
    """Icon, wrapped text and optional widgets on the right; hidden until ``show_message``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = "info"
        self.icon_label = QLabel()
        self.icon_label.setFixedSize(24, 24)
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.actions = QHBoxLayout()
        self.actions.setSpacing(6)
        self.actions.addStretch(1)  # buttons stay at the left; an empty row must not squeeze the text
        text_column = QVBoxLayout()
        text_column.setSpacing(8)
        text_column.addWidget(self.text_label)
        text_column.addLayout(self.actions)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(10)
        layout.addWidget(self.icon_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text_column, 1)
        self.hide()

    def add_action(self, widget: QWidget) -> None:
        """Put ``widget`` (usually a button) under the text, left of the stretch; show or hide it per message."""
        self.actions.insertWidget(self.actions.count() - 1, widget)

    def finish_actions(self) -> None:
        """Kept for callers written before the stretch was built in: nothing left to do."""

    def show_message(self, kind: str, text: str) -> None:
        """Show ``text`` styled as ``kind`` (one of KINDS)."""
        self.kind = kind
        self.setObjectName(f"banner_{kind}")
        self.style().unpolish(self)  # the style sheet picks the colours by object name
        self.style().polish(self)
        self.icon_label.setPixmap(icon(kind).pixmap(24, 24))
        self.text_label.setText(text)
        self.show()

    def text(self) -> str:
        """The message shown."""
        return self.text_label.text()
