"""The record's Assessments tab: a PHQ-9 entered by keyboard only, its band, the item-9
safety alert on the header and the dashboard until it is addressed, and the trend chart."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import Instrument
from coordinator.services.app import AppServices
from coordinator.services.assessment_views import AssessmentInput
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.record.assessment_dialogs import AddressAlertDialog, RecordAssessmentDialog
from coordinator.ui.record.safety_alerts import SafetyAlertsPanel
from coordinator.ui.record.safety_plan_widgets import SafetyPlanDialog
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.assessments_due import AssessmentsDuePanel
from tests.ui.care_helpers import case_manager_services, on_screen
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def dara(services: AppServices) -> int:
    """Dara Sok, in IOP since 16 March, with a PHQ-9 of 20 on 18 March."""
    client_id = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
    services.episodes.add(client_id, EpisodeInput("IOP", date(2026, 3, 16)))
    services.assessments.record(client_id, AssessmentInput(
        Instrument.PHQ9, date(2026, 3, 18), (3, 3, 3, 3, 2, 2, 2, 2, 0)))
    return client_id


def assessments_tab(qtbot: QtBot, ui: UiContext, client_id: int) -> RecordWindow:
    record = RecordWindow(ui, client_id)
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.safety_line.alerts_loaded):
        record.show()
    qtbot.waitUntil(lambda: record.record is not None)
    with qtbot.waitSignal(record.assessments_page.assessments_loaded):
        record.tabs.setCurrentWidget(record.assessments_page)
    return record


def test_a_phq9_entered_by_keyboard_raises_an_alert_that_is_resolved_on_the_header(
        qtbot: QtBot, ui: UiContext, dara: int, qtmodeltester: object) -> None:
    record = assessments_tab(qtbot, ui, dara)
    page = record.assessments_page
    assert not record.safety_line.isVisibleTo(record)
    assert page.charts[Instrument.PHQ9].point_count() == 1
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, RecordAssessmentDialog)
    assert dialog.chosen() is Instrument.PHQ9
    assert dialog.result_label.text() == "0 of 9 answered — total so far 0"

    table = dialog.items
    table.setFocus()
    qtbot.keyClicks(table, "3222111")
    assert dialog.result_label.text() == "7 of 9 answered — total so far 12"
    qtbot.keyClicks(table, "02")
    assert dialog.result_label.text() == "Total 14 of 27 — Moderate"
    assert dialog.flag_note.text() == ("⚠ Thoughts of death or self-harm (item 9): a safety "
                                       "alert will be raised on saving.")
    assert table.model().index(8, 3).data() == "● 2"
    qtmodeltester.check(table.model())  # type: ignore[attr-defined]
    assert unnamed_controls(dialog) == []

    with qtbot.waitSignals([page.assessments_loaded, record.safety_line.alerts_loaded]):
        qtbot.keyClick(table, Qt.Key.Key_Return)

    newest = [page.model.index(0, column).data() for column in range(7)]
    assert newest == [on_screen(2026, 4, 1), "PHQ-9", "14", "Moderate", "Intensive Outpatient",
                      "Carla", "⚠ Thoughts of death or self-harm (item 9)"]
    chart = page.charts[Instrument.PHQ9]
    assert chart.point_count() == 2
    assert chart.summary.text() == (
        f"Latest 14 on {on_screen(2026, 4, 1)} (Moderate) — −6 since the "
        "episode's first score: reliable improvement")
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]

    line = record.safety_line
    assert line.isVisibleTo(record)
    assert line.labels[0].text().startswith(
        "⚠ Safety: PHQ-9 on 2026-04-01: Thoughts of death or self-harm (item 9) — raised ")
    address = line.address()
    assert isinstance(address, AddressAlertDialog)
    qtbot.keyClicks(address.action_taken, "Safety plan reviewed; crisis line given")
    with qtbot.waitSignal(line.alerts_loaded):
        qtbot.keyClick(address.save_button, Qt.Key.Key_Space)
    assert line.alerts == []
    assert not line.isVisibleTo(record)
    [alert] = ui.services.assessments.alerts_of(dara)
    assert (alert.action_taken, alert.addressed_by_name) == (
        "Safety plan reviewed; crisis line given", "Carla")
    assert unnamed_controls(page) == []


def test_a_second_phq9_the_same_day_is_asked_about(
        qtbot: QtBot, ui: UiContext, dara: int, dialogs: RecordingDialogs) -> None:
    record = assessments_tab(qtbot, ui, dara)
    page = record.assessments_page
    dialog = page.record_assessment()
    assert dialog is not None
    qtbot.keyClicks(dialog.items, "111111110")
    with qtbot.waitSignal(page.assessments_loaded):
        dialog.save_button.click()
    again = page.record_assessment()
    assert again is not None
    qtbot.keyClicks(again.items, "000000000")
    with qtbot.waitSignal(again.refused):
        again.save_button.click()  # the recording dialog service answers "no"
    assert [shown.kind for shown in dialogs.shown] == ["question"]
    assert again.errors.message("administered_on") == (
        "A PHQ-9 is already recorded for this client on 2026-04-01.")
    dialogs.answers.append(True)
    with qtbot.waitSignal(page.assessments_loaded):
        again.save_button.click()
    assert page.charts[Instrument.PHQ9].point_count() == 3

    assert not page.error_button.isEnabled()
    page.table.selectRow(0)
    wrong = page.mark_entered_in_error()
    assert wrong is not None
    qtbot.keyClicks(wrong.reason, "Recorded twice by mistake")
    with qtbot.waitSignal(page.assessments_loaded):
        wrong.save_button.click()
    assert page.charts[Instrument.PHQ9].point_count() == 2
    assert page.model.index(0, 3).data() == "Minimal (entered in error)"
    page.table.selectRow(0)
    assert not page.error_button.isEnabled()


def test_an_epds_and_cssrs_need_no_items_and_the_dashboard_lists_their_alerts(
        qtbot: QtBot, ui: UiContext, dara: int) -> None:
    record = assessments_tab(qtbot, ui, dara)
    dialog = record.assessments_page.record_assessment()
    assert dialog is not None
    dialog.choose(Instrument.PCL5)
    qtbot.keyClicks(dialog.items, "2" * 20)
    assert dialog.result_label.text() == (
        "Total 40 of 80 — Probable PTSD · clusters B 10, C 4, D 14, E 12")
    dialog.choose(Instrument.CSSRS)
    dialog.risk.setCurrentIndex(dialog.risk.findData("high"))
    assert dialog.result_label.text() == "High risk"
    panel = SafetyAlertsPanel(ui)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.alerts_loaded):
        panel.show()
    assert panel.note.text() == "No open safety alert."
    with qtbot.waitSignal(panel.alerts_loaded):
        dialog.save_button.click()
    assert [panel.model.index(0, column).data() for column in (1, 4, 3)] == [
        "Sok, Dara", "C-SSRS on 2026-04-01: C-SSRS high risk", "Carla"]
    with qtbot.waitSignal(panel.client_requested) as opened:
        panel.table.activated.emit(panel.model.index(0, 0))
    assert opened.args == [dara]


def test_the_dashboard_lists_assessments_due_until_they_are_given(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: int,
        qtmodeltester: object) -> None:
    panel = AssessmentsDuePanel(ui)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.due_loaded):
        panel.show()
    rows = [[panel.model.index(row, column).data() for column in range(7)]
            for row in range(panel.model.rowCount())]
    assert rows == [
        [on_screen(2026, 3, 16), "⚠ 16 days overdue", "Sok, Dara", "MRN-000001", "GAD-7", "IOP",
         "no baseline in this episode"],
        [on_screen(2026, 3, 25), "⚠ 7 days overdue", "Sok, Dara", "MRN-000001", "PHQ-9", "IOP",
         f"last {on_screen(2026, 3, 18)}"]]
    qtmodeltester.check(panel.model)  # type: ignore[attr-defined]
    with qtbot.waitSignal(panel.due_loaded):
        services.assessments.record(dara, AssessmentInput(
            Instrument.PHQ9, date(2026, 4, 1), (1, 1, 1, 1, 1, 1, 1, 1, 0)))
    assert [panel.model.index(0, column).data() for column in (4, 1)] == [
        "GAD-7", "⚠ 16 days overdue"]
    assert panel.model.rowCount() == 1


def test_a_flagged_phq9_offers_a_cssrs_screen_then_the_safety_plan(
        qtbot: QtBot, ui: UiContext, dara: int, dialogs: RecordingDialogs) -> None:
    record = assessments_tab(qtbot, ui, dara)
    page = record.assessments_page
    dialog = page.record_assessment()
    assert dialog is not None
    qtbot.keyClicks(dialog.items, "111111112")
    dialogs.answers.extend([True, True])  # screen now; write the safety plan
    with qtbot.waitSignal(page.dialog_opened) as screen_opened:
        dialog.save_button.click()
    screen = screen_opened.args[0]
    assert isinstance(screen, RecordAssessmentDialog)
    assert screen.chosen() is Instrument.CSSRS
    assert dialogs.texts("question") == [
        "This score raised a safety alert and no C-SSRS screen was given today. Screen "
        "with the C-SSRS now?"]
    screen.risk.setCurrentIndex(screen.risk.findData("moderate"))
    with qtbot.waitSignal(page.dialog_opened) as plan_opened:
        screen.save_button.click()
    assert dialogs.texts("question")[1:] == [
        "The client has no safety plan. Write one with them now?"]
    plan = plan_opened.args[0]
    assert isinstance(plan, SafetyPlanDialog)
    assert plan.windowTitle() == "Write safety plan"
    plan.steps["warning_signs"].setPlainText("Not sleeping")
    plan.steps["coping_strategies"].setPlainText("Walk the dog")
    with qtbot.waitSignal(plan.saved):
        plan.save_button.click()
    assert [row.instrument for row in ui.services.assessments.assessments_of(dara)][:2] == [
        Instrument.CSSRS, Instrument.PHQ9]
    current = ui.services.safety_plans.current(dara)
    assert current is not None and current.plan_number == 1

    # The header names the plan; addressing the alert with it ticked records the version.
    line = record.safety_line
    qtbot.waitUntil(lambda: len(line.labels) == 2 and "version 1" in line.labels[0].text())
    assert line.labels[0].text().endswith(f" · safety plan version 1 of {on_screen(2026, 4, 1)}")
    address = line.address()
    assert isinstance(address, AddressAlertDialog)
    qtbot.waitUntil(address.plan_box.isEnabled)
    assert address.plan_box.text() == ("Safety &plan reviewed/written — version 1, "
                                       f"completed {on_screen(2026, 4, 1)}")
    qtbot.keyClick(address.plan_box, Qt.Key.Key_Space)
    with qtbot.waitSignal(line.alerts_loaded):
        address.save_button.click()
    addressed = [alert for alert in ui.services.assessments.alerts_of(dara)
                 if not alert.is_open]
    assert [(alert.action_taken, alert.safety_plan_number) for alert in addressed] == [
        ("Safety plan version 1 reviewed", 1)]


def test_after_a_flagged_phq9_with_a_screen_that_day_only_the_plan_is_offered(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: int,
        dialogs: RecordingDialogs) -> None:
    services.assessments.record(dara, AssessmentInput(Instrument.CSSRS, date(2026, 4, 1),
                                                      risk_level="low"))
    record = assessments_tab(qtbot, ui, dara)
    page = record.assessments_page
    dialog = page.record_assessment()
    assert dialog is not None
    qtbot.keyClicks(dialog.items, "000000001")
    with qtbot.waitSignal(page.assessments_loaded):
        dialog.save_button.click()
    qtbot.waitUntil(lambda: len(dialogs.texts("question")) == 1)
    assert dialogs.texts("question") == [
        "The client has no safety plan. Write one with them now?"]
