"""The one-page referral letter a receiving program gets with a client.

It answers what an intake coordinator needs on one sheet: who the client is and how to reach
them, why they are referred, what is asked of the program, and whom at our clinic to call
back. Built from plain dataclasses so the service maps its records and this module only
arranges content (styles and page frame come from ``reports.styles``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from coordinator.reports.common import Letterhead, RenderedPdf
from coordinator.reports.styles import (
    RULE,
    STYLES,
    PageFrame,
    build_document,
    paragraph,
)


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


def _text(value: str) -> str:
    """Escape for ReportLab's mini-markup and keep the writer's line breaks."""
    return escape(value).replace("\n", "<br/>")


def _para(value: str, style: str = "body") -> Paragraph:
    return paragraph(_text(value) if value.strip() else "None recorded", STYLES[style])


def _fields(rows: list[tuple[str, str]]) -> Table:
    table = Table([[paragraph(_text(label), STYLES["label"]), _para(value)]
                   for label, value in rows], colWidths=[1.45 * 72, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
    ]))
    return table


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""


def referral_letter_story(letter: ReferralLetter) -> list[Flowable]:
    client, recipient = letter.client, letter.recipient
    language = client.preferred_language
    if client.interpreter_needed:
        language = f"{language} (interpreter needed)".strip()
    story: list[Flowable] = [
        paragraph(_text(f"Referral to {recipient.name}"), STYLES["title"]),
        _fields([
            ("Date", _iso(letter.written_on)),
            ("To", "\n".join(part for part in (
                recipient.name, recipient.contact, recipient.address,
                "   ".join(p for p in (f"Phone {recipient.phone}" if recipient.phone else "",
                                       f"Fax {recipient.fax}" if recipient.fax else "")
                           if p)) if part)),
            ("Category", letter.category),
            ("Priority", letter.priority),
        ]),
        paragraph("Client", STYLES["heading"]),
        _fields([
            ("Name", client.name),
            ("Record number", client.record_number),
            ("Date of birth", _iso(client.birth_date)),
            ("Phone", client.phone),
            ("E-mail", client.email),
            ("Address", client.address),
            ("Language", language),
        ]),
        paragraph("Reason for referral", STYLES["heading"]),
        _para(letter.reason),
        paragraph("What we ask of your program", STYLES["heading"]),
        _para(letter.request),
        paragraph("Note from the case manager", STYLES["heading"]),
        _para(letter.note_to_receiver),
        Spacer(1, 6),
    ]
    due = (f" We will follow up with you by {letter.follow_up_due.isoformat()}."
           if letter.follow_up_due else "")
    story.append(KeepTogether([
        paragraph("Please let us know whether the client was accepted, and when the first "
                  f"appointment is.{_text(due)}", STYLES["body"]),
        paragraph(_text(f"Case manager: {letter.case_manager_name}"), STYLES["signature"]),
        _para(letter.case_manager_contact or _clinic_contact(letter.letterhead), "small"),
    ]))
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
    """The letter as a PDF; one page for any ordinary referral."""
    frame = PageFrame(letter.letterhead, "Referral letter",
                      f"{letter.client.name} · {letter.client.record_number}")
    return build_document(referral_letter_story(letter), frame, invariant=invariant,
                          title=f"Referral letter: {letter.client.name}")
