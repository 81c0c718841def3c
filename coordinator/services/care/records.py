"""Loading, checking and describing episodes and transitions, shared by the care services.

Everything here runs inside a caller's unit of work and returns DTOs or raises the typed
errors of ``coordinator.domain.errors`` with sentences that name the record concerned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.clinical_record import PENDING_APPOINTMENTS, AppointmentStatus
from coordinator.domain.episodes import Stay, far_date_warning, first_overlap, gap_days
from coordinator.domain.errors import Conflict, NotFound, ValidationError
from coordinator.domain.levels import Direction, hours_warning
from coordinator.domain.levels import LevelOfCare as LevelRule
from coordinator.domain.vocabulary import (
    CareFocus,
    ClientStatus,
    EpisodeStatus,
    Modality,
    Track,
    TransitionStatus,
)
from coordinator.domain.words import said
from coordinator.services.care.dto import (
    DischargeDetails,
    EpisodeView,
    FacilityChoice,
    LevelView,
    TransitionView,
)
from coordinator.services.context import UnitOfWork, load
from coordinator.services.field_limits import possible_key
from coordinator.services.notify import Topic
from coordinator.store.models import (
    Appointment,
    Client,
    Episode,
    Facility,
    LevelOfCare,
    Transition,
    User,
)

HOURS_IN_A_WEEK = 168
#: Statuses of episodes that really happened (or are happening): the ones that may overlap.
TAKING_PLACE = (EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value)


def today_of(now: datetime) -> date:
    """The calendar day at the workstation (dates have no time zone, docs/architecture.md 2)."""
    return now.astimezone().date()


def coded_field_problems(session: Session, *, level_code: str | None = None,
                         facility_id: int | None = None, focus: str | None = None,
                         track: str | None = None, modality: str | None = None,
                         hours: float | None = None,
                         kept_facility_id: int | None = None) -> dict[str, str]:
    """Problems with the coded fields of an episode or transition (None: not checked).

    ``kept_facility_id`` is the facility saved already, which may stay even if archived.
    """
    problems: dict[str, str] = {}
    if level_code is not None and session.get(LevelOfCare, level_code) is None:
        problems["level_code"] = said("Validation", "Choose a level of care.")
    if facility_id is not None:
        facility = session.get(Facility, facility_id) if possible_key(facility_id) else None
        if facility is None:
            problems["facility_id"] = said(
                "Validation", "Choose a facility or program from the list.")
        elif facility.archived_at is not None and facility_id != kept_facility_id:
            problems["facility_id"] = f"{facility.name} is archived; choose another."
    if focus is not None and focus not in {item.value for item in CareFocus}:
        problems["focus"] = said(
            "Validation", "Choose mental health, substance use or co-occurring.")
    if track is not None and track not in {item.value for item in Track}:
        problems["track"] = said(
            "Validation", "Choose the morning, afternoon or evening track, or none.")
    if modality is not None and modality not in {item.value for item in Modality}:
        problems["modality"] = said("Validation", "Choose in person, telehealth or hybrid.")
    if hours is not None and not 0 <= hours <= HOURS_IN_A_WEEK:
        problems["planned_weekly_hours"] = f"Weekly hours must be between 0 and {HOURS_IN_A_WEEK}."
    return problems


def lock_client(session: Session, client_id: int) -> Client:
    """The client, locked for this transaction so two workstations' care edits queue up.

    On PostgreSQL this is ``SELECT … FOR UPDATE``; SQLite's ``BEGIN IMMEDIATE`` already
    serializes writers. Without it, two overlapping 24/7 stays saved at the same moment on
    two workstations could both pass the overlap check.
    """
    client = session.execute(
        select(Client).where(Client.id == client_id).with_for_update()).scalar_one_or_none()
    if client is None:
        raise NotFound(said("Validation", "That client does not exist."))
    return client


ARCHIVED_CLIENT = said("Validation", "The client's record is archived; restore it first.")


def writable_client(session: Session, client_id: int) -> Client:
    """The client, locked for this transaction (``lock_client``), or ``ValidationError``
    when the record is archived: nothing on an archived record changes until it is
    restored. An id no record can have is "does not exist"."""
    if not possible_key(client_id):
        raise NotFound(said("Validation", "That client does not exist."))
    client = lock_client(session, client_id)
    if client.status == ClientStatus.ARCHIVED.value:
        raise ValidationError(ARCHIVED_CLIENT)
    return client


def load_episode(session: Session, episode_id: int) -> Episode:
    return load(session, Episode, episode_id, "episode")


def load_transition(session: Session, transition_id: int) -> Transition:
    return load(session, Transition, transition_id, "transition")


def levels_by_code(session: Session) -> dict[str, LevelOfCare]:
    return {level.code: level for level in session.execute(select(LevelOfCare)).scalars()}


def level_rule(level: LevelOfCare) -> LevelRule:
    """The domain's view of a stored level (for ``hours_warning`` and friends)."""
    return LevelRule(level.code, level.name, level.asam_level, level.min_weekly_hours,
                     level.max_weekly_hours, level.round_the_clock, level.intensity,
                     level.description)


def level_view(level: LevelOfCare) -> LevelView:
    return LevelView(level.code, level.name, level.asam_level, level.min_weekly_hours,
                     level.max_weekly_hours, level.round_the_clock, level.intensity,
                     level.description, level.version)


def facility_choice(facility: Facility) -> FacilityChoice:
    return FacilityChoice(facility.id, facility.name, facility.kind, facility.is_own_program,
                          facility.accepts_referrals, facility.city)


def is_round_the_clock(level: LevelOfCare) -> bool:
    """Whether stays at ``level`` count as 24/7 for the overlap rule.

    "Varies" (None, withdrawal management) counts: a detox stay next to an inpatient or
    residential stay is as impossible as two hospital stays at once.
    """
    return level.round_the_clock is not False


def facility_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {facility_id for facility_id in ids if facility_id is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Facility.id, Facility.name).where(Facility.id.in_(wanted)))
    return {facility_id: name for facility_id, name in rows}


def describe_episode(session: Session, episode: Episode, *, capital: bool = False) -> str:
    """E.g. "the Inpatient episode at Mercy Hospital from 2026-03-01 to 2026-03-12" (words
    a screen shows in the user's language); ``capital``: "The …", to start a sentence."""
    level = session.get(LevelOfCare, episode.level_code)
    name = level.name if level else episode.level_code
    facility = session.get(Facility, episode.facility_id) if episode.facility_id else None
    start, end = episode.start_date, episode.end_date
    if facility is not None and end is not None:
        return (said("Validation", "The %1 episode at %2 from %3 to %4") if capital
                else said("Validation", "the %1 episode at %2 from %3 to %4")).arg(
            name, facility.name, start, end)
    if facility is not None:
        return (said("Validation", "The %1 episode at %2 from %3 (not discharged)") if capital
                else said("Validation", "the %1 episode at %2 from %3 (not discharged)")).arg(
            name, facility.name, start)
    if end is not None:
        return (said("Validation", "The %1 episode from %2 to %3") if capital
                else said("Validation", "the %1 episode from %2 to %3")).arg(name, start, end)
    return (said("Validation", "The %1 episode from %2 (not discharged)") if capital
            else said("Validation", "the %1 episode from %2 (not discharged)")).arg(name, start)


def check_no_overlap(session: Session, episode: Episode, level: LevelOfCare) -> None:
    """Refuse a 24/7 stay that shares a night with another of the client's 24/7 stays.

    ``episode`` holds the dates being saved (flushed or not); the error names the other
    episode and is attached to the date field that runs into it.
    """
    if not is_round_the_clock(level):
        return
    query = (select(Episode).join(LevelOfCare, LevelOfCare.code == Episode.level_code)
             .where(Episode.client_id == episode.client_id,
                    Episode.status.in_(TAKING_PLACE),
                    Episode.entered_in_error.is_(False),
                    or_(LevelOfCare.round_the_clock.is_(None),
                        LevelOfCare.round_the_clock.is_(True)))
             .order_by(Episode.start_date, Episode.id))
    # Autoflush may insert ``episode`` itself before the query runs: skip it by identity.
    others = [row for row in session.execute(query).scalars() if row is not episode]
    stay = Stay(episode.start_date, episode.end_date)
    other = first_overlap(stay, ((row, Stay(row.start_date, row.end_date)) for row in others))
    if other is None:
        return
    # The start falls inside the other stay, or the stay runs on into it.
    inside = Stay(other.start_date, other.end_date).contains(episode.start_date)
    field = "start_date" if inside else "end_date"
    raise ValidationError.for_fields({
        field: said("Validation", "This stay overlaps %1.").arg(
            describe_episode(session, other))})


def leaving_transition(session: Session, episode_id: int) -> Transition | None:
    """The completed transition that moved the client on from this episode, if any."""
    return session.execute(select(Transition).where(
        Transition.from_episode_id == episode_id,
        Transition.status == TransitionStatus.COMPLETED.value,
    ).order_by(Transition.id).limit(1)).scalar_one_or_none()


def check_can_leave(session: Session, episode: Episode) -> None:
    """Refuse a transition out of an episode the client cannot leave (any more).

    An episode that was discharged but not yet left by a transition is still a valid
    starting point: the client left the hospital and waits for the step-down to begin.
    """
    label = describe_episode(session, episode, capital=True)
    if episode.entered_in_error:
        raise Conflict(said("Validation", "%1 was marked entered in error; no transition can "
                                          "leave it.").arg(label))
    if episode.status == EpisodeStatus.CANCELLED.value:
        raise Conflict(said("Validation", "%1 was cancelled; no transition can leave "
                                          "it.").arg(label))
    if episode.status == EpisodeStatus.PLANNED.value:
        raise Conflict(said("Validation", "%1 has not started yet; start it or plan from the "
                                          "current episode.").arg(label))
    left = leaving_transition(session, episode.id)
    if left is not None:
        if left.to_level_code is None:
            then = f"the client was discharged from care on {_day(left.completed_on)}"
        else:
            level = session.get(LevelOfCare, left.to_level_code)
            then = (f"the client moved on to {level.name if level else left.to_level_code} "
                    f"on {_day(left.completed_on)}")
        raise Conflict(f"{label} is already closed: {then}.")


def _day(day: date | None) -> str:
    return day.isoformat() if day else "an unknown date"


def set_client_active(client: Client) -> None:
    """A discharged client who starts a new episode is back on the active caseload."""
    if client.status == ClientStatus.DISCHARGED.value:
        client.status = ClientStatus.ACTIVE.value


def episode_views(session: Session, client_id: int, *,
                  include_entered_in_error: bool = True) -> list[EpisodeView]:
    """The client's episodes, oldest first, with names, warnings and gaps filled in."""
    episodes = session.execute(select(Episode).where(Episode.client_id == client_id)
                               .order_by(Episode.start_date, Episode.id)).scalars().all()
    levels = levels_by_code(session)
    client = session.get(Client, client_id)
    birth_date = client.birth_date if client is not None else None
    facilities = facility_names(session, (episode.facility_id for episode in episodes))
    left = set(session.execute(select(Transition.from_episode_id).where(
        Transition.client_id == client_id,
        Transition.status == TransitionStatus.COMPLETED.value)).scalars())
    views = []
    previous: Episode | None = None
    for episode in episodes:
        counted = (not episode.entered_in_error
                   and episode.status != EpisodeStatus.CANCELLED.value)
        since = gap_days(previous.end_date, episode.start_date) \
            if counted and previous is not None else None
        if counted:
            previous = episode
        if episode.entered_in_error and not include_entered_in_error:
            continue
        views.append(_episode_view(episode, levels[episode.level_code],
                                   facilities.get(episode.facility_id or 0, ""), since,
                                   episode.id in left, birth_date))
    return views


def episode_view(session: Session, episode: Episode) -> EpisodeView:
    for view in episode_views(session, episode.client_id):
        if view.id == episode.id:
            return view
    raise NotFound(said(  # pragma: no cover - just flushed
        "Validation", "That episode does not exist."))


def _episode_view(episode: Episode, level: LevelOfCare, facility_name: str,
                  since: int | None, left: bool, birth_date: date | None) -> EpisodeView:
    # The planned hours apply from the episode's start: the age rule (ASAM's adolescent
    # hours) is the one of that day. No date of birth: the adult rule (levels.usual_hours).
    age = age_on(birth_date, episode.start_date)
    return EpisodeView(
        episode.id, episode.client_id, episode.level_code, level.name, level.intensity,
        level.round_the_clock, episode.facility_id, facility_name, episode.focus,
        episode.track, episode.modality, episode.planned_weekly_hours, episode.start_date,
        episode.end_date, episode.status, episode.admission_source,
        episode.discharge_disposition, episode.aftercare_plan, episode.entered_in_error,
        episode.version, hours_warning(level_rule(level), episode.planned_weekly_hours, age=age),
        since, left, discharge_details_of(episode))


def discharge_details_of(episode: Episode) -> DischargeDetails:
    """The discharge details saved on ``episode`` (a NULL text column reads as blank)."""
    return DischargeDetails(
        discharge_condition=episode.discharge_condition or "",
        mental_status=episode.mental_status or "",
        treatment_provided=episode.treatment_provided or "",
        substances=episode.substances or "", last_use_on=episode.last_use_on,
        legal_status=episode.legal_status or "", housing_status=episode.housing_status or "",
        planned_next_level=episode.planned_next_level or None,
        planned_next_start=episode.planned_next_start)


def cancel_booked_intakes(uow: UnitOfWork, transition: Transition) -> None:
    """Intakes booked with a planned transition that will not happen are cancelled too
    (each with its own audit event), so none stays on the calendar of the receiving
    program; kept or missed ones keep their outcome."""
    pending = [status.value for status in PENDING_APPOINTMENTS]
    booked = uow.session.execute(select(Appointment).where(
        Appointment.transition_id == transition.id,
        Appointment.status.in_(pending))).scalars().all()
    for appointment in booked:
        appointment.status = AppointmentStatus.CANCELLED.value
        uow.session.flush()
        uow.audit("cancel", "appointment", appointment.id, f"transition {transition.id}")
        uow.changed(Topic.APPOINTMENT, appointment.id)


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {user_id for user_id in ids if user_id is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.full_name).where(User.id.in_(wanted)))
    return {user_id: name for user_id, name in rows}


def direction_words(direction: Direction) -> tuple[str, str]:
    """How a discharge disposition and an admission source describe a move.

    Returns e.g. ("Stepped down to", "Stepped down from").
    """
    verb = {Direction.STEP_UP: "Stepped up", Direction.STEP_DOWN: "Stepped down"}.get(
        direction, "Transferred")
    return f"{verb} to", f"{verb} from"


def live_episodes(session: Session, client_id: int, *,
                  statuses: Sequence[str]) -> list[Episode]:
    return list(session.execute(select(Episode).where(
        Episode.client_id == client_id, Episode.status.in_(statuses),
        Episode.entered_in_error.is_(False))).scalars())


def transition_views(session: Session, transitions: Sequence[Transition],
                     today: date) -> list[TransitionView]:
    """Views of ``transitions`` with names, gaps and (for planned ones) date warnings."""
    episode_ids = {t.from_episode_id for t in transitions} | {t.to_episode_id for t in transitions}
    episode_ids.discard(None)
    episodes = {episode.id: episode for episode in session.execute(
        select(Episode).where(Episode.id.in_(episode_ids))).scalars()} if episode_ids else {}
    levels = levels_by_code(session)
    facilities = facility_names(session, [t.to_facility_id for t in transitions]
                                + [e.facility_id for e in episodes.values()])
    users = user_names(session, (t.decided_by_id for t in transitions))
    views = []
    for t in transitions:
        source = episodes.get(t.from_episode_id or 0)
        target = episodes.get(t.to_episode_id or 0)
        discharged_on = source.end_date if source else None
        next_start = target.start_date if target and target.status in TAKING_PLACE else None
        if t.status == TransitionStatus.COMPLETED.value:
            gap = gap_days(discharged_on, next_start)
        else:
            gap = gap_days(discharged_on, t.planned_date) if t.to_level_code else None
        source_level = levels.get(source.level_code) if source else None
        target_level = levels.get(t.to_level_code) if t.to_level_code else None
        views.append(TransitionView(
            t.id, t.client_id, Direction(t.direction), t.status, t.from_episode_id,
            source.level_code if source else None,
            source_level.name if source_level else "",
            facilities.get(source.facility_id or 0, "") if source else "",
            discharged_on, t.to_episode_id, t.to_level_code,
            target_level.name if target_level else "", t.to_facility_id,
            facilities.get(t.to_facility_id or 0, ""), t.to_track, t.planned_date,
            t.completed_on, next_start, gap, tuple(t.criteria or ()), t.rationale,
            t.decided_by_id, users.get(t.decided_by_id or 0, ""), t.decided_at, t.version,
            far_date_warning(t.planned_date, today)
            if t.status == TransitionStatus.PLANNED.value else None))
    return views
