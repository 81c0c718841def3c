"""Where the parts of a journey chart go on a page or a widget: the frame the one painter
(coordinator.charts.journey) lays out for every canvas, the app's QPainter widget and the
packet's ReportLab drawing alike.

``coordinator.domain.timeline`` lays the journey out in fractions of the shown range; this
module turns a layout into a frame of a given size and finds room for its labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coordinator.domain.levels import Direction
from coordinator.domain.timeline import Arrow, Bar, JourneyLayout

__all__ = ["Box", "ChartFrame", "LabelSpot", "Occupied", "arrow_label_spots",
           "arrow_segments", "bar_label_spot", "bar_label_spots", "chart_frame",
           "legend_kinds", "open_clock_spans", "strip_label_spots", "today_box"]


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


#: A rectangle in frame units: left, top, right, bottom (y growing downwards).
Box = tuple[float, float, float, float]


class Occupied:
    """The parts of a chart that labels must not run into: the today line and the labels
    already placed. Labels are placed one after another, each where it is still free."""

    def __init__(self) -> None:
        self.boxes: list[Box] = []
        #: Lines (arrows) a label placed off its lane must not cross: x0, y0, x1, y1.
        self.segments: list[Box] = []

    def take(self, box: Box) -> None:
        self.boxes.append(box)

    def is_free(self, box: Box) -> bool:
        left, top, right, bottom = box
        return not any(left < other[2] and other[0] < right and top < other[3]
                       and other[1] < bottom for other in self.boxes) and not any(
            _crosses(segment, box) for segment in self.segments)

    def free_run(self, start: float, end: float, top: float, bottom: float, *,
                 backwards: bool = False) -> tuple[float, float]:
        """The free stretch of ``start``..``end`` (between ``top`` and ``bottom``) that
        begins at ``start`` (or, ``backwards``, ends at ``end``); empty when that point is
        taken."""
        for left, box_top, right, box_bottom in self.boxes:
            if box_top >= bottom or box_bottom <= top or right <= start or left >= end:
                continue
            if backwards:
                if right >= end:
                    return end, end
                start = max(start, right)
            else:
                if left <= start:
                    return start, start
                end = min(end, left)
        return start, end

    def widest_run(self, start: float, end: float, top: float,
                   bottom: float) -> tuple[float, float]:
        """The widest free stretch of ``start``..``end`` between ``top`` and ``bottom``."""
        edges = sorted((left, right) for left, box_top, right, box_bottom in self.boxes
                       if box_top < bottom and box_bottom > top and right > start
                       and left < end)
        best, cursor = (start, start), start
        for left, right in edges:
            if left - cursor > best[1] - best[0]:
                best = (cursor, left)
            cursor = max(cursor, right)
        if end - cursor > best[1] - best[0]:
            best = (cursor, end)
        return best


def _crosses(segment: Box, box: Box) -> bool:
    """Whether the line ``segment`` (x0, y0, x1, y1) runs through ``box`` (clipping the
    line to the box's edges, after Liang and Barsky)."""
    x0, y0, x1, y1 = segment
    left, top, right, bottom = box
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for step, room in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top),
                       (dy, bottom - y0)):
        if step == 0:
            if room < 0:
                return False
            continue
        share = room / step
        if step < 0:
            low = max(low, share)
        else:
            high = min(high, share)
        if low > high:
            return False
    return True


def arrow_segments(arrow: Arrow, frame: ChartFrame) -> list[Box]:
    """The lines an arrow is drawn with (x0, y0, x1, y1), the last one ending at its head:
    straight from one bar's edge to the other's, or for a move within a level a hop up
    from the first bar, across and down onto the second."""
    half = frame.bar_height / 2
    x0, x1 = frame.x(arrow.x0), frame.x(arrow.x1)
    y0, y1 = frame.lane_center(arrow.from_lane), frame.lane_center(arrow.to_lane)
    if arrow.from_lane == arrow.to_lane:
        top = y0 - half - frame.lane_height * 0.3
        return [(x0, y0 - half, x0, top), (x0, top, x1, top), (x1, top, x1, y0 - half)]
    down = y1 > y0
    return [(x0, y0 + (half if down else -half), x1, y1 - (half if down else -half))]


def today_box(layout: JourneyLayout, frame: ChartFrame, width: float = 1.5) -> Box:
    """The today line as an obstacle for labels, ``width`` on either side."""
    x = frame.x(layout.today_x)
    return x - width, frame.plot_top, x + width, frame.axis_y


def bar_label_spot(layout: JourneyLayout, bar: Bar, frame: ChartFrame, text_width: float, *,
                   padding: float, min_room: float, occupied: Occupied | None = None,
                   text_height: float = 0.0) -> tuple[float, float] | None:
    """Where a bar's label starts and how much room it has, in the frame's units.

    Inside the bar when it fits; else beside it, to the right (up to the next bar in the lane
    or an arrow crossing the lane) or to the left (back to the previous one), wherever it
    fits or has the most room; None when nowhere has ``min_room``. A label given less room
    than ``text_width`` is elided. With ``occupied``, the label also keeps clear of what is
    in it (the today line, labels placed before) over ``text_height`` about the lane's
    middle.
    """
    left, right = frame.x(bar.x0), max(frame.x(bar.x1), frame.x(bar.x0) + 2)
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
    inside_start, inside_end = left + padding, right - padding
    if occupied is not None:
        middle = frame.lane_center(bar.lane)
        top, bottom = middle - text_height / 2, middle + text_height / 2
        inside_start, inside_end = occupied.widest_run(inside_start, inside_end, top, bottom)
        after_start, after_end = occupied.free_run(after_start, after_end, top, bottom)
        before_start, before_end = occupied.free_run(before_start, before_end, top, bottom,
                                                     backwards=True)
    inside = inside_end - inside_start
    after, before = after_end - after_start, before_end - before_start
    spots = [(inside, inside_start), (after, after_start)]
    spots.append((before, before_end - min(text_width, before)))
    fitting = [spot for spot in spots if spot[0] >= text_width]
    room, x = fitting[0] if fitting else max(spots)
    if room < min_room:
        return None
    return x, room


@dataclass(frozen=True)
class LabelSpot:
    """Where a bar's label goes: its left end ``x``, the ``room`` it has (less than the
    text's width: elide it), the ``middle`` of its line (the lane's middle, or just above
    or below the bar when the lane had no room), and which of the texts offered (0: the
    first) it is."""

    x: float
    room: float
    middle: float
    choice: int


def bar_label_spots(layout: JourneyLayout, frame: ChartFrame,
                    text_widths: Sequence[Sequence[float]], *, padding: float,
                    min_room: float, text_height: float,
                    occupied: Occupied) -> list[LabelSpot | None]:
    """A place for every bar's label (``text_widths``: for each bar in ``layout.bars``
    order, the widths of its label's wordings, the preferred first), each clear of the
    today line and of the labels placed before it; the places taken are added to
    ``occupied``.

    A wording goes in its lane (``bar_label_spot``) or, when the lane has no room for it,
    just above or below its bar where that crosses no bar, label or today line; the next
    wording is tried only when the one before fits nowhere whole. When none fits, the
    first is elided in the lane if it has ``min_room``; else the bar has no label.
    """
    bar_boxes = [(frame.x(bar.x0) - 1, frame.lane_center(bar.lane) - frame.bar_height / 2,
                  max(frame.x(bar.x1), frame.x(bar.x0) + 2) + 1,
                  frame.lane_center(bar.lane) + frame.bar_height / 2) for bar in layout.bars]
    spots: list[LabelSpot | None] = []
    for bar, box, widths in zip(layout.bars, bar_boxes, text_widths, strict=True):
        middle = frame.lane_center(bar.lane)
        spot: LabelSpot | None = None
        elided: LabelSpot | None = None
        for choice, width in enumerate(widths):
            found = bar_label_spot(layout, bar, frame, width, padding=padding,
                                   min_room=min_room, occupied=occupied,
                                   text_height=text_height)
            if found is not None and found[1] >= width:
                spot = LabelSpot(found[0], found[1], middle, choice)
                break
            if found is not None and elided is None:
                elided = LabelSpot(found[0], found[1], middle, choice)
            spot = _beside_bar(box, width, text_height, frame, occupied, bar_boxes, choice)
            if spot is not None:
                break
        spot = spot or elided
        spots.append(spot)
        if spot is not None:
            used = min(text_widths[len(spots) - 1][spot.choice], spot.room)
            # A label's room reaches up to what it may not cross, so the one after keeps
            # ``padding`` from it, as from a bar.
            occupied.take((spot.x - padding, spot.middle - text_height / 2,
                           spot.x + used + padding, spot.middle + text_height / 2))
    return spots


def _beside_bar(box: Box, width: float, text_height: float, frame: ChartFrame,
                occupied: Occupied, bars: Sequence[Box], choice: int) -> LabelSpot | None:
    """A label of ``width`` just above or below the bar ``box`` (starting at its left or
    ending at its right end), where it crosses no bar and nothing in ``occupied``."""
    left, top, right, bottom = box
    plot_right = frame.plot_left + frame.plot_width
    for middle in (top - text_height / 2, bottom + text_height / 2):
        label_top, label_bottom = middle - text_height / 2, middle + text_height / 2
        if label_top < frame.plot_top or label_bottom > frame.axis_y:
            continue
        for x in (left + 1, right - 1 - width):
            x = min(max(x, frame.plot_left + 1), plot_right - width - 1)
            if x < frame.plot_left:
                continue
            label = (x - 1, label_top, x + width + 1, label_bottom)
            if occupied.is_free(label) and not any(
                    label[0] < other[2] and other[0] < label[2] and label[1] < other[3]
                    and other[1] < label[3] for other in bars):
                return LabelSpot(x, width, middle, choice)
    return None


def arrow_label_spots(layout: JourneyLayout, frame: ChartFrame,
                      text_widths: Sequence[float | None], *, text_height: float,
                      padding: float, occupied: Occupied) -> list[tuple[float, float] | None]:
    """Where each arrow's label goes (``text_widths`` in ``layout.arrows`` order, None for
    an arrow without one): the left end and the top of its box, or None when it fits
    nowhere near its arrow without running into the today line or another label.

    Tried beside the middle of the arrow first (on the side it leaves free: below a rising
    arrow, above a falling one), then the other side, then beside the points a third and
    two thirds along; a lateral move's hop has its label above it.
    """
    spots: list[tuple[float, float] | None] = []
    for arrow, width in zip(layout.arrows, text_widths, strict=True):
        if width is None:
            spots.append(None)
            continue
        segments = arrow_segments(arrow, frame)
        candidates: list[tuple[float, float]] = []
        if arrow.from_lane == arrow.to_lane:
            x0, hop, x1, _ = segments[1]
            middle = (x0 + x1) / 2
            candidates += [(middle - width / 2, hop - text_height - 1),
                           (x1 + padding, hop - text_height / 2),
                           (x0 - padding - width, hop - text_height / 2)]
        else:
            ((x0, start_y, x1, end_y),) = segments
            down = end_y > start_y
            for share in (0.5, 1 / 3, 2 / 3):
                x = x0 + (x1 - x0) * share
                y = start_y + (end_y - start_y) * share
                # Below a rising arrow's middle, above a falling one's: the side it leaves
                # free; then the other side.
                beside = (y + 1, y - text_height - 1) if not down else (
                    y - text_height - 1, y + 1)
                candidates += [(x + padding, beside[0]), (x - padding - width, beside[1]),
                               (x + padding, beside[1]), (x - padding - width, beside[0])]
        chosen = None
        for x, top in candidates:
            box = (x - 1, top, x + width + 1, top + text_height)
            inside = (x >= frame.plot_left and x + width <= frame.plot_left + frame.plot_width
                      and top >= frame.plot_top and top + text_height <= frame.axis_y)
            if inside and occupied.is_free(box):
                chosen = (x, top)
                occupied.take(box)
                break
        spots.append(chosen)
    return spots


def strip_label_spots(layout: JourneyLayout, frame: ChartFrame, text_widths: Sequence[float],
                      *, padding: float, min_room: float,
                      max_rows: int) -> list[tuple[float, float, bool] | None]:
    """Where each clock's label goes in the strip (``text_widths`` in ``layout.clocks``
    order): (x, room, right_aligned), right_aligned when it ends at x left of its window;
    None when the clock's row is not shown or there is no room. A label never runs into
    another window of its row or another label: after its window if the whole text fits
    there, else before it, else elided in the roomier of the two."""
    occupied = Occupied()
    row_height = frame.strip_row_height
    for window in layout.clocks:
        if window.row < max_rows:
            top = frame.strip_row_top(window.row)
            occupied.take((frame.x(window.x0) - 1, top,
                           max(frame.x(window.x1), frame.x(window.x0) + 1.5) + 1,
                           top + row_height))
    spots: list[tuple[float, float, bool] | None] = []
    for window, width in zip(layout.clocks, text_widths, strict=True):
        if window.row >= max_rows:
            spots.append(None)
            continue
        top = frame.strip_row_top(window.row) + row_height * 0.1
        bottom = top + row_height * 0.8
        left = frame.x(window.x0)
        right = max(frame.x(window.x1), left + 1.5)
        after = occupied.free_run(right + 1 + padding, frame.width, top, bottom)
        before = occupied.free_run(0.0, left - 1 - padding, top, bottom, backwards=True)
        after_room, before_room = after[1] - after[0], before[1] - before[0]
        if width <= after_room or (width > before_room and after_room >= before_room):
            spot = (after[0], after_room, False)
        else:
            spot = (before[1], before_room, True)
        if spot[1] < min_room:
            spots.append(None)
            continue
        spots.append(spot)
        used = min(width, spot[1])
        x = spot[0] - used if spot[2] else spot[0]
        occupied.take((x - 1, top, x + used + 1, bottom))
    return spots


def legend_kinds(layout: JourneyLayout) -> list[str]:
    """The legend's entries for what the chart shows (palette keys, and "planned" for a
    dashed, planned stay or move): the kinds of move drawn, an open clock if one is shaded,
    and the today line always."""
    directions = {arrow.direction for arrow in layout.arrows}
    kinds = [kind for kind, direction in (("step_up", Direction.STEP_UP),
                                          ("step_down", Direction.STEP_DOWN))
             if direction in directions]
    if directions - {Direction.STEP_UP, Direction.STEP_DOWN}:
        kinds.append("lateral")  # drawn in the lateral colour, as the renderers do
    if any(bar.status == "planned" for bar in layout.bars) or any(
            arrow.planned for arrow in layout.arrows):
        kinds.append("planned")
    if any(window.state == "open" for window in layout.clocks):
        kinds.append("clock_open")
    return [*kinds, "today"]
