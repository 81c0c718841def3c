"""Score trend charts in the packets: a dot for every score, dates on the axis as the packet
prints them, band names where no line runs through them, and a chart for an instrument
scored only once."""

from __future__ import annotations

import io
import itertools
from datetime import date, timedelta

from pypdf import PdfReader
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from coordinator.reports.common import Letterhead
from coordinator.reports.discharge_summary import render_discharge_summary
from coordinator.reports.fonts import FONTS
from coordinator.reports.packet_data import AssessmentRow, Packet, PacketClient
from coordinator.reports.score_chart import score_chart, trends_by_instrument

GAD7 = [(date(2026, 1, 5), 15), (date(2026, 2, 2), 11), (date(2026, 3, 9), 6)]
PHQ9_BANDS = ("Minimal", "Mild", "Moderate", "Moderately severe", "Severe")


def strings(drawing: Drawing) -> list[String]:
    return [shape for shape in drawing.contents if isinstance(shape, String)]


def extent(label: String) -> tuple[float, float]:
    """Left and right of a label as drawn."""
    width = stringWidth(label.text, label.fontName, label.fontSize)
    left = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[
        label.textAnchor]
    return left, left + width


def date_labels(drawing: Drawing) -> list[String]:
    return [label for label in strings(drawing)
            if len(label.text) == 10 and label.text[4] == "-" and label.text[7] == "-"]


def test_every_score_is_a_dot_on_the_line_and_the_axis_is_dated() -> None:
    drawing = score_chart("GAD-7", GAD7, 258, 110, FONTS.regular)

    dots = [shape for shape in drawing.contents if isinstance(shape, Circle)]
    (line,) = [shape for shape in drawing.contents if isinstance(shape, PolyLine)]
    assert len(dots) == 3
    # Each dot sits on a corner of the line, in date order, the highest score highest.
    corners = list(zip(line.points[::2], line.points[1::2], strict=True))
    assert [(dot.cx, dot.cy) for dot in dots] == corners
    assert corners[0][1] > corners[1][1] > corners[2][1]
    texts = [label.text for label in strings(drawing)]
    assert "GAD-7 total (0–21)" in texts
    assert [label.text for label in date_labels(drawing)] == [
        "2026-01-05", "2026-02-02", "2026-03-09"]


def test_band_names_stand_in_a_margin_that_no_line_enters() -> None:
    points = [(date(2022, 1, 10) + timedelta(days=14 * n), (n * 7) % 28) for n in range(60)]
    drawing = score_chart("PHQ-9", points, 258, 110, FONTS.regular)

    bands = [label for label in strings(drawing) if label.text in PHQ9_BANDS]
    assert sorted(label.text for label in bands) == sorted(PHQ9_BANDS)
    rightmost_line = max(
        max(shape.x1, shape.x2) if isinstance(shape, Line) else max(shape.points[::2])
        for shape in drawing.contents if isinstance(shape, Line | PolyLine))
    for label in bands:
        left, right = extent(label)
        assert left > rightmost_line, (label.text, left, rightmost_line)
        assert right <= drawing.width
    # Stacked bottom to top, far enough apart not to touch.
    heights = sorted(label.y for label in bands)
    assert all(upper - lower >= 6 for lower, upper in itertools.pairwise(heights))
    assert [label.text for label in sorted(bands, key=lambda label: label.y)] == list(
        PHQ9_BANDS)


def test_sixty_dates_are_thinned_to_labels_that_do_not_touch() -> None:
    points = [(date(2022, 1, 10) + timedelta(days=14 * n), 9) for n in range(60)]
    drawing = score_chart("PHQ-9", points, 258, 110, FONTS.regular)

    labels = sorted(date_labels(drawing), key=lambda label: extent(label)[0])
    assert labels[0].text == "2022-01-10" and labels[-1].text == points[-1][0].isoformat()
    assert len(labels) >= 3
    spans = [extent(label) for label in labels]
    assert all(left_of[1] + 4 < right_of[0]
               for left_of, right_of in itertools.pairwise(spans))
    assert all(left >= 0 and right <= drawing.width for left, right in spans)
    ticks = [shape for shape in drawing.contents
             if isinstance(shape, Line) and shape.x1 == shape.x2 and shape.y2 < shape.y1]
    assert len(ticks) == 60  # a tick under every score, dated or not


def test_an_instrument_scored_once_is_charted_with_its_value_and_date() -> None:
    rows = [AssessmentRow(day, "GAD-7", total) for day, total in GAD7]
    rows += [AssessmentRow(date(2026, 3, 1), "PHQ-9", 12, "Moderate"),
             AssessmentRow(date(2026, 3, 2), "C-SSRS", None, "Low risk")]
    trends = trends_by_instrument(rows)
    assert trends == {"GAD-7": GAD7, "PHQ-9": [(date(2026, 3, 1), 12)]}

    drawing = score_chart("PHQ-9", trends["PHQ-9"], 258, 110, FONTS.regular)
    assert len([shape for shape in drawing.contents if isinstance(shape, Circle)]) == 1
    assert not [shape for shape in drawing.contents if isinstance(shape, PolyLine)]
    texts = [label.text for label in strings(drawing)]
    assert "12 on 2026-03-01" in texts and "2026-03-01" in texts

    # In the discharge summary it is printed beside the GAD-7 trend.
    packet = Packet(Letterhead("Riverbend Behavioral Health"),
                    PacketClient("Dara Sok", "000123", date(1988, 2, 1)), date(2026, 4, 1),
                    "Carla Mendes", "Completed IOP.", assessments=tuple(rows))
    pdf = render_discharge_summary(packet, invariant=True).pdf
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "PHQ-9 total (0–27)" in text and "12 on 2026-03-01" in text
    assert "GAD-7 total (0–21)" in text and "2026-03-09" in text
