"""The clinical record at a glance, for the record's Overview: active problems, allergies (or
"No known allergies"), active medications, the next appointment, the safety plan in force,
advance directives and the responsible clinician.

One read of a handful of indexed queries; the record's tabs read the full lists themselves.
Reading it logs nothing: opening the record is the one audited view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_record import (
    PENDING_APPOINTMENTS,
    AllergyStatus,
    DiagnosisStatus,
    DirectiveKind,
    MedicationStatus,
)
from coordinator.domain.errors import NotFound
from coordinator.domain.roles import Permission
from coordinator.services.appointments import day_and_time
from coordinator.services.context import ServiceContext
from coordinator.store.models import (
    AdvanceDirective,
    Appointment,
    CareTeamMember,
    Client,
    ClientAllergy,
    ClientDiagnosis,
    ClientMedication,
    Facility,
    SafetyPlan,
    User,
)

_PENDING = tuple(sorted(status.value for status in PENDING_APPOINTMENTS))


@dataclass(frozen=True)
class ProblemLine:
    code: str
    description: str
    is_primary: bool


@dataclass(frozen=True)
class NextAppointment:
    service_date: date
    at: time | None  # local time at the clinic
    kind: str  # AppointmentKind
    level_code: str | None
    with_whom: str  # the facility, team member or name, and contact
    status: str  # scheduled or confirmed


@dataclass(frozen=True)
class DirectiveLine:
    kind: str  # DirectiveKind
    present: bool
    signed_on: date | None


@dataclass(frozen=True)
class SafetyPlanLine:
    plan_number: int
    completed_on: date
    completed_by: str


@dataclass(frozen=True)
class RecordSummary:
    """What the Overview shows of the clinical record. Empty tuples and None: nothing
    recorded."""

    problems: tuple[ProblemLine, ...]  # active ones, primary first
    allergy_status: str  # AllergyStatus
    allergy_status_on: date | None
    allergies: tuple[str, ...]  # substances of the recorded allergies
    active_medications: int
    use_disorder_medications: int  # of the active ones, for opioid or alcohol use disorder
    next_appointment: NextAppointment | None
    past_due_appointments: int  # before today and still without an outcome
    safety_plan: SafetyPlanLine | None
    directives: tuple[DirectiveLine, ...]
    clinician: str  # "Dr. Ana Ruiz, MD · NPI 1234567893 · (562) 555-0100" or ""


class RecordSummaryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def summary(self, client_id: int, *, today: date | None = None) -> RecordSummary:
        """The client's clinical record at a glance, as of ``today`` (the clinic's day)."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        day = today or self.ctx.clock().astimezone().date()
        with self.ctx.unit_of_work(write=False) as uow:
            session = uow.session
            client = session.get(Client, client_id)
            if client is None:
                raise NotFound("That client does not exist.")
            allergies = tuple(session.execute(
                select(ClientAllergy.substance).where(
                    ClientAllergy.client_id == client_id,
                    ClientAllergy.entered_in_error.is_(False))
                .order_by(ClientAllergy.id)).scalars())
            status = client.allergy_status
            if allergies:
                status = AllergyStatus.RECORDED.value
            elif status == AllergyStatus.RECORDED.value:
                status = AllergyStatus.NOT_ASKED.value  # every row was a mistake
            active, use_disorder = _medication_counts(session, client_id)
            next_visit, past_due = _appointments(session, client_id, day)
            return RecordSummary(
                _problems(session, client_id), status, client.allergy_status_on, allergies,
                active, use_disorder, next_visit, past_due, _safety_plan(session, client_id),
                _directives(session, client_id),
                clinician_line(client.clinician_name, client.clinician_credentials,
                               client.clinician_npi, client.clinician_phone))


def clinician_line(name: str, credentials: str, npi: str, phone: str) -> str:
    """"Dr. Ana Ruiz, MD · NPI 1234567893 · (562) 555-0100"; "" without a name."""
    if not name:
        return ""
    who = f"{name}, {credentials}" if credentials else name
    return " · ".join(part for part in (who, f"NPI {npi}" if npi else "", phone) if part)


def _problems(session: Session, client_id: int) -> tuple[ProblemLine, ...]:
    rows = session.execute(
        select(ClientDiagnosis.code, ClientDiagnosis.description, ClientDiagnosis.is_primary)
        .where(ClientDiagnosis.client_id == client_id,
               ClientDiagnosis.entered_in_error.is_(False),
               ClientDiagnosis.status == DiagnosisStatus.ACTIVE.value)
        .order_by(ClientDiagnosis.is_primary.desc(), ClientDiagnosis.id)).all()
    return tuple(ProblemLine(code, description, primary)
                 for code, description, primary in rows)


def _medication_counts(session: Session, client_id: int) -> tuple[int, int]:
    active, use_disorder = session.execute(
        select(func.count(), func.count().filter(ClientMedication.for_use_disorder.is_(True)))
        .where(ClientMedication.client_id == client_id,
               ClientMedication.entered_in_error.is_(False),
               ClientMedication.status == MedicationStatus.ACTIVE.value)).one()
    return int(active), int(use_disorder)


def _appointments(session: Session, client_id: int,
                  today: date) -> tuple[NextAppointment | None, int]:
    pending = (Appointment.client_id == client_id, Appointment.status.in_(_PENDING))
    row = session.execute(
        select(Appointment, Facility.name, CareTeamMember.name)
        .outerjoin(Facility, Facility.id == Appointment.facility_id)
        .outerjoin(CareTeamMember, CareTeamMember.id == Appointment.care_team_member_id)
        .where(*pending, Appointment.service_date >= today)
        .order_by(Appointment.service_date, Appointment.starts_at, Appointment.id)
        .limit(1)).first()
    past_due = session.execute(select(func.count()).select_from(Appointment).where(
        *pending, Appointment.service_date < today)).scalar_one()
    if row is None:
        return None, int(past_due)
    appointment, facility, member = row
    day, at = day_and_time(appointment)
    with_whom = " · ".join(part for part in (facility, member, appointment.with_whom)
                           if part)
    return NextAppointment(day, at, appointment.kind,
                           appointment.level_code, with_whom, appointment.status), \
        int(past_due)


def _directives(session: Session, client_id: int) -> tuple[DirectiveLine, ...]:
    """Psychiatric, then medical, then POLST: the order of ``DirectiveKind``."""
    order = {kind.value: number for number, kind in enumerate(DirectiveKind)}
    rows = session.execute(
        select(AdvanceDirective.kind, AdvanceDirective.present, AdvanceDirective.signed_on)
        .where(AdvanceDirective.client_id == client_id)).all()
    return tuple(DirectiveLine(kind, present, signed_on) for kind, present, signed_on
                 in sorted(rows, key=lambda row: order.get(row[0], len(order))))


def _safety_plan(session: Session, client_id: int) -> SafetyPlanLine | None:
    row = session.execute(
        select(SafetyPlan.plan_number, SafetyPlan.completed_on, User.full_name)
        .outerjoin(User, User.id == SafetyPlan.completed_by_id)
        .where(SafetyPlan.client_id == client_id, SafetyPlan.entered_in_error.is_(False))
        .order_by(SafetyPlan.plan_number.desc()).limit(1)).first()
    if row is None:
        return None
    number, completed_on, by = row
    return SafetyPlanLine(number, completed_on, by or "")
