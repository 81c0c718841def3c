"""Transfer and discharge summaries built from a client recorded through the services."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.errors import NotFound, PermissionDenied
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory, ReferralStatus
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput, TransitionCompletion, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.referral_views import ReferralInput
from coordinator.services.team import CareTeamInput
from coordinator.store.engine import Database
from coordinator.store.models import (
    Appointment,
    ClientAllergy,
    ClientDiagnosis,
    ClientMedication,
    Disclosure,
)
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
MARCH_1, MARCH_12, MARCH_22 = date(2026, 3, 1), date(2026, 3, 12), date(2026, 3, 22)


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def admin(database: Database) -> AppServices:
    services = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(services, "maria", Role.CASE_MANAGER)
    add_user(services, "reader", Role.READ_ONLY)
    return services


@pytest.fixture
def maria(database: Database, admin: AppServices) -> AppServices:
    return signed_in(database, "maria", SteppingClock(NOON_APRIL_1))


def recorded_client(database: Database, admin: AppServices, maria: AppServices) -> dict[str, int]:
    """Lan: eleven days inpatient at Mercy, stepped down to Harbor IOP, a care team, a
    housing referral, diagnoses (one entered in error), an active and a stopped medication,
    an allergy and a follow-up appointment."""
    mercy = admin.facilities.create(FacilityInput(
        "Mercy Hospital", "hospital", ("INP",), "1 Mercy Way", "", "Eugene", "OR", "97401",
        "541-555-0170", "541-555-0171", "Ana Ruiz", "541-555-0172")).id
    harbor = admin.facilities.create(FacilityInput("Harbor IOP", "php_iop", ("IOP",))).id
    client = maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    stay = maria.episodes.add(client.id, EpisodeInput("INP", MARCH_1, mercy))
    stay = maria.episodes.discharge(stay.id, stay.version, MARCH_12, "Stepped down to IOP")
    plan = maria.transitions.plan(client.id, stay.id, TransitionPlan(
        "IOP", MARCH_22, "Stable; evening IOP.", ("clinically_stable",), harbor))
    maria.transitions.complete(plan.id, plan.version, TransitionCompletion(MARCH_22))
    maria.team.add(client.id, CareTeamInput("Psychiatrist", "Dr. Ken Ito", "Harbor IOP",
                                            "541-555-0150", "541-555-0151"))
    housing = maria.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Lost her apartment during the hospital stay",
        date(2026, 4, 8), facility_id=harbor))
    maria.referrals.change_status(housing.id, housing.version, ReferralStatus.ACCEPTED)
    with Session(database.engine) as session, session.begin():
        session.add_all([
            ClientDiagnosis(client_id=client.id, code="F33.2", is_primary=True,
                            description="Major depressive disorder, recurrent, severe"),
            ClientDiagnosis(client_id=client.id, code="F10.20", substance_use=True,
                            description="Alcohol use disorder, moderate"),
            ClientDiagnosis(client_id=client.id, code="F41.1", entered_in_error=True,
                            description="Wrong chart"),
            ClientMedication(client_id=client.id, name="Sertraline", dose="100 mg"),
            ClientMedication(client_id=client.id, name="Lorazepam", status="stopped"),
            ClientAllergy(client_id=client.id, substance="Penicillin", reaction="Hives"),
            Appointment(client_id=client.id, with_whom="Rosa Díaz", location="Harbor IOP",
                        purpose="First therapy session",
                        starts_at=datetime(2026, 4, 9, 21, 30, tzinfo=UTC)),
        ])
    return {"client": client.id, "mercy": mercy, "harbor": harbor}


def test_a_transfer_summary_carries_the_record_and_the_receiving_hospital(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = recorded_client(database, admin, maria)

    pdf = maria.packets.transfer_summary(ids["client"], ids["mercy"],
                                         reason="Relapse risk rising; needs 24-hour care.",
                                         invariant=True)

    pages = pages_of(pdf)
    text = "\n".join(pages)
    for number, page in enumerate(pages, start=1):
        assert "Lan Nguyễn · DOB 1979-07-09 · Record no. MRN-" in page
        assert f"Page {number} of {len(pages)}" in page
    for expected in ("Transfer summary", "Mercy Hospital", "1 Mercy Way, Eugene OR 97401",
                     "541-555-0170", "541-555-0171", "Ana Ruiz",
                     "Relapse risk rising; needs 24-hour care.", "Inpatient (INP)",
                     "Intensive Outpatient", "Stepped down to IOP", "F33.2", "F10.20",
                     "Sertraline", "Penicillin", "Dr. Ken Ito", "541-555-0151", "Housing",
                     "Lost her apartment", "Accepted", "Rosa Díaz", "First therapy session",
                     "Case manager: Maria", "Step-down"):
        assert expected in text, expected
    for left_out in ("Wrong chart", "Lorazepam"):
        assert left_out not in text, left_out
    # Rendering is not yet a disclosure: the consent gate and log come with the next item.
    with Session(database.engine) as session:
        assert session.execute(select(func.count(Disclosure.id))).scalar_one() == 0


def test_a_discharge_summary_gives_the_last_disposition_and_no_receiving_block(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = recorded_client(database, admin, maria)

    text = "\n".join(pages_of(maria.packets.discharge_summary(ids["client"], invariant=True)))

    assert "Discharge summary" in text and "Receiving facility" not in text
    assert text.split("Reason for discharge", 1)[1].lstrip().startswith("Stepped down to IOP")


def test_a_client_with_nothing_recorded_gets_none_recorded_sections(
        admin: AppServices, maria: AppServices) -> None:
    client = maria.clients.create(ClientInput("José", "Peña", date(1990, 5, 6)))

    text = "\n".join(pages_of(maria.packets.discharge_summary(client.id, invariant=True)))

    assert text.split("Medications", 1)[1].lstrip().startswith("None recorded")
    assert text.split("Levels of care", 1)[1].lstrip().startswith("None recorded")


def test_packets_need_the_export_permission_and_a_real_client_and_facility(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = recorded_client(database, admin, maria)
    reader = signed_in(database, "reader", SteppingClock(NOON_APRIL_1))
    with pytest.raises(PermissionDenied):
        reader.packets.transfer_summary(ids["client"], ids["mercy"])
    with pytest.raises(NotFound):
        maria.packets.discharge_summary(999_999)
    with pytest.raises(NotFound):
        maria.packets.transfer_summary(ids["client"], 999_999)
