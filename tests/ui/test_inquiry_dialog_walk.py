"""A case manager's walk, on 1 April 2026: a hospital's discharge planner calls about Dara,
who is not on file; the payer verified her insurance and authorized 20 IOP sessions. Dara
is in inpatient care; before planning the step-down to IOP the case manager records the
readiness assessment, and the transition dialog shows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.readiness import AsamDimension, RiskRating
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.care.fields import select_data
from coordinator.ui.care.readiness_dialog import ReadinessDialog
from coordinator.ui.care.transition_dialog import TransitionDialog
from coordinator.ui.context import UiContext
from coordinator.ui.intake.inquiry_dialog import InquiryDialog
from coordinator.ui.views.dashboard import DashboardView
from tests.services.helpers import ADMIN_PASSWORD, signed_in
from tests.ui.care_helpers import add_facilities, case_manager_services, days_ago, on_screen
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls

RATINGS = {
    AsamDimension.ACUTE_INTOXICATION: (RiskRating.NONE, "No use since admission"),
    AsamDimension.BIOMEDICAL: (RiskRating.LOW, "Diabetes, managed"),
    AsamDimension.EMOTIONAL_BEHAVIORAL: (RiskRating.MODERATE, "Mood improving on sertraline"),
    AsamDimension.READINESS_TO_CHANGE: (RiskRating.LOW, "Asks for the evening group"),
    AsamDimension.RELAPSE_POTENTIAL: (RiskRating.MODERATE, "Cravings at night"),
    AsamDimension.RECOVERY_ENVIRONMENT: (RiskRating.HIGH, "Roommate still drinking"),
}


@pytest.fixture
def services(database: Database) -> AppServices:
    add_facilities(database)
    return case_manager_services(database)


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClicks(widget, text)


def new_inquiry(qtbot: QtBot, dashboard: DashboardView) -> InquiryDialog:
    panel = dashboard.inquiries_panel
    with qtbot.waitSignal(panel.inquiry_dialog_opened, timeout=10_000) as opened:
        qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog: InquiryDialog = opened.args[0]
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_an_inquiry_from_a_discharge_planner_then_a_readiness_assessment_behind_the_step_down(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs) -> None:
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    dashboard.resize(1280, 720)
    with qtbot.waitSignal(dashboard.inquiries_panel.inquiries_loaded, timeout=10_000):
        dashboard.show()
    assert dashboard.inquiries_panel.note.text() == "No inquiry is waiting for an answer."

    dialog = new_inquiry(qtbot, dashboard)
    assert dialog.width() <= 1280 and dialog.height() <= 720
    assert unnamed_controls(dialog) == []
    type_into(qtbot, dialog.given_name, "Dara")
    type_into(qtbot, dialog.family_name, "Sok")
    select_data(dialog.source, "hospital_discharge_planner")
    type_into(qtbot, dialog.source_contact, "M. Reyes, discharge planner, Mercy General")
    dialog.first_contact.set_day(days_ago(2))
    select_data(dialog.level, "IOP")
    type_into(qtbot, dialog.payer, "Blue Shield")
    type_into(qtbot, dialog.member_id, "XKP-20931")
    select_data(dialog.verification, "verified")
    dialog.verified_on.set_day(days_ago(1))
    type_into(qtbot, dialog.auth_number, "AUTH-77812")
    dialog.units.setValue(20)
    # The end typed before the start: refused under its field, nothing saved.
    dialog.auth_start.set_day(days_ago(-5))
    dialog.auth_end.set_day(days_ago(1))
    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("authorization_end") == (
        "The authorization ends on 2026-03-31, before it starts on 2026-04-06.")
    assert services.inquiries.open_inquiries().total == 0

    dialog.auth_end.set_day(days_ago(-60))
    with qtbot.waitSignal(dashboard.inquiries_panel.inquiries_loaded, timeout=10_000) as read, \
            qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    inquiry = saved.args[0]
    assert (inquiry.client_name, inquiry.details.insurance.verification.value,
            inquiry.details.authorization.units) == ("Sok, Dara", "verified", 20)
    listed = read.args[0].rows
    assert [(row.client_name, row.days_open) for row in listed] == [("Sok, Dara", 2)]
    table = dashboard.inquiries_panel.table
    assert [table.model().index(0, column).data() for column in range(6)] == [
        on_screen(2026, 3, 30), "2 days", "Sok, Dara", "Hospital discharge planner",
        "Intensive Outpatient", "Verified"]

    # Opened again from the list: the sessions counted down from what attendance says.
    panel = dashboard.inquiries_panel
    with qtbot.waitSignal(panel.inquiry_dialog_opened, timeout=10_000) as reopened:
        panel.table.activated.emit(panel.model.index(0, 0))
    edit = reopened.args[0]
    assert edit.windowTitle() == "Inquiry about Sok, Dara"
    assert edit.usage.text() == "0 of 20 authorized sessions used, 20 left."
    assert edit.first_session.text() == "No session attended yet."
    edit.reject()

    # Dara is in inpatient care; the step-down to IOP is planned from there.
    episode = services.episodes.add(inquiry.client_id, EpisodeInput("INP", days_ago(10)))
    care = services.record.care(inquiry.client_id)
    assert care.current is not None and care.current.id == episode.id
    transition = TransitionDialog(ui, inquiry.client_id, care.current, care.levels,
                                  care.facilities)
    qtbot.addWidget(transition)
    with qtbot.waitSignal(transition.readiness.assessment_shown, timeout=10_000):
        transition.show()
    select_data(transition.level, "IOP")
    assert transition.readiness.summary.text() == (
        "⚠ None recorded during this episode; record the clinician's assessment behind "
        "this move.")

    with qtbot.waitSignal(transition.readiness.dialog_opened) as opened:
        qtbot.mouseClick(transition.readiness.button, Qt.MouseButton.LeftButton)
    readiness = opened.args[0]
    assert isinstance(readiness, ReadinessDialog) and readiness in dialogs.opened
    assert readiness.level.currentData() == "IOP"  # the level chosen for the move
    for dimension, (rating, words) in RATINGS.items():
        if dimension is not AsamDimension.READINESS_TO_CHANGE:
            readiness.rate(dimension, rating, words)
    type_into(qtbot, readiness.consulted, "Dr. Okafor, attending psychiatrist, Mercy General")
    readiness.consulted_on.set_day(days_ago(1))
    with qtbot.waitSignal(readiness.refused, timeout=10_000):
        qtbot.mouseClick(readiness.save_button, Qt.MouseButton.LeftButton)
    assert readiness.errors.message("dimension_4_rating") == (
        "Rate dimension 4 (readiness to change): none, low, moderate or high.")
    assert services.readiness.latest(inquiry.client_id) is None

    readiness.rate(AsamDimension.READINESS_TO_CHANGE,
                   *RATINGS[AsamDimension.READINESS_TO_CHANGE])
    with qtbot.waitSignal(transition.readiness.assessment_shown, timeout=10_000) as shown:
        qtbot.mouseClick(readiness.save_button, Qt.MouseButton.LeftButton)
    recorded = shown.args[0]
    assert [recorded.rating_of(dimension) for dimension in AsamDimension] == [
        rating for rating, _words in RATINGS.values()]
    assert transition.readiness.summary.text() == (
        f"Assessed {on_screen(2026, 4, 1)}: recommends Intensive Outpatient (Carla)")
    assert transition.readiness.button.text() == "Open assessme&nt…"

    with qtbot.waitSignal(transition.readiness.dialog_opened, timeout=10_000) as again:
        qtbot.mouseClick(transition.readiness.button, Qt.MouseButton.LeftButton)
    reopened = again.args[0]
    assert isinstance(reopened, ReadinessDialog) and reopened is not readiness
    assert reopened.windowTitle() == f"Readiness assessment of {on_screen(2026, 4, 1)}"
    assert reopened.narratives[AsamDimension.RECOVERY_ENVIRONMENT].text() == (
        "Roommate still drinking")
    assert reopened.consulted.text() == "Dr. Okafor, attending psychiatrist, Mercy General"


def test_when_the_clinic_requires_an_assessment_a_step_down_without_one_is_refused_under_it(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    admin = signed_in(database, "ana", password=ADMIN_PASSWORD)
    admin.settings.update({"require_readiness_assessment": True})
    client = services.clients.create(ClientInput("Lan", "Nguyễn"))
    services.episodes.add(client.id, EpisodeInput("INP", days_ago(10)))
    care = services.record.care(client.id)
    assert care.current is not None
    transition = TransitionDialog(ui, client.id, care.current, care.levels, care.facilities)
    qtbot.addWidget(transition)
    with qtbot.waitSignal(transition.readiness.assessment_shown, timeout=10_000):
        transition.show()
    select_data(transition.level, "IOP")
    assert transition.readiness.summary.text() == (
        "⚠ None recorded during this episode; the clinic requires one before a step-up or "
        "step-down.")
    transition.criteria_checks["clinically_stable"].setChecked(True)
    type_into(qtbot, transition.rationale, "Stable for a week.")

    with qtbot.waitSignal(transition.refused, timeout=10_000):
        qtbot.mouseClick(transition.save_button, Qt.MouseButton.LeftButton)

    assert transition.errors.message("readiness") == (
        "The clinic requires a readiness assessment before a step-up or step-down: record "
        "one for this episode first.")
    assert services.transitions.transitions_of(client.id) == []


def test_a_reopened_inquiry_shows_the_start_of_a_payer_name_longer_than_its_box(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    from datetime import date

    from coordinator.domain.intake import InquirySource
    from coordinator.services.dto import ClientInput
    from coordinator.services.intake_views import InquiryInput, InsuranceInput

    payer = ("Blue Shield of California Promise Health Plan Medi-Cal Managed Care, "
             "Long Beach and South Bay service area")
    client = services.clients.create(ClientInput("Dara", "Sok", date(1990, 2, 3)))
    made = services.inquiries.create(client.id, InquiryInput(
        InquirySource.HOSPITAL, days_ago(1), insurance=InsuranceInput(payer, "BSC-004417")))
    dialog = InquiryDialog(ui, services.levels.list_levels(), existing=made)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.payer.text() == payer
    shown = dialog.payer.fontMetrics().horizontalAdvance(payer)
    assert shown > dialog.payer.width()  # longer than its box: only part of it shows
    assert dialog.payer.cursorPosition() == 0  # that part is its start
    dialog.reject()
