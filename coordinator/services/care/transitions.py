"""Transitions between levels of care: plan, edit, cancel, complete.

A transition leaves the client's current episode for a level of care chosen by a clinician.
Its direction comes from the levels' intensities (never from assessment scores), its
criteria from the checklist for that direction, and it records who decided and when.
Completing it discharges the old episode and starts the new one in one transaction.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.episodes import ConfirmationRequired, criteria_problem, far_date_warning
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.levels import Direction, direction_between
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import (
    CareFocus,
    ClientStatus,
    EpisodeStatus,
    Modality,
    TransitionStatus,
)
from coordinator.domain.words import said
from coordinator.services import derived
from coordinator.services.care.discharge import (
    apply_details,
    cleaned_details,
    details_audit_words,
    details_problems,
    with_next_level,
)
from coordinator.services.care.dto import (
    CompletedTransition,
    DischargeDetails,
    TransitionCompletion,
    TransitionPlan,
    TransitionView,
)
from coordinator.services.care.episodes import discharge_problems
from coordinator.services.care.records import (
    cancel_booked_intakes,
    check_can_leave,
    check_no_overlap,
    coded_field_problems,
    describe_episode,
    direction_words,
    episode_view,
    levels_by_code,
    live_episodes,
    load_episode,
    load_transition,
    lock_client,
    set_client_active,
    today_of,
    transition_views,
)
from coordinator.services.context import ServiceContext, UnitOfWork, stale_conflict
from coordinator.services.field_limits import column_problems
from coordinator.services.notify import Topic
from coordinator.services.readiness import missing_assessment_problem
from coordinator.store.models import Client, Episode, Facility, LevelOfCare, Transition

if TYPE_CHECKING:
    from coordinator.services.appointments import AppointmentInput

#: How ``plan`` names the problems of a refused intake: ``intake_`` and the
#: ``AppointmentInput`` field, e.g. ``intake_service_date``.
INTAKE_PREFIX = "intake_"

# coded_field_problems names episode fields; a transition's fields are named "to_…".
_PLAN_FIELDS = {"level_code": "to_level_code", "facility_id": "to_facility_id",
                "track": "to_track"}


class TransitionService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def transitions_of(self, client_id: int) -> list[TransitionView]:
        """The client's transitions by planned date, oldest first, with gaps filled in."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work(write=False) as uow:
            return client_transitions(uow.session, client_id, today)

    def get(self, transition_id: int) -> TransitionView:
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work(write=False) as uow:
            transition = load_transition(uow.session, transition_id)
            return transition_views(uow.session, [transition], today)[0]

    # --- writes --------------------------------------------------------------------------

    def plan(self, client_id: int, from_episode_id: int | None, details: TransitionPlan, *,
             confirm_far_date: bool = False,
             intake: AppointmentInput | None = None) -> TransitionView:
        """Plan a move from ``from_episode_id`` (None: an initial admission).

        With ``intake``, the intake appointment at the target level is booked in the same
        transaction: its kind, level, focus (the episode's), status (scheduled) and link to
        the new transition are set here, its facility defaults to the transition's. A
        refused intake saves nothing; its problems are keyed ``intake_<field>`` (e.g.
        ``intake_service_date``) so a form shows them apart from the plan's own.

        Raises ``ConfirmationRequired`` (a ``ValidationError`` on ``planned_date``) for a
        date more than a year from today unless ``confirm_far_date``.
        """
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            client = lock_client(uow.session, client_id)
            source = None
            if from_episode_id is not None:
                source = load_episode(uow.session, from_episode_id)
                if source.client_id != client.id:
                    raise ValidationError.for_fields({"from_episode_id": said(
                        "Validation", "That episode belongs to another client.")})
                check_can_leave(uow.session, source)
            direction = _validate(uow.session, source, details, today, confirm_far_date,
                                  client.birth_date)
            if problem := missing_assessment_problem(uow.session, source, direction):
                raise ValidationError.for_fields({"readiness": problem})
            if intake is not None and details.to_level_code is None:
                raise ValidationError.for_fields({"intake": said(
                    "Validation", "An exit from care has no next level, so there is no intake to "
                                  "book.")})
            transition = Transition(
                client_id=client.id, from_episode_id=source.id if source else None,
                direction=direction.value, status=TransitionStatus.PLANNED.value,
                decided_by_id=actor.user_id, decided_at=self.ctx.clock())
            _apply(transition, details)
            uow.session.add(transition)
            uow.session.flush()
            uow.audit("create", "transition", transition.id,
                      f"{direction.value} to {details.to_level_code or 'exit'} for client "
                      f"{client.id} on {details.planned_date.isoformat()}")
            if intake is not None:
                _book_intake(uow, client, transition, source, intake, today, actor.user_id)
            _changed(uow, transition)
            return transition_views(uow.session, [transition], today)[0]

    def update(self, transition_id: int, expected_version: int, details: TransitionPlan, *,
               confirm_far_date: bool = False) -> TransitionView:
        """Edit a planned transition made on ``expected_version``; the editor becomes the
        one who decided it, now."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            transition = load_transition(uow.session, transition_id)
            client = lock_client(uow.session, transition.client_id)
            source = _open_planned(uow.session, transition, expected_version)
            direction = _validate(uow.session, source, details, today, confirm_far_date,
                                  client.birth_date)
            before = _plan_of(transition)
            _apply(transition, details)
            transition.direction = direction.value
            transition.decided_by_id = actor.user_id
            transition.decided_at = self.ctx.clock()
            changed = [field.name for field in fields(TransitionPlan)
                       if getattr(details, field.name) != getattr(before, field.name)]
            uow.session.flush()
            uow.audit("update", "transition", transition.id,
                      ", ".join(changed) or "decision confirmed")
            _changed(uow, transition)
            return transition_views(uow.session, [transition], today)[0]

    def cancel(self, transition_id: int, expected_version: int,
               reason: str = "") -> TransitionView:
        """A planned transition will not happen (a planned episode it leads to neither,
        and an intake booked with it is cancelled)."""
        self.ctx.require(Permission.EDIT_CARE)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            transition = load_transition(uow.session, transition_id)
            lock_client(uow.session, transition.client_id)
            if transition.version != expected_version:
                raise stale_conflict()
            _check_planned(transition)
            transition.status = TransitionStatus.CANCELLED.value
            target = _planned_target(uow.session, transition)
            if target is not None:
                target.status = EpisodeStatus.CANCELLED.value
                uow.session.flush()
                uow.audit("cancel", "episode", target.id, f"transition {transition.id}")
                uow.changed(Topic.EPISODE, target.id)
            cancel_booked_intakes(uow, transition)
            uow.session.flush()
            uow.audit("cancel", "transition", transition.id, reason.strip())
            _changed(uow, transition)
            return transition_views(uow.session, [transition], today)[0]

    def complete(self, transition_id: int, expected_version: int,
                 outcome: TransitionCompletion,
                 details: DischargeDetails | None = None) -> CompletedTransition:
        """The move took place: in one transaction, discharge the episode the client leaves
        (unless already discharged), start the next one and mark the transition completed.

        ``details`` are the discharge details of the episode left, saved with its end (or,
        when it was discharged already, over what was recorded then). When this completion
        discharges the client, the move itself is the episode's planned next level and
        start unless the details name another. An exit only discharges, and takes the
        client off the active caseload when no other episode is running or planned. A
        discharged client starting a new episode is back on the active caseload.
        """
        actor = self.ctx.require(Permission.EDIT_CARE)
        outcome = _cleaned_outcome(outcome)
        details = cleaned_details(details) if details is not None else None
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            session = uow.session
            transition = load_transition(session, transition_id)
            client = lock_client(session, transition.client_id)
            source = _open_planned(session, transition, expected_version)
            direction = Direction(transition.direction)
            discharged_on = _check_outcome(session, transition, source, outcome, details,
                                           today, client.birth_date)
            levels = levels_by_code(session)
            left = _left_details(source, transition, outcome, details)
            if source is not None and source.status == EpisodeStatus.ACTIVE.value:
                to_words, _ = direction_words(direction)
                to_name = levels[transition.to_level_code].name \
                    if transition.to_level_code else ""
                source.end_date = discharged_on
                source.status = EpisodeStatus.COMPLETED.value
                source.discharge_disposition = outcome.discharge_disposition or (
                    f"{to_words} {to_name}" if to_name else "Discharged from care")
                changed = apply_details(source, left) if left is not None else []
                session.flush()
                uow.audit("discharge", "episode", source.id,
                          f"{_day(discharged_on)}: {source.discharge_disposition}"
                          f"{details_audit_words(changed)}")
                uow.changed(Topic.EPISODE, source.id)
            elif source is not None:
                changed = []
                if outcome.discharge_disposition and \
                        outcome.discharge_disposition != source.discharge_disposition:
                    source.discharge_disposition = outcome.discharge_disposition
                    changed.append("discharge_disposition")
                if left is not None:
                    changed += apply_details(source, left)
                if changed:
                    session.flush()
                    uow.audit("update", "episode", source.id, ", ".join(changed))
                    uow.changed(Topic.EPISODE, source.id)
            started = None
            if transition.to_level_code is not None:
                started = _start_next(uow, transition, source, outcome, actor.user_id)
                check_no_overlap(session, started, levels[started.level_code])
                set_client_active(client)
                transition.to_episode_id = started.id
                transition.completed_on = started.start_date
            else:
                transition.completed_on = discharged_on
                _discharge_client(session, client)
            transition.status = TransitionStatus.COMPLETED.value
            session.flush()
            uow.audit("complete", "transition", transition.id,
                      f"{direction.value} completed {_day(transition.completed_on)}")
            _changed(uow, transition)
            return CompletedTransition(
                transition_views(session, [transition], today)[0],
                episode_view(session, source) if source is not None else None,
                episode_view(session, started) if started is not None else None)


def client_transitions(session: Session, client_id: int, today: date) -> list[TransitionView]:
    """``TransitionService.transitions_of`` read on ``session``; ``today`` dates the
    warnings of planned moves."""
    rows = session.execute(select(Transition).where(
        Transition.client_id == client_id).order_by(
        Transition.planned_date, Transition.id)).scalars().all()
    return transition_views(session, rows, today)


def _left_details(source: Episode | None, transition: Transition,
                  outcome: TransitionCompletion,
                  details: DischargeDetails | None) -> DischargeDetails | None:
    """The discharge details to save on the episode left (None: leave them as they are).

    Given details replace what was recorded. When this completion discharges the client,
    the move itself is the planned next level and start, unless the details name another;
    an episode discharged earlier keeps the plan recorded then.
    """
    if source is None:
        return None
    discharging = source.status == EpisodeStatus.ACTIVE.value
    if transition.to_level_code is None or not discharging:
        return details
    return with_next_level(details or DischargeDetails(), transition.to_level_code,
                           outcome.start_date)


def _book_intake(uow: UnitOfWork, client: Client, transition: Transition,
                 source: Episode | None, intake: AppointmentInput, today: date,
                 actor_id: int | None) -> None:
    """Book the intake at the transition's level, inside the plan's unit of work."""
    # Imported here: the appointments service itself imports this package's records.
    from coordinator.services.appointments import insert_appointment

    assert transition.to_level_code is not None  # an exit was refused before
    booked = replace(
        intake, kind=AppointmentKind.INTAKE, level_code=transition.to_level_code,
        focus=source.focus if source is not None else intake.focus,
        facility_id=intake.facility_id if intake.facility_id is not None
        else transition.to_facility_id,
        status=AppointmentStatus.SCHEDULED, transition_id=transition.id)
    try:
        insert_appointment(uow, client, booked, today=today, actor_id=actor_id)
    except ValidationError as refused:
        if not refused.fields:
            raise
        raise ValidationError.for_fields({f"{INTAKE_PREFIX}{name}": sentence
                                          for name, sentence in refused.fields.items()}
                                         ) from refused


def _plan_of(transition: Transition) -> TransitionPlan:
    return TransitionPlan(transition.to_level_code, transition.planned_date,
                          transition.rationale, tuple(transition.criteria or ()),
                          transition.to_facility_id, transition.to_track)


def _cleaned(details: TransitionPlan) -> TransitionPlan:
    criteria = tuple(dict.fromkeys(code.strip() for code in details.criteria if code.strip()))
    level = (details.to_level_code or "").strip().upper() or None
    track = (details.to_track or "").strip() or None
    return replace(details, to_level_code=level, to_track=track,
                   rationale=details.rationale.strip(), criteria=criteria)


def _cleaned_outcome(outcome: TransitionCompletion) -> TransitionCompletion:
    return replace(outcome, discharge_disposition=outcome.discharge_disposition.strip(),
                   modality=outcome.modality.strip(), focus=outcome.focus.strip(),
                   admission_source=outcome.admission_source.strip())


def _validate(session: Session, source: Episode | None, details: TransitionPlan, today: date,
              confirm_far_date: bool, birth_date: date | None) -> Direction:
    """Check a plan; returns its direction. Raises ``ConfirmationRequired`` last of all."""
    exit_ = details.to_level_code is None
    problems = column_problems(Transition, {"rationale": details.rationale})
    problems |= {_PLAN_FIELDS[name]: sentence for name, sentence in coded_field_problems(
        session, level_code=details.to_level_code,
        facility_id=None if exit_ else details.to_facility_id,
        track=None if exit_ else details.to_track).items()}
    if source is None and exit_:
        problems["to_level_code"] = said(
            "Validation", "Choose the level of care the client is admitted to.")
    if not details.rationale:
        problems["rationale"] = said("Validation", "Give the reason for this transition.")
    source_level = session.get(LevelOfCare, source.level_code) if source else None
    target_level = session.get(LevelOfCare, details.to_level_code) \
        if details.to_level_code else None
    direction = direction_between(source_level.intensity if source_level else None,
                                  target_level.intensity if target_level else None)
    if "to_level_code" not in problems and (
            problem := criteria_problem(direction, details.criteria)):
        problems["criteria"] = problem
    if problem := clinical_date_problem(
            said("Validation", "The planned date"), details.planned_date, today=today,
            birth_date=birth_date):
        problems["planned_date"] = problem
    elif source is not None and details.planned_date < source.start_date:
        problems["planned_date"] = said(
            "Validation", "The planned date %1 is before %2 started.").arg(
            details.planned_date, describe_episode(session, source))
    elif source is not None and source.end_date and details.planned_date < source.end_date:
        problems["planned_date"] = said(
            "Validation", "The planned date %1 is before the discharge on %2 from %3.").arg(
            details.planned_date, source.end_date, describe_episode(session, source))
    if problems:
        raise ValidationError.for_fields(problems)
    warning = far_date_warning(details.planned_date, today)
    if warning and not confirm_far_date:
        raise ConfirmationRequired.for_fields({"planned_date": warning})
    return direction


def _apply(transition: Transition, details: TransitionPlan) -> None:
    exit_ = details.to_level_code is None
    transition.to_level_code = details.to_level_code
    transition.to_facility_id = None if exit_ else details.to_facility_id
    transition.to_track = None if exit_ else details.to_track
    transition.planned_date = details.planned_date
    transition.criteria = list(details.criteria)
    transition.rationale = details.rationale


def _check_planned(transition: Transition) -> None:
    if transition.status == TransitionStatus.COMPLETED.value:
        raise Conflict(f"This transition was already completed on "
                       f"{_day(transition.completed_on)}.")
    if transition.status == TransitionStatus.CANCELLED.value:
        raise Conflict(said("Validation", "This transition was cancelled."))


def _open_planned(session: Session, transition: Transition,
                  expected_version: int) -> Episode | None:
    """The episode a planned transition leaves, after checking it may still happen."""
    if transition.version != expected_version:
        raise stale_conflict()
    _check_planned(transition)
    if transition.from_episode_id is None:
        return None
    source = load_episode(session, transition.from_episode_id)
    check_can_leave(session, source)
    return source


def _check_outcome(session: Session, transition: Transition, source: Episode | None,
                   outcome: TransitionCompletion, details: DischargeDetails | None,
                   today: date, birth_date: date | None) -> date | None:
    """Check what happened (and the discharge details given); returns the discharge date
    from ``source`` (None: initial)."""
    problems = column_problems(Episode, {
        "discharge_disposition": outcome.discharge_disposition,
        "admission_source": outcome.admission_source})
    if outcome.discharged_on is not None and (problem := clinical_date_problem(
            said("Validation", "The discharge date"), outcome.discharged_on, today=today,
            birth_date=birth_date)):
        problems["discharged_on"] = problem
    discharged_on: date | None = None
    if source is not None and source.status == EpisodeStatus.ACTIVE.value:
        problems = discharge_problems(source, outcome.discharged_on, today,
                                      "discharged_on") | problems
        discharged_on = outcome.discharged_on
    elif source is not None:
        discharged_on = source.end_date
        if outcome.discharged_on is not None and outcome.discharged_on != discharged_on:
            label = describe_episode(session, source)
            problems["discharged_on"] = said(
                "Validation", "The client was already discharged on %1 from %2; leave the "
                              "discharge date empty.").arg(discharged_on or _day(None), label)
    if transition.to_level_code is not None:
        if problem := _start_problem(session, transition.to_level_code, outcome.start_date,
                                     source, None if "discharged_on" in problems
                                     else discharged_on, today, birth_date):
            problems["start_date"] = problem
        problems.update(coded_field_problems(
            session, focus=outcome.focus or None, modality=outcome.modality or None,
            hours=outcome.planned_weekly_hours))
    if details is not None and source is None and not details.is_empty():
        problems["discharge_details"] = said(
            "Validation", "An initial admission ends no episode; leave the "
                          "discharge details empty.")
    elif details is not None and source is not None:
        problems.update(details_problems(
            session, source, details, today=today, birth_date=birth_date,
            discharged_on=None if "discharged_on" in problems else discharged_on))
    if problems:
        raise ValidationError.for_fields(problems)
    return discharged_on


def _start_problem(session: Session, level_code: str, start: date | None,
                   source: Episode | None, discharged_on: date | None, today: date,
                   birth_date: date | None) -> str | None:
    """What is wrong with the day the client started at ``level_code``: none given, not a
    believable date, before the discharge it follows (``discharged_on``, None when that
    date is itself in question), or still ahead."""
    level = session.get(LevelOfCare, level_code)
    name = level.name if level else level_code
    if start is None:
        return said("Validation", "Enter the day the client started %1.").arg(name)
    if problem := clinical_date_problem(said("Validation", "The start date"), start, today=today,
                                        birth_date=birth_date):
        return problem
    if source is not None and discharged_on is not None and start < discharged_on:
        return said("Validation", "%1 cannot start on %2, before the discharge on %3 from "
                                  "%4.").arg(name, start, discharged_on,
                                             describe_episode(session, source))
    if start > today:
        return said("Validation", "%1 is after today; complete the transition when the client "
                                  "arrives.").arg(start)
    return None


def _planned_target(session: Session, transition: Transition) -> Episode | None:
    """A planned episode the transition leads to (recorded ahead, e.g. a booked intake)."""
    if transition.to_episode_id is None:
        return None
    target = load_episode(session, transition.to_episode_id)
    if target.status != EpisodeStatus.PLANNED.value or target.entered_in_error:
        return None
    return target


def _start_next(uow: UnitOfWork, transition: Transition, source: Episode | None,
                outcome: TransitionCompletion, user_id: int) -> Episode:
    """The next episode, started: a planned one the transition leads to, or a new one."""
    session = uow.session
    assert transition.to_level_code is not None and outcome.start_date is not None
    _, from_words = direction_words(Direction(transition.direction))
    if outcome.admission_source:
        admitted_from = outcome.admission_source
    elif source is not None:
        facility = session.get(Facility, source.facility_id) if source.facility_id else None
        level = session.get(LevelOfCare, source.level_code)
        where = facility.name if facility else level.name if level else source.level_code
        admitted_from = f"{from_words} {where}"
    else:
        admitted_from = ""
    episode = _planned_target(session, transition)
    created = episode is None
    if episode is None:
        episode = Episode(client_id=transition.client_id, created_by_id=user_id,
                          entered_in_error=False, aftercare_plan="",
                          discharge_disposition="")
        session.add(episode)
    episode.level_code = transition.to_level_code
    episode.facility_id = transition.to_facility_id
    episode.track = transition.to_track
    episode.focus = outcome.focus or (source.focus if source is not None
                                      else episode.focus or CareFocus.MENTAL_HEALTH.value)
    # A planned episode keeps what was booked unless the outcome says otherwise.
    episode.modality = outcome.modality or episode.modality or Modality.IN_PERSON.value
    if outcome.planned_weekly_hours is not None or created:
        episode.planned_weekly_hours = outcome.planned_weekly_hours
    episode.start_date = outcome.start_date
    episode.end_date = None
    episode.status = EpisodeStatus.ACTIVE.value
    episode.admission_source = admitted_from
    session.flush()
    uow.audit("create" if created else "update", "episode", episode.id,
              f"{episode.level_code} started {outcome.start_date.isoformat()} "
              f"(transition {transition.id})")
    uow.changed(Topic.EPISODE, episode.id)
    return episode


def _discharge_client(session: Session, client: Client) -> None:
    """After an exit, a client with no running or planned episode leaves the caseload."""
    running = live_episodes(session, client.id, statuses=(
        EpisodeStatus.ACTIVE.value, EpisodeStatus.PLANNED.value))
    if not running and client.status == ClientStatus.ACTIVE.value:
        client.status = ClientStatus.DISCHARGED.value


def _changed(uow: UnitOfWork, transition: Transition) -> None:
    derived.refresh(uow.session, [transition.client_id])
    uow.changed(Topic.TRANSITION, transition.id)
    uow.changed(Topic.CLIENT, transition.client_id)


def _day(day: date | None) -> str:
    return day.isoformat() if day else "an unknown date"
