"""Intake inquiries: a client's first contact before admission (docs/architecture.md §3,
Intake and readiness).

An inquiry records who made the contact and when, the level of care asked for, the
insurance to verify and the payer's authorization, and what the inquiry became. What
happened afterwards is read from the attendance marks, never typed: the days from first
contact to the first attended session, and the authorization's countdown (sessions
attended at the requested level within its days) with its warnings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.attendance import ATTENDED_MARKS
from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.errors import ValidationError
from coordinator.domain.intake import (
    Authorization,
    InquiryOutcome,
    InquirySource,
    VerificationStatus,
    authorization_problems,
    authorization_use,
    days_to_first_session,
)
from coordinator.domain.referrals import status_title
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ClientStatus, ReferralStatus
from coordinator.domain.words import said
from coordinator.services.care.records import today_of
from coordinator.services.clients import insert_client
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.dto import ClientInput
from coordinator.services.field_limits import column_problems, possible_key
from coordinator.services.intake_views import (
    COUNTED_INQUIRIES,
    InquiryInput,
    InquiryView,
    InsuranceInput,
    OpenInquiries,
)
from coordinator.services.notify import Topic
from coordinator.store.models import (
    Attendance,
    Client,
    Episode,
    Inquiry,
    LevelOfCare,
    Referral,
    User,
)

_ATTENDED = sorted(mark.value for mark in ATTENDED_MARKS)


class InquiryService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def get(self, inquiry_id: int) -> InquiryView:
        """One inquiry, opened by a person: the view is written to the audit trail."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self._today()
        with self.ctx.unit_of_work() as uow:
            inquiry = load(uow.session, Inquiry, inquiry_id, "inquiry")
            uow.audit("view", "inquiry", inquiry.id, f"client {inquiry.client_id}")
            return inquiry_views(uow.session, [inquiry], today)[0]

    def inquiries_of(self, client_id: int) -> list[InquiryView]:
        """The client's inquiries, the latest first contact first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self._today()
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                select(Inquiry).where(Inquiry.client_id == client_id)
                .order_by(Inquiry.first_contact_on.desc(), Inquiry.id.desc())).scalars().all()
            return inquiry_views(uow.session, rows, today)

    def open_inquiries(self, limit: int = 200, *, newest_first: bool = False
                       ) -> OpenInquiries:
        """The clinic's open inquiries: the longest waiting for an answer first (or the
        newest contact first), at most ``limit`` of them, and how many are open (counted
        up to ``COUNTED_INQUIRIES + 1``)."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self._today()
        open_ = [Inquiry.outcome == InquiryOutcome.OPEN.value,
                 Client.status != ClientStatus.ARCHIVED.value]
        order = (Inquiry.first_contact_on.desc(), Inquiry.id.desc()) if newest_first \
            else (Inquiry.first_contact_on, Inquiry.id)
        with self.ctx.unit_of_work(write=False) as uow:
            rows = uow.session.execute(
                select(Inquiry).join(Client, Client.id == Inquiry.client_id)
                .where(*open_).order_by(*order).limit(max(limit, 0))).scalars().all()
            # Counted from the index of open inquiries, and only so far.
            counted = (select(Inquiry.id).join(Client, Client.id == Inquiry.client_id)
                       .where(*open_).limit(COUNTED_INQUIRIES + 1))
            total = uow.session.execute(
                select(func.count()).select_from(counted.subquery())).scalar_one()
            return OpenInquiries(tuple(inquiry_views(uow.session, rows, today)), int(total))

    # --- writes --------------------------------------------------------------------------

    def create(self, client_id: int | None, details: InquiryInput,
               new_client: ClientInput | None = None) -> InquiryView:
        """Record an inquiry about a client on file (``client_id``) or, with
        ``new_client`` instead, about someone not yet on file, whose record is made in the
        same transaction (a client may exist before any admission)."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        if new_client is not None:
            self.ctx.require(Permission.EDIT_CLIENTS)
        today = self._today()
        details = _cleaned(details, today)
        with self.ctx.unit_of_work() as uow:
            problems = _problems(uow.session, details, today, client_id)
            if client_id is None and new_client is None:
                raise ValidationError.for_fields({"client": "Choose the client or enter "
                                                            "the new client's name."})
            if client_id is not None:
                client = load(uow.session, Client, client_id, "client")
                if client.status == ClientStatus.ARCHIVED.value:
                    problems["client"] = said(
                        "Validation", "The client's record is archived; restore it first.")
            else:
                assert new_client is not None
                try:
                    client = insert_client(uow, new_client, today, actor.user_id)
                except ValidationError as refused:
                    raise ValidationError.for_fields(refused.fields | problems) from refused
            if problems:
                raise ValidationError.for_fields(problems)
            inquiry = Inquiry(client_id=client.id, created_by_id=actor.user_id)
            _apply(inquiry, details)
            uow.session.add(inquiry)
            uow.session.flush()
            uow.audit("create", "inquiry", inquiry.id,
                      f"{details.source.value} inquiry for client {client.id}, "
                      f"{details.outcome.value}")
            return _done(uow, inquiry, today)

    def update(self, inquiry_id: int, expected_version: int,
               details: InquiryInput) -> InquiryView:
        """Save an edit made on ``expected_version`` (verification, authorization,
        outcome …); a newer saved version raises ``Conflict``."""
        self.ctx.require(Permission.EDIT_CARE)
        today = self._today()
        details = _cleaned(details, today)
        with self.ctx.unit_of_work() as uow:
            inquiry = load(uow.session, Inquiry, inquiry_id, "inquiry")
            if inquiry.version != expected_version:
                raise stale_conflict()
            if problems := _problems(uow.session, details, today, inquiry.client_id):
                raise ValidationError.for_fields(problems)
            before = _snapshot(inquiry)
            _apply(inquiry, details)
            changed = sorted(key for key, value in _snapshot(inquiry).items()
                             if before[key] != value)
            uow.session.flush()
            if changed:
                uow.audit("update", "inquiry", inquiry.id, ", ".join(changed))
            return _done(uow, inquiry, today)

    def _today(self) -> date:
        return today_of(self.ctx.clock())


def inquiry_views(session: Session, rows: Sequence[Inquiry], today: date
                  ) -> list[InquiryView]:
    """The views of ``rows``, with what the attendance marks say of each (read in a few
    queries for all of them)."""
    if not rows:
        return []
    client_ids = sorted({row.client_id for row in rows})
    clients = {id_: (number, family, given) for id_, number, family, given in session.execute(
        select(Client.id, Client.record_number, Client.family_name, Client.given_name)
        .where(Client.id.in_(client_ids)))}
    levels = {code: name for code, name in session.execute(
        select(LevelOfCare.code, LevelOfCare.name))}
    # The clients' own stays first, then their marks, each read by its client index: joined
    # in one statement, PostgreSQL misjudged how few marks a few clients have and read
    # every stay of the clinic to join them.
    stay_levels = {id_: level for id_, level in session.execute(
        select(Episode.id, Episode.level_code)
        .where(Episode.client_id.in_(client_ids), Episode.entered_in_error.is_(False)))}
    attended: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for client_id, day, episode_id in session.execute(
            select(Attendance.client_id, Attendance.session_date, Attendance.episode_id)
            .where(Attendance.client_id.in_(client_ids), Attendance.status.in_(_ATTENDED))
            .order_by(Attendance.client_id, Attendance.session_date)):
        if episode_id in stay_levels:
            attended[client_id].append((day, stay_levels[episode_id]))
    referral_ids = [row.referral_id for row in rows if row.referral_id is not None]
    referrals = {id_: (category, status) for id_, category, status in session.execute(
        select(Referral.id, Referral.category, Referral.status)
        .where(Referral.id.in_(referral_ids)))} if referral_ids else {}
    creator_ids = [row.created_by_id for row in rows if row.created_by_id is not None]
    creators = {id_: name for id_, name in session.execute(select(
        User.id, User.full_name).where(User.id.in_(creator_ids)))} if creator_ids else {}
    views = []
    for row in rows:
        details = _details_of(row)
        sessions = attended.get(row.client_id, [])
        first = next((day for day, _level in sessions if day >= row.first_contact_on), None)
        use = None
        auth = details.authorization
        if auth.units is not None and auth.starts_on is not None and auth.ends_on is not None:
            used = sum(1 for day, level in sessions
                       if auth.starts_on <= day <= auth.ends_on
                       and row.requested_level_code in (None, level))
            use = authorization_use(auth, used, today)
        number, family, given = clients.get(row.client_id, ("", "", ""))
        referral_title = ""
        if row.referral_id in referrals:
            category, status = referrals[row.referral_id]
            referral_title = (f"{category.replace('_', ' ').capitalize()} referral, "
                              f"{status_title(ReferralStatus(status)).lower()}")
        views.append(InquiryView(
            id=row.id, version=row.version, client_id=row.client_id, record_number=number,
            client_name=f"{family}, {given}", details=details,
            requested_level_name=levels.get(row.requested_level_code or "", ""),
            referral_title=referral_title, first_session_on=first,
            days_to_first_session=days_to_first_session(row.first_contact_on, first),
            days_open=(today - row.first_contact_on).days
            if row.outcome == InquiryOutcome.OPEN.value else None,
            authorization_use=use,
            created_by_name=creators.get(row.created_by_id or 0, "")))
    return views


def _details_of(row: Inquiry) -> InquiryInput:
    return InquiryInput(
        source=InquirySource(row.source), first_contact_on=row.first_contact_on,
        source_contact=row.source_contact, requested_level_code=row.requested_level_code,
        insurance=InsuranceInput(row.insurance_payer, row.insurance_member_id,
                                 VerificationStatus(row.verification_status), row.verified_on),
        authorization=Authorization(row.authorization_number, row.authorized_units,
                                    row.authorization_start, row.authorization_end),
        outcome=InquiryOutcome(row.outcome), outcome_on=row.outcome_on,
        referral_id=row.referral_id, referred_to=row.referred_to, notes=row.notes)


def _cleaned(details: InquiryInput, today: date) -> InquiryInput:
    """Spaces trimmed; what does not apply dropped (a verification date while not
    verified, a referral when the outcome is not a referral elsewhere); a decided inquiry
    with no outcome date is decided today."""
    insurance = details.insurance
    insurance = replace(insurance, payer=insurance.payer.strip(),
                        member_id=insurance.member_id.strip(),
                        verified_on=None if insurance.verification
                        is VerificationStatus.NOT_VERIFIED else insurance.verified_on)
    authorization = replace(details.authorization,
                            number=details.authorization.number.strip())
    referred = details.outcome is InquiryOutcome.REFERRED_ELSEWHERE
    level = (details.requested_level_code or "").strip().upper() or None
    return replace(details, source_contact=details.source_contact.strip(),
                   requested_level_code=level, insurance=insurance,
                   authorization=authorization, notes=details.notes.strip(),
                   outcome_on=None if details.outcome is InquiryOutcome.OPEN
                   else details.outcome_on or today,
                   referral_id=details.referral_id if referred else None,
                   referred_to=details.referred_to.strip() if referred else "")


def _problems(session: Session, details: InquiryInput, today: date,
              client_id: int | None) -> dict[str, str]:
    """A sentence per field that cannot be saved (nothing is saved while any remains)."""
    problems = column_problems(Inquiry, _texts(details))
    problems |= authorization_problems(details.authorization)
    if problem := _day_problem("The first contact", details.first_contact_on, today):
        problems["first_contact_on"] = problem
    code = details.requested_level_code
    if code is not None and session.get(LevelOfCare, code) is None:
        problems["requested_level_code"] = f"There is no level of care with the code {code}."
    insurance = details.insurance
    if insurance.verification is not VerificationStatus.NOT_VERIFIED:
        word = "verified" if insurance.verification is VerificationStatus.VERIFIED \
            else "denied"
        if insurance.verified_on is None:
            problems["verified_on"] = f"Enter the day the payer {word} the insurance."
        elif problem := _day_problem(f"The day {word}", insurance.verified_on, today):
            problems["verified_on"] = problem
        if not insurance.payer:
            problems["insurance_payer"] = f"Name the payer that {word} the insurance."
    if details.outcome_on is not None:
        if problem := _day_problem("The outcome date", details.outcome_on, today):
            problems["outcome_on"] = problem
        elif details.outcome_on < details.first_contact_on:
            problems["outcome_on"] = (
                f"The outcome date {details.outcome_on.isoformat()} is before the first "
                f"contact on {details.first_contact_on.isoformat()}.")
    if details.outcome is InquiryOutcome.REFERRED_ELSEWHERE:
        problems |= _referral_problems(session, details, client_id)
    return problems


def _referral_problems(session: Session, details: InquiryInput,
                       client_id: int | None) -> dict[str, str]:
    if details.referral_id is None:
        if not details.referred_to:
            return {"referred_to": "Say where the client was referred, or choose the "
                                   "referral made for it."}
        return {}
    referral = session.get(Referral, details.referral_id) \
        if possible_key(details.referral_id) else None
    if referral is None:
        return {"referral_id": "That referral does not exist."}
    if referral.client_id != client_id:
        return {"referral_id": "That referral belongs to another client."}
    return {}


def _day_problem(label: str, day: date, today: date) -> str | None:
    if problem := clinical_date_problem(label, day, today=today):
        return problem
    if day > today:
        return f"{label} {day.isoformat()} is after today."
    return None


def _texts(details: InquiryInput) -> dict[str, object]:
    return {
        "source_contact": details.source_contact, "insurance_payer": details.insurance.payer,
        "insurance_member_id": details.insurance.member_id,
        "authorization_number": details.authorization.number,
        "authorized_units": details.authorization.units,
        "referred_to": details.referred_to, "notes": details.notes,
    }


def _apply(inquiry: Inquiry, details: InquiryInput) -> None:
    inquiry.source = details.source.value
    inquiry.source_contact = details.source_contact
    inquiry.first_contact_on = details.first_contact_on
    inquiry.requested_level_code = details.requested_level_code
    inquiry.insurance_payer = details.insurance.payer
    inquiry.insurance_member_id = details.insurance.member_id
    inquiry.verification_status = details.insurance.verification.value
    inquiry.verified_on = details.insurance.verified_on
    auth = details.authorization
    inquiry.authorization_number = auth.number
    inquiry.authorized_units = auth.units
    inquiry.authorization_start = auth.starts_on
    inquiry.authorization_end = auth.ends_on
    inquiry.outcome = details.outcome.value
    inquiry.outcome_on = details.outcome_on
    inquiry.referral_id = details.referral_id
    inquiry.referred_to = details.referred_to
    inquiry.notes = details.notes


def _snapshot(inquiry: Inquiry) -> dict[str, object]:
    names = ("source", "source_contact", "first_contact_on", "requested_level_code",
             "insurance_payer", "insurance_member_id", "verification_status", "verified_on",
             "authorization_number", "authorized_units", "authorization_start",
             "authorization_end", "outcome", "outcome_on", "referral_id", "referred_to",
             "notes")
    return {name: getattr(inquiry, name) for name in names}


def _done(uow: UnitOfWork, inquiry: Inquiry, today: date) -> InquiryView:
    uow.changed(Topic.INQUIRY, inquiry.id)
    uow.changed(Topic.CLIENT, inquiry.client_id)
    return inquiry_views(uow.session, [inquiry], today)[0]
