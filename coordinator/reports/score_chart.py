"""Score trends for the packet's measurement history: one small line chart per instrument
with two or more totals, with the instrument's band thresholds as dashed lines, so a
receiving clinician sees at a glance whether the client has been getting better."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, PolyLine, String
from reportlab.lib.colors import HexColor

from coordinator.domain.instruments import definition
from coordinator.domain.vocabulary import Instrument
from coordinator.reports.packet_data import AssessmentRow

_LINE = HexColor("#2f6f9f")
_GRID = HexColor("#c8d0d8")
_TEXT = HexColor("#52606d")


def trends_by_instrument(rows: Sequence[AssessmentRow]) -> dict[str, list[tuple[date, int]]]:
    """Each instrument's totals in date order; instruments with fewer than two are left
    out (a single point is no trend, and the table shows it)."""
    found: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for row in rows:
        if row.total is not None:
            found[row.instrument].append((row.administered_on, row.total))
    return {name: sorted(points) for name, points in found.items() if len(points) >= 2}


def score_chart(instrument: str, points: Sequence[tuple[date, int]], width: float,
                height: float, font_name: str) -> Drawing:
    """Totals over time on the instrument's whole range, band thresholds dashed."""
    try:
        found = definition(Instrument(instrument))
        top, bands = found.max_total or max(total for _, total in points), found.bands
    except ValueError:  # an instrument the app no longer defines: scale to the data
        top, bands = max(total for _, total in points), ()
    top = max(top, 1)
    drawing = Drawing(width, height)
    left, right, bottom, head = 28.0, 8.0, 16.0, 14.0
    plot_w, plot_h = width - left - right, height - bottom - head
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    span = max(last - first, 1)

    def x_of(day: date) -> float:
        return left + (day.toordinal() - first) / span * plot_w

    def y_of(total: float) -> float:
        return bottom + total / top * plot_h

    drawing.add(String(left, height - 10, f"{instrument} total (0–{top})", fontName=font_name,
                       fontSize=7.5, fillColor=_TEXT))
    for band in bands:
        if 0 < band.lowest <= top:
            y = y_of(band.lowest)
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=_GRID,
                             strokeDashArray=[2, 2], strokeWidth=0.6))
            drawing.add(String(left + plot_w, y + 1.5, band.title, fontName=font_name,
                               fontSize=6, fillColor=_TEXT, textAnchor="end"))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=_TEXT, strokeWidth=0.6))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=_TEXT, strokeWidth=0.6))
    for value in (0, top):
        drawing.add(String(left - 3, y_of(value) - 2.5, str(value), fontName=font_name,
                           fontSize=6, fillColor=_TEXT, textAnchor="end"))
    drawing.add(String(left, 4, points[0][0].isoformat(), fontName=font_name, fontSize=6,
                       fillColor=_TEXT))
    drawing.add(String(left + plot_w, 4, points[-1][0].isoformat(), fontName=font_name,
                       fontSize=6, fillColor=_TEXT, textAnchor="end"))
    coordinates: list[float] = []
    for day, total in points:
        coordinates += [x_of(day), y_of(total)]
    drawing.add(PolyLine(coordinates, strokeColor=_LINE, strokeWidth=1.2))
    return drawing
