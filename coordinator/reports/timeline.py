"""The levels-of-care timeline as a ReportLab drawing, for the transfer and discharge packets.

The one journey painter (coordinator.charts.journey) draws it on a ``DrawingCanvas``
(coordinator.reports.chart_canvas), as it draws the app's timeline widget on a QPainter, so
the packet shows what the case manager saw on screen.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing

from coordinator.charts.canvas import Canvas
from coordinator.charts.journey import paint_journey_chart
from coordinator.domain.timeline import Arrow, Bar, ClockWindow, JourneyLayout
from coordinator.reports.chart_canvas import DrawingCanvas, journey_style

_LEGEND = {"step_up": "Step-up", "step_down": "Step-down", "lateral": "Lateral",
           "planned": "Planned", "clock_open": "Open clock", "today": "Today"}


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
    canvas = DrawingCanvas(width, height, font_name, font_size)
    paint_journey_chart(canvas, layout, width, height, journey_style(font_size),
                        _Words(words))
    # In a packet the chart never starts a page: it goes with the end of what it follows
    # (coordinator.reports.styles.keeps_with_previous).
    canvas.drawing.__dict__["keep_with_previous"] = True
    return canvas.drawing


class _Words:
    """The chart's wording in a packet: ``words`` as ``timeline_drawing`` takes them."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    def legend(self, kind: str) -> str:
        return self.words[_LEGEND[kind]]

    def no_episodes(self) -> str:
        return self.words["No episodes recorded."]

    def earlier(self, count: int) -> str:
        return self.words["earlier"].format(count=count)

    def bar_texts(self, bar: Bar) -> tuple[str, ...]:
        return bar_texts(bar, self.words)

    def arrow_text(self, arrow: Arrow) -> str:
        return arrow_text(arrow, self.words)

    def clock_text(self, layout: JourneyLayout, window: ClockWindow) -> str:
        return clock_text(layout, window, self.words)

    def fit_clock(self, canvas: Canvas, layout: JourneyLayout, window: ClockWindow,
                  room: float) -> str:
        """The clock's label in ``room``: whole, or with its title shortened so that when
        it is due stays readable, or (short of room even for that) shortened at the end."""
        text = clock_text(layout, window, self.words)
        if canvas.text_width(text) <= room:
            return text
        when = _clock_when(layout, window, self.words)
        title = canvas.elide(window.title, room - canvas.text_width(f": {when}"))
        return f"{title}: {when}" if title else canvas.elide(when, room)


def bar_texts(bar: Bar, words: dict[str, str]) -> tuple[str, ...]:
    """A bar's label, the preferred wording first: the facility (or level), with
    "(planned)" for a planned stay (and without, when that does not fit: the dashed outline
    and the legend say it too)."""
    if bar.status == "planned":
        return f"{bar.label} ({words['planned']})", bar.label
    return (bar.label,)


def arrow_text(arrow: Arrow, words: dict[str, str]) -> str:
    """An arrow's label: "planned" for a planned move, else the days between the two stays
    (none for a same-day move or a move within a level)."""
    if arrow.planned:
        return words["planned"]
    if arrow.gap_days and arrow.from_lane != arrow.to_lane:
        return f"{arrow.gap_days} d"
    return ""


def clock_text(layout: JourneyLayout, window: ClockWindow, words: dict[str, str]) -> str:
    """A clock's label in the strip: its title and when it is due or was met."""
    return f"{window.title}: {_clock_when(layout, window, words)}"


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
