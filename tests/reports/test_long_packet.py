"""A long record makes a correct packet: a client with a Khmer name,
40 stays, 60 assessments and 5,000-character texts, recorded through the services, gives a
transfer summary whose every page identifies her, whose tables repeat their headers where
they split, and whose Khmer and Spanish names are set in fonts that have their letters."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from sqlalchemy.orm import Session

from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import CareFocus
from coordinator.reports.fonts import FONTS, family_for
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.packets import PacketRequest
from coordinator.store.engine import Database
from coordinator.store.models import Assessment, Episode
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

KHMER_GIVEN, KHMER_FAMILY = "ស្រីពេជ្រ", "សុខ"
NOON = datetime(2026, 10, 1, 12, 0, tzinfo=UTC)
LEVELS = ("INP", "PHP", "IOP", "OP")


def long_text(topic: str, length: int = 5000) -> str:
    """``length`` characters of varied sentences, with blank-line paragraphs."""
    sentences = [f"{topic} note {n}: reviewed coping plan, sleep, cravings and supports; "
                 f"follow up with the peer specialist on day {n % 28 + 1}." for n in range(200)]
    text, n = "", 0
    while len(text) < length:
        text += sentences[n] + ("\n\n" if n % 6 == 5 else " ")
        n += 1
    return text[:length]


@pytest.fixture
def admin(database: Database) -> AppServices:
    services = admin_services(database, SteppingClock(NOON))
    add_user(services, "carla", Role.CASE_MANAGER)
    return services


@pytest.fixture
def services(database: Database, admin: AppServices) -> AppServices:
    return signed_in(database, "carla", SteppingClock(NOON))


def record_long_client(database: Database, admin: AppServices,
                       services: AppServices) -> tuple[int, int, str]:
    facility = admin.facilities.create(FacilityInput("Clínica San José", "hospital",
                                                     ("INP", "PHP", "IOP", "OP"))).id
    client = services.clients.create(ClientInput(
        KHMER_GIVEN, KHMER_FAMILY, date(1984, 4, 14), preferred_name="Srey",
        preferred_language="Khmer", safety_note=long_text("Safety")))
    start = date(2022, 1, 3)
    with Session(database.engine) as session, session.begin():
        for n in range(40):
            level = LEVELS[n % 4]
            session.add(Episode(
                client_id=client.id, level_code=level, facility_id=facility,
                focus=CareFocus.MENTAL_HEALTH.value, start_date=start,
                end_date=start + timedelta(days=12), status="completed",
                discharge_disposition=f"Stay {n + 1} ended as planned",
                aftercare_plan=long_text("Aftercare") if n == 39 else ""))
            start += timedelta(days=20)
        for n in range(60):
            total = (n * 7) % 28
            session.add(Assessment(
                client_id=client.id, instrument="PHQ-9", total=total,
                administered_on=date(2022, 1, 10) + timedelta(days=14 * n),
                band="moderate" if total >= 10 else "mild", flags=[]))
    services.episodes.add(client.id, EpisodeInput(
        "IOP", date(2026, 9, 1), facility, aftercare_plan=""))
    return client.id, facility, client.record_number


def fonts_on(page: object) -> set[str]:
    resources = page["/Resources"]  # type: ignore[index]
    fonts = resources.get("/Font", DictionaryObject())
    return {str(font.get_object()["/BaseFont"]) for font in fonts.values()}


def test_a_long_record_with_a_khmer_name_makes_a_correct_multi_page_packet(
        database: Database, admin: AppServices, services: AppServices) -> None:
    client, facility, record_number = record_long_client(database, admin, services)

    prepared = services.packets.prepare(
        PacketRequest.transfer(client, facility, long_text("Reason")), invariant=True)

    reader = PdfReader(io.BytesIO(prepared.pdf))
    pages = [page.extract_text() for page in reader.pages]
    assert prepared.pages == len(pages) >= 8
    for number, page in enumerate(pages, start=1):
        assert f"Record no. {record_number}" in page and "DOB 1984-04-14" in page
        assert f"Page {number} of {len(pages)}" in page
    # The Khmer name is set in the Khmer font on every page (the header carries it) and
    # the Spanish facility name in DejaVu Sans: both have every letter, so no boxes.
    assert FONTS.unicode
    assert {family_for(letter) for letter in KHMER_GIVEN + KHMER_FAMILY} == {"NotoSansKhmer"}
    for page in reader.pages:
        assert any("NotoSansKhmer" in name for name in fonts_on(page)), fonts_on(page)
        assert any("DejaVuSans" in name for name in fonts_on(page))
    text = "\n".join(pages)
    assert "Clínica San José" in text
    # Nothing of the 5,000-character texts is lost: their last sentences are printed.
    flowing = " ".join(text.split())
    for topic in ("Reason", "Safety", "Aftercare"):
        ending = " ".join(long_text(topic).split())[-60:]
        assert ending in flowing, (topic, flowing[flowing.find(ending[:30]) - 20:][:200])
    # Forty stays and sixty scores: the tables split over pages and repeat their headers.
    assert all(f"Stay {n} ended as planned" in flowing for n in range(1, 41))
    stay_pages = [page for page in pages if "ended as planned" in page]
    assert len(stay_pages) >= 2 and all("Facility or program" in page for page in stay_pages)
    # The scores also come as a trend chart on the PHQ-9's whole range with its bands.
    assert "PHQ-9 total (0–27)" in text and "Moderately severe" in text
    score_pages = [page for page in pages if "moderate" in page or "mild" in page]
    assert len(score_pages) >= 2 and all("Instrument" in page for page in score_pages)
