"""How the packets fall on their pages, as a reader turning them notices it: no heading alone
at the foot of a page, no table split after its header or a single row, no chart at the top
of a page without what it belongs to, no signature line away from its heading, no word or
phone number broken across lines; and fifty demo clients' discharge summaries laid out that
way."""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from pypdf import PageObject, PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.domain.levels import Direction
from coordinator.domain.timeline import JourneyEpisode, JourneyMove, journey_layout
from coordinator.reports import discharge_summary
from coordinator.reports.common import Letterhead
from coordinator.reports.document_language import document_language, document_text
from coordinator.reports.fonts import FONTS
from coordinator.reports.styles import (
    CONTENT_WIDTH,
    STYLES,
    PageFrame,
    build_document,
    column_widths,
    data_table,
    field_table,
    markup,
    paragraph,
    phones_unbroken,
    signature_lines,
    story_area,
)
from coordinator.reports.timeline import timeline_drawing
from coordinator.services.app import AppServices
from coordinator.services.packets import PacketRequest
from coordinator.store.engine import Database
from coordinator.store.models import Client
from tests.services.helpers import SteppingClock

FRAME = PageFrame(Letterhead("Riverbend Behavioral Health"), "Discharge summary",
                  "Dara Sok · DOB 1988-02-01 · Record no. 000123")
#: Where a page's story lies (the same band on every packet page: a Part 2 footer is taller
#: but its notice lies below this band's foot too).
BOTTOM, TOP = story_area(FRAME)
HEAD = ("DejaVuSans-Bold", 8.0)  # a table's header cells
ROW = ("DejaVuSans", 8.5)        # a table's body cells


@dataclass(frozen=True)
class Line:
    """One line of a page's story as printed: its baseline, text and (font, size) pairs."""

    y: float
    text: str
    fonts: frozenset[tuple[str, float]]


def story_lines(page: PageObject) -> list[Line]:
    """The page's story, top line first (the letterhead and footer left out)."""
    pieces: list[tuple[float, float, str, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict[str, object] | None,
              size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        if text.strip() and BOTTOM - 1 < y < TOP:
            name = str((font or {}).get("/BaseFont", "")).split("+")[-1]
            pieces.append((y, x, name, round(size * (cm[3] or 1), 1), text.strip()))

    page.extract_text(visitor_text=visit)
    pieces.sort(key=lambda piece: (-piece[0], piece[1]))
    grouped: list[list[tuple[float, float, str, float, str]]] = []
    for piece in pieces:
        if grouped and abs(grouped[-1][0][0] - piece[0]) < 2.5:
            grouped[-1].append(piece)
        else:
            grouped.append([piece])
    return [Line(group[0][0], " ".join(piece[4] for piece in sorted(group,
                                                                    key=lambda p: p[1])),
                 frozenset((piece[2], piece[3]) for piece in group)) for group in grouped]


def pages_of(pdf: bytes) -> list[list[Line]]:
    return [story_lines(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def is_chart_start(line: Line) -> bool:
    """The top line of a chart: a score chart's title or the journey chart's legend (set
    smaller than any paragraph)."""
    small = all(size < 8 for _, size in line.fonts)
    return small and (re.search(r" total \(0–\d+\)$", line.text) is not None
                      or line.text.endswith("Today"))


def heading(title: str) -> Flowable:
    return paragraph(markup(title), STYLES["section"])


def table_rows(count: int) -> list[tuple[str, str, str]]:
    return [(f"Medication{n}", f"{n} mg", "Once daily") for n in range(count)]


MEDICATIONS = ("Medication", "Dose", "Frequency")


def rows_after_header(lines: Sequence[Line]) -> int:
    """How many body lines follow the last table header line on a page."""
    headers = [index for index, line in enumerate(lines) if line.fonts == {HEAD}]
    return len([line for line in lines[headers[-1] + 1:] if ROW in line.fonts])


def check_table_pages(pages: list[list[Line]], header: str) -> None:
    """Wherever the table splits, both sides hold its header and at least two rows."""
    for number, (lines, following) in enumerate(itertools.pairwise(pages), 1):
        continued = bool(following) and following[0].text == header
        if continued:
            assert any(line.text == header for line in lines), number
            assert rows_after_header(lines) >= 2, (number, [line.text for line in lines[-3:]])
            assert rows_after_header(following) >= 2, number


# --- headings, tables, signatures and charts at the foot of a page ------------------------


def test_a_heading_stays_with_the_first_rows_of_its_table_or_goes_on_with_them() -> None:
    placements = []
    for gap in range(440, 554, 6):  # the heading lands lower and lower on the first page
        story = [Spacer(1, gap), heading("Medications"),
                 data_table(MEDICATIONS, table_rows(40), (200, 100, 200))]
        pages = pages_of(build_document(story, FRAME).pdf)
        first = pages[0]  # empty (the gap only) when the heading went on
        assert not first or first[-1].text != "Medications", gap
        on_first = any(line.text == "Medications" for line in first)
        placements.append(on_first)
        if on_first:
            assert rows_after_header(first) >= 2, gap
        check_table_pages(pages, "Medication Dose Frequency")
        found = " ".join(line.text for page in pages for line in page)
        assert all(f"Medication{n} " in found for n in range(40))
    # Near the top of the band the heading and the table's first rows stay on the first
    # page (ReportLab alone would move the heading and the whole table on); only once they
    # no longer fit do they move, and from then on always.
    assert placements[0] and not placements[-1]
    assert placements == sorted(placements, reverse=True)


def test_a_table_carries_no_single_row_over_to_the_next_page() -> None:
    for count in range(33, 42):
        pages = pages_of(build_document(
            [heading("Medications"), data_table(MEDICATIONS, table_rows(count),
                                                (200, 100, 200))], FRAME).pdf)
        check_table_pages(pages, "Medication Dose Frequency")


def test_field_tables_split_with_two_pairs_on_either_side() -> None:
    fields = [(f"Label {n}", f"Value {n}") for n in range(12)]
    for gap in range(380, 554, 6):
        pages = pages_of(build_document([Spacer(1, gap), field_table(fields)], FRAME).pdf)
        for lines in pages:
            values = [line for line in lines if line.text.startswith("Label ")]
            assert not values or len(values) >= 2, (gap, [line.text for line in values])


def test_signature_lines_are_never_on_a_page_without_their_heading() -> None:
    signers = ("Responsible clinician", "Case manager: Carla Mendes", "Receiving clinician")
    for gap in range(380, 554, 6):
        story = [Spacer(1, gap), heading("Signatures"),
                 paragraph("Prepared by Carla Mendes on 2026-04-01.", STYLES["body"]),
                 signature_lines(signers, CONTENT_WIDTH)]
        pages = pages_of(build_document(story, FRAME).pdf)
        (page,) = [lines for lines in pages if any(line.text == "Signatures" for line in lines)]
        texts = [line.text for line in page]
        assert texts.index("Signatures") < texts.index(
            "Prepared by Carla Mendes on 2026-04-01.")
        assert [text for text in texts if text.startswith("Signature:")] == [
            f"Signature: {signer} Date" for signer in signers], gap


def test_a_chart_goes_with_the_end_of_the_table_it_follows() -> None:
    layout = journey_layout(
        [JourneyEpisode("INP", "Inpatient", 5, "Mercy Hospital", date(2026, 3, 1),
                        date(2026, 3, 12), "completed"),
         JourneyEpisode("IOP", "Intensive Outpatient", 2, "Harbor IOP", date(2026, 3, 22),
                        None, "active")],
        [JourneyMove(Direction.STEP_DOWN, "INP", "IOP", date(2026, 3, 12), date(2026, 3, 22),
                     "completed", 10)], [], today=date(2026, 4, 1))
    moved = 0
    for count in range(20, 44, 2):
        story = [heading("Levels of care"),
                 data_table(MEDICATIONS, table_rows(count), (200, 100, 200)), Spacer(1, 6),
                 timeline_drawing(layout, CONTENT_WIDTH, 190, font_name=FONTS.regular,
                                  font_size=7)]
        pages = pages_of(build_document(story, FRAME).pdf)
        (chart_page,) = [number for number, lines in enumerate(pages)
                         if any(is_chart_start(line) for line in lines)]
        lines = pages[chart_page]
        assert not is_chart_start(lines[0]), count
        if chart_page:
            moved += 1
            assert lines[0].text == "Medication Dose Frequency"  # the header repeats
            assert rows_after_header(lines) >= 2, count
        check_table_pages(pages, "Medication Dose Frequency")
    assert moved  # the sweep did push the chart to the second page


# --- words and numbers within their lines ------------------------------------------------


def test_columns_are_as_wide_as_their_longest_words() -> None:
    headers = ("Medication", "Dose", "Route", "Frequency", "Prescriber", "Since")
    rows = [("Buprenorphine and naloxone", "8 mg/2 mg", "Sublingual film", "Once daily",
             "Dr. Ana María Peña Ibáñez", "2026-03-12"),
            ("Sertraline", "100 mg", "By mouth", "Once daily", "Dr. Ken Ito", "2026-03-12")]
    w = CONTENT_WIDTH  # the discharge summary's preferred widths
    weights = (w * 0.24, w * 0.13, w * 0.1, w * 0.17, w * 0.22, w * 0.14)
    widths = column_widths(headers, rows, weights)
    assert sum(widths) == pytest.approx(CONTENT_WIDTH)
    for column, width in enumerate(widths):
        words = headers[column].split() + [word for row in rows for word in row[column].split()]
        longest = max(stringWidth(word, FONTS.regular, 8.5) for word in words)
        assert width >= longest + 6, (headers[column], width, longest)

    lines = pages_of(build_document([data_table(headers, rows, weights)], FRAME).pdf)[0]
    printed = {word for line in lines for word in line.text.split()}
    for row in rows:
        for value in row:
            assert set(value.split()) <= printed, value  # no word cut in two
    # A date column needs no more than a date: the room goes where the words are.
    assert widths[5] < weights[5]


def test_phone_and_fax_numbers_never_break_across_lines() -> None:
    call = "Call the intake line at (541) 555-0170 ext 12 before noon or fax +1 541 555 0171"
    narrow = data_table(("Who", "How to reach them"), [("Intake", call)], (60, 110))
    label_heavy = field_table([("Receiving facility intake desk, for questions", call)],
                              label_width=CONTENT_WIDTH - 110)
    for flowable in (narrow, label_heavy):
        lines = [" ".join(line.text.split()) for line in
                 pages_of(build_document([flowable], FRAME).pdf)[0]]
        assert len([line for line in lines if "Call" in line or "noon" in line]) >= 2
        assert any("(541) 555-0170 ext 12" in line for line in lines), lines
        assert any("+1 541 555 0171" in line for line in lines), lines
    # Times, dates and short numbers keep their ordinary spaces.
    for text in ("2026-04-09 14:30", "Room 12 at 3 pm", "Dose 0.5 mg twice daily"):
        assert phones_unbroken(text) == text
    assert phones_unbroken("Fax 541 555 0171 x 9") == "Fax 541\xa0555\xa00171\xa0x\xa09"


# --- fifty demo clients ---------------------------------------------------------------------

DEMO_TODAY = date(2026, 5, 4)


def test_fifty_demo_discharge_summaries_fall_on_their_pages_as_a_reader_expects(
        database: Database) -> None:
    generate_demo(database, clients=55, seed=5, today=DEMO_TODAY)
    services = AppServices(database, clock=SteppingClock(datetime(2026, 5, 4, 16, 0,
                                                                  tzinfo=UTC)))
    services.auth.login("casemanager", DEMO_PASSWORD)
    with Session(database.engine) as session:
        clients = session.execute(select(Client.id, Client.preferred_language)
                                  .order_by(Client.id).limit(50)).all()
    page_counts, languages = set(), set()
    for client, preferred_language in clients:
        # The client's own copy prints in the client's language (Spanish for some).
        t = document_text(document_language(preferred_language))
        languages.add(t.language)
        headings = {text for key, text in t.texts.items() if key.startswith("h.")}
        assert t.language != "en" or headings >= set(discharge_summary.HEADINGS)
        signature = t("signature.line", signer="")
        # The client's own copy: no recipient, so no consent is needed.
        prepared = services.packets.prepare(PacketRequest.discharge(client, active_ok=True),
                                            invariant=True)
        pages = pages_of(prepared.pdf)
        page_counts.add(len(pages))
        signature_pages = set()
        for number, lines in enumerate(pages, start=1):
            where = f"client {client}, page {number}"
            assert lines, where
            assert lines[-1].text not in headings, f"{where} ends with {lines[-1].text!r}"
            assert not is_chart_start(lines[0]), f"{where} starts with a chart"
            texts = [line.text for line in lines]
            signatures = [index for index, text in enumerate(texts)
                          if text.startswith(signature)]
            if signatures:
                signature_pages.add(number)
                assert t("h.signatures") in texts[:signatures[0]], where
            headers = [line for line in lines if line.fonts == {HEAD}]
            if headers and number < len(pages) and pages[number] and (
                    pages[number][0].text == headers[-1].text):
                assert rows_after_header(lines) >= 2, f"{where}: {headers[-1].text}"
        assert len(signature_pages) == 1, client
        text = " ".join(line.text for lines in pages for line in lines)
        assert all(t(key) in text for key in ("h.client", "h.levels", "h.signatures"))
    assert len(clients) == 50 and len(page_counts) > 1  # records of different lengths
    assert languages == {"en", "es"}  # the demo's Spanish speakers get Spanish copies
