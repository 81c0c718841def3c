"""A case manager writes Ada's care plan in the record's Care plan tab: starts it, adds two
goals about her problems in her own words and three objectives (one refused until it has a
target date), an intervention by video; records the 30-day review marking one objective
met; and the discharge packet prints the goals and their progress."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QRect
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.packets import PacketRequest
from coordinator.store.engine import Database
from coordinator.ui.care.fields import select_data, set_day
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.record.care_plan_dialogs import (
    GoalDialog,
    InterventionDialog,
    ObjectiveDialog,
    ReviewDialog,
    StartPlanDialog,
)
from coordinator.ui.record.care_plan_tab import CarePlanPage
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.screen_fit import assume_available_size
from tests.services.care_plan_setup import (
    PLAN_START,
    iop_client,
    iop_client_with_plan,
    june_clock,
)
from tests.services.helpers import admin_services
from tests.ui.care_helpers import on_screen
from tests.ui.test_accessibility import unnamed_controls
from tests.ui.test_every_window_fits_small_screens import SMALL_SCREENS, out_of_room


@pytest.fixture
def services(database: Database) -> AppServices:
    return admin_services(database, june_clock())


def texts(page: CarePlanPage) -> list[list[str]]:
    model = page.model
    return [[model.data(model.index(row, column)) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def save(qtbot: QtBot, page: CarePlanPage, dialog: ServiceFormDialog | None) -> None:
    assert dialog is not None
    with qtbot.waitSignals([dialog.saved, page.plan_loaded]):
        dialog.save_button.click()


def test_a_plan_is_written_reviewed_at_thirty_days_and_printed_in_the_packet(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client_id, depression_id, anxiety_id = iop_client(services)
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    page = record.care_plan_page
    with qtbot.waitSignals([record.record_loaded, page.plan_loaded]):
        record.show()
    record.tabs.setCurrentWidget(page)
    assert page.empty_note.isVisibleTo(page) and page.start_button.isVisibleTo(page)

    start = page.start_plan()
    assert isinstance(start, StartPlanDialog)
    set_day(start.starts_on, PLAN_START)
    save(qtbot, page, start)
    assert page.summary.text() == (
        f"Version 1, in force from {on_screen(2026, 5, 18)} (IOP). "
        "Reviewed every 30 days at this level. "
        f"⚠ Review 3 days overdue (due {on_screen(2026, 6, 17)})")

    for problem_id, words in ((depression_id, "I want to enjoy my mornings again."),
                              (anxiety_id, "I want to ride the bus without panicking.")):
        goal = page.add_goal()
        assert isinstance(goal, GoalDialog)
        assert unnamed_controls(goal) == []
        select_data(goal.problem, problem_id)
        goal.goal_text.setPlainText(words)
        save(qtbot, page, goal)

    page.select_row("goal", page.screen_data.plan.goals[0].id)  # type: ignore[union-attr]
    refused = page.add_objective()
    assert isinstance(refused, ObjectiveDialog)
    refused.objective_text.setPlainText("PHQ-9 below 10 on two visits in a row")
    select_data(refused.instrument, "PHQ-9")
    with qtbot.waitSignal(refused.refused):
        refused.save_button.click()
    assert refused.errors.message("target_date") == "Give the objective a target date."
    assert refused.isVisible()
    set_day(refused.target_date, date(2026, 7, 31))
    save(qtbot, page, refused)
    for goal_index, text, target in ((0, "Walk outside 20 minutes on five days a week",
                                      date(2026, 6, 30)),
                                     (1, "Ride the bus to group twice a week",
                                      date(2026, 7, 15))):
        plan = page.screen_data.plan
        assert plan is not None
        page.select_row("goal", plan.goals[goal_index].id)
        objective = page.add_objective()
        assert isinstance(objective, ObjectiveDialog)
        objective.objective_text.setPlainText(text)
        set_day(objective.target_date, target)
        save(qtbot, page, objective)
    intervention = page.add_intervention()  # the second goal's line is still chosen
    assert isinstance(intervention, InterventionDialog)
    intervention.intervention_text.setPlainText("Exposure practice with the therapist")
    select_data(intervention.modality, "video")
    intervention.frequency.setText("Weekly")
    intervention.responsible.setCurrentIndex(1)
    save(qtbot, page, intervention)

    rows = texts(page)
    assert [row[0].strip() for row in rows] == [
        "Goal 1: “I want to enjoy my mornings again.”",
        "Objective: PHQ-9 below 10 on two visits in a row",
        "Objective: Walk outside 20 minutes on five days a week",
        "Goal 2: “I want to ride the bus without panicking.”",
        "Objective: Ride the bus to group twice a week",
        "Intervention: Exposure practice with the therapist"]
    assert rows[1][1:] == [f"Target {on_screen(2026, 7, 31)}", "Open",
                           f"PHQ-9 18 → 14 → 9 (latest {on_screen(2026, 6, 9)})"]
    assert rows[5][1:] == ["Video · Weekly", "", "Responsible: Ana Admin"]

    review = page.record_review()
    assert isinstance(review, ReviewDialog)
    assert unnamed_controls(review) == []
    set_day(review.reviewed_on, date(2026, 6, 17))
    plan = page.screen_data.plan
    assert plan is not None
    walk = plan.goals[0].objectives[1]
    select_data(review.progress[walk.id][0], "met")
    review.progress[walk.id][1].setText("Walks every morning")
    name, signed = review.signatures["client_signature"]
    name.setText("Ada Moss")
    set_day(signed, date(2026, 6, 17))
    save(qtbot, page, review)

    rows = texts(page)
    assert rows[2][2:] == ["Met", f"Met ({on_screen(2026, 6, 17)})"]
    assert page.summary.text().endswith(f"Next review due {on_screen(2026, 7, 17)} (in 27 days)")
    assert page.reviews_label.text() == (
        f"Reviews: {on_screen(2026, 6, 17)}: client took part; signed by Ada Moss")

    pdf = services.packets.prepare(PacketRequest.discharge(client_id, active_ok=True),
                                   invariant=True).pdf
    text = " ".join(" ".join(page_.extract_text() for page_ in PdfReader(
        io.BytesIO(pdf)).pages).split())
    section = text.split("Care plan", 1)[1].split("Current risk", 1)[0]
    assert "Goal 1 (Open): “I want to enjoy my mornings again.”" in section
    assert "Goal 2 (Open): “I want to ride the bus without panicking.”" in section
    assert ("Walk outside 20 minutes on five days a week 2026-06-30 Met Met (review "
            "2026-06-17): Walks every morning") in section


@pytest.mark.parametrize("screen", list(SMALL_SCREENS))
def test_the_plan_dialogs_keep_every_button_on_a_small_screen(
        qtbot: QtBot, ui: UiContext, services: AppServices, screen: str) -> None:
    ada = iop_client_with_plan(services)
    room = QRect(QPoint(0, 0), SMALL_SCREENS[screen])
    assume_available_size(room.size())
    try:
        goal = ada.plan.goals[0]
        for dialog in (ReviewDialog(ui, ada.plan), GoalDialog(ui, ada.plan, (), goal),
                       ObjectiveDialog(ui, goal, goal.objectives[0]),
                       InterventionDialog(ui, goal, ((1, "Ana Admin"),),
                                          goal.interventions[0])):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert out_of_room(dialog, room) == [], dialog.windowTitle()
            dialog.close()
    finally:
        assume_available_size(None)
