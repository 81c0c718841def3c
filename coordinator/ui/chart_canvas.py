"""The chart canvas (coordinator.charts.canvas) on a QPainter, for the app's charts.

``QtCanvas`` draws the primitives with QPainter in the painter's font; ``journey_style``
gives the journey chart's numbers for a screen font (pen widths in pixels, text offsets from
the font's metrics).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen, QPolygonF

from coordinator.charts.canvas import Align, Anchor, Colour, Elide, Pen
from coordinator.charts.journey import JourneyStyle

_PEN_STYLES = {None: Qt.PenStyle.SolidLine, "dash": Qt.PenStyle.DashLine,
               "dot": Qt.PenStyle.DotLine}
_ALIGN = {"start": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
          "end": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
          "middle": Qt.AlignmentFlag.AlignCenter}
_ELIDE = {"end": Qt.TextElideMode.ElideRight, "middle": Qt.TextElideMode.ElideMiddle}


def qcolor(colour: Colour) -> QColor:
    result = QColor(colour.hex)
    result.setAlpha(round(colour.alpha * 255))
    return result


def qpen(pen: Pen) -> QPen:
    if isinstance(pen.dash, tuple):
        result = QPen(qcolor(pen.colour), pen.width)
        # Qt counts a dash pattern in pen widths; the protocol counts in canvas units.
        result.setDashPattern([length / pen.width for length in pen.dash])
    else:
        result = QPen(qcolor(pen.colour), pen.width, _PEN_STYLES[pen.dash])
    if pen.round_cap:
        result.setCapStyle(Qt.PenCapStyle.RoundCap)
    return result


class QtCanvas:
    """Draws on ``painter`` (antialiased) in its current font."""

    def __init__(self, painter: QPainter) -> None:
        self.painter = painter
        self.metrics = QFontMetricsF(painter.font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)

    def text_width(self, text: str) -> float:
        return self.metrics.horizontalAdvance(text)

    def elide(self, text: str, room: float, where: Elide = "end") -> str:
        return self.metrics.elidedText(text, _ELIDE[where], room)

    def rect(self, x: float, y: float, width: float, height: float, *,
             fill: Colour | None = None, pen: Pen | None = None, radius: float = 0.0) -> None:
        box = QRectF(x, y, width, height)
        if pen is None and not radius:
            if fill is not None:
                self.painter.fillRect(box, qcolor(fill))
            return
        self.painter.setPen(qpen(pen) if pen is not None else Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(qcolor(fill)) if fill is not None
                              else Qt.BrushStyle.NoBrush)
        if radius:
            self.painter.drawRoundedRect(box, radius, radius)
        else:
            self.painter.drawRect(box)
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    def line(self, x0: float, y0: float, x1: float, y1: float, pen: Pen) -> None:
        self.painter.setPen(qpen(pen))
        self.painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))

    def polygon(self, points: Sequence[tuple[float, float]], *, fill: Colour,
                pen: Pen | None = None) -> None:
        self.painter.setPen(qpen(pen) if pen is not None else Qt.PenStyle.NoPen)
        self.painter.setBrush(QBrush(qcolor(fill)))
        self.painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))
        self.painter.setBrush(Qt.BrushStyle.NoBrush)

    def text(self, x: float, baseline: float, text: str, colour: Colour,
             anchor: Anchor = "start") -> None:
        if anchor == "end":
            x -= self.text_width(text)
        elif anchor == "middle":
            x -= self.text_width(text) / 2
        self.painter.setPen(qcolor(colour))
        self.painter.drawText(QPointF(x, baseline), text)

    def text_box(self, x: float, y: float, width: float, height: float, text: str,
                 colour: Colour, align: Align = "start") -> None:
        self.painter.setPen(qcolor(colour))
        self.painter.drawText(QRectF(x, y, width, height), _ALIGN[align], text)


def journey_style(metrics: QFontMetricsF) -> JourneyStyle:
    """The journey chart's numbers on screen, in pixels, for the font of ``metrics``."""
    line = metrics.height()
    return JourneyStyle(
        line_height=line, middle_drop=metrics.ascent() / 2 - metrics.descent() / 2,
        lane_label_gap=line * 0.5, outline_width=1,
        band_alpha=60 / 255, band_min_width=1.0, due_width=1.2, due_dash="dot",
        grid_width=1, grid_dash="dot", tick_width=1, tick_length=4,
        axis_label_drop=4 + metrics.ascent(), axis_label_gap=4, right_margin=2,
        note_lift=metrics.descent() + 2,
        today_width=1.5, today_dash="dash", today_clearance=2.0, today_label_min_x=None,
        today_label_lift=metrics.descent() + 1,
        bar_padding=4, bar_text_height=line, bar_min_width=3, bar_pen_width=1.2,
        planned_dash="dash", bar_radius=3,
        chevron_gap=1, chevron_tip=6, chevron_inset=3, chevron_pen_width=1.2,
        label_backing_alpha=200 / 255,
        arrow_padding=5, arrow_text_height=line, arrow_width=2, arrow_round_cap=True,
        arrowhead_size=line * 0.5, arrowhead_pen_width=1, arrow_label_drop=metrics.ascent(),
        strip_padding=3, clock_alpha=200 / 255, clock_pen_width=1, clock_min_width=2.0,
        legend_x=line * 0.5, legend_middle=line / 2,
        legend_arrow_start=2, legend_arrow_end=14, legend_arrow_rise=6,
        legend_arrow_width=2, legend_arrowhead_size=line * 0.45,
        legend_swatch_width=16, legend_swatch_height=10, legend_swatch_radius=2,
        legend_today_half=7, legend_today_width=1.5, legend_today_dash="dash",
        legend_text_x=20, legend_gap=line)
