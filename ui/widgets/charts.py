"""Two small QPainter charts: monthly holdings as stacked bars, and AUM bars with a warnings line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.formatting import wan
from ui.theme import ACCENT, BORDER, DANGER, MUTED

SERIES_COLORS = (QColor("#2e6b8a"), QColor("#8fb8cc"), QColor("#d9a441"), QColor("#7aa874"), QColor("#b9a3c9"))


def _month(period: str) -> str:
    return QCoreApplication.translate("Charts", "{month}月").format(month=int(period[5:7]))


class _Chart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(560, 220)

    def _legend(self, painter: QPainter, items: list[tuple[str, QColor, bool]], y: float) -> None:
        metrics = QFontMetrics(self.font())
        x = 10.0
        for text, color, line in items:
            if line:
                painter.setPen(QPen(color, 2))
                painter.drawLine(QPointF(x, y + metrics.height() / 2), QPointF(x + 14, y + metrics.height() / 2))
            else:
                painter.fillRect(QRectF(x, y + 3, 12, metrics.height() - 6), color)
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(x + 18, y, metrics.horizontalAdvance(text) + 4, metrics.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += 18 + metrics.horizontalAdvance(text) + 16


class HoldingsChart(_Chart):
    """Stacked bars per month: each series in 分 (None counts as 0); the total above the last bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods: list[str] = []
        self._series: list[tuple[str, list[int]]] = []

    def set_data(self, periods: list[str], series: list[tuple[str, list[int]]]) -> None:
        """``series`` is [(name, values per period)], drawn bottom-up in that order."""
        self._periods, self._series = periods, series
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QFontMetrics(self.font()).height()
        self._legend(painter, [(n, SERIES_COLORS[i % 5], False) for i, (n, _) in enumerate(self._series)], 2)
        top, bottom, left, right = line * 2 + 10, self.height() - line - 6, 10, self.width() - 10
        painter.setPen(QPen(QColor(BORDER)))
        painter.drawLine(left, bottom, right, bottom)
        if not self._periods:
            return
        totals = [sum(max(0, s[1][k]) for s in self._series) for k in range(len(self._periods))]
        peak = max(totals) or 1
        slot = (right - left) / len(self._periods)
        width = min(34.0, slot * 0.6)
        for k, period in enumerate(self._periods):
            x = left + slot * k + (slot - width) / 2
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(left + slot * k, bottom + 3, slot, line), Qt.AlignmentFlag.AlignCenter, _month(period))
            y = float(bottom)
            for i, (_name, values) in enumerate(self._series):
                h = (bottom - top) * max(0, values[k]) / peak
                painter.fillRect(QRectF(x, y - h, width, h), SERIES_COLORS[i % 5])
                y -= h
            if k == len(self._periods) - 1 or totals[k] == peak:
                painter.setPen(QColor(MUTED))
                painter.drawText(QRectF(x - 30, y - line - 2, width + 60, line), Qt.AlignmentFlag.AlignCenter,
                                 wan(totals[k], 1))


class AumWarningsChart(_Chart):
    """Monthly total AUM as bars (万元, left) and the number of warnings as a line (right)."""

    def __init__(self, aum_label: str = "金融资产（万元）", warnings_label: str = "预警客户数",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._labels = (aum_label, warnings_label)
        self._points: list[tuple[str, int, int]] = []

    def set_points(self, points: list[tuple[str, int, int]]) -> None:
        """(period, AUM 分, warnings), oldest first."""
        self._points = points
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = QFontMetrics(self.font()).height()
        self._legend(painter, [(self._labels[0], QColor("#8fb8cc"), False), (self._labels[1], QColor(DANGER), True)], 2)
        top, bottom, left, right = line * 2 + 12, self.height() - line - 6, 10, self.width() - 10
        painter.setPen(QPen(QColor(BORDER)))
        painter.drawLine(left, bottom, right, bottom)
        if not self._points:
            return
        peak = max(p[1] for p in self._points) or 1
        floor = min(p[1] for p in self._points) * 0.8  # bars start above zero so month-to-month change shows
        span = max(1.0, peak - floor)
        wpeak = max(p[2] for p in self._points) or 1
        slot = (right - left) / len(self._points)
        width = min(36.0, slot * 0.58)
        path = QPainterPath()
        dots: list[QPointF] = []
        for k, (period, aum, warn) in enumerate(self._points):
            x = left + slot * k + (slot - width) / 2
            painter.setPen(QColor(MUTED))
            painter.drawText(QRectF(left + slot * k, bottom + 3, slot, line), Qt.AlignmentFlag.AlignCenter, _month(period))
            h = max(2.0, (bottom - top - line) * (aum - floor) / span)
            last = k == len(self._points) - 1
            painter.fillRect(QRectF(x, bottom - h, width, h), QColor(ACCENT) if last else QColor("#8fb8cc"))
            if last:
                painter.setPen(QColor(MUTED))
                painter.drawText(QRectF(x - 40, bottom - h - line - 2, width + 80, line), Qt.AlignmentFlag.AlignCenter,
                                 wan(aum, 0))
            point = QPointF(left + slot * k + slot / 2, bottom - 4 - (bottom - top - 8) * warn / wpeak)
            dots.append(point)
            path.moveTo(point) if k == 0 else path.lineTo(point)
        painter.setPen(QPen(QColor(DANGER), 2))
        painter.drawPath(path)
        painter.setBrush(QColor("#ffffff"))
        for k, dot in enumerate(dots):
            painter.setPen(QPen(QColor(DANGER), 2))
            painter.drawEllipse(dot, 3.5, 3.5)
            if k == len(dots) - 1 or self._points[k][2] == wpeak:
                painter.drawText(QRectF(dot.x() - 30, dot.y() - line - 4, 60, line), Qt.AlignmentFlag.AlignCenter,
                                 str(self._points[k][2]))
