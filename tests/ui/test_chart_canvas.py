"""The QPainter canvas: the one journey painter's bars land in an image where it put them."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication

from coordinator.charts.canvas import Colour, Pen
from coordinator.charts.journey import paint_journey_chart
from coordinator.charts.palette import COLOURS
from coordinator.domain.levels import Direction
from coordinator.domain.timeline import JourneyEpisode, JourneyMove, journey_layout
from coordinator.ui.chart_canvas import QtCanvas, journey_style
from coordinator.ui.timeline import TimelineWords


class RememberingCanvas(QtCanvas):
    """A QtCanvas that also keeps the rounded rectangles (the stays) it drew."""

    def __init__(self, painter: QPainter) -> None:
        super().__init__(painter)
        self.rounded: list[tuple[float, float, float, float, Colour | None]] = []

    def rect(self, x: float, y: float, width: float, height: float, *,
             fill: Colour | None = None, pen: Pen | None = None, radius: float = 0.0) -> None:
        super().rect(x, y, width, height, fill=fill, pen=pen, radius=radius)
        if radius and width > 30:
            self.rounded.append((x, y, width, height, fill))


def test_the_stays_are_painted_in_their_colours_where_the_painter_put_them(
        qapp: QApplication) -> None:
    layout = journey_layout(
        [JourneyEpisode("INP", "Inpatient", 5, "Mercy Hospital", date(2026, 1, 5),
                        date(2026, 2, 20), "completed"),
         JourneyEpisode("IOP", "Intensive Outpatient", 2, "Harbor IOP", date(2026, 3, 10),
                        None, "planned")],
        [JourneyMove(Direction.STEP_DOWN, "INP", "IOP", date(2026, 2, 20), date(2026, 3, 10),
                     "planned", None)],
        [], today=date(2026, 3, 1))
    image = QImage(900, 360, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    font = QFont()
    font.setPointSizeF(9.0)
    painter.setFont(font)
    canvas = RememberingCanvas(painter)
    paint_journey_chart(canvas, layout, 900, 360, journey_style(canvas.metrics), TimelineWords())
    painter.end()

    assert [fill.hex if fill else None for *_box, fill in canvas.rounded] == [
        COLOURS["bar"], COLOURS["planned_bar"]]
    hospital, iop = canvas.rounded
    assert hospital[0] < iop[0] and hospital[1] < iop[1]  # earlier, and a higher lane
    for x, y, width, _height, fill in canvas.rounded:
        # Just inside the top edge, above the label's line: the bar's own fill.
        pixel = image.pixelColor(round(x + width / 2), round(y + 3))
        assert fill is not None and pixel.name() == fill.hex
