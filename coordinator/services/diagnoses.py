"""A client's problem list: ICD-10-CM diagnoses with primary, substance-use and status.

A problem is coded from the ICD-10-CM release (``coordinator.services.icd10``): only a
billable code is saved, with the release's own description, so the packet and the claim
say the same words. A category ("F32") is refused with the billable codes under it to
choose from (``NotBillableCode.suggestions``).

At most one active problem is primary: marking one primary takes the mark off the other
in the same transaction. The same code is not active twice. The substance-use flag is what
the 42 CFR Part 2 consent gate of the packets reads; it starts ticked for F10–F19 but
nicotine (``icd10.default_substance_use``), and the clinician may change it.

Nothing is deleted: a problem ends resolved or ruled out on a day (and may become active
again), and a mistaken entry is marked entered in error and stays, struck through.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import DiagnosisStatus
from coordinator.domain.diagnosis_rules import (
    CodeMatch,
    NotBillableCode,
    compact_code,
    not_billable_sentence,
)
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.words import said
from coordinator.services import icd10
from coordinator.services.care.records import today_of, user_names, writable_client
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.field_limits import text_problem
from coordinator.services.notify import Topic
from coordinator.store.models import Client, ClientDiagnosis

_REASON_LIMIT = 300
_ENDED_WORDS = {DiagnosisStatus.RESOLVED: "resolved", DiagnosisStatus.RULED_OUT: "ruled out"}


@dataclass(frozen=True)
class DiagnosisInput:
    """What the Add and Edit dialogs send; the description comes from the code set."""

    code: str
    is_primary: bool = False
    substance_use: bool = False
    onset_date: date | None = None


@dataclass(frozen=True)
class DiagnosisView:
    id: int
    client_id: int
    version: int
    code: str
    description: str
    is_primary: bool
    substance_use: bool
    status: DiagnosisStatus
    onset_date: date | None
    status_on: date | None
    """The day it was resolved or ruled out (None while active)."""
    recorded_by: str
    """The full name of the user who added it ("" if unknown)."""
    recorded_on: date | None
    entered_in_error: bool

    @property
    def active(self) -> bool:
        """Active and not a mistake: what the client has now."""
        return self.status == DiagnosisStatus.ACTIVE and not self.entered_in_error


class DiagnosisService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def search_codes(self, text: str) -> list[CodeMatch]:
        """Billable ICD-10-CM codes for a code or words typed, best first (at most 50).

        The first call of the process reads the release (a few seconds); later ones take
        a millisecond or so. An empty ``text`` returns nothing but still reads it, so a
        dialog can ask early and have the code set ready when the person types.
        """
        self.ctx.require(Permission.VIEW_CLIENTS)
        return icd10.code_set().search(text)

    def problems_of(self, client_id: int) -> list[DiagnosisView]:
        """The client's problem list: the primary problem, the other active ones (by code),
        the resolved and ruled-out ones (latest first), then those entered in error."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            rows = uow.session.execute(select(ClientDiagnosis).where(
                ClientDiagnosis.client_id == client_id)).scalars().all()
            names = user_names(uow.session, (row.recorded_by_id for row in rows))
            views = [_view(row, names) for row in rows]
        return sorted(views, key=_list_order)

    # --- writes --------------------------------------------------------------------------

    def add(self, client_id: int, details: DiagnosisInput) -> DiagnosisView:
        """Put a billable code on the problem list, recorded by the signed-in user today."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        today = today_of(self.ctx.clock())
        match, problems, suggestions = _checked_code(details.code)
        with self.ctx.unit_of_work() as uow:
            client = writable_client(uow.session, client_id)
            problems.update(_onset_problems(details.onset_date, None, today, client))
            if match is not None and _active_with_code(uow.session, client_id, match.code):
                problems["code"] = said(
                    "Validation", "%1 is already active on the problem list.").arg(match.code)
            _raise(problems, suggestions)
            assert match is not None  # every other outcome raised above
            replaced = (_take_primary_from_others(uow.session, client_id, None)
                        if details.is_primary else [])
            row = ClientDiagnosis(
                client_id=client_id, code=match.code, description=match.description,
                is_primary=details.is_primary, substance_use=details.substance_use,
                onset_date=details.onset_date, status=DiagnosisStatus.ACTIVE.value,
                status_on=None, recorded_by_id=actor.user_id, recorded_on=today,
                entered_in_error=False)
            uow.session.add(row)
            uow.session.flush()
            detail = f"{row.code} for client {client_id}" + _flags(row, replaced)
            uow.audit("create", "client_diagnosis", row.id, detail)
            _changed(uow, row, replaced)
            return _view(row, user_names(uow.session, [row.recorded_by_id]))

    def update(self, diagnosis_id: int, expected_version: int,
               details: DiagnosisInput) -> DiagnosisView:
        """Change whether the problem is primary or substance use, and its onset date; the
        code stays (a wrong code is marked entered in error and the right one added)."""
        self.ctx.require(Permission.EDIT_CARE)
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            row, client = _editable(uow.session, diagnosis_id, expected_version)
            problems: dict[str, str] = {}
            if compact_code(details.code) != compact_code(row.code):
                problems["code"] = (f"The code of a saved problem cannot be changed; mark "
                                    f"{row.code} entered in error and add the right code.")
            problems.update(_onset_problems(details.onset_date, row.status_on, today, client))
            if details.is_primary and row.status != DiagnosisStatus.ACTIVE.value:
                problems["is_primary"] = said(
                    "Validation", "Only an active problem can be primary.")
            _raise(problems, ())
            before = {"primary": row.is_primary, "substance use": row.substance_use,
                      "onset date": row.onset_date}
            replaced = (_take_primary_from_others(uow.session, row.client_id, row.id)
                        if details.is_primary and not row.is_primary else [])
            row.is_primary = details.is_primary
            row.substance_use = details.substance_use
            row.onset_date = details.onset_date
            after = {"primary": row.is_primary, "substance use": row.substance_use,
                     "onset date": row.onset_date}
            changed = [name for name in before if before[name] != after[name]]
            uow.session.flush()
            if changed:
                was = ", ".join(other.code for other in replaced)
                uow.audit("update", "client_diagnosis", row.id,
                          f"{row.code}: {', '.join(changed)}"
                          + (f" (primary was {was})" if was else ""))
                _changed(uow, row, replaced)
            return _view(row, user_names(uow.session, [row.recorded_by_id]))

    def set_status(self, diagnosis_id: int, expected_version: int,
                   status: DiagnosisStatus, on_date: date | None) -> DiagnosisView:
        """Resolve or rule out the problem on ``on_date``, or make it active again (then
        ``on_date`` is not used). A problem that ends is no longer primary."""
        self.ctx.require(Permission.EDIT_CARE)
        try:
            status = DiagnosisStatus(status)
        except ValueError:
            raise ValidationError.for_fields(
                {"status": said("Validation", "Choose active, resolved or ruled out.")}) from None
        today = today_of(self.ctx.clock())
        with self.ctx.unit_of_work() as uow:
            row, client = _editable(uow.session, diagnosis_id, expected_version)
            if status == DiagnosisStatus.ACTIVE:
                day = None
                if (row.status != status.value
                        and _active_with_code(uow.session, row.client_id, row.code)):
                    raise ValidationError.for_fields(
                        {"status": f"{row.code} is already active on the problem list."})
            else:
                day = on_date
                _raise(_ended_problems(status, day, row.onset_date, today, client), ())
            if row.status == status.value and row.status_on == day:
                return _view(row, user_names(uow.session, [row.recorded_by_id]))
            was_primary = row.is_primary
            row.status = status.value
            row.status_on = day
            row.is_primary = row.is_primary and status == DiagnosisStatus.ACTIVE
            uow.session.flush()
            words = ("active again" if day is None
                     else f"{_ENDED_WORDS[status]} {day.isoformat()}")
            if was_primary and not row.is_primary:
                words += ", no longer primary"
            uow.audit("status_change", "client_diagnosis", row.id, f"{row.code} {words}")
            _changed(uow, row, [])
            return _view(row, user_names(uow.session, [row.recorded_by_id]))

    def mark_entered_in_error(self, diagnosis_id: int, expected_version: int,
                              reason: str) -> DiagnosisView:
        """Keep the problem on the list, marked as a mistake (and no longer primary); the
        reason goes to the audit trail."""
        self.ctx.require(Permission.EDIT_CARE)
        reason = reason.strip()
        if not reason:
            raise ValidationError.for_fields(
                {"reason": said("Validation", "Say why the problem was entered in error.")})
        if problem := text_problem("Reason", reason, _REASON_LIMIT):
            raise ValidationError.for_fields({"reason": problem})
        with self.ctx.unit_of_work() as uow:
            row, _client = _editable(uow.session, diagnosis_id, expected_version)
            row.entered_in_error = True
            row.is_primary = False
            uow.session.flush()
            uow.audit("entered_in_error", "client_diagnosis", row.id, f"{row.code}: {reason}")
            _changed(uow, row, [])
            return _view(row, user_names(uow.session, [row.recorded_by_id]))


# --- checks ---------------------------------------------------------------------------------


def _checked_code(code: str) -> tuple[CodeMatch | None, dict[str, str], tuple[CodeMatch, ...]]:
    """The billable code typed, or the problem with it (and, for a category, the billable
    codes under it)."""
    if not code.strip():
        return None, {"code": "Choose a diagnosis: search by code or by words."}, ()
    found = icd10.code_set().lookup(code)
    if found.kind == icd10.CodeKind.BILLABLE:
        return CodeMatch(found.code, found.description), {}, ()
    if found.kind == icd10.CodeKind.CATEGORY:
        return None, {"code": not_billable_sentence(found.code, found.suggestions)}, (
            found.suggestions)
    shown = found.code if len(found.code) <= 20 else found.code[:19] + "…"
    return None, {"code": f"{shown} is not an ICD-10-CM code; check it, or search by "
                          "words."}, ()


def _raise(problems: dict[str, str], suggestions: tuple[CodeMatch, ...]) -> None:
    if suggestions:
        raise NotBillableCode(problems, suggestions)
    if problems:
        raise ValidationError.for_fields(problems)


def _onset_problems(onset: date | None, ended_on: date | None, today: date,
                    client: Client) -> dict[str, str]:
    if onset is None:
        return {}
    if onset > today:
        return {"onset_date": "The onset date cannot be in the future."}
    if problem := clinical_date_problem(said("Validation", "The onset date"), onset, today=today,
                                        birth_date=client.birth_date):
        return {"onset_date": problem}
    if ended_on is not None and onset > ended_on:
        return {"onset_date": f"The onset date is after the day the problem ended "
                              f"({ended_on.isoformat()})."}
    return {}


def _ended_problems(status: DiagnosisStatus, day: date | None, onset: date | None,
                    today: date, client: Client) -> dict[str, str]:
    words = _ENDED_WORDS[status]
    label = f"The day it was {words}"
    if day is None:
        return {"status_on": f"Enter the day the problem was {words}."}
    if day > today:
        return {"status_on": f"{label} cannot be in the future."}
    if onset is not None and day < onset:
        return {"status_on": f"{label} is before the onset date ({onset.isoformat()})."}
    if problem := clinical_date_problem(label, day, today=today, birth_date=client.birth_date):
        return {"status_on": problem}
    return {}


def _editable(session: Session, diagnosis_id: int,
              expected_version: int) -> tuple[ClientDiagnosis, Client]:
    row = load(session, ClientDiagnosis, diagnosis_id, "problem")
    client = writable_client(session, row.client_id)
    if row.version != expected_version:
        raise stale_conflict()
    if row.entered_in_error:
        raise ValidationError(said("Validation", "%1 was marked entered in error; it can no "
                                                 "longer be changed.").arg(row.code))
    return row, client


def _active_with_code(session: Session, client_id: int, code: str) -> bool:
    return session.execute(select(ClientDiagnosis.id).where(
        ClientDiagnosis.client_id == client_id, ClientDiagnosis.code == code,
        ClientDiagnosis.status == DiagnosisStatus.ACTIVE.value,
        ClientDiagnosis.entered_in_error.is_(False)).limit(1)).first() is not None


def _take_primary_from_others(session: Session, client_id: int,
                              keep_id: int | None) -> list[ClientDiagnosis]:
    """Un-mark the client's other primary problem(s); the rows changed."""
    query = select(ClientDiagnosis).where(ClientDiagnosis.client_id == client_id,
                                          ClientDiagnosis.is_primary.is_(True))
    if keep_id is not None:
        query = query.where(ClientDiagnosis.id != keep_id)
    others = list(session.execute(query).scalars())
    for other in others:
        other.is_primary = False
    return others


# --- views ----------------------------------------------------------------------------------


def _flags(row: ClientDiagnosis, replaced: list[ClientDiagnosis]) -> str:
    words = []
    if row.is_primary:
        was = ", ".join(other.code for other in replaced)
        words.append(f"primary (was {was})" if was else "primary")
    if row.substance_use:
        words.append("substance use")
    return "".join(f", {word}" for word in words)


def _changed(uow: UnitOfWork, row: ClientDiagnosis, replaced: list[ClientDiagnosis]) -> None:
    uow.changed(Topic.DIAGNOSIS, row.id, *(other.id for other in replaced))
    uow.changed(Topic.CLIENT, row.client_id)


def _view(row: ClientDiagnosis, names: dict[int, str]) -> DiagnosisView:
    return DiagnosisView(
        row.id, row.client_id, row.version, row.code, row.description, row.is_primary,
        row.substance_use, DiagnosisStatus(row.status), row.onset_date, row.status_on,
        names.get(row.recorded_by_id, "") if row.recorded_by_id is not None else "",
        row.recorded_on, row.entered_in_error)


def _list_order(view: DiagnosisView) -> tuple[int, int, str, int]:
    if view.entered_in_error:
        return (3, 0, "", -view.id)
    if view.status != DiagnosisStatus.ACTIVE:
        return (2, -(view.status_on or date.min).toordinal(), view.code, -view.id)
    return (0 if view.is_primary else 1, 0, view.code, view.id)
