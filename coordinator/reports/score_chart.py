"""Score trends for the packet's measurement history: one small line chart per instrument,
with the instrument's bands marked and named, so a receiving clinician sees at a glance
whether the client has been getting better.

Each total is a dot on the line; the x axis is labelled with the days of the scores, written
as the packet writes dates (2026-03-01); the band names stand in a margin to the right of the
plot, where no line runs through them. An instrument scored once gets the same chart with its
one dot, its value and its date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from coordinator.domain.instruments import Band, definition
from coordinator.domain.vocabulary import Instrument
from coordinator.reports.packet_data import AssessmentRow

_LINE = HexColor("#2f6f9f")
_GRID = HexColor("#c8d0d8")
_TEXT = HexColor("#52606d")
_BAND = HexColor("#f3f5f8")
_SMALL = 6.0
_TITLE = 7.5


def day(value: date) -> str:
    """A date as the packet prints it."""
    return value.isoformat()


def trends_by_instrument(rows: Sequence[AssessmentRow]) -> dict[str, list[tuple[date, int]]]:
    """Each instrument's totals in date order, for ``score_chart``; every instrument with a
    total is there, one scored once too (its chart shows the one score with its date)."""
    found: dict[str, list[tuple[date, int]]] = defaultdict(list)
    for row in rows:
        if row.total is not None:
            found[row.instrument].append((row.administered_on, row.total))
    return {name: sorted(points) for name, points in found.items()}


def _scale(instrument: str, points: Sequence[tuple[date, int]]) -> tuple[int, tuple[Band, ...]]:
    """The top of the y axis (the instrument's highest total) and its bands."""
    highest = max(total for _, total in points)
    try:
        found = definition(Instrument(instrument))
    except ValueError:  # an instrument the app no longer defines: scale to the data
        return max(highest, 1), ()
    return max(found.max_total or highest, highest, 1), found.bands


def score_chart(instrument: str, points: Sequence[tuple[date, int]], width: float,
                height: float, font_name: str, *,
                band_names: Mapping[str, str] | None = None,
                point_label: str = "{total} on {day}",
                title: str = "{instrument} total (0–{top})") -> Drawing:
    """Totals over time on the instrument's whole range: a dot per total, the bands'
    lower edges dashed and their names in a right-hand margin, the x axis in dates.

    Args:
        points: (day, total) in date order, at least one (``trends_by_instrument``).
        band_names: the bands' names in the document's language, by English name.
        point_label: the label of a single score, with ``{total}`` and ``{day}``.
        title: the chart's title, with ``{instrument}`` and ``{top}``.
    """
    if not points:
        raise ValueError("A score chart needs at least one score.")
    top, bands = _scale(instrument, points)
    names = band_names or {}
    shown = [replace(band, title=names.get(band.title, band.title)) for band in bands
             if 0 <= band.lowest <= top]

    def measure(text: str, size: float = _SMALL) -> float:
        return float(stringWidth(text, font_name, size))

    drawing = Drawing(width, height)
    left = 6 + measure(str(top))
    margin = max((measure(band.title) for band in shown), default=0.0)
    right = width - (margin + 8 if margin else 6)
    bottom, head = 20.0, 15.0
    plot_w, plot_h = max(right - left, 10.0), height - bottom - head
    first, last = points[0][0].toordinal(), points[-1][0].toordinal()
    span = last - first
    # One day (or one score) is drawn in the middle; a span fills the plot less a dot's room.
    inset = 4.0

    def x_of(when: date) -> float:
        if span <= 0:
            return left + plot_w / 2
        return left + inset + (when.toordinal() - first) / span * (plot_w - 2 * inset)

    def y_of(total: float) -> float:
        return bottom + total / top * plot_h

    drawing.add(String(left, height - 10, title.format(instrument=instrument, top=top),
                       fontName=font_name, fontSize=_TITLE, fillColor=_TEXT))
    _draw_bands(drawing, shown, top, left, plot_w, y_of, font_name)
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=_TEXT, strokeWidth=0.6))
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=_TEXT, strokeWidth=0.6))
    for value in (0, top):
        drawing.add(String(left - 3, y_of(value) - 2, str(value), fontName=font_name,
                           fontSize=_SMALL, fillColor=_TEXT, textAnchor="end"))
    _draw_ticks(drawing, [when for when, _ in points], x_of, bottom, left, width, measure,
                font_name)
    coordinates = [value for when, total in points for value in (x_of(when), y_of(total))]
    if len(points) >= 2:
        drawing.add(PolyLine(coordinates, strokeColor=_LINE, strokeWidth=1.1))
    spacing = (plot_w - 2 * inset) / max(len(points) - 1, 1)
    radius = min(2.2, max(1.1, spacing / 2.5))
    for when, total in points:
        drawing.add(Circle(x_of(when), y_of(total), radius, fillColor=_LINE,
                           strokeColor=HexColor("#ffffff"), strokeWidth=0.4))
    if len(points) == 1:
        when, total = points[0]
        x, y = x_of(when), y_of(total)
        label = point_label.format(total=total, day=day(when))
        # Beside the dot, on the side with room, and below it when the dot is near the top.
        above = y + 4 if y + 4 + _TITLE < bottom + plot_h else y - 4 - _TITLE
        drawing.add(String(x + radius + 2, above, label, fontName=font_name, fontSize=_TITLE,
                           fillColor=_LINE))
    # In a packet the charts never start a page: they go with the end of the table of
    # scores before them (coordinator.reports.styles.keeps_with_previous).
    drawing.__dict__["keep_with_previous"] = True
    return drawing


def _draw_bands(drawing: Drawing, bands: Sequence[Band], top: int, left: float,
                plot_w: float, y_of: Callable[[float], float], font_name: str) -> None:
    """Every other band tinted, each band's lower edge dashed across the plot, and the band's
    name in the margin beside the middle of its range (nudged apart where bands are
    narrow), so no line runs through a name."""
    edges = [band.lowest for band in bands] + [top]
    for index, band in enumerate(bands):
        low, high = y_of(edges[index]), y_of(edges[index + 1])
        if index % 2 == 1:
            drawing.add(Rect(left, low, plot_w, high - low, fillColor=_BAND, strokeColor=None))
        if band.lowest > 0:
            drawing.add(Line(left, low, left + plot_w, low, strokeColor=_GRID,
                             strokeDashArray=[2, 2], strokeWidth=0.6))
    wanted = [(y_of(edges[index]) + y_of(edges[index + 1])) / 2 - _SMALL * 0.35
              for index in range(len(bands))]
    placed = _spread(wanted, _SMALL + 0.5, y_of(0) - 2, y_of(top) - _SMALL * 0.7)
    for band, y in zip(bands, placed, strict=True):
        drawing.add(String(left + plot_w + 5, y, band.title, fontName=font_name,
                           fontSize=_SMALL, fillColor=_TEXT))


def _spread(wanted: Sequence[float], gap: float, lowest: float, highest: float) -> list[float]:
    """Baselines as near ``wanted`` (rising order) as they can be with ``gap`` between
    neighbours, within ``lowest``..``highest`` where there is room for all."""
    placed: list[float] = []
    for y in wanted:
        placed.append(max(y, lowest, placed[-1] + gap if placed else lowest))
    overflow = placed[-1] - highest if placed else 0.0
    if overflow > 0:  # pushed past the top: slide the crowded ones back down
        for index in range(len(placed) - 1, -1, -1):
            ceiling = highest if index == len(placed) - 1 else placed[index + 1] - gap
            placed[index] = min(placed[index], ceiling)
    return placed


def _draw_ticks(drawing: Drawing, days: Sequence[date], x_of: Callable[[date], float],
                bottom: float, left: float, width: float, measure: Callable[[str], float],
                font_name: str) -> None:
    """A tick under every score and a date under as many as have room: the first and
    the last always, others between them where their labels do not touch."""
    unique = sorted(set(days))
    for when in unique:
        x = x_of(when)
        drawing.add(Line(x, bottom, x, bottom - 2.5, strokeColor=_TEXT, strokeWidth=0.5))
    gap = 6.0

    def span_of(when: date) -> tuple[float, float]:
        half = measure(day(when)) / 2
        middle = min(max(x_of(when), left + half - 4), width - half - 1)
        return middle - half, middle + half

    chosen = [unique[0]]
    if len(unique) > 1 and span_of(unique[-1])[0] > span_of(unique[0])[1] + gap:
        # As many dates as fit, spread evenly: for each of the evenly spaced spots between
        # the first and the last, the score nearest to it, if its label clears its
        # neighbours'.
        def centre(when: date) -> float:
            return sum(span_of(when)) / 2

        first_x, last_x = centre(unique[0]), centre(unique[-1])
        room = measure(day(unique[-1])) + gap
        count = max(int((last_x - first_x) // room), 1)
        last_start = span_of(unique[-1])[0]
        for step in range(1, count):
            spot = first_x + (last_x - first_x) * step / count
            nearest = min(unique[1:-1], key=lambda item: abs(centre(item) - spot),
                          default=None)
            if nearest is None or nearest in chosen:
                continue
            start, end = span_of(nearest)
            if start > span_of(chosen[-1])[1] + gap and end < last_start - gap:
                chosen.append(nearest)
        chosen.append(unique[-1])
    for when in chosen:
        start, _ = span_of(when)
        drawing.add(String(start, bottom - 10, day(when), fontName=font_name,
                           fontSize=_SMALL, fillColor=_TEXT))
