"""A client's allergies, and "No known allergies" apart from "not asked yet".

Whether anyone asked is kept on the client (``allergy_status`` and ``allergy_status_on``):
"not asked" until someone asks; "no known" once the client said they have none (NKA, with
the day asked); "recorded" while at least one allergy row stands. A receiving nurse reads
"No known allergies (recorded 2026-03-02)" very differently from "Allergies not asked yet",
so the app never shows an empty list as if it were an answer.

Rules a clinician expects:

- Adding an allergy makes the status "recorded", also after an earlier NKA (the newer
  answer wins).
- NKA is refused while an allergy is on the list: the two cannot both be true, and the
  person must first mark the listed ones entered in error.
- When the last allergy on the list is marked entered in error, the status goes back to
  "not asked", not to an earlier NKA and not to "recorded" with nothing to show: the only
  answer on file turned out to be a mistake, so the honest state is that nobody has an
  answer, and the tab says "Allergies not asked yet" until someone asks again (one button
  records NKA if that is the answer).

The status columns are written with a plain UPDATE that leaves the client's version and
"updated" time alone, as ``coordinator.services.derived`` does for the derived level
columns: they are not an edit of the client's details, and a version bump here would make
the client form already open in the record window (which is not re-read on an "allergy"
change) fail with "changed by another user" on its next save. Two workstations changing
allergies at once are kept consistent by locking the client row for the transaction
(``lock_client``) and checking the rules under the lock, so no version check is needed on
the status itself; each allergy row keeps its own version for edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import AllergySeverity, AllergyStatus
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.text import search_key
from coordinator.domain.words import said
from coordinator.services.care.records import writable_client
from coordinator.services.context import ServiceContext, load, stale_conflict
from coordinator.services.field_limits import column_problems
from coordinator.services.medications import reason_of
from coordinator.services.notify import Topic
from coordinator.store.models import Client, ClientAllergy

NKA_REFUSAL = "Remove or mark the recorded allergies entered in error first."


@dataclass(frozen=True)
class AllergyInput:
    substance: str
    reaction: str = ""
    severity: str = AllergySeverity.UNKNOWN.value  # an AllergySeverity code


@dataclass(frozen=True)
class AllergyView:
    id: int
    client_id: int
    version: int
    details: AllergyInput
    entered_in_error: bool

    @property
    def substance(self) -> str:
        return self.details.substance


@dataclass(frozen=True)
class AllergyList:
    """What the record says about allergies: whether anyone asked, since when, and the
    rows (those standing first, then those entered in error)."""

    status: AllergyStatus
    status_on: date | None
    rows: tuple[AllergyView, ...]

    @property
    def standing(self) -> tuple[AllergyView, ...]:
        """The allergies on file (not entered in error)."""
        return tuple(row for row in self.rows if not row.entered_in_error)


class AllergyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def allergies_of(self, client_id: int) -> AllergyList:
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            client = load(uow.session, Client, client_id, "client")
            rows = uow.session.execute(
                select(ClientAllergy).where(ClientAllergy.client_id == client_id)
                .order_by(ClientAllergy.id)).scalars().all()
            views = sorted((_view(row) for row in rows),
                           key=lambda view: (view.entered_in_error,
                                             view.substance.casefold(), view.id))
            status, status_on = _status(client, any(not v.entered_in_error for v in views))
            return AllergyList(status, status_on, tuple(views))

    def add(self, client_id: int, details: AllergyInput) -> AllergyView:
        """Record an allergy; the client's allergies are then "recorded" (also after NKA)."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            client = writable_client(uow.session, client_id)
            _validate(uow.session, client_id, details, None)
            row = ClientAllergy(client_id=client_id, recorded_by_id=actor.user_id,
                                substance=details.substance, reaction=details.reaction,
                                severity=details.severity, entered_in_error=False)
            uow.session.add(row)
            uow.session.flush()
            detail = f"for client {client_id}"
            if client.allergy_status != AllergyStatus.RECORDED.value:
                _set_status(uow.session.connection(), client_id, AllergyStatus.RECORDED,
                            self._today())
                detail += f"; allergies were {client.allergy_status}, now recorded"
            uow.audit("create", "client_allergy", row.id, detail)
            uow.changed(Topic.ALLERGY, row.id)
            uow.changed(Topic.CLIENT, client_id)
            return _view(row)

    def update(self, allergy_id: int, expected_version: int,
               details: AllergyInput) -> AllergyView:
        """Save an edit made on ``expected_version``; a newer saved version raises Conflict."""
        self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            row = _changeable(uow.session, allergy_id, expected_version)
            writable_client(uow.session, row.client_id)
            _validate(uow.session, row.client_id, details, row.id)
            before = (row.substance, row.reaction, row.severity)
            row.substance, row.reaction = details.substance, details.reaction
            row.severity = details.severity
            changed = [name for name, old, new in zip(
                ("substance", "reaction", "severity"), before,
                (row.substance, row.reaction, row.severity), strict=True) if old != new]
            uow.session.flush()
            if changed:
                uow.audit("update", "client_allergy", row.id, ", ".join(changed))
                uow.changed(Topic.ALLERGY, row.id)
                uow.changed(Topic.CLIENT, row.client_id)
            return _view(row)

    def mark_entered_in_error(self, allergy_id: int, expected_version: int,
                              reason: str) -> AllergyView:
        """Keep the allergy on the list, struck through; when no allergy is left standing the
        client's allergies go back to "not asked" (see the module's docstring)."""
        self.ctx.require(Permission.EDIT_CARE)
        why = reason_of(reason, "Say why the allergy was entered in error, "
                                "e.g. wrong client.")
        with self.ctx.unit_of_work() as uow:
            row = _changeable(uow.session, allergy_id, expected_version)
            writable_client(uow.session, row.client_id)
            row.entered_in_error = True
            uow.session.flush()
            detail = why
            if not _standing(uow.session, row.client_id):
                _set_status(uow.session.connection(), row.client_id,
                            AllergyStatus.NOT_ASKED, None)
                detail += "; no allergy left on file, allergies now not asked"
            uow.audit("entered_in_error", "client_allergy", row.id, detail)
            uow.changed(Topic.ALLERGY, row.id)
            uow.changed(Topic.CLIENT, row.client_id)
            return _view(row)

    def record_no_known_allergies(self, client_id: int, on_date: date) -> AllergyList:
        """The client was asked on ``on_date`` and has no known allergies (NKA).

        Refused while allergies stand on the list (``NKA_REFUSAL``). Recording it again
        moves the date to the newer asking.
        """
        self.ctx.require(Permission.EDIT_CARE)
        with self.ctx.unit_of_work() as uow:
            client = writable_client(uow.session, client_id)
            today = self._today()
            if on_date > today:
                raise ValidationError.for_fields(
                    {"on_date": said("Validation", "The day asked cannot be after today.")})
            if problem := clinical_date_problem(
                    said("Validation", "The day asked"), on_date, today=today,
                    birth_date=client.birth_date):
                raise ValidationError.for_fields({"on_date": problem})
            if _standing(uow.session, client_id):
                raise ValidationError(NKA_REFUSAL)
            _set_status(uow.session.connection(), client_id, AllergyStatus.NO_KNOWN, on_date)
            uow.audit("update", "client", client_id,
                      f"no known allergies, asked on {on_date.isoformat()}")
            uow.changed(Topic.ALLERGY)
            uow.changed(Topic.CLIENT, client_id)
            rows = uow.session.execute(select(ClientAllergy).where(
                ClientAllergy.client_id == client_id).order_by(ClientAllergy.id)).scalars()
            return AllergyList(AllergyStatus.NO_KNOWN, on_date,
                               tuple(_view(row) for row in rows))

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()


def _cleaned(details: AllergyInput) -> AllergyInput:
    return AllergyInput(str(details.substance).strip(), str(details.reaction).strip(),
                        str(details.severity).strip())


def _validate(session: Session, client_id: int, details: AllergyInput,
              allergy_id: int | None) -> None:
    problems = column_problems(ClientAllergy, {
        "substance": details.substance, "reaction": details.reaction,
        "severity": details.severity})
    if not details.substance:
        problems["substance"] = said(
            "Validation", "Enter what the client is allergic to, e.g. penicillin.")
    elif "substance" not in problems:
        key = search_key(details.substance)
        for other_id, substance in session.execute(
                select(ClientAllergy.id, ClientAllergy.substance).where(
                    ClientAllergy.client_id == client_id,
                    ClientAllergy.entered_in_error.is_(False))):
            if other_id != allergy_id and search_key(substance) == key:
                problems["substance"] = (f"{substance} is already on the allergy list; "
                                         "edit that one instead.")
                break
    if details.severity not in {severity.value for severity in AllergySeverity}:
        problems["severity"] = said("Validation", "Choose mild, moderate, severe or unknown.")
    if problems:
        raise ValidationError.for_fields(problems)


def _changeable(session: Session, allergy_id: int, expected_version: int) -> ClientAllergy:
    row = load(session, ClientAllergy, allergy_id, "allergy")
    if row.version != expected_version:
        raise stale_conflict()
    if row.entered_in_error:
        raise ValidationError("This allergy was marked entered in error; "
                              "add it again if the client has it.")
    return row


def _standing(session: Session, client_id: int) -> bool:
    return session.execute(select(ClientAllergy.id).where(
        ClientAllergy.client_id == client_id,
        ClientAllergy.entered_in_error.is_(False)).limit(1)).first() is not None


def _status(client: Client, any_standing: bool) -> tuple[AllergyStatus, date | None]:
    """The status as the record should read it, whatever older data says: rows on file are
    "recorded"; "recorded" with none left is "not asked"."""
    try:
        status = AllergyStatus(client.allergy_status)
    except ValueError:
        status = AllergyStatus.NOT_ASKED
    if any_standing:
        return AllergyStatus.RECORDED, client.allergy_status_on
    if status == AllergyStatus.RECORDED:
        return AllergyStatus.NOT_ASKED, None
    return status, client.allergy_status_on if status == AllergyStatus.NO_KNOWN else None


def _set_status(connection: Connection, client_id: int, status: AllergyStatus,
                on: date | None) -> None:
    # A plain UPDATE: not an edit of the client's details, so its version and "updated"
    # time stay as they are (see the module's docstring).
    connection.execute(update(Client).where(Client.id == client_id).values(
        allergy_status=status.value, allergy_status_on=on, updated_at=Client.updated_at))


def _view(row: ClientAllergy) -> AllergyView:
    return AllergyView(row.id, row.client_id, row.version,
                       AllergyInput(row.substance, row.reaction, row.severity),
                       row.entered_in_error)
