"""The outcome reports' PDF: every figure with its numerator and denominator, every chart
drawn as its kind draws, every client of a list (its header on each page it runs over), a
sentence when there is nothing to count, and the confidentiality lines on every page."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.common import Letterhead
from coordinator.reports.outcome_data import (
    CaseList,
    Chart,
    ChartKind,
    Figure,
    ReportSheet,
    Series,
    Table,
    Unit,
)
from coordinator.reports.outcome_pdf import (
    SERIES_COLOURS,
    nice_ticks,
    render_outcome_report,
)
from coordinator.reports.styles import CONFIDENTIALITY_NOTICE
from coordinator.services.reports import (
    ReportFilters,
    ReportPeriod,
    StepDownCase,
    StepDownOutcome,
    StepDownReport,
)
from coordinator.services.reports.step_down import step_down_sheet
from tests.pdf_images import render_pages

LETTERHEAD = Letterhead("Riverbend Behavioral Health", "120 River Road\nSpringfield, OR 97477",
                        "541-555-0100")
FIRST, LAST, AS_OF = date(2026, 1, 1), date(2026, 3, 31), date(2026, 4, 2)
NAMES_NOTICE = "CONFIDENTIAL: this report names clients"
BLUE, VERMILLION = SERIES_COLOURS[0], SERIES_COLOURS[1]


def sheet(**fields: object) -> ReportSheet:
    values: dict[str, object] = {
        "name": "retention", "title": "Retention in IOP and PHP", "first_day": FIRST,
        "last_day": LAST, "as_of": AS_OF, "filters": "Everyone",
        "definition": "Of the clients admitted to IOP or PHP in the period, the share still "
                      "attending each week after admission."}
    values.update(fields)
    return ReportSheet(**values)  # type: ignore[arg-type]


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def chart(kind: ChartKind, *series: Series, x: tuple[float, ...] = (0, 1, 2, 3, 4),
          y_max: float | None = None, unit: Unit = Unit.COUNT) -> Chart:
    return Chart(f"chart.{kind.value}", f"A {kind.value} chart", kind, x,
                 tuple(f"Week {int(value)}" for value in x), series, "Weeks since admission",
                 "Clients", y_max, unit, f"What the {kind.value} chart shows.")


def colour_pixels(image: QImage, *colours: str) -> list[list[tuple[int, int]]]:
    """Where ``image`` has each of ``colours`` (within a little of it: anti-aliased edges
    aside), in the band of the page a chart under a report's title takes (a quarter to
    60 % down)."""
    wanted = [(QColor(colour).red(), QColor(colour).green(), QColor(colour).blue())
              for colour in colours]
    found: list[list[tuple[int, int]]] = [[] for _ in colours]
    for y in range(image.height() // 4, image.height() * 6 // 10):
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            if pixel & 0xFFFFFF == 0xFFFFFF:
                continue  # paper
            red, green, blue = pixel >> 16 & 255, pixel >> 8 & 255, pixel & 255
            for index, (r, g, b) in enumerate(wanted):
                if abs(red - r) + abs(green - g) + abs(blue - b) < 30:
                    found[index].append((x, y))
    return found


def only_page(pdf: bytes, dpi: int = 50) -> QImage:
    (page,) = render_pages(pdf, dpi=dpi)
    return page


def test_lines_and_steps_are_drawn_where_their_values_are(qapp: QApplication) -> None:
    falling = chart(ChartKind.LINE, Series("IOP", (1.0, 0.9, 0.8, 0.7, 0.6)),
                    Series("PHP", (1.0, 0.7, 0.5, 0.3, 0.1)), y_max=1.0, unit=Unit.PERCENT)
    pdf = render_outcome_report([sheet(charts=(falling,))], LETTERHEAD, invariant=True).pdf
    (text,) = pages_of(pdf)
    for words in ("A line chart", "IOP", "PHP", "Clients", "Weeks since admission", "0 %",
                  "100 %", "Week 0", "Week 4", "What the line chart shows."):
        assert words in text, words
    page = only_page(pdf, dpi=80)  # fine lines need the finer raster
    iop, php = colour_pixels(page, BLUE, VERMILLION)
    assert len(iop) > 50 and len(php) > 50
    # At the right end IOP (60 %) is drawn well above PHP (10 %): smaller y is higher.
    right = max(x for x, _ in iop + php) - 3
    assert (min(y for x, y in iop if x >= right) + 20
            < min(y for x, y in php if x >= right))

    survival = chart(ChartKind.STEP, Series("Still in care", (1.0, 1.0, 0.5, 0.5, 0.5)),
                     x=(0, 10, 20, 40, 60), y_max=1.0, unit=Unit.PERCENT)
    page = only_page(render_outcome_report([sheet(charts=(survival,))], LETTERHEAD).pdf, 80)
    (step,) = colour_pixels(page, BLUE)
    # A step holds its value to the next point and drops there: one level left of the
    # drop at day 20 (a third of the way across), another right of it, and none between.
    left, right = min(x for x, _ in step), max(x for x, _ in step)
    drop = left + (right - left) // 3
    before = {y for x, y in step if left + 3 < x < drop - 3 and y < page.height() * 0.9}
    after = {y for x, y in step if drop + 3 < x < right - 3 and y < page.height() * 0.9}
    assert before and after and max(before) + 10 < min(after)


def test_stacked_areas_and_bars_are_as_large_as_their_values(qapp: QApplication) -> None:
    census = chart(ChartKind.STACKED_AREA, Series("Inpatient", (10, 10, 10, 10, 10)),
                   Series("IOP", (30, 30, 30, 30, 30)))
    pdf = render_outcome_report([sheet(charts=(census,))], LETTERHEAD).pdf
    page = only_page(pdf)
    low, high = (len(found) for found in colour_pixels(page, BLUE, VERMILLION))
    assert 2.5 < high / low < 3.5  # IOP's band is three times as tall
    assert "40" in pages_of(pdf)[0]  # the value axis reaches the stack's top

    visits = chart(ChartKind.BAR, Series("Kept", (300, 150)), Series("Missed", (100, 50)),
                   x=(0, 1))
    page = only_page(render_outcome_report([sheet(charts=(visits,))], LETTERHEAD).pdf)
    kept, missed = colour_pixels(page, BLUE, VERMILLION)
    assert 2.5 < len(kept) / len(missed) < 3.5
    # The groups stand side by side: Kept's first bar left of Missed's, the second group
    # right of both.
    assert min(x for x, _ in kept) < min(x for x, _ in missed) < max(x for x, _ in kept)


def test_figures_tables_and_long_lists_print_whole_with_the_notices_on_every_page() -> None:
    names = [f"Family{number:03d}, Given" for number in range(140)]
    rows = tuple((name, f"MRN-{number:06d}", "2026-02-01", "Left against medical advice; "
                  "no lower level of care started by 2026-04-02.")
                 for number, name in enumerate(names))
    full = sheet(
        figures=(Figure("rate", "Still attending at week 4", 0.9047, Unit.PERCENT, 19, 21,
                        list_key="gone"),
                 Figure("median", "Median weeks attended", 6.0, Unit.COUNT),
                 Figure("change", "Mean PHQ-9 change", -5.6, Unit.POINTS,
                        detail="95 % CI -7.1 to -4.3")),
        tables=(Table("by_level", "By level", ("Level", "Admitted", "Rate"),
                      (("Intensive Outpatient (IOP)", "1,204", "88.0 %"),), frozenset({1, 2})),),
        lists=(CaseList("gone", "Stopped attending", ("Client", "Record number", "Admitted",
                                                      "Reason"), rows, tuple(range(140))),))
    pages = pages_of(render_outcome_report([full], LETTERHEAD).pdf)
    assert len(pages) >= 4
    text = "\n".join(pages)
    assert "Riverbend Behavioral Health · Period 2026-01-01 to 2026-03-31 · Included: " \
           "Everyone · Judged on 2026-04-02" in " ".join(pages[0].split())
    flat = " ".join(text.split())  # a cell's words wrap in its column
    for words in ("Still attending at week 4", "90.5 %", "19", "21", "Mean PHQ-9 change",
                  "-5.6 points", "95 % CI -7.1 to -4.3", "Intensive Outpatient (IOP)",
                  "1,204", "Stopped attending (140)"):
        assert words in flat, words
    assert all(text.count(name) == 1 for name in names)
    # The list's header starts every page it runs over.
    listed = [page for page in pages if "Family" in page]
    assert len(listed) >= 3
    assert all("Client Record number Admitted Reason" in " ".join(page.split())
               for page in listed)
    for number, page in enumerate(pages, start=1):
        assert REDISCLOSURE_NOTICE in page and NAMES_NOTICE in page
        assert f"Page {number} of {len(pages)}" in page


def test_a_list_of_many_columns_stays_inside_the_margins() -> None:
    columns = ("Client", "Record number", "Level", "Program", "Admitted", "Ended", "Last day",
               "Outcome", "Disposition", "Case manager", "Day 30", "Day 60", "Day 90")
    row = ("Cárdenas González, Rosa", "MRN-000031", "IOP",
           "Riverbend Behavioral Health — Adult IOP", "2026-07-30", "2026-09-19", "51",
           "Stepped down to OP", "Moved out of the area; records sent with consent",
           "María Elena Gutiérrez", "yes", "no", "no")
    wide = sheet(lists=(CaseList("admitted", "Admissions in the period", columns,
                                 (row,) * 30, tuple(range(30))),))
    reader = PdfReader(io.BytesIO(render_outcome_report([wide], LETTERHEAD).pdf))
    right_edges: list[float] = []

    def note(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            right_edges.append(cm[4] + tm[4])

    for page in reader.pages:
        page.extract_text(visitor_text=note)
    width = float(reader.pages[0].mediabox.width)
    # Every cell starts left of the right margin (0.75 inch): the last column included.
    assert right_edges and max(right_edges) < width - 54
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert text.count("MRN-000031") == 30 and "Day 60 Day 90" in " ".join(text.split())


def test_nothing_to_count_says_so_under_the_general_notice() -> None:
    empty = sheet(note="No clients were admitted to IOP or PHP between 2026-01-01 and "
                       "2026-03-31.",
                  lists=(CaseList("gone", "Stopped attending", ("Client",), (), ()),))
    (page,) = pages_of(render_outcome_report([empty], LETTERHEAD).pdf)
    assert "No clients were admitted to IOP or PHP between 2026-01-01 and 2026-03-31." in page
    assert "Stopped attending (0)" in page and "No clients." in page
    # No client is named: the general notice, and no 42 CFR part 2 line.
    assert CONFIDENTIALITY_NOTICE[:60] in " ".join(page.split())
    assert REDISCLOSURE_NOTICE not in page and NAMES_NOTICE not in page


def case(name: str, number: int, outcome: StepDownOutcome, left: date, days: int | None,
         reason: str = "") -> StepDownCase:
    return StepDownCase(
        client_id=number, client_name=name, record_number=f"MRN-{number:06d}",
        episode_id=number, discharge_date=left, due_date=date.fromordinal(left.toordinal() + 14),
        level_code="INP", level_name="Inpatient", outcome=outcome, days=days,
        next_level_code="IOP" if days is not None else None, reason=reason,
        discharge_disposition="", case_manager_id=7, case_manager="Carla Mendes")


def test_the_step_down_sheet_prints_its_figures_table_and_lists() -> None:
    cases = (
        case("Moss, Ada", 1, StepDownOutcome.MET, date(2026, 1, 5), 3),
        case("Ortiz, Ben", 2, StepDownOutcome.MISSED, date(2026, 2, 1), 20,
             "IOP started on day 20 (2026-02-21), after the 14-day window."),
        case("Park, Cy", 3, StepDownOutcome.MET, date(2026, 3, 2), 9),
        case("Sato, Flo", 4, StepDownOutcome.OPEN, date(2026, 3, 30), None,
             "Open until 2026-04-13: not counted until the window ends."),
    )
    report = StepDownReport(ReportPeriod(FIRST, LAST, AS_OF), ReportFilters(), AS_OF, 14,
                            denominator=3, numerator=2, rate=2 / 3, median_days=6.0,
                            cases=cases)
    pdf = render_outcome_report([step_down_sheet(report, "Everyone")], LETTERHEAD).pdf
    (text,) = pages_of(pdf)
    flat = " ".join(text.split())
    for words in ("Step-down within the window", "Stepped down within 14 days", "66.7 %",
                  "Median days to the next level (met)", "6 days", "over 2 met",
                  "By level left", "Inpatient (INP)", "Missed step-downs (1)",
                  "Stepped down in time (2)", "Window still open (1)",
                  "Back in 24-hour care first (0)", "Moss, Ada", "Ortiz, Ben", "Park, Cy",
                  "Sato, Flo", "MRN-000002", "after the 14-day window",
                  "not counted until the window ends"):
        assert words in flat, words
    # The rate's row: its value, numerator and denominator in their own columns.
    lines = [line.strip() for line in text.splitlines()]
    at = lines.index("Stepped down within 14 days")
    assert lines[at + 1:at + 4] == ["66.7 %", "2", "3"]


def test_the_value_axis_has_round_steps() -> None:
    assert nice_ticks(0, 1.0) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert nice_ticks(0, 37) == [0, 10, 20, 30, 40]
    assert nice_ticks(0, 1234) == [0, 250, 500, 750, 1000, 1250]
    assert nice_ticks(-7.5, 2) == [-8, -6, -4, -2, 0, 2]
    assert nice_ticks(0, 0) == [0, 0.2, 0.4, 0.6, 0.8, 1.0]
