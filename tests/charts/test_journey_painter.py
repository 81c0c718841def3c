"""The one journey painter, seen through a canvas that writes down what it is asked to draw.

The canvas here is our own protocol (coordinator.charts.canvas) implemented in a few lines:
it measures every character as 5 units wide and records each call.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from coordinator.charts.canvas import Colour, Elide, Pen
from coordinator.charts.journey import paint_journey_chart
from coordinator.charts.palette import COLOURS
from coordinator.domain.timeline import (
    Arrow,
    Bar,
    ClockWindow,
    JourneyLayout,
    journey_layout,
)
from coordinator.reports.chart_canvas import journey_style
from tests.charts.samples import TODAY, clinic_hospital_then_planned_iop


@dataclass(frozen=True)
class Call:
    kind: str
    args: tuple[Any, ...]
    options: dict[str, Any]


class RecordingCanvas:
    def __init__(self) -> None:
        self.calls: list[Call] = []

    def text_width(self, text: str) -> float:
        return 5.0 * len(text)

    def elide(self, text: str, room: float, where: Elide = "end") -> str:
        return text if self.text_width(text) <= room else text[: int(room // 5) - 1] + "…"

    def rect(self, x: float, y: float, width: float, height: float, *,
             fill: Colour | None = None, pen: Pen | None = None, radius: float = 0.0) -> None:
        self.calls.append(Call("rect", (x, y, width, height),
                               {"fill": fill, "pen": pen, "radius": radius}))

    def line(self, x0: float, y0: float, x1: float, y1: float, pen: Pen) -> None:
        self.calls.append(Call("line", (x0, y0, x1, y1), {"pen": pen}))

    def polygon(self, points: Sequence[tuple[float, float]], *, fill: Colour,
                pen: Pen | None = None) -> None:
        self.calls.append(Call("polygon", tuple(points), {"fill": fill, "pen": pen}))

    def text(self, x: float, baseline: float, text: str, colour: Colour,
             anchor: str = "start") -> None:
        self.calls.append(Call("text", (x, baseline, text), {"colour": colour}))

    def text_box(self, x: float, y: float, width: float, height: float, text: str,
                 colour: Colour, align: str = "start") -> None:
        self.calls.append(Call("text", (x, y + height / 2, text), {"colour": colour}))

    def texts(self) -> list[str]:
        return [call.args[2] for call in self.calls if call.kind == "text"]


class Words:
    def legend(self, kind: str) -> str:
        return kind.replace("_", " ").title()

    def no_episodes(self) -> str:
        return "No episodes recorded."

    def earlier(self, count: int) -> str:
        return f"{count} earlier"

    def bar_texts(self, bar: Bar) -> tuple[str, ...]:
        return (f"{bar.label} (planned)", bar.label) if bar.status == "planned" else (
            bar.label,)

    def arrow_text(self, arrow: Arrow) -> str:
        return "planned" if arrow.planned else f"{arrow.gap_days} d"

    def clock_text(self, layout: JourneyLayout, window: ClockWindow) -> str:
        return f"{window.title}: {window.state}"

    def fit_clock(self, canvas: Any, layout: JourneyLayout, window: ClockWindow,
                  room: float) -> str:
        return str(canvas.elide(self.clock_text(layout, window), room))


def painted(layout: JourneyLayout | None, width: float = 600,
            height: float = 260) -> RecordingCanvas:
    canvas = RecordingCanvas()
    paint_journey_chart(canvas, layout, width, height, journey_style(7.5), Words())
    return canvas


def bar_rects(canvas: RecordingCanvas) -> list[Call]:
    """The stays: rounded rectangles with the bars' edge colour."""
    return [call for call in canvas.calls if call.kind == "rect" and call.options["radius"]
            and call.options["pen"].colour.hex == COLOURS["bar_edge"]
            and call.args[2] > 20]


def test_the_stays_are_drawn_in_time_order_in_their_level_lanes() -> None:
    canvas = painted(clinic_hospital_then_planned_iop())

    bars = bar_rects(canvas)
    assert [call.options["fill"].hex for call in bars] == [
        COLOURS["bar"], COLOURS["bar"], COLOURS["planned_bar"]]
    lefts = [call.args[0] for call in bars]
    assert lefts == sorted(lefts)
    clinic, hospital, iop = (call.args[1] for call in bars)
    # Lanes go up with intensity: the hospital above the IOP above the clinic.
    assert hospital < iop < clinic
    assert [call.options["pen"].dash for call in bars] == [None, None, (3, 2)]
    assert {"Riverside Clinic", "Mercy Hospital"} <= set(canvas.texts())
    assert any(text.startswith("Harbor IOP") for text in canvas.texts())


def test_the_moves_are_coloured_by_direction_and_the_planned_one_dashed() -> None:
    canvas = painted(clinic_hospital_then_planned_iop())

    arrow_lines = [call for call in canvas.calls if call.kind == "line"
                   and call.options["pen"].colour.hex in (COLOURS["step_up"],
                                                          COLOURS["step_down"])
                   and call.options["pen"].width == 1.3]
    # Two arrows in the plot, then the legend's two.
    assert [(call.options["pen"].colour.hex, call.options["pen"].dash)
            for call in arrow_lines] == [
        (COLOURS["step_up"], None), (COLOURS["step_down"], (3, 2)),
        (COLOURS["step_up"], None), (COLOURS["step_down"], None)]
    up, down = arrow_lines[:2]
    assert up.args[3] < up.args[1] and down.args[3] > down.args[1]  # y grows downwards
    assert "2 d" in canvas.texts() and "planned" in canvas.texts()


def test_the_legend_names_what_is_drawn_and_the_open_clock_is_shaded() -> None:
    canvas = painted(clinic_hospital_then_planned_iop())

    texts = canvas.texts()
    # The legend comes last, after the today line's own label.
    assert texts[-5:] == ["Step Up", "Step Down", "Planned", "Clock Open", "Today"]
    assert "Lateral" not in texts
    shades = [call for call in canvas.calls if call.kind == "rect"
              and call.options["fill"] == Colour(COLOURS["clock_open"], 0.25)]
    assert len(shades) == 1
    assert "Step-down window (14 days): open" in texts
    for month in ("Jan 2026", "Feb", "Mar", "Apr"):
        assert month in texts


def test_no_journey_and_an_empty_one_say_so() -> None:
    assert painted(None).texts() == ["No episodes recorded."]
    empty = painted(journey_layout([], [], [], today=TODAY))
    assert "No episodes recorded." in empty.texts() and "Outpatient" in empty.texts()
    assert bar_rects(empty) == []
