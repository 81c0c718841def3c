"""A small bar chart of today's census: one horizontal bar per level of care.

Drawn with QPainter (no QtCharts): the level's name on the left, a bar as long as its share
of the largest count, and the count written after the bar, so the numbers never depend on
reading the bar lengths. A screen reader gets the same counts as the description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from coordinator.charts.palette import COLOURS
from coordinator.services.dashboard import LevelCensus
from coordinator.ui.care.titles import level_name
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

_ROW_HEIGHT = 28
_BAR_HEIGHT = 18
_GAP = 10
_MARGIN = 8


@dataclass(frozen=True)
class CensusBar:
    """One bar: the level and how many active clients are in it."""

    code: str
    name: str
    clients: int

    @property
    def label(self) -> str:
        return f"{self.name} ({self.code})"


def _count_text(bar: CensusBar) -> str:
    """E.g. "Intensive Outpatient (IOP): 12 clients"."""
    if bar.clients == 1:
        return arg(translate("CensusChart", "%1: 1 client"), bar.label)
    return arg(translate("CensusChart", "%1: %2 clients"), bar.label,
               QLocale().toString(bar.clients))


class CensusChart(QWidget):
    """Clients per level of care, least intensive level on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("censusChart")
        self.setAccessibleName(translate("CensusChart", "Chart of clients by level of care"))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bars: tuple[CensusBar, ...] = ()
        self._describe()

    def set_levels(self, levels: Sequence[LevelCensus]) -> None:
        """Show the census by level (ordered by intensity, then code)."""
        ordered = sorted(levels, key=lambda level: (level.intensity, level.code))
        self._bars = tuple(CensusBar(level.code, level_name(level.name, level.code),
                                     level.clients)
                           for level in ordered)
        self._describe()
        self.updateGeometry()
        self.update()

    def bars(self) -> tuple[CensusBar, ...]:
        """What the chart shows now, top to bottom."""
        return self._bars

    def _describe(self) -> None:
        if not self._bars:
            text = translate("CensusChart", "No census read yet.")
        else:
            text = "\n".join(_count_text(bar) for bar in self._bars)
        self.setAccessibleDescription(text.replace("\n", "; "))
        title = translate("CensusChart", "Active clients in an active episode, by level of care")
        self.setToolTip(title + "\n" + text)

    # Size and painting -------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(360, rows * _ROW_HEIGHT + 2 * _MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            metrics = painter.fontMetrics()
            if not self._bars:
                painter.setPen(QColor(COLOURS["muted"]))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                                 translate("CensusChart", "No census read yet."))
                return
            self._paint_bars(painter, metrics)
        finally:
            painter.end()

    def _paint_bars(self, painter: QPainter, metrics: QFontMetrics) -> None:
        width = self.width() - 2 * _MARGIN
        counts = [QLocale().toString(bar.clients) for bar in self._bars]
        count_width = max(metrics.horizontalAdvance(text) for text in counts)
        # Names take what they need, but never more than 55 % of the width.
        # (+2: eliding rounds differently from measuring, and would cut a name that fits.)
        label_width = min(max(metrics.horizontalAdvance(bar.label) for bar in self._bars) + 2,
                          int(width * 0.55))
        plot_left = _MARGIN + label_width + _GAP
        plot_width = max(1, width - label_width - _GAP - count_width - _GAP)
        largest = max(bar.clients for bar in self._bars) or 1
        ink, fill, edge = (QColor(COLOURS["ink"]), QColor(COLOURS["bar"]),
                           QColor(COLOURS["bar_edge"]))
        for row, (bar, count) in enumerate(zip(self._bars, counts, strict=True)):
            top = _MARGIN + row * _ROW_HEIGHT
            painter.setPen(ink)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRectF(_MARGIN, top, label_width, _ROW_HEIGHT),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             label)
            length = plot_width * bar.clients / largest
            bar_top = top + (_ROW_HEIGHT - _BAR_HEIGHT) / 2
            if bar.clients > 0:
                painter.setPen(QPen(edge, 1))
                painter.setBrush(fill)
                painter.drawRect(QRectF(plot_left, bar_top, max(length, 2), _BAR_HEIGHT))
            painter.setPen(ink)
            painter.drawText(QRectF(plot_left + length + _GAP / 2, top, count_width + _GAP,
                                    _ROW_HEIGHT),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             count)
        # The zero line, so an empty level still reads as "none" rather than missing.
        painter.setPen(QPen(QColor(COLOURS["line"]), 1))
        painter.drawLine(int(plot_left), _MARGIN, int(plot_left),
                         _MARGIN + len(self._bars) * _ROW_HEIGHT)
