"""The FHIR document's sections: the PDF's headings, in its order, with what each one says.

Each section's narrative is made from the same ``Packet`` the PDF prints, in the packet's
language, and lists the entries (conditions, medications…) that carry the same facts coded.
"""

from __future__ import annotations

from collections.abc import Iterable

from coordinator.domain.vocabulary import DocumentType
from coordinator.interop.fhir_document import LOINC, Coded, SectionFacts
from coordinator.reports.document_language import DocumentText
from coordinator.reports.packet_data import Packet

#: LOINC section codes where a heading has a well-known one.
_SECTION_CODES = {
    "h.levels": Coded(LOINC, "46240-8", "History of Hospitalizations+Outpatient visits"),
    "h.diagnoses": Coded(LOINC, "11450-4", "Problem list - Reported"),
    "h.medications": Coded(LOINC, "10160-0", "History of Medication use Narrative"),
    "h.allergies": Coded(LOINC, "48765-2", "Allergies and adverse reactions Document"),
    "h.care_plan": Coded(LOINC, "18776-5", "Plan of care note"),
    "h.measurement": Coded(LOINC, "30954-2",
                           "Relevant diagnostic tests/laboratory data Narrative"),
    "h.care_team": Coded(LOINC, "85847-2", "Patient Care team information"),
}


def _lines(*parts: str) -> tuple[str, ...]:
    return tuple(part for part in parts if part)


def _joined(*parts: str, separator: str = " · ") -> str:
    return separator.join(part for part in parts if part)


def packet_sections(packet: Packet, document: DocumentType, t: DocumentText,
                    entries: dict[str, tuple[str, ...]]) -> tuple[SectionFacts, ...]:
    """The sections of ``packet`` as ``document`` prints them.

    Args:
        entries: the keys of the entries each section lists, by heading key ("h.diagnoses").
    """
    transfer = document is DocumentType.TRANSFER_SUMMARY
    sections: list[tuple[str, str, tuple[str, ...]]] = [("h.stay", t("h.stay"), _stay(packet))]
    if transfer:
        sections.append(("", "Receiving facility", _receiving(packet)))
    sections += [
        ("h.client", t("h.client"), _client(packet)),
        ("", "Reason for transfer" if transfer else t("h.reason_discharge"),
         _lines(packet.reason)),
        ("", "Condition at transfer" if transfer else t("h.condition_discharge"),
         _lines(packet.discharge.condition, packet.discharge.mental_status,
                packet.discharge.legal_status, packet.discharge.housing_status)),
        ("h.treatment", t("h.treatment"),
         _lines(packet.treatment.summary, packet.treatment.program,
                *packet.treatment.use_disorder_medications)),
        ("h.levels", t("h.levels"), tuple(
            _joined(row.level, row.facility, f"{t.day(row.start_date)} – {t.day(row.end_date)}",
                    row.status, row.disposition) for row in packet.care_history)),
        ("h.diagnoses", t("h.diagnoses"), tuple(
            _joined(row.code, row.description, separator=" ") for row in packet.diagnoses)),
        ("h.medications", t("h.medications"), tuple(
            _joined(row.name, row.dose, row.route, row.frequency, separator=", ")
            for row in packet.medications)),
        ("h.allergies", t("h.allergies"), tuple(
            _joined(row.substance, row.reaction, row.severity, separator=", ")
            for row in packet.allergies) or _lines(packet.no_allergies_text)),
        ("h.care_plan", t("h.care_plan"), _care_plan(packet)),
        ("h.risk", t("h.risk"), _risk(packet, t)),
        ("h.safety_plan", t("h.safety_plan"), tuple(
            _joined(title, text, separator=": ")
            for title, text in (packet.safety_plan.steps if packet.safety_plan else ())
            if text)),
        ("h.directives", t("h.directives"), tuple(
            _joined(row.kind, row.status, row.location, row.agent, separator=": ")
            for row in packet.directives)),
    ]
    if packet.part2:
        sections.append(("h.substance_use", t("h.substance_use"), _lines(
            packet.discharge.substances, t.day(packet.discharge.last_use_on))))
    sections += [
        ("h.measurement", t("h.measurement"), tuple(
            _joined(t.day(row.administered_on), row.instrument,
                    str(row.total) if row.total is not None else "", row.band)
            for row in packet.assessments)),
        ("h.care_team", t("h.care_team"), tuple(
            _joined(row.role, row.name, row.organization, row.phone)
            for row in packet.care_team)),
        ("h.referrals", t("h.referrals"), tuple(
            _joined(row.category, row.to, row.status, row.reason) for row in packet.referrals)),
        ("h.next", t("h.next"), _next(packet)),
        ("h.aftercare", t("h.aftercare"), _lines(packet.aftercare_plan)),
        ("h.consent", t("h.consent"), _consent(packet)),
        ("h.signatures", t("h.signatures"), _lines(*packet.signers, packet.prepared_by)),
    ]
    return tuple(SectionFacts(title, lines, entries.get(key, ()), _SECTION_CODES.get(key))
                 for key, title, lines in sections)


def _stay(packet: Packet) -> tuple[str, ...]:
    stay = packet.stay
    if stay is None:
        return ()
    return _lines(stay.level, stay.facility, stay.admitted_on.isoformat(),
                  stay.left_on.isoformat() if stay.left_on else "",
                  str(stay.length_of_stay_days))


def _receiving(packet: Packet) -> tuple[str, ...]:
    facility = packet.receiving_facility
    if facility is None:
        return ()
    return _lines(facility.name, facility.address, facility.phone, facility.fax,
                  facility.intake_contact)


def _client(packet: Packet) -> tuple[str, ...]:
    client = packet.client
    return _lines(client.name, client.record_number,
                  client.birth_date.isoformat() if client.birth_date else "",
                  client.preferred_language, client.phone, client.address,
                  client.emergency_contact, client.guardian, client.insurance)


def _care_plan(packet: Packet) -> tuple[str, ...]:
    plan = packet.care_plan
    if plan is None:
        return ()
    return tuple(_joined(goal.problem, goal.goal, goal.status) for goal in plan.goals)


def _risk(packet: Packet, t: DocumentText) -> tuple[str, ...]:
    return _lines(packet.safety_note,
                  *(_joined(line.name, t.day(line.on), line.result) for line in packet.screens),
                  *(_joined(t.day(alert.raised_on), alert.reason, alert.action_taken)
                    for alert in packet.safety_alerts))


def _next(packet: Packet) -> tuple[str, ...]:
    step = packet.next_step
    lines: Iterable[str] = (
        _joined(step.level, step.starts_on.isoformat() if step.starts_on else "",
                step.facility) if step is not None else "",
        *(clock.sentence or clock.title for clock in packet.open_clocks),
        *(_joined(row.when, row.with_whom, row.location, row.purpose)
          for row in packet.appointments))
    return _lines(*lines)


def _consent(packet: Packet) -> tuple[str, ...]:
    consent = packet.consent
    if consent is None:
        return ()
    return _lines(f"{consent.consent_id}", consent.recipient, consent.purpose,
                  consent.information, consent.signed_by,
                  consent.signed_on.isoformat() if consent.signed_on else "", consent.expires)
