"""The discharge summary: what the next provider needs when a client leaves our care.

Sections follow the order a receiving clinician reads in: who the client is, why they are
leaving, where they have been, what they have (diagnoses, medications, allergies), how safe
they are, how they have scored, who is involved, what is arranged, and the signatures. The
transfer summary prints the same clinical sections (``clinical_sections``) around its
receiving-facility block, so both documents stay in step.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.domain.timeline import JourneyLayout, Tick
from coordinator.reports.care_plan_section import care_plan_section
from coordinator.reports.common import RenderedPdf
from coordinator.reports.consent_page import consent_summary_page
from coordinator.reports.document_language import ENGLISH_TEXT, DocumentText, document_text
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


def client_line(packet: Packet, t: DocumentText = ENGLISH_TEXT) -> str:
    """Name, date of birth and record number: printed in every page's header so a loose
    page can always be matched to its client."""
    client = packet.client
    return t("client_line", name=client.name, birth=t.day(client.birth_date) or t("unknown"),
             record=client.record_number)


def heading(title: str) -> Paragraph:
    return paragraph(markup(title), STYLES["section"])


def stay_section(packet: Packet, *, left_label: str,
                 t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    """The header block: the stay's dates and length, the responsible clinician, the
    clinic's NPI and when the packet was prepared. ``left_label`` heads the day the
    client left: ``t("f.discharged")`` on a discharge summary."""
    stay = packet.stay
    discharge = left_label == t("f.discharged")
    rows: list[tuple[str, str]] = []
    if stay is None:
        rows.append((t("f.level"), ""))
    else:
        prepared = t.day(packet.prepared_on)
        if stay.left_on is None:
            left = (t("stay.still_in_care", day=prepared) if discharge
                    else t("stay.not_set", day=prepared))
        elif stay.left_is_planned:
            left = t("stay.planned", day=t.day(stay.left_on))
        else:
            left = t.day(stay.left_on)
        length = t("stay.day" if stay.length_of_stay_days == 1 else "stay.days",
                   count=stay.length_of_stay_days)
        if stay.left_on is None or stay.left_is_planned:
            length = t("stay.so_far", length=length)
        rows += [(t("f.level"), stay.level), (t("f.facility"), stay.facility),
                 (t("f.admitted"), t.day(stay.admitted_on)), (left_label, left),
                 (t("f.length"), length)]
    rows += [(t("f.clinician"), packet.clinician.text() if packet.clinician else ""),
             (t("f.clinic_npi"), packet.clinic_npi),
             (t("f.prepared"), t("stay.prepared_by", day=t.day(packet.prepared_on),
                                 name=packet.prepared_by)
              if packet.prepared_by else t.day(packet.prepared_on))]
    return [heading(t("h.stay")), field_table(rows, none=t.none_recorded)]


def client_section(packet: Packet, t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    client = packet.client
    language = t.typed_word("language", client.preferred_language)
    if client.interpreter_needed:
        language = t("client.interpreter", language=language).strip()
    return [heading(t("h.client")), field_table([
        (t("f.name"), client.name),
        (t("f.preferred_name"), client.preferred_name),
        (t("f.birth_date"), t.day(client.birth_date)),
        (t("f.record_number"), client.record_number),
        (t("f.sex_at_birth"), t.typed_word("sex_at_birth", client.sex_at_birth)),
        (t("f.gender_identity"), t.typed_word("gender_identity", client.gender_identity)),
        (t("f.pronouns"), client.pronouns),
        (t("f.language"), language),
        (t("f.phone"), client.phone),
        (t("f.address"), client.address),
        (t("f.emergency_contact"), client.emergency_contact),
        (t("f.guardian"), client.guardian),
        (t("f.insurance"), client.insurance),
    ], none=t.none_recorded)]


def leaving_sections(packet: Packet, *, condition_heading: str,
                     t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    """How the client leaves this stay and the treatment they had in it."""
    facts, treatment = packet.discharge, packet.treatment
    story: list[Flowable] = [heading(condition_heading), field_table([
        (t("f.condition"), facts.condition),
        (t("f.mental_status"), facts.mental_status),
        (t("f.legal_status"), facts.legal_status),
        (t("f.housing"), facts.housing_status),
    ], none=t.none_recorded)]
    if treatment.sessions_attended or treatment.sessions_expected:
        share = (t("attendance.share", percent=f"{treatment.adherence:.0%}")
                 if treatment.adherence is not None else "")
        excused = (t("attendance.excused_one" if treatment.excused_absences == 1
                     else "attendance.excused", count=treatment.excused_absences)
                   if treatment.excused_absences else "")
        attendance = t("attendance.line", attended=treatment.sessions_attended,
                       expected=treatment.sessions_expected, share=share,
                       hours=f"{treatment.hours_attended:.1f}", excused=excused)
    else:
        attendance = t("attendance.none")
    rows = [(t("f.program"), treatment.program), (t("f.attendance"), attendance)]
    if packet.part2:
        rows.append((t("f.use_disorder_medication"),
                     "\n".join(treatment.use_disorder_medications)))
    rows.append((t("f.treatment_summary"), treatment.summary))
    story += [heading(t("h.treatment")),
              field_table(rows, label_width=1.9 * inch, none=t.none_recorded)]
    return story


def _chart_words(t: DocumentText) -> dict[str, str]:
    """The journey chart's words (``timeline_drawing``'s ``labels``) in ``t``'s language."""
    return {"Step-up": t("chart.step_up"), "Step-down": t("chart.step_down"),
            "Lateral": t("chart.lateral"), "Open clock": t("chart.open_clock"),
            "Today": t("chart.today"), "Planned": t("chart.planned_legend"),
            "planned": t("chart.planned"), "due": t("chart.due"), "met": t("chart.met"),
            "missed": t("chart.missed"), "No episodes recorded.": t("chart.no_episodes"),
            "earlier": t("chart.earlier", count="{count}")}


_CLOCK_TITLE = re.compile(r"^(?P<title>.+) \((?P<days>\d+) days\)$")


def localized_journey(layout: JourneyLayout, t: DocumentText) -> JourneyLayout:
    """The journey chart's lane names, month labels and clock titles in ``t``'s language
    (the layout is made in English, as the app's record shows it)."""
    if t.language == "en":
        return layout
    months = t("chart.months").split(",")

    def tick_label(tick: Tick) -> str:
        name = months[tick.day.month - 1]
        return f"{name} {tick.day.year}" if " " in tick.label else name

    def clock_title(title: str) -> str:
        match = _CLOCK_TITLE.match(title)
        if match is None:
            return t.word("clock_title", title, title)
        return t("chart.clock", title=t.word("clock_title", match["title"], match["title"]),
                 days=match["days"])

    return replace(
        layout,
        lanes=tuple(replace(lane, name=t.word("level", lane.code, lane.name))
                    for lane in layout.lanes),
        ticks=tuple(replace(tick, label=tick_label(tick)) for tick in layout.ticks),
        clocks=tuple(replace(clock, title=clock_title(clock.title)) for clock in layout.clocks))


def clinical_sections(packet: Packet, t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    """Levels of care through follow-up appointments: the body both summaries share."""
    w = CONTENT_WIDTH
    none = t.none_recorded
    story: list[Flowable] = [heading(t("h.levels")), data_table(
        (t("col.level"), t("col.facility"), t("col.start"), t("col.end"), t("col.status"),
         t("col.disposition")),
        [(row.level, row.facility, t.day(row.start_date), t.day(row.end_date), row.status,
          row.disposition) for row in packet.care_history],
        (w * 0.2, w * 0.2, w * 0.12, w * 0.12, w * 0.12, w * 0.24), none=none)]
    if packet.timeline is not None:
        # After the table, so the table can start on the page the heading falls on and the
        # chart (which cannot split) takes the next page only if it must.
        # Its own subheading: a chart that falls to the next page is never headless there.
        story += [paragraph(markup(t("sub.journey")), STYLES["subheading"]),
                  timeline_drawing(localized_journey(packet.timeline, t), w, _TIMELINE_HEIGHT,
                                   font_name=FONTS.regular, font_size=7,
                                   labels=_chart_words(t))]
    story += [heading(t("h.diagnoses")), data_table(
        (t("col.code"), t("col.description"), t("col.type"), t("col.status"),
         t("col.onset")),
        [(row.code, row.description,
          ", ".join(part for part in (t("dx.primary") if row.primary else "",
                                      t("dx.substance_use") if row.substance_use else "")
                    if part),
          t.word("diagnosis_status", row.status, row.status), t.day(row.onset_date))
         for row in packet.diagnoses],
        (w * 0.11, w * 0.49, w * 0.16, w * 0.1, w * 0.14), none=none)]
    story += [heading(t("h.medications")), data_table(
        (t("col.medication"), t("col.dose"), t("col.route"), t("col.frequency"),
         t("col.prescriber"), t("col.since")),
        [(row.name, row.dose, row.route, row.frequency, row.prescriber,
          t.day(row.start_date)) for row in packet.medications],
        (w * 0.24, w * 0.13, w * 0.1, w * 0.17, w * 0.22, w * 0.14), none=none)]
    story += [heading(t("h.allergies")), data_table(
        (t("col.substance"), t("col.reaction"), t("col.severity")),
        [(row.substance, row.reaction, row.severity) for row in packet.allergies],
        (w * 0.3, w * 0.5, w * 0.2), none=none)
        if packet.allergies or not packet.no_allergies_text
        else para_or_none(packet.no_allergies_text, none=none)]
    story += care_plan_section(packet.care_plan, heading(t("h.care_plan")), t)
    story += risk_sections(packet, t)
    story += [heading(t("h.measurement")), data_table(
        (t("col.date"), t("col.instrument"), t("col.total"), t("col.band"), t("col.flags")),
        [(t.day(row.administered_on), row.instrument,
          "" if row.total is None else str(row.total), row.band, ", ".join(row.flags))
         for row in packet.assessments],
        (w * 0.14, w * 0.18, w * 0.1, w * 0.28, w * 0.3), none=none),
        *_score_charts(packet, t)]
    story += [heading(t("h.care_team")), data_table(
        (t("col.role"), t("col.name"), t("col.organization"), t("col.phone"), t("col.fax"),
         t("col.email")),
        [(row.role, row.name, row.organization, row.phone, row.fax, row.email)
         for row in packet.care_team],
        (w * 0.14, w * 0.18, w * 0.2, w * 0.14, w * 0.14, w * 0.2), none=none)]
    story += [heading(t("h.referrals")), data_table(
        (t("col.category"), t("col.to"), t("col.status"), t("col.follow_up_due"),
         t("col.reason")),
        [(row.category, row.to, row.status, t.day(row.follow_up_due), row.reason)
         for row in packet.referrals],
        (w * 0.14, w * 0.22, w * 0.12, w * 0.13, w * 0.39), none=none)]
    story += next_sections(packet, t)
    return story


def risk_sections(packet: Packet, t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    """Current risk (the latest screens, the safety note and alerts), the safety plan in
    full, advance directives and, on Part 2 packets, substances and last use."""
    w = CONTENT_WIDTH
    none = t.none_recorded
    story: list[Flowable] = [
        heading(t("h.risk")),
        field_table([(line.name, t("screen.line", day=t.day(line.on), result=line.result))
                     for line in packet.screens]
                    or [(t("f.screens"), "")], label_width=1.9 * inch, none=none),
        paragraph(markup(t("sub.safety_note")), STYLES["subheading"]),
        *long_text(packet.safety_note, none=none),
        paragraph(markup(t("sub.safety_alerts")), STYLES["subheading"]),
        data_table((t("col.raised"), t("col.reason"), t("col.addressed"), t("col.action")),
                   [(t.day(row.raised_on), row.reason,
                     t.day(row.addressed_on) or t("alert.open"), row.action_taken)
                    for row in packet.safety_alerts],
                   (w * 0.13, w * 0.37, w * 0.13, w * 0.37), none=none)]
    plan = packet.safety_plan
    if plan is None:
        story += [heading(t("h.safety_plan")), para_or_none("", none=none)]
    else:
        by = t("plan.with", name=plan.completed_by) if plan.completed_by else ""
        rows = [*plan.steps, (t("f.firearms"), plan.firearms),
                (t("f.reasons_for_living"), plan.reasons_for_living)]
        # The plan is read as one: on one page with its heading whenever it fits on one.
        story.append(with_heading(
            heading(t("h.safety_plan")),
            paragraph(markup(t("plan.version", number=plan.plan_number,
                               day=t.day(plan.completed_on), by=by)), STYLES["label"]),
            field_table(list(rows), label_width=2.2 * inch, none=none)))
    story += [heading(t("h.directives")), data_table(
        (t("col.directive"), t("col.status"), t("col.kept_where"), t("col.agent")),
        [(row.kind, row.status, row.location, row.agent) for row in packet.directives],
        (w * 0.26, w * 0.22, w * 0.3, w * 0.22), none=none)]
    if packet.part2:
        facts = packet.discharge
        story += [heading(t("h.substance_use")), field_table([
            (t("f.substances"), facts.substances),
            (t("f.last_use"), t.day(facts.last_use_on))], none=none)]
    return story


def next_sections(packet: Packet, t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    """Where the client goes next, what must happen by when, and what is booked."""
    w = CONTENT_WIDTH
    step = packet.next_step
    if step is None:
        next_level = ""
    else:
        starts = t("next.starting", day=t.day(step.starts_on)) if step.starts_on else ""
        at = t("next.at", facility=step.facility) if step.facility else ""
        next_level = f"{step.level}{at}{starts}"
    none = t.none_recorded
    story: list[Flowable] = [
        heading(t("h.next")),
        field_table([(t("f.planned_next"), next_level),
                     (t("f.follow_up_due"),
                      "\n".join(clock.sentence for clock in packet.open_clocks))],
                    label_width=1.9 * inch, none=none),
        paragraph(markup(t("sub.appointments")), STYLES["subheading"]),
        data_table((t("col.when"), t("col.with"), t("col.where"), t("col.what"),
                    t("col.status")),
                   [(row.when, row.with_whom, row.location, row.purpose, row.status)
                    for row in packet.appointments],
                   (w * 0.16, w * 0.24, w * 0.22, w * 0.26, w * 0.12), none=none),
        heading(t("h.aftercare")), *long_text(packet.aftercare_plan, none=none)]
    return story


def _score_charts(packet: Packet, t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    """A trend chart per instrument with a total (one scored once shows that score and
    its date), two to a row."""
    trends = trends_by_instrument(packet.assessments)
    if not trends:
        return []
    half = CONTENT_WIDTH / 2
    charts = [score_chart(name, points, half - 6, 110, FONTS.regular,
                          band_names=t.vocabulary.get("band", {}),
                          point_label=t("chart.point"), title=t("chart.total"))
              for name, points in sorted(trends.items())]
    rows = [charts[index:index + 2] for index in range(0, len(charts), 2)]
    rows[-1] += [""] * (2 - len(rows[-1]))
    table = Table(rows, colWidths=[half, half], hAlign="LEFT")
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [paragraph(markup(t("sub.score_trends")), STYLES["subheading"]), table]


def redisclosure_paragraphs(t: DocumentText) -> list[Flowable]:
    """The 42 CFR 2.32 notice in its official English words, then (in a document in
    another language) its rendering labelled as a translation."""
    story: list[Flowable] = [paragraph(markup(REDISCLOSURE_NOTICE), STYLES["body_bold"])]
    if t("redisclosure.translation"):
        story.append(paragraph(markup(t("redisclosure.translation")), STYLES["body"]))
    return story


def page_frame(packet: Packet, title: str, t: DocumentText = ENGLISH_TEXT) -> PageFrame:
    """The page frame of a packet in ``t``'s language: the letterhead as configured, the
    client line, the notices and the page numbers."""
    return PageFrame(packet.letterhead, title, client_line(packet, t),
                     footer_notice=t("confidentiality"),
                     redisclosure_notice=REDISCLOSURE_NOTICE if packet.part2 else "",
                     redisclosure_translation=t("redisclosure.translation"),
                     page_label=t("page_of"), phone_label=t("letterhead.phone"),
                     fax_label=t("letterhead.fax"), clinic_label=t("clinic"))


def closing_sections(packet: Packet, t: DocumentText = ENGLISH_TEXT) -> list[Flowable]:
    """Consent reference and signature lines, the last things on every packet; then, when
    the disclosure rests on a consent, a page with that consent's summary."""
    story: list[Flowable] = [heading(t("h.consent"))]
    consent = packet.consent
    if consent is None:
        story.append(para_or_none("", none=t.none_recorded))
    else:
        story.append(paragraph(markup(t(
            "consent.line", number=consent.consent_id, day=t.day(consent.signed_on),
            by=consent.signed_by, expires=consent.expires)), STYLES["body"]))
    if packet.part2:
        story += redisclosure_paragraphs(t)
    # The heading, the prepared-by line and every signature line share a page.
    story.append(KeepTogether([
        heading(t("h.signatures")),
        paragraph(markup(t("signatures.prepared",
                           name=packet.prepared_by or t("signatures.case_manager"),
                           day=t.day(packet.prepared_on))), STYLES["body"]),
        signature_lines(packet.signers, CONTENT_WIDTH, signature=t("signature.line"),
                        date_label=t("signature.date"))]))
    if consent is not None:
        story += consent_summary_page(consent)
    return story


def discharge_summary_story(packet: Packet) -> list[Flowable]:
    t = document_text(packet.language)
    return [
        paragraph(markup(t("discharge.title")), STYLES["title"]),
        *stay_section(packet, left_label=t("f.discharged"), t=t),
        *client_section(packet, t),
        heading(t("h.reason_discharge")), *long_text(packet.reason, none=t.none_recorded),
        *leaving_sections(packet, condition_heading=t("h.condition_discharge"), t=t),
        *clinical_sections(packet, t),
        *closing_sections(packet, t),
    ]


def render_discharge_summary(packet: Packet, *, invariant: bool = False) -> RenderedPdf:
    """The discharge summary as a PDF, in the packet's language (``Packet.language``: the
    client's own copy may be in the client's); as many pages as the record needs."""
    t = document_text(packet.language)
    title = t("discharge.title")
    return build_document(discharge_summary_story(packet), page_frame(packet, title, t),
                          invariant=invariant, title=f"{title}: {packet.client.name}",
                          language=t.pdf_language)
