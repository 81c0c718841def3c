"""Map a referral and its client, target and clinic to the referral letter's dataclasses.

The letter is a disclosure like any packet, so it passes the one consent gate
(``packets.gate.disclosure_consent``) before anything is rendered. The recipient is the
partner facility, or the HSDS organization that runs the service (a consent names the
organization, and covers every service it runs). A referral for substance-use care tells
the recipient that the client is in substance-use treatment, which is Part 2 information
(42 CFR 2.11, 2.12): without an active consent naming the recipient and including Part 2
information the gate refuses the letter. Other letters go without a consent unless the
clinic requires one for every disclosure, but then the client's phone, e-mail and address
are withheld, so a letter never discloses more than the client agreed to.
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
from coordinator.services.consent_views import consent_reference
from coordinator.services.packets.gate import disclosure_consent
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

#: Printed in place of the client's phone, e-mail and address when no consent covers the
#: recipient; it tells the receiving program how to reach the client all the same.
WITHHELD = ("Withheld: the client has not signed a release of information for your "
            "program. Call the case manager below to reach the client.")


@dataclass(frozen=True)
class BuiltLetter:
    """The rendered letter and what the disclosure log needs to know about it."""

    rendered: RenderedPdf
    recipient_name: str
    consent_id: int | None
    part2: bool


def build_letter(session: Session, referral: Referral, today: date, *,
                 invariant: bool = False) -> BuiltLetter:
    """Pass the consent gate, then render the letter.

    Raises:
        ConsentRequired: a substance-use referral without an active consent that names
            the recipient and includes Part 2 information, or any referral without a
            covering consent when the clinic requires one for every disclosure.
    """
    client = session.get(Client, referral.client_id)
    assert client is not None  # referral.client_id is a foreign key
    client_name = f"{client.given_name} {client.family_name}"
    recipient, organization_id = _recipient(session, referral)
    category = ReferralCategory(referral.category)
    part2 = category is ReferralCategory.SUBSTANCE_USE
    settings = read_settings(session)
    consent = disclosure_consent(
        session, "referral letter", client.id, client_name,
        Recipient(referral.facility_id, organization_id, name=recipient.name),
        part2=part2, today=today,
        require_all=bool(settings["require_consent_all_disclosures"]),
        purpose=f"Referral for {CATEGORY_TITLES[category].lower()} services",
        information=("Referral reason and contact details",))
    letterhead = Letterhead(str(settings["clinic_name"]), str(settings["clinic_address"]),
                            str(settings["clinic_phone"]), str(settings["clinic_fax"]),
                            str(settings["clinic_logo"]))
    consented = consent is not None
    letter_client = LetterClient(
        client_name, client.record_number, client.birth_date,
        client.phone if consented else "", client.email if consented else "",
        _one_line(client.address_line1, client.address_line2, client.city,
                  client.state, client.postal_code) if consented else "",
        client.preferred_language, client.interpreter_needed,
        contact_withheld="" if consented else WITHHELD)
    author_id = referral.assigned_to_id or referral.created_by_id
    author = session.get(User, author_id) if author_id else None
    priority = ReferralPriority(referral.priority)
    letter = ReferralLetter(
        letterhead, letter_client, recipient, today, CATEGORY_TITLES[category],
        PRIORITY_TITLES[priority], referral.reason, _request(category, priority),
        referral.note_to_receiver, referral.follow_up_due,
        author.full_name if author else "", _clinic_contact(letterhead),
        consent=consent_reference(consent) if consent is not None else None, part2=part2)
    return BuiltLetter(render_referral_letter(letter, invariant=invariant), recipient.name,
                       consent.id if consent is not None else None, part2)


def _one_line(line1: str | None, line2: str | None, city: str | None, state: str | None,
              postal_code: str | None) -> str:
    """An address on one line as on an envelope: "4 Elm St, Apt 2, Springfield, OR 97477"."""
    region = " ".join(part.strip() for part in (state or "", postal_code or "") if part.strip())
    return ", ".join(part.strip() for part in (line1 or "", line2 or "", city or "", region)
                     if part.strip())


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
        address = _one_line(facility.address_line1, facility.address_line2, facility.city,
                            facility.state, facility.postal_code)
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
        address = _one_line(row.address_1, row.address_2, row.city, row.state_province,
                            row.postal_code)
    return LetterRecipient(name, address, phone or ""), service.organization_id
