"""The clinician responsible for a client's treatment (name, credentials, NPI, phone).

The case manager coordinates; the responsible clinician (a psychiatrist, nurse practitioner
or licensed therapist) answers for the treatment, and a receiving program asks for them by
name and National Provider Identifier. The four fields are columns of the client's row, so
saving them bumps the client's version: a save made on an older version of the client (an
edit of the client's details, an episode that changed the current level) is refused as
stale rather than overwriting it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.settings import npi_problem, typed_npi
from coordinator.domain.vocabulary import ClientStatus
from coordinator.services.care.records import ARCHIVED_CLIENT
from coordinator.services.context import ServiceContext, load, stale_conflict
from coordinator.services.field_limits import column_problems
from coordinator.services.notify import Topic
from coordinator.store.models import Client


@dataclass(frozen=True)
class ClinicianInput:
    """All empty: no responsible clinician recorded."""

    name: str = ""
    credentials: str = ""  # MD, DO, PMHNP-BC, LCSW, PsyD …
    npi: str = ""  # ten digits; optional
    phone: str = ""


@dataclass(frozen=True)
class ClinicianView:
    client_id: int
    client_version: int
    """The client's version this was read from: the one to send back with a change."""
    details: ClinicianInput

    @property
    def recorded(self) -> bool:
        return bool(self.details.name)


_FIELDS = tuple(field.name for field in fields(ClinicianInput))


class ClinicianService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def clinician_of(self, client_id: int) -> ClinicianView:
        """The client's responsible clinician (empty details when none is recorded)."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return _view(_load_client(uow.session, client_id))

    def set_clinician(self, client_id: int, expected_client_version: int,
                      details: ClinicianInput) -> ClinicianView:
        """Record, change or clear (all fields empty) the responsible clinician.

        Raises ``ValidationError`` per field (a name is needed once anything else is
        filled; an NPI, when given, must pass the CMS check digit), ``Conflict`` when the
        client changed since ``expected_client_version`` was read, and ``ValidationError``
        for an archived client.
        """
        self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        problems = _problems(details)
        with self.ctx.unit_of_work() as uow:
            client = _load_client(uow.session, client_id)
            if client.status == ClientStatus.ARCHIVED.value:
                raise ValidationError(ARCHIVED_CLIENT)
            if client.version != expected_client_version:
                raise stale_conflict()
            if problems:
                raise ValidationError.for_fields(problems)
            changed = [name for name in _FIELDS
                       if getattr(client, f"clinician_{name}") != getattr(details, name)]
            if not changed:
                return _view(client)
            for name in _FIELDS:
                setattr(client, f"clinician_{name}", getattr(details, name))
            uow.session.flush()  # the ORM's version check, and the new version
            what = "cleared" if not details.name else ", ".join(changed)
            uow.audit("update", "client", client.id, f"responsible clinician: {what}")
            uow.changed(Topic.CLIENT, client.id)
            return _view(client)


def _cleaned(details: ClinicianInput) -> ClinicianInput:
    return ClinicianInput(name=details.name.strip(), credentials=details.credentials.strip(),
                          npi=typed_npi(details.npi), phone=details.phone.strip())


def _problems(details: ClinicianInput) -> dict[str, str]:
    problems = column_problems(Client, {
        f"clinician_{name}": getattr(details, name) for name in _FIELDS})
    # Keyed by the form's field names ("Clinician phone: at most 40 characters …").
    problems = {key.removeprefix("clinician_"): text for key, text in problems.items()}
    if details.npi and (problem := npi_problem("The NPI", details.npi)):
        problems["npi"] = problem
    if not details.name and (details.credentials or details.npi or details.phone):
        problems["name"] = "Enter the clinician's name, or clear the other fields."
    return problems


def _load_client(session: Session, client_id: int) -> Client:
    return load(session, Client, client_id, "client")


def _view(client: Client) -> ClinicianView:
    return ClinicianView(client.id, client.version, ClinicianInput(
        **{name: getattr(client, f"clinician_{name}") for name in _FIELDS}))
