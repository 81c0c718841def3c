"""The referral letter a receiving program gets with a client.

It answers what an intake coordinator needs on one sheet: who the client is and how to reach
them, why they are referred, what is asked of the program, and whom at our clinic to call
back. When the letter rests on a release of information it says so in one line and the
consent's summary follows on a page of its own; when it carries substance-use treatment
information (a referral for substance-use care) every page carries the redisclosure notice
of 42 CFR 2.32. Built from plain dataclasses so the service maps its records and this module
only arranges content (styles and page frame come from ``reports.styles``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from reportlab.platypus import Flowable, KeepTogether, Spacer

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.common import Letterhead, RenderedPdf
from coordinator.reports.consent_page import consent_summary_page
from coordinator.reports.packet_data import ConsentReference
from coordinator.reports.styles import (
    STYLES,
    PageFrame,
    build_document,
    field_table,
    markup,
    para_or_none,
    paragraph,
)

#: When the referral's own follow-up date has passed (or was never set) by the day the
#: letter is written, the letter promises a call-back a week from its own date: the same
#: interval the referral form proposes for a new referral. A date in the past would read to
#: the receiving program as a promise already broken.
FOLLOW_UP_DAYS = 7


@dataclass(frozen=True)
class LetterClient:
    name: str
    record_number: str
    birth_date: date | None = None
    phone: str = ""
    email: str = ""
    address: str = ""
    preferred_language: str = ""
    interpreter_needed: bool = False
    #: Not empty when no release of information lets the clinic give this recipient the
    #: client's phone, e-mail and address: the sentence printed in their place.
    contact_withheld: str = ""


@dataclass(frozen=True)
class LetterRecipient:
    """The receiving program: a partner facility or a resource service."""

    name: str
    address: str = ""
    phone: str = ""
    fax: str = ""
    contact: str = ""


@dataclass(frozen=True)
class ReferralLetter:
    letterhead: Letterhead
    client: LetterClient
    recipient: LetterRecipient
    written_on: date
    category: str          # English title, e.g. "Housing"
    priority: str          # English title, e.g. "Urgent"
    reason: str
    request: str           # what is asked of the program
    note_to_receiver: str
    follow_up_due: date | None
    case_manager_name: str
    case_manager_contact: str = ""
    #: The release of information the letter is sent under, if any.
    consent: ConsentReference | None = None
    #: The letter carries substance-use treatment (42 CFR Part 2) information.
    part2: bool = False


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


def client_line(client: LetterClient) -> str:
    """Name, date of birth and record number in every page's header, as on the packets, so
    a loose page can always be matched to its client."""
    return (f"{client.name} · DOB {_day(client.birth_date) or 'unknown'} · "
            f"Record no. {client.record_number}")


def follow_up_by(letter: ReferralLetter) -> date:
    """The day the letter says the clinic will follow up by: the referral's follow-up date,
    unless it is missing or already past on the letter's date (see ``FOLLOW_UP_DAYS``)."""
    due = letter.follow_up_due
    if due is None or due < letter.written_on:
        return letter.written_on + timedelta(days=FOLLOW_UP_DAYS)
    return due


def _fields(rows: list[tuple[str, str]]) -> Flowable:
    """Label and value rows ruled below: phone numbers unbroken, never one row alone."""
    return field_table(rows, rule_below=True)


def _client_rows(client: LetterClient) -> list[tuple[str, str]]:
    language = client.preferred_language
    if client.interpreter_needed:
        language = f"{language} (interpreter needed)".strip()
    if client.contact_withheld:
        contact = [("Phone, e-mail, address", client.contact_withheld)]
    else:
        contact = [("Phone", client.phone), ("E-mail", client.email),
                   ("Address", client.address)]
    return [("Name", client.name), ("Record number", client.record_number),
            ("Date of birth", _day(client.birth_date)), *contact, ("Language", language)]


def _consent_line(consent: ConsentReference) -> str:
    return (f"Disclosed under release of information no. {consent.consent_id}, signed "
            f"{_day(consent.signed_on) or 'on an unrecorded date'} by {consent.signed_by}; "
            f"expires {consent.expires}. A summary of the consent is the last page of this "
            "letter.")


def referral_letter_story(letter: ReferralLetter) -> list[Flowable]:
    client, recipient = letter.client, letter.recipient
    story: list[Flowable] = [
        paragraph(markup(f"Referral to {recipient.name}"), STYLES["title"]),
        _fields([
            ("Date", _day(letter.written_on)),
            ("To", "\n".join(part for part in (
                recipient.name, recipient.contact, recipient.address,
                "   ".join(p for p in (f"Phone {recipient.phone}" if recipient.phone else "",
                                       f"Fax {recipient.fax}" if recipient.fax else "")
                           if p)) if part)),
            ("Category", letter.category),
            ("Priority", letter.priority),
        ]),
        paragraph("Client", STYLES["heading"]),
        _fields(_client_rows(client)),
        paragraph("Reason for referral", STYLES["heading"]),
        para_or_none(letter.reason),
        paragraph("What we ask of your program", STYLES["heading"]),
        para_or_none(letter.request),
    ]
    if letter.note_to_receiver.strip():
        # A letter has no "None recorded" section: without a note, no heading either.
        story += [paragraph("Note from the case manager", STYLES["heading"]),
                  para_or_none(letter.note_to_receiver)]
    story.append(Spacer(1, 6))
    closing: list[Flowable] = [
        paragraph(markup("Please let us know whether the client was accepted, and when the "
                         "first appointment is. We will follow up with you by "
                         f"{_day(follow_up_by(letter))}."), STYLES["body"]),
    ]
    if letter.case_manager_name.strip():
        closing.append(paragraph(markup(f"Case manager: {letter.case_manager_name}"),
                                 STYLES["signature"]))
    contact = letter.case_manager_contact or _clinic_contact(letter.letterhead)
    if contact.strip():
        closing.append(paragraph(markup(contact), STYLES["small"]))
    if letter.consent is not None:
        closing.append(Spacer(1, 6))
        closing.append(paragraph(markup(_consent_line(letter.consent)), STYLES["body"]))
    story.append(KeepTogether(closing))
    if letter.consent is not None:
        story += consent_summary_page(letter.consent)
    return story


def _clinic_contact(head: Letterhead) -> str:
    parts = [head.clinic_name]
    if head.phone:
        parts.append(f"Phone {head.phone}")
    if head.fax:
        parts.append(f"Fax {head.fax}")
    return " · ".join(part for part in parts if part)


def render_referral_letter(letter: ReferralLetter, *,
                           invariant: bool = False) -> RenderedPdf:
    """The letter as a PDF: one page for any ordinary referral, and the consent's summary
    on a second when the letter rests on one."""
    frame = PageFrame(letter.letterhead, "Referral letter", client_line(letter.client),
                      redisclosure_notice=REDISCLOSURE_NOTICE if letter.part2 else "")
    return build_document(referral_letter_story(letter), frame, invariant=invariant,
                          title=f"Referral letter: {letter.client.name}")
