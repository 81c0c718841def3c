"""A client's appointments: intakes at the next level, psychiatry, therapy, primary care …

An appointment is booked (scheduled, then perhaps confirmed with the receiving program) and
later gets its outcome: kept, missed or cancelled. A kept appointment is a service date the
transition clocks count (``coordinator.domain.clocks``, ``VisitFact``), so whenever one
becomes kept, stops being kept, or a kept one is edited, the client's stored clocks are
worked out again in the same transaction (``coordinator.services.derived.refresh``).

``service_date`` is the clinic's calendar day as the person typed it, and is what the rules
count; ``starts_at`` is that day and the local time of this workstation, in UTC. An
appointment entered without a time starts at local midnight, and is shown without a time.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import UTC, date, datetime, time

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import (
    PENDING_APPOINTMENTS,
    AppointmentKind,
    AppointmentStatus,
)
from coordinator.domain.clocks import ClockKind, clock_title
from coordinator.domain.errors import NotFound, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import CareFocus, ClientStatus
from coordinator.domain.words import said
from coordinator.services import derived
from coordinator.services.care.records import (
    ARCHIVED_CLIENT,
    lock_client,
    today_of,
    writable_client,
)
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.field_limits import column_problems, possible_key, text_problem
from coordinator.services.notify import Topic
from coordinator.store.models import (
    Appointment,
    CareTeamMember,
    Client,
    Facility,
    LevelOfCare,
    Transition,
)

#: What an outcome may be set to (``record_outcome``); "scheduled" is where every one starts.
OUTCOMES = (AppointmentStatus.KEPT, AppointmentStatus.MISSED, AppointmentStatus.CANCELLED,
            AppointmentStatus.CONFIRMED)
_KEPT = AppointmentStatus.KEPT.value
# Kept or missed: it has happened (or not) already, so it cannot lie ahead.
_HAPPENED = frozenset({AppointmentStatus.KEPT, AppointmentStatus.MISSED})
_NO_TIME = time(0, 0)


@dataclass(frozen=True)
class AppointmentInput:
    """What a person enters for an appointment.

    ``service_date`` and ``at`` are the clinic's calendar day and local time. With whom:
    a facility (``facility_id``, and ``with_whom`` one of its contacts or a name), or a
    care-team member (``care_team_member_id``), or only a name in ``with_whom``.
    ``level_code`` names the level of care of an intake.
    """

    kind: AppointmentKind
    service_date: date
    at: time | None = None
    facility_id: int | None = None
    care_team_member_id: int | None = None
    with_whom: str = ""
    level_code: str | None = None
    focus: str = CareFocus.MENTAL_HEALTH.value
    location: str = ""
    purpose: str = ""
    status: AppointmentStatus = AppointmentStatus.SCHEDULED
    notes: str = ""
    transition_id: int | None = None


@dataclass(frozen=True)
class MetClock:
    """A transition clock a kept appointment met: its kind and window."""

    kind: ClockKind
    window_days: int

    @property
    def title(self) -> str:
        """E.g. "Step-down window (14 days)"."""
        return clock_title(self.kind, self.window_days)


@dataclass(frozen=True)
class AppointmentView:
    """One appointment, ready to show.

    ``facility_name``, ``member_name`` (with ``member_role``) and ``level_name`` are empty
    when the appointment names none. ``past_due`` is an appointment whose day has passed
    without an outcome (still scheduled or confirmed).
    """

    id: int
    client_id: int
    version: int
    details: AppointmentInput
    starts_at: datetime  # aware, UTC
    facility_name: str
    member_name: str
    member_role: str
    level_name: str
    past_due: bool
    #: The transition clocks this kept appointment met (filled by ``appointments_of``).
    met_clocks: tuple[MetClock, ...] = ()

    @property
    def kind(self) -> AppointmentKind:
        return self.details.kind

    @property
    def status(self) -> AppointmentStatus:
        return self.details.status

    @property
    def service_date(self) -> date:
        return self.details.service_date

    @property
    def at(self) -> time | None:
        return self.details.at

    @property
    def with_whom_text(self) -> str:
        """The facility and its contact, the team member, or the name typed, in one line."""
        if self.facility_name:
            return " · ".join(part for part in (self.facility_name, self.details.with_whom)
                              if part)
        if self.member_name:
            role = f" ({self.member_role})" if self.member_role else ""
            return f"{self.member_name}{role}"
        return self.details.with_whom


@dataclass(frozen=True)
class CareTeamChoice:
    """A current member of the client's care team the dialog offers as "with whom"."""

    id: int
    name: str
    role: str
    organization: str


_INPUT_FIELDS = tuple(field.name for field in fields(AppointmentInput))
_TEXT_FIELDS = ("with_whom", "location", "purpose", "notes")


def insert_appointment(uow: UnitOfWork, client: Client, details: AppointmentInput, *,
                       today: date, actor_id: int | None) -> Appointment:
    """Check and save a new appointment of ``client`` inside the caller's unit of work.

    For ``AppointmentService.add`` and for whatever books an appointment as part of a
    larger change (an intake booked with a planned transition). ``client`` should be
    locked by the caller (``lock_client``). Raises ``ValidationError`` with problems keyed
    by ``AppointmentInput``'s field names; writes one audit event; a kept appointment
    brings the client's stored clocks up to date.
    """
    if client.status == ClientStatus.ARCHIVED.value:
        raise ValidationError(ARCHIVED_CLIENT)
    details = _cleaned(details)
    _validate(uow.session, client, details, today=today)
    appointment = Appointment(client_id=client.id, recorded_by_id=actor_id)
    _apply(appointment, details)
    uow.session.add(appointment)
    uow.session.flush()
    uow.audit("create", "appointment", appointment.id,
              f"{appointment.kind} on {appointment.service_date} ({appointment.status}) "
              f"for client {client.id}")
    if appointment.status == _KEPT:
        _refresh_clocks(uow, client.id)
    uow.changed(Topic.APPOINTMENT, appointment.id)
    uow.changed(Topic.CLIENT, client.id)
    return appointment


class AppointmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def appointments_of(self, client_id: int, *,
                        today: date | None = None) -> list[AppointmentView]:
        """The client's appointments: today's and upcoming ones first, soonest first; then
        past ones, the latest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = today or self._today()
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                _view_query().where(Appointment.client_id == client_id)).all()
            views = [_view(*row, today=today) for row in rows]
            if any(view.status is AppointmentStatus.KEPT for view in views):
                met = _clocks_met(uow.session, client_id, today)
                views = [replace(view, met_clocks=met.get(view.id, ())) for view in views]
        upcoming = sorted((view for view in views if view.service_date >= today),
                          key=lambda view: (view.service_date, view.starts_at, view.id))
        past = sorted((view for view in views if view.service_date < today),
                      key=lambda view: (view.service_date, view.starts_at, view.id),
                      reverse=True)
        return upcoming + past

    def appointment(self, appointment_id: int) -> AppointmentView:
        """One appointment, as the edit dialog opens it."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return _read_view(uow.session, appointment_id, self._today())

    def care_team_choices(self, client_id: int) -> list[CareTeamChoice]:
        """The client's current care team, by name, to pick "with whom" from."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                select(CareTeamMember.id, CareTeamMember.name, CareTeamMember.role,
                       CareTeamMember.organization)
                .where(CareTeamMember.client_id == client_id,
                       CareTeamMember.archived_at.is_(None))
                .order_by(CareTeamMember.name, CareTeamMember.id)).all()
        return [CareTeamChoice(*row) for row in rows]

    def add(self, client_id: int, details: AppointmentInput) -> AppointmentView:
        """Book (or record) an appointment for the client."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        today = self._today()
        with self.ctx.unit_of_work() as uow:
            client = lock_client(uow.session, client_id)
            appointment = insert_appointment(uow, client, details, today=today,
                                             actor_id=actor.user_id)
            return _read_view(uow.session, appointment.id, today)

    def update(self, appointment_id: int, expected_version: int,
               details: AppointmentInput) -> AppointmentView:
        """Save an edit made on ``expected_version``; a newer saved version raises Conflict."""
        self.ctx.require(Permission.EDIT_CARE)
        today = self._today()
        with self.ctx.unit_of_work() as uow:
            appointment = _load(uow.session, appointment_id)
            client = writable_client(uow.session, appointment.client_id)
            if appointment.version != expected_version:
                raise stale_conflict()
            details = _cleaned(details)
            _validate(uow.session, client, details, today=today,
                      kept_facility_id=appointment.facility_id,
                      kept_member_id=appointment.care_team_member_id)
            was_kept = appointment.status == _KEPT
            before = {name: getattr(appointment, name) for name in _STORED_FIELDS}
            _apply(appointment, details)
            changed = sorted(name for name in _STORED_FIELDS
                             if getattr(appointment, name) != before[name])
            uow.session.flush()
            if changed:
                uow.audit("update", "appointment", appointment.id, ", ".join(changed))
                if was_kept or appointment.status == _KEPT:
                    _refresh_clocks(uow, client.id)
            uow.changed(Topic.APPOINTMENT, appointment.id)
            uow.changed(Topic.CLIENT, client.id)
            return _read_view(uow.session, appointment.id, today)

    def record_outcome(self, appointment_id: int, expected_version: int,
                       status: AppointmentStatus, note: str = "") -> AppointmentView:
        """What came of the appointment: kept, missed or cancelled (or confirmed with the
        receiving program, while it is still ahead). ``note`` is added to its notes.

        A change to or from kept brings the client's transition clocks up to date: a kept
        intake or follow-up meets them, and a correction (kept, then cancelled) reopens them.
        """
        self.ctx.require(Permission.EDIT_CARE)
        today = self._today()
        note = note.strip()
        problems: dict[str, str] = {}
        try:
            outcome = AppointmentStatus(status)
        except ValueError:
            outcome = None
        if outcome not in OUTCOMES:
            problems["status"] = said("Validation", "Choose kept, missed, cancelled or confirmed.")
        if note and (problem := text_problem("The note", note)):
            problems["notes"] = problem
        if problems:
            raise ValidationError.for_fields(problems)
        assert outcome is not None
        with self.ctx.unit_of_work() as uow:
            appointment = _load(uow.session, appointment_id)
            client = writable_client(uow.session, appointment.client_id)
            if appointment.version != expected_version:
                raise stale_conflict()
            day = appointment.service_date or today_of(appointment.starts_at)
            if problem := _status_problem(outcome, day, today):
                raise ValidationError.for_fields({"status": problem})
            was_kept = appointment.status == _KEPT
            before = appointment.status
            appointment.status = outcome.value
            if note:
                appointment.notes = f"{appointment.notes}\n{note}" if appointment.notes \
                    else note
                if column_problems(Appointment, {"notes": appointment.notes}):
                    raise ValidationError.for_fields(
                        {"notes": said(
                            "Validation", "The appointment's notes are full; shorten them first.")})
            uow.session.flush()
            uow.audit("outcome", "appointment", appointment.id, f"{before} -> {outcome.value}")
            if was_kept or outcome is AppointmentStatus.KEPT:
                _refresh_clocks(uow, client.id)
            uow.changed(Topic.APPOINTMENT, appointment.id)
            uow.changed(Topic.CLIENT, client.id)
            return _read_view(uow.session, appointment.id, today)

    def _today(self) -> date:
        return today_of(self.ctx.clock())


# The columns an edit may change (the input's fields, with ``at`` stored in starts_at).
_STORED_FIELDS = (*(name for name in _INPUT_FIELDS if name != "at"), "starts_at")


def _cleaned(details: AppointmentInput) -> AppointmentInput:
    """Spaces trimmed; an empty code is no code; only an intake names a level of care."""
    values = asdict(details)
    for name in _TEXT_FIELDS:
        if isinstance(values[name], str):
            values[name] = values[name].strip()
    if isinstance(values["level_code"], str):
        values["level_code"] = values["level_code"].strip() or None
    cleaned = AppointmentInput(**values)
    if cleaned.kind != AppointmentKind.INTAKE:
        cleaned = replace(cleaned, level_code=None)
    return cleaned


def _validate(session: Session, client: Client, details: AppointmentInput, *, today: date,
              kept_facility_id: int | None = None,
              kept_member_id: int | None = None) -> None:
    """Every problem with ``details`` at once, under the input's field names."""
    problems = column_problems(Appointment, {name: getattr(details, name)
                                             for name in _TEXT_FIELDS
                                             if isinstance(getattr(details, name), str)})
    try:
        kind: AppointmentKind | None = AppointmentKind(details.kind)
    except ValueError:
        kind = None
        problems["kind"] = said("Validation", "Choose what kind of appointment this is.")
    try:
        status: AppointmentStatus | None = AppointmentStatus(details.status)
    except ValueError:
        status = None
        problems["status"] = said(
            "Validation", "Choose scheduled, confirmed, kept, missed or cancelled.")
    if details.focus not in {focus.value for focus in CareFocus}:
        problems["focus"] = said(
            "Validation", "Choose mental health, substance use or co-occurring.")
    if not isinstance(details.service_date, date) or isinstance(details.service_date,
                                                                datetime):
        problems["service_date"] = said("Validation", "Enter the appointment's date.")
    elif problem := clinical_date_problem(
            said("Validation", "The appointment date"), details.service_date, today=today,
            birth_date=client.birth_date):
        problems["service_date"] = problem
    elif status is not None and (problem := _status_problem(status, details.service_date,
                                                            today)):
        problems["status"] = problem
    if details.at is not None and not isinstance(details.at, time):
        problems["at"] = said("Validation", "Enter the time as hours and minutes.")
    if kind is AppointmentKind.INTAKE:
        if details.level_code is None:
            problems["level_code"] = said(
                "Validation", "Choose the level of care the intake is for.")
        elif session.get(LevelOfCare, details.level_code) is None:
            problems["level_code"] = said("Validation", "Choose a level of care from the list.")
    problems.update(_reference_problems(session, client, details,
                                        kept_facility_id=kept_facility_id,
                                        kept_member_id=kept_member_id))
    if problems:
        raise ValidationError.for_fields(problems)


def _reference_problems(session: Session, client: Client, details: AppointmentInput, *,
                        kept_facility_id: int | None,
                        kept_member_id: int | None) -> dict[str, str]:
    """What is wrong with the facility, care team member and transition ``details`` name
    (each must exist, belong to the client and, unless kept, not be archived)."""
    problems: dict[str, str] = {}
    if details.facility_id is not None:
        facility = session.get(Facility, details.facility_id) \
            if possible_key(details.facility_id) else None
        if facility is None:
            problems["facility_id"] = said(
                "Validation", "Choose a facility or program from the list.")
        elif facility.archived_at is not None and details.facility_id != kept_facility_id:
            problems["facility_id"] = said(
                "Validation", "%1 is archived; choose another.").arg(facility.name)
    if details.care_team_member_id is not None:
        member = session.get(CareTeamMember, details.care_team_member_id) \
            if possible_key(details.care_team_member_id) else None
        if member is None or member.client_id != client.id:
            problems["care_team_member_id"] = said(
                "Validation", "Choose a member of this client's care team.")
        elif (member.archived_at is not None
              and details.care_team_member_id != kept_member_id):
            problems["care_team_member_id"] = said(
                "Validation", "%1 no longer treats the client; choose a current member.").arg(
                member.name)
    if details.transition_id is not None:
        transition = session.get(Transition, details.transition_id) \
            if possible_key(details.transition_id) else None
        if transition is None or transition.client_id != client.id:
            problems["transition_id"] = said("Validation", "That transition is not this client's.")
    return problems


def _status_problem(status: AppointmentStatus, day: date, today: date) -> str | None:
    """Kept and missed are things that have happened: never on a day still ahead."""
    if status in _HAPPENED and day > today:
        word = "kept" if status is AppointmentStatus.KEPT else "missed"
        return f"A {word} appointment cannot be in the future."
    return None


def _apply(appointment: Appointment, details: AppointmentInput) -> None:
    for name in _INPUT_FIELDS:
        if name == "at":
            continue
        value = getattr(details, name)
        # The codes are stored as their plain values.
        setattr(appointment, name, value.value if isinstance(
            value, (AppointmentKind, AppointmentStatus)) else value)
    appointment.starts_at = starts_at(details.service_date, details.at)


def starts_at(service_date: date, at: time | None) -> datetime:
    """The day and local time at this workstation, in UTC (local midnight when no time)."""
    return datetime.combine(service_date, at or _NO_TIME).astimezone().astimezone(UTC)


def _view_query() -> Select[Appointment, str | None, str | None, str | None, str | None]:
    return (select(Appointment, Facility.name, CareTeamMember.name, CareTeamMember.role,
                   LevelOfCare.name)
            .outerjoin(Facility, Facility.id == Appointment.facility_id)
            .outerjoin(CareTeamMember, CareTeamMember.id == Appointment.care_team_member_id)
            .outerjoin(LevelOfCare, LevelOfCare.code == Appointment.level_code))


def pending_appointment_views(session: Session, client_id: int,
                              today: date) -> list[AppointmentView]:
    """The client's appointments still ahead (scheduled or confirmed, from ``today`` on),
    soonest first: what a packet lists as booked."""
    rows = session.execute(_view_query().where(
        Appointment.client_id == client_id, Appointment.status.in_(_PENDING_CODES),
        Appointment.service_date >= today)).all()
    views = [_view(*row, today=today) for row in rows]
    return sorted(views, key=lambda view: (view.service_date, view.starts_at, view.id))


_PENDING_CODES = tuple(sorted(status.value for status in PENDING_APPOINTMENTS))


def _read_view(session: Session, appointment_id: int, today: date) -> AppointmentView:
    row = session.execute(_view_query().where(Appointment.id == appointment_id)).first()
    if row is None:
        raise NotFound("That appointment does not exist.")
    return _view(*row, today=today)


def day_and_time(appointment: Appointment) -> tuple[date, time | None]:
    """The appointment's day at the clinic and its local time (None: no time entered)."""
    local = appointment.starts_at.astimezone()
    day = appointment.service_date or local.date()
    at = local.time().replace(second=0, microsecond=0)
    return day, None if at == _NO_TIME or local.date() != day else at


def _view(appointment: Appointment, facility: str | None, member: str | None,
          role: str | None, level: str | None, *, today: date) -> AppointmentView:
    day, at = day_and_time(appointment)
    details = AppointmentInput(
        kind=_kind(appointment.kind),
        service_date=day, at=at,
        facility_id=appointment.facility_id,
        care_team_member_id=appointment.care_team_member_id,
        with_whom=appointment.with_whom, level_code=appointment.level_code,
        focus=appointment.focus, location=appointment.location, purpose=appointment.purpose,
        status=_status(appointment.status),
        notes=appointment.notes, transition_id=appointment.transition_id)
    past_due = details.status in PENDING_APPOINTMENTS and day < today
    return AppointmentView(appointment.id, appointment.client_id, appointment.version,
                           details, appointment.starts_at, facility or "", member or "",
                           role or "", level or "", past_due)


def _kind(value: str) -> AppointmentKind:
    try:
        return AppointmentKind(value)
    except ValueError:  # a code from a later version of the app
        return AppointmentKind.OTHER


def _status(value: str) -> AppointmentStatus:
    try:
        return AppointmentStatus(value)
    except ValueError:
        return AppointmentStatus.SCHEDULED


def _clocks_met(session: Session, client_id: int,
                today: date) -> dict[int, tuple[MetClock, ...]]:
    """The clocks each kept appointment met (by ``today``), by appointment.

    The stored clocks do not say which appointment met them, so the rules say it here.
    """
    met: dict[int, list[MetClock]] = {}
    for clock in derived.worked_out_clocks(session, client_id):
        if clock.closed_by_appointment_id is not None and clock.closed_on is not None \
                and clock.closed_on <= today:
            met.setdefault(clock.closed_by_appointment_id, []).append(
                MetClock(clock.kind, clock.window_days))
    return {appointment_id: tuple(clocks) for appointment_id, clocks in met.items()}


def _refresh_clocks(uow: UnitOfWork, client_id: int) -> None:
    """Work the client's clocks out again (a kept appointment came or went), and say so."""
    derived.refresh(uow.session, [client_id])
    uow.changed(Topic.CLOCKS, client_id)


def _load(session: Session, appointment_id: int) -> Appointment:
    return load(session, Appointment, appointment_id, "appointment")
