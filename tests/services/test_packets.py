"""Transfer and discharge summaries built from a client recorded through the services: their
contents, the consent gate, and the disclosure log."""

from __future__ import annotations

import hashlib
import io
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_record import (
    AppointmentKind,
    DoseUnit,
    MedicationFrequency,
    MedicationRoute,
    MedicationStatus,
)
from coordinator.domain.consent import REDISCLOSURE_NOTICE, Recipient, RevocationMethod, Signer
from coordinator.domain.errors import ConsentRequired, NotFound, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import ReferralCategory, ReferralStatus
from coordinator.services.allergies import AllergyInput
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.care import EpisodeInput, TransitionCompletion, TransitionPlan
from coordinator.services.consent_views import ConsentInput
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.medications import MedicationInput
from coordinator.services.packets import PacketRequest
from coordinator.services.referral_views import ReferralInput
from coordinator.services.team import CareTeamInput
from coordinator.store.engine import Database
from coordinator.store.models import (
    AuditEvent,
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
    # The clinical record, entered as a case manager enters it.
    maria.diagnoses.add(client.id, DiagnosisInput("F33.2", is_primary=True))
    maria.diagnoses.add(client.id, DiagnosisInput("F10.20", substance_use=True))
    wrong = maria.diagnoses.add(client.id, DiagnosisInput("F41.1"))
    maria.diagnoses.mark_entered_in_error(wrong.id, wrong.version, "Wrong chart")
    maria.medications.add(client.id, MedicationInput(
        "Sertraline", "100", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.ONCE_DAILY))
    maria.medications.add(client.id, MedicationInput(
        "Lorazepam", "0.5", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.AS_NEEDED, start_date=MARCH_1, end_date=MARCH_12,
        status=MedicationStatus.STOPPED))
    maria.allergies.add(client.id, AllergyInput("Penicillin", "Hives"))
    maria.appointments.add(client.id, AppointmentInput(
        AppointmentKind.THERAPY, date(2026, 4, 9), time(14, 30), with_whom="Rosa Díaz",
        location="Harbor IOP", purpose="First therapy session"))
    return {"client": client.id, "mercy": mercy, "harbor": harbor}


def consent_to(facility_id: int, *, part2: bool = True, **changes: object) -> ConsentInput:
    values: dict[str, object] = dict(
        recipient=Recipient(facility_id=facility_id),
        purpose="Continuity of care at transfer",
        information_description="Diagnoses, medications, levels of care, SUD treatment dates",
        includes_part2=part2, signed_by=Signer.CLIENT, signer_name="Lan Nguyễn",
        signed_on=date(2026, 3, 25), expires_on=date(2026, 9, 25),
        right_to_revoke_explained=True, discloser="Riverside Behavioral Health",
        revocation_method=RevocationMethod.IN_WRITING,
        revocation_contact="Privacy Officer, Riverside Behavioral Health")
    values.update(changes)
    return ConsentInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def out_folder(tmp_path: Path) -> Path:
    """Where packets are saved: a folder of their own, apart from the database file."""
    folder = tmp_path / "packets"
    folder.mkdir()
    return folder


def disclosures(database: Database) -> list[Disclosure]:
    with Session(database.engine) as session:
        return list(session.execute(select(Disclosure).order_by(Disclosure.id)).scalars())


def test_a_transfer_summary_carries_the_record_the_receiving_hospital_and_the_consent(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = recorded_client(database, admin, maria)
    consent = maria.consents.record(ids["client"], consent_to(ids["mercy"]))

    prepared = maria.packets.prepare(PacketRequest.transfer(
        ids["client"], ids["mercy"], "Relapse risk rising; needs 24-hour care."),
        invariant=True)

    pages = pages_of(prepared.pdf)
    text = "\n".join(pages)
    assert prepared.pages == len(pages) and prepared.part2
    assert prepared.consent_id == consent.id and prepared.recipient_name == "Mercy Hospital"
    for number, page in enumerate(pages, start=1):
        assert "Lan Nguyễn · DOB 1979-07-09 · Record no. MRN-" in page
        assert f"Page {number} of {len(pages)}" in page
        # The alcohol-use diagnosis is Part 2 information: the notice is on every page.
        assert REDISCLOSURE_NOTICE in page
    flowing = " ".join(text.split())
    assert (f"release of information no. {consent.id}, signed 2026-03-25 by Lan Nguyễn "
            "(client); expires 2026-09-25" in flowing)
    for expected in ("Transfer summary", "Mercy Hospital", "1 Mercy Way, Eugene OR 97401",
                     "541-555-0170", "541-555-0171", "Ana Ruiz",
                     "Relapse risk rising; needs 24-hour care.", "Inpatient (INP)",
                     "Intensive Outpatient", "Stepped down to IOP", "F33.2", "F10.20",
                     "Sertraline", "100 mg", "By mouth", "Once daily", "Penicillin",
                     "Dr. Ken Ito", "541-555-0151", "Housing",
                     "Lost her apartment", "Accepted", "Rosa Díaz", "First therapy session",
                     "Case manager: Maria", "Step-down"):
        assert expected in text, expected
    for left_out in ("Wrong chart", "Lorazepam"):
        assert left_out not in text, left_out
    # The last page is the consent's summary: every element the recipient should see.
    last = pages[-1]
    for expected in ("Consent to release information: summary", "Continuity of care at "
                     "transfer", "SUD treatment dates", "Included", "2026-03-25",
                     "may revoke this consent"):
        assert expected in last, expected
    # A preview is not a disclosure.
    assert disclosures(database) == []


def test_a_transfer_without_a_covering_consent_is_refused_and_leaves_nothing(
        database: Database, admin: AppServices, maria: AppServices, out_folder: Path) -> None:
    ids = recorded_client(database, admin, maria)
    # A consent for another facility, and one for Mercy without Part 2 information: neither
    # lets an alcohol-use diagnosis go to Mercy.
    maria.consents.record(ids["client"], consent_to(ids["harbor"]))
    maria.consents.record(ids["client"], consent_to(ids["mercy"], part2=False))
    out = out_folder / "transfer.pdf"

    with pytest.raises(ConsentRequired, match=r"substance-use treatment information.*"
                                              r"Mercy Hospital"):
        maria.packets.save(PacketRequest.transfer(ids["client"], ids["mercy"]), out)

    assert list(out_folder.iterdir()) == []
    assert disclosures(database) == []


def test_a_saved_transfer_logs_one_disclosure_with_the_files_sha256(
        database: Database, admin: AppServices, maria: AppServices, out_folder: Path) -> None:
    ids = recorded_client(database, admin, maria)
    consent = maria.consents.record(ids["client"], consent_to(ids["mercy"]))
    out = out_folder / "Lan transfer.pdf"

    saved = maria.packets.save(PacketRequest.transfer(ids["client"], ids["mercy"]), out)

    written = out.read_bytes()
    assert [path.name for path in out_folder.iterdir()] == ["Lan transfer.pdf"]
    [row] = disclosures(database)
    assert row.sha256 == hashlib.sha256(written).hexdigest() == saved.disclosure.sha256
    assert (row.client_id, row.consent_id, row.recipient_facility_id, row.recipient_name,
            row.document_type, row.action, row.file_name) == (
        ids["client"], consent.id, ids["mercy"], "Mercy Hospital", "transfer_summary",
        "saved", "Lan transfer.pdf")
    assert row.page_count == len(pages_of(written)) >= 3
    [listed] = maria.packets.disclosures_of(ids["client"])
    assert (listed.id, listed.disclosed_by, listed.page_count) == (
        row.id, "Maria", row.page_count)
    with Session(database.engine) as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.action == "export")
                                .order_by(AuditEvent.id.desc())).scalars().first()
    assert event is not None and f"disclosure {row.id}" in event.detail


def test_a_consent_revoked_after_the_preview_stops_the_save(
        database: Database, admin: AppServices, maria: AppServices, out_folder: Path) -> None:
    ids = recorded_client(database, admin, maria)
    consent = maria.consents.record(ids["client"], consent_to(ids["mercy"]))
    preview = maria.packets.prepare(PacketRequest.transfer(ids["client"], ids["mercy"]))
    maria.consents.revoke(consent.id, consent.version, date(2026, 4, 1))

    with pytest.raises(ConsentRequired, match="no longer active"):
        maria.packets.save(preview, out_folder / "transfer.pdf")
    with pytest.raises(ConsentRequired):
        maria.packets.record_printed(preview)

    assert list(out_folder.iterdir()) == [] and disclosures(database) == []


def test_a_consent_expiring_today_still_covers_todays_packet(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = recorded_client(database, admin, maria)
    maria.consents.record(ids["client"], consent_to(ids["mercy"], expires_on=date(2026, 4, 1)))

    preview = maria.packets.prepare(PacketRequest.transfer(ids["client"], ids["mercy"]))
    printed = maria.packets.record_printed(preview)

    assert (printed.action, printed.sha256, printed.page_count) == (
        "printed", preview.sha256, preview.pages)


def test_a_packet_without_part2_information_needs_a_consent_only_when_the_clinic_says_so(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    mercy = admin.facilities.create(FacilityInput("Mercy Hospital", "hospital", ("INP",))).id
    client = maria.clients.create(ClientInput("José", "Peña", date(1990, 5, 6)))

    preview = maria.packets.prepare(PacketRequest.transfer(client.id, mercy), invariant=True)
    assert not preview.part2 and preview.consent_id is None
    assert all(REDISCLOSURE_NOTICE not in page for page in pages_of(preview.pdf))

    admin.settings.update({"require_consent_all_disclosures": True})
    with pytest.raises(ConsentRequired, match="requires a consent for every disclosure"):
        maria.packets.prepare(PacketRequest.transfer(client.id, mercy))


def test_a_clients_own_discharge_copy_needs_no_consent_but_carries_the_notice(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = recorded_client(database, admin, maria)

    # Lan is in IOP still: the summary is made ahead of her discharge, once confirmed.
    preview = maria.packets.prepare(PacketRequest.discharge(
        ids["client"], reason="Moving to Portland", active_ok=True), invariant=True)

    pages = pages_of(preview.pdf)
    assert preview.part2 and preview.recipient_name == ""
    logged = maria.packets.record_printed(preview)
    assert logged.own_copy and logged.recipient_name == ""
    assert all(REDISCLOSURE_NOTICE in page for page in pages)
    text = "\n".join(pages)
    assert "Discharge summary" in text and "Receiving facility" not in text
    assert text.split("Reason for discharge", 1)[1].lstrip().startswith("Moving to Portland")
    # Sent to a facility, the same summary goes through the gate.
    with pytest.raises(ConsentRequired):
        maria.packets.prepare(PacketRequest.discharge(ids["client"], ids["harbor"],
                                                      active_ok=True))


def test_a_client_with_nothing_recorded_gets_none_recorded_sections(
        admin: AppServices, maria: AppServices) -> None:
    client = maria.clients.create(ClientInput("José", "Peña", date(1990, 5, 6)))

    preview = maria.packets.prepare(PacketRequest.discharge(client.id), invariant=True)

    text = "\n".join(pages_of(preview.pdf))
    assert text.split("Medications", 1)[1].lstrip().startswith("None recorded")
    assert text.split("Levels of care", 1)[1].lstrip().startswith("None recorded")
    # Nobody asked about allergies: the receiving clinician is told to, not "none".
    assert text.split("Allergies", 1)[1].lstrip().startswith(
        "Not asked: no allergy history was taken.")


def test_no_known_allergies_is_printed_as_an_answer(maria: AppServices) -> None:
    client = maria.clients.create(ClientInput("José", "Peña", date(1990, 5, 6)))
    maria.allergies.record_no_known_allergies(client.id, date(2026, 3, 30))

    preview = maria.packets.prepare(PacketRequest.discharge(client.id), invariant=True)

    text = "\n".join(pages_of(preview.pdf))
    assert text.split("Allergies", 1)[1].lstrip().startswith("No known allergies.")


def test_a_missing_folder_or_a_folder_as_the_file_is_a_clear_sentence_and_no_disclosure(
        database: Database, admin: AppServices, maria: AppServices, out_folder: Path) -> None:
    client = maria.clients.create(ClientInput("José", "Peña", date(1990, 5, 6)))

    with pytest.raises(ValidationError, match=r"Could not save discharge\.pdf in .*missing"):
        maria.packets.save(PacketRequest.discharge(client.id),
                           out_folder / "missing" / "discharge.pdf")

    assert disclosures(database) == []
    with pytest.raises(ValidationError, match="is a folder; choose a file name"):
        maria.packets.save(PacketRequest.discharge(client.id), out_folder)
    assert disclosures(database) == [] and list(out_folder.iterdir()) == []


def test_a_batch_saves_each_packet_it_may_and_names_the_ones_it_may_not(
        database: Database, admin: AppServices, maria: AppServices, out_folder: Path) -> None:
    ids = recorded_client(database, admin, maria)  # Part 2 information, no consent
    jose = maria.clients.create(ClientInput("José", "Peña", date(1990, 5, 6)))
    ana = maria.clients.create(ClientInput("Ana", "Ruiz", date(1985, 1, 2)))
    seen: list[tuple[int, int]] = []

    result = maria.packets.save_batch(
        [PacketRequest.transfer(client, ids["harbor"]) for client in
         (jose.id, ids["client"], ana.id)], out_folder,
        progress=lambda done, total: seen.append((done, total)))

    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert sorted(path.name for path in out_folder.iterdir()) == [
        f"Transfer summary - Ana Ruiz - {ana.record_number}.pdf",
        f"Transfer summary - José Peña - {jose.record_number}.pdf"]
    [refused] = result.refused
    assert refused.client_name == "Lan Nguyễn" and "substance-use" in refused.reason
    assert result.sentence() == "Saved 2 packets; 1 could not be made."
    assert [row.client_id for row in disclosures(database)] == [jose.id, ana.id]


def test_a_batch_renders_in_worker_processes_and_stops_when_cancelled(
        database: Database, admin: AppServices, maria: AppServices, out_folder: Path) -> None:
    harbor = admin.facilities.create(FacilityInput("Harbor IOP", "php_iop", ("IOP",))).id
    clients = [maria.clients.create(ClientInput(name, "Sok", date(1990, 1, 1))).id
               for name in ("Dara", "Lina", "Vuthy", "Sophea")]
    done: list[int] = []

    result = maria.packets.save_batch(
        [PacketRequest.transfer(client, harbor) for client in clients], out_folder,
        workers=2, progress=lambda count, _total: done.append(count),
        cancelled=lambda: len(done) >= 2)

    assert result.cancelled and len(result.saved) == len(done) >= 2
    for saved in result.saved:
        assert saved.path.read_bytes().startswith(b"%PDF")
        assert hashlib.sha256(saved.path.read_bytes()).hexdigest() == saved.disclosure.sha256
    assert len(disclosures(database)) == len(result.saved)
    assert len(list(out_folder.iterdir())) == len(result.saved)


def test_packets_need_the_export_permission_and_a_real_client_and_facility(
        database: Database, admin: AppServices, maria: AppServices) -> None:
    ids = recorded_client(database, admin, maria)
    reader = signed_in(database, "reader", SteppingClock(NOON_APRIL_1))
    with pytest.raises(PermissionDenied):
        reader.packets.prepare(PacketRequest.transfer(ids["client"], ids["mercy"]))
    with pytest.raises(NotFound):
        maria.packets.prepare(PacketRequest.discharge(999_999))
    with pytest.raises(NotFound):
        maria.packets.prepare(PacketRequest.transfer(ids["client"], 999_999))
