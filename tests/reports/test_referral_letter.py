"""The referral letter: one page the receiving program can act on, in a Unicode font."""

from __future__ import annotations

import hashlib
import io
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory, ReferralPriority
from coordinator.reports.fonts import FONTS
from coordinator.reports.referral_letter import (
    LetterClient,
    LetterRecipient,
    ReferralLetter,
    render_referral_letter,
)
from coordinator.reports.styles import Letterhead
from coordinator.services.dto import ClientInput
from coordinator.services.referral_letter_data import WITHHELD
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.store.models import Consent, Disclosure, Facility
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

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


def text_of(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


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
    assert FONTS.unicode, "install fonts-dejavu-core: Helvetica cannot draw Nguyễn"
    assert FONTS.regular == "DejaVuSans"


def test_an_empty_note_says_none_recorded() -> None:
    _, text = text_of(render_referral_letter(replace(LETTER, note_to_receiver="")).pdf)
    assert "None recorded" in text


@pytest.fixture
def rendered_png(tmp_path: Path) -> Path:
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render_referral_letter(LETTER, invariant=True).pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")],
                   check=True)
    return next(tmp_path.glob("page*.png"))


def test_the_page_renders_to_an_image(rendered_png: Path) -> None:
    assert rendered_png.stat().st_size > 10_000


def test_the_service_withholds_contact_details_without_a_consent(database: Database) -> None:
    clock = SteppingClock(datetime(2026, 3, 3, 12, 0, tzinfo=UTC))
    admin = admin_services(database, clock)
    admin.settings.update({"clinic_name": "Riverbend Behavioral Health",
                           "clinic_phone": "541-555-0100"})
    add_user(admin, "carla", Role.CASE_MANAGER)
    carla = signed_in(database, "carla", clock)
    client = carla.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1),
                                              phone="541-555-0199"))
    with Session(database.engine) as session, session.begin():
        facility = Facility(name="Hope House", kind="residential")
        session.add(facility)
        session.flush()
        facility_id = facility.id
    made = carla.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Needs a bed after discharge", date(2026, 3, 10),
        ReferralPriority.URGENT, facility_id=facility_id))
    _, text = text_of(carla.referrals.letter(made.id, invariant=True))
    assert "Dara Sok" in text and "Riverbend Behavioral Health" in text
    assert "Needs a bed after discharge" in text and "Page 1 of 1" in text
    assert "541-555-0199" not in text and WITHHELD.split(":")[0] in text

    with Session(database.engine) as session, session.begin():
        # Complete: an incomplete form never releases anything (see the consent rules).
        session.add(Consent(client_id=client.id, recipient_facility_id=facility_id,
                            signed_on=date(2026, 3, 1), expires_on=date(2026, 9, 1),
                            purpose="Housing referral", discloser="Riverbend Behavioral Health",
                            information_description="Contact details and referral reason",
                            signer_name="Dara Sok", right_to_revoke_explained=True))
    pdf = carla.referrals.letter(made.id, file_name="letter.pdf", invariant=True)
    assert "541-555-0199" in text_of(pdf)[1]
    with Session(database.engine) as session:
        logged = session.execute(select(Disclosure).order_by(Disclosure.id)).scalars().all()
        consent_id = session.execute(select(Consent.id)).scalar_one()
    assert [(d.consent_id, d.recipient_name, d.document_type, d.page_count)
            for d in logged] == [(None, "Hope House", "referral_letter", 1),
                                 (consent_id, "Hope House", "referral_letter", 1)]
    assert logged[1].sha256 == hashlib.sha256(pdf).hexdigest()
    assert logged[1].file_name == "letter.pdf"


def test_a_letter_that_cannot_be_written_is_not_logged(database: Database,
                                                       tmp_path: Path) -> None:
    clock = SteppingClock(datetime(2026, 3, 3, 12, 0, tzinfo=UTC))
    admin = admin_services(database, clock)
    client = admin.clients.create(ClientInput("Dara", "Sok"))
    with Session(database.engine) as session, session.begin():
        facility = Facility(name="Hope House", kind="residential")
        session.add(facility)
        session.flush()
        facility_id = facility.id
    made = admin.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Needs a bed", date(2026, 3, 10), facility_id=facility_id))
    with pytest.raises(FileNotFoundError):
        admin.referrals.save_letter(made.id, tmp_path / "no such folder" / "letter.pdf")
    with Session(database.engine) as session:
        assert session.execute(select(Disclosure)).scalars().all() == []
    saved = admin.referrals.save_letter(made.id, tmp_path / "letter.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    with Session(database.engine) as session:
        assert len(session.execute(select(Disclosure)).scalars().all()) == 1
