"""The discharge summary: what the next provider needs when a client leaves our care.

Sections follow the order a receiving clinician reads in: who the client is, why they are
leaving, where they have been, what they have (diagnoses, medications, allergies), how safe
they are, how they have scored, who is involved, what is arranged, and the signatures. The
transfer summary prints the same clinical sections (``clinical_sections``) around its
receiving-facility block, so both documents stay in step.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.care_plan_section import HEADING as CARE_PLAN_HEADING
from coordinator.reports.care_plan_section import care_plan_section
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
    with_heading,
)
from coordinator.reports.timeline import timeline_drawing

#: Section headings in print order; tests check each is present.
HEADINGS = ("Stay", "Client", "Reason for discharge", "Condition at discharge",
            "Treatment provided", "Levels of care", "Diagnoses", "Medications", "Allergies",
            "Care plan", "Current risk", "Safety plan", "Advance directives",
            "Measurement history", "Care team", "Referrals",
            "Next level of care and follow-up", "Aftercare plan", "Consent", "Signatures")
#: The section only a Part 2 packet prints (after the advance directives): substances and
#: the last use.
PART2_HEADING = "Substance use"

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


def stay_section(packet: Packet, *, left_label: str) -> list[Flowable]:
    """The header block: the stay's dates and length, the responsible clinician, the
    clinic's NPI and when the packet was prepared."""
    stay = packet.stay
    rows: list[tuple[str, str]] = []
    if stay is None:
        rows.append(("Level of care", ""))
    else:
        if stay.left_on is None:
            left = (f"Still in care on {day(packet.prepared_on)}" if left_label == "Discharged"
                    else f"Not set yet (in care on {day(packet.prepared_on)})")
        elif stay.left_is_planned:
            left = f"{day(stay.left_on)} (planned)"
        else:
            left = day(stay.left_on)
        nights = "day" if stay.length_of_stay_days == 1 else "days"
        rows += [("Level of care", stay.level), ("Facility or program", stay.facility),
                 ("Admitted", day(stay.admitted_on)), (left_label, left),
                 ("Length of stay", f"{stay.length_of_stay_days} {nights}"
                  + (" so far" if stay.left_on is None or stay.left_is_planned else ""))]
    rows += [("Responsible clinician", packet.clinician.text() if packet.clinician else ""),
             ("Clinic NPI", packet.clinic_npi),
             ("Prepared", f"{day(packet.prepared_on)} by {packet.prepared_by}"
              if packet.prepared_by else day(packet.prepared_on))]
    return [heading("Stay"), field_table(rows)]


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
        ("Sex at birth", client.sex_at_birth),
        ("Gender identity", client.gender_identity),
        ("Pronouns", client.pronouns),
        ("Language", language),
        ("Phone", client.phone),
        ("Address", client.address),
        ("Emergency contact", client.emergency_contact),
        ("Guardian", client.guardian),
        ("Insurance", client.insurance),
    ])]


def leaving_sections(packet: Packet, *, condition_heading: str) -> list[Flowable]:
    """How the client leaves this stay and the treatment they had in it."""
    facts, treatment = packet.discharge, packet.treatment
    story: list[Flowable] = [heading(condition_heading), field_table([
        ("Condition", facts.condition),
        ("Mental status", facts.mental_status),
        ("Legal status", facts.legal_status),
        ("Housing", facts.housing_status),
    ])]
    if treatment.sessions_attended or treatment.sessions_expected:
        share = (f" ({treatment.adherence:.0%} adherence)"
                 if treatment.adherence is not None else "")
        excused = (f"; {treatment.excused_absences} excused absence"
                   f"{'s' if treatment.excused_absences != 1 else ''}"
                   if treatment.excused_absences else "")
        attendance = (f"{treatment.sessions_attended} of {treatment.sessions_expected} "
                      f"expected sessions attended{share}, "
                      f"{treatment.hours_attended:.1f} hours{excused}")
    else:
        attendance = "No roll call was taken in this stay."
    rows = [("Program", treatment.program), ("Attendance", attendance)]
    if packet.part2:
        rows.append(("Medication for a substance-use disorder",
                     "\n".join(treatment.use_disorder_medications)))
    rows.append(("Treatment summary", treatment.summary))
    story += [heading("Treatment provided"), field_table(rows, label_width=1.9 * inch)]
    return story


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
        # Its own subheading: a chart that falls to the next page is never headless there.
        story += [paragraph("Journey through the levels of care", STYLES["subheading"]),
                  timeline_drawing(packet.timeline, w, _TIMELINE_HEIGHT,
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
    story += care_plan_section(packet.care_plan, heading(CARE_PLAN_HEADING))
    story += risk_sections(packet)
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
    story += next_sections(packet)
    return story


def risk_sections(packet: Packet) -> list[Flowable]:
    """Current risk (the latest screens, the safety note and alerts), the safety plan in
    full, advance directives and, on Part 2 packets, substances and last use."""
    w = CONTENT_WIDTH
    story: list[Flowable] = [
        heading("Current risk"),
        field_table([(line.name, f"{day(line.on)}: {line.result}") for line in packet.screens]
                    or [("Suicide-risk screens", "")], label_width=1.9 * inch),
        paragraph("Safety note", STYLES["subheading"]), *long_text(packet.safety_note),
        paragraph("Safety alerts", STYLES["subheading"]),
        data_table(("Raised", "Reason", "Addressed", "Action taken"),
                   [(day(row.raised_on), row.reason, day(row.addressed_on) or "Open",
                     row.action_taken) for row in packet.safety_alerts],
                   (w * 0.13, w * 0.37, w * 0.13, w * 0.37))]
    plan = packet.safety_plan
    if plan is None:
        story += [heading("Safety plan"), para_or_none("")]
    else:
        by = f" with {plan.completed_by}" if plan.completed_by else ""
        rows = [*plan.steps, ("Firearms", plan.firearms),
                ("Reasons for living", plan.reasons_for_living)]
        # The plan is read as one: on one page with its heading whenever it fits on one.
        story.append(with_heading(
            heading("Safety plan"),
            paragraph(markup(f"Version {plan.plan_number}, completed "
                             f"{day(plan.completed_on)}{by}."), STYLES["label"]),
            field_table(list(rows), label_width=2.2 * inch)))
    story += [heading("Advance directives"), data_table(
        ("Directive", "Status", "Where it is kept", "Agent"),
        [(row.kind, row.status, row.location, row.agent) for row in packet.directives],
        (w * 0.26, w * 0.22, w * 0.3, w * 0.22))]
    if packet.part2:
        facts = packet.discharge
        story += [heading(PART2_HEADING), field_table([
            ("Substances", facts.substances), ("Last use", day(facts.last_use_on))])]
    return story


def next_sections(packet: Packet) -> list[Flowable]:
    """Where the client goes next, what must happen by when, and what is booked."""
    w = CONTENT_WIDTH
    step = packet.next_step
    if step is None:
        next_level = ""
    else:
        starts = f", starting {day(step.starts_on)}" if step.starts_on else ""
        at = f" at {step.facility}" if step.facility else ""
        next_level = f"{step.level}{at}{starts}"
    story: list[Flowable] = [
        heading("Next level of care and follow-up"),
        field_table([("Planned next level", next_level),
                     ("Follow-up due", "\n".join(clock.sentence for clock in packet.open_clocks))],
                    label_width=1.9 * inch),
        paragraph("Booked appointments", STYLES["subheading"]),
        data_table(("When", "With", "Where", "What", "Status"),
                   [(row.when, row.with_whom, row.location, row.purpose, row.status)
                    for row in packet.appointments],
                   (w * 0.16, w * 0.24, w * 0.22, w * 0.26, w * 0.12)),
        heading("Aftercare plan"), *long_text(packet.aftercare_plan)]
    return story


def _score_charts(packet: Packet) -> list[Flowable]:
    """A trend chart per instrument with a total (one scored once shows that score and
    its date), two to a row."""
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
    return [paragraph("Score trends", STYLES["subheading"]), table]


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
    # The heading, the prepared-by line and every signature line share a page.
    story.append(KeepTogether([
        heading("Signatures"),
        paragraph(markup(f"Prepared by {packet.prepared_by or 'the case manager'} on "
                         f"{day(packet.prepared_on)}."), STYLES["body"]),
        signature_lines(packet.signers, CONTENT_WIDTH)]))
    if consent is not None:
        story += consent_summary_page(consent)
    return story


def discharge_summary_story(packet: Packet) -> list[Flowable]:
    return [
        paragraph("Discharge summary", STYLES["title"]),
        *stay_section(packet, left_label="Discharged"),
        *client_section(packet),
        heading("Reason for discharge"), *long_text(packet.reason),
        *leaving_sections(packet, condition_heading="Condition at discharge"),
        *clinical_sections(packet),
        *closing_sections(packet),
    ]


def render_discharge_summary(packet: Packet, *, invariant: bool = False) -> RenderedPdf:
    """The discharge summary as a PDF; as many pages as the record needs."""
    frame = PageFrame(packet.letterhead, "Discharge summary", client_line(packet),
                      redisclosure_notice=REDISCLOSURE_NOTICE if packet.part2 else "")
    return build_document(discharge_summary_story(packet), frame, invariant=invariant,
                          title=f"Discharge summary: {packet.client.name}")
