"""Where the parts of a journey chart go on a page or a widget: the frame both renderers
(the app's QPainter widget and the packet's ReportLab drawing) share, and their colours.

``coordinator.domain.timeline`` lays the journey out in fractions of the shown range; this
module turns a layout into a frame of a given size.
"""

from __future__ import annotations

from dataclasses import dataclass

from coordinator.domain.timeline import Bar, JourneyLayout

#: Colours both renderers use. Step-up and step-down differ in hue and lightness (Okabe-Ito
#: vermillion vs blue), so they stay apart for colour-blind readers and in grey print; the
#: arrowheads point up or down as well.
COLOURS = {
    "ink": "#1f2a33", "muted": "#5b6b78", "line": "#d5dce2", "lane": "#f4f6f8",
    "bar": "#c7d5e0", "bar_edge": "#3d5a73", "planned_bar": "#ffffff",
    "step_up": "#d55e00", "step_down": "#0072b2", "lateral": "#5b6b78",
    "clock_open": "#f2c94c", "clock_due": "#9a6700", "clock_missed": "#b3261e",
    "clock_closed": "#9aa8b4",
    "today": "#b3261e",
}


@dataclass(frozen=True)
class ChartFrame:
    """Where things go on a ``width`` x ``height`` canvas, y growing downwards.

    Renderers with y growing upwards (ReportLab) flip with ``height - y``.
    """

    width: float
    height: float
    legend_y: float
    strip_top: float
    strip_row_height: float
    plot_left: float
    plot_top: float
    plot_width: float
    plot_height: float
    lane_height: float
    bar_height: float
    axis_y: float
    lanes: int

    def x(self, fraction: float) -> float:
        return self.plot_left + fraction * self.plot_width

    def lane_top(self, index: int) -> float:
        """Top of lane ``index`` (0 is the bottom lane)."""
        return self.plot_top + (self.lanes - 1 - index) * self.lane_height

    def lane_center(self, index: int) -> float:
        return self.lane_top(index) + self.lane_height / 2

    def strip_row_top(self, row: int) -> float:
        return self.strip_top + row * self.strip_row_height


def chart_frame(layout: JourneyLayout, width: float, height: float, *, label_width: float,
                line_height: float, max_clock_rows: int = 4) -> ChartFrame:
    """Split a canvas into legend, clock strip, lanes and date axis.

    Args:
        label_width: room for the widest lane name, measured by the renderer's font.
        line_height: one line of label text in the renderer's units.
        max_clock_rows: clock-strip rows shown; further rows share the last one.
    """
    gap = line_height * 0.5
    legend_y = gap
    strip_top = legend_y + line_height + gap
    row_height = line_height * 1.15
    rows = min(layout.clock_rows, max_clock_rows)
    plot_top = strip_top + rows * row_height + (gap if rows else 0) + line_height * 0.9
    axis_height = line_height * 2.6
    plot_left = label_width + gap * 2
    plot_width = max(width - plot_left - gap * 2, 1.0)
    plot_height = max(height - plot_top - axis_height, 1.0)
    lanes = max(len(layout.lanes), 1)
    lane_height = plot_height / lanes
    bar_height = min(lane_height * 0.62, line_height * 1.7)
    return ChartFrame(width, height, legend_y, strip_top, row_height, plot_left, plot_top,
                      plot_width, plot_height, lane_height, bar_height,
                      plot_top + plot_height, lanes)


def open_clock_spans(layout: JourneyLayout) -> list[tuple[float, float]]:
    """The open clocks' windows as fractions, overlapping ones merged (shaded once)."""
    spans: list[tuple[float, float]] = []
    for window in sorted(layout.clocks, key=lambda item: item.x0):
        if window.state != "open":
            continue
        if spans and window.x0 <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], window.x1))
        else:
            spans.append((window.x0, window.x1))
    return spans


def bar_label_spot(layout: JourneyLayout, bar: Bar, frame: ChartFrame, text_width: float, *,
                   padding: float, min_room: float) -> tuple[float, float] | None:
    """Where a bar's label starts and how much room it has, in the frame's units.

    Inside the bar when it fits; else beside it, to the right (up to the next bar in the lane
    or an arrow crossing the lane) or to the left (back to the previous one), wherever it
    fits or has the most room; None when nowhere has ``min_room``. A label given less room
    than ``text_width`` is elided.
    """
    left, right = frame.x(bar.x0), max(frame.x(bar.x1), frame.x(bar.x0) + 2)
    inside = right - left - 2 * padding
    if text_width <= inside:
        return left + padding, inside
    in_lane = [other for other in layout.bars if other.lane == bar.lane and other is not bar]
    after_start = right + padding + (frame.bar_height * 0.35 if bar.ongoing else 0)
    after_end = min((frame.x(other.x0) for other in in_lane if other.x0 >= bar.x1),
                    default=frame.plot_left + frame.plot_width) - padding
    before_end = left - padding
    before_start = max((frame.x(other.x1) for other in in_lane if other.x1 <= bar.x0),
                       default=frame.plot_left) + padding
    # Arrows that cross this lane on their way between two others: a label must not run
    # through them.
    for arrow in layout.arrows:
        low, high = sorted((arrow.from_lane, arrow.to_lane))
        if low < bar.lane < high:
            share = (bar.lane - arrow.from_lane) / (arrow.to_lane - arrow.from_lane)
            crossing = frame.x(arrow.x0 + (arrow.x1 - arrow.x0) * share)
            if crossing >= right:
                after_end = min(after_end, crossing - padding)
            elif crossing <= left:
                before_start = max(before_start, crossing + padding)
    after, before = after_end - after_start, before_end - before_start
    spots = [(inside, left + padding), (after, after_start)]
    spots.append((before, before_end - min(text_width, before)))
    fitting = [spot for spot in spots if spot[0] >= text_width]
    room, x = fitting[0] if fitting else max(spots)
    if room < min_room:
        return None
    return x, room
