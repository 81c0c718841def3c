"""What a transfer or discharge packet shows about a client, read in one session.

``build_packet`` maps the database to the ``Packet`` the document modules arrange. It also
decides whether the packet carries substance-use treatment information (42 CFR Part 2),
which the consent gate (``coordinator.services.packets.gate``) needs before any PDF exists.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.attendance import adherence, is_attended
from coordinator.domain.clinical_record import (
    APPOINTMENT_KIND_WORDS,
    DIRECTIVE_WORDS,
    NO_ALLERGY_WORDS,
    SAFETY_PLAN_STEPS,
    AllergyStatus,
    AppointmentKind,
    DirectiveKind,
)
from coordinator.domain.clocks import ClockKind, ClockState, clock_due_sentence
from coordinator.domain.referrals import CATEGORY_TITLES, STATUS_TITLES
from coordinator.domain.vocabulary import (
    AttendanceStatus,
    CareFocus,
    EpisodeStatus,
    Instrument,
    ReferralCategory,
    ReferralStatus,
    TransitionStatus,
)
from coordinator.reports.common import Letterhead
from coordinator.reports.document_language import ENGLISH, DocumentText, document_text
from coordinator.reports.packet_data import (
    AllergyRow,
    AppointmentRow,
    AssessmentRow,
    CareLevelRow,
    CareTeamRow,
    ClinicianLine,
    DiagnosisRow,
    DirectiveRow,
    DischargeFacts,
    MedicationRow,
    NextStep,
    OpenClock,
    Packet,
    PacketClient,
    ReceivingFacility,
    ReferralRow,
    SafetyAlertRow,
    SafetyPlanText,
    ScreenLine,
    StayDates,
    TreatmentFacts,
)
from coordinator.services.appointments import pending_appointment_views
from coordinator.services.care.dto import EpisodeView, TransitionView
from coordinator.services.care.records import episode_views
from coordinator.services.care.transitions import client_transitions
from coordinator.services.care_plan_views import packet_plan
from coordinator.services.clocks import clock_rows
from coordinator.services.context import load
from coordinator.services.journey import JOURNEY_CLOSED_CLOCK_DAYS, Journey
from coordinator.services.referral_views import target_name
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    AdvanceDirective,
    Assessment,
    Attendance,
    CareTeamMember,
    Client,
    ClientAllergy,
    ClientDiagnosis,
    ClientMedication,
    Episode,
    Facility,
    HsdsOrganization,
    HsdsService,
    LevelOfCare,
    Referral,
    SafetyAlert,
    SafetyPlan,
    User,
)


def build_packet(session: Session, client_id: int, today: date, prepared_by: str, *,
                 reason: str = "", language: str = ENGLISH) -> Packet:
    """Everything a packet shows about ``client_id`` as of ``today``, read in ``session``.

    Records entered in error, stopped medications, resolved diagnoses and ended care-team
    memberships are left out: the receiving clinician needs what is true now. The packet is
    about one stay (``stay_episode``): the reason, discharge details, treatment and
    aftercare plan are that stay's, never an older one's. A blank ``reason`` becomes the
    stay's disposition, or the rationale of the move planned out of it.

    Coded values (levels of care, statuses, routes, the safety plan's steps…) are put in
    words of ``language`` (``reports.document_language``); what staff typed stays as typed.
    """
    t = document_text(language)
    client = load(session, Client, client_id, "client")
    settings = read_settings(session)
    letterhead = Letterhead(str(settings["clinic_name"]), str(settings["clinic_address"]),
                            str(settings["clinic_phone"]), str(settings["clinic_fax"]),
                            str(settings["clinic_logo"]))
    episodes = [view for view in episode_views(session, client_id,
                                               include_entered_in_error=False)
                if view.status != EpisodeStatus.CANCELLED.value]
    transitions = client_transitions(session, client_id, today)
    # The packet's chart draws the clocks the record's chart draws.
    clocks = clock_rows(session.connection(), today=today, states=frozenset(ClockState),
                        include_closed_days=JOURNEY_CLOSED_CLOCK_DAYS, client_id=client_id)
    timeline = None
    if episodes:
        timeline = Journey(client_id, client.given_name, today, tuple(episodes),
                           tuple(transitions), tuple(clocks)).layout()
    stay = stay_episode(episodes)
    move_out = _planned_move_out(transitions, stay)
    reason = reason.strip()
    if not reason and stay is not None:
        reason = (t.disposition(stay.discharge_disposition) if stay.end_date is not None
                  else move_out.rationale if move_out is not None else "")
    diagnoses = _diagnoses(session, client_id)
    medications, use_disorder_medications = _medications(session, client_id, t)
    referrals, substance_use_referral = _referrals(session, client_id, t)
    appointments, substance_use_visit = _appointments(session, client_id, today, t)
    part2 = (substance_use_referral or substance_use_visit or bool(use_disorder_medications)
             or any(row.substance_use for row in diagnoses)
             or any(_substance_use_care(view.focus, view.level_code) for view in episodes))
    return Packet(
        letterhead, _client(client), today, prepared_by, reason.strip(),
        care_history=tuple(CareLevelRow(
            t.level(view.level_code, view.level_name), view.facility_name, view.start_date,
            view.end_date, t.word("episode_status", view.status, view.status),
            t.disposition(view.discharge_disposition)) for view in episodes),
        timeline=timeline,
        diagnoses=diagnoses,
        medications=medications,
        allergies=tuple(AllergyRow(row.substance, row.reaction,
                                   t.word("allergy_severity", row.severity, row.severity))
                        for row in session.execute(select(ClientAllergy).where(
                            ClientAllergy.client_id == client_id,
                            ClientAllergy.entered_in_error.is_(False))
                            .order_by(ClientAllergy.id)).scalars()),
        no_allergies_text=t.word(
            "no_allergy", client.allergy_status if client.allergy_status in NO_ALLERGY_WORDS
            else AllergyStatus.NOT_ASKED.value),
        safety_note=client.safety_note,
        safety_alerts=_safety_alerts(session, client_id, today),
        assessments=tuple(AssessmentRow(
            row.administered_on, row.instrument, row.total,
            t.word("band", row.band or row.risk_level or "", row.band or row.risk_level or ""),
            tuple(t.word("flag", flag, flag) for flag in row.flags or ()))
            for row in session.execute(select(Assessment).where(
                Assessment.client_id == client_id, Assessment.entered_in_error.is_(False))
                .order_by(Assessment.administered_on, Assessment.id)).scalars()),
        care_team=_care_team(session, client_id, today),
        referrals=referrals,
        aftercare_plan=stay.aftercare_plan if stay is not None else "",
        appointments=appointments,
        stay=_stay_dates(stay, move_out, today, t),
        clinician=_clinician(client),
        clinic_npi=str(settings["clinic_npi"]),
        discharge=_discharge_facts(stay, t),
        treatment=_treatment(session, stay, use_disorder_medications, t),
        screens=_screens(session, client_id, t),
        safety_plan=_safety_plan(session, client_id, t),
        directives=_directives(session, client_id, t),
        next_step=_next_step(session, stay, move_out, episodes, t),
        open_clocks=tuple(OpenClock(row.title, row.due, _clock_sentence(t, row.kind, row.due))
                          for row in clocks if row.state is ClockState.OPEN),
        care_plan=packet_plan(session, client_id, t),
        part2=part2, language=t.language)


_CLOCK_SENTENCES = {ClockKind.STEP_DOWN: "clock.step_down",
                    ClockKind.IET_INITIATION: "clock.iet",
                    ClockKind.FUH7: "clock.mental_health", ClockKind.FUH30: "clock.mental_health",
                    ClockKind.FUI7: "clock.substance_use", ClockKind.FUI30: "clock.substance_use"}


def _clock_sentence(t: DocumentText, kind: ClockKind, due: date) -> str:
    """What an open clock asks of the next provider, in the packet's language (the
    domain's ``clock_due_sentence`` for a kind the catalog does not know)."""
    key = _CLOCK_SENTENCES.get(kind)
    return t(key, day=t.day(due)) if key else clock_due_sentence(kind, due)


def stay_episode(episodes: Sequence[EpisodeView]) -> EpisodeView | None:
    """The stay a packet is about: the episode the client is in now, or else the one they
    left last. Planned episodes (booked ahead) are not a stay yet."""
    running = [view for view in episodes if view.status == EpisodeStatus.ACTIVE.value]
    if running:
        return max(running, key=lambda view: (view.start_date, view.id))
    ended = [view for view in episodes if view.end_date is not None
             and view.status == EpisodeStatus.COMPLETED.value]
    if ended:
        return max(ended, key=lambda view: (view.end_date or view.start_date, view.id))
    return None


def in_active_care(session: Session, client_id: int) -> bool:
    """Whether the client is in an episode of care now (a discharge summary then asks the
    user to confirm: the client has not left)."""
    return session.execute(select(Episode.id).where(
        Episode.client_id == client_id, Episode.status == EpisodeStatus.ACTIVE.value,
        Episode.entered_in_error.is_(False)).limit(1)).first() is not None


def _planned_move_out(transitions: Sequence[TransitionView],
                      stay: EpisodeView | None) -> TransitionView | None:
    if stay is None:
        return None
    planned = [view for view in transitions if view.from_episode_id == stay.id
               and view.status == TransitionStatus.PLANNED.value]
    return min(planned, key=lambda view: view.planned_date) if planned else None


def _stay_dates(stay: EpisodeView | None, move_out: TransitionView | None,
                today: date, t: DocumentText) -> StayDates | None:
    if stay is None:
        return None
    left_on, planned = stay.end_date, False
    if left_on is None and move_out is not None:
        left_on, planned = move_out.planned_date, True
    last = left_on if left_on is not None and not planned else today
    return StayDates(t.level(stay.level_code, stay.level_name), stay.facility_name,
                     stay.start_date, left_on, max((last - stay.start_date).days, 0),
                     left_is_planned=planned)


def _clinician(client: Client) -> ClinicianLine | None:
    if not client.clinician_name.strip():
        return None
    return ClinicianLine(client.clinician_name, client.clinician_credentials,
                         client.clinician_npi, client.clinician_phone)


def _discharge_facts(stay: EpisodeView | None, t: DocumentText) -> DischargeFacts:
    if stay is None:
        return DischargeFacts()
    details = stay.discharge
    return DischargeFacts(
        t.word("condition", details.discharge_condition, details.discharge_condition),
        details.mental_status,
        t.word("legal", details.legal_status, details.legal_status),
        t.word("housing", details.housing_status, details.housing_status),
        details.substances, details.last_use_on)


def _treatment(session: Session, stay: EpisodeView | None,
               use_disorder_medications: tuple[str, ...], t: DocumentText) -> TreatmentFacts:
    if stay is None:
        return TreatmentFacts(use_disorder_medications=use_disorder_medications)
    program = ", ".join(part for part in (
        t.level(stay.level_code, stay.level_name),
        t.word("modality", stay.modality, stay.modality),
        t("program.track", track=t.word("track", stay.track, stay.track)) if stay.track else "",
        (t("program.hours", hours=f"{stay.planned_weekly_hours:g}")
         if stay.planned_weekly_hours else "")) if part)
    marks = session.execute(select(Attendance.status, Attendance.minutes).where(
        Attendance.episode_id == stay.id)).all()
    attended = [minutes for status, minutes in marks if is_attended(status)]
    unexcused = sum(1 for status, _ in marks if status == AttendanceStatus.UNEXCUSED.value)
    excused = sum(1 for status, _ in marks if status == AttendanceStatus.EXCUSED.value)
    return TreatmentFacts(
        stay.discharge.treatment_provided, program, len(attended),
        len(attended) + unexcused, sum(attended) / 60, excused,
        adherence(status for status, _ in marks), use_disorder_medications)


#: PHQ-9 answer choices (Kroenke, Spitzer & Williams 2001), for item 9; the documents take
#: them from their catalog (``phq9_answer``), in the document's language.
PHQ9_ANSWERS = ("not at all", "several days", "more than half the days", "nearly every day")


def _screens(session: Session, client_id: int, t: DocumentText) -> tuple[ScreenLine, ...]:
    """The latest C-SSRS screen and the latest PHQ-9 answered item by item (item 9 asks
    about thoughts of death or self-harm)."""
    lines = []
    cssrs = _latest(session, client_id, Instrument.CSSRS.value)
    if cssrs is not None:
        # Its flags only repeat the risk level ("C-SSRS moderate risk").
        lines.append(ScreenLine(t("screen.cssrs"), cssrs.administered_on,
                                t.word("risk", cssrs.risk_level or "",
                                       cssrs.risk_level or "")))
    phq9 = _latest(session, client_id, Instrument.PHQ9.value, itemized=True)
    if phq9 is not None and phq9.item_answers and len(phq9.item_answers) >= 9:
        answer = phq9.item_answers[8]
        words = (t.word("phq9_answer", str(answer)) if isinstance(answer, int)
                 and 0 <= answer < len(PHQ9_ANSWERS) else t("screen.not_answered"))
        lines.append(ScreenLine(t("screen.phq9_item9"), phq9.administered_on,
                                t("screen.answer", answer=answer, words=words)
                                if isinstance(answer, int) else words))
    return tuple(lines)


def _latest(session: Session, client_id: int, instrument: str, *,
            itemized: bool = False) -> Assessment | None:
    """The latest administration of ``instrument``; with ``itemized``, the latest answered
    item by item (a total entered alone has no item 9). A JSON null and SQL NULL both mean
    "no items", so that test is made here rather than in SQL."""
    rows = session.execute(select(Assessment).where(
        Assessment.client_id == client_id, Assessment.instrument == instrument,
        Assessment.entered_in_error.is_(False))
        .order_by(Assessment.administered_on.desc(), Assessment.id.desc())).scalars()
    return next((row for row in rows if not itemized or row.item_answers), None)


#: Addressed safety alerts stay on the packet this long; open ones always do.
ADDRESSED_ALERT_DAYS = 90


def _safety_alerts(session: Session, client_id: int,
                   today: date) -> tuple[SafetyAlertRow, ...]:
    since = today - timedelta(days=ADDRESSED_ALERT_DAYS)
    rows = []
    for row in session.execute(select(SafetyAlert).where(
            SafetyAlert.client_id == client_id).order_by(SafetyAlert.raised_at)).scalars():
        addressed = row.addressed_at.astimezone().date() if row.addressed_at else None
        if addressed is None or addressed >= since:
            rows.append(SafetyAlertRow(row.raised_at.astimezone().date(), row.reason,
                                       addressed, row.action_taken))
    return tuple(rows)


def _safety_plan(session: Session, client_id: int, t: DocumentText) -> SafetyPlanText | None:
    row = session.execute(select(SafetyPlan, User.full_name)
                          .outerjoin(User, User.id == SafetyPlan.completed_by_id)
                          .where(SafetyPlan.client_id == client_id,
                                 SafetyPlan.entered_in_error.is_(False))
                          .order_by(SafetyPlan.plan_number.desc()).limit(1)).first()
    if row is None:
        return None
    plan, by = row
    return SafetyPlanText(
        plan.plan_number, plan.completed_on, by or "",
        tuple((t.word("safety_step", name, title), getattr(plan, name))
              for name, title in SAFETY_PLAN_STEPS),
        t.word("firearms", plan.firearms_access, plan.firearms_access),
        plan.reasons_for_living)


def _directives(session: Session, client_id: int, t: DocumentText) -> tuple[DirectiveRow, ...]:
    """One row per kind of directive: on file, none, or not asked."""
    found = {row.kind: row for row in session.execute(select(AdvanceDirective).where(
        AdvanceDirective.client_id == client_id)).scalars()}
    rows = []
    for kind in DirectiveKind:
        row = found.get(kind.value)
        name = t.word("directive", kind.value, DIRECTIVE_WORDS[kind])
        if row is None:
            rows.append(DirectiveRow(name, t("directive.not_asked")))
        elif not row.present:
            rows.append(DirectiveRow(name, t("directive.none")))
        else:
            status = (t("directive.on_file_signed", day=t.day(row.signed_on)) if row.signed_on
                      else t("directive.on_file"))
            agent = ", ".join(part for part in (row.agent_name, row.agent_phone) if part)
            rows.append(DirectiveRow(name, status, row.location, agent))
    return tuple(rows)


def _next_step(session: Session, stay: EpisodeView | None, move_out: TransitionView | None,
               episodes: Sequence[EpisodeView], t: DocumentText) -> NextStep | None:
    """Where the client goes next: the move planned out of the stay, else the level the
    discharge details plan, else the episode that followed the stay."""
    if stay is None:
        return None
    if move_out is not None and move_out.to_level_code:
        return NextStep(t.level(move_out.to_level_code, move_out.to_level_name),
                        move_out.planned_date, move_out.to_facility_name)
    details = stay.discharge
    if details.planned_next_level:
        name = session.execute(select(LevelOfCare.name).where(
            LevelOfCare.code == details.planned_next_level)).scalar()
        return NextStep(t.level(details.planned_next_level,
                                name or details.planned_next_level),
                        details.planned_next_start)
    later = [view for view in episodes if view.start_date >= stay.start_date
             and view.id != stay.id and view.status in (EpisodeStatus.ACTIVE.value,
                                                        EpisodeStatus.PLANNED.value)]
    if later:
        first = min(later, key=lambda view: (view.start_date, view.id))
        return NextStep(t.level(first.level_code, first.level_name), first.start_date,
                        first.facility_name)
    return None


def _appointments(session: Session, client_id: int, today: date,
                  t: DocumentText) -> tuple[tuple[AppointmentRow, ...], bool]:
    """Booked appointments from today on, soonest first; and whether one of them is for
    substance-use care (which makes the packet carry Part 2 information)."""
    views = pending_appointment_views(session, client_id, today)
    rows = tuple(AppointmentRow(
        (t("appointment.when", day=t.day(view.service_date), time=view.at.strftime("%H:%M"))
         if view.at else t.day(view.service_date)),
        view.with_whom_text, view.details.location,
        ": ".join(part for part in (
            t.word("appointment_kind", view.kind.value,
                   APPOINTMENT_KIND_WORDS.get(view.kind, view.kind.value))
            + (f" ({view.level_name})" if view.level_name else ""),
            view.details.purpose) if part),
        t.word("appointment_status", view.status.value, view.status.value.capitalize()))
        for view in views)
    substance_use = any(
        view.kind in (AppointmentKind.SUBSTANCE_USE_COUNSELING,
                      AppointmentKind.MEDICATION_FOR_USE_DISORDER)
        or view.details.focus in (CareFocus.SUBSTANCE_USE.value, CareFocus.CO_OCCURRING.value)
        for view in views)
    return rows, substance_use


def _substance_use_care(focus: str, level_code: str) -> bool:
    """A stay that is substance-use treatment: its focus says so, or it is withdrawal
    management. Printing it in the levels-of-care history discloses Part 2 information."""
    return (focus in (CareFocus.SUBSTANCE_USE.value, CareFocus.CO_OCCURRING.value)
            or level_code == "WM")


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
        client.preferred_name, client.pronouns, client.sex_at_birth, client.gender_identity,
        client.phone, address, client.preferred_language, client.interpreter_needed,
        emergency, guardian, insurance)


def _diagnoses(session: Session, client_id: int) -> tuple[DiagnosisRow, ...]:
    rows = session.execute(select(ClientDiagnosis).where(
        ClientDiagnosis.client_id == client_id, ClientDiagnosis.entered_in_error.is_(False))
        .order_by(ClientDiagnosis.is_primary.desc(), ClientDiagnosis.id)).scalars()
    return tuple(DiagnosisRow(row.code, row.description, row.is_primary, row.substance_use,
                              row.status, row.onset_date) for row in rows)


def _medications(session: Session, client_id: int,
                 t: DocumentText) -> tuple[tuple[MedicationRow, ...], tuple[str, ...]]:
    """Active medications; and those for a substance-use disorder, one line each."""
    rows = session.execute(select(ClientMedication).where(
        ClientMedication.client_id == client_id, ClientMedication.entered_in_error.is_(False),
        ClientMedication.status == "active").order_by(ClientMedication.name)).scalars().all()
    medications = tuple(MedicationRow(
        row.name, f"{row.dose} {row.unit}".strip(), t.word("route", row.route, row.route),
        t.word("frequency", row.frequency, row.frequency), row.prescriber, row.start_date,
        row.status) for row in rows)
    use_disorder = tuple(", ".join(part for part in (
        " ".join(part for part in (row.name, row.dose, row.unit) if part),
        t.word("route", row.route, row.route),
        t.word("frequency", row.frequency, row.frequency)) if part)
        for row in rows if row.for_use_disorder)
    return medications, use_disorder


def _care_team(session: Session, client_id: int, today: date) -> tuple[CareTeamRow, ...]:
    rows = session.execute(select(CareTeamMember).where(
        CareTeamMember.client_id == client_id, CareTeamMember.archived_at.is_(None))
        .order_by(CareTeamMember.id)).scalars()
    return tuple(CareTeamRow(row.role, row.name, row.organization, row.phone, row.fax,
                             row.email)
                 for row in rows if row.end_date is None or row.end_date >= today)


def _referrals(session: Session, client_id: int,
               t: DocumentText) -> tuple[tuple[ReferralRow, ...], bool]:
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
        _capitalized(t.word("referral_category", referral.category,
                            CATEGORY_TITLES[ReferralCategory(referral.category)])),
        target_name(facility, service, organization),
        t.word("referral_status", referral.status,
               STATUS_TITLES[ReferralStatus(referral.status)]), referral.reason,
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


def _capitalized(words: str) -> str:
    """``words`` with a capital first letter, for a table cell ("vivienda" -> "Vivienda")."""
    return words[:1].upper() + words[1:]
