"""What a records office or an archive checks in a PDF before filing it: every font the pages
use is embedded (a receiving clinic's viewer then prints the names as we set them, and PDF/A,
ISO 19005-2 6.2.11.4.1, requires it), and the document says in its metadata what it is,
whose it is and who made it."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.platypus import Table

from coordinator.domain.timeline import JourneyClock, JourneyEpisode, journey_layout
from coordinator.reports.common import RenderedPdf
from coordinator.reports.discharge_summary import render_discharge_summary
from coordinator.reports.packet_data import AssessmentRow, PacketClient
from coordinator.reports.referral_letter import render_referral_letter
from coordinator.reports.styles import PageFrame, build_document, data_table
from coordinator.reports.transfer_summary import render_transfer_summary
from tests.reports.test_referral_letter import LETTER
from tests.reports.test_transfer_summary import LETTERHEAD, PACKET

#: The fourteen fonts every PDF reader has (ISO 32000-1 9.6.2.2), which ReportLab names on a
#: page without embedding them.
STANDARD_FONTS = {"Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique",
                  "Helvetica", "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique",
                  "Symbol", "Times-Bold", "Times-BoldItalic", "Times-Italic", "Times-Roman",
                  "ZapfDingbats"}

# A long-stay client with a Khmer name (a second embedded font), a journey with an open
# clock, scores for a chart, and Part 2 information (the bold notice in every footer).
TODAY = date(2026, 4, 1)
FULL = replace(
    PACKET,
    client=PacketClient("សុខ ស្រីពេជ្រ", "000124", date(1984, 4, 14), phone="541-555-0199"),
    timeline=journey_layout(
        [JourneyEpisode("INP", "Inpatient", 5, "Mercy Hospital", date(2026, 3, 1),
                        date(2026, 3, 25), "completed")], [],
        [JourneyClock("Step-down window (14 days)", date(2026, 3, 25), date(2026, 4, 8),
                      "open")], today=TODAY),
    assessments=tuple(AssessmentRow(date(2026, 1, 5) + timedelta(days=14 * n), "PHQ-9",
                                    20 - 2 * n, "") for n in range(6)),
    part2=True)


def fonts_of(resources: DictionaryObject) -> list[DictionaryObject]:
    """The fonts a page (or a form it draws) names, with those of its forms."""
    found: list[DictionaryObject] = []
    fonts = resources.get("/Font")
    if fonts is not None:
        found += [font.get_object() for font in fonts.get_object().values()]
    forms = resources.get("/XObject")
    if forms is not None:
        for form in forms.get_object().values():
            form = form.get_object()
            if form.get("/Subtype") == "/Form" and "/Resources" in form:
                found += fonts_of(form["/Resources"].get_object())
    return found


def embedded(font: DictionaryObject) -> bool:
    """Whether ``font`` carries its glyphs: a font file in its descriptor (or its
    descendant's, for a composite font), or glyph procedures (Type 3)."""
    if font.get("/Subtype") == "/Type3":
        return True
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(
        key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))


RENDERS = {
    "transfer summary": lambda: render_transfer_summary(FULL, invariant=True),
    "discharge summary": lambda: render_discharge_summary(
        replace(FULL, receiving_facility=None), invariant=True),
    "referral letter": lambda: render_referral_letter(LETTER, invariant=True),
}


@pytest.mark.parametrize("document", sorted(RENDERS))
def test_every_font_on_every_page_is_embedded(document: str) -> None:
    rendered: RenderedPdf = RENDERS[document]()
    reader = PdfReader(io.BytesIO(rendered.pdf))
    names: set[str] = set()
    for number, page in enumerate(reader.pages, start=1):
        fonts = fonts_of(page["/Resources"].get_object())
        assert fonts, f"page {number} names no font"
        for font in fonts:
            name = str(font["/BaseFont"])
            names.add(name.split("+")[-1])
            assert embedded(font), f"{name} on page {number} is not embedded"
    assert names.isdisjoint(STANDARD_FONTS)
    assert "DejaVuSans" in names and "DejaVuSans-Bold" in names
    if document != "referral letter":
        assert any(name.startswith("NotoSansKhmer") for name in names), names


def test_a_table_without_a_font_of_its_own_names_no_standard_font() -> None:
    """ReportLab's tables set Helvetica for every cell, a plain-text one included: the page
    gets the embedded font instead."""
    story = [Table([["Plain text in a table with ReportLab's default style"]]),
             data_table(("Phone",), [("541-555-0100",)], (100,))]
    pdf = build_document(story, PageFrame(LETTERHEAD, "Test"), invariant=True).pdf
    (page,) = PdfReader(io.BytesIO(pdf)).pages
    assert "Plain text in a table" in page.extract_text()
    fonts = fonts_of(page["/Resources"].get_object())
    assert all(embedded(font) for font in fonts)
    assert {str(font["/BaseFont"]).split("+")[-1] for font in fonts} == {
        "DejaVuSans", "DejaVuSans-Bold"}


def test_the_metadata_says_what_the_document_is_whose_it_is_and_who_made_it() -> None:
    for document, title_start in (("transfer summary", "Transfer summary"),
                                  ("discharge summary", "Discharge summary"),
                                  ("referral letter", "")):
        reader = PdfReader(io.BytesIO(RENDERS[document]().pdf))
        info = reader.metadata
        assert info is not None
        assert info.author == "Riverbend Behavioral Health"
        assert info.creator == "Coordinator"
        assert info.title and info.title.startswith(title_start)
        assert info.subject, document
        if document != "referral letter":
            client = FULL.client
            assert client.name in info.title
            assert title_start in info.subject and client.record_number in info.subject
        # The natural language, for screen readers (ISO 32000-1 14.9.2), and a viewer shows
        # the title rather than a file name.
        root = reader.trailer["/Root"]
        assert root["/Lang"] == "en-US"
        assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712  (a PDF boolean)


def test_the_clinic_named_in_the_letterhead_is_the_author_unless_told_otherwise() -> None:
    frame = PageFrame(LETTERHEAD, "Test document", "Dara Sok · Record no. 000123")
    default = PdfReader(io.BytesIO(build_document([], frame).pdf)).metadata
    assert default is not None
    assert (default.title, default.author, default.subject) == (
        "Test document", "Riverbend Behavioral Health",
        "Test document · Dara Sok · Record no. 000123")
    chosen = PdfReader(io.BytesIO(build_document(
        [], frame, title="Transfer summary: Dara Sok", author="Riverbend BH, Eugene office",
        subject="Transfer to Harbor Residential").pdf)).metadata
    assert chosen is not None
    assert (chosen.title, chosen.author, chosen.subject) == (
        "Transfer summary: Dara Sok", "Riverbend BH, Eugene office",
        "Transfer to Harbor Residential")
