"""Readiness assessments behind a planned step-up or step-down (docs/architecture.md §3,
Intake and readiness).

The case manager records the clinician's judgement: a risk rating (none, low, moderate,
high) and a few words for each of the six ASAM dimensions, who among previous providers
was consulted and when, and the level recommended. Nothing here derives a level from the
ratings. A transition planned without an assessment during the episode it leaves is
warned about, or refused when the clinic's setting asks for one
(``missing_assessment_problem``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.errors import ValidationError
from coordinator.domain.levels import Direction
from coordinator.domain.readiness import (
    AsamDimension,
    RiskRating,
    narrative_field,
    rating_field,
    unrated_problem,
)
from coordinator.domain.roles import Permission
from coordinator.domain.settings import parse_value, spec_for
from coordinator.domain.words import said
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.field_limits import column_problems, possible_key, text_problem
from coordinator.services.notify import Topic
from coordinator.store.models import (
    Client,
    Episode,
    LevelOfCare,
    ReadinessAssessment,
    ReadinessDimension,
    Setting,
    User,
    utcnow,
)

#: What a dimension's narrative holds at most (its column's length).
NARRATIVE_LIMIT = 1000
REQUIRED_SETTING = "require_readiness_assessment"


@dataclass(frozen=True)
class DimensionInput:
    dimension: AsamDimension
    rating: RiskRating | None
    """None: not rated yet (refused on save)."""
    narrative: str = ""


@dataclass(frozen=True)
class ReadinessInput:
    assessed_on: date
    recommended_level_code: str | None
    dimensions: tuple[DimensionInput, ...]
    consulted: str = ""
    """Previous providers consulted: care-team members or facility contacts, in words."""
    consulted_on: date | None = None
    summary: str = ""
    episode_id: int | None = None
    """The episode the level change would leave, when there is one."""


@dataclass(frozen=True)
class ReadinessView:
    id: int
    version: int
    client_id: int
    details: ReadinessInput
    recommended_level_name: str
    assessed_by_name: str
    created_at: datetime

    def rating_of(self, dimension: AsamDimension) -> RiskRating | None:
        return next((given.rating for given in self.details.dimensions
                     if given.dimension is dimension), None)


class ReadinessService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def get(self, assessment_id: int) -> ReadinessView:
        """One assessment, opened by a person: the view is written to the audit trail."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work() as uow:
            row = load(uow.session, ReadinessAssessment, assessment_id, "readiness assessment")
            uow.audit("view", "readiness_assessment", row.id, f"client {row.client_id}")
            return readiness_views(uow.session, [row])[0]

    def assessments_of(self, client_id: int) -> list[ReadinessView]:
        """The client's assessments, the latest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(_client_query(client_id)).scalars().all()
            return readiness_views(uow.session, rows)

    def latest(self, client_id: int, since: date | None = None) -> ReadinessView | None:
        """The client's latest assessment (made on or after ``since``, e.g. the start of
        the episode a change would leave), or None."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            row = latest_assessment(uow.session, client_id, since)
            return readiness_views(uow.session, [row])[0] if row is not None else None

    def required(self) -> bool:
        """Whether the clinic refuses a step-up or step-down planned without one."""
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work(write=False) as uow:
            return assessment_required(uow.session)

    # --- writes --------------------------------------------------------------------------

    def record(self, client_id: int, details: ReadinessInput) -> ReadinessView:
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        today = self.ctx.clock().astimezone().date()
        with self.ctx.unit_of_work() as uow:
            client = load(uow.session, Client, client_id, "client")
            if problems := _problems(uow.session, client, details, today):
                raise ValidationError.for_fields(problems)
            row = ReadinessAssessment(client_id=client.id, assessed_by_id=actor.user_id,
                                      entered_in_error=False)
            _apply(uow.session, row, details)
            uow.audit("create", "readiness_assessment", row.id,
                      f"client {client.id}, recommends {details.recommended_level_code}")
            return _done(uow, row)

    def update(self, assessment_id: int, expected_version: int,
               details: ReadinessInput) -> ReadinessView:
        """Correct an assessment made on ``expected_version``; the one saving it becomes
        the assessor."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        today = self.ctx.clock().astimezone().date()
        with self.ctx.unit_of_work() as uow:
            row = load(uow.session, ReadinessAssessment, assessment_id, "readiness assessment")
            if row.version != expected_version:
                raise stale_conflict()
            client = load(uow.session, Client, row.client_id, "client")
            if problems := _problems(uow.session, client, details, today):
                raise ValidationError.for_fields(problems)
            before = readiness_views(uow.session, [row])[0].details
            row.assessed_by_id = actor.user_id
            _apply(uow.session, row, details)
            changed = sorted(name for name in ("assessed_on", "recommended_level_code",
                                               "dimensions", "consulted", "consulted_on",
                                               "summary", "episode_id")
                             if getattr(before, name) != getattr(details, name))
            uow.audit("update", "readiness_assessment", row.id,
                      ", ".join(changed) or "confirmed")
            return _done(uow, row)


def latest_assessment(session: Session, client_id: int,
                      since: date | None = None) -> ReadinessAssessment | None:
    query = _client_query(client_id)
    if since is not None:
        query = query.where(ReadinessAssessment.assessed_on >= since)
    return session.execute(query.limit(1)).scalars().first()


def assessment_required(session: Session) -> bool:
    row = session.get(Setting, REQUIRED_SETTING)
    spec = spec_for(REQUIRED_SETTING)
    return parse_value(spec, row.value if row is not None else spec.default) is True


def missing_assessment_problem(session: Session, source: Episode | None,
                               direction: Direction) -> str | None:
    """The sentence refusing a step-up or step-down from ``source`` when the clinic
    requires a readiness assessment and none was recorded during that episode."""
    if source is None or direction not in (Direction.STEP_UP, Direction.STEP_DOWN):
        return None
    if not assessment_required(session):
        return None
    if latest_assessment(session, source.client_id, source.start_date) is not None:
        return None
    return ("The clinic requires a readiness assessment before a step-up or step-down: "
            "record one for this episode first.")


def readiness_views(session: Session, rows: Sequence[ReadinessAssessment]
                    ) -> list[ReadinessView]:
    if not rows:
        return []
    ids = [row.id for row in rows]
    dimensions: dict[int, list[DimensionInput]] = {id_: [] for id_ in ids}
    for given in session.execute(select(ReadinessDimension).where(
            ReadinessDimension.assessment_id.in_(ids))
            .order_by(ReadinessDimension.assessment_id,
                      ReadinessDimension.dimension)).scalars():
        dimensions[given.assessment_id].append(DimensionInput(
            AsamDimension(given.dimension), RiskRating(given.rating), given.narrative))
    levels = {code: name for code, name in session.execute(
        select(LevelOfCare.code, LevelOfCare.name))}
    users = [row.assessed_by_id for row in rows if row.assessed_by_id is not None]
    names = {id_: name for id_, name in session.execute(select(
        User.id, User.full_name).where(User.id.in_(users)))} if users else {}
    return [ReadinessView(
        row.id, row.version, row.client_id,
        ReadinessInput(row.assessed_on, row.recommended_level_code,
                       tuple(dimensions[row.id]), row.consulted, row.consulted_on,
                       row.summary, row.episode_id),
        levels.get(row.recommended_level_code, row.recommended_level_code),
        names.get(row.assessed_by_id or 0, ""), row.created_at) for row in rows]


def _client_query(client_id: int) -> Select[ReadinessAssessment]:
    return (select(ReadinessAssessment)
            .where(ReadinessAssessment.client_id == client_id,
                   ReadinessAssessment.entered_in_error.is_(False))
            .order_by(ReadinessAssessment.assessed_on.desc(), ReadinessAssessment.id.desc()))


def _cleaned(details: ReadinessInput) -> ReadinessInput:
    by_dimension = {given.dimension: replace(given, narrative=given.narrative.strip())
                    for given in details.dimensions}
    level = (details.recommended_level_code or "").strip().upper() or None
    return replace(details, recommended_level_code=level,
                   dimensions=tuple(by_dimension[key] for key in sorted(by_dimension)),
                   consulted=details.consulted.strip(), summary=details.summary.strip())


def _problems(session: Session, client: Client, details: ReadinessInput,
              today: date) -> dict[str, str]:
    problems = column_problems(ReadinessAssessment, {
        "consulted": details.consulted, "summary": details.summary})
    problems |= _dimension_problems(details.dimensions)
    code = details.recommended_level_code
    if code is None:
        problems["recommended_level_code"] = said(
            "Validation", "Choose the level of care the clinician recommends.")
    elif session.get(LevelOfCare, code) is None:
        problems["recommended_level_code"] = f"There is no level of care with the code {code}."
    for name, label, day in (("assessed_on", "The assessment date", details.assessed_on),
                             ("consulted_on", "The consultation date", details.consulted_on)):
        if day is None:
            continue
        if problem := clinical_date_problem(label, day, today=today,
                                            birth_date=client.birth_date):
            problems[name] = problem
        elif day > today:
            problems[name] = f"{label} {day.isoformat()} is after today."
    if details.consulted_on is not None and not details.consulted:
        problems["consulted"] = said("Validation", "Name who was consulted on that day.")
    if details.episode_id is not None:
        episode = session.get(Episode, details.episode_id) \
            if possible_key(details.episode_id) else None
        if episode is None or episode.client_id != client.id:
            problems["episode_id"] = said("Validation", "That episode is not one of this client's.")
    return problems


def _dimension_problems(dimensions: Sequence[DimensionInput]) -> dict[str, str]:
    """Each of the six dimensions rated, each narrative within its limit."""
    problems: dict[str, str] = {}
    given = {entry.dimension: entry for entry in dimensions}
    for dimension in AsamDimension:
        entry = given.get(dimension)
        if entry is None or entry.rating is None:
            problems[rating_field(dimension)] = unrated_problem(dimension)
        if entry is not None and (problem := text_problem(
                f"Dimension {dimension.value} narrative", entry.narrative, NARRATIVE_LIMIT)):
            problems[narrative_field(dimension)] = problem
    return problems


def _apply(session: Session, row: ReadinessAssessment, details: ReadinessInput) -> None:
    assert details.recommended_level_code is not None  # checked before
    row.assessed_on = details.assessed_on
    row.recommended_level_code = details.recommended_level_code
    row.consulted = details.consulted
    row.consulted_on = details.consulted_on
    row.summary = details.summary
    row.episode_id = details.episode_id
    if row.id is None:
        session.add(row)
        session.flush()
    else:
        # The version moves once with every save, a change of its dimensions alone too.
        row.updated_at = utcnow()
    # Each dimension's row is kept and corrected in place (all six exist once recorded).
    kept = {given.dimension: given for given in session.execute(select(
        ReadinessDimension).where(ReadinessDimension.assessment_id == row.id)).scalars()}
    for entry in details.dimensions:
        assert entry.rating is not None  # checked before
        stored = kept.get(entry.dimension.value)
        if stored is None:
            session.add(ReadinessDimension(assessment_id=row.id,
                                           dimension=entry.dimension.value,
                                           rating=entry.rating.value,
                                           narrative=entry.narrative))
        else:
            stored.rating, stored.narrative = entry.rating.value, entry.narrative
    session.flush()


def _done(uow: UnitOfWork, row: ReadinessAssessment) -> ReadinessView:
    uow.changed(Topic.READINESS, row.id)
    uow.changed(Topic.CLIENT, row.client_id)
    return readiness_views(uow.session, [row])[0]
