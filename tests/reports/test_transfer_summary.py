"""The transfer summary: every page identifies the client, every section is there, and long
records flow over pages without losing a word."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from coordinator.domain.levels import Direction
from coordinator.domain.timeline import JourneyEpisode, JourneyMove, journey_layout
from coordinator.reports.packet_data import (
    AllergyRow,
    AppointmentRow,
    CareLevelRow,
    CareTeamRow,
    DiagnosisRow,
    MedicationRow,
    Packet,
    PacketClient,
    ReceivingFacility,
    ReferralRow,
    SafetyAlertRow,
)
from coordinator.reports.styles import Letterhead
from coordinator.reports.transfer_summary import HEADINGS, render_transfer_summary

LETTERHEAD = Letterhead("Riverbend Behavioral Health", "120 River Road\nSpringfield, OR 97477",
                        "541-555-0100", "541-555-0101")
MARCH_1, MARCH_12, MARCH_22 = date(2026, 3, 1), date(2026, 3, 12), date(2026, 3, 22)
PACKET = Packet(
    LETTERHEAD,
    PacketClient("Nguyễn Thị Lan", "000123", date(1988, 2, 1), preferred_name="Lan",
                 preferred_language="Vietnamese", interpreter_needed=True,
                 phone="541-555-0199"),
    date(2026, 4, 1), "Carla Mendes",
    "Worsening depression despite IOP; passive suicidal ideation on 30 March.",
    care_history=(
        CareLevelRow("Inpatient (INP)", "Mercy Hospital", MARCH_1, MARCH_12, "completed",
                     "Stepped down to Intensive Outpatient"),
        CareLevelRow("Intensive Outpatient (IOP)", "Harbor IOP", MARCH_22, None, "active")),
    timeline=journey_layout(
        [JourneyEpisode("INP", "Inpatient", 5, "Mercy Hospital", MARCH_1, MARCH_12,
                        "completed"),
         JourneyEpisode("IOP", "Intensive Outpatient", 2, "Harbor IOP", MARCH_22, None,
                        "active")],
        [JourneyMove(Direction.STEP_DOWN, "INP", "IOP", MARCH_12, MARCH_22, "completed", 10)],
        [], today=date(2026, 4, 1)),
    diagnoses=(DiagnosisRow("F33.2", "Major depressive disorder, recurrent, severe",
                            primary=True),),
    medications=(MedicationRow("Sertraline", "100 mg", "oral", "once daily", "Dr. Ito",
                               MARCH_12),),
    allergies=(AllergyRow("Penicillin", "Hives", "moderate"),),
    safety_note="Safety plan reviewed 30 March; sister holds her medications.",
    safety_alerts=(SafetyAlertRow(date(2026, 3, 30), "PHQ-9 item 9 answered 1"),),
    care_team=(CareTeamRow("Psychiatrist", "Dr. Ken Ito", "Harbor IOP", "541-555-0150"),),
    referrals=(ReferralRow("Housing", "Hope House", "accepted", "Needs stable housing",
                           date(2026, 4, 8)),),
    aftercare_plan="Weekly therapy with Rosa Díaz; medication management with Dr. Ito.",
    appointments=(AppointmentRow("2026-04-09 14:30", "Rosa Díaz", "Harbor IOP",
                                 "First therapy session"),),
    receiving_facility=ReceivingFacility("Mercy Hospital Behavioral Unit",
                                         "1 Mercy Way, Eugene, OR 97401", "541-555-0170",
                                         "541-555-0171", "Intake: Ana Ruiz"),
    signers=("Case manager: Carla Mendes", "Receiving clinician"))


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def assert_every_page_identifies_the_client(pages: list[str], client: PacketClient) -> None:
    for number, text in enumerate(pages, start=1):
        assert client.name in text, number
        assert f"DOB {client.birth_date}" in text, number
        assert f"Record no. {client.record_number}" in text, number
        assert f"Page {number} of {len(pages)}" in text, number
        assert "CONFIDENTIAL" in text, number


def test_the_transfer_summary_has_every_section_and_the_receiving_facility() -> None:
    rendered = render_transfer_summary(PACKET, invariant=True)
    pages = pages_of(rendered.pdf)
    assert rendered.pages == len(pages)
    assert_every_page_identifies_the_client(pages, PACKET.client)
    text = "\n".join(pages)
    for title in HEADINGS:
        assert title in text, title
    for expected in ("Mercy Hospital Behavioral Unit", "541-555-0170", "541-555-0171",
                     "Intake: Ana Ruiz", "Vietnamese (interpreter needed)", "Sertraline",
                     "Penicillin", "F33.2", "Rosa Díaz", "Riverbend Behavioral Health",
                     "Passive suicidal ideation".lower()[1:], "Stepped down to"):
        assert expected in text, expected
    # The chart: the lanes and the facility of each stay.
    assert "Withdrawal management" in text and "Step-down" in text


def test_empty_sections_say_none_recorded_instead_of_vanishing() -> None:
    bare = Packet(LETTERHEAD, PacketClient("José Peña", "000777", date(1990, 5, 6)),
                  date(2026, 4, 1), "Carla Mendes", "")
    pages = pages_of(render_transfer_summary(bare, invariant=True).pdf)
    assert_every_page_identifies_the_client(pages, bare.client)
    text = "\n".join(pages)
    after_medications = text.split("Medications", 1)[1]
    assert after_medications.lstrip().startswith("None recorded")
    for title in HEADINGS:
        assert title in text, title
    assert "No episodes recorded." not in text  # no chart at all without episodes


def test_a_long_aftercare_plan_and_forty_diagnoses_split_over_pages_losing_nothing() -> None:
    plan = "\n\n".join(
        " ".join(f"step{block}x{n}" for n in range(100)) for block in range(30))  # 3,000 words
    diagnoses = tuple(DiagnosisRow(f"F{10 + n}.{n % 10}", f"Diagnosis number {n} " * 6)
                      for n in range(40))
    long_packet = replace(PACKET, aftercare_plan=plan, diagnoses=diagnoses)
    rendered = render_transfer_summary(long_packet, invariant=True)
    pages = pages_of(rendered.pdf)
    assert len(pages) >= 6
    assert_every_page_identifies_the_client(pages, long_packet.client)
    text = "\n".join(pages)
    found = set(words(text))
    assert all(word in found for word in words(plan))
    for diagnosis in diagnoses:
        assert diagnosis.code in text
    # The diagnosis table's header repeats on the page it continues onto.
    continued = [page for page in pages if "F49.9" in page or "F48.8" in page]
    assert all("Description" in page for page in continued)


def test_spanish_and_vietnamese_names_come_out_as_written() -> None:
    packet = replace(PACKET, client=replace(PACKET.client, name="María José Nguyễn Peña"))
    pages = pages_of(render_transfer_summary(packet, invariant=True).pdf)
    assert all("María José Nguyễn Peña" in page for page in pages)


def test_invariant_mode_gives_the_same_bytes_twice() -> None:
    assert render_transfer_summary(PACKET, invariant=True).pdf == render_transfer_summary(
        PACKET, invariant=True).pdf
