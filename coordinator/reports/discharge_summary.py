"""The discharge summary: what the next provider needs when a client leaves our care.

Sections follow the order a receiving clinician reads in: who the client is, why they are
leaving, where they have been, what they have (diagnoses, medications, allergies), how safe
they are, how they have scored, who is involved, what is arranged, and the signatures. The
transfer summary prints the same clinical sections (``clinical_sections``) around its
receiving-facility block, so both documents stay in step.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.common import RenderedPdf
from coordinator.reports.consent_page import consent_summary_page
from coordinator.reports.fonts import FONTS
from coordinator.reports.packet_data import Packet
from coordinator.reports.score_chart import score_chart, trends_by_instrument
from coordinator.reports.styles import (
    CONTENT_WIDTH,
    STYLES,
    PageFrame,
    build_document,
    data_table,
    field_table,
    long_text,
    markup,
    para_or_none,
    paragraph,
    signature_lines,
)
from coordinator.reports.timeline import timeline_drawing

#: Section headings in print order; tests check each is present.
HEADINGS = ("Client", "Reason for discharge", "Levels of care", "Diagnoses", "Medications",
            "Allergies", "Risk and safety", "Measurement history", "Care team",
            "Referrals", "Aftercare plan", "Follow-up appointments", "Consent",
            "Signatures")

_TIMELINE_HEIGHT = 190.0


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def client_line(packet: Packet) -> str:
    """Name, date of birth and record number: printed in every page's header so a loose
    page can always be matched to its client."""
    client = packet.client
    birth = day(client.birth_date) or "unknown"
    return f"{client.name} · DOB {birth} · Record no. {client.record_number}"


def heading(title: str) -> Paragraph:
    return paragraph(markup(title), STYLES["section"])


def client_section(packet: Packet) -> list[Flowable]:
    client = packet.client
    language = client.preferred_language
    if client.interpreter_needed:
        language = f"{language} (interpreter needed)".strip()
    return [heading("Client"), field_table([
        ("Name", client.name),
        ("Preferred name", client.preferred_name),
        ("Date of birth", day(client.birth_date)),
        ("Record number", client.record_number),
        ("Pronouns", client.pronouns),
        ("Language", language),
        ("Phone", client.phone),
        ("Address", client.address),
        ("Emergency contact", client.emergency_contact),
        ("Guardian", client.guardian),
        ("Insurance", client.insurance),
    ])]


def clinical_sections(packet: Packet) -> list[Flowable]:
    """Levels of care through follow-up appointments: the body both summaries share."""
    w = CONTENT_WIDTH
    story: list[Flowable] = [heading("Levels of care"), data_table(
        ("Level of care", "Facility or program", "Start", "End", "Status", "Disposition"),
        [(row.level, row.facility, day(row.start_date), day(row.end_date), row.status,
          row.disposition) for row in packet.care_history],
        (w * 0.2, w * 0.2, w * 0.12, w * 0.12, w * 0.12, w * 0.24))]
    if packet.timeline is not None:
        # After the table, so the table can start on the page the heading falls on and the
        # chart (which cannot split) takes the next page only if it must.
        story += [Spacer(1, 6), timeline_drawing(packet.timeline, w, _TIMELINE_HEIGHT,
                                                 font_name=FONTS.regular, font_size=7)]
    story += [heading("Diagnoses"), data_table(
        ("Code", "Description", "Type", "Status", "Onset"),
        [(row.code, row.description,
          ", ".join(part for part in ("Primary" if row.primary else "",
                                      "Substance use" if row.substance_use else "") if part),
          row.status, day(row.onset_date)) for row in packet.diagnoses],
        (w * 0.11, w * 0.49, w * 0.16, w * 0.1, w * 0.14))]
    story += [heading("Medications"), data_table(
        ("Medication", "Dose", "Route", "Frequency", "Prescriber", "Since"),
        [(row.name, row.dose, row.route, row.frequency, row.prescriber,
          day(row.start_date)) for row in packet.medications],
        (w * 0.24, w * 0.13, w * 0.1, w * 0.17, w * 0.22, w * 0.14))]
    story += [heading("Allergies"), data_table(
        ("Substance", "Reaction", "Severity"),
        [(row.substance, row.reaction, row.severity) for row in packet.allergies],
        (w * 0.3, w * 0.5, w * 0.2)) if packet.allergies or not packet.no_allergies_text
        else para_or_none(packet.no_allergies_text)]
    story += [heading("Risk and safety"), paragraph("Safety note", STYLES["subheading"]),
              *long_text(packet.safety_note), paragraph("Safety alerts", STYLES["subheading"]),
              data_table(("Raised", "Reason", "Addressed", "Action taken"),
                         [(day(row.raised_on), row.reason, day(row.addressed_on) or "Open",
                           row.action_taken) for row in packet.safety_alerts],
                         (w * 0.13, w * 0.37, w * 0.13, w * 0.37))]
    story += [heading("Measurement history"), data_table(
        ("Date", "Instrument", "Total", "Band", "Flags"),
        [(day(row.administered_on), row.instrument,
          "" if row.total is None else str(row.total), row.band, ", ".join(row.flags))
         for row in packet.assessments],
        (w * 0.14, w * 0.18, w * 0.1, w * 0.28, w * 0.3)), *_score_charts(packet)]
    story += [heading("Care team"), data_table(
        ("Role", "Name", "Organization", "Phone", "Fax", "E-mail"),
        [(row.role, row.name, row.organization, row.phone, row.fax, row.email)
         for row in packet.care_team],
        (w * 0.14, w * 0.18, w * 0.2, w * 0.14, w * 0.14, w * 0.2))]
    story += [heading("Referrals"), data_table(
        ("Category", "To", "Status", "Follow-up due", "Reason"),
        [(row.category, row.to, row.status, day(row.follow_up_due), row.reason)
         for row in packet.referrals],
        (w * 0.14, w * 0.22, w * 0.12, w * 0.13, w * 0.39))]
    story += [heading("Aftercare plan"), *long_text(packet.aftercare_plan)]
    story += [heading("Follow-up appointments"), data_table(
        ("When", "With", "Where", "Purpose", "Status"),
        [(row.when, row.with_whom, row.location, row.purpose, row.status)
         for row in packet.appointments],
        (w * 0.17, w * 0.2, w * 0.25, w * 0.26, w * 0.12))]
    return story


def _score_charts(packet: Packet) -> list[Flowable]:
    """A trend chart per instrument with two or more totals, two to a row."""
    trends = trends_by_instrument(packet.assessments)
    if not trends:
        return []
    half = CONTENT_WIDTH / 2
    charts = [score_chart(name, points, half - 6, 110, FONTS.regular)
              for name, points in sorted(trends.items())]
    rows = [charts[index:index + 2] for index in range(0, len(charts), 2)]
    rows[-1] += [""] * (2 - len(rows[-1]))
    table = Table(rows, colWidths=[half, half], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 6), table]


def closing_sections(packet: Packet) -> list[Flowable]:
    """Consent reference and signature lines, the last things on every packet; then, when
    the disclosure rests on a consent, a page with that consent's summary."""
    story: list[Flowable] = [heading("Consent")]
    consent = packet.consent
    if consent is None:
        story.append(para_or_none(""))
    else:
        story.append(paragraph(markup(
            f"Disclosed under release of information no. {consent.consent_id}, signed "
            f"{day(consent.signed_on)} by {consent.signed_by}; expires {consent.expires}. "
            "A summary of the consent is the last page of this packet."), STYLES["body"]))
    if packet.part2:
        story.append(paragraph(markup(REDISCLOSURE_NOTICE), STYLES["body_bold"]))
    story += [heading("Signatures"),
              paragraph(markup(f"Prepared by {packet.prepared_by or 'the case manager'} on "
                               f"{day(packet.prepared_on)}."), STYLES["body"]),
              signature_lines(packet.signers, CONTENT_WIDTH)]
    if consent is not None:
        story += consent_summary_page(consent)
    return story


def discharge_summary_story(packet: Packet) -> list[Flowable]:
    return [
        paragraph("Discharge summary", STYLES["title"]),
        *client_section(packet),
        heading("Reason for discharge"), *long_text(packet.reason),
        *clinical_sections(packet),
        *closing_sections(packet),
    ]


def render_discharge_summary(packet: Packet, *, invariant: bool = False) -> RenderedPdf:
    """The discharge summary as a PDF; as many pages as the record needs."""
    frame = PageFrame(packet.letterhead, "Discharge summary", client_line(packet),
                      redisclosure_notice=REDISCLOSURE_NOTICE if packet.part2 else "")
    return build_document(discharge_summary_story(packet), frame, invariant=invariant,
                          title=f"Discharge summary: {packet.client.name}")
