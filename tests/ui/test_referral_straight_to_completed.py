"""A client who already got help: the referral goes from requested straight to completed
with its outcome; the outcome list shows which item is chosen, and the sentence under a
field goes once the field is fixed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import ReferralCategory, ReferralOutcome, ReferralStatus
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.referrals.dialogs import StatusChangeDialog
from coordinator.ui.resources import apply_look
from tests.ui.care_helpers import add_facility, case_manager_services
from tests.ui.fakes import RecordingDialogs


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def dialog(qtbot: QtBot, ui: UiContext, services: AppServices,
           database: Database) -> StatusChangeDialog:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14)))
    referral = services.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Needs a sober-living bed.", date(2026, 4, 8),
        facility_id=hope),
        ReferralStatus.REQUESTED)
    opened = StatusChangeDialog(ui, referral)
    qtbot.addWidget(opened)
    opened.show()
    return opened


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[None]:
    previous = qapp.styleSheet()
    apply_look(qapp)
    yield
    qapp.setStyleSheet(previous)


def offered(combo: QComboBox) -> list[str]:
    return [combo.itemText(number) for number in range(combo.count())]


def test_a_requested_referral_is_completed_with_got_help_and_the_message_clears(
        qtbot: QtBot, ui: UiContext, services: AppServices,
        dialog: StatusChangeDialog) -> None:
    assert "Completed" in offered(dialog.status)
    dialog.choose(ReferralStatus.COMPLETED)
    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()
    assert dialog.errors.message("outcome") == (
        "Choose the outcome: what came of this referral.")
    assert dialog.outcome.accessibleDescription() != ""

    dialog.outcome.setFocus()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # the first outcome: Got help
    assert dialog.outcome.currentText() == "Got help"
    assert dialog.errors.message("outcome") == ""
    assert dialog.outcome.accessibleDescription() == ""

    with qtbot.waitSignal(ui.announcer.announced, timeout=10_000) as said:
        dialog.save_button.click()
    assert said.args[0] == "Referral to Hope House: completed (got help)."
    [saved] = services.referrals.referrals_of(dialog.referral.client_id)
    assert (saved.status, saved.outcome) == (ReferralStatus.COMPLETED,
                                             ReferralOutcome.GOT_HELP)


# A popup grabs the keyboard; the offscreen platform says it cannot, real ones do.
@pytest.mark.qt_log_ignore(r"^This plugin does not support grabbing the keyboard$",
                           r"^This plugin does not support propagateSizeHints\(\)$",
                           r"^This plugin does not support raise\(\)$")
@pytest.mark.parametrize("refused_first", [False, True])
def test_the_outcome_list_opens_with_the_chosen_outcome_highlighted(
        qtbot: QtBot, app_look: None, dialog: StatusChangeDialog, refused_first: bool) -> None:
    dialog.choose(ReferralStatus.COMPLETED)
    if refused_first:
        with qtbot.waitSignal(dialog.refused):
            dialog.save_button.click()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(ReferralOutcome.NOT_ELIGIBLE.value))
    dialog.outcome.showPopup()
    view = dialog.outcome.view()
    qtbot.waitUntil(view.isVisible)
    picture = view.grab().toImage()

    def background(row: int) -> str:
        rect = view.visualRect(view.model().index(row, 0))
        return QColor(picture.pixel(rect.left() + 8, rect.top() + 3)).name()

    chosen = dialog.outcome.currentIndex()
    assert dialog.outcome.itemText(chosen) == "Not eligible"
    assert background(chosen) == "#2f6f8f"
    shown = [row for row in range(dialog.outcome.count())
             if view.visualRect(view.model().index(row, 0)).top() >= 0]
    assert {background(row) for row in shown if row != chosen} == {"#ffffff"}
    dialog.outcome.hidePopup()


def test_recording_outcomes_after_discharge_highlights_each_referral_asked_about(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database,
        dialogs: RecordingDialogs) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    food = add_facility(database, "Food Bank", "community", ())
    client = services.clients.create(ClientInput("Ines", "Park", date(1979, 2, 3)))
    for facility, category in ((hope, ReferralCategory.HOUSING),
                               (food, ReferralCategory.FOOD)):
        services.referrals.create(client.id, ReferralInput(
            category, "After discharge.", date(2026, 4, 8), facility_id=facility),
            ReferralStatus.REQUESTED)
    record = RecordWindow(ui, client.id)
    qtbot.addWidget(record)
    page = record.referrals_page
    with qtbot.waitSignals([record.record_loaded, page.referrals_loaded]):
        record.show()

    dialogs.answers.append(True)  # "Record outcomes" now
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.ask_outcomes()
    first = opened.args[0]
    assert isinstance(first, StatusChangeDialog)
    qtbot.addWidget(first)

    def highlighted() -> str:
        rows = page.table.selectionModel().selectedRows()
        return str(page.model.row_at(rows[0].row()).target_name) if rows else ""

    assert highlighted() == first.referral.target_name
    first.choose(ReferralStatus.COMPLETED, ReferralOutcome.GOT_HELP)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        first.save_button.click()
    second = opened.args[0]
    qtbot.addWidget(second)
    assert second.referral.target_name != first.referral.target_name
    assert highlighted() == second.referral.target_name
