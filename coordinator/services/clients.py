"""Client demographics: create, edit (optimistic concurrency), view (audited), archive."""

from __future__ import annotations

import contextlib
import re
from dataclasses import asdict, fields, replace
from datetime import date

from sqlalchemy import ColumnElement, Row, Select, and_, func, select, text
from sqlalchemy.orm import InstrumentedAttribute, Session

from coordinator.domain.clinical_dates import birth_date_problem
from coordinator.domain.errors import NotFound, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.text import digits_only, search_key
from coordinator.domain.vocabulary import ClientStatus
from coordinator.domain.words import said
from coordinator.services import derived, name_words
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.dto import ClientInput, ClientListRow, ClientRecord
from coordinator.services.field_limits import (
    column_problems,
    label_of,
    possible_key,
    rules_of,
    too_long,
)
from coordinator.services.notify import Topic
from coordinator.services.registry_sql import (
    any_of,
    name_words_match,
    one_letter_words,
    prefix_values,
    search_words_kept,
)
from coordinator.store.models import Client, User

_INPUT_FIELDS = tuple(field.name for field in fields(ClientInput))
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class ClientService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def create(self, details: ClientInput) -> ClientRecord:
        actor = self.ctx.require(Permission.EDIT_CLIENTS)
        with self.ctx.unit_of_work() as uow:
            client = insert_client(uow, details, self.ctx.clock().date(), actor.user_id)
            return _record(uow.session, client)

    def update(self, client_id: int, expected_version: int, details: ClientInput) -> ClientRecord:
        """Save an edit made on ``expected_version``; a newer saved version raises Conflict."""
        self.ctx.require(Permission.EDIT_CLIENTS)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            client = _load(uow.session, client_id)
            if client.version != expected_version:
                raise stale_conflict()
            if not details.record_number:
                details = replace(details, record_number=client.record_number)
            _validate(uow.session, details, self.ctx.clock().date(), client_id=client.id)
            before = {name: getattr(client, name) for name in _INPUT_FIELDS}
            _apply(client, details)
            changed = sorted(
                name for name in _INPUT_FIELDS if getattr(client, name) != before[name])
            uow.session.flush()  # the version check happens here
            if {"given_name", "family_name"} & set(changed):
                name_words.refresh(uow.session.connection(), [client.id])
            if "birth_date" in changed:
                # The age decides which follow-up clocks apply (HEDIS age ranges).
                derived.refresh(uow.session, [client.id])
                uow.changed(Topic.CLOCKS, client.id)
            if changed:
                uow.audit("update", "client", client.id, ", ".join(changed))
            uow.changed(Topic.CLIENT, client.id)
            return _record(uow.session, client)

    def archive(self, client_id: int, expected_version: int) -> ClientRecord:
        """Hide a client from the active caseload; nothing is deleted."""
        self.ctx.require(Permission.EDIT_CLIENTS)
        with self.ctx.unit_of_work() as uow:
            client = _load(uow.session, client_id)
            if client.version != expected_version:
                raise stale_conflict()
            client.status = ClientStatus.ARCHIVED.value
            client.archived_at = self.ctx.clock()
            derived.refresh(uow.session, [client.id])
            uow.audit("archive", "client", client.id, client.record_number)
            uow.changed(Topic.CLIENT, client.id)
            return _record(uow.session, client)

    def get(self, client_id: int) -> ClientRecord:
        """Open a client's record; every view is written to the audit trail."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work() as uow:
            return viewed_record(uow, client_id)

    def reload(self, client_id: int) -> ClientRecord:
        """Read a record this user has open again, after a change; not logged as another
        view (its opening was, through ``get``)."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return client_record(uow.session, client_id)

    def find_by_record_number(self, record_number: str) -> ClientRecord:
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work() as uow:
            client = uow.session.execute(select(Client).where(
                Client.record_number == record_number.strip())).scalar_one_or_none()
            if client is None:
                raise NotFound(said("Validation", "No client has the record number %1.").arg(
                    record_number))
            uow.audit("view", "client", client.id, client.record_number)
            return _record(uow.session, client)

    def likely_duplicates(self, given_name: str, family_name: str, birth_date: date | None,
                          *, exclude_id: int | None = None) -> list[ClientListRow]:
        """Clients with the same name and date of birth, to warn before saving."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        if birth_date is None:
            return []
        with self.ctx.unit_of_work(write=False) as uow:
            query = _list_query().where(
                Client.family_name_key == search_key(family_name),
                Client.given_name_key == search_key(given_name),
                Client.birth_date == birth_date)
            if exclude_id is not None:
                query = query.where(Client.id != exclude_id)
            return [_list_row(row) for row in uow.session.execute(query)]

    def search(self, text: str = "", *, limit: int = 200,
               include_archived: bool = False) -> list[ClientListRow]:
        """Clients whose given or family name has a word starting with each word typed
        ("cardenas, monica" finds Mónica Cárdenas García), or whose record number, phone
        or birth date is what was typed."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            query = _list_query()
            if not include_archived:
                query = query.where(Client.status != ClientStatus.ARCHIVED.value)
            words = text.strip()
            values: dict[str, str] = {}
            if words:
                name_words = search_words_kept(words)
                for index, word in enumerate(name_words):
                    values.update(prefix_values(f"word{index}", word))
                on_server = not self.ctx.db.is_sqlite
                conditions = [name_words_match(one_letter_words(name_words), in_order=True,
                                               on_server=on_server),
                              _prefix(Client.record_number, words.upper())]
                digits = digits_only(words)
                if len(digits) >= 3 and digits == words.replace("-", "").replace(" ", ""):
                    conditions.append(_prefix(Client.phone_digits, digits))
                with contextlib.suppress(ValueError):
                    conditions.append(Client.birth_date == date.fromisoformat(words))
                query = query.where(any_of(conditions, on_server=on_server))
            query = query.order_by(Client.family_name_key, Client.given_name_key, Client.id)
            return [_list_row(row)
                    for row in uow.session.execute(query.limit(limit), values)]

    def count(self) -> int:
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            return uow.session.execute(select(func.count(Client.id)).where(
                Client.status != ClientStatus.ARCHIVED.value)).scalar_one()


def _prefix(column: InstrumentedAttribute[str], text: str) -> ColumnElement[bool]:
    """``column`` starts with ``text``, in a form both engines answer from an index.

    SQLite uses an index for LIKE only under case-sensitive LIKE, so the range test narrows
    the scan through the index and LIKE keeps the match exact whatever the collation.
    """
    return and_(column >= text, column < text + "\U0010ffff",
                column.startswith(text, autoescape=True))


def _cleaned(details: ClientInput) -> ClientInput:
    values = asdict(details)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    values["record_number"] = values["record_number"].upper()
    return ClientInput(**values)


def _validate(session: Session, details: ClientInput, today: date, *,
              client_id: int | None) -> None:
    problems = _search_column_problems(details) | column_problems(Client, asdict(details))
    if not details.given_name:
        problems["given_name"] = said("Validation", "Enter the client's first name.")
    if not details.family_name:
        problems["family_name"] = said("Validation", "Enter the client's last name.")
    if details.birth_date is not None and (
            problem := birth_date_problem(details.birth_date, today)):
        problems["birth_date"] = problem
    if details.email and not _EMAIL.match(details.email):
        problems["email"] = said(
            "Validation", "'%1' does not look like an e-mail address.").arg(details.email)
    taken = session.execute(select(Client.id).where(
        Client.record_number == details.record_number)).scalar_one_or_none()
    if taken is not None and taken != client_id:
        problems["record_number"] = said(
            "Validation", "The record number %1 already belongs to another client.").arg(
            details.record_number)
    if details.primary_case_manager_id is not None:
        manager = (session.get(User, details.primary_case_manager_id)
                   if possible_key(details.primary_case_manager_id) else None)
        if manager is None or not manager.is_active:
            problems["primary_case_manager_id"] = said(
                "Validation", "Choose an active case manager.")
    if problems:
        raise ValidationError.for_fields(problems)


def _search_column_problems(details: ClientInput) -> dict[str, str]:
    """The search columns filled from a field can overflow though the field fits: a phone
    with an extension has more digits than ``phone_digits`` holds, and a name in
    ligatures spells out longer than its search key."""
    rules = rules_of(Client)
    problems: dict[str, str] = {}
    for column, filled in (("phone_digits", digits_only(details.phone)),
                           ("given_name_key", search_key(details.given_name)),
                           ("family_name_key", search_key(details.family_name))):
        rule = rules[column]
        if rule.length is not None and len(filled) > rule.length:
            problems[rule.field] = too_long(label_of(rule.field), rule.length, len(filled),
                                            rule.unit)
    return problems


def _apply(client: Client, details: ClientInput) -> None:
    for name in _INPUT_FIELDS:
        setattr(client, name, getattr(details, name))
    client.given_name_key = search_key(details.given_name)
    client.family_name_key = search_key(details.family_name)
    client.phone_digits = digits_only(details.phone)


# Any constant works; it names "choosing a record number" among PostgreSQL advisory locks.
_RECORD_NUMBER_LOCK_KEY = 0x4D524E23


def _hold_record_numbers(session: Session) -> None:
    """Let one new client at a time choose or check its record number, until it is saved.

    Two workstations creating clients at the same moment would otherwise both take the next
    free number (or both pass the "already belongs" check), and the second save would fail
    on the unique index. SQLite's BEGIN IMMEDIATE already lets one writer in at a time; on
    PostgreSQL a transaction-scoped advisory lock does, released at commit or rollback.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"),
                        {"key": _RECORD_NUMBER_LOCK_KEY})


def _next_record_number(session: Session) -> str:
    next_id = (session.execute(select(func.max(Client.id))).scalar_one() or 0) + 1
    while True:
        candidate = f"MRN-{next_id:06d}"
        if session.execute(select(Client.id).where(
                Client.record_number == candidate)).scalar_one_or_none() is None:
            return candidate
        next_id += 1


def insert_client(uow: UnitOfWork, details: ClientInput, today: date,
                  actor_id: int) -> Client:
    """Check and add a new client in ``uow`` (``ClientService.create``, or another action
    that begins with a new client, such as an intake inquiry); audited there. The caller
    has checked the permission to change client records."""
    details = _cleaned(details)
    _hold_record_numbers(uow.session)
    if not details.record_number:
        details = replace(details, record_number=_next_record_number(uow.session))
    _validate(uow.session, details, today, client_id=None)
    client = Client(status=ClientStatus.ACTIVE.value)
    _apply(client, details)
    if client.primary_case_manager_id is None:
        client.primary_case_manager_id = actor_id
    uow.session.add(client)
    uow.session.flush()
    name_words.refresh(uow.session.connection(), [client.id])
    uow.audit("create", "client", client.id, client.record_number)
    uow.changed(Topic.CLIENT, client.id)
    return client


def viewed_record(uow: UnitOfWork, client_id: int) -> ClientRecord:
    """The client's record read in ``uow``, whose opening is written to the audit trail
    there (``ClientService.get``); ``NotFound`` when there is no such client."""
    client = _load(uow.session, client_id)
    uow.audit("view", "client", client.id, client.record_number)
    return _record(uow.session, client)


def client_record(session: Session, client_id: int) -> ClientRecord:
    """The client's record read on ``session``, logging nothing (``ClientService.reload``)."""
    return _record(session, _load(session, client_id))


def _load(session: Session, client_id: int) -> Client:
    return load(session, Client, client_id, "client")


def _record(session: Session, client: Client) -> ClientRecord:
    manager = (session.get(User, client.primary_case_manager_id)
               if client.primary_case_manager_id else None)
    details = ClientInput(**{name: getattr(client, name) for name in _INPUT_FIELDS})
    return ClientRecord(client.id, client.record_number, client.version, client.status, details,
                        manager.full_name if manager else "", client.archived_at)


def _list_query() -> Select[int, str, str, str, date | None, str, str]:
    return select(Client.id, Client.record_number, Client.family_name, Client.given_name,
                  Client.birth_date, Client.status, User.full_name).outerjoin(
        User, User.id == Client.primary_case_manager_id)


def _list_row(row: Row[int, str, str, str, date | None, str, str]
              ) -> ClientListRow:
    client_id, record_number, family, given, birth, status, manager = row
    return ClientListRow(client_id, record_number, family, given, birth, status, manager or "")
