"""What a receiving clinician reads in a transfer or discharge summary, entered through the
services as a case manager enters it and read back from the PDF: the stay's dates, the
responsible clinician, the condition and treatment of this stay, current risk with the
safety plan, advance directives, the planned next level with its open clocks and booked
appointments; "No known allergies" apart from "None recorded"; Part 2 sections only on a
Part 2 packet; and a discharge summary for a client still in care only once confirmed."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time

import pytest
from pypdf import PdfReader

from coordinator.domain.clinical_record import (
    AppointmentKind,
    DirectiveKind,
    DischargeCondition,
    DoseUnit,
    FirearmsAccess,
    HousingStatus,
    LegalStatus,
    MedicationFrequency,
    MedicationRoute,
)
from coordinator.domain.clocks import ClockState
from coordinator.domain.episodes import StillInCare
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import AttendanceStatus, CareFocus, Instrument, Track
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.attendance_views import AttendanceMark, ScheduleInput
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.care.dto import DischargeDetails
from coordinator.services.clinician import ClinicianInput
from coordinator.services.directives import DirectiveInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.medications import MedicationInput
from coordinator.services.packets import PacketRequest
from coordinator.services.safety_plans import SafetyPlanInput
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, add_user, admin_services, signed_in

NOON_APRIL_1 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
TODAY = date(2026, 4, 1)
RES_START, RES_END, IOP_START = date(2026, 3, 2), date(2026, 3, 30), date(2026, 4, 6)
STEPS = ("Not sleeping, pacing at night", "Walk by the river; breathing exercise",
         "Sister's kitchen; the library on Main St", "Mai Sok 562-555-0199",
         "Crisis line 988; Dr. Lopez 562-555-0100", "Medications kept by Mai")


def pages_of(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flowing(pdf: bytes) -> str:
    """The whole text with line breaks folded, so a value wrapped in its cell still reads
    as typed."""
    return " ".join(" ".join(pages_of(pdf)).split())


@pytest.fixture
def admin(database: Database) -> AppServices:
    services = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(services, "maria", Role.CASE_MANAGER)
    services.settings.update({"clinic_name": "Riverside Behavioral Health",
                              "clinic_npi": "1245319599"})
    return services


@pytest.fixture
def maria(database: Database, admin: AppServices) -> AppServices:
    return signed_in(database, "maria", SteppingClock(NOON_APRIL_1))


def stepped_down_client(admin: AppServices, maria: AppServices) -> dict[str, int]:
    """Dara: an old PHP stay with its own disposition and aftercare plan; a residential
    stay ended on March 30 with discharge details; the step-down to Harbor IOP planned for
    April 6 with its intake booked; a responsible clinician; risk screens, a safety plan and
    directives; no known allergies; nothing else."""
    harbor_res = admin.facilities.create(FacilityInput(
        "Harbor Residential", "residential", ("RES",))).id
    harbor_iop = admin.facilities.create(FacilityInput(
        "Harbor IOP", "php_iop", ("IOP", "PHP"), phone="562-555-0140")).id
    client = maria.clients.create(ClientInput(
        "Dara", "Sok", date(1990, 4, 2), sex_at_birth="Female", gender_identity="Woman",
        pronouns="she/her"))
    old = maria.episodes.add(client.id, EpisodeInput("PHP", date(2025, 6, 2), harbor_iop))
    maria.episodes.discharge(old.id, old.version, date(2025, 7, 11), "Completed PHP",
                             "Old plan: weekly therapy at Harbor and a walking group")
    stay = maria.episodes.add(client.id, EpisodeInput("RES", RES_START, harbor_res))
    stay = maria.episodes.discharge(
        stay.id, stay.version, RES_END, "Ready for step-down to IOP",
        "IOP evenings at Harbor; call the case manager after the first week",
        DischargeDetails(
            discharge_condition=DischargeCondition.IMPROVED.value,
            mental_status="Calm, linear thinking; denies suicidal ideation",
            treatment_provided="Daily CBT groups, weekly family session",
            legal_status=LegalStatus.VOLUNTARY.value,
            housing_status=HousingStatus.WITH_FAMILY_OR_FRIENDS.value))
    maria.transitions.plan(
        client.id, stay.id, TransitionPlan("IOP", IOP_START, "Stable for three weeks.",
                                           ("clinically_stable",), harbor_iop),
        intake=AppointmentInput(AppointmentKind.INTAKE, IOP_START, time(10, 0),
                                facility_id=harbor_iop, with_whom="Ana Ruiz",
                                location="Harbor IOP, room 2", level_code="IOP"))
    record = maria.clients.get(client.id)
    maria.clinician.set_clinician(client.id, record.version, ClinicianInput(
        "Maria Lopez", "LCSW", "1234567893", "562-555-0100"))
    maria.assessments.record(client.id, AssessmentInput(
        Instrument.CSSRS, date(2026, 3, 20), risk_level="moderate"))
    maria.assessments.record(client.id, AssessmentInput(
        Instrument.PHQ9, date(2026, 3, 27), item_answers=(2, 1, 1, 1, 0, 1, 1, 0, 1)))
    maria.safety_plans.save(client.id, None, SafetyPlanInput(
        date(2026, 3, 21), *STEPS, FirearmsAccess.NO_ACCESS, "My daughter"))
    maria.directives.record(client.id, DirectiveKind.PSYCHIATRIC, None, DirectiveInput(
        True, date(2025, 11, 2), "Scanned in the chart; original with her sister",
        "Mai Sok", "562-555-0199"))
    maria.directives.record(client.id, DirectiveKind.MEDICAL, None, DirectiveInput(False))
    maria.allergies.record_no_known_allergies(client.id, date(2026, 3, 2))
    return {"client": client.id, "iop": harbor_iop}


def test_a_transfer_summary_holds_what_the_receiving_program_needs_from_this_stay(
        admin: AppServices, maria: AppServices) -> None:
    ids = stepped_down_client(admin, maria)

    prepared = maria.packets.prepare(PacketRequest.transfer(ids["client"], ids["iop"]),
                                     invariant=True)
    text = flowing(prepared.pdf)

    assert not prepared.part2 and "Substance use Substances" not in text
    # The header block: the residential stay, 28 days, who is responsible, the clinic NPI.
    for expected in ("Level of care Residential (RES)", "Facility or program Harbor "
                     "Residential", "Admitted 2026-03-02", "Transfer date 2026-03-30",
                     "Length of stay 28 days", "Maria Lopez, LCSW · NPI 1234567893 · "
                     "562-555-0100", "Clinic NPI 1245319599", "Prepared 2026-04-01 by"):
        assert expected in text, expected
    assert ("Sex at birth Female" in text and "Gender identity Woman" in text
            and "Pronouns she/her" in text)
    # This stay's reason, condition, treatment and aftercare plan; never the old PHP's.
    for expected in ("Reason for transfer Ready for step-down to IOP",
                     "Condition Improved", "Calm, linear thinking; denies suicidal ideation",
                     "Legal status Voluntary", "Housing Staying with family or friends",
                     "Daily CBT groups, weekly family session",
                     "No roll call was taken in this stay.",
                     "IOP evenings at Harbor; call the case manager after the first week"):
        assert expected in text, expected
    for old in ("Completed PHP Old", "Old plan: weekly therapy"):
        assert old not in text, old
    # Current risk: the latest screens with dates, the open alert, the whole safety plan.
    assert "C-SSRS screener 2026-03-20: Moderate risk" in text
    assert "PHQ-9 item 9 (thoughts of death or self-harm) 2026-03-27: 1 (several days)" in text
    assert "Open" in text
    assert "Version 1, completed 2026-03-21" in text
    for step in STEPS:
        assert step in text, step
    assert "No access to a firearm" in text and "My daughter" in text
    # Directives: on file with where and who; none; not asked.
    for expected in ("Psychiatric advance directive On file, signed 2025-11-02",
                     "original with her sister", "Mai Sok, 562-555-0199",
                     "Medical advance directive The client has none", "POLST Not asked"):
        assert expected in text, expected
    # Where next, what must happen by when, what is booked.
    assert "Planned next level Intensive Outpatient (IOP) at Harbor IOP, starting 2026-04-06" \
        in text
    open_clocks = [row for row in maria.clocks.caseload_clocks(client_id=ids["client"])
                   if row.state is ClockState.OPEN]
    assert open_clocks
    for clock in open_clocks:
        assert f"by {clock.due.isoformat()}" in text, clock.title
    assert "2026-04-06 10:00 Harbor IOP · Ana Ruiz Harbor IOP, room 2 Intake" in text
    # "No known allergies" where it is true, "None recorded" where nothing is recorded.
    assert "No known allergies." in text and "Not asked: no allergy history" not in text
    assert "Medications None recorded" in text and "Referrals None recorded" in text
    # Three signers: the clinician, the case manager, the receiving clinician.
    for signer in ("Responsible clinician: Maria Lopez, LCSW", "Case manager: ",
                   "Receiving clinician"):
        assert f"Signature: {signer}" in text, signer


def test_a_reason_typed_by_the_case_manager_comes_before_the_stays_disposition(
        admin: AppServices, maria: AppServices) -> None:
    ids = stepped_down_client(admin, maria)

    prepared = maria.packets.prepare(PacketRequest.transfer(
        ids["client"], ids["iop"], "Family asks for evening hours."), invariant=True)

    text = flowing(prepared.pdf)
    assert "Reason for transfer Family asks for evening hours." in text
    # The stay's disposition stays in the levels-of-care history only.
    assert "Reason for transfer Ready for step-down" not in text
    assert "Ready for step-down to IOP" in text


def test_the_reason_for_discharge_is_this_stays_never_an_older_ones(
        admin: AppServices, maria: AppServices) -> None:
    ids = stepped_down_client(admin, maria)

    text = flowing(maria.packets.prepare(PacketRequest.discharge(ids["client"]),
                                         invariant=True).pdf)

    assert "Reason for discharge Ready for step-down to IOP" in text
    assert "Discharged 2026-03-30" in text and "Length of stay 28 days" in text
    assert "Reason for discharge Completed PHP" not in text
    assert "Old plan: weekly therapy" not in text


def test_allergies_never_asked_are_not_printed_as_none_known(
        admin: AppServices, maria: AppServices) -> None:
    client = maria.clients.create(ClientInput("Lan", "Pham", date(1985, 1, 5)))

    text = flowing(maria.packets.prepare(PacketRequest.discharge(client.id),
                                         invariant=True).pdf)

    assert "Not asked: no allergy history was taken." in text
    assert "No known allergies" not in text
    # A client with no stay and no plan: each section says so instead of vanishing.
    for empty in ("Safety plan None recorded", "Aftercare plan None recorded",
                  "Planned next level None recorded"):
        assert empty in text, empty


def test_a_discharge_summary_for_a_client_in_care_is_made_only_once_confirmed(
        admin: AppServices, maria: AppServices) -> None:
    client = maria.clients.create(ClientInput("Ken", "Ito", date(1970, 2, 3)))
    maria.episodes.add(client.id, EpisodeInput("IOP", date(2026, 3, 9)))

    with pytest.raises(StillInCare, match="Ken Ito is still in active care"):
        maria.packets.prepare(PacketRequest.discharge(client.id))

    text = flowing(maria.packets.prepare(PacketRequest.discharge(
        client.id, active_ok=True), invariant=True).pdf)
    assert "Discharged Still in care on 2026-04-01" in text
    assert "Length of stay 23 days so far" in text


def test_a_part2_packet_prints_substances_last_use_and_medication_for_the_use_disorder(
        admin: AppServices, maria: AppServices) -> None:
    client = maria.clients.create(ClientInput("Rosa", "Vega", date(1988, 8, 8)))
    stay = maria.episodes.add(client.id, EpisodeInput(
        "RES", RES_START, focus=CareFocus.SUBSTANCE_USE.value))
    maria.episodes.discharge(stay.id, stay.version, RES_END, "Completed residential",
                             details=DischargeDetails(substances="Alcohol, cannabis",
                                                      last_use_on=date(2026, 3, 1)))
    maria.medications.add(client.id, MedicationInput(
        "Buprenorphine-naloxone", "8", DoseUnit.MG, MedicationRoute.SUBLINGUAL_FILM,
        MedicationFrequency.ONCE_DAILY, for_use_disorder=True))

    prepared = maria.packets.prepare(PacketRequest.discharge(client.id), invariant=True)

    text = flowing(prepared.pdf)
    assert prepared.part2
    assert "Substances Alcohol, cannabis" in text and "Last use 2026-03-01" in text
    assert ("Medication for a substance-use disorder Buprenorphine-naloxone 8 mg, "
            "Sublingual film, Once daily") in text


def test_treatment_provided_counts_the_roll_call_of_this_stay(
        admin: AppServices, maria: AppServices) -> None:
    program = admin.facilities.create(FacilityInput("Harbor PHP", "php_iop", ("PHP",))).id
    schedule = admin.attendance.add_schedule(ScheduleInput(
        program, "PHP", Track.MORNING.value, (0, 1, 2, 3, 4), 300, time(9, 0)))
    client = maria.clients.create(ClientInput("Ana", "Diaz", date(1992, 5, 6)))
    stay = maria.episodes.add(client.id, EpisodeInput(
        "PHP", date(2026, 3, 2), program, track=Track.MORNING.value))
    marks = {date(2026, 3, 2): AttendanceStatus.PRESENT, date(2026, 3, 3):
             AttendanceStatus.PRESENT, date(2026, 3, 4): AttendanceStatus.UNEXCUSED,
             date(2026, 3, 5): AttendanceStatus.EXCUSED, date(2026, 3, 6):
             AttendanceStatus.PRESENT}
    for day, status in marks.items():
        maria.attendance.mark(schedule.id, day, [AttendanceMark(stay.id, status.value)])
    stay = maria.episodes.get(stay.id)
    maria.episodes.discharge(stay.id, stay.version, date(2026, 3, 6), "Moved away")

    text = flowing(maria.packets.prepare(PacketRequest.discharge(client.id),
                                         invariant=True).pdf)

    # Three attended of four expected (the excused day counts on neither side), 5 h each.
    assert ("3 of 4 expected sessions attended (75% adherence), 15.0 hours; 1 excused "
            "absence") in text
    assert "Partial Hospitalization (PHP), in person, morning track" in text
