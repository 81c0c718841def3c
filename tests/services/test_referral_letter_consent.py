"""The referral letter passes the one consent gate: a substance-use referral goes only under a
consent naming the recipient with Part 2 information, and then carries the 42 CFR 2.32
notice on every page and the consent's summary; other letters withhold the client's contact
details without a consent, or are refused when the clinic requires one for every disclosure.
Read back from the PDFs, on both engines."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.consent import REDISCLOSURE_NOTICE, Recipient, Signer
from coordinator.domain.errors import ConsentRequired, ValidationError
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory, ReferralPriority
from coordinator.services.app import AppServices
from coordinator.services.consent_views import ConsentInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.referral_letter_data import WITHHELD
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Disclosure, HsdsService
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in
from tests.services.hsds_rows import SHELTER, add_directory

NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
TODAY = date(2026, 4, 1)
HEADER = "Dara Sok · DOB 1988-02-01 · Record no. "
PHONE, EMAIL = "541-555-0199", "dara.sok@example.org"
ADDRESS = "4 Elm St, Apt 2, Springfield, OR 97477"


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text with its line breaks and runs of spaces made single spaces."""
    return [" ".join(page.extract_text().split())
            for page in PdfReader(io.BytesIO(pdf)).pages]


@dataclass
class Clinic:
    admin: AppServices
    carla: AppServices
    client_id: int
    record_number: str
    hope: int


@pytest.fixture
def clinic(database: Database) -> Clinic:
    """Case manager Carla on 1 April 2026; Dara Sok with a phone, e-mail and address on
    file; Hope House, a partner facility."""
    clock = SteppingClock(NOON_APRIL_1)
    admin = admin_services(database, clock)
    admin.settings.update({"clinic_name": "Riverbend Behavioral Health",
                           "clinic_phone": "541-555-0100"})
    add_user(admin, "carla", Role.CASE_MANAGER)
    carla = signed_in(database, "carla", clock)
    client = carla.clients.create(ClientInput(
        "Dara", "Sok", date(1988, 2, 1), phone=PHONE, email=EMAIL, address_line1="4 Elm St",
        address_line2="Apt 2", city="Springfield", state="OR", postal_code="97477"))
    hope = admin.facilities.create(FacilityInput("Hope House", "residential", ("RES",))).id
    return Clinic(admin, carla, client.id, client.record_number, hope)


def consent_to(recipient: Recipient, *, part2: bool) -> ConsentInput:
    # Signed before 16 February 2026, so the form is complete under the rules before and
    # after the 2024 rule's compliance date.
    return ConsentInput(
        recipient, "Referral for treatment and housing", "Contact details, referral reason"
        + (", substance-use treatment" if part2 else ""), part2, Signer.CLIENT, "Dara Sok",
        date(2026, 2, 10), date(2026, 8, 10), right_to_revoke_explained=True)


def refer(clinic: Clinic, category: ReferralCategory, *, facility_id: int | None = None,
          service_id: str | None = None, due: date = date(2026, 4, 8)) -> int:
    return clinic.carla.referrals.create(clinic.client_id, ReferralInput(
        category, "Completed withdrawal management; asks for residential treatment", due,
        ReferralPriority.URGENT, service_id=service_id, facility_id=facility_id)).id


def logged(database: Database) -> tuple[list[Disclosure], int]:
    """The disclosure log and how many audit events there are."""
    with Session(database.engine) as session:
        return (list(session.execute(select(Disclosure).order_by(Disclosure.id)).scalars()),
                session.execute(select(func.count(AuditEvent.id))).scalar_one())


def test_a_substance_use_letter_without_a_part2_consent_is_refused_and_leaves_nothing(
        database: Database, clinic: Clinic, tmp_path: Path) -> None:
    referral = refer(clinic, ReferralCategory.SUBSTANCE_USE, facility_id=clinic.hope)
    out = tmp_path / "letters"
    out.mkdir()
    before = logged(database)

    with pytest.raises(ConsentRequired) as refused:
        clinic.carla.referrals.save_letter(referral, out / "letter.pdf")
    assert refused.value.message == (
        "This referral letter for Dara Sok includes substance-use treatment information, "
        "and no active consent on file lets the clinic send it to Hope House. Record Dara "
        "Sok's signed consent naming Hope House (with Part 2 information included) first.")
    assert list(out.iterdir()) == []
    assert logged(database) == before

    # A consent naming Hope House without Part 2 information does not let it go either,
    # and the sentence says which consent falls short.
    plain = clinic.carla.consents.record(
        clinic.client_id, consent_to(Recipient(facility_id=clinic.hope), part2=False))
    before = logged(database)
    with pytest.raises(ConsentRequired, match=f"Consent no. {plain.id} names Hope House but "
                                              "does not include substance-use"):
        clinic.carla.referrals.letter(referral, file_name="letter.pdf")
    assert list(out.iterdir()) == []
    assert logged(database) == before


def test_with_a_part2_consent_every_page_carries_the_notice_and_the_consent_follows(
        database: Database, clinic: Clinic, tmp_path: Path) -> None:
    referral = refer(clinic, ReferralCategory.SUBSTANCE_USE, facility_id=clinic.hope)
    consent = clinic.carla.consents.record(
        clinic.client_id, consent_to(Recipient(facility_id=clinic.hope), part2=True))

    path = clinic.carla.referrals.save_letter(referral, tmp_path / "letter.pdf")

    pdf = path.read_bytes()
    pages = pages_of(pdf)
    assert len(pages) == 2
    for page in pages:
        assert REDISCLOSURE_NOTICE in page
        assert HEADER + clinic.record_number in page
    assert (f"Disclosed under release of information no. {consent.id}, signed 2026-02-10 "
            "by Dara Sok (client)") in pages[0]
    assert PHONE in pages[0] and EMAIL in pages[0] and ADDRESS in pages[0]
    assert "Consent to release information: summary" in pages[1]
    assert "Referral for treatment and housing" in pages[1]
    disclosures, _ = logged(database)
    assert [(d.consent_id, d.recipient_name, d.recipient_facility_id, d.page_count,
             d.file_name) for d in disclosures] == [
        (consent.id, "Hope House", clinic.hope, 2, "letter.pdf")]
    assert disclosures[0].sha256 == hashlib.sha256(pdf).hexdigest()
    with Session(database.engine) as session:
        detail = session.execute(select(AuditEvent.detail).where(
            AuditEvent.action == "export")).scalar_one()
    assert detail == (f"referral letter to Hope House (disclosure {disclosures[0].id}, "
                      f"consent {consent.id})")


def test_a_consent_naming_the_organization_releases_contact_details_to_its_service(
        database: Database, clinic: Clinic) -> None:
    add_directory(database)
    with Session(database.engine) as session:
        organization = session.get(HsdsService, SHELTER).organization_id  # type: ignore[union-attr]
    referral = refer(clinic, ReferralCategory.HOUSING, service_id=SHELTER)

    # No consent: a housing letter still goes, with the contact details withheld in words.
    (page,) = pages_of(clinic.carla.referrals.letter(referral))
    assert WITHHELD in page
    assert PHONE not in page and EMAIL not in page and "Elm St" not in page
    assert "None recorded" not in page
    assert REDISCLOSURE_NOTICE not in page

    consent = clinic.carla.consents.record(
        clinic.client_id, consent_to(Recipient(organization_id=organization), part2=False))
    pages = pages_of(clinic.carla.referrals.letter(referral))
    assert PHONE in pages[0] and EMAIL in pages[0] and ADDRESS in pages[0]
    assert "Withheld" not in pages[0] and "None recorded" not in pages[0]
    assert f"release of information no. {consent.id}" in pages[0]
    assert all(REDISCLOSURE_NOTICE not in page for page in pages)  # not Part 2
    disclosures, _ = logged(database)
    assert [(d.consent_id, d.recipient_name) for d in disclosures] == [
        (None, "Emergency shelter beds, Riverbend Shelter Network"),
        (consent.id, "Emergency shelter beds, Riverbend Shelter Network")]


def test_the_clinic_that_requires_consent_for_all_refuses_a_housing_letter_without_one(
        database: Database, clinic: Clinic, tmp_path: Path) -> None:
    referral = refer(clinic, ReferralCategory.HOUSING, facility_id=clinic.hope)
    clinic.admin.settings.update({"require_consent_all_disclosures": True})
    before = logged(database)

    with pytest.raises(ConsentRequired) as refused:
        clinic.carla.referrals.save_letter(referral, tmp_path / "letter.pdf")
    assert refused.value.message == (
        "The clinic requires a consent for every disclosure, and no active consent on file "
        "lets the clinic send Dara Sok's referral letter to Hope House. Record the signed "
        "consent first.")
    assert not (tmp_path / "letter.pdf").exists()
    assert not list(tmp_path.glob(".*.part"))
    assert logged(database) == before


def test_a_past_follow_up_date_becomes_a_week_from_the_letter(
        database: Database, clinic: Clinic) -> None:
    referral = refer(clinic, ReferralCategory.HOUSING, facility_id=clinic.hope,
                     due=date(2026, 4, 3))
    letter = clinic.carla.referrals.letter(referral)
    assert "We will follow up with you by 2026-04-03." in pages_of(letter)[0]

    later = SteppingClock(datetime(2026, 4, 20, 12, 0, tzinfo=UTC))
    carla = signed_in(database, "carla", later)
    (page,) = pages_of(carla.referrals.letter(referral))
    assert "2026-04-03" not in page
    assert "We will follow up with you by 2026-04-27." in page
    assert HEADER + clinic.record_number in page


def test_a_letter_that_cannot_be_written_is_not_logged(
        database: Database, clinic: Clinic, tmp_path: Path) -> None:
    referral = refer(clinic, ReferralCategory.HOUSING, facility_id=clinic.hope)
    with pytest.raises(ValidationError, match=r"Could not save letter\.pdf in .*no such folder"):
        clinic.carla.referrals.save_letter(referral, tmp_path / "no such folder" / "letter.pdf")
    with pytest.raises(ValidationError, match="is a folder"):
        clinic.carla.referrals.save_letter(referral, tmp_path)
    assert logged(database)[0] == []
    saved = clinic.carla.referrals.save_letter(referral, tmp_path / "letter.pdf")
    assert saved.read_bytes().startswith(b"%PDF")
    assert [d.file_name for d in logged(database)[0]] == ["letter.pdf"]
