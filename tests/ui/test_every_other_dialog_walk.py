"""Every dialog the other two walks do not open fits a small screen and follows the keyboard.

The size test (``test_every_window_fits_small_screens``) and the tab-order test
(``test_every_dialog_tab_chain``) open the windows a person starts from. The dialogs here are
opened on a row that already exists (a problem to edit, a note entered in error, a referral
to close, a missed clock to close out …), so one client with a full record is written
through the services first. Each dialog is then built from the views the services return,
shown on a 1280×720 screen and on 1366×768 at 125 % (≈1093×614) with every button in reach,
and walked with real Tab presses in reading order with no Alt key claimed twice.

The last test makes the walks complete: every dialog and main window class of the app must
be opened by one of the three files, so a new dialog cannot be added without a walk.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, time, timedelta
from types import CodeType
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

import coordinator.ui
from coordinator.domain.clinical_record import (
    AppointmentKind,
    DirectiveKind,
    DoseUnit,
    MedicationFrequency,
    MedicationRoute,
)
from coordinator.domain.consent import Recipient, RevocationMethod, Signer
from coordinator.domain.roles import Role
from coordinator.domain.vocabulary import Instrument, NoteKind, ReferralCategory
from coordinator.services.app import AppServices
from coordinator.services.appointments import AppointmentInput
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.attendance_views import ScheduleInput
from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.care_plan_views import GoalInput, InterventionInput, ObjectiveInput
from coordinator.services.clinician import ClinicianInput
from coordinator.services.consent_views import ConsentInput
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.directives import DirectiveInput
from coordinator.services.dto import ClientInput
from coordinator.services.medications import MedicationInput
from coordinator.services.referral_views import ReferralInput
from coordinator.services.reports import ReportFilters, ReportPeriod
from coordinator.services.safety_plans import CRISIS_LINES, SafetyPlanInput
from coordinator.services.team import CareTeamInput, NoteInput
from coordinator.store.engine import Database
from coordinator.ui.admin.user_dialogs import ChangeRoleDialog, ResetPasswordDialog
from coordinator.ui.attendance.schedule_dialog import ScheduleDialog, read_program_choices
from coordinator.ui.care.transition_dialog import CompleteTransitionDialog
from coordinator.ui.context import UiContext
from coordinator.ui.first_run import FirstRunDialog
from coordinator.ui.guide import GuideDialog, shortcut_lines
from coordinator.ui.language_dialog import LanguageDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.record.appointment_dialogs import AppointmentDialog, OutcomeDialog
from coordinator.ui.record.appointments_tab import read_appointments
from coordinator.ui.record.assessment_dialogs import AddressAlertDialog, AssessmentInErrorDialog
from coordinator.ui.record.care_plan_dialogs import (
    GoalDialog,
    InterventionDialog,
    ObjectiveDialog,
    ReviewDialog,
    RevisePlanDialog,
    StartPlanDialog,
)
from coordinator.ui.record.clinician_dialog import ClinicianDialog
from coordinator.ui.record.consent_dialogs import RevokeConsentDialog
from coordinator.ui.record.directive_widgets import DirectiveDialog
from coordinator.ui.record.medication_dialogs import StopMedicationDialog
from coordinator.ui.record.problem_dialogs import (
    EditProblemDialog,
    ProblemInErrorDialog,
    ProblemStatusDialog,
)
from coordinator.ui.record.safety_plan_widgets import SafetyPlanInErrorDialog
from coordinator.ui.record.team_notes_dialogs import EndMemberDialog, NoteInErrorDialog
from coordinator.ui.referrals.detail import ReferralDetailDialog
from coordinator.ui.referrals.dialogs import StatusChangeDialog
from coordinator.ui.reports.case_list import CaseListDialog
from coordinator.ui.screen_fit import assume_available_size
from coordinator.ui.unlock import UnlockDialog
from coordinator.ui.views.clock_worklist import CloseOutDialog
from tests.services.helpers import SteppingClock, add_user, admin_services
from tests.ui.care_helpers import NOON_APRIL_1, add_facilities, days_ago
from tests.ui.test_every_dialog_tab_chain import assert_follows_the_keyboard
from tests.ui.test_every_window_fits_small_screens import BUILDS as SIZE_BUILDS
from tests.ui.test_every_window_fits_small_screens import SMALL_SCREENS, out_of_room

#: A dialog to open, built afresh each time it is shown.
Opening = Callable[[], QWidget]


@pytest.fixture
def services(database: Database) -> AppServices:
    """Administrator Ana on 1 April 2026: she may open every dialog, the accounts' and the
    programs' too. Case manager Carla has an account to change."""
    admin = admin_services(database, SteppingClock(NOON_APRIL_1))
    add_user(admin, "carla", Role.CASE_MANAGER)
    return admin


@dataclass(frozen=True)
class Clinic:
    dara: int  # in IOP with a full record and a step down to OP planned
    ruiz: int  # left inpatient 20 days ago with no step down: a missed clock
    riverbend: int  # the clinic's own IOP/PHP program


@pytest.fixture
def clinic(services: AppServices, database: Database) -> Clinic:
    facilities = add_facilities(database)
    dara = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
    stay = services.episodes.add(dara, EpisodeInput("IOP", days_ago(30)))
    services.transitions.plan(dara, stay.id, TransitionPlan(
        "OP", days_ago(-3), "Attends every group; ready for weekly therapy.",
        ("clinically_stable",)))
    services.diagnoses.add(dara, DiagnosisInput("F33.1", is_primary=True))
    services.medications.add(dara, MedicationInput(
        "Sertraline", "100", DoseUnit.MG, MedicationRoute.BY_MOUTH,
        MedicationFrequency.ONCE_DAILY, "Dr. Omar Haddad", date(2025, 6, 1)))
    services.notes.add(dara, NoteInput(NoteKind.CALL, "Mother", "Asked about visiting hours.",
                                       NOON_APRIL_1 - timedelta(hours=2)))
    services.team.add(dara, CareTeamInput("Psychiatrist", "Dr. Omar Haddad",
                                          start_date=date(2026, 1, 5)))
    services.assessments.record(dara, AssessmentInput(
        Instrument.PHQ9, days_ago(1), (3, 3, 2, 2, 2, 1, 1, 1, 1)))  # item 9: an alert
    services.consents.record(dara, ConsentInput(
        recipient=Recipient(facility_id=facilities["clinic"]), purpose="Continuity of care",
        information_description="Diagnoses, medications, levels of care",
        includes_part2=False, signed_by=Signer.CLIENT, signer_name="Dara Sok",
        signed_on=days_ago(7), expires_on=date(2026, 9, 25), right_to_revoke_explained=True,
        discloser="Riverbend IOP/PHP", revocation_method=RevocationMethod.IN_WRITING,
        revocation_contact="Privacy Officer, Riverbend IOP/PHP"))
    services.referrals.create(dara, ReferralInput(
        ReferralCategory.HOUSING, "Needs a sober-living bed after IOP.", days_ago(-7),
        facility_id=facilities["clinic"]))
    services.appointments.add(dara, AppointmentInput(
        AppointmentKind.PSYCHIATRY, days_ago(2), time(15, 0), with_whom="Dr. Omar Haddad"))
    services.directives.record(dara, DirectiveKind.PSYCHIATRIC, None, DirectiveInput(
        present=True, signed_on=date(2025, 11, 4), location="Copy scanned in the chart",
        agent_name="Sofía Sok", agent_phone="(562) 555-0148"))
    services.safety_plans.save(dara, None, SafetyPlanInput(
        completed_on=days_ago(1), warning_signs="Not sleeping", coping_strategies="Walk the dog",
        professionals=CRISIS_LINES + "(916) 555-0100"))
    record = services.clients.get(dara)
    services.clinician.set_clinician(dara, record.version, ClinicianInput(
        "Dr. Ana Ruiz", "MD", "1234567893", "562-555-0100"))
    services.attendance.add_schedule(ScheduleInput(
        facilities["riverbend"], "IOP", "evening", (0, 1, 3), 180, time(17, 30)))

    ruiz = services.clients.create(ClientInput("Ben", "Ruiz", date(1990, 1, 1))).id
    inpatient = services.episodes.add(ruiz, EpisodeInput("INP", days_ago(28)))
    services.episodes.discharge(inpatient.id, inpatient.version, days_ago(20), "Stable")
    return Clinic(dara, ruiz, facilities["riverbend"])


@pytest.fixture
def small_screen() -> Iterator[None]:
    yield
    assume_available_size(None)


def settle(qtbot: QtBot, ui: UiContext) -> None:
    qtbot.waitUntil(lambda: ui.operations.pending() == 0, timeout=20000)


def close(qtbot: QtBot, ui: UiContext, top: QWidget) -> None:
    top.close()
    settle(qtbot, ui)


def shown_on_small_screens(qtbot: QtBot, ui: UiContext, name: str,
                           build: Opening) -> QWidget:
    """``name`` built afresh and shown on each small screen in turn, every button of it in
    reach; the one on the smallest screen is left open."""
    top: QWidget | None = None
    for screen, size in SMALL_SCREENS.items():
        if top is not None:
            close(qtbot, ui, top)
        assume_available_size(size)
        top = build()
        qtbot.addWidget(top)
        top.show()
        qtbot.waitExposed(top)
        settle(qtbot, ui)
        assert out_of_room(top, QRect(QPoint(0, 0), size)) == [], f"{name} on {screen}"
    assert top is not None
    return top


def walk(qtbot: QtBot, ui: UiContext, openings: dict[str, Opening], *,
         keyboard: bool = True) -> None:
    """Each dialog on both small screens, then (``keyboard``) Tab round it."""
    for name, build in openings.items():
        top = shown_on_small_screens(qtbot, ui, name, build)
        if keyboard:
            try:
                assert_follows_the_keyboard(qtbot, top)
            except AssertionError as problem:
                raise AssertionError(f"{name}: {problem}") from None
        close(qtbot, ui, top)


# The dialogs opened on a row of the record -----------------------------------------------


def record_row_dialogs(ui: UiContext, clinic: Clinic) -> dict[str, Opening]:
    services, client_id = ui.services, clinic.dara
    problem = services.diagnoses.problems_of(client_id)[0]
    medication = services.medications.medications_of(client_id)[0]
    member = services.team.members_of(client_id)[0]
    note = services.notes.notes_of(client_id)[0]
    appointment = services.appointments.appointments_of(client_id)[0]
    return {
        "edit problem": lambda: EditProblemDialog(ui, problem),
        "problem status": lambda: ProblemStatusDialog(ui, problem),
        "problem in error": lambda: ProblemInErrorDialog(ui, problem),
        "stop medication": lambda: StopMedicationDialog(ui, medication),
        "end care team member": lambda: EndMemberDialog(ui, member),
        "note in error": lambda: NoteInErrorDialog(ui, note),
        "appointment outcome": lambda: OutcomeDialog(ui, appointment),
    }


def safety_dialogs(ui: UiContext, clinic: Clinic) -> dict[str, Opening]:
    services, client_id = ui.services, clinic.dara
    (alert,) = services.assessments.open_alerts_of(client_id)
    (assessment,) = services.assessments.assessments_of(client_id)
    plan = services.safety_plans.current(client_id)
    assert plan is not None
    (consent,) = services.consents.consents_of(client_id)
    directive = next(row for row in services.directives.directives_of(client_id)
                     if row.kind == DirectiveKind.PSYCHIATRIC)
    return {
        "safety alert addressed": lambda: AddressAlertDialog(ui, alert),
        "assessment in error": lambda: AssessmentInErrorDialog(ui, assessment),
        "safety plan in error": lambda: SafetyPlanInErrorDialog(ui, plan),
        "revoke consent": lambda: RevokeConsentDialog(ui, consent),
        "advance directive": lambda: DirectiveDialog(ui, directive),
    }


# The dialogs on care, referrals, clocks, reports and programs ----------------------------


def care_and_clinic_dialogs(ui: UiContext, clinic: Clinic) -> dict[str, Opening]:
    services = ui.services
    care = services.record.care(clinic.dara)
    (planned,) = [row for row in care.transitions if row.status == "planned"]
    source = next(row for row in care.episodes if row.id == planned.from_episode_id)
    level = next(row for row in care.levels if row.code == planned.to_level_code)
    birth_date = services.clients.get(clinic.dara).details.birth_date
    (referral,) = services.referrals.referrals_of(clinic.dara)
    missed = next(row for row in services.clocks.worklist(caseload_only=False).missed
                  if row.client_id == clinic.ruiz)
    sheet = services.reports.sheet("step-down", ReportPeriod(days_ago(60), days_ago(1)),
                                   ReportFilters())
    misses = services.reports.open_list(sheet, "step_down.misses")
    assert misses.rows, "a step-down missed in the period is listed"
    (schedule,) = services.attendance.schedules()
    programs = read_program_choices(services)
    return {
        "complete transition": lambda: CompleteTransitionDialog(
            ui, planned, source, level, levels=care.levels, birth_date=birth_date),
        "change referral status": lambda: StatusChangeDialog(ui, referral),
        "close referral": lambda: StatusChangeDialog(ui, referral, closing=True),
        "referral details": lambda: ReferralDetailDialog(ui, referral.id),
        "close out a missed clock": lambda: CloseOutDialog(ui, missed),
        "clients behind a figure": lambda: CaseListDialog(misses, sheet),
        "new program track": lambda: ScheduleDialog(ui, None, programs),
        "edit program track": lambda: ScheduleDialog(ui, schedule, programs),
    }


# The app's own dialogs and the administrator's ------------------------------------------


def app_and_account_dialogs(ui: UiContext, main: MainWindow) -> dict[str, Opening]:
    """``main``: the main window, whose shortcuts the quick guide lists (as Help → Quick
    guide gathers them)."""
    views = [(entry.title, main.views.built[entry.key]) for entry in main.entries
             if entry.key in main.views.built]
    lines = shortcut_lines(main, views)
    assert lines, "the guide lists the main window's shortcuts"
    carla = next(user for user in ui.services.users.list_users() if user.username == "carla")
    return {
        "welcome": lambda: FirstRunDialog(ui),
        "quick guide": lambda: GuideDialog(lines),
        "language": lambda: LanguageDialog(main.preferences),
        "reset password": lambda: ResetPasswordDialog(ui, carla),
        "change role": lambda: ChangeRoleDialog(ui, carla),
        "unlock": lambda: UnlockDialog(str(ui.services.db.display_name)),
    }


# Dialogs whose keys the tab-order test walks: here on small screens too ------------------


def appointment_clinician_and_care_plan_dialogs(ui: UiContext,
                                                clinic: Clinic) -> dict[str, Opening]:
    services = ui.services
    choices = read_appointments(services, clinic.dara).choices
    appointment = services.appointments.appointments_of(clinic.dara)[0]
    clinician = services.clinician.clinician_of(clinic.dara)
    problems = services.diagnoses.problems_of(clinic.dara)
    plans = services.care_plans
    plan = plans.start_plan(clinic.dara, days_ago(10))
    plan = plans.add_goal(plan.id, GoalInput(problems[0].id,
                                             "I want to sleep through the night."))
    plan = plans.add_objective(plan.goals[0].id, ObjectiveInput(
        "Asleep by midnight five nights a week", days_ago(-30)))
    staff = plans.staff_choices()
    plan = plans.add_intervention(plan.goals[0].id, InterventionInput(
        "Sleep hygiene group", "in_person", "Weekly", staff[0][0]))
    goal = plan.goals[0]
    return {
        "new appointment": lambda: AppointmentDialog(ui, clinic.dara, choices),
        "edit appointment": lambda: AppointmentDialog(ui, clinic.dara, choices, appointment),
        "responsible clinician": lambda: ClinicianDialog(ui, clinician),
        "start care plan": lambda: StartPlanDialog(ui, clinic.dara),
        "goal": lambda: GoalDialog(ui, plan, problems, goal),
        "objective": lambda: ObjectiveDialog(ui, goal, goal.objectives[0]),
        "intervention": lambda: InterventionDialog(ui, goal, staff, goal.interventions[0]),
        "care plan review": lambda: ReviewDialog(ui, plan),
        "revise care plan": lambda: RevisePlanDialog(ui, plan),
    }


WalkedWithKeys = Callable[[UiContext, Clinic], dict[str, Opening]]

#: The dialogs shown on small screens and walked with the keyboard here, in groups that
#: share one written record.
WALKED_HERE: dict[str, WalkedWithKeys] = {
    "on a problem, medication, team member, note or appointment": record_row_dialogs,
    "on a safety alert, assessment, safety plan, consent or directive": safety_dialogs,
    "on a transition, referral, missed clock, report list or track": care_and_clinic_dialogs,
}

#: The dialogs only shown on small screens here (the tab-order test walks their keys,
#: opened from the record window or in its care plan test).
SIZED_HERE = appointment_clinician_and_care_plan_dialogs
KEYS_WALKED_BY_THE_TAB_ORDER_TEST = {
    "AppointmentDialog", "ClinicianDialog", "StartPlanDialog", "GoalDialog",
    "ObjectiveDialog", "InterventionDialog", "ReviewDialog", "RevisePlanDialog"}


@pytest.mark.parametrize("group", list(WALKED_HERE), ids=list(WALKED_HERE))
def test_the_dialogs_opened_on_a_row_fit_small_screens_and_follow_the_keyboard(
        qtbot: QtBot, ui: UiContext, clinic: Clinic, small_screen: None, group: str) -> None:
    walk(qtbot, ui, WALKED_HERE[group](ui, clinic))


def test_the_welcome_guide_and_account_dialogs_fit_small_screens_and_follow_the_keyboard(
        qtbot: QtBot, ui: UiContext, small_screen: None) -> None:
    main = MainWindow(ui)
    qtbot.addWidget(main)
    settle(qtbot, ui)
    walk(qtbot, ui, app_and_account_dialogs(ui, main))
    close(qtbot, ui, main)


def test_the_appointment_clinician_and_care_plan_dialogs_fit_small_screens(
        qtbot: QtBot, ui: UiContext, clinic: Clinic, small_screen: None) -> None:
    walk(qtbot, ui, SIZED_HERE(ui, clinic), keyboard=False)


# Every dialog is walked somewhere --------------------------------------------------------

#: Bases that are never opened as they are, only through their subclasses.
ABSTRACT = {"ServiceFormDialog", "FittedDialog", "EnteredInErrorDialog"}


def window_classes() -> set[str]:
    """Every dialog and main window class defined in the app's UI, by name."""
    for module in pkgutil.walk_packages(coordinator.ui.__path__, "coordinator.ui."):
        importlib.import_module(module.name)
    found: set[str] = set()
    pending: list[type[Any]] = [QDialog, QMainWindow]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__.startswith("coordinator."):
                found.add(subclass.__name__)
    return found


def built_by(builders: Iterable[Callable[..., Any]]) -> set[str]:
    """The window classes named in the code of ``builders`` (and of the functions written
    inside them, such as each dialog's own builder)."""
    names: set[str] = set()
    for builder in builders:
        codes = [builder.__code__]
        while codes:
            code = codes.pop()
            codes.extend(const for const in code.co_consts if isinstance(const, CodeType))
            for name in code.co_names:
                named = builder.__globals__.get(name)
                if isinstance(named, type) and issubclass(named, QWidget):
                    names.add(named.__name__)
    return names


def test_every_dialog_and_window_of_the_app_is_walked_for_size_and_keys() -> None:
    everything = window_classes() - ABSTRACT
    in_size_test = built_by(SIZE_BUILDS.values())  # the tab-order test walks these too
    assert {"MainWindow", "LoginDialog", "TransitionDialog"} <= in_size_test
    walked_here = built_by([*WALKED_HERE.values(), app_and_account_dialogs])
    assert {"CloseOutDialog", "GuideDialog", "StatusChangeDialog"} <= walked_here
    sized = in_size_test | walked_here | built_by([SIZED_HERE])
    keyed = in_size_test | walked_here | KEYS_WALKED_BY_THE_TAB_ORDER_TEST
    assert sorted(everything - sized) == [], "never shown on a small screen"
    assert sorted(everything - keyed) == [], "never walked with Tab and Alt keys"
