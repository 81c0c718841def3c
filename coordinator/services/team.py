"""A client's care team (who else treats them) and contact log (calls, visits, coordination).

Nothing is deleted: a team member who stops treating the client is ended (archived), and a
mistaken note is marked entered-in-error and stays in the log, shown struck through.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.errors import NotFound, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import NoteKind
from coordinator.domain.words import said
from coordinator.services.context import ServiceContext, load, stale_conflict
from coordinator.services.field_limits import column_problems, text_problem
from coordinator.services.notify import Topic
from coordinator.store.models import CareTeamMember, Client, ClientNote, User

TEAM_ROLES = ("Psychiatrist", "Therapist", "Primary care", "Peer specialist",
              "Probation officer", "Other")
"""Roles offered in the care-team dialog; any other text is accepted too."""

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class CareTeamInput:
    role: str
    name: str
    organization: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    start_date: date | None = None
    end_date: date | None = None


@dataclass(frozen=True)
class CareTeamMemberView:
    id: int
    client_id: int
    version: int
    details: CareTeamInput
    ended: bool

    @property
    def role(self) -> str:
        return self.details.role

    @property
    def name(self) -> str:
        return self.details.name


@dataclass(frozen=True)
class NoteInput:
    kind: NoteKind
    contact_with: str
    body: str
    occurred_at: datetime  # aware


@dataclass(frozen=True)
class NoteView:
    id: int
    client_id: int
    version: int
    occurred_at: datetime  # aware, UTC
    kind: str
    contact_with: str
    body: str
    author_name: str
    entered_in_error: bool


_TEAM_FIELDS = tuple(field.name for field in fields(CareTeamInput))


class CareTeamService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def members_of(self, client_id: int, *, include_ended: bool = True
                   ) -> list[CareTeamMemberView]:
        """The client's care team: current members first (by role, name), then ended ones."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            query = select(CareTeamMember).where(CareTeamMember.client_id == client_id)
            if not include_ended:
                query = query.where(CareTeamMember.archived_at.is_(None))
            rows = uow.session.execute(query).scalars().all()
            views = [_member_view(row) for row in rows]
        return sorted(views, key=lambda view: (view.ended, view.role.casefold(),
                                               view.name.casefold(), view.id))

    def add(self, client_id: int, details: CareTeamInput) -> CareTeamMemberView:
        self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            client = _load_client(uow.session, client_id)
            _validate_member(details, _today(self.ctx), client.birth_date)
            member = CareTeamMember(client_id=client_id)
            _apply(member, details)
            uow.session.add(member)
            uow.session.flush()
            uow.audit("create", "care_team_member", member.id,
                      f"{member.role} for client {client_id}")
            uow.changed(Topic.CARE_TEAM, member.id)
            uow.changed(Topic.CLIENT, client_id)
            return _member_view(member)

    def update(self, member_id: int, expected_version: int,
               details: CareTeamInput) -> CareTeamMemberView:
        """Save an edit made on ``expected_version``; a newer saved version raises Conflict."""
        self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            member = _load_member(uow.session, member_id)
            if member.version != expected_version:
                raise stale_conflict()
            client = _load_client(uow.session, member.client_id)
            _validate_member(details, _today(self.ctx), client.birth_date)
            before = {name: getattr(member, name) for name in _TEAM_FIELDS}
            _apply(member, details)
            changed = sorted(name for name in _TEAM_FIELDS
                             if getattr(member, name) != before[name])
            uow.session.flush()
            if changed:
                uow.audit("update", "care_team_member", member.id, ", ".join(changed))
            uow.changed(Topic.CARE_TEAM, member.id)
            uow.changed(Topic.CLIENT, member.client_id)
            return _member_view(member)

    def end(self, member_id: int, expected_version: int,
            end_date: date) -> CareTeamMemberView:
        """The member no longer treats the client; the row stays, archived."""
        self.ctx.require(Permission.EDIT_CARE)
        with self.ctx.unit_of_work() as uow:
            member = _load_member(uow.session, member_id)
            if member.version != expected_version:
                raise stale_conflict()
            if member.start_date is not None and end_date < member.start_date:
                raise ValidationError.for_fields(
                    {"end_date": said("Validation", "The end date is before the start date.")})
            client = _load_client(uow.session, member.client_id)
            if problem := clinical_date_problem(
                    said("Validation", "The end date"), end_date, today=_today(self.ctx),
                    birth_date=client.birth_date):
                raise ValidationError.for_fields({"end_date": problem})
            member.end_date = end_date
            member.archived_at = self.ctx.clock()
            uow.session.flush()
            uow.audit("end", "care_team_member", member.id, end_date.isoformat())
            uow.changed(Topic.CARE_TEAM, member.id)
            uow.changed(Topic.CLIENT, member.client_id)
            return _member_view(member)


class NoteService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def notes_of(self, client_id: int) -> list[NoteView]:
        """The client's contact log, newest first, entered-in-error notes included."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                select(ClientNote, User.full_name)
                .outerjoin(User, User.id == ClientNote.author_id)
                .where(ClientNote.client_id == client_id)
                .order_by(ClientNote.occurred_at.desc(), ClientNote.id.desc())).all()
            return [_note_view(note, author or "") for note, author in rows]

    def add(self, client_id: int, details: NoteInput) -> NoteView:
        actor = self.ctx.require(Permission.EDIT_CARE)
        body = details.body.strip()
        contact_with = details.contact_with.strip()
        problems = column_problems(ClientNote, {"body": body, "contact_with": contact_with})
        if not body:
            problems["body"] = said("Validation", "Write what happened in the note.")
        try:
            kind = NoteKind(details.kind)
        except ValueError:
            problems["kind"] = said("Validation", "Choose what kind of contact this was.")
        with self.ctx.unit_of_work() as uow:
            client = _load_client(uow.session, client_id)
            if details.occurred_at.tzinfo is None:
                problems["occurred_at"] = said(
                    "Validation", "The time of the contact has no time zone.")
            elif problem := clinical_date_problem(
                    said("Validation", "The contact's date"), details.occurred_at.date(),
                    today=_today(self.ctx), birth_date=client.birth_date):
                problems["occurred_at"] = problem
            elif details.occurred_at > self.ctx.clock():
                problems["occurred_at"] = said("Validation", "The contact cannot be in the future.")
            if problems:
                raise ValidationError.for_fields(problems)
            note = ClientNote(client_id=client_id, author_id=actor.user_id,
                              occurred_at=details.occurred_at.astimezone(UTC),
                              kind=kind.value, contact_with=contact_with, body=body,
                              entered_in_error=False)
            uow.session.add(note)
            uow.session.flush()
            uow.audit("create", "client_note", note.id,
                      f"{note.kind} note for client {client_id}")
            uow.changed(Topic.NOTE, note.id)
            uow.changed(Topic.CLIENT, client_id)
            author = uow.session.get(User, actor.user_id)
            return _note_view(note, author.full_name if author else "")

    def mark_entered_in_error(self, note_id: int, expected_version: int,
                              reason: str) -> NoteView:
        """Keep the note in the log, marked as a mistake; the reason goes to the audit trail."""
        self.ctx.require(Permission.EDIT_CARE)
        reason = reason.strip()
        if not reason:
            raise ValidationError.for_fields(
                {"reason": said("Validation", "Say why the note was entered in error.")})
        if problem := text_problem("Reason", reason):
            raise ValidationError.for_fields({"reason": problem})
        with self.ctx.unit_of_work() as uow:
            note = uow.session.get(ClientNote, note_id)
            if note is None:
                raise NotFound("That note does not exist.")
            if note.version != expected_version:
                raise stale_conflict()
            note.entered_in_error = True
            uow.session.flush()
            uow.audit("entered_in_error", "client_note", note.id, reason)
            uow.changed(Topic.NOTE, note.id)
            uow.changed(Topic.CLIENT, note.client_id)
            author = uow.session.get(User, note.author_id) if note.author_id else None
            return _note_view(note, author.full_name if author else "")


def _cleaned(details: CareTeamInput) -> CareTeamInput:
    values = asdict(details)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    return CareTeamInput(**values)


def _validate_member(details: CareTeamInput, today: date,
                     birth_date: date | None) -> None:
    problems = column_problems(CareTeamMember, {
        name: value for name, value in asdict(details).items() if isinstance(value, str)})
    if not details.role:
        problems["role"] = said("Validation", "Choose the team member's role.")
    if not details.name:
        problems["name"] = said("Validation", "Enter the team member's name.")
    if details.email and not _EMAIL.match(details.email):
        problems["email"] = f"'{details.email}' does not look like an e-mail address."
    for name, label in (("start_date", said("Validation", "The start date")),
                        ("end_date", said("Validation", "The end date"))):
        day: date | None = getattr(details, name)
        if day is not None and (problem := clinical_date_problem(
                label, day, today=today, birth_date=birth_date)):
            problems[name] = problem
    if (details.start_date is not None and details.end_date is not None
            and details.end_date < details.start_date):
        problems["end_date"] = said("Validation", "The end date is before the start date.")
    if problems:
        raise ValidationError.for_fields(problems)


def _apply(member: CareTeamMember, details: CareTeamInput) -> None:
    for name in _TEAM_FIELDS:
        setattr(member, name, getattr(details, name))


def _today(ctx: ServiceContext) -> date:
    return ctx.clock().astimezone().date()


def _load_client(session: Session, client_id: int) -> Client:
    return load(session, Client, client_id, "client")


def _load_member(session: Session, member_id: int) -> CareTeamMember:
    return load(session, CareTeamMember, member_id, "care-team member")


def _member_view(member: CareTeamMember) -> CareTeamMemberView:
    details = CareTeamInput(**{name: getattr(member, name) for name in _TEAM_FIELDS})
    return CareTeamMemberView(member.id, member.client_id, member.version, details,
                              member.archived_at is not None)


def _note_view(note: ClientNote, author_name: str) -> NoteView:
    return NoteView(note.id, note.client_id, note.version, note.occurred_at, note.kind,
                    note.contact_with, note.body, author_name, note.entered_in_error)
