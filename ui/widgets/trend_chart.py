"""A small bar chart of monthly AUM (万元), drawn with QPainter: no chart library needed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.formatting import wan
from ui.theme import ACCENT, BORDER, MUTED

BAR = QColor("#8fb8cc")
LATEST = QColor(ACCENT)


class TrendChart(QWidget):
    """Bars for ``(period, fen or None)`` pairs, oldest first; None draws an empty slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: list[tuple[str, int | None]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(130)

    def set_points(self, points: list[tuple[str, int | None]]) -> None:
        """Show ``points`` (oldest first)."""
        self._points = points
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 140)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        top, bottom = line + 6, self.height() - line - 6
        left, right = 8, self.width() - 8
        painter.setPen(QPen(QColor(BORDER)))
        painter.drawLine(left, bottom, right, bottom)
        if not self._points:
            return
        peak = max((v for _, v in self._points if v), default=0) or 1
        slot = (right - left) / len(self._points)
        width = min(36.0, slot * 0.62)
        for n, (period, value) in enumerate(self._points):
            x = left + slot * n + (slot - width) / 2
            centre = QRectF(left + slot * n, bottom + 3, slot, line)
            painter.setPen(QColor(MUTED))
            painter.drawText(centre, Qt.AlignmentFlag.AlignCenter, self._label(n, period))
            if value is None:
                painter.setPen(QPen(QColor(BORDER), 1, Qt.PenStyle.DashLine))
                painter.drawRect(QRectF(x, bottom - 8, width, 8))
                continue
            height = max(1.0, (bottom - top) * value / peak)
            painter.fillRect(QRectF(x, bottom - height, width, height), LATEST if n == len(self._points) - 1 else BAR)
            if n == len(self._points) - 1 or value == peak:
                painter.setPen(QColor(MUTED))
                text_box = QRectF(left + slot * n - 20, bottom - height - line - 2, slot + 40, line)
                painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, wan(value, 1))

    def _label(self, _n: int, period: str) -> str:
        return self.tr("{month}月").format(month=int(period[5:7]))
