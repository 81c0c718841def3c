"""What the consent service takes and returns: frozen dataclasses, never ORM rows.

The row → DTO mapping lives here too, so the record's Consents tab, the consent gate of
packets and referral letters, and the consent page printed with a disclosure see a consent,
its state and what it lacks the same way. Every row carries what the signatures are judged
by (42 CFR 2.14): the client's birth date and the clinic's setting "Age a minor may consent
to substance-use treatment alone" as it is now, read in the same query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select

from coordinator.domain.consent import (
    TPO_REDISCLOSURE_STATEMENT,
    ConsentElement,
    ConsentState,
    Recipient,
    ReleaseOfInformation,
    RevocationMethod,
    Signer,
    SigningRule,
    consent_state,
    missing_element_list,
    missing_elements,
    signing_rule,
)
from coordinator.domain.settings import parse_value, spec_for
from coordinator.reports.packet_data import ConsentReference
from coordinator.store.models import Client, Consent, Setting

#: The clinic setting that says from what age a minor signs a Part 2 consent alone.
MINOR_AGE_SETTING = "minor_sud_consent_age"


@dataclass(frozen=True)
class ConsentInput:
    """What a case manager copies from the signed form.

    ``recipient`` names exactly one of a partner facility, an HSDS organization or a class
    of recipients. ``discloser`` left blank means the clinic itself (its name from the
    settings). The elements of the 2024 rule default to "not on the form", so a form
    copied without them is kept and listed as incomplete.
    """

    recipient: Recipient
    purpose: str
    information_description: str
    includes_part2: bool
    signed_by: Signer
    signer_name: str
    signed_on: date | None
    expires_on: date | None = None
    expiration_event: str = ""
    right_to_revoke_explained: bool = False
    representative_relationship: str = ""
    discloser: str = ""
    #: How the form says the client may revoke it (42 CFR 2.31(a)(6)); None: not recorded.
    revocation_method: RevocationMethod | None = None
    #: To whom or where a written revocation goes.
    revocation_contact: str = ""
    #: A single consent for treatment, payment and health care operations, and whether the
    #: form carries the statement of 42 CFR 2.31(a)(4)(iii).
    for_tpo: bool = False
    tpo_redisclosure_statement: bool = False
    #: The parent or guardian who signs with a minor (42 CFR 2.14(b)).
    co_signer_name: str = ""
    co_signer_relationship: str = ""


@dataclass(frozen=True)
class ConsentView:
    id: int
    version: int
    client_id: int
    client_name: str
    details: ConsentInput
    #: The facility's or organization's name when recorded, or the class of recipients.
    recipient_name: str
    revoked_on: date | None
    state: ConsentState
    #: A sentence for each required element the form lacks (empty when complete).
    missing: tuple[str, ...]
    created_at: datetime
    #: The same elements as codes, for a short translated list.
    missing_codes: tuple[ConsentElement, ...] = ()
    #: Who signs this consent, judged from the client's age on the day signed (42 CFR 2.14).
    signing_rule: SigningRule = SigningRule.ADULT

    @property
    def includes_part2(self) -> bool:
        return self.details.includes_part2

    @property
    def signed_on(self) -> date | None:
        return self.details.signed_on

    @property
    def expires_on(self) -> date | None:
        return self.details.expires_on

    @property
    def purpose(self) -> str:
        return self.details.purpose


@dataclass(frozen=True)
class OrganizationChoice:
    """An HSDS organization for the recipient picker."""

    id: str
    name: str


def minor_age_value() -> Any:
    """The stored text of the minor-consent-age setting (NULL when never saved), as a
    column of any query."""
    return (select(Setting.value).where(Setting.key == MINOR_AGE_SETTING)
            .scalar_subquery().label("minor_consent_age"))


def minor_consent_age(text: str | None) -> int:
    """The setting's value from its stored text, as ``read_settings`` reads it (the default
    when never saved or unreadable)."""
    spec = spec_for(MINOR_AGE_SETTING)
    return int(parse_value(spec, spec.default if text is None else text))


def consent_query() -> Select[Consent, str, str, date | None, str | None]:
    """Consent with the client's given and family name and birth date, and the clinic's
    minor-consent age, in one round trip."""
    return (select(Consent, Client.given_name, Client.family_name, Client.birth_date,
                   minor_age_value())
            .join(Client, Client.id == Consent.client_id))


def revocation_method_of(value: str) -> RevocationMethod | None:
    """The stored method, or None when not recorded (or not one the clinic knows)."""
    try:
        return RevocationMethod(value) if value else None
    except ValueError:
        return None


def release_of(consent: Consent, patient_name: str, birth_date: date | None = None,
               minor_age: int | None = None) -> ReleaseOfInformation:
    """The domain's view of a stored consent, judged for a client born on ``birth_date``
    under the clinic's minor-consent age ``minor_age`` (the setting's default if None)."""
    return ReleaseOfInformation(
        patient_name=patient_name, discloser=consent.discloser,
        recipient=Recipient(consent.recipient_facility_id, consent.recipient_organization_id,
                            consent.recipient_class, consent.recipient_name),
        purpose=consent.purpose, information_description=consent.information_description,
        includes_part2=consent.includes_part2, signed_by=Signer(consent.signed_by),
        signer_name=consent.signer_name,
        representative_relationship=consent.representative_relationship,
        signed_on=consent.signed_on, expires_on=consent.expires_on,
        expiration_event=consent.expiration_event,
        right_to_revoke_explained=consent.right_to_revoke_explained,
        revoked_on=consent.revoked_on,
        revocation_method=revocation_method_of(consent.revocation_method),
        revocation_contact=consent.revocation_contact, for_tpo=consent.for_tpo,
        tpo_redisclosure_statement=consent.tpo_redisclosure_statement,
        co_signer_name=consent.co_signer_name,
        co_signer_relationship=consent.co_signer_relationship, birth_date=birth_date,
        minor_consent_age=minor_consent_age(None) if minor_age is None else minor_age)


def release_of_input(details: ConsentInput, patient_name: str, birth_date: date | None,
                     minor_age: int) -> ReleaseOfInformation:
    """The domain's view of a form about to be saved (the discloser as it will be stored)."""
    return ReleaseOfInformation(
        patient_name=patient_name, discloser=details.discloser, recipient=details.recipient,
        purpose=details.purpose, information_description=details.information_description,
        includes_part2=details.includes_part2, signed_by=details.signed_by,
        signer_name=details.signer_name,
        representative_relationship=details.representative_relationship,
        signed_on=details.signed_on, expires_on=details.expires_on,
        expiration_event=details.expiration_event,
        right_to_revoke_explained=details.right_to_revoke_explained,
        revocation_method=details.revocation_method,
        revocation_contact=details.revocation_contact, for_tpo=details.for_tpo,
        tpo_redisclosure_statement=details.tpo_redisclosure_statement,
        co_signer_name=details.co_signer_name,
        co_signer_relationship=details.co_signer_relationship, birth_date=birth_date,
        minor_consent_age=minor_age)


def release_of_row(row: Any) -> tuple[Consent, ReleaseOfInformation]:
    """The stored consent of one row of ``consent_query()`` and the domain's view of it."""
    consent, given, family, birth_date, minor_age_text = row
    return consent, release_of(consent, f"{given} {family}".strip(), birth_date,
                               minor_consent_age(minor_age_text))


def consent_view(row: Any, today: date) -> ConsentView:
    """A DTO from one row of ``consent_query()``, judged as of ``today``."""
    consent, release = release_of_row(row)
    details = ConsentInput(
        release.recipient, release.purpose, release.information_description,
        release.includes_part2, release.signed_by, release.signer_name, release.signed_on,
        release.expires_on, release.expiration_event, release.right_to_revoke_explained,
        release.representative_relationship, release.discloser, release.revocation_method,
        release.revocation_contact, release.for_tpo, release.tpo_redisclosure_statement,
        release.co_signer_name, release.co_signer_relationship)
    return ConsentView(
        consent.id, consent.version, consent.client_id, release.patient_name, details,
        consent.recipient_name, consent.revoked_on, consent_state(release, today),
        tuple(missing_elements(release)), consent.created_at,
        tuple(missing_element_list(release)), signing_rule(release))


def revocation_text(details: ConsentInput) -> str:
    """How the client may revoke, in words, for the copy that travels with a disclosure:
    "In writing to Privacy Officer, …" or "…, or orally to any staff member"; "" when the
    form does not say (a form signed before the 2024 rule applied)."""
    method, contact = details.revocation_method, details.revocation_contact.strip()
    if method is None:
        return ""
    where = f" to {contact}" if contact else ""
    if method is RevocationMethod.IN_WRITING_OR_ORALLY:
        clinic = f" of {details.discloser}" if details.discloser else ""
        return f"In writing{where}, or orally to any staff member{clinic}"
    return f"In writing{where}"


def consent_reference(consent: ConsentView) -> ConsentReference:
    """What a document that rests on ``consent`` prints about it."""
    details = consent.details
    if details.signed_by is Signer.CLIENT:
        signed_by = f"{details.signer_name} (client)"
    else:
        relationship = details.representative_relationship or "representative"
        signed_by = f"{details.signer_name} ({relationship}, authorized representative)"
    expires = " or ".join(part for part in (
        details.expires_on.isoformat() if details.expires_on else "",
        details.expiration_event) if part)
    co_signed_by = ""
    if details.co_signer_name:
        relationship = details.co_signer_relationship or "parent or guardian"
        co_signed_by = f"{details.co_signer_name} ({relationship})"
    return ConsentReference(
        consent.id, consent.recipient_name, details.purpose,
        details.information_description, details.includes_part2, signed_by,
        details.signed_on, expires or "not stated", details.discloser,
        revocation=revocation_text(details),
        tpo_statement=TPO_REDISCLOSURE_STATEMENT if details.for_tpo else "",
        co_signed_by=co_signed_by)
