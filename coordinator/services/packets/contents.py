"""What a transfer or discharge packet shows about a client, read in one session.

``build_packet`` maps the database to the ``Packet`` the document modules arrange. It also
decides whether the packet carries substance-use treatment information (42 CFR Part 2),
which the consent gate (``coordinator.services.packets.gate``) needs before any PDF exists.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_record import (
    FREQUENCY_WORDS,
    NO_ALLERGY_WORDS,
    ROUTE_WORDS,
    AllergyStatus,
)
from coordinator.domain.referrals import CATEGORY_TITLES, STATUS_TITLES
from coordinator.domain.vocabulary import (
    CareFocus,
    EpisodeStatus,
    ReferralCategory,
    ReferralStatus,
)
from coordinator.reports.common import Letterhead
from coordinator.reports.packet_data import (
    AllergyRow,
    AppointmentRow,
    AssessmentRow,
    CareLevelRow,
    CareTeamRow,
    DiagnosisRow,
    MedicationRow,
    Packet,
    PacketClient,
    ReceivingFacility,
    ReferralRow,
    SafetyAlertRow,
)
from coordinator.services.care.records import episode_views, transition_views
from coordinator.services.context import load
from coordinator.services.journey import Journey
from coordinator.services.referral_views import target_name
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    Appointment,
    Assessment,
    CareTeamMember,
    Client,
    ClientAllergy,
    ClientDiagnosis,
    ClientMedication,
    Facility,
    HsdsOrganization,
    HsdsService,
    Referral,
    SafetyAlert,
    Transition,
)


def build_packet(session: Session, client_id: int, today: date, prepared_by: str, *,
                 reason: str = "") -> Packet:
    """Everything a packet shows about ``client_id`` as of ``today``, read in ``session``.

    Records entered in error, stopped medications, resolved diagnoses and ended care-team
    memberships are left out: the receiving clinician needs what is true now. A blank
    ``reason`` becomes the disposition of the most recently ended episode.
    """
    client = load(session, Client, client_id, "client")
    settings = read_settings(session)
    letterhead = Letterhead(str(settings["clinic_name"]), str(settings["clinic_address"]),
                            str(settings["clinic_phone"]), str(settings["clinic_fax"]),
                            str(settings["clinic_logo"]))
    episodes = [view for view in episode_views(session, client_id,
                                               include_entered_in_error=False)
                if view.status != EpisodeStatus.CANCELLED.value]
    transitions = transition_views(session, session.execute(
        select(Transition).where(Transition.client_id == client_id)
        .order_by(Transition.planned_date, Transition.id)).scalars().all(), today)
    timeline = None
    if episodes:
        timeline = Journey(client_id, client.given_name, today, tuple(episodes),
                           tuple(transitions), ()).layout()
    ended = [view for view in episodes if view.end_date is not None]
    if not reason.strip() and ended:
        reason = max(ended, key=lambda view: view.end_date or today).discharge_disposition
    plans = [view for view in episodes if view.aftercare_plan.strip()]
    diagnoses = _diagnoses(session, client_id)
    referrals, substance_use_referral = _referrals(session, client_id)
    part2 = (substance_use_referral or any(row.substance_use for row in diagnoses)
             or any(_substance_use_care(view.focus, view.level_code) for view in episodes))
    return Packet(
        letterhead, _client(client), today, prepared_by, reason.strip(),
        care_history=tuple(CareLevelRow(
            f"{view.level_name} ({view.level_code})", view.facility_name, view.start_date,
            view.end_date, view.status, view.discharge_disposition) for view in episodes),
        timeline=timeline,
        diagnoses=diagnoses,
        medications=_medications(session, client_id),
        allergies=tuple(AllergyRow(row.substance, row.reaction, row.severity)
                        for row in session.execute(select(ClientAllergy).where(
                            ClientAllergy.client_id == client_id,
                            ClientAllergy.entered_in_error.is_(False))
                            .order_by(ClientAllergy.id)).scalars()),
        no_allergies_text=NO_ALLERGY_WORDS.get(client.allergy_status,
                                               NO_ALLERGY_WORDS[AllergyStatus.NOT_ASKED]),
        safety_note=client.safety_note,
        safety_alerts=tuple(SafetyAlertRow(
            row.raised_at.astimezone().date(), row.reason,
            row.addressed_at.astimezone().date() if row.addressed_at else None,
            row.action_taken) for row in session.execute(select(SafetyAlert).where(
                SafetyAlert.client_id == client_id).order_by(SafetyAlert.raised_at))
            .scalars()),
        assessments=tuple(AssessmentRow(
            row.administered_on, row.instrument, row.total, row.band or row.risk_level,
            tuple(row.flags or ())) for row in session.execute(select(Assessment).where(
                Assessment.client_id == client_id, Assessment.entered_in_error.is_(False))
                .order_by(Assessment.administered_on, Assessment.id)).scalars()),
        care_team=_care_team(session, client_id, today),
        referrals=referrals,
        # The plan written on the latest stay that has one is the plan in force.
        aftercare_plan=plans[-1].aftercare_plan if plans else "",
        appointments=tuple(AppointmentRow(
            row.starts_at.astimezone().strftime("%Y-%m-%d %H:%M"), row.with_whom,
            row.location, row.purpose, row.status)
            for row in session.execute(select(Appointment).where(
                Appointment.client_id == client_id,
                Appointment.starts_at >= _start_of(today))
                .order_by(Appointment.starts_at)).scalars()),
        part2=part2)


def _substance_use_care(focus: str, level_code: str) -> bool:
    """A stay that is substance-use treatment: its focus says so, or it is withdrawal
    management. Printing it in the levels-of-care history discloses Part 2 information."""
    return (focus in (CareFocus.SUBSTANCE_USE.value, CareFocus.CO_OCCURRING.value)
            or level_code == "WM")


def _start_of(today: date) -> datetime:
    """Midnight at the start of ``today`` on this workstation's calendar."""
    return datetime.combine(today, time.min).astimezone()


def _client(client: Client) -> PacketClient:
    city = " ".join(part for part in (client.city, client.state, client.postal_code) if part)
    address = ", ".join(part for part in (client.address_line1, client.address_line2, city)
                        if part)
    emergency = ", ".join(part for part in (
        client.emergency_contact_name, client.emergency_contact_relationship,
        client.emergency_contact_phone) if part)
    guardian = ", ".join(part for part in (
        client.guardian_name, client.guardian_relationship, client.guardian_phone) if part)
    insurance = " · ".join(part for part in (
        client.insurance_payer,
        f"member {client.insurance_member_id}" if client.insurance_member_id else "",
        f"group {client.insurance_group}" if client.insurance_group else "") if part)
    return PacketClient(
        f"{client.given_name} {client.family_name}", client.record_number, client.birth_date,
        client.preferred_name, client.pronouns, client.phone, address,
        client.preferred_language, client.interpreter_needed, emergency, guardian, insurance)


def _diagnoses(session: Session, client_id: int) -> tuple[DiagnosisRow, ...]:
    rows = session.execute(select(ClientDiagnosis).where(
        ClientDiagnosis.client_id == client_id, ClientDiagnosis.entered_in_error.is_(False))
        .order_by(ClientDiagnosis.is_primary.desc(), ClientDiagnosis.id)).scalars()
    return tuple(DiagnosisRow(row.code, row.description, row.is_primary, row.substance_use,
                              row.status, row.onset_date) for row in rows)


def _medications(session: Session, client_id: int) -> tuple[MedicationRow, ...]:
    rows = session.execute(select(ClientMedication).where(
        ClientMedication.client_id == client_id, ClientMedication.entered_in_error.is_(False),
        ClientMedication.status == "active").order_by(ClientMedication.name)).scalars()
    return tuple(MedicationRow(
        row.name, f"{row.dose} {row.unit}".strip(), ROUTE_WORDS.get(row.route, row.route),
        FREQUENCY_WORDS.get(row.frequency, row.frequency), row.prescriber, row.start_date,
        row.status) for row in rows)


def _care_team(session: Session, client_id: int, today: date) -> tuple[CareTeamRow, ...]:
    rows = session.execute(select(CareTeamMember).where(
        CareTeamMember.client_id == client_id, CareTeamMember.archived_at.is_(None))
        .order_by(CareTeamMember.id)).scalars()
    return tuple(CareTeamRow(row.role, row.name, row.organization, row.phone, row.fax,
                             row.email)
                 for row in rows if row.end_date is None or row.end_date >= today)


def _referrals(session: Session, client_id: int) -> tuple[tuple[ReferralRow, ...], bool]:
    """The referrals that left the clinic, and whether one is for substance-use care."""
    rows = session.execute(
        select(Referral, Facility.name, HsdsService.name, HsdsOrganization.name)
        .outerjoin(Facility, Facility.id == Referral.facility_id)
        .outerjoin(HsdsService, HsdsService.id == Referral.service_id)
        .outerjoin(HsdsOrganization, HsdsOrganization.id == HsdsService.organization_id)
        .where(Referral.client_id == client_id,
               Referral.status != ReferralStatus.DRAFT.value)  # drafts never left us
        .order_by(Referral.id)).all()
    return tuple(ReferralRow(
        CATEGORY_TITLES[ReferralCategory(referral.category)],
        target_name(facility, service, organization),
        STATUS_TITLES[ReferralStatus(referral.status)], referral.reason,
        referral.follow_up_due) for referral, facility, service, organization in rows), any(
            referral.category == ReferralCategory.SUBSTANCE_USE.value
            for referral, *_ in rows)


def receiving_facility(facility: Facility) -> ReceivingFacility:
    city = " ".join(part for part in (facility.city, facility.state, facility.postal_code)
                    if part)
    address = ", ".join(part for part in (facility.address_line1, facility.address_line2,
                                          city) if part)
    contact = ", ".join(part for part in (facility.intake_contact_name,
                                          facility.intake_contact_phone,
                                          facility.intake_contact_email) if part)
    return ReceivingFacility(facility.name, address, facility.phone, facility.fax, contact)
