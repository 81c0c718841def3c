"""Partner facilities and the clinic's own programs: list, read, add, edit, archive.

A facility is where a client is stepped up or down to and where a transfer packet goes, so
its levels of care, phone, fax and intake contact are reference data everyone reads and
people with the reference-data permission keep. Facilities are archived, never deleted:
episodes and transitions of past years still name them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.text import search_key
from coordinator.domain.vocabulary import FacilityKind
from coordinator.services.context import ServiceContext, load, stale_conflict
from coordinator.services.field_limits import column_problems
from coordinator.services.notify import Topic
from coordinator.store.models import Facility, FacilityLevel, LevelOfCare

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class FacilityInput:
    """What a person types into the facility form.

    The clinic's own programs are the kind ``own_program``; there is no separate switch, so
    the kind and the "our program" flag can never disagree.
    """

    name: str
    kind: str
    levels: tuple[str, ...] = ()
    """Codes of the levels of care offered (``IOP``, ``PHP`` …)."""
    address_line1: str = ""
    address_line2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    phone: str = ""
    fax: str = ""
    intake_contact_name: str = ""
    intake_contact_phone: str = ""
    intake_contact_email: str = ""
    accepts_referrals: bool = True
    notes: str = ""


_COLUMNS = tuple(field.name for field in fields(FacilityInput) if field.name != "levels")


@dataclass(frozen=True)
class FacilityView:
    id: int
    version: int
    details: FacilityInput
    level_names: tuple[str, ...]
    """Names of the levels offered, least intensive first."""
    archived_at: datetime | None

    @property
    def name(self) -> str:
        return self.details.name

    @property
    def is_own_program(self) -> bool:
        return self.details.kind == FacilityKind.OWN_PROGRAM.value


@dataclass(frozen=True)
class FacilityQuery:
    """Filters of the Facilities view; empty fields do not filter."""

    text: str = ""
    """Words found (accents and case ignored) in the name, city, intake contact or notes."""
    kind: str | None = None
    level_code: str | None = None
    accepts_referrals: bool | None = None
    include_archived: bool = False


class FacilityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_facilities(self, query: FacilityQuery = FacilityQuery()) -> list[FacilityView]:
        """Facilities matching ``query``: our own programs first, then by name."""
        self.ctx.require_signed_in()
        statement = select(Facility).order_by(
            Facility.is_own_program.desc(), Facility.name, Facility.id)
        if not query.include_archived:
            statement = statement.where(Facility.archived_at.is_(None))
        if query.kind:
            statement = statement.where(Facility.kind == query.kind)
        if query.accepts_referrals is not None:
            statement = statement.where(Facility.accepts_referrals == query.accepts_referrals)
        if query.level_code:
            statement = statement.where(Facility.id.in_(select(FacilityLevel.facility_id).where(
                FacilityLevel.level_code == query.level_code)))
        words = search_key(query.text).split()
        with self.ctx.unit_of_work(write=False) as uow:
            facilities = [facility for facility in uow.session.execute(statement).scalars()
                          if _matches(facility, words)]
            levels = _levels_of(uow.session, [facility.id for facility in facilities])
            return [_view(facility, levels.get(facility.id, [])) for facility in facilities]

    def get(self, facility_id: int) -> FacilityView:
        self.ctx.require_signed_in()
        with self.ctx.unit_of_work(write=False) as uow:
            facility = load(uow.session, Facility, facility_id, "facility")
            return _view(facility, _levels_of(uow.session, [facility.id]).get(facility.id, []))

    def create(self, details: FacilityInput) -> FacilityView:
        self.ctx.require(Permission.EDIT_REFERENCE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            _validate(uow.session, details, facility_id=None)
            facility = Facility()
            _apply(facility, details)
            uow.session.add(facility)
            uow.session.flush()
            _set_levels(uow.session, facility.id, details.levels)
            uow.audit("create", "facility", facility.id, facility.name)
            uow.changed(Topic.FACILITY, facility.id)
            return _view(facility, _levels_of(uow.session, [facility.id]).get(facility.id, []))

    def update(self, facility_id: int, expected_version: int,
               details: FacilityInput) -> FacilityView:
        """Save an edit made on ``expected_version``; a newer saved version raises Conflict."""
        self.ctx.require(Permission.EDIT_REFERENCE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            facility = load(uow.session, Facility, facility_id, "facility")
            if facility.version != expected_version:
                raise stale_conflict()
            if facility.archived_at is not None:
                raise Conflict(f"{facility.name} is archived; it can no longer be edited.")
            _validate(uow.session, details, facility_id=facility.id)
            before = {name: getattr(facility, name) for name in _COLUMNS}
            old_levels = sorted(code for code, _name in _levels_of(
                uow.session, [facility.id]).get(facility.id, []))
            _apply(facility, details)
            changed = [name for name in _COLUMNS if getattr(facility, name) != before[name]]
            if sorted(details.levels) != old_levels:
                # The levels live in their own rows; touching the facility row bumps its
                # version (once: before the level rows flush it), so another open form on
                # the old levels gets a Conflict too.
                flag_modified(facility, "name")
                _set_levels(uow.session, facility.id, details.levels)
                changed.append("levels")
            uow.session.flush()
            if changed:
                uow.audit("update", "facility", facility.id, ", ".join(sorted(changed)))
            uow.changed(Topic.FACILITY, facility.id)
            return _view(facility, _levels_of(uow.session, [facility.id]).get(facility.id, []))

    def archive(self, facility_id: int, expected_version: int) -> FacilityView:
        """Take a facility off the lists; episodes and transitions that name it keep it."""
        self.ctx.require(Permission.EDIT_REFERENCE)
        with self.ctx.unit_of_work() as uow:
            facility = load(uow.session, Facility, facility_id, "facility")
            if facility.version != expected_version:
                raise stale_conflict()
            if facility.archived_at is None:
                facility.archived_at = self.ctx.clock()
                uow.session.flush()
                uow.audit("archive", "facility", facility.id, facility.name)
                uow.changed(Topic.FACILITY, facility.id)
            return _view(facility, _levels_of(uow.session, [facility.id]).get(facility.id, []))


def _cleaned(details: FacilityInput) -> FacilityInput:
    values = asdict(details)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    values["levels"] = tuple(dict.fromkeys(code.strip().upper() for code in details.levels))
    return replace(details, **values)


def _validate(session: Session, details: FacilityInput, *, facility_id: int | None) -> None:
    problems = column_problems(Facility, {
        name: value for name, value in asdict(details).items() if isinstance(value, str)})
    if not details.name:
        problems["name"] = "Enter the facility's name."
    if details.kind not in {kind.value for kind in FacilityKind}:
        problems["kind"] = "Choose what kind of facility this is."
    if details.intake_contact_email and not _EMAIL.match(details.intake_contact_email):
        problems["intake_contact_email"] = (
            f"'{details.intake_contact_email}' does not look like an e-mail address.")
    known = set(session.execute(select(LevelOfCare.code)).scalars())
    unknown = [code for code in details.levels if code not in known]
    if unknown:
        problems["levels"] = f"There is no level of care {', '.join(unknown)}."
    elif not details.levels:
        problems["levels"] = "Choose at least one level of care the facility offers."
    if "name" not in problems:
        key = search_key(details.name)
        for other_id, other_name in session.execute(select(Facility.id, Facility.name).where(
                Facility.archived_at.is_(None))):
            if other_id != facility_id and search_key(other_name) == key:
                problems["name"] = f"{other_name} is already in the list of facilities."
                break
    if problems:
        raise ValidationError.for_fields(problems)


def _apply(facility: Facility, details: FacilityInput) -> None:
    for name in _COLUMNS:
        setattr(facility, name, getattr(details, name))
    facility.is_own_program = details.kind == FacilityKind.OWN_PROGRAM.value


def _set_levels(session: Session, facility_id: int, codes: Sequence[str]) -> None:
    session.execute(delete(FacilityLevel).where(FacilityLevel.facility_id == facility_id))
    session.add_all(FacilityLevel(facility_id=facility_id, level_code=code) for code in codes)
    session.flush()


def _levels_of(session: Session,
               facility_ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
    """Each facility's levels as (code, name), least intensive first."""
    if not facility_ids:
        return {}
    statement = select(FacilityLevel.facility_id, LevelOfCare.code, LevelOfCare.name).join(
        LevelOfCare, LevelOfCare.code == FacilityLevel.level_code).where(
        FacilityLevel.facility_id.in_(facility_ids)).order_by(
        LevelOfCare.intensity, LevelOfCare.code)
    found: dict[int, list[tuple[str, str]]] = {}
    for facility_id, code, name in session.execute(statement):
        found.setdefault(facility_id, []).append((code, name))
    return found


def _matches(facility: Facility, words: list[str]) -> bool:
    if not words:
        return True
    haystack = search_key(" ".join((facility.name, facility.city, facility.intake_contact_name,
                                    facility.notes)))
    return all(word in haystack for word in words)


def _view(facility: Facility, levels: Sequence[tuple[str, str]]) -> FacilityView:
    values = {name: getattr(facility, name) for name in _COLUMNS}
    details = FacilityInput(**values, levels=tuple(code for code, _name in levels))
    return FacilityView(facility.id, facility.version, details,
                        tuple(name for _code, name in levels), facility.archived_at)
