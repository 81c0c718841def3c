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

The client's own letter (``build_client_letter``) goes to the client themself: it passes
no gate and names no recipient, and prints in the client's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.consent import Recipient
from coordinator.domain.hsds_hours import HoursWords, hours_lines
from coordinator.domain.referrals import CATEGORY_TITLES, PRIORITY_TITLES
from coordinator.domain.vocabulary import ReferralCategory, ReferralPriority
from coordinator.domain.words import said
from coordinator.reports.client_referral_letter import (
    ClientReferralLetter,
    render_client_referral_letter,
)
from coordinator.reports.common import Letterhead, RenderedPdf
from coordinator.reports.document_language import (
    DocumentText,
    document_language,
    document_text,
)
from coordinator.reports.referral_letter import (
    LetterClient,
    LetterRecipient,
    ReferralLetter,
    render_referral_letter,
)
from coordinator.services.appointments import AppointmentView, pending_appointment_views
from coordinator.services.consent_views import consent_reference
from coordinator.services.packets.gate import disclosure_consent
from coordinator.services.resources import schedules_of
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
        session, said("Validation", "referral letter"), client.id, client_name,
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


def build_client_letter(session: Session, referral: Referral, today: date, *,
                        invariant: bool = False) -> BuiltLetter:
    """The letter that tells the client where they are referred, in their language.

    It is the client's own copy, so no consent is looked for (``consent_id`` is None and
    the recipient's name empty, as for a client's own discharge summary).
    """
    client = session.get(Client, referral.client_id)
    assert client is not None  # referral.client_id is a foreign key
    t = document_text(document_language(client.preferred_language))
    settings = read_settings(session)
    letterhead = Letterhead(str(settings["clinic_name"]), str(settings["clinic_address"]),
                            str(settings["clinic_phone"]), str(settings["clinic_fax"]),
                            str(settings["clinic_logo"]))
    category = ReferralCategory(referral.category)
    program = _program(session, referral, t)
    appointment = _appointment(session, referral, today)
    author_id = referral.assigned_to_id or referral.created_by_id
    author = session.get(User, author_id) if author_id else None
    due = referral.follow_up_due
    letter = ClientReferralLetter(
        letterhead, t.language, f"{client.given_name} {client.family_name}",
        client.record_number, today,
        t.word("referral_category", category.value, CATEGORY_TITLES[category]).lower()
        if t.language == "en" else t.word("referral_category", category.value),
        program.organization, program.service, program.address, program.phone,
        program.hours, referral.reason,
        appointment.service_date if appointment is not None else None,
        appointment.at if appointment is not None else None,
        due if due is not None and due >= today else None,
        author.full_name if author else "", str(settings["clinic_phone"]),
        client.birth_date, part2=category is ReferralCategory.SUBSTANCE_USE)
    return BuiltLetter(render_client_referral_letter(letter, invariant=invariant), "", None,
                       letter.part2)


@dataclass(frozen=True)
class _Program:
    organization: str
    service: str = ""
    address: str = ""
    phone: str = ""
    hours: tuple[str, ...] = ()


def _program(session: Session, referral: Referral, t: DocumentText) -> _Program:
    """Where the client goes: the partner facility, or the directory's service with its
    organization, first address and phone, and its opening hours in ``t``'s words."""
    if referral.facility_id is not None:
        facility = session.get(Facility, referral.facility_id)
        assert facility is not None
        return _Program(facility.name, "", _one_line(
            facility.address_line1, facility.address_line2, facility.city, facility.state,
            facility.postal_code), facility.intake_contact_phone or facility.phone or "")
    recipient, _ = _recipient(session, referral)
    service = session.get(HsdsService, referral.service_id)
    assert service is not None
    organization = session.get(HsdsOrganization, service.organization_id)
    rules = schedules_of(session, [service.id]).get(service.id, ())
    words = HoursWords(
        day_names=tuple(t("hours.day_names").split(",")), every_day=t("hours.every_day"),
        all_day=t("hours.all_day"), monthly=t("hours.monthly"),
        ordinals=dict(zip((1, 2, 3, 4, 5, -1), t("hours.ordinals").split(","), strict=True)))
    return _Program(organization.name if organization is not None else service.name,
                    service.name if organization is None or organization.name != service.name
                    else "", recipient.address, recipient.phone,
                    tuple(hours_lines(rules, words)))


def _appointment(session: Session, referral: Referral, today: date) -> AppointmentView | None:
    """The client's next booked appointment with the facility referred to, if any (an
    appointment names a facility, never a directory service)."""
    if referral.facility_id is None:
        return None
    return next((view for view in pending_appointment_views(session, referral.client_id, today)
                 if view.details.facility_id == referral.facility_id), None)
