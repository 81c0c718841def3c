"""A packet as a FHIR R4 document Bundle: the PDF's record, coded, with the PDF inside.

The bundle is made from the ``Packet`` the PDF prints (read through the same consent gate,
so a packet the gate refuses has no bundle either) and the codes behind its words, read
here: a level of care's code, a referral's FHIR Task status and outcome, an appointment's
start. ``interop.fhir_bundle`` turns the result into JSON; the packet service saves it
and logs the disclosure with the JSON's SHA-256, exactly as it does for a PDF.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.errors import Conflict
from coordinator.domain.referrals import OUTCOME_TITLES
from coordinator.domain.vocabulary import (
    DocumentType,
    EpisodeStatus,
    Instrument,
    ReferralCategory,
    ReferralOutcome,
    ReferralStatus,
)
from coordinator.domain.words import said
from coordinator.interop.fhir_bundle import bundle_json, document_bundle
from coordinator.interop.fhir_document import (
    BCP47,
    LOINC,
    SDOHCC_CODES,
    AllergyFacts,
    AppointmentFacts,
    Coded,
    ConditionFacts,
    ConsentFacts,
    DocumentFacts,
    MedicationFacts,
    OrganizationFacts,
    PatientFacts,
    ReferralFacts,
    ScoreFacts,
    StayFacts,
)
from coordinator.reports.document_language import SPANISH, document_language, document_text
from coordinator.reports.packet_data import Packet
from coordinator.services.appointments import pending_appointment_views
from coordinator.services.care.records import episode_views
from coordinator.services.context import Actor, ServiceContext, load
from coordinator.services.packets.contents import receiving_facility
from coordinator.services.packets.dto import PacketRequest, PreparedBundle, PreparedPacket
from coordinator.services.packets.fhir_sections import packet_sections
from coordinator.services.packets.render import render_packet
from coordinator.services.settings import read_settings
from coordinator.store.models import Client, ClientAllergy, Consent, Facility, Referral

ReadPacket = Callable[[ServiceContext, Actor, PacketRequest], tuple[Packet, str]]
PreparedFrom = Callable[[PacketRequest, Packet, str, bytes, int], PreparedPacket]

TRANSFER_SUMMARY = Coded(LOINC, "18761-7", "Provider-unspecified transfer summary")
DISCHARGE_SUMMARY = Coded(LOINC, "18842-5", "Discharge summary")
# The LOINC codes of the totals FHIR receivers look for.
SCORE_CODES = {
    Instrument.PHQ9.value: Coded(LOINC, "44261-6", "Patient Health Questionnaire 9 item "
                                                   "(PHQ-9) total score [Reported]"),
    Instrument.GAD7.value: Coded(LOINC, "70274-6", "Generalized anxiety disorder 7 item "
                                                   "(GAD-7) total score [Reported.PHQ]"),
}
# SDOH Clinical Care categories for the referral categories that have one.
SDOH_CATEGORIES = {
    ReferralCategory.HOUSING.value: Coded(SDOHCC_CODES, "housing-instability",
                                          "Housing Instability"),
    ReferralCategory.FOOD.value: Coded(SDOHCC_CODES, "food-insecurity", "Food Insecurity"),
    ReferralCategory.TRANSPORTATION.value: Coded(SDOHCC_CODES, "transportation-insecurity",
                                                 "Transportation Insecurity"),
    ReferralCategory.EMPLOYMENT.value: Coded(SDOHCC_CODES, "employment-status",
                                             "Employment Status"),
    ReferralCategory.EDUCATION.value: Coded(SDOHCC_CODES, "educational-attainment",
                                            "Educational Attainment"),
    ReferralCategory.BENEFITS.value: Coded(SDOHCC_CODES, "financial-insecurity",
                                           "Financial Insecurity"),
}
_GENDER = {"female": "female", "male": "male", "intersex": "other"}
_BIRTH_SEX = {"female": "F", "male": "M", "unknown": "UNK"}

T = TypeVar("T")
U = TypeVar("U")


def prepare_bundle(ctx: ServiceContext, actor: Actor, request: PacketRequest, *,
                   read_packet: ReadPacket, prepared_from: PreparedFrom,
                   preview: PreparedPacket | None = None,
                   invariant: bool = False) -> PreparedBundle:
    """The packet's FHIR document, with the PDF of ``preview`` (what the user saw) or of a
    new rendering.

    The record is read through the consent gate again (``read_packet``), so the bundle
    rests on the consent that covers it now.
    """
    packet, recipient = read_packet(ctx, actor, request)
    if preview is None:
        rendered = render_packet(request.document, packet, invariant)
        prepared = prepared_from(request, packet, recipient, rendered.pdf, rendered.pages)
    else:
        prepared = prepared_from(request, packet, recipient, preview.pdf, preview.pages)
    with ctx.unit_of_work(write=False) as uow:
        facts = document_facts(uow.session, request, packet, prepared,
                               made_at=ctx.clock(), document_id=uuid.uuid4())
    data = bundle_json(document_bundle(facts))
    return PreparedBundle(prepared, data, hashlib.sha256(data).hexdigest())


def document_facts(session: Session, request: PacketRequest, packet: Packet,
                   prepared: PreparedPacket, *, made_at: datetime,
                   document_id: uuid.UUID) -> DocumentFacts:
    """What ``packet`` says, with the codes behind its words, for ``fhir_bundle``."""
    t = document_text(packet.language)
    client = load(session, Client, request.client_id, "client")
    transfer = request.document is DocumentType.TRANSFER_SUMMARY
    author = _clinic(session)
    receiving = None
    if request.facility_id is not None:
        facility = load(session, Facility, request.facility_id, "facility")
        where = receiving_facility(facility)
        receiving = OrganizationFacts("Organization/recipient", facility.name,
                                      phone=where.phone, address_text=where.address)
    stays = _stays(session, request.client_id, packet)
    conditions = tuple(ConditionFacts(f"Condition/{number}", row.code, row.description,
                                      row.status, row.primary, row.onset_date)
                       for number, row in enumerate(packet.diagnoses, start=1))
    medications = tuple(MedicationFacts(
        f"MedicationStatement/{number}", row.name,
        ", ".join(part for part in (row.dose, row.route, row.frequency) if part),
        row.start_date, row.prescriber) for number, row in enumerate(packet.medications,
                                                                     start=1))
    allergies = _allergies(session, request.client_id, packet)
    scores = tuple(ScoreFacts(f"Observation/{number}", row.instrument,
                              SCORE_CODES.get(row.instrument), row.administered_on, row.total,
                              row.band)
                   for number, row in enumerate(packet.assessments, start=1))
    referrals = _referrals(session, request.client_id, packet)
    appointments = _appointments(session, request.client_id, packet)
    consent = _consent(session, packet)
    entries = {
        "h.levels": tuple(row.key for row in stays),
        "h.diagnoses": tuple(row.key for row in conditions),
        "h.medications": tuple(row.key for row in medications),
        "h.allergies": tuple(row.key for row in allergies),
        "h.measurement": tuple(row.key for row in scores),
        "h.referrals": tuple(key for row in referrals
                             for key in (f"{row.key}/request", f"{row.key}/task")),
        "h.next": tuple(row.key for row in appointments),
        "h.consent": (consent.key,) if consent is not None else (),
    }
    return DocumentFacts(
        document_id, TRANSFER_SUMMARY if transfer else DISCHARGE_SUMMARY,
        "Transfer summary" if transfer else t("discharge.title"), made_at, packet.language,
        _patient(client, packet, author.npi), author, receiving, packet.prepared_by,
        stays=stays, conditions=conditions, medications=medications, allergies=allergies,
        scores=scores, referrals=referrals, consent=consent, appointments=appointments,
        sections=packet_sections(packet, request.document, t, entries), pdf=prepared.pdf,
        pdf_title=prepared.suggested_file_name, part2=packet.part2)


def _clinic(session: Session) -> OrganizationFacts:
    settings = read_settings(session)
    return OrganizationFacts("Organization/clinic", str(settings["clinic_name"]),
                             str(settings["clinic_npi"]), str(settings["clinic_phone"]),
                             str(settings["clinic_address"]))


def _patient(client: Client, packet: Packet, clinic_npi: str) -> PatientFacts:
    typed = client.preferred_language.strip()
    language = None
    if typed.casefold() in ("english", "en"):
        language = Coded(BCP47, "en", "English")
    elif document_language(typed) == SPANISH:
        language = Coded(BCP47, "es", "Spanish")
    sex = client.sex_at_birth.strip().casefold()
    return PatientFacts(
        client.record_number,
        # The clinic's record numbers, named by its NPI where it has one.
        f"urn:coordinator:record-number:{clinic_npi}" if clinic_npi
        else "urn:coordinator:record-number",
        tuple(client.given_name.split()), client.family_name, packet.client.name,
        client.birth_date, _GENDER.get(sex, "unknown"), _BIRTH_SEX.get(sex, ""),
        language, typed, client.interpreter_needed, packet.client.phone,
        packet.client.address)


def _stays(session: Session, client_id: int, packet: Packet) -> tuple[StayFacts, ...]:
    # The same episodes, in the same order, as the packet's levels-of-care history.
    views = [view for view in episode_views(session, client_id, include_entered_in_error=False)
             if view.status != EpisodeStatus.CANCELLED.value]
    return tuple(StayFacts(f"EpisodeOfCare/{view.id}", view.level_code, row.level,
                           row.facility, row.start_date, row.end_date, view.status)
                 for view, row in _paired(views, packet.care_history))


def _allergies(session: Session, client_id: int, packet: Packet) -> tuple[AllergyFacts, ...]:
    severities = session.execute(select(ClientAllergy.severity).where(
        ClientAllergy.client_id == client_id, ClientAllergy.entered_in_error.is_(False))
        .order_by(ClientAllergy.id)).scalars().all()
    return tuple(AllergyFacts(f"AllergyIntolerance/{number}", row.substance, row.reaction,
                              severity)
                 for number, (severity, row) in enumerate(
                     _paired(severities, packet.allergies), start=1))


def _referrals(session: Session, client_id: int, packet: Packet) -> tuple[ReferralFacts, ...]:
    rows = session.execute(select(Referral).where(
        Referral.client_id == client_id, Referral.status != ReferralStatus.DRAFT.value)
        .order_by(Referral.id)).scalars().all()
    return tuple(ReferralFacts(
        f"Referral/{referral.id}", row.category, SDOH_CATEGORIES.get(referral.category),
        row.to, row.reason, referral.status, row.status,
        referral.created_at.astimezone().date(), referral.follow_up_due,
        referral.outcome or "",
        str(OUTCOME_TITLES[ReferralOutcome(referral.outcome)]) if referral.outcome else "",
        referral.outcome_note) for referral, row in _paired(rows, packet.referrals))


def _appointments(session: Session, client_id: int,
                  packet: Packet) -> tuple[AppointmentFacts, ...]:
    views = pending_appointment_views(session, client_id, packet.prepared_on)
    return tuple(AppointmentFacts(f"Appointment/{view.id}", view.starts_at, row.when,
                                  row.with_whom, row.location, row.purpose)
                 for view, row in _paired(views, packet.appointments))


def _consent(session: Session, packet: Packet) -> ConsentFacts | None:
    reference = packet.consent
    if reference is None:
        return None
    row = load(session, Consent, reference.consent_id, "consent")
    return ConsentFacts(f"Consent/{reference.consent_id}", reference.recipient,
                        reference.purpose, reference.information, reference.includes_part2,
                        reference.signed_by, reference.signed_on, row.expires_on,
                        reference.expires)


def _paired(coded: Sequence[T], printed: Sequence[U]) -> list[tuple[T, U]]:
    """Each coded row with the printed row it is, read in the same order; a record changed
    between the two reads is refused rather than paired wrongly."""
    if len(coded) != len(printed):
        raise Conflict(said("Validation", "The record changed while the FHIR bundle was "
                                          "being made. Make it again."))
    return list(zip(coded, printed, strict=True))
