"""The referral letter addressed to the client, in the client's language.

When a case manager refers a client to a community resource, the client takes home one
sheet that says where they are referred (organization, service, address, phone, hours when
the directory has them), why, what to do next (the appointment when one is booked, else the
day to call by) and whom at the clinic to call. It prints in the client's language
(``document_language``) under the clinic's letterhead as configured; a letter about
substance-use care carries the 42 CFR 2.32 notice in its official English words and,
below them, their rendering labelled as a translation. The letter goes to the client
themself, so it rests on no release of information. What staff typed (the reason, names,
addresses) prints as entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from reportlab.platypus import Flowable, KeepTogether, Spacer

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.common import Letterhead, RenderedPdf
from coordinator.reports.document_language import DocumentText, document_text
from coordinator.reports.styles import (
    STYLES,
    PageFrame,
    build_document,
    field_table,
    long_text,
    markup,
    paragraph,
)


@dataclass(frozen=True)
class ClientReferralLetter:
    """Everything the client's letter prints; coded words are already in ``language``."""

    letterhead: Letterhead
    #: "en" or "es" (``document_language``).
    language: str
    client_name: str
    record_number: str
    written_on: date
    #: The referral's category in the letter's language, e.g. "vivienda".
    category: str
    organization: str
    service: str = ""
    address: str = ""
    phone: str = ""
    #: Opening hours, one line per set of times ("lun–vie 9:00–17:00"); empty if unknown.
    hours: tuple[str, ...] = ()
    reason: str = ""
    #: The appointment booked with the program, if any (day, and time when entered).
    appointment_on: date | None = None
    appointment_at: time | None = None
    #: The day to call the program by when no appointment is booked (the referral's
    #: follow-up day, when it is still ahead).
    call_by: date | None = None
    case_manager_name: str = ""
    clinic_phone: str = ""
    birth_date: date | None = None
    #: A referral for substance-use care: the letter carries the 42 CFR 2.32 notice.
    part2: bool = False


def _client_line(letter: ClientReferralLetter, t: DocumentText) -> str:
    return t("client_line", name=letter.client_name,
             birth=t.day(letter.birth_date) or t("unknown"), record=letter.record_number)


def _next_steps(letter: ClientReferralLetter, t: DocumentText) -> list[str]:
    if letter.appointment_on is not None:
        when = (t("appointment.when", day=t.day(letter.appointment_on),
                  time=letter.appointment_at.strftime("%H:%M"))
                if letter.appointment_at is not None else t.day(letter.appointment_on))
        first = t("letter.appointment", day=when)
    elif not letter.phone.strip():
        first = t("letter.no_phone")
    elif letter.call_by is not None:
        first = t("letter.call_by", day=t.day(letter.call_by))
    else:
        first = t("letter.call_soon")
    return [first, t("letter.tell_us")]


def client_referral_letter_story(letter: ClientReferralLetter) -> list[Flowable]:
    t = document_text(letter.language)
    none = t.none_recorded
    where = [(t("f.organization"), letter.organization)]
    where += [(label, value) for label, value in (
        (t("f.service"), letter.service), (t("f.address"), letter.address),
        (t("f.phone"), letter.phone), (t("f.hours"), "\n".join(letter.hours)))
        if value.strip()]
    story: list[Flowable] = [
        paragraph(markup(t("letter.title")), STYLES["title"]),
        field_table([(t("letter.date"), t.day(letter.written_on))], none=none),
        Spacer(1, 8),
        paragraph(markup(t("letter.greeting", name=letter.client_name)), STYLES["body"]),
        paragraph(markup(t("letter.intro", category=letter.category)), STYLES["body"]),
        paragraph(markup(t("letter.where")), STYLES["heading"]),
        field_table(where, rule_below=True, none=none),
        paragraph(markup(t("letter.why")), STYLES["heading"]),
        *long_text(letter.reason, none=none),
        paragraph(markup(t("letter.next")), STYLES["heading"]),
        *(paragraph(markup(sentence), STYLES["body"]) for sentence in _next_steps(letter, t)),
    ]
    contact = [(t("f.case_manager"), letter.case_manager_name),
               (t("f.clinic_phone"), letter.clinic_phone or letter.letterhead.phone)]
    story.append(KeepTogether([
        paragraph(markup(t("letter.questions")), STYLES["heading"]),
        field_table(contact, rule_below=True, none=none),
        Spacer(1, 6),
        paragraph(markup(t("letter.crisis")), STYLES["body_bold"])]))
    if letter.part2:
        story.append(Spacer(1, 6))
        story.append(paragraph(markup(REDISCLOSURE_NOTICE), STYLES["body_bold"]))
        if t("redisclosure.translation"):
            story.append(paragraph(markup(t("redisclosure.translation")), STYLES["body"]))
    return story


def render_client_referral_letter(letter: ClientReferralLetter, *,
                                  invariant: bool = False) -> RenderedPdf:
    """The client's letter as a PDF in the letter's language: one page for any ordinary
    referral (a very long reason flows on to more)."""
    t = document_text(letter.language)
    frame = PageFrame(letter.letterhead, t("letter.document_title"), _client_line(letter, t),
                      footer_notice=t("confidentiality"),
                      redisclosure_notice=REDISCLOSURE_NOTICE if letter.part2 else "",
                      redisclosure_translation=t("redisclosure.translation"),
                      page_label=t("page_of"), phone_label=t("letterhead.phone"),
                      fax_label=t("letterhead.fax"), clinic_label=t("clinic"))
    return build_document(client_referral_letter_story(letter), frame, invariant=invariant,
                          title=f"{t('letter.document_title')}: {letter.client_name}",
                          language=t.pdf_language)
