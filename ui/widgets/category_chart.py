"""Horizontal stacked bars: feedback per category, split by status, drawn with QPainter."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.theme import BORDER, MUTED, TEXT

STATUS_COLOURS = ("#c9d6df", "#8fb8cc", "#2e6b8a", "#5b9a6f")  # 已记录, 已转交, 已答复, 已告知客户


class CategoryChart(QWidget):
    """One bar per category; segments in the order of ``statuses`` with a legend above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[tuple[str, list[int]]] = []
        self._statuses: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)

    def set_data(self, statuses: list[str], bars: list[tuple[str, list[int]]]) -> None:
        """``statuses``: legend labels; ``bars``: (category label, count per status)."""
        self._statuses, self._bars = statuses, bars
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, list[int]]]:
        """What is drawn (for tests)."""
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        line = QFontMetrics(self.font()).height()
        return QSize(360, line * 2 + max(1, len(self._bars)) * (line + 10) + 12)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        x = 4.0
        for n, status in enumerate(self._statuses):  # legend
            painter.fillRect(QRectF(x, 4 + line / 2 - 5, 10, 10), QColor(STATUS_COLOURS[n % len(STATUS_COLOURS)]))
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(x + 14, 4, metrics.horizontalAdvance(status) + 4, line), Qt.AlignmentFlag.AlignLeft, status)
            x += 14 + metrics.horizontalAdvance(status) + 16
        if not self._bars:
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(0, line + 12, self.width(), line * 2), Qt.AlignmentFlag.AlignCenter,
                             self.tr("本月没有新的意见反馈"))
            return
        label_width = max(metrics.horizontalAdvance(name) for name, _ in self._bars) + 12
        peak = max(sum(counts) for _, counts in self._bars) or 1
        right = self.width() - 40
        y = line + 14.0
        for name, counts in self._bars:
            painter.setPen(QColor(TEXT))
            painter.drawText(QRectF(0, y, label_width - 8, line + 4), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)
            start = float(label_width)
            for n, value in enumerate(counts):
                width = (right - label_width) * value / peak
                painter.fillRect(QRectF(start, y + 2, width, line), QColor(STATUS_COLOURS[n % len(STATUS_COLOURS)]))
                start += width
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(start + 6, y, 40, line + 4), Qt.AlignmentFlag.AlignVCenter, str(sum(counts)))
            y += line + 10
        painter.setPen(QColor(BORDER))
        painter.drawLine(label_width, line + 12, label_width, int(y))
