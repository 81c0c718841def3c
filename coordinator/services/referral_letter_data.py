"""Map a referral and its client, target and clinic to the referral letter's dataclasses.

The client's contact details go on the letter only when a release-of-information consent on
file names the receiving facility or the service's organization and is active (complete,
signed, unexpired, not revoked: ``consents.find_active_consent``); otherwise the letter says
they are withheld, so a letter never discloses more than the client agreed to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.consent import Recipient
from coordinator.domain.referrals import CATEGORY_TITLES, PRIORITY_TITLES
from coordinator.domain.vocabulary import ReferralCategory, ReferralPriority
from coordinator.reports.common import Letterhead, RenderedPdf
from coordinator.reports.referral_letter import (
    LetterClient,
    LetterRecipient,
    ReferralLetter,
    render_referral_letter,
)
from coordinator.services.consents import find_active_consent
from coordinator.services.settings import read_settings
from coordinator.store.models import (
    Client,
    Facility,
    HsdsAddress,
    HsdsOrganization,
    HsdsPhone,
    HsdsService,
    HsdsServiceAtLocation,
    Referral,
    User,
)

WITHHELD = "Withheld: no release of information for this recipient is on file."


@dataclass(frozen=True)
class BuiltLetter:
    """The rendered letter and what the disclosure log needs to know about it."""

    rendered: RenderedPdf
    recipient_name: str
    consent_id: int | None


def build_letter(session: Session, referral: Referral, today: date, *,
                 invariant: bool = False) -> BuiltLetter:
    client = session.get(Client, referral.client_id)
    assert client is not None  # referral.client_id is a foreign key
    recipient, organization_id = _recipient(session, referral)
    category = ReferralCategory(referral.category)
    # A substance-use referral tells the recipient the client is in SUD care, so only a
    # consent that includes Part 2 information releases the client's contact details.
    consent = find_active_consent(
        session, client.id, Recipient(referral.facility_id, organization_id), today=today,
        part2=category is ReferralCategory.SUBSTANCE_USE)
    consent_id = consent.id if consent is not None else None
    consented = consent is not None
    settings = read_settings(session)
    letterhead = Letterhead(str(settings["clinic_name"]), str(settings["clinic_address"]),
                            str(settings["clinic_phone"]), str(settings["clinic_fax"]),
                            str(settings["clinic_logo"]))
    address = ", ".join(part for part in (
        client.address_line1, client.address_line2,
        " ".join(p for p in (client.city, client.state, client.postal_code) if p)) if part)
    letter_client = LetterClient(
        f"{client.given_name} {client.family_name}", client.record_number, client.birth_date,
        client.phone if consented else WITHHELD,
        client.email if consented else "",
        address if consented else "",
        client.preferred_language, client.interpreter_needed)
    author_id = referral.assigned_to_id or referral.created_by_id
    author = session.get(User, author_id) if author_id else None
    priority = ReferralPriority(referral.priority)
    letter = ReferralLetter(
        letterhead, letter_client, recipient, today, CATEGORY_TITLES[category],
        PRIORITY_TITLES[priority], referral.reason, _request(category, priority),
        referral.note_to_receiver, referral.follow_up_due,
        author.full_name if author else "", _clinic_contact(letterhead))
    return BuiltLetter(render_referral_letter(letter, invariant=invariant), recipient.name,
                       consent_id)


def _request(category: ReferralCategory, priority: ReferralPriority) -> str:
    when = ("as soon as possible" if priority is not ReferralPriority.ROUTINE
            else "at your earliest routine opening")
    what = CATEGORY_TITLES[category].lower()
    return (f"Please review this referral for {what} services, tell us whether the client "
            f"is eligible, and offer an intake or first appointment {when}.")


def _clinic_contact(head: Letterhead) -> str:
    parts = [head.clinic_name, f"Phone {head.phone}" if head.phone else "",
             f"Fax {head.fax}" if head.fax else ""]
    return " · ".join(part for part in parts if part)


def _recipient(session: Session, referral: Referral) -> tuple[LetterRecipient, str | None]:
    if referral.facility_id is not None:
        facility = session.get(Facility, referral.facility_id)
        assert facility is not None
        address = ", ".join(part for part in (
            facility.address_line1, facility.address_line2,
            " ".join(p for p in (facility.city, facility.state, facility.postal_code) if p))
            if part)
        contact = facility.intake_contact_name
        if facility.intake_contact_phone:
            contact = f"{contact}, {facility.intake_contact_phone}".strip(", ")
        return LetterRecipient(facility.name, address, facility.phone, facility.fax,
                               f"Intake: {contact}" if contact else ""), None
    service = session.get(HsdsService, referral.service_id)
    assert service is not None
    organization = session.get(HsdsOrganization, service.organization_id)
    name = service.name
    if organization is not None and organization.name != service.name:
        name = f"{service.name}, {organization.name}"
    phone = session.execute(select(HsdsPhone.number).where(
        HsdsPhone.service_id == service.id).order_by(HsdsPhone.id).limit(1)).scalar()
    row = session.execute(
        select(HsdsAddress).join(HsdsServiceAtLocation,
                                 HsdsServiceAtLocation.location_id == HsdsAddress.location_id)
        .where(HsdsServiceAtLocation.service_id == service.id)
        .order_by(HsdsAddress.id).limit(1)).scalar()
    address = ""
    if row is not None:
        address = ", ".join(part for part in (
            row.address_1, row.address_2 or "",
            " ".join(p for p in (row.city, row.state_province, row.postal_code) if p)) if part)
    return LetterRecipient(name, address, phone or ""), service.organization_id
