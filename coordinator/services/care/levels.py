"""Levels of care as reference data: everyone reads them, an administrator edits them."""

from __future__ import annotations

from dataclasses import asdict, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.errors import NotFound, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.words import said
from coordinator.services.care.dto import LevelInput, LevelView
from coordinator.services.care.records import HOURS_IN_A_WEEK, level_view
from coordinator.services.context import ServiceContext, stale_conflict
from coordinator.services.notify import Topic
from coordinator.store.models import LevelOfCare

_INPUT_FIELDS = tuple(field.name for field in fields(LevelInput))
_INTENSITIES = range(1, 10)


class LevelService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_levels(self) -> list[LevelView]:
        """Every level of care, least intensive first."""
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work(write=False) as uow:
            return level_views(uow.session)

    def get_level(self, code: str) -> LevelView:
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work(write=False) as uow:
            return level_view(_load(uow.session.get(LevelOfCare, code), code))

    def update_level(self, code: str, expected_version: int, details: LevelInput) -> LevelView:
        """Save an administrator's edit of a level made on ``expected_version``.

        Existing episodes and transitions keep the direction they were recorded with; new
        hour ranges change only the warnings shown from now on. Intensity and 24-hour status
        decide every client's transition clocks, so this is for administrators only (the
        permission to change clinic settings), not for everyone who keeps reference data.
        """
        self.ctx.require(Permission.MANAGE_SETTINGS)
        details = replace(details, name=details.name.strip(),
                          asam_level=details.asam_level.strip(),
                          description=details.description.strip())
        _validate(details)
        with self.ctx.unit_of_work() as uow:
            level = _load(uow.session.get(LevelOfCare, code), code)
            if level.version != expected_version:
                raise stale_conflict()
            before = {name: getattr(level, name) for name in _INPUT_FIELDS}
            for name, value in asdict(details).items():
                setattr(level, name, value)
            changed = sorted(name for name in _INPUT_FIELDS if getattr(level, name) != before[name])
            uow.session.flush()
            if changed:
                uow.audit("update", "level_of_care", level.code, ", ".join(changed))
            uow.changed(Topic.LEVEL_OF_CARE, level.code)
            self.ctx.forget_derived_check()
            return level_view(level)


def level_views(session: Session) -> list[LevelView]:
    """Every level of care read on ``session``, least intensive first."""
    levels = session.execute(
        select(LevelOfCare).order_by(LevelOfCare.intensity, LevelOfCare.code)).scalars()
    return [level_view(level) for level in levels]


def _load(level: LevelOfCare | None, code: str) -> LevelOfCare:
    if level is None:
        raise NotFound(f"There is no level of care with the code {code}.")
    return level


def _validate(details: LevelInput) -> None:
    problems: dict[str, str] = {}
    if not details.name:
        problems["name"] = said("Validation", "Enter the level's name.")
    elif len(details.name) > 100:
        problems["name"] = said("Validation", "This is too long (at most 100 characters).")
    if len(details.asam_level) > 30:
        problems["asam_level"] = said("Validation", "This is too long (at most 30 characters).")
    for name in ("min_weekly_hours", "max_weekly_hours"):
        hours = getattr(details, name)
        if hours is not None and not 0 <= hours <= HOURS_IN_A_WEEK:
            problems[name] = f"Weekly hours must be between 0 and {HOURS_IN_A_WEEK}."
    low, high = details.min_weekly_hours, details.max_weekly_hours
    if "max_weekly_hours" not in problems and low is not None and high is not None \
            and high < low:
        problems["max_weekly_hours"] = (
            f"The most weekly hours ({high:g}) cannot be below the fewest ({low:g}).")
    if isinstance(details.intensity, bool) or details.intensity not in _INTENSITIES:
        problems["intensity"] = said("Validation", "Intensity must be a whole number from 1 to 9.")
    if problems:
        raise ValidationError.for_fields(problems)
