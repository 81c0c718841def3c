"""The discharge summary: the same identification on every page as the transfer summary, its
own reason section, no receiving-facility block, and long records that split cleanly."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports.discharge_summary import (
    HEADINGS,
    PART2_HEADING,
    render_discharge_summary,
)
from coordinator.reports.packet_data import (
    ConsentReference,
    DischargeFacts,
    MedicationRow,
    Packet,
    PacketClient,
    ReferralRow,
)
from tests.reports.test_transfer_summary import (
    LETTERHEAD,
    PACKET,
    assert_every_page_identifies_the_client,
    pages_of,
    words,
)

DISCHARGE = replace(PACKET, receiving_facility=None,
                    reason="Completed IOP; discharged home to weekly outpatient therapy.")


def test_the_discharge_summary_has_every_section_in_clinical_order() -> None:
    rendered = render_discharge_summary(DISCHARGE, invariant=True)
    pages = pages_of(rendered.pdf)
    assert rendered.pages == len(pages)
    assert_every_page_identifies_the_client(pages, DISCHARGE.client)
    text = "\n".join(pages)
    positions = [text.index(title) for title in HEADINGS]
    assert positions == sorted(positions)
    assert "Discharge summary" in text and "Receiving facility" not in text
    assert "Completed IOP; discharged home to weekly outpatient therapy." in text
    assert "Weekly therapy with Rosa Díaz" in text and "2026-04-09 14:30" in text
    assert "Case manager: Carla Mendes" in text and "Receiving clinician" in text


def test_a_client_with_no_medications_says_none_recorded_under_medications() -> None:
    packet = replace(DISCHARGE, medications=())
    text = "\n".join(pages_of(render_discharge_summary(packet, invariant=True).pdf))
    assert text.split("Medications", 1)[1].lstrip().startswith("None recorded")
    assert "Penicillin" in text  # the allergies that follow are still there


def test_an_empty_record_prints_every_heading_with_none_recorded() -> None:
    bare = Packet(LETTERHEAD, PacketClient("Trần Văn Bình", "000901", None),
                  date(2026, 4, 1), "", "")
    pages = pages_of(render_discharge_summary(bare, invariant=True).pdf)
    text = "\n".join(pages)
    for title in HEADINGS:
        assert title in text, title
    assert "Trần Văn Bình · DOB unknown · Record no. 000901" in pages[0]
    assert text.count("None recorded") >= 12


def test_a_long_aftercare_plan_and_many_rows_flow_over_pages_without_losing_text() -> None:
    plan = "\n\n".join(" ".join(f"plan{block}w{n}" for n in range(150))
                       for block in range(20))  # 3,000 words
    medications = tuple(MedicationRow(f"Medication{n}", f"{n} mg", "oral", "twice daily",
                                      "Dr. Ana María Peña Ibáñez") for n in range(60))
    referral_reason = " ".join(f"reason{n}" for n in range(700))  # one cell longer than a page
    packet = replace(DISCHARGE, aftercare_plan=plan, medications=medications,
                     referrals=(ReferralRow("Housing", "Hope House", "Accepted",
                                            referral_reason),))
    pages = pages_of(render_discharge_summary(packet, invariant=True).pdf)
    assert len(pages) >= 6
    assert_every_page_identifies_the_client(pages, packet.client)
    found = set(words("\n".join(pages)))
    assert all(word in found for word in words(plan))
    assert all(word in found for word in words(referral_reason))
    assert all(f"Medication{n}" in found for n in range(60))
    # The medications table continues with its header on the next page.
    continued = [page for page in pages if "Medication59" in page]
    assert continued and "Prescriber" in continued[0]


def test_a_consent_reference_prints_its_summary_page_and_the_notice_on_every_page() -> None:
    packet = replace(DISCHARGE, part2=True, consent=ConsentReference(
        7, "Harbor Residential", "Continuity of care", "Diagnoses, SUD treatment dates", True,
        "Ana Sok (mother, authorized representative)", date(2026, 3, 20), "2027-03-20",
        "Riverbend Behavioral Health"))
    pages = pages_of(render_discharge_summary(packet, invariant=True).pdf)
    flowing = " ".join(" ".join(pages).split())
    assert ("release of information no. 7, signed 2026-03-20 by Ana Sok (mother, authorized "
            "representative); expires 2027-03-20" in flowing)
    assert all(REDISCLOSURE_NOTICE in page for page in pages)
    summary = pages[-1]
    for expected in ("Consent to release information: summary", "Harbor Residential",
                     "Riverbend Behavioral Health", "Diagnoses, SUD treatment dates",
                     "Included", "2026-03-20", "2027-03-20"):
        assert expected in summary, expected


def test_without_part2_information_no_page_carries_the_redisclosure_notice() -> None:
    pages = pages_of(render_discharge_summary(DISCHARGE, invariant=True).pdf)
    assert not DISCHARGE.part2 and pages
    assert all(REDISCLOSURE_NOTICE not in page for page in pages)


def test_substances_and_last_use_print_on_a_part2_packet_only() -> None:
    facts = DischargeFacts(substances="Methamphetamine", last_use_on=date(2026, 3, 2))
    part2 = " ".join(pages_of(render_discharge_summary(
        replace(DISCHARGE, part2=True, discharge=facts), invariant=True).pdf))
    plain = " ".join(pages_of(render_discharge_summary(
        replace(DISCHARGE, discharge=facts), invariant=True).pdf))

    flowing = " ".join(part2.split())
    assert (f"{PART2_HEADING} Substances Methamphetamine Last use 2026-03-02" in flowing)
    assert flowing.index("Advance directives") < flowing.index(PART2_HEADING)
    assert PART2_HEADING not in plain and "Methamphetamine" not in plain
