"""Closed-loop referrals to community resources (HSDS services) and partner facilities.

A referral is made from a client's record, moves through the FHIR Task statuses the domain
allows, and is closed with an outcome, so the clinic knows whether the client got help. Every
status change writes a ``ReferralEvent`` (who, when, from, to, note) in the same transaction
as the change itself; the history is append-only.
"""

from __future__ import annotations

import hashlib
import heapq
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.errors import ValidationError
from coordinator.domain.referrals import (
    AWAITING_STATUSES,
    START_STATUSES,
    check_move,
    is_closed,
    status_title,
)
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import (
    CLOSED_REFERRAL_STATUSES,
    ClientStatus,
    DocumentType,
    ReferralCategory,
    ReferralOutcome,
    ReferralPriority,
    ReferralStatus,
)
from coordinator.domain.words import said
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.document_files import (
    discard_temporary,
    rename_into_place,
    temporary_beside,
    write_synced,
)
from coordinator.services.field_limits import column_problems, possible_key, text_problem
from coordinator.services.notify import Topic
from coordinator.services.referral_views import (
    ReferralEventView,
    ReferralFilter,
    ReferralInput,
    ReferralView,
    ServiceChoice,
    referral_query,
    referral_view,
)
from coordinator.services.registry_sql import client_found_by
from coordinator.store.models import (
    Client,
    Disclosure,
    Facility,
    HsdsOrganization,
    HsdsService,
    Referral,
    ReferralEvent,
    User,
)

_REASON_LIMIT = 2000
_NOTE_LIMIT = 4000
_LIMITS = {"reason": _REASON_LIMIT, "note_to_receiver": _NOTE_LIMIT}
_OPEN = [status.value for status in ReferralStatus if status not in CLOSED_REFERRAL_STATUSES]
_AWAITING = [status.value for status in AWAITING_STATUSES]


class ReferralService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def get(self, referral_id: int) -> ReferralView:
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            row = uow.session.execute(
                referral_query().where(Referral.id == referral_id)).one_or_none()
            if row is None:
                load(uow.session, Referral, referral_id, "referral")  # raises NotFound
            return referral_view(row, self._today())

    def referrals_of(self, client_id: int) -> list[ReferralView]:
        """The client's referrals: open ones first (soonest follow-up first), then closed
        ones, newest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                referral_query().where(Referral.client_id == client_id)
                .order_by(Referral.id.desc())).all()
        today = self._today()
        views = [referral_view(row, today) for row in rows]
        return sorted(views, key=lambda view: (
            is_closed(view.status),
            (view.follow_up_due or date.max) if not is_closed(view.status) else date.min,
            -view.id))

    def open_referrals_of(self, client_id: int) -> list[ReferralView]:
        """Referrals still open, drafts included: what to ask outcomes for at discharge."""
        return [view for view in self.referrals_of(client_id) if not is_closed(view.status)]

    def history(self, referral_id: int) -> list[ReferralEventView]:
        """Every status change of the referral, oldest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Referral, referral_id, "referral")
            rows = uow.session.execute(
                select(ReferralEvent, func.coalesce(User.full_name, ""))
                .outerjoin(User, User.id == ReferralEvent.user_id)
                .where(ReferralEvent.referral_id == referral_id)
                .order_by(ReferralEvent.occurred_at, ReferralEvent.id)).all()
        return [ReferralEventView(
            event.id, event.occurred_at, name,
            ReferralStatus(event.from_status) if event.from_status else None,
            ReferralStatus(event.to_status), event.note) for event, name in rows]

    def page(self, filters: ReferralFilter, offset: int = 0,
             limit: int = 200) -> list[ReferralView]:
        """One page of all referrals matching ``filters``, filtered and paged in SQL:
        follow-up date first (undated last), then newest."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self._today()
        query = (referral_query().where(*self._conditions(filters, today))
                 .order_by(Referral.follow_up_due.is_(None), Referral.follow_up_due,
                           Referral.id.desc())
                 .offset(offset).limit(limit))
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(query).all()
        return [referral_view(row, today) for row in rows]

    def count(self, filters: ReferralFilter) -> int:
        """How many referrals ``page`` would list without paging."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self._today()
        with self.ctx.unit_of_work(write=False) as uow:
            return int(uow.session.execute(
                select(func.count(Referral.id)).join(Client, Client.id == Referral.client_id)
                .where(*self._conditions(filters, today))).scalar_one())

    def overdue(self, limit: int | None = None, *,
                caseload_only: bool = False) -> list[ReferralView]:
        """Sent, open referrals past their follow-up date, most overdue first (dashboard);
        ``caseload_only``: of the signed-in user's clients (their primary case manager).

        A large caseload has thousands overdue. Each awaiting status is read in the order of
        the (status, follow-up date) index, which stops after ``limit`` rows instead of
        sorting them all, and the few lists are merged here. ``limit`` None: all of them.
        """
        actor = self.ctx.require(Permission.VIEW_CLIENTS)
        today = self._today()
        found: list[tuple[date, int]] = []
        mine = ([Client.primary_case_manager_id == actor.user_id] if caseload_only else [])
        with self.ctx.unit_of_work(write=False) as uow:
            for status in _AWAITING:
                for due, referral_id in uow.session.execute(
                        select(Referral.follow_up_due, Referral.id)
                        .join(Client, Client.id == Referral.client_id)
                        .where(Referral.status == status, Referral.follow_up_due < today,
                               Client.status != ClientStatus.ARCHIVED.value, *mine)
                        .order_by(Referral.follow_up_due, Referral.id)
                        .limit(None if limit is None else max(limit, 0))):
                    if due is not None:  # always, by the condition; for the type checker
                        found.append((due, referral_id))
            merged = sorted(found) if limit is None else heapq.nsmallest(limit, found)
            chosen = [referral_id for _due, referral_id in merged]
            rows = {row[0].id: row for row in uow.session.execute(
                referral_query().where(Referral.id.in_(chosen))).all()}
        return [referral_view(rows[referral_id], today) for referral_id in chosen]

    def service_choices(self, words: str = "", limit: int = 200) -> list[ServiceChoice]:
        """Active HSDS services whose name or organization contains ``words``, by name."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        query = (select(HsdsService.id, HsdsService.name, HsdsOrganization.name)
                 .join(HsdsOrganization, HsdsOrganization.id == HsdsService.organization_id)
                 .where(HsdsService.status == "active"))
        if words.strip():
            pattern = f"%{words.strip().lower()}%"
            query = query.where(or_(func.lower(HsdsService.name).like(pattern),
                                    func.lower(HsdsOrganization.name).like(pattern)))
        query = query.order_by(HsdsService.name, HsdsService.id).limit(limit)
        with self.ctx.unit_of_work(write=False) as uow:
            return [ServiceChoice(id_, name, organization)
                    for id_, name, organization in uow.session.execute(query)]

    # --- writes --------------------------------------------------------------------------

    def create(self, client_id: int, details: ReferralInput,
               start: ReferralStatus = ReferralStatus.REQUESTED, note: str = ""
               ) -> ReferralView:
        """Refer the client; ``start`` is requested (sent now) or draft (finish later)."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        note = note.strip()
        with self.ctx.unit_of_work() as uow:
            client = load(uow.session, Client, client_id, "client")
            if client.status == ClientStatus.ARCHIVED.value:
                raise ValidationError(said(
                    "Validation", "The client's record is archived; restore it first."))
            problems = _problems(details, self._today(), client.birth_date)
            if start not in START_STATUSES:
                problems["status"] = said(
                    "Validation", "A new referral starts as a draft or as requested.")
            if problem := text_problem("Note", note, _NOTE_LIMIT):
                problems["note"] = problem
            if problems:
                raise ValidationError.for_fields(problems)
            _check_target(uow.session, details)
            referral = Referral(client_id=client_id, status=start.value,
                                created_by_id=actor.user_id, assigned_to_id=actor.user_id,
                                outcome_note="")
            _apply(referral, details)
            uow.session.add(referral)
            uow.session.flush()
            self._event(uow, referral.id, None, start, note)
            uow.audit("create", "referral", referral.id,
                      f"{details.category.value} referral for client {client_id}")
            return self._done(uow, referral)

    def update(self, referral_id: int, expected_version: int,
               details: ReferralInput) -> ReferralView:
        """Edit where, why, priority, due date or note; a closed referral stays as it was."""
        self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        with self.ctx.unit_of_work() as uow:
            referral = self._load_current(uow.session, referral_id, expected_version)
            if is_closed(ReferralStatus(referral.status)):
                raise ValidationError(said(
                    "Validation", "A closed referral cannot be edited; make a new one."))
            client = load(uow.session, Client, referral.client_id, "client")
            problems = _problems(details, self._today(), client.birth_date)
            if problems:
                raise ValidationError.for_fields(problems)
            _check_target(uow.session, details)
            before = _snapshot(referral)
            _apply(referral, details)
            changed = sorted(key for key, value in _snapshot(referral).items()
                             if before[key] != value)
            uow.session.flush()
            if changed:
                uow.audit("update", "referral", referral.id, ", ".join(changed))
            return self._done(uow, referral)

    def change_status(self, referral_id: int, expected_version: int,
                      to_status: ReferralStatus, note: str = "",
                      outcome: ReferralOutcome | None = None) -> ReferralView:
        """Move the referral to ``to_status``; closing needs ``outcome``. The event and the
        change are saved together, so the history always explains the current status."""
        self.ctx.require(Permission.EDIT_CARE)
        note = note.strip()
        if problem := text_problem("Note", note, _NOTE_LIMIT):
            raise ValidationError.for_fields({"note": problem})
        with self.ctx.unit_of_work() as uow:
            referral = self._load_current(uow.session, referral_id, expected_version)
            from_status = ReferralStatus(referral.status)
            check_move(from_status, to_status, outcome)
            referral.status = to_status.value
            if outcome is not None:
                referral.outcome = outcome.value
                referral.outcome_note = note
                referral.closed_at = self.ctx.clock()
            uow.session.flush()
            self._event(uow, referral.id, from_status, to_status, note)
            detail = f"{status_title(from_status)} → {status_title(to_status)}"
            if outcome is not None:
                detail += f" ({outcome.value})"
            uow.audit("status_change", "referral", referral.id, detail)
            return self._done(uow, referral)

    def save_letter(self, referral_id: int, path: Path, *, for_client: bool = False) -> Path:
        """Write the letter to ``path`` and log the disclosure.

        The file is written under a temporary name inside the transaction that logs the
        disclosure and renamed once that has committed, so a refused or failed save leaves
        neither a file at ``path`` nor a log entry for a file that does not exist.

        Args:
            for_client: the letter addressed to the client, in the client's language
                (``client_letter``), instead of the one for the receiving program.

        Raises:
            ConsentRequired: the consent gate refuses the letter (see ``letter``).
            ValidationError: the file cannot be written there (the sentence says why).
        """
        self.ctx.require(Permission.EXPORT_RECORDS)
        if path.is_dir():
            # Checked first: the rename comes after the commit, and must not fail there.
            raise ValidationError.for_fields(
                {"path": f"{path} is a folder; choose a file name for the letter."})
        temporary = temporary_beside(path)
        make = self.client_letter if for_client else self.letter
        try:
            make(referral_id, file_name=path.name,
                 before_commit=lambda pdf: write_synced(temporary, pdf, path))
            rename_into_place(temporary, path)
        finally:
            discard_temporary(temporary)
        return path

    def letter(self, referral_id: int, *, file_name: str = "", invariant: bool = False,
               before_commit: Callable[[bytes], object] | None = None) -> bytes:
        """The referral letter for the receiving program, as PDF bytes.

        A letter leaves the clinic, so it needs the export permission, passes the consent
        gate (``referral_letter_data.build_letter``) and is logged as a disclosure (who,
        when, recipient, the consent it rests on, SHA-256 of the file) and audited.
        ``before_commit`` gets the bytes inside the transaction (e.g. to write the file);
        if it raises, nothing is logged.

        Raises:
            ConsentRequired: a substance-use referral without an active consent naming the
                recipient and including Part 2 information, or any referral without one
                when the clinic requires consent for every disclosure. Nothing is logged.
        """
        return self._letter(referral_id, for_client=False, file_name=file_name,
                            invariant=invariant, before_commit=before_commit)

    def client_letter(self, referral_id: int, *, file_name: str = "", invariant: bool = False,
                      before_commit: Callable[[bytes], object] | None = None) -> bytes:
        """The letter addressed to the client, in the client's language, as PDF bytes.

        It tells the client where they are referred, why, what to do next and whom to
        call. It is the client's own copy: it needs the export permission and is logged
        and audited as every document that is printed or saved (as a client's own
        discharge summary is, with no recipient), but rests on no release of information.
        ``before_commit`` as for ``letter``.
        """
        return self._letter(referral_id, for_client=True, file_name=file_name,
                            invariant=invariant, before_commit=before_commit)

    def _letter(self, referral_id: int, *, for_client: bool, file_name: str, invariant: bool,
                before_commit: Callable[[bytes], object] | None) -> bytes:
        actor = self.ctx.require(Permission.EXPORT_RECORDS)
        # A disclosure is never logged into a damaged file (checked once per session).
        self.ctx.db.ensure_intact()
        with self.ctx.unit_of_work() as uow:
            referral = load(uow.session, Referral, referral_id, "referral")
            # ReportLab is imported when a letter is made, not when the app starts.
            from coordinator.services.referral_letter_data import (
                build_client_letter,
                build_letter,
            )

            if for_client:
                built = build_client_letter(uow.session, referral, self._today(),
                                            invariant=invariant)
                document = DocumentType.CLIENT_REFERRAL_LETTER
            else:
                built = build_letter(uow.session, referral, self._today(),
                                     invariant=invariant)
                document = DocumentType.REFERRAL_LETTER
            pdf = built.rendered.pdf
            disclosure = Disclosure(
                client_id=referral.client_id, consent_id=built.consent_id,
                recipient_facility_id=None if for_client else referral.facility_id,
                recipient_name=built.recipient_name[:300],
                document_type=document.value, action="saved",
                page_count=built.rendered.pages, sha256=hashlib.sha256(pdf).hexdigest(),
                file_name=file_name[:300], disclosed_by_id=actor.user_id,
                disclosed_at=self.ctx.clock())
            uow.session.add(disclosure)
            uow.session.flush()
            if for_client:
                detail = (f"referral letter to the client (own copy, disclosure "
                          f"{disclosure.id})")
            else:
                basis = (f", consent {built.consent_id}" if built.consent_id is not None
                         else ", no consent")
                detail = (f"referral letter to {built.recipient_name} (disclosure "
                          f"{disclosure.id}{basis})")
            uow.audit("export", "referral", referral.id, detail)
            uow.changed(Topic.DISCLOSURE, disclosure.id)
            if before_commit is not None:
                before_commit(pdf)
        return pdf

    # --- helpers -------------------------------------------------------------------------

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()

    def _conditions(self, filters: ReferralFilter, today: date) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [
            Client.status != ClientStatus.ARCHIVED.value]
        if filters.status is not None:
            conditions.append(Referral.status == filters.status.value)
        if filters.open_only:
            conditions.append(Referral.status.in_(_OPEN))
        if filters.category is not None:
            conditions.append(Referral.category == filters.category.value)
        if filters.overdue_only:
            conditions.extend([Referral.status.in_(_AWAITING),
                               Referral.follow_up_due < today])
        if filters.assigned_to_id is not None:
            conditions.append(Referral.assigned_to_id == filters.assigned_to_id)
        if filters.caseload_of_id is not None:
            conditions.append(Client.primary_case_manager_id == filters.caseload_of_id)
        if filters.client_text.strip():
            conditions.append(client_found_by(filters.client_text,
                                              on_server=not self.ctx.db.is_sqlite))
        return conditions

    def _load_current(self, session: Session, referral_id: int,
                      expected_version: int) -> Referral:
        referral = load(session, Referral, referral_id, "referral")
        if referral.version != expected_version:
            raise stale_conflict()
        return referral

    def _event(self, uow: UnitOfWork, referral_id: int, from_status: ReferralStatus | None,
               to_status: ReferralStatus, note: str) -> None:
        actor = self.ctx.require_signed_in()
        uow.session.add(ReferralEvent(
            referral_id=referral_id, occurred_at=self.ctx.clock(), user_id=actor.user_id,
            from_status=from_status.value if from_status else None,
            to_status=to_status.value, note=note))
        uow.session.flush()

    def _done(self, uow: UnitOfWork, referral: Referral) -> ReferralView:
        uow.changed(Topic.REFERRAL, referral.id)
        uow.changed(Topic.CLIENT, referral.client_id)
        row = uow.session.execute(referral_query().where(Referral.id == referral.id)).one()
        return referral_view(row, self._today())


def _cleaned(details: ReferralInput) -> ReferralInput:
    service_id = (details.service_id or "").strip() or None
    return replace(details, reason=details.reason.strip(), service_id=service_id,
                   note_to_receiver=details.note_to_receiver.strip())


def _problems(details: ReferralInput, today: date,
              birth_date: date | None) -> dict[str, str]:
    problems = column_problems(Referral, {
        "reason": details.reason, "note_to_receiver": details.note_to_receiver},
        limits=_LIMITS)
    if (details.service_id is None) == (details.facility_id is None):
        problems["target"] = said(
            "Validation", "Choose where the client is referred: one resource service "
                          "or one partner facility.")
    try:
        ReferralCategory(details.category)
    except ValueError:
        problems["category"] = said("Validation", "Choose a category.")
    try:
        ReferralPriority(details.priority)
    except ValueError:
        problems["priority"] = said("Validation", "Choose a priority.")
    if not details.reason:
        problems["reason"] = said("Validation", "Say why the client is referred.")
    if details.follow_up_due is None:
        problems["follow_up_due"] = said("Validation", "Choose when to follow up on this referral.")
    elif problem := clinical_date_problem(
            said("Validation", "The follow-up date"), details.follow_up_due, today=today,
            birth_date=birth_date):
        problems["follow_up_due"] = problem
    return problems


def _check_target(session: Session, details: ReferralInput) -> None:
    if details.facility_id is not None:
        facility = (session.get(Facility, details.facility_id)
                    if possible_key(details.facility_id) else None)
        if facility is None or facility.archived_at is not None:
            raise ValidationError.for_fields({"target": said(
                "Validation", "That facility is not in the list.")})
        if not facility.accepts_referrals:
            raise ValidationError.for_fields(
                {"target": said("Validation", "%1 does not accept referrals.").arg(
                    facility.name)})
    if details.service_id is not None and session.get(HsdsService, details.service_id) is None:
        raise ValidationError.for_fields(
            {"target": said("Validation", "That service is not in the resource directory.")})


_DETAIL_FIELDS = ("category", "reason", "priority", "follow_up_due", "service_id",
                  "facility_id", "note_to_receiver")


def _apply(referral: Referral, details: ReferralInput) -> None:
    referral.category = ReferralCategory(details.category).value
    referral.priority = ReferralPriority(details.priority).value
    referral.reason = details.reason
    referral.follow_up_due = details.follow_up_due
    referral.service_id = details.service_id
    referral.facility_id = details.facility_id
    referral.note_to_receiver = details.note_to_receiver


def _snapshot(referral: Referral) -> dict[str, object]:
    return {name: getattr(referral, name) for name in _DETAIL_FIELDS}
