"""The levels-of-care journey chart, painted once for every canvas.

``paint_journey_chart`` lays a ``JourneyLayout`` (coordinator.domain.timeline) out in a
``chart_frame`` and draws it through a ``Canvas``: lanes, open clocks' bands, the date axis,
the today line, the stays and moves with their labels, the clock strip and the legend.

The app (pixels on screen, a 9-point font) and the packet (points on paper, a 7.5-point font)
draw the same things with different line widths and text offsets; a ``JourneyStyle`` holds
those numbers, and ``JourneyWords`` the wording (the app's translated through Qt, the
packet's passed in by the caller).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from coordinator.charts.canvas import WHITE, Canvas, Colour, Dash, Pen, colour
from coordinator.charts.frame import (
    ChartFrame,
    Occupied,
    arrow_label_spots,
    arrow_segments,
    bar_label_spots,
    chart_frame,
    legend_kinds,
    open_clock_spans,
    strip_label_spots,
    today_box,
)
from coordinator.domain.levels import Direction
from coordinator.domain.timeline import Arrow, Bar, ClockWindow, JourneyLayout

MAX_CLOCK_ROWS = 4
ARROW_COLOURS = {Direction.STEP_UP: "step_up", Direction.STEP_DOWN: "step_down"}
LEGEND_KINDS = ("step_up", "step_down", "lateral", "planned", "clock_open", "today")


class JourneyWords(Protocol):
    """The chart's wording."""

    def legend(self, kind: str) -> str:
        """The legend's name for ``kind`` (one of ``LEGEND_KINDS``); "today" also labels
        the today line."""
        ...

    def no_episodes(self) -> str:
        ...

    def earlier(self, count: int) -> str:
        """The note that ``count`` earlier episodes are not shown."""
        ...

    def bar_texts(self, bar: Bar) -> tuple[str, ...]:
        """A bar's label, the preferred wording first."""
        ...

    def arrow_text(self, arrow: Arrow) -> str:
        """An arrow's label ('' for none)."""
        ...

    def clock_text(self, layout: JourneyLayout, window: ClockWindow) -> str:
        """A clock's label in the strip."""
        ...

    def fit_clock(self, canvas: Canvas, layout: JourneyLayout, window: ClockWindow,
                  room: float) -> str:
        """The clock's label shortened to ``room``."""
        ...


@dataclass(frozen=True)
class JourneyStyle:
    """The numbers a medium draws the chart with, in its units (see the backends:
    coordinator.ui.chart_canvas and coordinator.reports.chart_canvas)."""

    #: One line of text: the frame's unit.
    line_height: float
    #: Baseline below the middle of a line of text.
    middle_drop: float
    #: Gap between a lane's name and the plot.
    lane_label_gap: float
    outline_width: float
    #: Open clocks' shading over the lanes, and its narrowest width.
    band_alpha: float
    band_min_width: float
    due_width: float
    due_dash: Dash
    grid_width: float
    grid_dash: Dash
    tick_width: float
    tick_length: float
    #: Baseline of a date below the axis, and the least gap between two dates.
    axis_label_drop: float
    axis_label_gap: float
    #: Room kept at the right edge for a date or the today label.
    right_margin: float
    #: Baseline of the "earlier episodes" note above the bottom edge.
    note_lift: float
    today_width: float
    today_dash: Dash
    #: Half-width of the today line that labels keep clear of.
    today_clearance: float
    #: Least x of the today label (None: it may start left of the canvas's edge).
    today_label_min_x: float | None
    #: Baseline of the today label above the plot.
    today_label_lift: float
    bar_padding: float
    bar_text_height: float
    bar_min_width: float
    bar_pen_width: float
    planned_dash: Dash
    bar_radius: float
    #: The chevron after an ongoing stay: gap from the bar, its tip, inset from the bar's
    #: top and bottom, and its outline (None: filled only).
    chevron_gap: float
    chevron_tip: float
    chevron_inset: float
    chevron_pen_width: float | None
    label_backing_alpha: float
    arrow_padding: float
    arrow_text_height: float
    arrow_width: float
    arrow_round_cap: bool
    arrowhead_size: float
    arrowhead_pen_width: float
    #: Baseline of an arrow's label below the top of its box.
    arrow_label_drop: float
    strip_padding: float
    clock_alpha: float
    clock_pen_width: float | None
    clock_min_width: float
    legend_x: float
    legend_middle: float
    #: A legend arrow: from ``legend_arrow_start`` to ``legend_arrow_end`` across, rising
    #: or falling ``legend_arrow_rise`` either side of the middle; a lateral one is
    #: ``legend_swatch_width`` long.
    legend_arrow_start: float
    legend_arrow_end: float
    legend_arrow_rise: float
    legend_arrow_width: float
    legend_arrowhead_size: float
    legend_swatch_width: float
    legend_swatch_height: float
    legend_swatch_radius: float
    legend_today_half: float
    legend_today_width: float
    legend_today_dash: Dash
    legend_text_x: float
    legend_gap: float


def paint_journey_chart(canvas: Canvas, layout: JourneyLayout | None, width: float,
                        height: float, style: JourneyStyle, words: JourneyWords) -> None:
    """Draw the chart of ``layout`` on ``canvas`` in a ``width`` x ``height`` area from
    (0, 0); None says "No episodes recorded." in the middle.

    No label runs into the today line or another label: each is measured and put where it
    is free, shortened, or left out (the table and the app's description still say it).
    """
    if layout is None:
        canvas.text_box(0, 0, width, height, words.no_episodes(), colour("muted"), "middle")
        return
    label_width = max((canvas.text_width(lane.name) for lane in layout.lanes), default=0.0)
    frame = chart_frame(layout, width, height, label_width=label_width,
                        line_height=style.line_height, max_clock_rows=MAX_CLOCK_ROWS)
    _lanes(canvas, layout, frame, style)
    _bands(canvas, layout, frame, style)
    _axis(canvas, layout, frame, style, words)
    _today(canvas, layout, frame, style, words)  # under the bars and their labels
    # Labels keep clear of the today line, the arrows and each other.
    occupied = Occupied()
    occupied.take(today_box(layout, frame, style.today_clearance))
    occupied.segments += [line for arrow in layout.arrows
                          for line in arrow_segments(arrow, frame)]
    _bars(canvas, layout, frame, style, words, occupied)
    _arrows(canvas, layout, frame, style, words, occupied)
    _strip(canvas, layout, frame, style, words)
    _legend(canvas, layout, frame, style, words)
    if layout.is_empty:
        canvas.text_box(frame.plot_left, frame.plot_top, frame.plot_width, frame.plot_height,
                        words.no_episodes(), colour("muted"), "middle")


def _lanes(canvas: Canvas, layout: JourneyLayout, frame: ChartFrame,
           style: JourneyStyle) -> None:
    for lane in layout.lanes:
        top = frame.lane_top(lane.index)
        if lane.index % 2 == 0:
            canvas.rect(frame.plot_left, top, frame.plot_width, frame.lane_height,
                        fill=colour("lane"))
        canvas.text_box(0, top, frame.plot_left - style.lane_label_gap, frame.lane_height,
                        lane.name, colour("ink"), "end")
    canvas.rect(frame.plot_left, frame.plot_top, frame.plot_width, frame.plot_height,
                pen=Pen(colour("line"), style.outline_width))


def _bands(canvas: Canvas, layout: JourneyLayout, frame: ChartFrame,
           style: JourneyStyle) -> None:
    """Open clocks shade their windows (overlapping ones once) and mark each due date."""
    for left, right in open_clock_spans(layout):
        canvas.rect(frame.x(left), frame.plot_top,
                    max(frame.x(right) - frame.x(left), style.band_min_width),
                    frame.plot_height, fill=colour("clock_open", style.band_alpha))
    due = Pen(colour("clock_due"), style.due_width, style.due_dash)
    for window in layout.clocks:
        if window.state == "open":
            x = frame.x(window.x1)
            canvas.line(x, frame.plot_top, x, frame.axis_y, due)


def _axis(canvas: Canvas, layout: JourneyLayout, frame: ChartFrame, style: JourneyStyle,
          words: JourneyWords) -> None:
    grid = Pen(colour("line"), style.grid_width, style.grid_dash)
    tick_pen = Pen(colour("muted"), style.tick_width)
    previous_right = -1.0
    for tick in layout.ticks:
        x = frame.x(tick.x)
        canvas.line(x, frame.plot_top, x, frame.axis_y, grid)
        canvas.line(x, frame.axis_y, x, frame.axis_y + style.tick_length, tick_pen)
        text_width = canvas.text_width(tick.label)
        left = min(max(x - text_width / 2, frame.plot_left),
                   frame.width - text_width - style.right_margin)
        if left > previous_right + style.axis_label_gap:
            canvas.text(left, frame.axis_y + style.axis_label_drop, tick.label,
                        colour("muted"))
            previous_right = left + text_width
    if layout.earlier_episodes:
        canvas.text(frame.plot_left, frame.height - style.note_lift,
                    words.earlier(layout.earlier_episodes), colour("muted"))


def _today(canvas: Canvas, layout: JourneyLayout, frame: ChartFrame, style: JourneyStyle,
           words: JourneyWords) -> None:
    x = frame.x(layout.today_x)
    canvas.line(x, frame.plot_top, x, frame.axis_y,
                Pen(colour("today"), style.today_width, style.today_dash))
    label = words.legend("today")
    text_width = canvas.text_width(label)
    left = x - text_width / 2
    if style.today_label_min_x is not None:
        left = max(left, style.today_label_min_x)
    left = min(left, frame.width - text_width - style.right_margin)
    canvas.text(left, frame.plot_top - style.today_label_lift, label, colour("today"))


def _bars(canvas: Canvas, layout: JourneyLayout, frame: ChartFrame, style: JourneyStyle,
          words: JourneyWords, occupied: Occupied) -> None:
    texts = [words.bar_texts(bar) for bar in layout.bars]
    text_height = style.bar_text_height
    spots = bar_label_spots(
        layout, frame, [[canvas.text_width(text) for text in wordings] for wordings in texts],
        padding=style.bar_padding, min_room=canvas.text_width("Mmm…"),
        text_height=text_height, occupied=occupied)
    edge = colour("bar_edge")
    for bar, wordings, spot in zip(layout.bars, texts, spots, strict=True):
        left, right = frame.x(bar.x0), frame.x(bar.x1)
        right = max(right, left + style.bar_min_width)  # a one-day stay still shows
        middle = frame.lane_center(bar.lane)
        top = middle - frame.bar_height / 2
        planned = bar.status == "planned"
        canvas.rect(left, top, right - left, frame.bar_height,
                    fill=colour("planned_bar" if planned else "bar"),
                    pen=Pen(edge, style.bar_pen_width, style.planned_dash if planned else None),
                    radius=style.bar_radius)
        if bar.ongoing and not planned:
            # An open end: a chevron says "still going".
            canvas.polygon(
                [(right + style.chevron_gap, top + style.chevron_inset),
                 (right + style.chevron_tip, middle),
                 (right + style.chevron_gap, top + frame.bar_height - style.chevron_inset)],
                fill=edge, pen=None if style.chevron_pen_width is None
                else Pen(edge, style.chevron_pen_width))
        if spot is None:
            continue
        text = canvas.elide(wordings[spot.choice], spot.room)
        line_top = spot.middle - text_height / 2
        if not (left <= spot.x <= right and abs(spot.middle - middle) < 1e-6):
            # Beside the bar it may cross a month's grid line or a clock's due date.
            canvas.rect(spot.x - 1, line_top, canvas.text_width(text) + 2, text_height,
                        fill=Colour(WHITE.hex, style.label_backing_alpha))
        canvas.text_box(spot.x, line_top, spot.room, text_height, text, colour("ink"))


def _arrowhead(canvas: Canvas, segment: tuple[float, float, float, float], fill: Colour,
               size: float, pen_width: float) -> None:
    x0, y0, x1, y1 = segment
    dx, dy = x1 - x0, y1 - y0
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    bx, by = x1 - ux * size, y1 - uy * size
    canvas.polygon([(x1, y1), (bx - uy * size * 0.55, by + ux * size * 0.55),
                    (bx + uy * size * 0.55, by - ux * size * 0.55)],
                   fill=fill, pen=Pen(fill, pen_width))


def _arrows(canvas: Canvas, layout: JourneyLayout, frame: ChartFrame, style: JourneyStyle,
            words: JourneyWords, occupied: Occupied) -> None:
    texts = [words.arrow_text(arrow) for arrow in layout.arrows]
    spots = arrow_label_spots(
        layout, frame, [canvas.text_width(text) if text else None for text in texts],
        text_height=style.arrow_text_height, padding=style.arrow_padding, occupied=occupied)
    for arrow, text, spot in zip(layout.arrows, texts, spots, strict=True):
        ink = colour(ARROW_COLOURS.get(arrow.direction, "lateral"))
        pen = Pen(ink, style.arrow_width, style.planned_dash if arrow.planned else None,
                  style.arrow_round_cap)
        segments = arrow_segments(arrow, frame)
        for x0, y0, x1, y1 in segments:
            canvas.line(x0, y0, x1, y1, pen)
        _arrowhead(canvas, segments[-1], ink, style.arrowhead_size, style.arrowhead_pen_width)
        if spot is not None:
            canvas.text(spot[0], spot[1] + style.arrow_label_drop, text, ink)


def _strip(canvas: Canvas, layout: JourneyLayout, frame: ChartFrame, style: JourneyStyle,
           words: JourneyWords) -> None:
    row_height = frame.strip_row_height
    texts = [words.clock_text(layout, window) for window in layout.clocks]
    spots = strip_label_spots(layout, frame, [canvas.text_width(text) for text in texts],
                              padding=style.strip_padding,
                              min_room=canvas.text_width("Mmm…"), max_rows=MAX_CLOCK_ROWS)
    for window, spot in zip(layout.clocks, spots, strict=True):
        if window.row >= MAX_CLOCK_ROWS:
            continue  # rare; the accessible description still names it
        top = frame.strip_row_top(window.row) + row_height * 0.2
        left, right = frame.x(window.x0), frame.x(window.x1)
        _clock_swatch(canvas, window.colour_key, left, top,
                      max(right - left, style.clock_min_width), row_height * 0.6, style)
        if spot is None:
            continue
        x, room, before = spot
        canvas.text(x, top + row_height * 0.3 + style.middle_drop,
                    words.fit_clock(canvas, layout, window, room),
                    colour("muted" if window.state == "met" else "ink"),
                    "end" if before else "start")


def _clock_swatch(canvas: Canvas, name: str, x: float, y: float, width: float, height: float,
                  style: JourneyStyle) -> None:
    canvas.rect(x, y, width, height, fill=colour(name, style.clock_alpha),
                pen=None if style.clock_pen_width is None
                else Pen(colour(name), style.clock_pen_width))


def _legend(canvas: Canvas, layout: JourneyLayout, frame: ChartFrame, style: JourneyStyle,
            words: JourneyWords) -> None:
    """The legend for what the chart shows (``legend_kinds``)."""
    x = style.legend_x
    y = frame.legend_y + style.legend_middle
    swatch_width, swatch_height = style.legend_swatch_width, style.legend_swatch_height
    for kind in legend_kinds(layout):
        text = words.legend(kind)
        if kind in ("step_up", "step_down", "lateral"):
            ink = colour(kind)
            rise = style.legend_arrow_rise
            if kind == "lateral":
                start, end = (x, y), (x + swatch_width, y)
            elif kind == "step_up":
                start = (x + style.legend_arrow_start, y + rise)
                end = (x + style.legend_arrow_end, y - rise)
            else:
                start = (x + style.legend_arrow_start, y - rise)
                end = (x + style.legend_arrow_end, y + rise)
            canvas.line(*start, *end, Pen(ink, style.legend_arrow_width))
            _arrowhead(canvas, (*start, *end), ink, style.legend_arrowhead_size,
                       style.arrowhead_pen_width)
        elif kind == "planned":
            canvas.rect(x, y - swatch_height / 2, swatch_width, swatch_height,
                        fill=colour("planned_bar"),
                        pen=Pen(colour("bar_edge"), style.bar_pen_width, style.planned_dash),
                        radius=style.legend_swatch_radius)
        elif kind == "clock_open":
            _clock_swatch(canvas, kind, x, y - swatch_height / 2, swatch_width, swatch_height,
                          style)
        else:
            middle = x + swatch_width / 2
            canvas.line(middle, y - style.legend_today_half, middle,
                        y + style.legend_today_half,
                        Pen(colour(kind), style.legend_today_width, style.legend_today_dash))
        canvas.text(x + style.legend_text_x, y + style.middle_drop, text, colour("ink"))
        x += style.legend_text_x + canvas.text_width(text) + style.legend_gap
