"""A report's ``Chart`` drawn with QtCharts: lines, survival steps, stacked areas or bars.

The chart's data come from the sheet as they are (``coordinator.reports.outcome_data``);
this module only chooses how to draw them. A step chart repeats each point at the next x,
so its value holds until the next point (a survival curve); a stacked area is drawn as
areas between running totals. The chart's ``description`` is its accessible description,
so a screen reader hears the numbers the picture shows. The chart's words (title, axes,
series, labels) are the services' English, shown in the user's language (``shown``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAbstractSeries,
    QAreaSeries,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget

from coordinator.charts.palette import COLOURS, SERIES_COLOURS
from coordinator.reports.outcome_data import Chart, ChartKind, Unit
from coordinator.ui.locale_text import figure_text
from coordinator.ui.placeholders import arg
from coordinator.ui.reports.shown_text import shown, shown_all
from coordinator.ui.translation import translate

CHART_HEIGHT = 300
#: At most this many labels on the x axis of a chart (a year of days would otherwise print
#: over itself); fewer when the chart is too narrow for them (``ReportChart.resizeEvent``).
MOST_X_LABELS = 12
#: Pixels around each x label: QtCharts gives every label of a category axis an equal share
#: of the plot's width (one share more than labels) and cuts a label wider than its share.
X_LABEL_ROOM = 14
#: What the y axis, its title and the margins take of the chart's width, roughly.
Y_AXIS_ROOM = 100


def series_colour(index: int) -> QColor:
    return QColor(SERIES_COLOURS[index % len(SERIES_COLOURS)])


def is_empty(chart: Chart) -> bool:
    """Nothing to draw: no points, or no series with values."""
    return not chart.x or not any(series.values for series in chart.series)


def step_points(x: Sequence[float], values: Sequence[float]) -> list[tuple[float, float]]:
    """The corners of a step line: each value holds until the next point's x."""
    points: list[tuple[float, float]] = []
    for index, (position, value) in enumerate(zip(x, values, strict=False)):
        if index:
            points.append((position, points[-1][1]))
        points.append((position, value))
    return points


def label_positions(count: int, most: int = MOST_X_LABELS) -> list[int]:
    """Which of ``count`` points get an x label: all when few, else every so many (an
    even step, so two labels never come close), the first and the last always: the last
    takes the place of the one before it when that one is half a step away or nearer."""
    if count <= most:
        return list(range(count))
    step = -(-(count - 1) // (most - 1))  # rounded up: at most ``most`` labels
    positions = list(range(0, count, step))
    if positions[-1] != count - 1:
        if count - 1 - positions[-1] <= step / 2:
            positions[-1] = count - 1
        else:
            positions.append(count - 1)
    return positions


def fitting_labels(plot_width: float, widest: float) -> int:
    """How many x labels ``widest`` pixels wide fit on a plot ``plot_width`` wide (at least
    2, the first and the last)."""
    return max(2, min(MOST_X_LABELS, int(plot_width // (widest + X_LABEL_ROOM)) - 1))


def _scale(chart: Chart) -> float:
    """Shares (0 to 1) are drawn as percentages."""
    return 100.0 if chart.y_unit is Unit.PERCENT else 1.0


def _label_format(unit: Unit) -> str:
    return {Unit.PERCENT: "%.0f %%", Unit.POINTS: "%.1f"}.get(unit, "%.0f")


class ReportChart(QChartView):
    """One chart of a report sheet; ``chart_data`` is what it draws."""

    def __init__(self, chart: Chart, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_data = chart
        self.x_labels = shown_all(chart.x_labels)
        """The x labels as shown (the sheet's, translated)."""
        self.setObjectName("reportChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(CHART_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(arg(translate("ReportChart", "Chart: %1"), shown(chart.title)))
        self.setAccessibleDescription(shown(chart.description))
        self.setToolTip(shown(chart.description))
        self.drawn: list[QAbstractSeries] = []
        """The series on the chart, in the sheet's order (lines, areas, or one bar series)."""
        qchart = QChart()
        qchart.setTitle(shown(chart.title))
        title_font = QFont(qchart.titleFont())
        title_font.setBold(True)
        qchart.setTitleFont(title_font)
        self.x_positions: tuple[float, ...] = ()
        self.x_axis = QCategoryAxis()
        self.x_labelled = 0
        metrics = QFontMetrics(self.x_axis.labelsFont())
        self.widest_x_label = max((metrics.horizontalAdvance(label)
                                   for label in self.x_labels), default=0)
        # Room on the right for half the last x label, centred on the axis's end.
        qchart.setMargins(QMargins(4, 4, max(8, self.widest_x_label // 2), 4))
        qchart.setBackgroundRoundness(0)
        qchart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        qchart.legend().setVisible(len(chart.series) > 1)
        self.setChart(qchart)
        self.y_axis = self._value_axis()
        if chart.kind is ChartKind.BAR:
            self._bars(qchart)
        else:
            self._lines(qchart)

    def _value_axis(self) -> QValueAxis:
        chart = self.chart_data
        scale = _scale(chart)
        axis = QValueAxis()
        axis.setTitleText(shown(chart.y_title))
        axis.setLabelFormat(_label_format(chart.y_unit))
        if chart.kind is ChartKind.STACKED_AREA:
            totals = [sum(values) for values in zip(*(s.values for s in chart.series),
                                                    strict=False)]
        else:
            totals = [value for series in chart.series for value in series.values]
        top = chart.y_max if chart.y_max is not None else max([*totals, 0.0])
        axis.setRange(0, (top or 1.0) * scale)
        if chart.y_max is None:
            axis.applyNiceNumbers()
        axis.setGridLinePen(QPen(QColor(COLOURS["line"]), 1))
        return axis

    def _x_axis(self, x: Sequence[float], margin: float = 0.0) -> QCategoryAxis:
        """The x axis over the positions ``x``, ``margin`` beyond the first and the last
        (half a bar group); ``label_x_axis`` labels a few of them."""
        axis = self.x_axis
        axis.setTitleText(shown(self.chart_data.x_title))
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        first, last = x[0] - margin, x[-1] + margin
        axis.setRange(first, last if last > first else first + 1)
        axis.setStartValue(first)
        axis.setGridLinePen(QPen(QColor(COLOURS["line"]), 1))
        self.x_positions = tuple(x)
        self.label_x_axis()
        return axis

    def label_x_axis(self) -> None:
        """Label as many x positions as the chart's width has room for."""
        if not self.x_positions:
            return
        most = fitting_labels(self.width() - Y_AXIS_ROOM, self.widest_x_label)
        if most == self.x_labelled:
            return
        self.x_labelled = most
        axis, x = self.x_axis, self.x_positions
        for label in axis.categoriesLabels():
            axis.remove(label)
        used: set[str] = set()
        for index in label_positions(len(x), most):
            label = (self.x_labels[index] if index < len(self.x_labels)
                     else figure_text(x[index]))
            while label in used:  # a category axis keeps one entry per label
                label += "\u200b"
            used.add(label)
            axis.append(label, x[index])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.label_x_axis()

    def _lines(self, qchart: QChart) -> None:
        chart = self.chart_data
        scale = _scale(chart)
        x_axis = self._x_axis(chart.x)
        qchart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        qchart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        if chart.kind is ChartKind.STACKED_AREA:
            self._areas(qchart, x_axis, scale)
            return
        for index, series in enumerate(chart.series):
            line = QLineSeries()
            line.setName(shown(series.name))
            pen = QPen(series_colour(index))
            pen.setWidthF(2.2)
            line.setPen(pen)
            values = [value * scale for value in series.values]
            points = (step_points(chart.x, values) if chart.kind is ChartKind.STEP
                      else list(zip(chart.x, values, strict=False)))
            for position, value in points:
                line.append(position, value)
            line.setPointsVisible(chart.kind is ChartKind.LINE and len(points) <= 40)
            self._attach(qchart, line, x_axis)

    def _areas(self, qchart: QChart, x_axis: QAbstractAxis, scale: float) -> None:
        chart = self.chart_data
        below = [0.0] * len(chart.x)
        for index, series in enumerate(chart.series):
            values = [value * scale for value in series.values]
            above = [low + value for low, value in zip(below, values, strict=False)]
            upper, lower = QLineSeries(), QLineSeries()
            for position, low, high in zip(chart.x, below, above, strict=False):
                upper.append(position, high)
                lower.append(position, low)
            area = QAreaSeries(upper, lower)
            area.setName(shown(series.name))
            colour = series_colour(index)
            fill = QColor(colour)
            fill.setAlpha(170)
            area.setBrush(QBrush(fill))
            area.setPen(QPen(colour.darker(120), 1))
            # Parents keep the boundary lines alive as long as the area.
            upper.setParent(area)
            lower.setParent(area)
            self._attach(qchart, area, x_axis)
            below = above

    def _bars(self, qchart: QChart) -> None:
        """Bar groups at 0, 1, 2 …, on a category axis labelled as a line chart's (a bar
        category axis would give each label only its group's width, and cut it)."""
        chart = self.chart_data
        scale = _scale(chart)
        bars = QBarSeries()
        for index, series in enumerate(chart.series):
            bar_set = QBarSet(shown(series.name))
            bar_set.setColor(series_colour(index))
            bar_set.setBorderColor(series_colour(index).darker(130))
            bar_set.append([value * scale for value in series.values])
            bars.append(bar_set)
        x_axis = self._x_axis(tuple(float(place) for place in range(len(chart.x_labels))),
                              margin=0.5)
        x_axis.setGridLineVisible(False)
        qchart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        qchart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self._attach(qchart, bars, x_axis)

    def _attach(self, qchart: QChart, series: QAbstractSeries, x_axis: QAbstractAxis) -> None:
        qchart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(self.y_axis)
        self.drawn.append(series)

