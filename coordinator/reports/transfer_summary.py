"""The transfer summary that travels with a client to a hospital, residential program or
outpatient therapist.

It leads with the receiving facility (so an intake desk sees at once that the page is for
them and whom to call back) and the reason for transfer, then prints the same clinical
sections as the discharge summary.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.common import RenderedPdf
from coordinator.reports.discharge_summary import (
    client_line,
    client_section,
    clinical_sections,
    closing_sections,
    heading,
    leaving_sections,
    stay_section,
)
from coordinator.reports.packet_data import Packet, ReceivingFacility
from coordinator.reports.styles import (
    STYLES,
    PageFrame,
    build_document,
    field_table,
    long_text,
    paragraph,
)

#: Section headings in print order; tests check each is present. A Part 2 packet also
#: prints ``PART2_HEADING`` after the advance directives.
HEADINGS = ("Stay", "Receiving facility", "Client", "Reason for transfer",
            "Condition at transfer", "Treatment provided", "Levels of care", "Diagnoses",
            "Medications", "Allergies", "Care plan", "Current risk", "Safety plan",
            "Advance directives", "Measurement history", "Care team", "Referrals",
            "Next level of care and follow-up", "Aftercare plan", "Consent", "Signatures")


def _facility_section(facility: ReceivingFacility | None) -> list[Flowable]:
    if facility is None:
        return [heading("Receiving facility"), *long_text("")]
    return [heading("Receiving facility"), field_table([
        ("Facility", facility.name),
        ("Address", facility.address),
        ("Phone", facility.phone),
        ("Fax", facility.fax),
        ("Intake contact", facility.intake_contact),
    ])]


def transfer_summary_story(packet: Packet) -> list[Flowable]:
    return [
        paragraph("Transfer summary", STYLES["title"]),
        *stay_section(packet, left_label="Transfer date"),
        *_facility_section(packet.receiving_facility),
        *client_section(packet),
        heading("Reason for transfer"), *long_text(packet.reason),
        *leaving_sections(packet, condition_heading="Condition at transfer"),
        *clinical_sections(packet),
        *closing_sections(packet),
    ]


def render_transfer_summary(packet: Packet, *, invariant: bool = False) -> RenderedPdf:
    """The transfer summary as a PDF; as many pages as the record needs."""
    frame = PageFrame(packet.letterhead, "Transfer summary", client_line(packet),
                      redisclosure_notice=REDISCLOSURE_NOTICE if packet.part2 else "")
    return build_document(transfer_summary_story(packet), frame, invariant=invariant,
                          title=f"Transfer summary: {packet.client.name}")
