"""Roles are enforced inside the services, not only by hiding buttons."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from coordinator.domain.clinical_record import (
    AppointmentKind,
    AppointmentStatus,
    DiagnosisStatus,
    DirectiveKind,
    DoseUnit,
    MedicationFrequency,
    MedicationRoute,
)
from coordinator.domain.consent import Recipient, Signer
from coordinator.domain.errors import PermissionDenied
from coordinator.domain.intake import InquirySource
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import (
    Instrument,
    NoteKind,
    ReferralCategory,
    ReferralStatus,
)
from coordinator.services.allergies import AllergyInput
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.attendance_views import AttendanceMark, ScheduleInput
from coordinator.services.audit_query import AuditFilter
from coordinator.services.care import (
    DischargeDetails,
    EpisodeInput,
    LevelInput,
    TransitionCompletion,
    TransitionPlan,
)
from coordinator.services.care_plan_views import (
    GoalInput,
    InterventionInput,
    ObjectiveInput,
    ReviewInput,
)
from coordinator.services.clinician import ClinicianInput
from coordinator.services.consent_views import ConsentInput
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.directives import DirectiveInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.intake_views import InquiryInput
from coordinator.services.medications import MedicationInput
from coordinator.services.packets import PacketRequest, PreparedPacket
from coordinator.services.readiness import ReadinessInput
from coordinator.services.referral_views import ReferralInput
from coordinator.services.safety_plans import SafetyPlanInput
from coordinator.services.team import CareTeamInput, NoteInput
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Base
from tests.services.helpers import add_user, admin_services, signed_in
from tests.sqlite_damage import BACKUP_PASSPHRASE

# Every public service method that changes data, with arguments for a try.
WRITES: dict[str, Callable[[AppServices, dict[str, Any]], object]] = {
    "users.add_user": lambda s, k: s.users.add_user("eve", "Eve", Role.ADMIN, "password-123"),
    "users.set_active": lambda s, k: s.users.set_active(k["admin_id"], False, 1),
    "users.change_role": lambda s, k: s.users.change_role(k["self_id"], Role.ADMIN, 1),
    "users.reset_password": lambda s, k: s.users.reset_password(k["admin_id"], "new-pass-1", 1),
    "settings.update": lambda s, k: s.settings.update({"clinic_name": "Taken over"}),
    "clients.create": lambda s, k: s.clients.create(ClientInput("Eve", "Intruder")),
    "clients.update": lambda s, k: s.clients.update(
        k["client_id"], 1, ClientInput("Changed", "Name")),
    "clients.archive": lambda s, k: s.clients.archive(k["client_id"], 1),
    "backup.backup_to": lambda s, k: s.backup.backup_to(k["tmp"] / "copy.sqlite3",
                                                        BACKUP_PASSPHRASE),
    "backup.restore_from": lambda s, k: s.backup.restore_from(k["tmp"] / "copy.sqlite3"),
    "levels.update_level": lambda s, k: s.levels.update_level(
        "IOP", 1, LevelInput("Intensive Outpatient", "2.1", 6, 19, False, 2)),
    "facilities.create": lambda s, k: s.facilities.create(
        FacilityInput("Harbor Detox", "detox", ("WM",))),
    "facilities.update": lambda s, k: s.facilities.update(
        1, 1, FacilityInput("Harbor Detox", "detox", ("WM",))),
    "facilities.archive": lambda s, k: s.facilities.archive(1, 1),
    "episodes.add": lambda s, k: s.episodes.add(
        k["client_id"], EpisodeInput("IOP", date(2026, 3, 2))),
    "episodes.update": lambda s, k: s.episodes.update(
        1, 1, EpisodeInput("IOP", date(2026, 3, 2))),
    "episodes.begin": lambda s, k: s.episodes.begin(1, 1, date(2026, 3, 2)),
    "episodes.discharge": lambda s, k: s.episodes.discharge(
        1, 1, date(2026, 3, 2), "Discharged home"),
    "episodes.cancel": lambda s, k: s.episodes.cancel(1, 1),
    "episodes.mark_entered_in_error": lambda s, k: s.episodes.mark_entered_in_error(
        1, 1, "Wrong client"),
    "transitions.plan": lambda s, k: s.transitions.plan(
        k["client_id"], None, TransitionPlan("IOP", date(2026, 3, 9), "Intake")),
    "transitions.update": lambda s, k: s.transitions.update(
        1, 1, TransitionPlan("IOP", date(2026, 3, 9), "Intake")),
    "transitions.cancel": lambda s, k: s.transitions.cancel(1, 1),
    "transitions.complete": lambda s, k: s.transitions.complete(
        1, 1, TransitionCompletion(date(2026, 3, 2))),
    "team.add": lambda s, k: s.team.add(k["client_id"], CareTeamInput("Therapist", "Dr. Ito")),
    "team.update": lambda s, k: s.team.update(1, 1, CareTeamInput("Therapist", "Dr. Ito")),
    "team.end": lambda s, k: s.team.end(1, 1, date(2026, 3, 2)),
    "notes.add": lambda s, k: s.notes.add(k["client_id"], NoteInput(
        NoteKind.CALL, "Mother", "Called", datetime(2026, 3, 2, 9, 0, tzinfo=UTC))),
    "notes.mark_entered_in_error": lambda s, k: s.notes.mark_entered_in_error(
        1, 1, "Wrong client"),
    "clocks.rebuild": lambda s, k: s.clocks.rebuild(),
    "referrals.create": lambda s, k: s.referrals.create(k["client_id"], ReferralInput(
        ReferralCategory.HOUSING, "Needs housing", date(2026, 3, 9), facility_id=1)),
    "referrals.update": lambda s, k: s.referrals.update(1, 1, ReferralInput(
        ReferralCategory.HOUSING, "Needs housing", date(2026, 3, 9), facility_id=1)),
    "referrals.change_status": lambda s, k: s.referrals.change_status(
        1, 1, ReferralStatus.ACCEPTED),
    "referrals.letter": lambda s, k: s.referrals.letter(1),
    "referrals.client_letter": lambda s, k: s.referrals.client_letter(1),
    "referrals.save_letter": lambda s, k: s.referrals.save_letter(1, k["tmp"] / "l.pdf"),
    "packets.save": lambda s, k: s.packets.save(
        PacketRequest.discharge(k["client_id"]), k["tmp"] / "p.pdf"),
    "packets.record_printed": lambda s, k: s.packets.record_printed(PreparedPacket(
        PacketRequest.discharge(k["client_id"]), b"%PDF-1.4", 1, "0" * 64, "Dara", "1", "",
        None, False)),
    "packets.save_batch": lambda s, k: s.packets.save_batch(
        [PacketRequest.discharge(k["client_id"])], k["tmp"]),
    "hsds.import_path": lambda s, k: s.hsds.import_path(k["tmp"] / "package"),
    "consents.record": lambda s, k: s.consents.record(k["client_id"], ConsentInput(
        Recipient(class_name="Family"), "Support", "Dates", False, Signer.CLIENT, "Dara Sok",
        date(2026, 3, 2), right_to_revoke_explained=True)),
    "consents.revoke": lambda s, k: s.consents.revoke(1, 1, date(2026, 3, 3)),
    "assessments.record": lambda s, k: s.assessments.record(k["client_id"], AssessmentInput(
        Instrument.PHQ9, date(2026, 3, 2), (1,) * 9)),
    "assessments.address_alert": lambda s, k: s.assessments.address_alert(1, "Called", 1),
    "assessments.mark_entered_in_error": lambda s, k: s.assessments.mark_entered_in_error(
        1, 1, "Wrong client"),
    "attendance.add_schedule": lambda s, k: s.attendance.add_schedule(
        ScheduleInput(1, "IOP", "evening", (0, 1, 3), 180)),
    "attendance.update_schedule": lambda s, k: s.attendance.update_schedule(
        1, 1, ScheduleInput(1, "IOP", "evening", (0, 1, 3), 180)),
    "attendance.archive_schedule": lambda s, k: s.attendance.archive_schedule(1, 1),
    "audit.export_csv": lambda s, k: s.audit.export_csv(AuditFilter(), k["tmp"] / "a.csv"),
    "attendance.mark": lambda s, k: s.attendance.mark(
        1, date(2026, 3, 2), [AttendanceMark(1, "present")]),
    "medications.add": lambda s, k: s.medications.add(k["client_id"], MedicationInput(
        "Sertraline", "100", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.ONCE_DAILY)),
    "medications.update": lambda s, k: s.medications.update(1, 1, MedicationInput(
        "Sertraline", "100", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.ONCE_DAILY)),
    "medications.stop": lambda s, k: s.medications.stop(1, 1, date(2026, 3, 2)),
    "medications.mark_entered_in_error": lambda s, k: s.medications.mark_entered_in_error(
        1, 1, "Wrong client"),
    "allergies.add": lambda s, k: s.allergies.add(k["client_id"], AllergyInput("Penicillin")),
    "allergies.update": lambda s, k: s.allergies.update(1, 1, AllergyInput("Penicillin")),
    "allergies.mark_entered_in_error": lambda s, k: s.allergies.mark_entered_in_error(
        1, 1, "Wrong client"),
    "allergies.record_no_known_allergies": lambda s, k: s.allergies.record_no_known_allergies(
        k["client_id"], date(2026, 3, 2)),
    "safety_plans.save": lambda s, k: s.safety_plans.save(k["client_id"], None, SafetyPlanInput(
        completed_on=date(2026, 3, 2), warning_signs="Not sleeping",
        coping_strategies="Walk the dog", professionals="Call or text 988")),
    "safety_plans.mark_entered_in_error": lambda s, k: s.safety_plans.mark_entered_in_error(
        1, 1, "Wrong client"),
    "diagnoses.add": lambda s, k: s.diagnoses.add(k["client_id"], DiagnosisInput("F33.1")),
    "diagnoses.update": lambda s, k: s.diagnoses.update(1, 1, DiagnosisInput("F33.1")),
    "diagnoses.set_status": lambda s, k: s.diagnoses.set_status(
        1, 1, DiagnosisStatus.RESOLVED, date(2026, 3, 2)),
    "diagnoses.mark_entered_in_error": lambda s, k: s.diagnoses.mark_entered_in_error(
        1, 1, "Wrong client"),
    "directives.record": lambda s, k: s.directives.record(
        k["client_id"], DirectiveKind.PSYCHIATRIC, None, DirectiveInput(present=False)),
    "clinician.set_clinician": lambda s, k: s.clinician.set_clinician(
        k["client_id"], 1, ClinicianInput("Dr. Ana Ruiz", "MD", "1234567893")),
    "appointments.add": lambda s, k: s.appointments.add(
        k["client_id"], AppointmentInput(AppointmentKind.THERAPY, date(2026, 3, 2))),
    "appointments.update": lambda s, k: s.appointments.update(
        1, 1, AppointmentInput(AppointmentKind.THERAPY, date(2026, 3, 2))),
    "appointments.record_outcome": lambda s, k: s.appointments.record_outcome(
        1, 1, AppointmentStatus.KEPT),
    "episodes.update_discharge_details": lambda s, k: s.episodes.update_discharge_details(
        1, 1, DischargeDetails(discharge_condition="improved")),
    "inquiries.create": lambda s, k: s.inquiries.create(
        k["client_id"], InquiryInput(InquirySource.SELF, date(2026, 3, 2))),
    "inquiries.update": lambda s, k: s.inquiries.update(
        1, 1, InquiryInput(InquirySource.SELF, date(2026, 3, 2))),
    "readiness.record": lambda s, k: s.readiness.record(k["client_id"], ReadinessInput(
        date(2026, 3, 2), "IOP", ())),
    "readiness.update": lambda s, k: s.readiness.update(1, 1, ReadinessInput(
        date(2026, 3, 2), "IOP", ())),
    "care_plans.start_plan": lambda s, k: s.care_plans.start_plan(
        k["client_id"], date(2026, 3, 2)),
    "care_plans.add_goal": lambda s, k: s.care_plans.add_goal(1, GoalInput(1, "Sleep")),
    "care_plans.update_goal": lambda s, k: s.care_plans.update_goal(
        1, 1, GoalInput(1, "Sleep")),
    "care_plans.add_objective": lambda s, k: s.care_plans.add_objective(
        1, ObjectiveInput("Sleep 7 hours", date(2026, 3, 30))),
    "care_plans.update_objective": lambda s, k: s.care_plans.update_objective(
        1, 1, ObjectiveInput("Sleep 7 hours", date(2026, 3, 30))),
    "care_plans.add_intervention": lambda s, k: s.care_plans.add_intervention(
        1, InterventionInput("Group", "video", "Weekly", 1)),
    "care_plans.update_intervention": lambda s, k: s.care_plans.update_intervention(
        1, 1, InterventionInput("Group", "video", "Weekly", 1)),
    "care_plans.record_review": lambda s, k: s.care_plans.record_review(
        1, ReviewInput(date(2026, 3, 30), True)),
    "care_plans.revise": lambda s, k: s.care_plans.revise(1, 1, date(2026, 3, 30), "New"),
}
# Public methods that only read (or, like login, act for the caller themselves).
READS_OR_SELF = {
    "auth.has_users", "auth.create_first_admin", "auth.login", "auth.logout",
    "auth.record_idle_lock", "auth.unlock", "auth.change_own_password",
    "users.list_users", "users.case_managers", "audit.verify", "audit.count", "audit.recent",
    "audit.checkpoint",
    "audit.page", "audit.count_matching", "audit.people", "audit.client_named",
    # A user's own record of what they were shown:
    "audit.log_view", "audit.log_search", "audit.log_export", "clients.reload",
    "settings.all", "settings.get", "settings.is_demo", "clients.get",
    "clients.find_by_record_number", "clients.likely_duplicates", "clients.search",
    "clients.count", "registry.page", "registry.count", "registry.first_page",
    "dashboard.census",
    "dashboard.upcoming_transitions",
    "resources.search", "resources.get", "resources.categories", "resources.languages",
    "facilities.list_facilities", "facilities.get",
    "dashboard.my_caseload", "dashboard.count_upcoming", "clocks.caseload_clocks",
    "clocks.urgent",
    "levels.list_levels", "levels.get_level", "episodes.episodes_of", "episodes.get",
    "episodes.current_episode", "episodes.facilities_offering", "transitions.transitions_of",
    "transitions.get", "journey.journey", "team.members_of", "notes.notes_of",
    "referrals.get", "referrals.referrals_of", "referrals.open_referrals_of",
    "referrals.history", "referrals.page", "referrals.count", "referrals.overdue",
    "referrals.service_choices",
    "consents.consents_of", "consents.get", "consents.active_consent_for",
    "consents.organization_choices",
    "hsds.export_to", "packets.prepare", "packets.disclosures_of",
    "assessments.assessments_of", "assessments.trends", "assessments.open_alerts_of",
    "assessments.alerts_of", "assessments.open_alerts", "assessments.due",
    "attendance.schedules", "attendance.get_schedule", "attendance.roll_call",
    "attendance.outreach", "attendance.modality_adherence",
    "summary.summary", "medications.medications_of", "allergies.allergies_of",
    "safety_plans.current", "safety_plans.history", "assessments.cssrs_screened_since",
    "diagnoses.search_codes", "diagnoses.problems_of", "directives.directives_of",
    "clinician.clinician_of", "appointments.appointments_of", "appointments.appointment",
    "appointments.care_team_choices", "dashboard.appointments",
    "episodes.facilities_by_level",
    "inquiries.get", "inquiries.inquiries_of", "inquiries.open_inquiries",
    "readiness.get", "readiness.assessments_of", "readiness.latest", "readiness.required",
    "care_plans.current", "care_plans.plan", "care_plans.versions_of",
    "care_plans.staff_choices", "care_plans.due_reviews",
}


def public_methods(services: AppServices) -> set[str]:
    names = set()
    for area, service in vars(services).items():
        if area in ("db", "ctx"):
            continue
        for name, _method in inspect.getmembers(service, inspect.ismethod):
            if not name.startswith("_"):
                names.add(f"{area}.{name}")
    return names


def row_counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as connection:
        return {name: connection.execute(select(func.count()).select_from(table)).scalar_one()
                for name, table in Base.metadata.tables.items()}


def test_every_service_method_is_classified(database: Database) -> None:
    services = AppServices(database)
    unclassified = public_methods(services) - set(WRITES) - READS_OR_SELF
    assert not unclassified, f"classify these in WRITES or READS_OR_SELF: {unclassified}"


@pytest.mark.parametrize("method", sorted(WRITES))
def test_a_read_only_user_cannot_write_through_any_service(
        database: Database, tmp_path: Path, method: str) -> None:
    admin = admin_services(database)
    client = admin.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    add_user(admin, "reader", Role.READ_ONLY)
    reader = signed_in(database, "reader")
    reader_id = reader.ctx.require_signed_in().user_id
    admin_id = admin.ctx.require_signed_in().user_id
    if method == "backup.restore_from" and database.sqlite_path is not None:
        admin.backup.backup_to(tmp_path / "copy.sqlite3", BACKUP_PASSPHRASE)
    before = row_counts(database)
    with pytest.raises(PermissionDenied, match=r"Read-only\) does not allow"):
        WRITES[method](reader, {"admin_id": admin_id, "self_id": reader_id,
                                "client_id": client.id, "tmp": tmp_path})
    assert row_counts(database) == before
    assert admin.clients.get(client.id).details.given_name == "Dara"


def test_a_case_manager_may_edit_clients_but_not_users_or_settings(database: Database) -> None:
    admin = admin_services(database)
    add_user(admin, "maria", Role.CASE_MANAGER)
    maria = signed_in(database, "maria")
    created = maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    assert created.case_manager_name == "Maria"
    with pytest.raises(PermissionDenied, match="manage user accounts"):
        maria.users.add_user("eve", "Eve", Role.ADMIN, "password-123")
    with pytest.raises(PermissionDenied, match="change clinic settings"):
        maria.settings.update({"clinic_name": "Elsewhere"})
    with pytest.raises(PermissionDenied, match="view the audit trail"):
        maria.audit.recent()


def test_nothing_works_before_sign_in(database: Database) -> None:
    admin_services(database)
    anonymous = AppServices(database)
    with database.engine.connect() as connection:
        events = connection.execute(select(func.count(AuditEvent.id))).scalar_one()
    with pytest.raises(PermissionDenied, match="Sign in first"):
        anonymous.clients.create(ClientInput("No", "Body"))
    with pytest.raises(PermissionDenied, match="Sign in first"):
        anonymous.clients.search("")
    with database.engine.connect() as connection:
        assert connection.execute(select(func.count(AuditEvent.id))).scalar_one() == events
