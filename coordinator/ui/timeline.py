"""The journey chart in the client record: levels of care over time, moves and open clocks.

``TimelineWidget`` paints a ``JourneyLayout`` (coordinator.domain.timeline) with QPainter;
``render_timeline_png`` paints the same picture into an offscreen image, for screenshots and
anything else that wants a file. The transfer packet draws the same layout with ReportLab
(coordinator.reports.timeline).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QDate, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coordinator.domain.levels import Direction
from coordinator.domain.timeline import JourneyLayout
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
from coordinator.services.journey import Journey

_CONTEXT = "TimelineWidget"
_POINT_SIZE = 9.0
_MAX_CLOCK_ROWS = 4


def _tr(text: str, count: int = -1) -> str:
    """``text`` translated; with ``count``, in the plural form for it (``%n`` is the count)."""
    return QCoreApplication.translate(_CONTEXT, text, None, count)


def _month_names() -> tuple[str, ...]:
    locale = QLocale()
    return tuple(locale.monthName(month, QLocale.FormatType.ShortFormat)
                 for month in range(1, 13))


def _colour(name: str, alpha: int = 255) -> QColor:
    colour = QColor(COLOURS[name])
    colour.setAlpha(alpha)
    return colour


def _day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def _short_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


class TimelineWidget(QWidget):
    """A client's journey: one lane per level of care, a bar per episode, an arrow per move."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journey: Journey | None = None
        self._layout: JourneyLayout | None = None
        self.setAccessibleName(self.tr("Levels-of-care timeline"))
        self.setAccessibleDescription(self.tr("No episodes recorded."))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach it
        font = QFont(self.font())
        font.setPointSizeF(_POINT_SIZE)
        self.setFont(font)

    def set_journey(self, journey: Journey | None) -> None:
        """Show ``journey`` (None: clear the chart)."""
        self._journey = journey
        self._layout = journey.layout(month_names=_month_names()) if journey else None
        self.setAccessibleDescription(describe_journey(self._layout))
        self.setToolTip(self.accessibleDescription())
        self.updateGeometry()
        self.update()

    def journey_layout(self) -> JourneyLayout | None:
        return self._layout

    def minimumSizeHint(self) -> QSize:
        # Lanes tall enough for a bar and a gap label, plus legend, clock strip and axis.
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 34), int(line * (6.0 + 1.15 * self._clock_rows()
                                                 + 1.6 * self._lanes())))

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(int(line * 64), int(line * (6.0 + 1.15 * self._clock_rows()
                                                 + 2.6 * self._lanes())))

    def _lanes(self) -> int:
        return len(self._layout.lanes) if self._layout else 6

    def _clock_rows(self) -> int:
        return min(self._layout.clock_rows, _MAX_CLOCK_ROWS) if self._layout else 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("#ffffff"))
            paint_journey(painter, self._layout, self.width(), self.height(), self.font())
            if self.hasFocus():  # reached with Tab: show where the keyboard is
                painter.setPen(QPen(QColor("#2f6f8f"), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        finally:
            painter.end()


def render_timeline_png(journey: Journey, path: Path | str, width: int = 900,
                        height: int = 360, *, scale: float = 1.0) -> Path:
    """Paint ``journey`` into a ``width`` x ``height`` pixel PNG at ``path`` (no window needed).

    ``scale`` 2 or 3 draws the chart laid out for ``width / scale`` pixels with finer
    detail, for print; the file is still ``width`` x ``height`` pixels.
    """
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(QColor("#ffffff"))
    font = QFont()
    font.setPointSizeF(_POINT_SIZE)
    painter = QPainter(image)
    try:
        paint_journey(painter, journey.layout(month_names=_month_names()), width / scale,
                      height / scale, font)
    finally:
        painter.end()
    target = Path(path)
    writer = QImageWriter(str(target), QByteArray(b"png"))
    if not writer.write(image):
        raise OSError(f"Could not write {target}: {writer.errorString()}")
    return target


def describe_journey(layout: JourneyLayout | None) -> str:
    """The chart in words, for screen readers and the tooltip."""
    if layout is None or layout.is_empty:
        return _tr("No episodes recorded.")
    events: list[tuple[date, int, str]] = []
    for bar in layout.bars:
        where = (_tr("{level} at {facility}").format(level=bar.level_name, facility=bar.label)
                 if bar.label != bar.level_name else bar.level_name)
        if bar.status == "planned":
            text = _tr("{where} planned from {start}").format(where=where,
                                                             start=_day(bar.start))
        elif bar.ongoing:
            text = _tr("{where} since {start}").format(where=where, start=_day(bar.start))
        else:
            text = _tr("{where} {start} to {end}").format(where=where, start=_day(bar.start),
                                                         end=_day(bar.end))
        events.append((bar.start, 1, text))
    verbs = {Direction.STEP_UP: _tr("stepped up"), Direction.STEP_DOWN: _tr("stepped down"),
             Direction.LATERAL: _tr("moved")}
    for arrow in layout.arrows:
        verb = verbs.get(arrow.direction, _tr("moved"))
        if arrow.planned:
            verb = _tr("planned: {verb}").format(verb=verb)
        if arrow.from_lane == arrow.to_lane:
            text = _tr("{verb} to another {level} program on {day}").format(
                verb=verb, level=arrow.to_name, day=_day(arrow.to_date))
        else:
            text = _tr("{verb} from {source} to {target} on {day}").format(
                verb=verb, source=arrow.from_name, target=arrow.to_name,
                day=_day(arrow.to_date))
        if arrow.gap_days == 0:
            text += " " + _tr("(same day)")
        elif arrow.gap_days is not None:
            gap = (_tr("(gap %n day)", 1) if arrow.gap_days == 1
                   else _tr("(gap %n days)", arrow.gap_days))
            text += " " + gap
        events.append((arrow.to_date, 0, text))
    events.sort(key=lambda event: (event[0], event[1]))
    parts = [text for _day_, _order, text in events]
    for window in layout.clocks:
        if window.state == "open":
            parts.append(_tr("open clock: {title}, due {day}").format(
                title=window.title, day=_day(window.due)))
        elif window.state == "missed":
            parts.append(_tr("missed clock: {title}, was due {day}").format(
                title=window.title, day=_day(window.due)))
    if layout.earlier_episodes:
        parts.append(_tr("%n earlier episodes not shown", layout.earlier_episodes))
    sentence = "; ".join(parts)
    return sentence[:1].upper() + sentence[1:] + "."


# --- painting ------------------------------------------------------------------------------


def paint_journey(painter: QPainter, layout: JourneyLayout | None, width: float,
                  height: float, font: QFont) -> None:
    """Draw the chart on ``painter`` in a ``width`` x ``height`` area from (0, 0)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    if layout is None:
        painter.setPen(_colour("muted"))
        painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter,
                         _tr("No episodes recorded."))
        return
    label_width = max((metrics.horizontalAdvance(lane.name) for lane in layout.lanes),
                      default=0.0)
    frame = chart_frame(layout, width, height, label_width=label_width,
                        line_height=metrics.height(), max_clock_rows=_MAX_CLOCK_ROWS)
    _paint_lanes(painter, layout, frame, metrics)
    _paint_clock_bands(painter, layout, frame)
    _paint_axis(painter, layout, frame, metrics)
    _paint_today(painter, layout, frame, metrics)  # under the bars and their labels
    # Labels keep clear of the today line, the arrows and each other.
    occupied = Occupied()
    occupied.take(today_box(layout, frame, 2.0))
    occupied.segments += [line for arrow in layout.arrows
                          for line in arrow_segments(arrow, frame)]
    _paint_bars(painter, layout, frame, metrics, occupied)
    _paint_arrows(painter, layout, frame, metrics, occupied)
    _paint_clock_strip(painter, layout, frame, metrics)
    _paint_legend(painter, layout, frame, metrics)
    if layout.is_empty:
        painter.setPen(_colour("muted"))
        painter.drawText(QRectF(frame.plot_left, frame.plot_top, frame.plot_width,
                                frame.plot_height), Qt.AlignmentFlag.AlignCenter,
                         _tr("No episodes recorded."))


def _paint_lanes(painter: QPainter, layout: JourneyLayout, frame: ChartFrame,
                 metrics: QFontMetricsF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for lane in layout.lanes:
        top = frame.lane_top(lane.index)
        if lane.index % 2 == 0:
            painter.fillRect(QRectF(frame.plot_left, top, frame.plot_width, frame.lane_height),
                             _colour("lane"))
        painter.setPen(_colour("ink"))
        painter.drawText(QRectF(0, top, frame.plot_left - metrics.height() * 0.5,
                                frame.lane_height),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, lane.name)
        painter.setPen(Qt.PenStyle.NoPen)
    painter.setPen(QPen(_colour("line"), 1))
    painter.drawRect(QRectF(frame.plot_left, frame.plot_top, frame.plot_width,
                            frame.plot_height))


def _paint_clock_bands(painter: QPainter, layout: JourneyLayout, frame: ChartFrame) -> None:
    """Open clocks shade their windows (overlapping ones once) and mark each due date."""
    painter.setPen(Qt.PenStyle.NoPen)
    for left, right in open_clock_spans(layout):
        painter.fillRect(QRectF(frame.x(left), frame.plot_top,
                                max(frame.x(right) - frame.x(left), 1.0), frame.plot_height),
                         _colour("clock_open", 60))
    painter.setPen(QPen(_colour("clock_due"), 1.2, Qt.PenStyle.DotLine))
    for window in layout.clocks:
        if window.state == "open":
            x = frame.x(window.x1)
            painter.drawLine(QPointF(x, frame.plot_top), QPointF(x, frame.axis_y))


def _paint_axis(painter: QPainter, layout: JourneyLayout, frame: ChartFrame,
                metrics: QFontMetricsF) -> None:
    previous_right = -1.0
    for tick in layout.ticks:
        x = frame.x(tick.x)
        painter.setPen(QPen(_colour("line"), 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(x, frame.plot_top), QPointF(x, frame.axis_y))
        painter.setPen(QPen(_colour("muted"), 1))
        painter.drawLine(QPointF(x, frame.axis_y), QPointF(x, frame.axis_y + 4))
        text_width = metrics.horizontalAdvance(tick.label)
        left = min(max(x - text_width / 2, frame.plot_left), frame.width - text_width - 2)
        if left > previous_right + 4:
            painter.drawText(QPointF(left, frame.axis_y + 4 + metrics.ascent()), tick.label)
            previous_right = left + text_width
    if layout.earlier_episodes:
        painter.setPen(_colour("muted"))
        note = _tr("%n earlier episodes not shown", layout.earlier_episodes)
        painter.drawText(QPointF(frame.plot_left, frame.height - metrics.descent() - 2), note)


def _bar_texts(bar_label: str, planned: bool) -> tuple[str, ...]:
    """A bar's label, the preferred wording first ("(planned)" for a planned stay, and
    without it when that does not fit: the dashed outline and the legend say it too)."""
    if planned:
        return _tr("{label} (planned)").format(label=bar_label), bar_label
    return (bar_label,)


def _paint_bars(painter: QPainter, layout: JourneyLayout, frame: ChartFrame,
                metrics: QFontMetricsF, occupied: Occupied) -> None:
    texts = [_bar_texts(bar.label, bar.status == "planned") for bar in layout.bars]
    spots = bar_label_spots(
        layout, frame, [[metrics.horizontalAdvance(text) for text in wordings]
                        for wordings in texts],
        padding=4, min_room=metrics.horizontalAdvance("Mmm…"), text_height=metrics.height(),
        occupied=occupied)
    for bar, wordings, spot in zip(layout.bars, texts, spots, strict=True):
        left, right = frame.x(bar.x0), frame.x(bar.x1)
        right = max(right, left + 3)  # a one-day stay still shows
        top = frame.lane_center(bar.lane) - frame.bar_height / 2
        rect = QRectF(left, top, right - left, frame.bar_height)
        planned = bar.status == "planned"
        pen = QPen(_colour("bar_edge"), 1.2,
                   Qt.PenStyle.DashLine if planned else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(_colour("planned_bar" if planned else "bar")))
        painter.drawRoundedRect(rect, 3, 3)
        if bar.ongoing and not planned:
            # An open end: a chevron says "still going".
            tip = QPointF(right + 6, rect.center().y())
            painter.setBrush(QBrush(_colour("bar_edge")))
            painter.drawPolygon(QPolygonF([QPointF(right + 1, rect.top() + 3), tip,
                                           QPointF(right + 1, rect.bottom() - 3)]))
        if spot is not None:
            text = metrics.elidedText(wordings[spot.choice], Qt.TextElideMode.ElideRight,
                                      spot.room)
            line = QRectF(spot.x, spot.middle - metrics.height() / 2, spot.room,
                          metrics.height())
            if not (left <= spot.x <= right and spot.middle == rect.center().y()):
                # Beside the bar it may cross a month's grid line or a clock's due date.
                painter.fillRect(QRectF(spot.x - 1, line.top(),
                                        metrics.horizontalAdvance(text) + 2,
                                        metrics.height()), QColor(255, 255, 255, 200))
            painter.setPen(_colour("ink"))
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             text)
    painter.setBrush(Qt.BrushStyle.NoBrush)


_ARROW_COLOURS = {Direction.STEP_UP: "step_up", Direction.STEP_DOWN: "step_down"}


def _arrow_text(planned: bool, gap_days: int | None, same_lane: bool) -> str:
    """"planned" for a planned move, else the days between the stays (none for a
    same-day move or a move within a level)."""
    if planned:
        return _tr("planned")
    if gap_days and not same_lane:
        return _tr("{days} d").format(days=gap_days)
    return ""


def _paint_arrows(painter: QPainter, layout: JourneyLayout, frame: ChartFrame,
                  metrics: QFontMetricsF, occupied: Occupied) -> None:
    texts = [_arrow_text(arrow.planned, arrow.gap_days, arrow.from_lane == arrow.to_lane)
             for arrow in layout.arrows]
    spots = arrow_label_spots(
        layout, frame, [metrics.horizontalAdvance(text) if text else None for text in texts],
        text_height=metrics.height(), padding=5, occupied=occupied)
    for arrow, text, spot in zip(layout.arrows, texts, spots, strict=True):
        colour = _colour(_ARROW_COLOURS.get(arrow.direction, "lateral"))
        pen = QPen(colour, 2, Qt.PenStyle.DashLine if arrow.planned else Qt.PenStyle.SolidLine)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        segments = arrow_segments(arrow, frame)
        for x0, y0, x1, y1 in segments:
            painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
        x0, y0, x1, y1 = segments[-1]
        _arrowhead(painter, QPointF(x0, y0), QPointF(x1, y1), colour, metrics.height() * 0.5)
        if spot is not None:
            painter.setPen(colour)
            painter.drawText(QPointF(spot[0], spot[1] + metrics.ascent()), text)


def _arrowhead(painter: QPainter, start: QPointF, end: QPointF, colour: QColor,
               size: float) -> None:
    dx, dy = end.x() - start.x(), end.y() - start.y()
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / length, dy / length
    back = QPointF(end.x() - ux * size, end.y() - uy * size)
    left = QPointF(back.x() - uy * size * 0.55, back.y() + ux * size * 0.55)
    right = QPointF(back.x() + uy * size * 0.55, back.y() - ux * size * 0.55)
    painter.save()
    painter.setPen(QPen(colour, 1))
    painter.setBrush(QBrush(colour))
    painter.drawPolygon(QPolygonF([end, left, right]))
    painter.restore()


def _paint_today(painter: QPainter, layout: JourneyLayout, frame: ChartFrame,
                 metrics: QFontMetricsF) -> None:
    x = frame.x(layout.today_x)
    painter.setPen(QPen(_colour("today"), 1.5, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, frame.plot_top), QPointF(x, frame.axis_y))
    label = _tr("Today")
    text_width = metrics.horizontalAdvance(label)
    left = min(x - text_width / 2, frame.width - text_width - 2)
    painter.setPen(_colour("today"))
    painter.drawText(QPointF(left, frame.plot_top - metrics.descent() - 1), label)


def _paint_clock_strip(painter: QPainter, layout: JourneyLayout, frame: ChartFrame,
                       metrics: QFontMetricsF) -> None:
    row_height = frame.strip_row_height
    labels = [_clock_label(window.title, window.state, window.due, window.met_on)
              for window in layout.clocks]
    spots = strip_label_spots(layout, frame,
                              [metrics.horizontalAdvance(label) for label in labels],
                              padding=3, min_room=metrics.horizontalAdvance("Mmm…"),
                              max_rows=_MAX_CLOCK_ROWS)
    for window, label, spot in zip(layout.clocks, labels, spots, strict=True):
        if window.row >= _MAX_CLOCK_ROWS:
            continue  # rare; the accessible description still names it
        top = frame.strip_row_top(window.row) + row_height * 0.2
        left, right = frame.x(window.x0), frame.x(window.x1)
        name = window.colour_key
        painter.setPen(QPen(_colour(name), 1))
        painter.setBrush(QBrush(_colour(name, 200)))
        painter.drawRect(QRectF(left, top, max(right - left, 2.0), row_height * 0.6))
        if spot is None:
            continue
        painter.setPen(_colour("ink" if window.state != "met" else "muted"))
        baseline = top + row_height * 0.3 + metrics.ascent() / 2 - metrics.descent() / 2
        x, room, before = spot
        text = metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, room)
        start = x - metrics.horizontalAdvance(text) if before else x
        painter.drawText(QPointF(start, baseline), text)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def _clock_label(title: str, state: str, due: date, met_on: date | None) -> str:
    if state == "open":
        return _tr("{title}: due {day}").format(title=title, day=_short_day(due))
    if state == "missed":
        return _tr("{title}: missed, due {day}").format(title=title, day=_short_day(due))
    if state == "met" and met_on is not None:
        return _tr("{title}: met {day}").format(title=title, day=_short_day(met_on))
    return _tr("{title}: {state}").format(title=title, state=state)


def _paint_legend(painter: QPainter, layout: JourneyLayout, frame: ChartFrame,
                  metrics: QFontMetricsF) -> None:
    """The legend for what the chart shows (``legend_kinds``)."""
    x = metrics.height() * 0.5
    y = frame.legend_y + metrics.height() / 2
    names = {"step_up": _tr("Step-up"), "step_down": _tr("Step-down"),
             "lateral": _tr("Lateral"), "planned": _tr("Planned"),
             "clock_open": _tr("Open clock"), "today": _tr("Today")}
    for kind in legend_kinds(layout):
        text = names[kind]
        if kind in ("step_up", "step_down", "lateral"):
            colour = _colour(kind)
            painter.setPen(QPen(colour, 2))
            up = kind == "step_up"
            start = QPointF(x + 2, y + 6 if up else y - 6)
            end = QPointF(x + 14, y - 6 if up else y + 6)
            if kind == "lateral":
                start, end = QPointF(x, y), QPointF(x + 16, y)
            painter.drawLine(start, end)
            _arrowhead(painter, start, end, colour, metrics.height() * 0.45)
        elif kind == "planned":
            painter.setPen(QPen(_colour("bar_edge"), 1.2, Qt.PenStyle.DashLine))
            painter.setBrush(QBrush(_colour("planned_bar")))
            painter.drawRoundedRect(QRectF(x, y - 5, 16, 10), 2, 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif kind == "clock_open":
            painter.setPen(QPen(_colour(kind), 1))
            painter.setBrush(QBrush(_colour(kind, 200)))
            painter.drawRect(QRectF(x, y - 5, 16, 10))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        else:
            painter.setPen(QPen(_colour(kind), 1.5, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x + 8, y - 7), QPointF(x + 8, y + 7))
        painter.setPen(_colour("ink"))
        painter.drawText(QPointF(x + 20, y + metrics.ascent() / 2 - metrics.descent() / 2),
                         text)
        x += 20 + metrics.horizontalAdvance(text) + metrics.height()
