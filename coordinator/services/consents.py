"""Release-of-information consents on a client's record (docs/architecture.md 3, "Consent and
disclosure"): record one as signed, list them with their state, revoke one, and find the
consent that lets a packet go to a recipient.

An incomplete form is saved, not refused. The case manager is copying a paper form that
the client has already signed; refusing it would leave the clinic with no record that the
form exists, and the case manager with no way to see what to ask the client to complete.
So the consent is kept, listed as incomplete with each missing element in words, and it
never counts as permission to disclose (``active_consent_for`` only returns active ones).
What the service does refuse is input that cannot be true: no recipient or two of them, a
facility or organization that does not exist, a form dated after today, an expiration
before the signature, text longer than the columns hold; and a minor's consent to disclose
substance-use treatment information signed by the wrong people under the clinic's setting
(42 CFR 2.14): a representative instead of the minor, no parent or guardian beside a minor
who may not consent alone, or one beside a minor who may (or an adult). Who signed is
read off the paper as it is; a consent the law would not count as the minor's is no record
worth keeping, and the sentence says who must sign.

A consent judged complete when saved can become incomplete later: the signatures are
judged again on every read against the clinic's minor-consent age as it is then, so a
consent that no longer fits a changed setting allows no disclosure.

Consents are never deleted or edited after the fact: a mistaken or withdrawn consent is
revoked on a date, and a corrected one is recorded anew, so every disclosure made under
the old one can still be traced to it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.consent import (
    ConsentElement,
    ConsentState,
    Recipient,
    RevocationMethod,
    Signer,
    SigningRule,
    allows_disclosure,
    consent_signing_sentence,
    missing_element_list,
    missing_sentence,
    signing_rule,
)
from coordinator.domain.errors import ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import ClientStatus
from coordinator.domain.words import said
from coordinator.services.consent_views import (
    MINOR_AGE_SETTING,
    ConsentInput,
    ConsentView,
    OrganizationChoice,
    consent_query,
    consent_view,
    release_of_input,
    release_of_row,
)
from coordinator.services.context import ServiceContext, UnitOfWork, load, stale_conflict
from coordinator.services.field_limits import column_problems, possible_key, text_problem
from coordinator.services.notify import Topic
from coordinator.services.settings import read_settings
from coordinator.store.models import Client, Consent, Facility, HsdsOrganization

_LIMITS = {"purpose": 4000, "information_description": 4000, "signer_name": 200,
           "representative_relationship": 100, "expiration_event": 300, "discloser": 300,
           "recipient": 300}
# Fields of the 2024 rule, titled as the dialog titles them: (limit, title).
_NEW_FIELDS = {"revocation_contact": (300, "Where a revocation goes"),
               "co_signer_name": (200, "Co-signer's name"),
               "co_signer_relationship": (100, "Co-signer's relationship")}
# Still to be acted on first; the final states after.
_STATE_ORDER = {ConsentState.ACTIVE: 0, ConsentState.INCOMPLETE: 1, ConsentState.EXPIRED: 2,
                ConsentState.REVOKED: 3}


class ConsentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reads ---------------------------------------------------------------------------

    def consents_of(self, client_id: int) -> list[ConsentView]:
        """The client's consents: active first, then incomplete, expired and revoked; the
        most recently signed first within each."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        today = self._today()
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            rows = uow.session.execute(
                consent_query().where(Consent.client_id == client_id)).all()
        views = [consent_view(row, today) for row in rows]
        return sorted(views, key=lambda view: (
            _STATE_ORDER[view.state], -(view.signed_on or date.min).toordinal(), -view.id))

    def get(self, consent_id: int) -> ConsentView:
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            row = uow.session.execute(
                consent_query().where(Consent.id == consent_id)).one_or_none()
            if row is None:
                load(uow.session, Consent, consent_id, "consent")  # raises NotFound
        return consent_view(row, self._today())

    def active_consent_for(self, client_id: int, recipient: Recipient, *, part2: bool,
                           today: date | None = None) -> ConsentView | None:
        """The consent that lets the clinic disclose to ``recipient`` on ``today`` (the
        clinic's today by default): active (complete, signed, unexpired, unrevoked), naming
        the recipient, and including Part 2 information when ``part2``. The most recently
        signed one if several do; None if none does."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        day = today or self._today()
        with self.ctx.unit_of_work(write=False) as uow:
            return find_active_consent(uow.session, client_id, recipient, part2=part2,
                                       today=day)

    def organization_choices(self, words: str = "",
                             limit: int = 200) -> list[OrganizationChoice]:
        """Resource-directory organizations whose name contains ``words``, by name."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        query = select(HsdsOrganization.id, HsdsOrganization.name)
        if words.strip():
            query = query.where(
                func.lower(HsdsOrganization.name).like(f"%{words.strip().lower()}%"))
        query = query.order_by(HsdsOrganization.name, HsdsOrganization.id).limit(limit)
        with self.ctx.unit_of_work(write=False) as uow:
            return [OrganizationChoice(id_, name) for id_, name in uow.session.execute(query)]

    # --- writes --------------------------------------------------------------------------

    def record(self, client_id: int, details: ConsentInput) -> ConsentView:
        """Record a signed release of information. An incomplete form is kept and listed
        with what it lacks (see the module docstring); impossible input is refused with a
        sentence per field."""
        actor = self.ctx.require(Permission.EDIT_CARE)
        details = _cleaned(details)
        today = self._today()
        with self.ctx.unit_of_work() as uow:
            client = load(uow.session, Client, client_id, "client")
            if client.status == ClientStatus.ARCHIVED.value:
                raise ValidationError(said(
                    "Validation", "The client's record is archived; restore it first."))
            settings = read_settings(uow.session)
            problems = _problems(details, today, client.birth_date)
            problems.update(_signature_problems(
                details, f"{client.given_name} {client.family_name}".strip(),
                client.birth_date, int(settings[MINOR_AGE_SETTING]), problems))
            if problems:
                raise ValidationError.for_fields(problems)
            recipient_name = _recipient_name(uow.session, details.recipient)
            discloser = details.discloser or str(settings["clinic_name"])
            consent = Consent(
                client_id=client_id, discloser=discloser[:_LIMITS["discloser"]],
                recipient_facility_id=details.recipient.facility_id,
                recipient_organization_id=details.recipient.organization_id,
                recipient_class=details.recipient.class_name,
                recipient_name=recipient_name[:_LIMITS["recipient"]],
                purpose=details.purpose,
                information_description=details.information_description,
                includes_part2=details.includes_part2, signed_by=details.signed_by.value,
                signer_name=details.signer_name,
                representative_relationship=details.representative_relationship,
                signed_on=details.signed_on, expires_on=details.expires_on,
                expiration_event=details.expiration_event, revoked_on=None,
                right_to_revoke_explained=details.right_to_revoke_explained,
                revocation_method=(details.revocation_method.value
                                   if details.revocation_method else ""),
                revocation_contact=details.revocation_contact, for_tpo=details.for_tpo,
                tpo_redisclosure_statement=details.tpo_redisclosure_statement,
                co_signer_name=details.co_signer_name,
                co_signer_relationship=details.co_signer_relationship,
                created_by_id=actor.user_id)
            uow.session.add(consent)
            uow.session.flush()
            part2 = " including Part 2 (SUD) information" if details.includes_part2 else ""
            tpo = (" for treatment, payment and health care operations" if details.for_tpo
                   else "")
            uow.audit("create", "consent", consent.id,
                      f"release of information for client {client_id} to "
                      f"{consent.recipient_name}{part2}{tpo}")
            return self._done(uow, consent)

    def revoke(self, consent_id: int, expected_version: int, revoked_on: date) -> ConsentView:
        """Record that the client withdrew the consent on ``revoked_on`` (today or
        earlier, not before it was signed). The consent stays on the record as revoked."""
        self.ctx.require(Permission.EDIT_CARE)
        with self.ctx.unit_of_work() as uow:
            consent = load(uow.session, Consent, consent_id, "consent")
            if consent.version != expected_version:
                raise stale_conflict()
            if consent.revoked_on is not None:
                raise ValidationError.for_fields({"revoked_on": said(
                    "Validation", "This consent was already revoked on %1.").arg(
                    consent.revoked_on)})
            if revoked_on > self._today():
                raise ValidationError.for_fields(
                    {"revoked_on": said("Validation", "A revocation cannot be dated after today.")})
            if consent.signed_on is not None and revoked_on < consent.signed_on:
                raise ValidationError.for_fields({"revoked_on": said(
                    "Validation", "A consent cannot be revoked before it was signed "
                                  "(%1).").arg(consent.signed_on)})
            client = load(uow.session, Client, consent.client_id, "client")
            if problem := clinical_date_problem(
                    said("Validation", "The revocation date"), revoked_on, today=self._today(),
                    birth_date=client.birth_date):
                raise ValidationError.for_fields({"revoked_on": problem})
            consent.revoked_on = revoked_on
            uow.session.flush()
            # "update" keeps the audit trail's own vocabulary; the detail says what changed.
            uow.audit("update", "consent", consent.id, f"revoked on {revoked_on.isoformat()}")
            return self._done(uow, consent)

    # --- helpers -------------------------------------------------------------------------

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()

    def _done(self, uow: UnitOfWork, consent: Consent) -> ConsentView:
        uow.changed(Topic.CONSENT, consent.id)
        row = uow.session.execute(consent_query().where(Consent.id == consent.id)).one()
        return consent_view(row, self._today())


def _cleaned(details: ConsentInput) -> ConsentInput:
    recipient = details.recipient
    recipient = Recipient(recipient.facility_id, (recipient.organization_id or "").strip() or None,
                          " ".join(recipient.class_name.split()), recipient.name.strip())
    relationship = details.representative_relationship.strip()
    return replace(
        details, recipient=recipient, purpose=details.purpose.strip(),
        information_description=details.information_description.strip(),
        signer_name=details.signer_name.strip(),
        representative_relationship=(relationship if details.signed_by is
                                     Signer.REPRESENTATIVE else ""),
        expiration_event=details.expiration_event.strip(), discloser=details.discloser.strip(),
        revocation_contact=" ".join(details.revocation_contact.split()),
        # The statement belongs to a single consent for treatment, payment and health care
        # operations only (42 CFR 2.31(a)(4)(iii)).
        tpo_redisclosure_statement=details.for_tpo and details.tpo_redisclosure_statement,
        co_signer_name=details.co_signer_name.strip(),
        co_signer_relationship=details.co_signer_relationship.strip())


def _problems(details: ConsentInput, today: date,
              birth_date: date | None) -> dict[str, str]:
    recipient = details.recipient
    problems = column_problems(Consent, {
        "recipient": recipient.class_name if recipient.organization_id is None
        else recipient.organization_id,
        **{name: getattr(details, name) for name in (
            "purpose", "information_description", "signer_name",
            "representative_relationship", "expiration_event", "discloser")},
    }, limits=_LIMITS)
    named = [recipient.facility_id is not None, recipient.organization_id is not None,
             bool(recipient.class_name)]
    if sum(named) != 1:
        problems["recipient"] = said(
            "Validation", "Choose one recipient: a partner facility, an organization, "
                          "or a named class of recipients.")
    for name, (limit, title) in _NEW_FIELDS.items():
        if problem := text_problem(title, getattr(details, name), limit):
            problems[name] = problem
    if not isinstance(details.signed_by, Signer):
        problems["signed_by"] = said(
            "Validation", "Choose who signed: the client or a representative.")
    if details.revocation_method is not None and not isinstance(details.revocation_method,
                                                                RevocationMethod):
        problems["revocation_method"] = said(
            "Validation", "Choose how the client may revoke: in writing, or "
                          "in writing or orally.")
    for name, label, day in (("signed_on", "The date signed", details.signed_on),
                             ("expires_on", "The expiration date", details.expires_on)):
        if day is not None and (problem := clinical_date_problem(
                label, day, today=today, birth_date=birth_date)):
            problems[name] = problem
    if details.signed_on is not None and details.signed_on > today:
        problems["signed_on"] = said("Validation", "The date signed cannot be after today.")
    if (details.signed_on is not None and details.expires_on is not None
            and details.expires_on < details.signed_on):
        problems["expires_on"] = said(
            "Validation", "The consent cannot expire before the day it was signed.")
    return problems


def _signature_problems(details: ConsentInput, client_name: str, birth_date: date | None,
                        minor_age: int, problems: dict[str, str]) -> dict[str, str]:
    """Who signed, against who must sign (42 CFR 2.14): a sentence for the field at fault,
    naming the client's age and the clinic's setting. Nothing when other problems already
    make the form unreadable (who signed, or when)."""
    if "signed_by" in problems or "signed_on" in problems:
        return {}
    release = release_of_input(details, client_name, birth_date, minor_age)
    rule = signing_rule(release)
    found: dict[str, str] = {}
    lacking = missing_element_list(release)
    if ConsentElement.MINOR_SIGNATURE in lacking:
        found["signed_by"] = missing_sentence(release, ConsentElement.MINOR_SIGNATURE)
    if ConsentElement.CO_SIGNER in lacking:
        field = "co_signer_name" if not details.co_signer_name else "co_signer_relationship"
        found[field] = missing_sentence(release, ConsentElement.CO_SIGNER)
    if rule is not SigningRule.MINOR_WITH_PARENT and (details.co_signer_name
                                                      or details.co_signer_relationship):
        if rule is SigningRule.MINOR_ALONE:
            found["co_signer_name"] = (f"{consent_signing_sentence(release)} Leave the "
                                       "parent or guardian out.")
        else:
            found["co_signer_name"] = (
                "A parent or guardian signs beside the client only on a consent to disclose "
                "substance-use treatment information of a minor who may not consent to that "
                "treatment alone (42 CFR 2.14(b)); leave the co-signer blank.")
    return found


def _recipient_name(session: Session, recipient: Recipient) -> str:
    if recipient.facility_id is not None:
        facility = (session.get(Facility, recipient.facility_id)
                    if possible_key(recipient.facility_id) else None)
        if facility is None or facility.archived_at is not None:
            raise ValidationError.for_fields(
                {"recipient": said("Validation", "That facility is not in the list.")})
        return facility.name
    if recipient.organization_id is not None:
        organization = session.get(HsdsOrganization, recipient.organization_id)
        if organization is None:
            raise ValidationError.for_fields(
                {"recipient": said(
                    "Validation", "That organization is not in the resource directory.")})
        return organization.name
    return recipient.class_name


def find_active_consent(session: Session, client_id: int, recipient: Recipient, *,
                        part2: bool, today: date) -> ConsentView | None:
    """``ConsentService.active_consent_for`` inside the caller's transaction, for the
    services that disclose (the packet gate, the referral letter)."""
    rows = session.execute(
        consent_query().where(Consent.client_id == client_id,
                              Consent.revoked_on.is_(None) | (Consent.revoked_on > today))
        .order_by(Consent.signed_on.desc(), Consent.id.desc())).all()
    for row in rows:
        # Every rule of the form, the signatures of a minor under the clinic's setting as
        # it is now included (the row carries the birth date and the setting).
        _consent, release = release_of_row(row)
        if allows_disclosure(release, recipient, part2=part2, today=today):
            return consent_view(row, today)
    return None
