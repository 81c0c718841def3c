"""What the consent service takes and returns: frozen dataclasses, never ORM rows.

The row → DTO mapping lives here too, so the record's Consents tab and the coming consent
gate of the transfer packet see a consent, its state and what it lacks the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select

from coordinator.domain.consent import (
    ConsentElement,
    ConsentState,
    Recipient,
    ReleaseOfInformation,
    Signer,
    consent_state,
    missing_element_list,
    missing_elements,
)
from coordinator.reports.packet_data import ConsentReference
from coordinator.store.models import Client, Consent


@dataclass(frozen=True)
class ConsentInput:
    """What a case manager copies from the signed form.

    ``recipient`` names exactly one of a partner facility, an HSDS organization or a class
    of recipients. ``discloser`` left blank means the clinic itself (its name from the
    settings).
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


def consent_query() -> Select[Consent, str, str]:
    """Consent with the client's given and family name, in one round trip."""
    return (select(Consent, Client.given_name, Client.family_name)
            .join(Client, Client.id == Consent.client_id))


def release_of(consent: Consent, patient_name: str) -> ReleaseOfInformation:
    """The domain's view of a stored consent."""
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
        revoked_on=consent.revoked_on)


def consent_view(row: Any, today: date) -> ConsentView:
    """A DTO from one row of ``consent_query()``, judged as of ``today``."""
    consent, given, family = row
    release = release_of(consent, f"{given} {family}".strip())
    details = ConsentInput(
        release.recipient, release.purpose, release.information_description,
        release.includes_part2, release.signed_by, release.signer_name, release.signed_on,
        release.expires_on, release.expiration_event, release.right_to_revoke_explained,
        release.representative_relationship, release.discloser)
    return ConsentView(
        consent.id, consent.version, consent.client_id, release.patient_name, details,
        consent.recipient_name, consent.revoked_on, consent_state(release, today),
        tuple(missing_elements(release)), consent.created_at,
        tuple(missing_element_list(release)))


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
    return ConsentReference(
        consent.id, consent.recipient_name, details.purpose,
        details.information_description, details.includes_part2, signed_by,
        details.signed_on, expires or "not stated", details.discloser)
