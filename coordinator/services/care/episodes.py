"""Episodes of care: record, edit, start, discharge, cancel, mark entered-in-error.

Nothing is deleted: a planned episode that will not happen is cancelled, a mistaken one is
marked entered-in-error and drops out of lists, clocks and overlap checks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.episodes import ends_before_start
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import EpisodeStatus, TransitionStatus
from coordinator.domain.words import said
from coordinator.services import derived
from coordinator.services.care.discharge import (
    apply_details,
    cleaned_details,
    details_audit_words,
    details_problems,
    takes_substances,
)
from coordinator.services.care.dto import (
    DischargeDetails,
    EpisodeInput,
    EpisodeView,
    FacilityChoice,
)
from coordinator.services.care.records import (
    TAKING_PLACE,
    cancel_booked_intakes,
    check_no_overlap,
    coded_field_problems,
    describe_episode,
    episode_view,
    episode_views,
    facility_choice,
    leaving_transition,
    load_episode,
    lock_client,
    set_client_active,
    today_of,
)
from coordinator.services.context import ServiceContext, UnitOfWork, stale_conflict
from coordinator.services.field_limits import column_problems, text_problem
from coordinator.services.notify import Topic
from coordinator.store.models import Episode, Facility, FacilityLevel, LevelOfCare, Transition

_INPUT_FIELDS = tuple(field.name for field in fields(EpisodeInput))


class EpisodeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def episodes_of(self, client_id: int, *,
                    include_entered_in_error: bool = False) -> list[EpisodeView]:
        """The client's episodes, oldest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return episode_views(uow.session, client_id,
                                 include_entered_in_error=include_entered_in_error)

    def get(self, episode_id: int) -> EpisodeView:
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return episode_view(uow.session, load_episode(uow.session, episode_id))

    def current_episode(self, client_id: int) -> EpisodeView | None:
        """The episode a transition would start from, or None.

        That is the latest active episode (the most intensive on a tie) or else the latest
        discharged episode no transition has left yet: a client discharged from the hospital
        who waits for the step-down is still "in" that episode for planning.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            views = episode_views(uow.session, client_id, include_entered_in_error=False)
        return current_of(views)

    def facilities_offering(self, level_code: str | None = None) -> list[FacilityChoice]:
        """Facilities (our own programs first) that offer ``level_code``; None: all of them.

        Archived facilities are left out.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            query = select(Facility).where(Facility.archived_at.is_(None))
            if level_code is not None:
                query = query.where(Facility.id.in_(select(FacilityLevel.facility_id).where(
                    FacilityLevel.level_code == level_code)))
            query = query.order_by(Facility.is_own_program.desc(), Facility.name, Facility.id)
            return [facility_choice(row) for row in uow.session.execute(query).scalars()]

    def facilities_by_level(self) -> dict[str, list[FacilityChoice]]:
        """``facilities_offering`` for every level at once, in one read: the level code to
        its facilities, our own programs first (levels no facility offers are left out)."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return facilities_by_level(uow.session)

    # --- writes --------------------------------------------------------------------------

    def add(self, client_id: int, details: EpisodeInput) -> EpisodeView:
        """Record an episode: completed if it has an end date, planned if it starts after
        today, otherwise active (a discharged client then returns to the active caseload)."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            client = lock_client(uow.session, client_id)
            if details.end_date is not None:
                status = EpisodeStatus.COMPLETED
            elif details.start_date > today:
                status = EpisodeStatus.PLANNED
            else:
                status = EpisodeStatus.ACTIVE
            level = _validate(uow.session, details, status, today, facility_id=None,
                              birth_date=client.birth_date)
            episode = Episode(client_id=client.id, status=status.value,
                              created_by_id=actor.user_id, entered_in_error=False)
            _apply(episode, details)
            uow.session.add(episode)
            if status is not EpisodeStatus.PLANNED:
                check_no_overlap(uow.session, episode, level)
            if status is EpisodeStatus.ACTIVE:
                set_client_active(client)
            return _saved(uow, episode, "create",
                          f"{episode.level_code} {status.value} for client {client.id}")

    def update(self, episode_id: int, expected_version: int,
               details: EpisodeInput) -> EpisodeView:
        """Save an edit made on ``expected_version``; a newer saved version raises Conflict.

        Giving an active episode an end date discharges it; clearing a discharged episode's
        end date reopens it, unless a transition has already moved the client on.
        """
        self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            episode = load_episode(uow.session, episode_id)
            client = lock_client(uow.session, episode.client_id)
            _check_version(episode, expected_version)
            _check_still_editable(uow.session, episode)
            status = EpisodeStatus(episode.status)
            if status is EpisodeStatus.ACTIVE and details.end_date is not None:
                status = EpisodeStatus.COMPLETED
            elif status is EpisodeStatus.COMPLETED and details.end_date is None:
                if leaving_transition(uow.session, episode.id) is not None:
                    raise ValidationError.for_fields({"end_date": said(
                        "Validation", "The client has already moved on from this episode, so it "
                                      "cannot "
                                      "be reopened; keep its end date.")})
                status = EpisodeStatus.ACTIVE
            level = _validate(uow.session, details, status, today,
                              facility_id=episode.facility_id, birth_date=client.birth_date)
            if not takes_substances(details.focus) and (episode.substances
                                                        or episode.last_use_on):
                raise ValidationError.for_fields({"focus": said(
                    "Validation", "The discharge details record substances used; clear them there "
                                  "before making this a mental-health episode.")})
            before = {name: getattr(episode, name) for name in _INPUT_FIELDS}
            _apply(episode, details)
            episode.status = status.value
            if status is not EpisodeStatus.PLANNED:
                check_no_overlap(uow.session, episode, level)
            if status is EpisodeStatus.ACTIVE:
                set_client_active(client)
            changed = sorted(name for name in _INPUT_FIELDS
                             if getattr(episode, name) != before[name])
            uow.session.flush()
            if changed:
                uow.audit("update", "episode", episode.id, ", ".join(changed))
            _changed(uow, episode)
            return episode_view(uow.session, episode)

    def begin(self, episode_id: int, expected_version: int, start_date: date) -> EpisodeView:
        """A planned episode has started on ``start_date``."""
        self.ctx.require(Permission.EDIT_CARE)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            episode = load_episode(uow.session, episode_id)
            client = lock_client(uow.session, episode.client_id)
            _check_version(episode, expected_version)
            _check_still_editable(uow.session, episode)
            if episode.status != EpisodeStatus.PLANNED.value:
                raise Conflict(said("Validation", "%1 has already started.").arg(
                    describe_episode(uow.session, episode, capital=True)))
            if start_date > today:
                raise ValidationError.for_fields({"start_date": said(
                    "Validation", "%1 is after today; record the start when the client "
                                  "arrives.").arg(start_date)})
            if problem := clinical_date_problem(
                    said("Validation", "The start date"), start_date, today=today,
                    birth_date=client.birth_date):
                raise ValidationError.for_fields({"start_date": problem})
            episode.start_date = start_date
            episode.status = EpisodeStatus.ACTIVE.value
            level = uow.session.get(LevelOfCare, episode.level_code)
            assert level is not None  # a foreign key
            check_no_overlap(uow.session, episode, level)
            set_client_active(client)
            return _saved(uow, episode, "update", f"started {start_date.isoformat()}")

    def discharge(self, episode_id: int, expected_version: int, end_date: date,
                  disposition: str, aftercare_plan: str | None = None,
                  details: DischargeDetails | None = None) -> EpisodeView:
        """End an active episode on ``end_date`` with a discharge disposition and, when
        given, the discharge details (condition, mental status, housing …), all at once.

        The client stays on the active caseload: a transition (or an exit) says what next.
        """
        self.ctx.require(Permission.EDIT_CARE)
        disposition = disposition.strip()
        details = cleaned_details(details) if details is not None else None
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            episode = load_episode(uow.session, episode_id)
            client = lock_client(uow.session, episode.client_id)
            _check_version(episode, expected_version)
            _check_still_editable(uow.session, episode)
            label = describe_episode(uow.session, episode, capital=True)
            if episode.status == EpisodeStatus.PLANNED.value:
                raise Conflict(said("Validation", "%1 has not started; cancel it instead.").arg(
                    label))
            if episode.status != EpisodeStatus.ACTIVE.value:
                raise Conflict(said("Validation", "%1 was already discharged.").arg(label))
            problems = column_problems(Episode, {
                "discharge_disposition": disposition, "aftercare_plan": aftercare_plan or ""})
            problems |= discharge_problems(episode, end_date, today, "end_date")
            if not disposition:
                problems["discharge_disposition"] = said(
                    "Validation", "Enter the discharge disposition.")
            if details is not None:
                problems |= details_problems(
                    uow.session, episode, details, today=today, birth_date=client.birth_date,
                    discharged_on=None if "end_date" in problems else end_date)
            if problems:
                raise ValidationError.for_fields(problems)
            episode.end_date = end_date
            episode.status = EpisodeStatus.COMPLETED.value
            episode.discharge_disposition = disposition
            if aftercare_plan is not None:
                episode.aftercare_plan = aftercare_plan.strip()
            changed = apply_details(episode, details) if details is not None else []
            return _saved(uow, episode, "discharge", f"{end_date.isoformat()}: {disposition}"
                          f"{details_audit_words(changed)}")

    def update_discharge_details(self, episode_id: int, expected_version: int,
                                 details: DischargeDetails) -> EpisodeView:
        """Fill in or correct the discharge details of an ended episode, as a whole: a
        blank field clears what was recorded. An edit made on an older version raises
        Conflict."""
        self.ctx.require(Permission.EDIT_CARE)
        details = cleaned_details(details)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            episode = load_episode(uow.session, episode_id)
            client = lock_client(uow.session, episode.client_id)
            _check_version(episode, expected_version)
            _check_still_editable(uow.session, episode)
            if episode.status != EpisodeStatus.COMPLETED.value or episode.end_date is None:
                raise Conflict(said("Validation", "%1 has not ended; record the details when "
                                                  "the client is discharged.").arg(
                    describe_episode(uow.session, episode, capital=True)))
            if problems := details_problems(uow.session, episode, details, today=today,
                                            birth_date=client.birth_date,
                                            discharged_on=episode.end_date):
                raise ValidationError.for_fields(problems)
            changed = apply_details(episode, details)
            if changed:
                uow.session.flush()
                uow.audit("update", "episode", episode.id,
                          "discharge details: " + ", ".join(changed))
                _changed(uow, episode)
            return episode_view(uow.session, episode)

    def cancel(self, episode_id: int, expected_version: int, reason: str = "") -> EpisodeView:
        """A planned episode will not happen; planned transitions into it are cancelled too."""
        self.ctx.require(Permission.EDIT_CARE)
        with self.ctx.unit_of_work() as uow:
            episode = load_episode(uow.session, episode_id)
            lock_client(uow.session, episode.client_id)
            _check_version(episode, expected_version)
            _check_still_editable(uow.session, episode)
            if episode.status != EpisodeStatus.PLANNED.value:
                raise Conflict(said("Validation", "%1 has already started; discharge it "
                                                  "instead.").arg(
                    describe_episode(uow.session, episode, capital=True)))
            episode.status = EpisodeStatus.CANCELLED.value
            _cancel_planned_transitions(uow, episode, reason)
            return _saved(uow, episode, "cancel", reason.strip())

    def mark_entered_in_error(self, episode_id: int, expected_version: int,
                              reason: str) -> EpisodeView:
        """Set aside an episode recorded by mistake; it is kept, but no longer counts."""
        self.ctx.require(Permission.EDIT_CARE)
        reason = reason.strip()
        if not reason:
            raise ValidationError.for_fields({"reason": said(
                "Validation", "Say why this episode is in error.")})
        if problem := text_problem("Reason", reason):
            raise ValidationError.for_fields({"reason": problem})
        with self.ctx.unit_of_work() as uow:
            episode = load_episode(uow.session, episode_id)
            lock_client(uow.session, episode.client_id)
            _check_version(episode, expected_version)
            if episode.entered_in_error:
                raise Conflict(said("Validation", "%1 is already marked entered in error.").arg(
                    describe_episode(uow.session, episode, capital=True)))
            episode.entered_in_error = True
            _cancel_planned_transitions(uow, episode, reason)
            return _saved(uow, episode, "entered_in_error", reason)


def current_of(views: Sequence[EpisodeView]) -> EpisodeView | None:
    """``EpisodeService.current_episode`` of the client whose episodes (entered-in-error
    ones left out, oldest first, as ``episode_views`` gives them) are ``views``."""
    taking_place = [view for view in views if view.status in TAKING_PLACE]
    active = [view for view in taking_place if view.status == EpisodeStatus.ACTIVE.value]
    if active:
        return max(active, key=lambda view: (view.start_date, view.intensity, view.id))
    if taking_place and not taking_place[-1].left:
        return taking_place[-1]
    return None


def facilities_by_level(session: Session) -> dict[str, list[FacilityChoice]]:
    """``EpisodeService.facilities_by_level`` read on ``session``."""
    rows = session.execute(
        select(FacilityLevel.level_code, Facility)
        .join(Facility, Facility.id == FacilityLevel.facility_id)
        .where(Facility.archived_at.is_(None))
        .order_by(Facility.is_own_program.desc(), Facility.name, Facility.id)).all()
    offered: dict[str, list[FacilityChoice]] = {}
    for code, facility in rows:
        offered.setdefault(code, []).append(facility_choice(facility))
    return offered


def discharge_problems(episode: Episode, end_date: date | None, today: date,
                       field: str) -> dict[str, str]:
    """What is wrong with ending ``episode`` on ``end_date`` (a field name to a sentence)."""
    if end_date is None:
        return {field: said("Validation", "Enter the discharge date.")}
    if ends_before_start(episode.start_date, end_date):
        return {field: said("Validation", "The discharge date %1 is before the episode started "
                                          "on %2.").arg(end_date, episode.start_date)}
    if end_date > today:
        return {field: said("Validation", "The discharge date %1 is after today; record the "
                                          "discharge when it happens.").arg(end_date)}
    return {}


def _cleaned(details: EpisodeInput) -> EpisodeInput:
    values = asdict(details)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    cleaned = EpisodeInput(**values)
    if cleaned.track == "":
        cleaned = replace(cleaned, track=None)
    return replace(cleaned, level_code=cleaned.level_code.upper())


def _validate(session: Session, details: EpisodeInput, status: EpisodeStatus, today: date,
              *, facility_id: int | None, birth_date: date | None) -> LevelOfCare:
    """Check ``details``; returns the level. ``facility_id``: the one saved already."""
    problems = column_problems(Episode, {
        name: getattr(details, name)
        for name in ("admission_source", "discharge_disposition", "aftercare_plan")})
    problems |= coded_field_problems(
        session, level_code=details.level_code, facility_id=details.facility_id,
        focus=details.focus, track=details.track, modality=details.modality,
        hours=details.planned_weekly_hours, kept_facility_id=facility_id)
    level = session.get(LevelOfCare, details.level_code)
    for name, label in (("start_date", said("Validation", "The start date")),
                        ("end_date", said("Validation", "The end date"))):
        day: date | None = getattr(details, name)
        if day is not None and (problem := clinical_date_problem(
                label, day, today=today, birth_date=birth_date)):
            problems[name] = problem
    if details.end_date is not None and "end_date" not in problems:
        if ends_before_start(details.start_date, details.end_date):
            problems["end_date"] = said(
                "Validation", "The end date %1 is before the start date %2.").arg(
                details.end_date, details.start_date)
        elif details.end_date > today:
            problems["end_date"] = said(
                "Validation", "The end date %1 is after today; record the discharge when it "
                              "happens.").arg(details.end_date)
        elif status is EpisodeStatus.PLANNED:
            problems["end_date"] = said(
                "Validation", "This episode has not started; start it before recording "
                              "a discharge.")
    if problems:
        raise ValidationError.for_fields(problems)
    assert level is not None  # checked above
    return level


def _apply(episode: Episode, details: EpisodeInput) -> None:
    for name in _INPUT_FIELDS:
        setattr(episode, name, getattr(details, name))


def _check_version(episode: Episode, expected_version: int) -> None:
    if episode.version != expected_version:
        raise stale_conflict()


def _check_still_editable(session: Session, episode: Episode) -> None:
    if episode.entered_in_error:
        raise Conflict(said("Validation", "%1 was marked entered in error and can no longer be "
                                          "changed.").arg(
            describe_episode(session, episode, capital=True)))
    if episode.status == EpisodeStatus.CANCELLED.value:
        raise Conflict(said("Validation", "%1 was cancelled and can no longer be changed.").arg(
            describe_episode(session, episode, capital=True)))


def _cancel_planned_transitions(uow: UnitOfWork, episode: Episode, reason: str) -> None:
    """Planned transitions into or out of an episode that will not count are cancelled."""
    transitions = uow.session.execute(select(Transition).where(
        Transition.status == TransitionStatus.PLANNED.value,
        (Transition.to_episode_id == episode.id) | (Transition.from_episode_id == episode.id),
    )).scalars().all()
    for transition in transitions:
        transition.status = TransitionStatus.CANCELLED.value
        cancel_booked_intakes(uow, transition)
        uow.session.flush()
        uow.audit("cancel", "transition", transition.id,
                  f"episode {episode.id} {reason.strip()}".strip())
        uow.changed(Topic.TRANSITION, transition.id)


def _saved(uow: UnitOfWork, episode: Episode, action: str, detail: str) -> EpisodeView:
    """Finish a change to ``episode``: write it, log ``action`` with ``detail`` to the
    audit trail, refresh what derives from it, and return it as now saved."""
    uow.session.flush()
    uow.audit(action, "episode", episode.id, detail)
    _changed(uow, episode)
    return episode_view(uow.session, episode)


def _changed(uow: UnitOfWork, episode: Episode) -> None:
    derived.refresh(uow.session, [episode.client_id])
    uow.changed(Topic.EPISODE, episode.id)
    uow.changed(Topic.CLIENT, episode.client_id)

