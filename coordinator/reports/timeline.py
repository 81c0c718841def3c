"""The levels-of-care timeline as a ReportLab drawing, for the transfer and discharge packets.

It draws the same ``JourneyLayout`` and ``chart_frame`` as the app's timeline widget, so the
packet shows what the case manager saw on screen. ReportLab's y axis grows upwards, so every
y from the frame is flipped with ``height - y``.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Line, Polygon, Rect, String
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from coordinator.domain.levels import Direction
from coordinator.domain.timeline import Arrow, Bar, ClockWindow, JourneyLayout
from coordinator.domain.timeline_frame import (
    COLOURS,
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

_MAX_CLOCK_ROWS = 4
_ARROW_COLOURS = {Direction.STEP_UP: "step_up", Direction.STEP_DOWN: "step_down"}


def _colour(name: str, alpha: float = 1.0) -> Color:
    colour = HexColor(COLOURS[name])
    if alpha >= 1.0:
        return colour
    return Color(colour.red, colour.green, colour.blue, alpha)


class _Canvas:
    """A drawing plus the font, with y flipped to grow downwards like the frame's."""

    def __init__(self, width: float, height: float, font_name: str, font_size: float) -> None:
        self.drawing = Drawing(width, height)
        self.height = height
        self.font_name = font_name
        self.font_size = font_size

    def width_of(self, text: str) -> float:
        return float(stringWidth(text, self.font_name, self.font_size))

    def fit(self, text: str, room: float) -> str:
        """``text`` shortened with an ellipsis to fit ``room`` points ('' if nothing fits)."""
        if self.width_of(text) <= room:
            return text
        while text and self.width_of(text + "…") > room:
            text = text[:-1]
        return text.rstrip() + "…" if text else ""

    def text(self, x: float, y: float, text: str, colour: str = "ink",
             anchor: str = "start") -> None:
        """``text`` with its baseline at frame coordinate ``y``."""
        if text:
            self.drawing.add(String(x, self.height - y, text, fontName=self.font_name,
                                    fontSize=self.font_size, fillColor=_colour(colour),
                                    textAnchor=anchor))

    def rect(self, x: float, y: float, width: float, height: float, *, fill: Color | None,
             stroke: Color | None = None, stroke_width: float = 0.6,
             dashed: bool = False, radius: float = 0) -> None:
        self.drawing.add(Rect(x, self.height - y - height, width, height, rx=radius, ry=radius,
                              fillColor=fill, strokeColor=stroke, strokeWidth=stroke_width,
                              strokeDashArray=[3, 2] if dashed else None))

    def line(self, x0: float, y0: float, x1: float, y1: float, colour: Color, width: float,
             dash: list[float] | None = None) -> None:
        self.drawing.add(Line(x0, self.height - y0, x1, self.height - y1, strokeColor=colour,
                              strokeWidth=width, strokeDashArray=dash))

    def arrowhead(self, x0: float, y0: float, x1: float, y1: float, colour: Color,
                  size: float) -> None:
        dx, dy = x1 - x0, y1 - y0
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        ux, uy = dx / length, dy / length
        bx, by = x1 - ux * size, y1 - uy * size
        points = [x1, y1, bx - uy * size * 0.55, by + ux * size * 0.55,
                  bx + uy * size * 0.55, by - ux * size * 0.55]
        flipped = [value if index % 2 == 0 else self.height - value
                   for index, value in enumerate(points)]
        self.drawing.add(Polygon(flipped, fillColor=colour, strokeColor=colour,
                                 strokeWidth=0.5))


def timeline_drawing(layout: JourneyLayout, width: float, height: float, *,
                     font_name: str = "Helvetica", font_size: float = 7.5,
                     labels: dict[str, str] | None = None) -> Drawing:
    """The journey chart as a ``width`` x ``height`` point drawing.

    It draws what the layout holds: stays, moves, and the transition clocks (open ones
    shaded over the lanes, every one in the strip above them); planned stays and moves are
    dashed and labelled "planned". No label runs into the today line or another label:
    each is measured and put where it is free, shortened, or left out (the table and the
    app's description still say it).

    Args:
        layout: from ``Journey.layout()``; pass the journey's clocks to it for the clocks
            to show.
        font_name: a registered font; pass the packet's Unicode TrueType font for names in
            any script (Helvetica covers Latin-1 only).
        labels: translated words for "Step-up", "Step-down", "Lateral", "Open clock",
            "Today", "Planned", "planned", "due", "met", "missed" and "No episodes
            recorded."
    """
    words = {"Step-up": "Step-up", "Step-down": "Step-down", "Lateral": "Lateral",
             "Open clock": "Open clock", "Today": "Today", "Planned": "Planned",
             "planned": "planned", "due": "due", "met": "met", "missed": "missed",
             "No episodes recorded.": "No episodes recorded.",
             "earlier": "{count} earlier episodes not shown"}
    words.update(labels or {})
    canvas = _Canvas(width, height, font_name, font_size)
    line_height = font_size * 1.3
    label_width = max((canvas.width_of(lane.name) for lane in layout.lanes), default=0.0)
    frame = chart_frame(layout, width, height, label_width=label_width,
                        line_height=line_height, max_clock_rows=_MAX_CLOCK_ROWS)
    _lanes(canvas, layout, frame)
    _bands(canvas, layout, frame)
    _axis(canvas, layout, frame, words)
    today_x = frame.x(layout.today_x)  # under the bars and their labels
    canvas.line(today_x, frame.plot_top, today_x, frame.axis_y, _colour("today"), 1, [3, 2])
    today_width = canvas.width_of(words["Today"])
    canvas.text(min(max(today_x - today_width / 2, 1.0), width - today_width - 1),
                frame.plot_top - 2, words["Today"], "today")
    occupied = Occupied()
    occupied.take(today_box(layout, frame))
    occupied.segments += [line for arrow in layout.arrows
                          for line in arrow_segments(arrow, frame)]
    _bars(canvas, layout, frame, words, occupied)
    _arrows(canvas, layout, frame, words, occupied)
    _strip(canvas, layout, frame, words)
    _legend(canvas, layout, frame, words)
    if layout.is_empty:
        canvas.text(frame.plot_left + frame.plot_width / 2,
                    frame.plot_top + frame.plot_height / 2, words["No episodes recorded."],
                    "muted", "middle")
    # In a packet the chart never starts a page: it goes with the end of what it follows
    # (coordinator.reports.styles.keeps_with_previous).
    canvas.drawing.__dict__["keep_with_previous"] = True
    return canvas.drawing


def _lanes(canvas: _Canvas, layout: JourneyLayout, frame: ChartFrame) -> None:
    for lane in layout.lanes:
        top = frame.lane_top(lane.index)
        if lane.index % 2 == 0:
            canvas.rect(frame.plot_left, top, frame.plot_width, frame.lane_height,
                        fill=_colour("lane"))
        canvas.text(frame.plot_left - canvas.font_size * 0.6,
                    frame.lane_center(lane.index) + canvas.font_size * 0.35, lane.name,
                    anchor="end")
    canvas.rect(frame.plot_left, frame.plot_top, frame.plot_width, frame.plot_height,
                fill=None, stroke=_colour("line"))


def _bands(canvas: _Canvas, layout: JourneyLayout, frame: ChartFrame) -> None:
    for left, right in open_clock_spans(layout):
        canvas.rect(frame.x(left), frame.plot_top, max(frame.x(right) - frame.x(left), 0.5),
                    frame.plot_height, fill=_colour("clock_open", 0.25))
    for window in layout.clocks:
        if window.state == "open":
            x = frame.x(window.x1)
            canvas.line(x, frame.plot_top, x, frame.axis_y, _colour("clock_due"), 0.6, [1, 1.5])


def _axis(canvas: _Canvas, layout: JourneyLayout, frame: ChartFrame,
          words: dict[str, str]) -> None:
    previous_right = -1.0
    for tick in layout.ticks:
        x = frame.x(tick.x)
        canvas.line(x, frame.plot_top, x, frame.axis_y, _colour("line"), 0.5, [1, 2])
        canvas.line(x, frame.axis_y, x, frame.axis_y + 3, _colour("muted"), 0.6)
        text_width = canvas.width_of(tick.label)
        left = min(max(x - text_width / 2, frame.plot_left), frame.width - text_width - 1)
        if left > previous_right + 3:
            canvas.text(left, frame.axis_y + 3 + canvas.font_size, tick.label, "muted")
            previous_right = left + text_width
    if layout.earlier_episodes:
        canvas.text(frame.plot_left, frame.height - 2,
                    words["earlier"].format(count=layout.earlier_episodes), "muted")


def bar_texts(bar: Bar, words: dict[str, str]) -> tuple[str, ...]:
    """A bar's label, the preferred wording first: the facility (or level), with
    "(planned)" for a planned stay (and without, when that does not fit: the dashed outline
    and the legend say it too)."""
    if bar.status == "planned":
        return f"{bar.label} ({words['planned']})", bar.label
    return (bar.label,)


def _bars(canvas: _Canvas, layout: JourneyLayout, frame: ChartFrame, words: dict[str, str],
          occupied: Occupied) -> None:
    baseline_offset = canvas.font_size * 0.35
    texts = [bar_texts(bar, words) for bar in layout.bars]
    spots = bar_label_spots(layout, frame,
                            [[canvas.width_of(text) for text in wordings] for wordings in texts],
                            padding=3, min_room=canvas.width_of("Mmm…"),
                            text_height=canvas.font_size * 1.2, occupied=occupied)
    for bar, wordings, spot in zip(layout.bars, texts, spots, strict=True):
        left, right = frame.x(bar.x0), frame.x(bar.x1)
        right = max(right, left + 2)
        top = frame.lane_center(bar.lane) - frame.bar_height / 2
        planned = bar.status == "planned"
        canvas.rect(left, top, right - left, frame.bar_height,
                    fill=_colour("planned_bar" if planned else "bar"),
                    stroke=_colour("bar_edge"), dashed=planned, radius=2)
        middle = frame.lane_center(bar.lane)
        if bar.ongoing and not planned:
            points = [right + 0.5, middle - frame.bar_height / 2 + 2, right + 4.5, middle,
                      right + 0.5, middle + frame.bar_height / 2 - 2]
            canvas.drawing.add(Polygon(
                [value if index % 2 == 0 else canvas.height - value
                 for index, value in enumerate(points)], fillColor=_colour("bar_edge"),
                strokeColor=None))
        if spot is not None:
            shown = canvas.fit(wordings[spot.choice], spot.room)
            inside = left <= spot.x <= right and spot.middle == middle
            if not inside:
                # Beside the bar it may cross a month's grid line or a clock's due date.
                canvas.rect(spot.x - 1, spot.middle - canvas.font_size * 0.6,
                            canvas.width_of(shown) + 2, canvas.font_size * 1.2,
                            fill=Color(1, 1, 1, 0.8))
            canvas.text(spot.x, spot.middle + baseline_offset, shown)


def arrow_text(arrow: Arrow, words: dict[str, str]) -> str:
    """An arrow's label: "planned" for a planned move, else the days between the two stays
    (none for a same-day move or a move within a level)."""
    if arrow.planned:
        return words["planned"]
    if arrow.gap_days and arrow.from_lane != arrow.to_lane:
        return f"{arrow.gap_days} d"
    return ""


def _arrows(canvas: _Canvas, layout: JourneyLayout, frame: ChartFrame, words: dict[str, str],
            occupied: Occupied) -> None:
    texts = [arrow_text(arrow, words) for arrow in layout.arrows]
    spots = arrow_label_spots(layout, frame,
                              [canvas.width_of(text) if text else None for text in texts],
                              text_height=canvas.font_size * 1.1, padding=3,
                              occupied=occupied)
    for arrow, text, spot in zip(layout.arrows, texts, spots, strict=True):
        name = _ARROW_COLOURS.get(arrow.direction, "lateral")
        colour = _colour(name)
        dash: list[float] | None = [3, 2] if arrow.planned else None
        segments = arrow_segments(arrow, frame)
        for x0, y0, x1, y1 in segments:
            canvas.line(x0, y0, x1, y1, colour, 1.3, dash)
        canvas.arrowhead(*segments[-1], colour, canvas.font_size * 0.6)
        if spot is not None:
            canvas.text(spot[0], spot[1] + canvas.font_size * 0.85, text, name)


def _strip(canvas: _Canvas, layout: JourneyLayout, frame: ChartFrame,
           words: dict[str, str]) -> None:
    row_height = frame.strip_row_height
    texts = [clock_text(layout, window, words) for window in layout.clocks]
    spots = strip_label_spots(layout, frame, [canvas.width_of(text) for text in texts],
                              padding=2, min_room=canvas.width_of("Mmm…"),
                              max_rows=_MAX_CLOCK_ROWS)
    for window, spot in zip(layout.clocks, spots, strict=True):
        if window.row >= _MAX_CLOCK_ROWS:
            continue  # rare; the accessible description still names it
        top = frame.strip_row_top(window.row) + row_height * 0.2
        left, right = frame.x(window.x0), frame.x(window.x1)
        canvas.rect(left, top, max(right - left, 1.5), row_height * 0.6,
                    fill=_colour(window.colour_key), stroke=None)
        if spot is None:
            continue
        baseline = top + row_height * 0.3 + canvas.font_size * 0.35
        colour = "muted" if window.state == "met" else "ink"
        x, room, before = spot
        canvas.text(x, baseline, _fit_clock(canvas, layout, window, words, room), colour,
                    "end" if before else "start")


def clock_text(layout: JourneyLayout, window: ClockWindow, words: dict[str, str]) -> str:
    """A clock's label in the strip: its title and when it is due or was met."""
    return f"{window.title}: {_clock_when(layout, window, words)}"


def _fit_clock(canvas: _Canvas, layout: JourneyLayout, window: ClockWindow,
               words: dict[str, str], room: float) -> str:
    """The clock's label in ``room``: whole, or with its title shortened so that when it is
    due stays readable, or (short of room even for that) shortened at the end."""
    text = clock_text(layout, window, words)
    if canvas.width_of(text) <= room:
        return text
    when = _clock_when(layout, window, words)
    title = canvas.fit(window.title, room - canvas.width_of(f": {when}"))
    return f"{title}: {when}" if title else canvas.fit(when, room)


def _clock_when(layout: JourneyLayout, window: ClockWindow, words: dict[str, str]) -> str:
    if window.state == "met" and window.met_on is not None:
        when = f"{words['met']} {window.met_on.day} {_month(layout, window.met_on.month)}"
    elif window.state in ("open", "missed"):
        prefix = "" if window.state == "open" else words["missed"] + ", "
        when = f"{prefix}{words['due']} {window.due.day} {_month(layout, window.due.month)}"
    else:
        when = window.state
    return when


def _month(layout: JourneyLayout, month: int) -> str:
    """The month's short name as the layout's ticks spell it (so translations carry over)."""
    for tick in layout.ticks:
        if tick.day.month == month:
            return tick.label.split(" ")[0]
    return ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
            "Dec")[month - 1]


def _legend(canvas: _Canvas, layout: JourneyLayout, frame: ChartFrame,
            words: dict[str, str]) -> None:
    """The legend for what the chart shows (``legend_kinds``)."""
    x = canvas.font_size * 0.6
    y = frame.legend_y + canvas.font_size * 0.65
    size = canvas.font_size
    names = {"step_up": words["Step-up"], "step_down": words["Step-down"],
             "lateral": words["Lateral"], "planned": words["Planned"],
             "clock_open": words["Open clock"], "today": words["Today"]}
    for kind in legend_kinds(layout):
        text = names[kind]
        if kind in ("step_up", "step_down", "lateral"):
            colour = _colour(kind)
            if kind == "lateral":
                start, end = (x, y), (x + size * 1.6, y)
            elif kind == "step_up":
                start, end = (x + 1, y + size * 0.6), (x + size * 1.4, y - size * 0.6)
            else:
                start, end = (x + 1, y - size * 0.6), (x + size * 1.4, y + size * 0.6)
            canvas.line(*start, *end, colour, 1.3)
            canvas.arrowhead(*start, *end, colour, size * 0.55)
        elif kind == "planned":
            canvas.rect(x, y - size * 0.45, size * 1.6, size * 0.9,
                        fill=_colour("planned_bar"), stroke=_colour("bar_edge"), dashed=True,
                        radius=1.5)
        elif kind == "clock_open":
            canvas.rect(x, y - size * 0.45, size * 1.6, size * 0.9, fill=_colour(kind))
        else:
            canvas.line(x + size * 0.8, y - size * 0.7, x + size * 0.8, y + size * 0.7,
                        _colour(kind), 1, [2, 1.5])
        canvas.text(x + size * 2, y + size * 0.35, text)
        x += size * 2 + canvas.width_of(text) + size * 1.3
