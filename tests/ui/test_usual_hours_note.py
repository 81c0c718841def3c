"""The usual weekly hours the care dialogs show next to the hours box follow the client's
age on the start date (ASAM: adolescent IOP is 6 or more hours a week, adult IOP 9 or more;
adolescent OP fewer than 6, adult OP fewer than 9)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from coordinator.services.care import EpisodeInput, TransitionPlan
from coordinator.services.dto import ClientInput
from coordinator.ui.care.episode_dialogs import EpisodeDialog
from coordinator.ui.care.fields import select_data, set_day
from coordinator.ui.care.transition_dialog import CompleteTransitionDialog
from coordinator.ui.context import UiContext
from tests.ui.care_helpers import days_ago


def test_the_episode_form_shows_the_range_for_the_clients_age_on_the_start_date(
        qtbot: QtBot, ui: UiContext) -> None:
    born = date(2008, 3, 1)
    client = ui.services.clients.create(ClientInput("Dara", "Sok", birth_date=born))
    care = ui.services.record.care(client.id)
    dialog = EpisodeDialog(ui, client.id, care.levels, care.facilities, birth_date=born)
    qtbot.addWidget(dialog)

    select_data(dialog.level, "IOP")
    set_day(dialog.start, date(2026, 3, 1))  # Dara's 18th birthday
    assert dialog.hours_range.text() == "Intensive Outpatient: usually 9–19 hours a week"
    set_day(dialog.start, date(2026, 2, 28))  # the day before: 17
    assert dialog.hours_range.text() == (
        "Intensive Outpatient for an adolescent: usually 6–19 hours a week")
    select_data(dialog.level, "OP")
    assert dialog.hours_range.text() == "Outpatient for an adolescent: usually under 6 hours a week"


def test_completing_a_step_down_to_op_for_a_teenager_shows_the_adolescent_range(
        qtbot: QtBot, ui: UiContext) -> None:
    services = ui.services
    born = date(days_ago(0).year - 15, 3, 1)
    client = services.clients.create(ClientInput("Linh", "Nguyen", birth_date=born))
    stay = services.episodes.add(client.id, EpisodeInput("IOP", days_ago(40)))
    planned = services.transitions.plan(client.id, stay.id, TransitionPlan(
        "OP", days_ago(2), "Goals met.", ("clinically_stable",)))
    care = services.record.care(client.id)
    dialog = CompleteTransitionDialog(ui, planned, stay, services.levels.get_level("OP"),
                                      levels=care.levels, birth_date=born)
    qtbot.addWidget(dialog)

    assert dialog.hours_range.text() == "Outpatient for an adolescent: usually under 6 hours a week"
    without = CompleteTransitionDialog(ui, planned, stay, services.levels.get_level("OP"),
                                       levels=care.levels)
    qtbot.addWidget(without)
    assert without.hours_range.text() == "Outpatient: usually under 9 hours a week"
