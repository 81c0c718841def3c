"""From first contact to a reviewed care plan, walked through the real windows.

Wednesday 1 April 2026: Mercy General's discharge planner calls about Dara, an inpatient
not yet on file; her insurance is verified and the payer authorized 20 IOP sessions. Carla
records the inquiry, the readiness assessment behind the step-down (six dimensions rated),
and plans the move to Riverbend's evening IOP track. Thursday Dara is discharged and starts
IOP, and attends her first evening session; the inquiry then shows the days from first
contact to first session and the sessions left. Carla writes the care plan (two goals,
three objectives); thirty days later the review marks one objective met, and the discharge
packet prints the goals with their progress.
"""

from __future__ import annotations

import io
from datetime import date, time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.attendance_views import AttendanceMark, ScheduleInput
from coordinator.services.care import EpisodeInput
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.packets import PacketRequest
from coordinator.store.engine import Database
from coordinator.ui.care.fields import select_data, set_day
from coordinator.ui.care.readiness_dialog import ReadinessDialog
from coordinator.ui.care.transition_dialog import CompleteTransitionDialog, TransitionDialog
from coordinator.ui.context import UiContext
from coordinator.ui.intake.inquiry_dialog import InquiryDialog
from coordinator.ui.record.care_plan_dialogs import (
    GoalDialog,
    ObjectiveDialog,
    ReviewDialog,
    StartPlanDialog,
)
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.dashboard import DashboardView
from tests.services.helpers import ADMIN_PASSWORD, signed_in
from tests.ui.care_helpers import NOON_APRIL_1, add_facilities, case_manager_services, on_screen
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_inquiry_dialog_walk import RATINGS, new_inquiry

WEDNESDAY, THURSDAY = date(2026, 4, 1), date(2026, 4, 2)
FIRST_CONTACT = date(2026, 3, 30)
REVIEW_DAY = date(2026, 5, 2)  # 30 days after the plan starts on Thursday


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def save(qtbot: QtBot, dialog: QDialog, *waits: object) -> None:
    """Press Save and wait until the service accepted it and the screens read it back."""
    with qtbot.waitSignals([dialog.saved, *waits], timeout=10_000):  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]


def plan_rows(record: RecordWindow) -> list[str]:
    model = record.care_plan_page.model
    return [model.index(row, 0).data().strip() for row in range(model.rowCount())]


def test_an_inquiry_becomes_an_evening_iop_admission_with_a_reviewed_care_plan_in_the_packet(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    facilities = add_facilities(database)
    clock = services.ctx.clock
    assert clock() == NOON_APRIL_1
    admin = signed_in(database, "ana", clock, ADMIN_PASSWORD)  # type: ignore[arg-type]
    evening = admin.attendance.add_schedule(ScheduleInput(
        facilities["riverbend"], "IOP", "evening", (0, 1, 3), 180, time(17, 30)))

    # The discharge planner's call, recorded from the dashboard.
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    dashboard.resize(1280, 720)
    with qtbot.waitSignal(dashboard.inquiries_panel.inquiries_loaded, timeout=10_000):
        dashboard.show()
    inquiry_form = new_inquiry(qtbot, dashboard)
    qtbot.keyClicks(inquiry_form.given_name, "Dara")
    qtbot.keyClicks(inquiry_form.family_name, "Sok")
    select_data(inquiry_form.source, "hospital_discharge_planner")
    qtbot.keyClicks(inquiry_form.source_contact, "M. Reyes, discharge planner, Mercy General")
    inquiry_form.first_contact.set_day(FIRST_CONTACT)
    select_data(inquiry_form.level, "IOP")
    qtbot.keyClicks(inquiry_form.payer, "Blue Shield")
    qtbot.keyClicks(inquiry_form.member_id, "XKP-20931")
    select_data(inquiry_form.verification, "verified")
    inquiry_form.verified_on.set_day(WEDNESDAY)
    qtbot.keyClicks(inquiry_form.auth_number, "AUTH-77812")
    inquiry_form.units.setValue(20)
    inquiry_form.auth_start.set_day(WEDNESDAY)
    inquiry_form.auth_end.set_day(date(2026, 5, 31))
    save(qtbot, inquiry_form, dashboard.inquiries_panel.inquiries_loaded)
    [waiting] = services.inquiries.open_inquiries().rows
    assert (waiting.client_name, waiting.days_open) == ("Sok, Dara", 2)
    client_id = waiting.client_id

    # Dara is an inpatient at Mercy General; her problems are on file.
    services.episodes.add(client_id, EpisodeInput("INP", date(2026, 3, 22),
                                                  facilities["hospital"]))
    depression = services.diagnoses.add(client_id, DiagnosisInput("F33.1", is_primary=True))
    drinking = services.diagnoses.add(client_id, DiagnosisInput("F10.20"))
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignals([record.record_loaded, record.care_plan_page.plan_loaded],
                           timeout=10_000):
        record.show()
    qtbot.waitUntil(lambda: record.care is not None)

    # The step-down to evening IOP, with the readiness assessment behind it.
    step = record.plan_transition()
    assert isinstance(step, TransitionDialog)
    qtbot.waitUntil(lambda: step.readiness.summary.text() != "")
    select_data(step.level, "IOP")
    select_data(step.facility, facilities["riverbend"])
    select_data(step.track, "evening")
    set_day(step.planned, THURSDAY)
    with qtbot.waitSignal(step.readiness.dialog_opened, timeout=10_000) as opened:
        qtbot.mouseClick(step.readiness.button, Qt.MouseButton.LeftButton)
    readiness = opened.args[0]
    assert isinstance(readiness, ReadinessDialog)
    for dimension, (rating, words) in RATINGS.items():
        readiness.rate(dimension, rating, words)
    qtbot.keyClicks(readiness.consulted, "Dr. Okafor, attending psychiatrist, Mercy General")
    readiness.consulted_on.set_day(WEDNESDAY)
    save(qtbot, readiness, step.readiness.assessment_shown)
    assert step.readiness.summary.text() == (
        f"Assessed {on_screen(2026, 4, 1)}: recommends Intensive Outpatient (Carla)")
    step.criteria_checks["clinically_stable"].setChecked(True)
    step.criteria_checks["completing_24h_care"].setChecked(True)
    qtbot.keyClicks(step.rationale, "Stable on medication; wants the evening group.")
    save(qtbot, step)
    qtbot.waitUntil(lambda: record.transition_model.rowCount() == 1)

    # Thursday: discharged from Mercy General and admitted to the evening IOP track.
    clock.advance(days=1)  # type: ignore[attr-defined]
    record.transition_table.selectRow(0)
    admission = record.complete_transition()
    assert isinstance(admission, CompleteTransitionDialog)
    set_day(admission.discharged, THURSDAY)
    set_day(admission.start, THURSDAY)
    admission.hours.setValue(9)
    assert admission.gap_label.text() == "Same-day transfer (0 days)"
    save(qtbot, admission, record.record_loaded)
    assert record.level_badge.text() == "Intensive Outpatient (IOP)"
    care = services.record.care(client_id)
    assert care.current is not None
    assert (care.current.level_code, care.current.track) == ("IOP", "evening")
    services.attendance.mark(evening.id, THURSDAY,
                             [AttendanceMark(care.current.id, "present")])

    # The inquiry, opened again: first session 3 days after the call, 19 sessions left;
    # Carla records it as admitted and it leaves the dashboard's list.
    panel = dashboard.inquiries_panel
    with qtbot.waitSignal(panel.inquiries_loaded, timeout=10_000):
        dashboard.refresh()
    with qtbot.waitSignal(panel.inquiry_dialog_opened, timeout=10_000) as reopened:
        panel.table.activated.emit(panel.model.index(0, 0))
    inquiry = reopened.args[0]
    assert isinstance(inquiry, InquiryDialog)
    assert inquiry.first_session.text() == (
        f"3 days from first contact (first attended {on_screen(2026, 4, 2)})")
    assert inquiry.usage.text() == "1 of 20 authorized sessions used, 19 left."
    select_data(inquiry.outcome, "admitted")
    inquiry.outcome_on.set_day(THURSDAY)
    save(qtbot, inquiry, panel.inquiries_loaded)
    assert services.inquiries.open_inquiries().total == 0

    # The care plan: two goals in Dara's words, three objectives (the first refused until
    # it has a target date).
    page = record.care_plan_page
    record.tabs.setCurrentWidget(page)
    start = page.start_plan()
    assert isinstance(start, StartPlanDialog)
    set_day(start.starts_on, THURSDAY)
    save(qtbot, start, page.plan_loaded)
    assert page.summary.text() == (
        f"Version 1, in force from {on_screen(2026, 4, 2)} (IOP). "
        "Reviewed every 30 days at this level. "
        f"Next review due {on_screen(2026, 5, 2)} (in 30 days)")
    for problem, words in ((depression.id, "I want to get up for work again."),
                           (drinking.id, "I want to stop drinking after my shift.")):
        goal = page.add_goal()
        assert isinstance(goal, GoalDialog)
        select_data(goal.problem, problem)
        goal.goal_text.setPlainText(words)
        save(qtbot, goal, page.plan_loaded)
    plan = page.screen_data.plan
    assert plan is not None
    mood, sobriety = plan.goals
    page.select_row("goal", mood.id)
    undated = page.add_objective()
    assert isinstance(undated, ObjectiveDialog)
    undated.objective_text.setPlainText("PHQ-9 below 10 on two visits in a row")
    with qtbot.waitSignal(undated.refused, timeout=10_000):
        qtbot.mouseClick(undated.save_button, Qt.MouseButton.LeftButton)
    assert undated.errors.message("target_date") == "Give the objective a target date."
    set_day(undated.target_date, date(2026, 6, 30))
    save(qtbot, undated, page.plan_loaded)
    for goal_id, text, target in (
            (mood.id, "Up by 7 on weekdays for two weeks", date(2026, 4, 30)),
            (sobriety.id, "Attend two peer support meetings a week", date(2026, 5, 31))):
        page.select_row("goal", goal_id)
        objective = page.add_objective()
        assert isinstance(objective, ObjectiveDialog)
        objective.objective_text.setPlainText(text)
        set_day(objective.target_date, target)
        save(qtbot, objective, page.plan_loaded)
    assert plan_rows(record) == [
        "Goal 1: “I want to get up for work again.”",
        "Objective: PHQ-9 below 10 on two visits in a row",
        "Objective: Up by 7 on weekdays for two weeks",
        "Goal 2: “I want to stop drinking after my shift.”",
        "Objective: Attend two peer support meetings a week"]

    # Thirty days later, the review: Dara took part; getting up by 7 is met.
    clock.advance(days=30)  # type: ignore[attr-defined]
    review = page.record_review()
    assert isinstance(review, ReviewDialog)
    set_day(review.reviewed_on, REVIEW_DAY)
    plan = page.screen_data.plan
    assert plan is not None
    up_by_seven = plan.goals[0].objectives[1]
    select_data(review.progress[up_by_seven.id][0], "met")
    review.progress[up_by_seven.id][1].setText("Up by 7 every weekday since 14 April")
    name, signed = review.signatures["client_signature"]
    name.setText("Dara Sok")
    set_day(signed, REVIEW_DAY)
    save(qtbot, review, page.plan_loaded)
    assert page.summary.text().endswith(f"Next review due {on_screen(2026, 6, 1)} (in 30 days)")
    assert page.reviews_label.text() == (
        f"Reviews: {on_screen(2026, 5, 2)}: client took part; signed by Dara Sok")

    # The discharge packet prints the goals and their progress.
    pdf = services.packets.prepare(PacketRequest.discharge(client_id, active_ok=True),
                                   invariant=True).pdf
    text = " ".join(" ".join(sheet.extract_text() for sheet in PdfReader(
        io.BytesIO(pdf)).pages).split())
    section = text.split("Care plan", 1)[1].split("Current risk", 1)[0]
    assert "Goal 1 (Open): “I want to get up for work again.”" in section
    assert "Goal 2 (Open): “I want to stop drinking after my shift.”" in section
    assert ("Up by 7 on weekdays for two weeks 2026-04-30 Met Met (review 2026-05-02): "
            "Up by 7 every weekday since 14 April") in section
    assert "Attend two peer support meetings a week 2026-05-31 Open" in section
