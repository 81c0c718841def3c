"""The timeline chart in the packet: a ReportLab drawing of the same layout as the app's."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from coordinator.charts.palette import COLOURS
from coordinator.domain.levels import Direction
from coordinator.domain.timeline import (
    JourneyClock,
    JourneyEpisode,
    JourneyLayout,
    JourneyMove,
    journey_layout,
)
from coordinator.reports.fonts import FONTS
from coordinator.reports.timeline import timeline_drawing
from tests.charts.samples import STEP_DOWN_WINDOW_OPEN, TODAY, clinic_hospital_then_planned_iop

MARCH_1, MARCH_12, MARCH_22 = date(2026, 3, 1), date(2026, 3, 12), date(2026, 3, 22)


def extracted_text(drawing_path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(drawing_path).pages)


def test_the_chart_names_every_level_the_months_and_the_facility(tmp_path: Path) -> None:
    layout = journey_layout(
        [JourneyEpisode("INP", "Inpatient", 5, "Mercy Hospital", MARCH_1, MARCH_12,
                        "completed"),
         JourneyEpisode("IOP", "Intensive Outpatient", 2, "Harbor IOP", MARCH_22, None,
                        "active")],
        [JourneyMove(Direction.STEP_DOWN, "INP", "IOP", MARCH_12, MARCH_22, "completed", 10)],
        [JourneyClock("Step-down window (14 days)", MARCH_12, date(2026, 3, 26), "met",
                      MARCH_22)],
        today=date(2026, 4, 1))
    drawing = timeline_drawing(layout, 500, 220)
    assert (drawing.width, drawing.height) == (500, 220)
    path = tmp_path / "timeline.pdf"
    renderPDF.drawToFile(drawing, str(path))

    text = extracted_text(path)
    for words in ("Outpatient", "Intensive Outpatient", "Partial Hospitalization",
                  "Residential", "Inpatient", "Withdrawal management", "Jan 2026", "Feb",
                  "Mar", "Apr", "Mercy Hospital", "Harbor IOP", "Step-down", "Today",
                  "10 d", "met 22 Mar"):
        assert words in text, words


def test_an_empty_journey_says_so(tmp_path: Path) -> None:
    drawing = timeline_drawing(journey_layout([], [], [], today=date(2026, 4, 1)), 400, 180)
    path = tmp_path / "empty.pdf"
    renderPDF.drawToFile(drawing, str(path))
    text = extracted_text(path)
    assert "No episodes recorded." in text and "Outpatient" in text


# --- clocks, planned moves, and labels that keep clear of each other ----------------------

CROWDED_TODAY = date(2026, 2, 20)


def hospital_with_an_open_clock_and_a_planned_step_down() -> JourneyLayout:
    return clinic_hospital_then_planned_iop(
        "Mercy Hospital Behavioral Unit",
        [STEP_DOWN_WINDOW_OPEN,
         JourneyClock("Follow-up within 7 days", date(2026, 3, 28), date(2026, 4, 4), "open"),
         JourneyClock("Step-up window (3 days)", date(2026, 2, 27), date(2026, 3, 2), "met",
                      date(2026, 3, 1))])


def eight_short_stays_in_four_months() -> JourneyLayout:
    levels = (("PHP", "Partial Hospitalization", 3), ("IOP", "Intensive Outpatient", 2),
              ("OP", "Outpatient", 1), ("RES", "Residential", 4))
    episodes, moves, start = [], [], date(2025, 10, 1)
    for number in range(8):
        code, name, intensity = levels[number % 4]
        end = start + timedelta(days=12)
        episodes.append(JourneyEpisode(code, name, intensity, f"Program {number} long name",
                                       start, end if number < 7 else None,
                                       "completed" if number < 7 else "active"))
        if number:
            before = levels[(number - 1) % 4]
            moves.append(JourneyMove(
                Direction.STEP_DOWN if intensity < before[2] else Direction.STEP_UP,
                before[0], code, start - timedelta(days=5), start, "completed", 5))
        start = end + timedelta(days=5)
    return journey_layout(episodes, moves, [JourneyClock(
        "Step-down window (14 days)", date(2026, 1, 1), date(2026, 1, 15), "missed")],
        today=CROWDED_TODAY)


def labels(drawing: Drawing) -> list[String]:
    return [shape for shape in drawing.contents if isinstance(shape, String)]


def box(label: String) -> tuple[float, float, float, float]:
    """Left, bottom, right, top of a label as printed."""
    width = stringWidth(label.text, label.fontName, label.fontSize)
    left = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[
        label.textAnchor]
    return left, label.y - label.fontSize * 0.22, left + width, label.y + label.fontSize * 0.75


def fills(drawing: Drawing, colour: str) -> list[Rect]:
    wanted = HexColor(COLOURS[colour])
    return [shape for shape in drawing.contents if isinstance(shape, Rect)
            and shape.fillColor is not None and shape.fillColor.rgb() == wanted.rgb()]


def test_open_clocks_are_shaded_and_named_as_the_legend_says() -> None:
    drawing = timeline_drawing(hospital_with_an_open_clock_and_a_planned_step_down(), 522,
                               190, font_name=FONTS.regular, font_size=7)
    texts = [label.text for label in labels(drawing)]
    assert "Open clock" in texts
    # Shaded over the lanes (the two open windows overlap: one band), a bar each in the
    # clock strip above them with when they are due, and the legend's swatch.
    shaded = fills(drawing, "clock_open")
    assert sorted(round(rect.fillColor.alpha, 2) for rect in shaded) == [0.25, 1, 1, 1]
    assert "Step-down window (14 days): due 11 Apr" in texts
    assert any(text.endswith(": due 4 Apr") for text in texts), texts  # shortened title
    assert "Step-up window (3 days): met 1 Mar" in texts

    quiet = timeline_drawing(journey_layout(
        [JourneyEpisode("OP", "Outpatient", 1, "Riverside Clinic", date(2026, 1, 5), None,
                        "active")], [], [], today=TODAY), 522, 190, font_name=FONTS.regular)
    legend = [label.text for label in labels(quiet)]
    assert "Open clock" not in legend and "Step-up" not in legend and "Today" in legend
    assert not fills(quiet, "clock_open")


def test_a_planned_move_and_stay_say_planned() -> None:
    drawing = timeline_drawing(hospital_with_an_open_clock_and_a_planned_step_down(), 522,
                               190, font_name=FONTS.regular, font_size=7)
    texts = [label.text for label in labels(drawing)]
    assert "Planned" in texts  # the legend's dashed box
    assert "planned" in texts  # beside the dashed arrow
    assert "Harbor IOP (planned)" in texts or "Harbor IOP" in texts
    wide = timeline_drawing(hospital_with_an_open_clock_and_a_planned_step_down(), 1200, 260,
                            font_name=FONTS.regular, font_size=7)
    assert "Harbor IOP (planned)" in [label.text for label in labels(wide)]


@pytest.mark.parametrize("layout", [hospital_with_an_open_clock_and_a_planned_step_down(),
                                    eight_short_stays_in_four_months()],
                         ids=["open clocks", "crowded"])
def test_no_label_runs_into_another_or_the_today_line(layout: JourneyLayout) -> None:
    drawing = timeline_drawing(layout, 522, 190, font_name=FONTS.regular, font_size=7)
    boxes = [(label.text, box(label)) for label in labels(drawing)]
    for index, (text, (left, bottom, right, top)) in enumerate(boxes):
        assert left >= 0 and right <= drawing.width + 0.5, text
        for other, (o_left, o_bottom, o_right, o_top) in boxes[index + 1:]:
            overlap = left < o_right and o_left < right and bottom < o_top and o_bottom < top
            assert not overlap, (text, other)
    today = [line for line in drawing.contents if isinstance(line, Line)
             and line.strokeColor == HexColor(COLOURS["today"])
             and line.strokeDashArray == [3, 2]]
    (today_line,) = today
    low, high = sorted((today_line.y1, today_line.y2))
    for text, (left, bottom, right, top) in boxes:
        if bottom < high and top > low:  # beside the line's height: not across it
            assert not left < today_line.x1 < right, text
    # Every stay is named somewhere (whole, or shortened with an ellipsis).
    names = " ".join(text for text, _ in boxes)
    for bar in layout.bars:
        assert bar.label[:6] in names, bar.label
