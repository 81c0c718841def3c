"""Client documents in the client's language: a Spanish-speaking client's own discharge
summary and referral letter print in Spanish (with the 42 CFR 2.32 notice in English and
its Spanish translation), while what goes to a facility stays in the clinic's English; an
English-speaking client, or one whose language has no catalog, gets English. Made through
the services on a real database and read back from the PDFs."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
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
)
from coordinator.domain.consent import REDISCLOSURE_NOTICE, Recipient, RevocationMethod, Signer
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import DocumentType, Instrument, ReferralCategory
from coordinator.reports.document_language import ENGLISH, SPANISH, document_text
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.care import EpisodeInput, TransitionCompletion, TransitionPlan
from coordinator.services.consent_views import ConsentInput
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.medications import MedicationInput
from coordinator.services.packets import PacketRequest
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Disclosure
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in
from tests.services.hsds_rows import VIVIENDA, add_directory

NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
TRANSLATION = ("Traducción al español: La parte 2 del título 42 del CFR prohíbe la "
               "divulgación no autorizada de estos expedientes.")


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text with its line breaks and runs of spaces made single spaces."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


@dataclass
class Clinic:
    database: Database
    admin: AppServices
    carla: AppServices
    mercy: int
    harbor: int


@pytest.fixture
def clinic(database: Database) -> Clinic:
    """Case manager Carla on 1 April 2026 at Riverbend Behavioral Health; Mercy Hospital
    (inpatient) and Harbor IOP."""
    clock = SteppingClock(NOON_APRIL_1)
    admin = admin_services(database, clock)
    admin.settings.update({"clinic_name": "Riverbend Behavioral Health",
                           "clinic_address": "120 Main St\nSpringfield, OR 97477",
                           "clinic_phone": "541-555-0100"})
    add_user(admin, "carla", Role.CASE_MANAGER)
    mercy = admin.facilities.create(FacilityInput("Mercy Hospital", "hospital", ("INP",))).id
    harbor = admin.facilities.create(FacilityInput(
        "Harbor IOP", "php_iop", ("IOP",), "8 Harbor Way", "", "Springfield", "OR", "97477",
        "541-555-0160")).id
    return Clinic(database, admin, signed_in(database, "carla", clock), mercy, harbor)


def discharged_client(clinic: Clinic, language: str) -> int:
    """María Núñez: eleven days inpatient at Mercy (1 to 12 March), an alcohol-use
    diagnosis (Part 2 information) and depression, sertraline once a day."""
    carla = clinic.carla
    client = carla.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14),
                                              preferred_language=language))
    stay = carla.episodes.add(client.id, EpisodeInput("INP", date(2026, 3, 1), clinic.mercy))
    carla.episodes.discharge(stay.id, stay.version, date(2026, 3, 12), "Alta a su casa")
    carla.diagnoses.add(client.id, DiagnosisInput("F33.2", is_primary=True))
    carla.diagnoses.add(client.id, DiagnosisInput("F10.20", substance_use=True))
    carla.medications.add(client.id, MedicationInput(
        "Sertraline", "100", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.ONCE_DAILY))
    carla.assessments.record(client.id, AssessmentInput(
        Instrument.PHQ9, date(2026, 3, 10), (1, 1, 1, 1, 2, 2, 1, 1, 1)))
    return client.id


def part2_consent_for(clinic: Clinic, client_id: int) -> None:
    clinic.carla.consents.record(client_id, ConsentInput(
        Recipient(facility_id=clinic.harbor), "Continuity of care at transfer",
        "Diagnoses, medications, levels of care, SUD treatment dates", True, Signer.CLIENT,
        "María Núñez", date(2026, 3, 25), date(2026, 9, 25), right_to_revoke_explained=True,
        discloser="Riverbend Behavioral Health",
        revocation_method=RevocationMethod.IN_WRITING,
        revocation_contact="Privacy Officer, Riverbend Behavioral Health"))


def test_a_spanish_speaking_clients_own_discharge_summary_is_in_spanish(
        clinic: Clinic) -> None:
    client_id = discharged_client(clinic, "Español")

    prepared = clinic.carla.packets.prepare(PacketRequest.discharge(client_id), invariant=True)

    pages = pages_of(prepared.pdf)
    text = " ".join(pages)
    for heading in ("Resumen de alta", "Estancia", "Motivo del alta", "Niveles de atención",
                    "Diagnósticos", "Medicamentos", "Alergias", "Plan de seguridad",
                    "Directivas anticipadas", "Uso de sustancias", "Equipo de atención",
                    "Siguiente nivel de atención y seguimiento", "Consentimiento", "Firmas"):
        assert heading in text, heading
    # Dates in words, the level and the statuses in Spanish from their codes.
    assert "1 de marzo de 2026" in text and "12 de marzo de 2026" in text
    assert "Hospitalización (INP)" in text and "completado" in text
    assert "Por la boca" in text and "Una vez al día" in text
    # The PHQ-9 of 10 March: its band, flag, item 9 and its chart in Spanish.
    assert "Moderada" in text and "11 el 2026-03-10" in text
    assert "PHQ-9: puntaje total (0–27)" in text
    assert "Pensamientos de muerte o de hacerse daño (pregunta 9)" in text
    assert "PHQ-9, pregunta 9 (pensamientos de muerte o de hacerse daño)" in text
    assert "1 (varios días)" in text
    assert "Administrador de casos: Carla" in text
    # What staff entered prints as entered.
    assert "Sertraline" in text and "Alta a su casa" in text
    assert "Discharge summary" not in text and "Levels of care" not in text
    for number, page in enumerate(pages, start=1):
        assert "Riverbend Behavioral Health" in page and "Tel. 541-555-0100" in page
        assert "María Núñez · Fecha de nac. 14 de mayo de 1988" in page
        assert f"Página {number} de {len(pages)}" in page
        assert REDISCLOSURE_NOTICE in page and TRANSLATION in page
    assert PdfReader(io.BytesIO(prepared.pdf)).trailer["/Root"]["/Lang"] == "es-US"


def test_the_same_clients_packets_to_a_facility_are_in_english(clinic: Clinic) -> None:
    client_id = discharged_client(clinic, "Spanish")
    part2_consent_for(clinic, client_id)

    transfer = clinic.carla.packets.prepare(
        PacketRequest.transfer(client_id, clinic.harbor), invariant=True)
    sent = clinic.carla.packets.prepare(
        PacketRequest.discharge(client_id, clinic.harbor), invariant=True)

    for prepared, title in ((transfer, "Transfer summary"), (sent, "Discharge summary")):
        text = " ".join(pages_of(prepared.pdf))
        assert title in text and "Levels of care" in text and "Inpatient (INP)" in text
        assert "2026-03-01" in text and "Case manager: Carla" in text
        assert "Moderate" in text and "11 on 2026-03-10" in text and "1 (several days)" in text
        assert REDISCLOSURE_NOTICE in text
        assert "Traducción" not in text and "Niveles de atención" not in text
        assert "Página" not in text


@pytest.mark.parametrize("language", ["English", "Tagalog", ""])
def test_a_client_whose_language_has_no_catalog_gets_an_english_own_copy(
        clinic: Clinic, language: str) -> None:
    client_id = discharged_client(clinic, language)

    prepared = clinic.carla.packets.prepare(PacketRequest.discharge(client_id), invariant=True)

    pages = pages_of(prepared.pdf)
    text = " ".join(pages)
    assert "Discharge summary" in text and "Levels of care" in text
    assert "Inpatient (INP)" in text and "2026-03-12" in text
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert REDISCLOSURE_NOTICE in pages[0] and "Traducción" not in text


def refer_to_housing(clinic: Clinic, client_id: int) -> int:
    return clinic.carla.referrals.create(client_id, ReferralInput(
        ReferralCategory.HOUSING, "Perdió su apartamento durante la hospitalización",
        date(2026, 4, 8), service_id=VIVIENDA)).id


def test_the_clients_referral_letter_is_in_spanish_and_logged_as_their_own_copy(
        clinic: Clinic, tmp_path: Path) -> None:
    add_directory(clinic.database)
    client_id = discharged_client(clinic, "español")
    referral = refer_to_housing(clinic, client_id)

    path = clinic.carla.referrals.save_letter(referral, tmp_path / "carta.pdf",
                                              for_client=True)

    pdf = path.read_bytes()
    (page,) = pages_of(pdf)
    assert "Su referido" in page and "Carta de referido" in page
    assert "Estimado/a María Núñez:" in page
    assert "para recibir servicios de vivienda" in page
    assert "Organización Hogar Seguro" in page
    assert "Servicio Vivienda rápida para familias" in page
    assert "100 Levee Road, Riverbend, CA 95901" in page and "(530) 555-0101" in page
    assert "lun–vie 9:00–17:00" in page and "sáb 10:00–14:00" in page
    assert "Perdió su apartamento durante la hospitalización" in page
    assert "llame al programa a más tardar el 8 de abril de 2026" in page
    assert "Administrador de casos Carla" in page
    assert "Teléfono de la clínica 541-555-0100" in page
    assert "Riverbend Behavioral Health" in page and "Página 1 de 1" in page
    assert REDISCLOSURE_NOTICE not in page  # housing: no Part 2 information
    with Session(clinic.database.engine) as session:
        (disclosure,) = session.execute(select(Disclosure)).scalars()
        detail = session.execute(select(AuditEvent.detail).where(
            AuditEvent.action == "export")).scalar_one()
    assert (disclosure.document_type, disclosure.recipient_name, disclosure.consent_id,
            disclosure.recipient_facility_id, disclosure.file_name, disclosure.page_count) == (
        "client_referral_letter", "", None, None, "carta.pdf", 1)
    assert disclosure.sha256 == hashlib.sha256(pdf).hexdigest()
    assert detail == f"referral letter to the client (own copy, disclosure {disclosure.id})"
    (view,) = clinic.carla.packets.disclosures_of(client_id)
    assert view.document is DocumentType.CLIENT_REFERRAL_LETTER and view.own_copy


def test_an_english_speaking_clients_letter_is_in_english(clinic: Clinic) -> None:
    add_directory(clinic.database)
    client_id = discharged_client(clinic, "English")
    referral = refer_to_housing(clinic, client_id)

    (page,) = pages_of(clinic.carla.referrals.client_letter(referral))

    assert "Your referral" in page and "Dear María Núñez," in page
    assert "for housing services" in page and "Mon–Fri 9:00–17:00" in page
    assert "Please call the program by 2026-04-08 to ask for your first appointment." in page
    assert "Case manager Carla" in page and "Page 1 of 1" in page
    assert "Su referido" not in page


def test_a_substance_use_letter_to_the_client_needs_no_consent_and_names_the_appointment(
        clinic: Clinic) -> None:
    client_id = discharged_client(clinic, "Spanish")
    referral = clinic.carla.referrals.create(client_id, ReferralInput(
        ReferralCategory.SUBSTANCE_USE, "Tratamiento intensivo después de la hospitalización",
        date(2026, 4, 8), facility_id=clinic.harbor)).id
    clinic.carla.appointments.add(client_id, AppointmentInput(
        AppointmentKind.INTAKE, date(2026, 4, 6), time(10, 0), facility_id=clinic.harbor,
        level_code="IOP", focus="substance_use"))

    (page,) = pages_of(clinic.carla.referrals.client_letter(referral))

    assert "Organización Harbor IOP" in page and "8 Harbor Way" in page
    assert "Usted tiene una cita el 6 de abril de 2026, 10:00." in page
    assert "tratamiento por uso de sustancias" in page
    assert REDISCLOSURE_NOTICE in page and TRANSLATION in page


def test_a_step_down_the_app_recorded_prints_in_spanish_and_stays_english_on_file(
        clinic: Clinic) -> None:
    carla = clinic.carla
    client_id = carla.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14),
                                                 preferred_language="Spanish")).id
    stay = carla.episodes.add(client_id, EpisodeInput("INP", date(2026, 3, 1), clinic.mercy))
    plan = carla.transitions.plan(client_id, stay.id, TransitionPlan(
        "IOP", date(2026, 3, 13), "Stable; evening IOP.",
        ("clinically_stable", "completing_24h_care"), clinic.harbor))
    carla.transitions.complete(plan.id, plan.version, TransitionCompletion(
        date(2026, 3, 13), discharged_on=date(2026, 3, 12)))
    assert carla.episodes.get(stay.id).discharge_disposition == (
        "Stepped down to Intensive Outpatient")

    prepared = carla.packets.prepare(PacketRequest.discharge(client_id, active_ok=True),
                                     invariant=True)

    text = " ".join(pages_of(prepared.pdf))
    assert "Pasó a un nivel menor: Programa intensivo ambulatorio" in text
    assert "Stepped down" not in text


def test_only_the_dispositions_the_app_wrote_are_put_in_spanish() -> None:
    spanish, english = document_text(SPANISH), document_text(ENGLISH)

    assert spanish.disposition("Stepped up to Inpatient") == (
        "Pasó a un nivel mayor: Hospitalización")
    assert spanish.disposition("Transferred to Residential") == (
        "Traslado a Tratamiento residencial")
    assert spanish.disposition("Discharged from care") == "Dado de alta de la atención"
    # A level an administrator renamed keeps its name; what staff typed prints as typed.
    assert spanish.disposition("Stepped down to Evening Recovery Program") == (
        "Pasó a un nivel menor: Evening Recovery Program")
    assert spanish.disposition("Alta a su casa") == "Alta a su casa"
    assert spanish.disposition("Stepped down to IOP per team") == (
        "Pasó a un nivel menor: IOP per team")
    assert english.disposition("Stepped down to Intensive Outpatient") == (
        "Stepped down to Intensive Outpatient")


def test_a_spanish_clients_own_summary_names_her_language_and_identity_in_spanish(
        clinic: Clinic) -> None:
    carla = clinic.carla
    client_id = carla.clients.create(ClientInput(
        "Rosa", "Díaz", date(1990, 6, 1), sex_at_birth="female", gender_identity="Woman",
        preferred_language="Spanish", interpreter_needed=True)).id
    stay = carla.episodes.add(client_id, EpisodeInput("INP", date(2026, 3, 1), clinic.mercy))
    carla.episodes.discharge(stay.id, stay.version, date(2026, 3, 12), "Alta a su casa")

    prepared = carla.packets.prepare(PacketRequest.discharge(client_id), invariant=True)

    text = " ".join(pages_of(prepared.pdf))
    assert "Idioma Español (necesita intérprete)" in text
    assert "Sexo al nacer Femenino" in text and "Identidad de género Mujer" in text
    assert "Spanish" not in text and "female" not in text
    # On file, the words stay as the form stored them.
    assert carla.clients.get(client_id).details.preferred_language == "Spanish"
