"""A client's medications: dose and unit, route and frequency from lists, status.

The dose is a number typed as the label reads ("0.5", "150"), kept as typed, with the unit
picked apart ("mg"), so "8 mg" never arrives as "8mg", "eight" or "8 mg SL": a packet read by
a receiving nurse says exactly what was recorded. Route and frequency are codes of
``coordinator.domain.clinical_record`` picked from lists; every screen and document titles
them the same way.

Nothing is deleted: a medication the client no longer takes is stopped (with the day), and
one recorded by mistake is marked entered in error and stays on the list, struck through.
Rows written before these rules (free-text doses and routes) are shown as they are; an edit
asks for the values in today's form.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import (
    DoseUnit,
    MedicationFrequency,
    MedicationRoute,
    MedicationStatus,
)
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.text import search_key
from coordinator.domain.words import said
from coordinator.services.care.records import writable_client
from coordinator.services.context import ServiceContext, load, stale_conflict
from coordinator.services.field_limits import column_problems, text_problem
from coordinator.services.notify import Topic
from coordinator.store.models import ClientMedication

#: Medications for opioid use disorder (MOUD: buprenorphine, methadone, naltrexone) and
#: for alcohol use disorder (MAUD: naltrexone, acamprosate, disulfiram), by generic name
#: (English and Spanish) and by the US brand names clients say. A name starting with one of
#: these pre-ticks "for use disorder" in the form; the person can untick it (naltrexone is
#: sometimes given for something else).
USE_DISORDER_NAMES = (
    "buprenorphine", "methadone", "naltrexone", "acamprosate", "disulfiram",
    "buprenorfina", "metadona", "naltrexona", "acamprosato",
    "suboxone", "subutex", "zubsolv", "sublocade", "brixadi", "methadose", "vivitrol",
    "campral", "antabuse",
)

DOSE_NOT_A_NUMBER = "The dose must be a number, e.g. 0.5 or 150; choose the unit apart."

_NUMBER = re.compile(r"^(\d+(\.\d+)?|\.\d+)$")
_ORDER = {MedicationStatus.ACTIVE.value: 0, MedicationStatus.ON_HOLD.value: 1,
          MedicationStatus.STOPPED.value: 2}
_IN_ERROR_ORDER = 3


def is_use_disorder_medication(name: str) -> bool:
    """Whether ``name`` (as typed, any case or accents) starts with the name of a medication
    for opioid or alcohol use disorder: "Buprenorphine/naloxone" and "Suboxone" do."""
    return search_key(name).startswith(USE_DISORDER_NAMES)


def dose_problem(dose: str) -> str | None:
    """A sentence when ``dose`` is not a positive number written with digits and an
    optional decimal point; None when it is."""
    if not dose:
        return "Enter the dose, e.g. 0.5 or 150."
    if not _NUMBER.match(dose):
        return DOSE_NOT_A_NUMBER
    try:
        positive = Decimal(dose) > 0
    except InvalidOperation:  # pragma: no cover - the pattern admits only numbers
        positive = False
    if not positive:
        return "The dose must be more than 0."
    return None


@dataclass(frozen=True)
class MedicationInput:
    """What the medication form holds. ``unit``, ``route``, ``frequency`` and ``status``
    are codes of ``DoseUnit``, ``MedicationRoute``, ``MedicationFrequency`` and
    ``MedicationStatus`` (the enum members themselves will do)."""

    name: str
    dose: str
    unit: str
    route: str
    frequency: str
    prescriber: str = ""
    start_date: date | None = None
    end_date: date | None = None  # the day it was stopped
    status: str = MedicationStatus.ACTIVE.value
    for_use_disorder: bool = False


@dataclass(frozen=True)
class MedicationView:
    id: int
    client_id: int
    version: int
    details: MedicationInput
    entered_in_error: bool

    @property
    def name(self) -> str:
        return self.details.name

    @property
    def status(self) -> str:
        return self.details.status


_FIELDS = tuple(field.name for field in fields(MedicationInput))
_TEXT_FIELDS = ("name", "dose", "unit", "route", "frequency", "prescriber", "status")


class MedicationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def medications_of(self, client_id: int) -> list[MedicationView]:
        """The client's medications: active first, then on hold, then stopped, each by name;
        those entered in error last."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(select(ClientMedication).where(
                ClientMedication.client_id == client_id)).scalars().all()
            views = [_view(row) for row in rows]
        return sorted(views, key=_list_order)

    def add(self, client_id: int, details: MedicationInput) -> MedicationView:
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            client = writable_client(uow.session, client_id)
            _validate(details, self._today(), client.birth_date)
            row = ClientMedication(client_id=client_id, recorded_by_id=actor.user_id,
                                   entered_in_error=False)
            _apply(row, details)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("create", "client_medication", row.id, f"for client {client_id}")
            uow.changed(Topic.MEDICATION, row.id)
            uow.changed(Topic.CLIENT, client_id)
            return _view(row)

    def update(self, med_id: int, expected_version: int,
               details: MedicationInput) -> MedicationView:
        """Save an edit made on ``expected_version``; a newer saved version raises Conflict."""
        self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            row = _changeable(uow.session, med_id, expected_version)
            client = writable_client(uow.session, row.client_id)
            _validate(details, self._today(), client.birth_date)
            before = {name: getattr(row, name) for name in _FIELDS}
            _apply(row, details)
            changed = sorted(name for name in _FIELDS if getattr(row, name) != before[name])
            uow.session.flush()
            if changed:
                uow.audit("update", "client_medication", row.id, ", ".join(changed))
                uow.changed(Topic.MEDICATION, row.id)
                uow.changed(Topic.CLIENT, row.client_id)
            return _view(row)

    def stop(self, med_id: int, expected_version: int, end_date: date) -> MedicationView:
        """The client no longer takes the medication from ``end_date`` on; it stays on the
        list, stopped."""
        self.ctx.require(Permission.EDIT_CARE)
        with self.ctx.unit_of_work() as uow:
            row = _changeable(uow.session, med_id, expected_version)
            client = writable_client(uow.session, row.client_id)
            if row.status == MedicationStatus.STOPPED.value:
                raise ValidationError.for_fields(
                    {"end_date": said("Validation", "This medication is already stopped.")})
            if problem := _stop_date_problem(end_date, row.start_date, self._today(),
                                             client.birth_date):
                raise ValidationError.for_fields({"end_date": problem})
            row.status = MedicationStatus.STOPPED.value
            row.end_date = end_date
            uow.session.flush()
            uow.audit("status_change", "client_medication", row.id,
                      f"stopped on {end_date.isoformat()}")
            uow.changed(Topic.MEDICATION, row.id)
            uow.changed(Topic.CLIENT, row.client_id)
            return _view(row)

    def mark_entered_in_error(self, med_id: int, expected_version: int,
                              reason: str) -> MedicationView:
        """Keep the medication on the list, marked as a mistake; the reason goes to the
        audit trail."""
        self.ctx.require(Permission.EDIT_CARE)
        why = reason_of(reason, "Say why the medication was entered in error, "
                                "e.g. wrong client.")
        with self.ctx.unit_of_work() as uow:
            row = _changeable(uow.session, med_id, expected_version)
            writable_client(uow.session, row.client_id)
            row.entered_in_error = True
            uow.session.flush()
            uow.audit("entered_in_error", "client_medication", row.id, why)
            uow.changed(Topic.MEDICATION, row.id)
            uow.changed(Topic.CLIENT, row.client_id)
            return _view(row)

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()


def reason_of(reason: str, missing: str) -> str:
    """The trimmed reason for an entered-in-error mark, or ``ValidationError`` on the
    ``reason`` field (``missing`` when empty)."""
    why = reason.strip()
    if not why:
        raise ValidationError.for_fields({"reason": missing})
    if problem := text_problem("Reason", why, 500):
        raise ValidationError.for_fields({"reason": problem})
    return why


def _changeable(session: Session, med_id: int, expected_version: int) -> ClientMedication:
    row = load(session, ClientMedication, med_id, "medication")
    if row.version != expected_version:
        raise stale_conflict()
    if row.entered_in_error:
        raise ValidationError("This medication was marked entered in error; "
                              "add it again if the client takes it.")
    return row


def _cleaned(details: MedicationInput) -> MedicationInput:
    values = asdict(details)
    for name in _TEXT_FIELDS:
        values[name] = str(values[name]).strip()
    return replace(details, **values)


def _validate(details: MedicationInput, today: date, birth_date: date | None) -> None:
    problems = column_problems(ClientMedication,
                               {name: getattr(details, name) for name in _TEXT_FIELDS})
    if not details.name:
        problems["name"] = said("Validation", "Enter the medication's name.")
    if "dose" not in problems and (problem := dose_problem(details.dose)):
        problems["dose"] = problem
    if details.unit not in {unit.value for unit in DoseUnit}:
        problems["unit"] = said("Validation", "Choose the dose's unit from the list.")
    if details.route not in {route.value for route in MedicationRoute}:
        problems["route"] = said(
            "Validation", "Choose the route from the list (Other if it is not there).")
    if details.frequency not in {frequency.value for frequency in MedicationFrequency}:
        problems["frequency"] = said(
            "Validation", "Choose how often from the list (Other if it is not there).")
    if details.status not in _ORDER:
        problems["status"] = said("Validation", "Choose active, on hold or stopped.")
    problems |= _date_problems(details, today, birth_date)
    if problems:
        raise ValidationError.for_fields(problems)


def _date_problems(details: MedicationInput, today: date,
                   birth_date: date | None) -> dict[str, str]:
    """What is wrong with the start and stop dates, by field, given the status."""
    problems: dict[str, str] = {}
    if details.start_date is not None:
        if details.start_date > today:
            problems["start_date"] = said("Validation", "The start date cannot be after today.")
        elif problem := clinical_date_problem(
                said("Validation", "The start date"), details.start_date, today=today,
                birth_date=birth_date):
            problems["start_date"] = problem
    if details.end_date is not None:
        if problem := _stop_date_problem(details.end_date, details.start_date, today,
                                         birth_date):
            problems["end_date"] = problem
        elif details.status in (MedicationStatus.ACTIVE.value,
                                MedicationStatus.ON_HOLD.value):
            problems["end_date"] = said(
                "Validation", "A medication still taken (or on hold) has no stop "
                              "date; choose Stopped to give one.")
    elif details.status == MedicationStatus.STOPPED.value:
        problems["end_date"] = said("Validation", "Give the day the medication was stopped.")
    return problems


def _stop_date_problem(end_date: date, start_date: date | None, today: date,
                       birth_date: date | None) -> str | None:
    if end_date > today:
        return "The stop date cannot be after today."
    if problem := clinical_date_problem(said("Validation", "The stop date"), end_date, today=today,
                                        birth_date=birth_date):
        return problem
    if start_date is not None and end_date < start_date:
        return "The stop date is before the start date."
    return None


def _apply(row: ClientMedication, details: MedicationInput) -> None:
    for name in _FIELDS:
        setattr(row, name, getattr(details, name))


def _view(row: ClientMedication) -> MedicationView:
    details = MedicationInput(**{name: getattr(row, name) for name in _FIELDS})
    return MedicationView(row.id, row.client_id, row.version, details, row.entered_in_error)


def _list_order(view: MedicationView) -> tuple[int, str, int]:
    group = (_IN_ERROR_ORDER if view.entered_in_error
             else _ORDER.get(view.status, _ORDER[MedicationStatus.STOPPED.value]))
    return group, view.name.casefold(), view.id
