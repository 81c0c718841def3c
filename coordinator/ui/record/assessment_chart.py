"""One instrument's scores over time as a QtCharts line chart.

The totals are a line with each value written at its point; the bands are the left axis,
with a grid line at each threshold; the episodes behind the line are shaded by level of
care and named in the legend; the words under the chart say how far the latest score is
from the episode's first one, so nothing depends on reading colours or slopes.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import (
    QAreaSeries,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coordinator.charts.palette import COLOURS
from coordinator.domain.instruments import Outcome
from coordinator.services.assessment_views import EpisodeSpan, Trend, TrendPoint
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.instrument_words import instrument_text
from coordinator.ui.translation import translate

#: Episode shading from the least to the most intensive level (colour-blind safe hues,
#: light enough for the line and its numbers to stay readable on top).
_SHADES = ("#dbe9f4", "#d9efe6", "#fbeccf", "#f7dccb", "#ecd9ec", "#f4d3d3")
_MARGIN_DAYS = 2
_CHART_HEIGHT = 300


def outcome_title(word: str) -> str:
    """An outcome word ("response", …) in the user's language."""
    return {Outcome.RESPONSE.value: translate("AssessmentChart", "response"),
            Outcome.REMISSION.value: translate("AssessmentChart", "remission"),
            Outcome.RELIABLE_IMPROVEMENT.value:
                translate("AssessmentChart", "reliable improvement"),
            Outcome.RELIABLE_DETERIORATION.value:
                translate("AssessmentChart", "reliable deterioration")}.get(word, word)


def change_text(point: TrendPoint) -> str:
    """E.g. "−10 since the episode's first score: response, reliable improvement"."""
    if point.change is None:
        if point.episode_id is not None:
            return translate("AssessmentChart", "first score of this episode")
        return translate("AssessmentChart", "no episode of care that day")
    change = f"{point.change:+d}".replace("-", "−") if point.change else "±0"
    text = arg(translate("AssessmentChart", "%1 since the episode's first score"), change)
    if point.outcomes:
        text += ": " + ", ".join(outcome_title(word) for word in point.outcomes)
    return text


def latest_text(trend: Trend) -> str:
    """The sentence under a chart about its latest score."""
    point = trend.latest
    if point is None:
        return ""
    return arg(translate("AssessmentChart", "Latest %1 on %2 (%3) — %4"),
               str(point.total), date_text(point.administered_on), instrument_text(point.band),
               change_text(point))


def _msecs(day: date) -> float:
    # Noon, so the local time zone never moves a point to the day before.
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))
                 .toMSecsSinceEpoch())


class TrendChart(QWidget):
    """The chart of one ``Trend`` and the sentence about its latest score."""

    def __init__(self, trend: Trend, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend = trend
        self.setObjectName("trendChart")
        self.chart = QChart()
        self.chart.setTitle(instrument_text(trend.title))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setBackgroundRoundness(0)
        first = min([p.administered_on for p in trend.points], default=today)
        last = max([p.administered_on for p in trend.points], default=today)
        self.start = first - timedelta(days=_MARGIN_DAYS)
        self.end = max(last, first + timedelta(days=7)) + timedelta(days=_MARGIN_DAYS)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MMM d")
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(self.start))),
                             QDateTime.fromMSecsSinceEpoch(int(_msecs(self.end))))
        self.x_axis.setTickCount(6)
        self.band_axis = self._band_axis()
        self.total_axis = QValueAxis()
        self.total_axis.setRange(0, trend.max_total)
        self.total_axis.setLabelFormat("%d")
        self.total_axis.setGridLineVisible(False)
        self.total_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.total_axis.setTickAnchor(0)
        self.total_axis.setTickInterval(5 if trend.max_total <= 30 else 10)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.band_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(self.total_axis, Qt.AlignmentFlag.AlignRight)
        self.episode_series = [self._shade(span, index)
                               for index, span in enumerate(self._spans_in_view())]
        self.threshold_series = [self._threshold(band.lowest)
                                 for band in trend.bands if band.lowest > 0]
        self.score_series = QLineSeries()
        self.score_series.setName(translate("AssessmentChart", "Total"))
        pen = QPen(QColor(COLOURS["ink"]))
        pen.setWidthF(2.2)
        self.score_series.setPen(pen)
        self.score_series.setPointsVisible(True)
        self.score_series.setPointLabelsVisible(True)
        self.score_series.setPointLabelsFormat("@yPoint")
        self.score_series.setPointLabelsClipping(False)
        for point in trend.points:
            self.score_series.append(_msecs(point.administered_on), point.total)
        self._attach(self.score_series)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(_CHART_HEIGHT)
        self.view.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.view.setAccessibleName(arg(translate("AssessmentChart", "Chart of %1 totals"),
                                        instrument_text(trend.title)))
        self.view.setAccessibleDescription(self.description())
        self.summary = QLabel(latest_text(trend))
        self.summary.setObjectName("trendSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view)
        layout.addWidget(self.summary)

    def point_count(self) -> int:
        return self.score_series.count()

    def description(self) -> str:
        """Every score in words, for a screen reader."""
        return "; ".join(f"{date_text(p.administered_on)}: {p.total} ({p.band})"
                         for p in self.trend.points)

    def _band_axis(self) -> QCategoryAxis:
        axis = QCategoryAxis()
        axis.setRange(0, self.trend.max_total)
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        bands = self.trend.bands
        for index, band in enumerate(bands):
            upper = bands[index + 1].lowest if index + 1 < len(bands) else self.trend.max_total
            axis.append(instrument_text(band.title), upper)
        axis.setGridLineVisible(False)
        return axis

    def _threshold(self, total: int) -> QLineSeries:
        """A dashed line where a band starts, drawn over the shading (the band axis's own
        grid lines would be hidden under it); not in the legend."""
        line = QLineSeries()
        line.setPen(QPen(QColor(COLOURS["muted"]), 1, Qt.PenStyle.DashLine))
        line.append(_msecs(self.start), total)
        line.append(_msecs(self.end), total)
        self._attach(line)
        for marker in self.chart.legend().markers(line):
            marker.setVisible(False)
        return line

    def _spans_in_view(self) -> list[EpisodeSpan]:
        return [span for span in self.trend.episodes
                if span.start <= self.end and (span.end is None or span.end >= self.start)]

    def _shade(self, span: EpisodeSpan, index: int) -> QAreaSeries:
        start = max(span.start, self.start)
        end = min(span.end or self.end, self.end)
        upper, lower = QLineSeries(), QLineSeries()
        for series, value in ((upper, self.trend.max_total), (lower, 0)):
            series.append(_msecs(start), value)
            series.append(_msecs(end), value)
        area = QAreaSeries(upper, lower)
        area.setName(span.level_code)
        shade = QColor(_SHADES[min(max(span.intensity - 1, 0), len(_SHADES) - 1)])
        area.setBrush(QBrush(shade))
        area.setPen(QPen(shade.darker(115), 1))
        # Parents keep the boundary lines alive as long as the area.
        upper.setParent(area)
        lower.setParent(area)
        self._attach(area)
        return area

    def _attach(self, series: QLineSeries | QAreaSeries) -> None:
        self.chart.addSeries(series)
        series.attachAxis(self.x_axis)
        series.attachAxis(self.total_axis)
