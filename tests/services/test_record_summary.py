"""The Overview's clinical record at a glance, read in one call on either engine."""

from __future__ import annotations

from datetime import date, time

import pytest

from coordinator.domain.clinical_record import (
    AllergyStatus,
    AppointmentKind,
    AppointmentStatus,
    DirectiveKind,
    DoseUnit,
    MedicationFrequency,
    MedicationRoute,
    MedicationStatus,
)
from coordinator.domain.errors import NotFound
from coordinator.services.allergies import AllergyInput
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.clinician import ClinicianInput
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.directives import DirectiveInput
from coordinator.services.dto import ClientInput
from coordinator.services.medications import MedicationInput
from coordinator.services.record_summary import DirectiveLine, NextAppointment, ProblemLine
from coordinator.services.safety_plans import SafetyPlanInput
from coordinator.store.engine import Database
from tests.services.helpers import SteppingClock, admin_services

# 3 March 2026, 9:00 UTC: the same calendar day at the clinic wherever the tests run in the
# Americas or Europe.
TODAY = date(2026, 3, 3)


@pytest.fixture
def services(database: Database) -> AppServices:
    return admin_services(database, SteppingClock())


def test_a_new_client_has_nothing_recorded_and_not_asked_is_not_no_known_allergies(
        services: AppServices) -> None:
    client = services.clients.create(ClientInput("Dara", "Sok", date(1990, 7, 9)))

    summary = services.summary.summary(client.id, today=TODAY)

    assert summary.problems == () and summary.allergies == ()
    assert summary.allergy_status == AllergyStatus.NOT_ASKED.value
    assert (summary.active_medications, summary.use_disorder_medications) == (0, 0)
    assert summary.next_appointment is None and summary.past_due_appointments == 0
    assert summary.safety_plan is None and summary.directives == ()
    assert summary.clinician == ""


def test_the_summary_reads_every_part_of_the_record_as_entered(services: AppServices) -> None:
    client = services.clients.create(ClientInput("Dara", "Sok", date(1990, 7, 9))).id
    services.diagnoses.add(client, DiagnosisInput("F10.20"))
    services.diagnoses.add(client, DiagnosisInput("F33.1", is_primary=True))
    resolved = services.diagnoses.add(client, DiagnosisInput("F41.1"))
    services.diagnoses.set_status(resolved.id, resolved.version, "resolved", date(2026, 2, 1))
    services.medications.add(client, MedicationInput(
        "Naltrexone", "50", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.ONCE_DAILY, for_use_disorder=True))
    services.medications.add(client, MedicationInput(
        "Sertraline", "100", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.ONCE_DAILY))
    services.medications.add(client, MedicationInput(
        "Trazodone", "50", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.AT_BEDTIME, status=MedicationStatus.ON_HOLD))
    services.allergies.add(client, AllergyInput("Penicillin", "Hives", "moderate"))
    services.appointments.add(client, AppointmentInput(
        AppointmentKind.THERAPY, date(2026, 3, 1), with_whom="Dr. Ito"))  # past, no outcome
    services.appointments.add(client, AppointmentInput(
        AppointmentKind.PSYCHIATRY, date(2026, 3, 10), time(14, 30), with_whom="Dr. Haddad",
        status=AppointmentStatus.CONFIRMED))
    services.appointments.add(client, AppointmentInput(
        AppointmentKind.PRIMARY_CARE, date(2026, 3, 20)))
    services.safety_plans.save(client, None, SafetyPlanInput(
        date(2026, 3, 2), warning_signs="Not sleeping", coping_strategies="Walk the dog",
        professionals="Call or text 988"))
    services.directives.record(client, DirectiveKind.POLST, None, DirectiveInput(False))
    services.directives.record(client, DirectiveKind.PSYCHIATRIC, None, DirectiveInput(
        True, date(2025, 11, 4), "In the chart", "Rosa Delgado"))
    version = services.clients.get(client).version
    services.clinician.set_clinician(client, version, ClinicianInput(
        "Dr. Ana Ruiz", "MD", "1234567893", "(562) 555-0100"))

    summary = services.summary.summary(client, today=TODAY)

    assert summary.problems == (
        ProblemLine("F33.1", "Major depressive disorder, recurrent, moderate", True),
        ProblemLine("F10.20", "Alcohol dependence, uncomplicated", False))
    assert (summary.allergy_status, summary.allergies) == (
        AllergyStatus.RECORDED.value, ("Penicillin",))
    assert (summary.active_medications, summary.use_disorder_medications) == (2, 1)
    assert summary.next_appointment == NextAppointment(
        date(2026, 3, 10), time(14, 30), AppointmentKind.PSYCHIATRY.value, None, "Dr. Haddad",
        AppointmentStatus.CONFIRMED.value)
    assert summary.past_due_appointments == 1
    assert summary.safety_plan is not None
    assert (summary.safety_plan.plan_number, summary.safety_plan.completed_on,
            summary.safety_plan.completed_by) == (1, date(2026, 3, 2), "Ana Admin")
    assert summary.directives == (DirectiveLine("psychiatric", True, date(2025, 11, 4)),
                                  DirectiveLine("polst", False, None))
    assert summary.clinician == "Dr. Ana Ruiz, MD · NPI 1234567893 · (562) 555-0100"


def test_no_known_allergies_is_read_with_its_day(services: AppServices) -> None:
    client = services.clients.create(ClientInput("Dara", "Sok", date(1990, 7, 9))).id
    services.allergies.record_no_known_allergies(client, date(2026, 3, 2))

    summary = services.summary.summary(client, today=TODAY)

    assert (summary.allergy_status, summary.allergy_status_on, summary.allergies) == (
        AllergyStatus.NO_KNOWN.value, date(2026, 3, 2), ())


def test_a_client_that_does_not_exist_is_named_as_such(services: AppServices) -> None:
    with pytest.raises(NotFound):
        services.summary.summary(999_999, today=TODAY)
