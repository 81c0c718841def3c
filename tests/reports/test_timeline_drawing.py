"""The timeline chart in the packet: a ReportLab drawing of the same layout as the app's."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics import renderPDF

from coordinator.domain.levels import Direction
from coordinator.domain.timeline import JourneyClock, JourneyEpisode, JourneyMove, journey_layout
from coordinator.reports.timeline import timeline_drawing

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
