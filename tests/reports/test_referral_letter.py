"""The referral letter: one page the receiving program can act on, in a Unicode font; the
consent it rests on, the 42 CFR 2.32 notice and the client's contact details as the service
gives them (the gate itself: tests/services/test_referral_letter_consent.py)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.fonts import FONTS
from coordinator.reports.packet_data import ConsentReference
from coordinator.reports.referral_letter import (
    LetterClient,
    LetterRecipient,
    ReferralLetter,
    render_referral_letter,
)
from coordinator.reports.styles import Letterhead
from tests.pdf_images import ink_fraction, render_pages

LETTERHEAD = Letterhead("Riverbend Behavioral Health", "120 River Road\nSpringfield, OR 97477",
                        "541-555-0100", "541-555-0101")
LETTER = ReferralLetter(
    LETTERHEAD,
    LetterClient("Nguyễn Thị Lan", "000123", date(1988, 2, 1), "541-555-0199",
                 "lan@example.org", "4 Elm St, Springfield OR 97477", "Vietnamese", True),
    LetterRecipient("Hope House Residential", "88 Hill St, Eugene OR", "541-555-0140",
                    "541-555-0141", "Intake: Rosa Díaz"),
    date(2026, 3, 3), "Housing", "Urgent",
    "Lost her apartment after a hospital stay; staying with a friend until Friday.",
    "Please assess for transitional housing and offer an intake appointment.",
    "Prefers afternoon calls; a Vietnamese interpreter is needed.",
    date(2026, 3, 10), "Carla Mendes", "Riverbend Behavioral Health · Phone 541-555-0100")


CONSENT = ConsentReference(
    7, "Hope House Residential", "Referral for residential treatment",
    "Diagnosis, treatment dates and contact details", True, "Nguyễn Thị Lan (client)",
    date(2026, 2, 10), "2026-08-10", "Riverbend Behavioral Health")
WITHHELD = "Withheld: no release of information covers this program."


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_letter_is_one_page_with_client_reason_clinic_and_page_count() -> None:
    rendered = render_referral_letter(LETTER, invariant=True)
    pages, text = text_of(rendered.pdf)
    assert pages == rendered.pages == 1
    for expected in ("Nguyễn Thị Lan", "Lost her apartment after a hospital stay",
                     "Riverbend Behavioral Health", "Page 1 of 1", "Hope House Residential",
                     "Carla Mendes", "Vietnamese (interpreter needed)", "CONFIDENTIAL"):
        assert expected in text


def test_invariant_mode_gives_the_same_bytes_twice() -> None:
    assert render_referral_letter(LETTER, invariant=True).pdf == render_referral_letter(
        LETTER, invariant=True).pdf


def test_vietnamese_and_spanish_names_are_set_in_the_unicode_font() -> None:
    assert FONTS.unicode, "the shipped DejaVu Sans could not be read: Helvetica cannot draw Nguyễn"
    assert FONTS.regular == "DejaVuSans"


def test_without_a_note_the_letter_has_no_note_section() -> None:
    _, text = text_of(render_referral_letter(replace(LETTER, note_to_receiver=" ")).pdf)
    assert "Note from the case manager" not in text and "None recorded" not in text
    _, text = text_of(render_referral_letter(LETTER).pdf)
    assert "Note from the case manager" in text and "Prefers afternoon calls" in text


def test_the_page_renders_with_its_letterhead_and_body(qapp: QApplication) -> None:
    """Drawn by QtPdf, as the app's preview draws it: the letterhead band and the body
    carry ink, the bottom margin is paper."""
    (page,) = render_pages(render_referral_letter(LETTER, invariant=True).pdf)
    assert (page.width(), page.height()) == (510, 660)  # US Letter at 60 dpi
    assert ink_fraction(page, top=0.0, bottom=0.15) > 0.01
    assert ink_fraction(page, top=0.15, bottom=0.7) > 0.01
    assert ink_fraction(page, top=0.97, bottom=1.0) < 0.001


def test_every_page_names_the_client_with_date_of_birth_and_record_number() -> None:
    pages = pages_of(render_referral_letter(replace(LETTER, consent=CONSENT)).pdf)
    assert len(pages) == 2
    assert all("Nguyễn Thị Lan · DOB 1988-02-01 · Record no. 000123" in page
               for page in pages)
    undated = replace(LETTER, client=replace(LETTER.client, birth_date=None))
    assert "Nguyễn Thị Lan · DOB unknown · Record no. 000123" in text_of(
        render_referral_letter(undated).pdf)[1]


def test_a_part2_letter_carries_the_notice_on_every_page_and_its_consent_last() -> None:
    part2 = replace(LETTER, category="Substance use", consent=CONSENT, part2=True)
    pages = pages_of(render_referral_letter(part2).pdf)
    assert len(pages) == 2
    assert all(REDISCLOSURE_NOTICE in page for page in pages)
    assert ("Disclosed under release of information no. 7, signed 2026-02-10 by Nguyễn "
            "Thị Lan (client); expires 2026-08-10.") in pages[0].replace("\n", " ")
    assert "Consent to release information: summary" in pages[1]
    assert "Referral for residential treatment" in pages[1]
    # A letter that is not Part 2 carries no such notice, with or without a consent.
    plain = pages_of(render_referral_letter(replace(LETTER, consent=CONSENT)).pdf)
    assert all(REDISCLOSURE_NOTICE not in page for page in plain)


def test_withheld_contact_details_are_said_once_in_words_not_as_none_recorded() -> None:
    withheld = replace(LETTER, note_to_receiver="Prefers afternoon calls.", client=replace(
        LETTER.client, phone="", email="", address="", contact_withheld=WITHHELD))
    pages, text = text_of(render_referral_letter(withheld).pdf)
    assert pages == 1
    assert text.count("Withheld") == 1 and "no release of information covers" in text
    assert "None recorded" not in text
    assert "lan@example.org" not in text and "541-555-0199" not in text


def test_a_follow_up_date_before_the_letter_becomes_a_week_after_it() -> None:
    def closing(follow_up_due: date | None) -> str:
        text = text_of(render_referral_letter(
            replace(LETTER, follow_up_due=follow_up_due)).pdf)[1]
        return " ".join(text.split())

    assert "We will follow up with you by 2026-03-10." in closing(date(2026, 3, 10))
    assert "We will follow up with you by 2026-03-03." in closing(date(2026, 3, 3))
    past = closing(date(2026, 2, 20))
    assert "2026-02-20" not in past and "We will follow up with you by 2026-03-10." in past
    assert "We will follow up with you by 2026-03-10." in closing(None)


def test_a_clinic_without_contact_details_prints_no_empty_line() -> None:
    bare = replace(LETTER, letterhead=Letterhead(""), case_manager_contact="",
                   case_manager_name="")
    text = text_of(render_referral_letter(bare).pdf)[1]
    assert "None recorded" not in text and "Case manager:" not in text
