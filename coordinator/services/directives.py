"""Psychiatric and medical advance directives (and POLST) of a client.

Each client has at most one row per kind (a unique constraint): whether the client has the
document, when it was signed, where the document is (so a crisis team can find it), and the
agent it names. A kind without a row reads "not recorded", which is not the same as an
explicit "the client has none": nobody asked yet. Nothing is deleted; a changed directive
is an update of its row, with the version check of every record.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import DirectiveKind
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ClientStatus
from coordinator.domain.words import said
from coordinator.services.care.records import ARCHIVED_CLIENT
from coordinator.services.context import ServiceContext, load, stale_conflict
from coordinator.services.field_limits import column_problems
from coordinator.services.notify import Topic
from coordinator.store.models import AdvanceDirective, Client, User

NOTES_LIMIT = 2000

#: How a sentence names each kind ("the client's psychiatric advance directive").
KIND_WORDS = {
    DirectiveKind.PSYCHIATRIC: "psychiatric advance directive",
    DirectiveKind.MEDICAL: "medical advance directive",
    DirectiveKind.POLST: "POLST",
}


@dataclass(frozen=True)
class DirectiveInput:
    """What is known of one directive. ``present=False`` records that the client has none
    (and then no date, place or agent goes with it; notes may say why)."""

    present: bool
    signed_on: date | None = None
    location: str = ""  # where the document is: "Copy scanned in the chart; original with sister"
    agent_name: str = ""  # the health-care agent (or proxy) the directive names
    agent_phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DirectiveView:
    client_id: int
    kind: str  # DirectiveKind
    id: int | None  # None: not recorded
    version: int | None  # the version to send back with a change (None: not recorded)
    details: DirectiveInput
    recorded_by: str
    recorded_at: datetime | None  # aware, UTC

    @property
    def recorded(self) -> bool:
        return self.id is not None


_FIELDS = tuple(field.name for field in fields(DirectiveInput))


class AdvanceDirectiveService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def directives_of(self, client_id: int) -> list[DirectiveView]:
        """One view per kind (psychiatric, medical, POLST), "not recorded" ones included."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            _load_client(uow.session, client_id)
            rows = uow.session.execute(
                select(AdvanceDirective, User.full_name)
                .outerjoin(User, User.id == AdvanceDirective.recorded_by_id)
                .where(AdvanceDirective.client_id == client_id)).all()
            saved = {row.kind: _view(row, author or "") for row, author in rows}
        return [saved.get(kind.value) or _not_recorded(client_id, kind) for kind in DirectiveKind]

    def record(self, client_id: int, kind: DirectiveKind | str, expected_version: int | None,
               details: DirectiveInput) -> DirectiveView:
        """Record the directive of ``kind`` (first time: ``expected_version`` None) or change
        it (the version read). Another workstation's save since then raises ``Conflict``;
        bad input raises ``ValidationError`` per field and nothing is saved."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        try:
            kind = DirectiveKind(kind)
        except ValueError:
            raise ValidationError.for_fields(
                {"kind": "Choose a psychiatric or medical advance directive, or a POLST."}
            ) from None
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            client = _load_client(uow.session, client_id)
            if client.status == ClientStatus.ARCHIVED.value:
                raise ValidationError(ARCHIVED_CLIENT)
            row = uow.session.execute(
                select(AdvanceDirective).where(AdvanceDirective.client_id == client_id,
                                               AdvanceDirective.kind == kind.value)
            ).scalar_one_or_none()
            if row is None and expected_version is not None:
                raise stale_conflict()
            if row is not None and expected_version is None:
                raise _recorded_meanwhile(kind)
            if row is not None and row.version != expected_version:
                raise stale_conflict()
            problems = _problems(details, self.ctx.clock().astimezone().date(),
                                 client.birth_date)
            if problems:
                raise ValidationError.for_fields(problems)
            if row is None:
                row = AdvanceDirective(client_id=client_id, kind=kind.value)
                uow.session.add(row)
                action, changed = "create", ["present" if details.present else "not present"]
            else:
                action = "update"
                changed = [name for name in _FIELDS if getattr(row, name) != getattr(details, name)]
                if not changed:
                    return _view(row, _name_of(uow.session, row.recorded_by_id))
            for name in _FIELDS:
                setattr(row, name, getattr(details, name))
            row.recorded_by_id = actor.user_id
            try:
                uow.session.flush()
            except IntegrityError as error:
                # Another workstation recorded this kind for the client in the meantime
                # (PostgreSQL; SQLite takes one writer at a time): the unique constraint.
                raise _recorded_meanwhile(kind) from error
            uow.audit(action, "advance_directive", row.id,
                      f"{KIND_WORDS[kind]} for client {client_id}: {', '.join(changed)}")
            uow.changed(Topic.ADVANCE_DIRECTIVE, row.id)
            uow.changed(Topic.CLIENT, client_id)
            return _view(row, actor.full_name)


def _recorded_meanwhile(kind: DirectiveKind) -> Conflict:
    return Conflict(f"Another user recorded the client's {KIND_WORDS[kind]} since you opened "
                    "it. Reload it and make your change again.")


def _cleaned(details: DirectiveInput) -> DirectiveInput:
    return DirectiveInput(bool(details.present), details.signed_on, details.location.strip(),
                          details.agent_name.strip(), details.agent_phone.strip(),
                          details.notes.strip())


def _problems(details: DirectiveInput, today: date, birth_date: date | None) -> dict[str, str]:
    problems = column_problems(AdvanceDirective, {
        "location": details.location, "agent_name": details.agent_name,
        "agent_phone": details.agent_phone, "notes": details.notes},
        limits={"notes": NOTES_LIMIT})
    if details.present:
        if details.signed_on is None:
            problems["signed_on"] = said("Validation", "Enter the date the directive was signed.")
        elif details.signed_on > today:
            problems["signed_on"] = said("Validation", "The date signed cannot be in the future.")
        elif problem := clinical_date_problem(
                said("Validation", "The date signed"), details.signed_on, today=today,
                birth_date=birth_date):
            problems["signed_on"] = problem
    else:
        absent = "when the client has no such directive."
        if details.signed_on is not None:
            problems["signed_on"] = f"Leave the date signed empty {absent}"
        if details.location:
            problems["location"] = f"Leave where the document is empty {absent}"
        if details.agent_name:
            problems["agent_name"] = f"Leave the agent empty {absent}"
        if details.agent_phone:
            problems["agent_phone"] = f"Leave the agent's phone empty {absent}"
    if details.agent_phone and not details.agent_name:
        problems.setdefault("agent_phone",
                            "Enter the agent's name with the phone, or clear the phone.")
    return problems


def _load_client(session: Session, client_id: int) -> Client:
    return load(session, Client, client_id, "client")


def _name_of(session: Session, user_id: int | None) -> str:
    user = session.get(User, user_id) if user_id is not None else None
    return user.full_name if user is not None else ""


def _view(row: AdvanceDirective, recorded_by: str) -> DirectiveView:
    return DirectiveView(row.client_id, row.kind, row.id, row.version, DirectiveInput(
        **{name: getattr(row, name) for name in _FIELDS}), recorded_by, row.updated_at)


def _not_recorded(client_id: int, kind: DirectiveKind) -> DirectiveView:
    return DirectiveView(client_id, kind.value, None, None, DirectiveInput(False), "", None)
