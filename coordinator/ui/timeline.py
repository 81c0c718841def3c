"""The journey chart in the client record: levels of care over time, moves and open clocks.

``TimelineWidget`` paints a ``JourneyLayout`` (coordinator.domain.timeline) through the one
journey painter (coordinator.charts.journey) on a QPainter canvas (coordinator.ui.chart_canvas);
``render_timeline_png`` paints the same picture into an offscreen image, for screenshots and
anything else that wants a file. The transfer packet has the same painter draw the layout with
ReportLab (coordinator.reports.timeline). This module holds the widget and the app's wording.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QImageWriter,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from coordinator.charts.canvas import Canvas
from coordinator.charts.journey import MAX_CLOCK_ROWS, paint_journey_chart
from coordinator.domain.levels import Direction
from coordinator.domain.timeline import Arrow, Bar, ClockWindow, JourneyLayout
from coordinator.services.journey import Journey
from coordinator.ui.care.titles import clock_row_title, level_name
from coordinator.ui.chart_canvas import QtCanvas, journey_style
from coordinator.ui.locale_text import date_long, day_month
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

_POINT_SIZE = 9.0


def _month_names() -> tuple[str, ...]:
    locale = QLocale()
    return tuple(locale.monthName(month, QLocale.FormatType.ShortFormat)
                 for month in range(1, 13))


def shown_layout(journey: Journey) -> JourneyLayout:
    """The journey's layout with the levels' names and the clocks' titles in the user's
    language (an administrator's own level names as stored)."""
    journey = replace(
        journey,
        episodes=tuple(replace(episode, level_name=level_name(episode.level_name,
                                                              episode.level_code))
                       for episode in journey.episodes),
        clocks=tuple(replace(clock, title=clock_row_title(clock)) for clock in journey.clocks))
    layout = journey.layout(month_names=_month_names())
    return replace(layout, lanes=tuple(replace(lane, name=level_name(lane.name, lane.code))
                                       for lane in layout.lanes))


def _day(day: date) -> str:
    return date_long(day)


def _short_day(day: date) -> str:
    return day_month(day)


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
        self._layout = shown_layout(journey) if journey else None
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
        return min(self._layout.clock_rows, MAX_CLOCK_ROWS) if self._layout else 0

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
        paint_journey(painter, shown_layout(journey), width / scale,
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
        return translate("TimelineWidget", "No episodes recorded.")
    # By date; on one day the move comes before the stay it starts.
    events = ([(bar.start, 1, _bar_words(bar)) for bar in layout.bars]
              + [(arrow.to_date, 0, _arrow_words(arrow)) for arrow in layout.arrows])
    events.sort(key=lambda event: (event[0], event[1]))
    parts = [text for _day_, _order, text in events]
    for window in layout.clocks:
        if window.state == "open":
            parts.append(arg(translate("TimelineWidget", "open clock: %1, due %2"),
                             window.title, _day(window.due)))
        elif window.state == "missed":
            parts.append(arg(translate("TimelineWidget", "missed clock: %1, was due %2"),
                             window.title, _day(window.due)))
    if layout.earlier_episodes:
        parts.append(TimelineWords().earlier(layout.earlier_episodes))
    sentence = "; ".join(parts)
    return sentence[:1].upper() + sentence[1:] + "."


def _bar_words(bar: Bar) -> str:
    """One stay: "IOP at Harbor Clinic since 2026-03-02"."""
    where = bar.level_name
    if bar.label != bar.level_name:
        where = arg(translate("TimelineWidget", "%1 at %2"), bar.level_name, bar.label)
    start = _day(bar.start)
    if bar.status == "planned":
        return arg(translate("TimelineWidget", "%1 planned from %2"), where, start)
    if bar.ongoing:
        return arg(translate("TimelineWidget", "%1 since %2"), where, start)
    return arg(translate("TimelineWidget", "%1 %2 to %3"), where, start, _day(bar.end))


def _arrow_words(arrow: Arrow) -> str:
    """One move: "stepped down from Residential to IOP on 2026-03-02 (gap 3 days)"."""
    verbs = {Direction.STEP_UP: translate("TimelineWidget", "stepped up"),
             Direction.STEP_DOWN: translate("TimelineWidget", "stepped down"),
             Direction.LATERAL: translate("TimelineWidget", "moved")}
    verb = verbs.get(arrow.direction, translate("TimelineWidget", "moved"))
    if arrow.planned:
        verb = arg(translate("TimelineWidget", "planned: %1"), verb)
    if arrow.from_lane == arrow.to_lane:
        text = arg(translate("TimelineWidget", "%1 to another %2 program on %3"),
                   verb, arrow.to_name, _day(arrow.to_date))
    else:
        text = arg(translate("TimelineWidget", "%1 from %2 to %3 on %4"),
                   verb, arrow.from_name, arrow.to_name, _day(arrow.to_date))
    if arrow.gap_days == 0:
        text += " " + translate("TimelineWidget", "(same day)")
    elif arrow.gap_days is not None:
        text += " " + (translate("TimelineWidget", "(gap 1 day)") if arrow.gap_days == 1
                       else arg(translate("TimelineWidget", "(gap %1 days)"), arrow.gap_days))
    return text


# --- painting ------------------------------------------------------------------------------


class TimelineWords:
    """The chart's wording in the app, translated."""

    def legend(self, kind: str) -> str:
        return {"step_up": translate("TimelineWidget", "Step-up"),
                "step_down": translate("TimelineWidget", "Step-down"),
                "lateral": translate("TimelineWidget", "Lateral"),
                "planned": translate("TimelineWidget", "Planned"),
                "clock_open": translate("TimelineWidget", "Open clock"),
                "today": translate("TimelineWidget", "Today")}[kind]

    def no_episodes(self) -> str:
        return translate("TimelineWidget", "No episodes recorded.")

    def earlier(self, count: int) -> str:
        if count == 1:
            return translate("TimelineWidget", "1 earlier episode not shown")
        return arg(translate("TimelineWidget", "%1 earlier episodes not shown"), count)

    def bar_texts(self, bar: Bar) -> tuple[str, ...]:
        """A bar's label, the preferred wording first ("(planned)" for a planned stay, and
        without it when that does not fit: the dashed outline and the legend say it too)."""
        if bar.status == "planned":
            return arg(translate("TimelineWidget", "%1 (planned)"), bar.label), bar.label
        return (bar.label,)

    def arrow_text(self, arrow: Arrow) -> str:
        """"planned" for a planned move, else the days between the stays (none for a
        same-day move or a move within a level)."""
        if arrow.planned:
            return translate("TimelineWidget", "planned")
        if arrow.gap_days and arrow.from_lane != arrow.to_lane:
            return arg(translate("TimelineWidget", "%1 d"), arrow.gap_days)
        return ""

    def clock_text(self, layout: JourneyLayout, window: ClockWindow) -> str:
        title, state = window.title, window.state
        if state == "open":
            return arg(translate("TimelineWidget", "%1: due %2"), title,
                       _short_day(window.due))
        if state == "missed":
            return arg(translate("TimelineWidget", "%1: missed, due %2"), title,
                       _short_day(window.due))
        if state == "met" and window.met_on is not None:
            return arg(translate("TimelineWidget", "%1: met %2"), title,
                       _short_day(window.met_on))
        return arg(translate("TimelineWidget", "%1: %2"), title, state)

    def fit_clock(self, canvas: Canvas, layout: JourneyLayout, window: ClockWindow,
                  room: float) -> str:
        return canvas.elide(self.clock_text(layout, window), room, "middle")


def paint_journey(painter: QPainter, layout: JourneyLayout | None, width: float,
                  height: float, font: QFont) -> None:
    """Draw the chart on ``painter`` in a ``width`` x ``height`` area from (0, 0)."""
    painter.setFont(font)
    canvas = QtCanvas(painter)
    paint_journey_chart(canvas, layout, width, height, journey_style(canvas.metrics),
                        TimelineWords())
