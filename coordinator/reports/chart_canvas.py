"""The chart canvas (coordinator.charts.canvas) on a ReportLab drawing, for the packets.

``DrawingCanvas`` adds the primitives to a ``Drawing`` as shapes, flipping y (ReportLab's
grows upwards, the canvas's downwards); ``journey_style`` gives the journey chart's numbers
for a point size on paper.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from coordinator.charts.canvas import Align, Anchor, Colour, Dash, Elide, Pen
from coordinator.charts.journey import JourneyStyle

#: Named dashes in points, for a style that names them rather than spelling them out.
_DASHES = {"dash": [3.0, 2.0], "dot": [1.0, 2.0]}
_ANCHORS = {"start": "start", "end": "end", "middle": "middle"}


def rl_colour(colour: Colour) -> Color:
    result = HexColor(colour.hex)
    if colour.alpha >= 1.0:
        return result
    return Color(result.red, result.green, result.blue, colour.alpha)


def _dash(dash: Dash) -> list[float] | None:
    if dash is None:
        return None
    if isinstance(dash, tuple):
        return list(dash)
    return _DASHES[dash]


class DrawingCanvas:
    """A ``width`` x ``height`` point drawing, its text in ``font_name`` at ``font_size``."""

    def __init__(self, width: float, height: float, font_name: str, font_size: float) -> None:
        self.drawing = Drawing(width, height)
        self.height = height
        self.font_name = font_name
        self.font_size = font_size

    def text_width(self, text: str) -> float:
        return float(stringWidth(text, self.font_name, self.font_size))

    def elide(self, text: str, room: float, where: Elide = "end") -> str:
        """``text`` shortened with an ellipsis to fit ``room`` points ('' if nothing fits);
        ``where`` "middle" keeps its end as well."""
        if self.text_width(text) <= room:
            return text
        if where == "middle":
            head, tail = text[: len(text) // 2], text[len(text) // 2:]
            while (head or tail) and self.text_width(head + "…" + tail) > room:
                if len(head) >= len(tail):
                    head = head[:-1]
                else:
                    tail = tail[1:]
            return head.rstrip() + "…" + tail.lstrip() if head or tail else ""
        while text and self.text_width(text + "…") > room:
            text = text[:-1]
        return text.rstrip() + "…" if text else ""

    def rect(self, x: float, y: float, width: float, height: float, *,
             fill: Colour | None = None, pen: Pen | None = None, radius: float = 0.0) -> None:
        self.drawing.add(Rect(x, self.height - y - height, width, height, rx=radius, ry=radius,
                              fillColor=rl_colour(fill) if fill is not None else None,
                              strokeColor=rl_colour(pen.colour) if pen is not None else None,
                              strokeWidth=pen.width if pen is not None else 0.6,
                              strokeDashArray=_dash(pen.dash) if pen is not None else None))

    def line(self, x0: float, y0: float, x1: float, y1: float, pen: Pen) -> None:
        line = Line(x0, self.height - y0, x1, self.height - y1,
                    strokeColor=rl_colour(pen.colour), strokeWidth=pen.width,
                    strokeDashArray=_dash(pen.dash))
        if pen.round_cap:
            line.strokeLineCap = 1
        self.drawing.add(line)

    def polygon(self, points: Sequence[tuple[float, float]], *, fill: Colour,
                pen: Pen | None = None) -> None:
        flat = [value for x, y in points for value in (x, self.height - y)]
        if pen is None:
            self.drawing.add(Polygon(flat, fillColor=rl_colour(fill), strokeColor=None))
        else:
            self.drawing.add(Polygon(flat, fillColor=rl_colour(fill),
                                     strokeColor=rl_colour(pen.colour), strokeWidth=pen.width))

    def text(self, x: float, baseline: float, text: str, colour: Colour,
             anchor: Anchor = "start") -> None:
        if text:
            self.drawing.add(String(x, self.height - baseline, text, fontName=self.font_name,
                                    fontSize=self.font_size, fillColor=rl_colour(colour),
                                    textAnchor=_ANCHORS[anchor]))

    def text_box(self, x: float, y: float, width: float, height: float, text: str,
                 colour: Colour, align: Align = "start") -> None:
        # A line's middle is about 0.35 em above its baseline in the packet's fonts.
        baseline = y + height / 2 + self.font_size * 0.35
        left = {"start": x, "end": x + width, "middle": x + width / 2}[align]
        self.text(left, baseline, text, colour, align)


def journey_style(font_size: float) -> JourneyStyle:
    """The journey chart's numbers on paper, in points, for text of ``font_size``."""
    size = font_size
    return JourneyStyle(
        line_height=size * 1.3, middle_drop=size * 0.35,
        lane_label_gap=size * 0.6, outline_width=0.6,
        band_alpha=0.25, band_min_width=0.5, due_width=0.6, due_dash=(1, 1.5),
        grid_width=0.5, grid_dash=(1, 2), tick_width=0.6, tick_length=3,
        axis_label_drop=3 + size, axis_label_gap=3, right_margin=1, note_lift=2,
        today_width=1, today_dash=(3, 2), today_clearance=1.5, today_label_min_x=1.0,
        today_label_lift=2,
        bar_padding=3, bar_text_height=size * 1.2, bar_min_width=2, bar_pen_width=0.6,
        planned_dash=(3, 2), bar_radius=2,
        chevron_gap=0.5, chevron_tip=4.5, chevron_inset=2, chevron_pen_width=None,
        label_backing_alpha=0.8,
        arrow_padding=3, arrow_text_height=size * 1.1, arrow_width=1.3,
        arrow_round_cap=False, arrowhead_size=size * 0.6, arrowhead_pen_width=0.5,
        arrow_label_drop=size * 0.85,
        strip_padding=2, clock_alpha=1.0, clock_pen_width=None, clock_min_width=1.5,
        legend_x=size * 0.6, legend_middle=size * 0.65,
        legend_arrow_start=1, legend_arrow_end=size * 1.4, legend_arrow_rise=size * 0.6,
        legend_arrow_width=1.3, legend_arrowhead_size=size * 0.55,
        legend_swatch_width=size * 1.6, legend_swatch_height=size * 0.9,
        legend_swatch_radius=1.5,
        legend_today_half=size * 0.7, legend_today_width=1, legend_today_dash=(2, 1.5),
        legend_text_x=size * 2, legend_gap=size * 1.3)
