"""The Clients view: its table model, search as you type, and the client form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.clinical_dates import local_today
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.ui.context import UiContext
from coordinator.ui.views import clients as clients_module
from coordinator.ui.views.client_form import ClientDialog, parse_birth_date
from coordinator.ui.views.clients import ClientsView
from coordinator.ui.views.registry_model import NEXT_DUE_COLUMN
from tests.ui.fakes import RecordingDialogs


@pytest.fixture
def clients_view(qtbot: QtBot, ui: UiContext) -> ClientsView:
    view = ClientsView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.clients_loaded):
        view.show()
    return view


def add_client(services: AppServices, given: str, family: str,
               born: date | None = None) -> None:
    services.clients.create(ClientInput(given_name=given, family_name=family, birth_date=born))


def test_searching_as_you_type_narrows_the_list(qtbot: QtBot, clients_view: ClientsView,
                                                services: AppServices) -> None:
    for given, family in (("María", "Núñez"), ("John", "Smith"), ("Linh", "Nguyen")):
        add_client(services, given, family)
    with qtbot.waitSignal(clients_view.clients_loaded):
        clients_view.refresh()
    assert clients_view.model.rowCount() == 3

    with qtbot.waitSignal(clients_view.clients_loaded) as loaded:
        qtbot.keyClicks(clients_view.search_box, "nu")

    assert loaded.args == [1]  # one search for the whole word, after typing stopped
    assert clients_view.model.row_at(0).family_name == "Núñez"  # type: ignore[union-attr]
    assert clients_view.count_label.text() == "1 client shown."


def fill(qtbot: QtBot, dialog: ClientDialog, **fields: str) -> None:
    for name, text in fields.items():
        edit = dialog.inputs[name]
        edit.clear()
        if text.isascii():
            qtbot.keyClicks(edit, text)
        else:  # QTest types ASCII keys only
            edit.setText(text)


def open_new_client(qtbot: QtBot, view: ClientsView,
                    dialogs: RecordingDialogs) -> ClientDialog:
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.opened[-1]
    assert isinstance(dialog, ClientDialog)
    return dialog


def test_a_new_client_appears_in_the_table_after_the_change_notification(
        qtbot: QtBot, clients_view: ClientsView, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    assert clients_view.model.rowCount() == 0
    dialog = open_new_client(qtbot, clients_view, dialogs)
    fill(qtbot, dialog, family_name="Núñez", given_name="María", birth_date="1987-03-14",
         phone="(555) 010-2233")

    with qtbot.waitSignals([dialog.saved, clients_view.clients_loaded]):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    shown = clients_view.model.row_at(0)
    assert shown is not None
    assert (shown.family_name, shown.given_name, shown.birth_date) == (
        "Núñez", "María", date(1987, 3, 14))
    assert shown.record_number.startswith("MRN-")
    assert services.clients.count() == 1


def test_an_empty_last_name_shows_the_field_message_and_saves_nothing(
        qtbot: QtBot, clients_view: ClientsView, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    dialog = open_new_client(qtbot, clients_view, dialogs)
    fill(qtbot, dialog, given_name="María")

    with qtbot.waitSignal(dialog.refused):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.errors.message("family_name") == "Enter the client's last name."
    assert dialog.inputs["family_name"].property("invalid") is True
    assert dialog.errors.message("given_name") == ""
    assert dialog.isVisible()
    assert services.clients.count() == 0
    assert dialogs.shown == []


def test_an_unreadable_date_of_birth_is_explained_next_to_the_field(
        qtbot: QtBot, clients_view: ClientsView, dialogs: RecordingDialogs) -> None:
    dialog = open_new_client(qtbot, clients_view, dialogs)
    fill(qtbot, dialog, family_name="Smith", given_name="John", birth_date="14th of March")

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialog.errors.message("birth_date").startswith("Enter the date of birth as")


def test_a_likely_duplicate_is_announced_and_going_back_saves_nothing(
        qtbot: QtBot, clients_view: ClientsView, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    add_client(services, "John", "Smith", date(1990, 1, 2))
    dialog = open_new_client(qtbot, clients_view, dialogs)
    fill(qtbot, dialog, family_name="smith", given_name="john", birth_date="1990-01-02")
    dialogs.answers.append(False)  # "Go back"

    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialogs.kinds() == ["question"])

    assert "Smith, John (MRN-000001)" in dialogs.shown[0].text
    assert services.clients.count() == 1
    assert dialog.isVisible()

    dialogs.answers.append(True)  # "Save anyway"
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert services.clients.count() == 2


def test_saving_over_a_newer_version_shows_the_conflict_message(
        qtbot: QtBot, ui: UiContext, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    record = services.clients.create(ClientInput(given_name="John", family_name="Smith"))
    dialog = ClientDialog(ui, record)
    qtbot.addWidget(dialog)
    dialog.show()
    services.clients.update(record.id, record.version,
                            replace(record.details, phone="555-010-9999"))  # someone else
    fill(qtbot, dialog, email="john@example.org")

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    [warning] = dialogs.texts("warning")
    assert warning.startswith("This record was changed by another user")
    assert services.clients.get(record.id).details.email == ""


def test_dates_are_read_as_iso_or_the_locale_short_format() -> None:
    assert parse_birth_date(" 1987-03-14 ") == date(1987, 3, 14)
    assert parse_birth_date("") is None


def test_a_problem_on_another_tab_is_flagged_on_that_tab(
        qtbot: QtBot, clients_view: ClientsView, dialogs: RecordingDialogs) -> None:
    dialog = open_new_client(qtbot, clients_view, dialogs)
    fill(qtbot, dialog, family_name="Smith", given_name="John", email="not-an-address")

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    contact = dialog.tabs.indexOf(dialog.inputs["email"].parentWidget().parentWidget())
    assert dialog.tabs.currentIndex() == contact  # brought to the front
    assert not dialog.tabs.tabIcon(contact).isNull()
    assert dialog.tabs.tabIcon(0).isNull()
    assert dialog.errors.message("email") == (
        "'not-an-address' does not look like an e-mail address.")


def test_the_open_clock_filter_shows_who_is_waiting_and_what_is_due(
        qtbot: QtBot, clients_view: ClientsView, services: AppServices) -> None:
    today = local_today()
    add_client(services, "Dara", "Sok")
    waiting = services.clients.create(ClientInput("Linh", "Nguyen"))
    services.episodes.add(waiting.id, EpisodeInput(
        "PHP", today - timedelta(days=20), end_date=today - timedelta(days=3)))
    with qtbot.waitSignal(clients_view.clients_loaded):
        clients_view.refresh()
    assert clients_view.model.rowCount() == 2

    with qtbot.waitSignal(clients_view.clients_loaded) as loaded:
        clients_view.clock_filter.click()

    assert loaded.args == [1]
    assert clients_view.model.data(clients_view.model.index(0, 0)) == "Nguyen, Linh"
    assert clients_view.model.data(clients_view.model.index(0, NEXT_DUE_COLUMN)) == (
        "Step-down: 11 d left")
    assert clients_view.count_label.text() == "1 client shown."


def test_a_common_search_says_more_than_and_still_scrolls_through_every_match(
        qtbot: QtBot, clients_view: ClientsView, services: AppServices,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clients_module, "COUNTED_AT_MOST", 2)
    for given in ("Ana", "Bo", "Cy"):
        add_client(services, given, "Smith")

    with qtbot.waitSignal(clients_view.clients_loaded):
        qtbot.keyClicks(clients_view.search_box, "smi")

    assert clients_view.count_label.text() == (
        "More than 2 clients match; type more to narrow the list.")
    model = clients_view.model
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 3


def test_the_level_filter_offers_the_clinic_levels_read_off_the_gui_thread(
        qtbot: QtBot, clients_view: ClientsView, services: AppServices) -> None:
    today = local_today()
    add_client(services, "Dara", "Sok")
    in_iop = services.clients.create(ClientInput("Linh", "Nguyen"))
    services.episodes.add(in_iop.id, EpisodeInput("IOP", today - timedelta(days=10)))
    levels = clients_view.level_filter
    qtbot.waitUntil(lambda: levels.count() > 1)  # "Any level", then the clinic's levels
    assert levels.itemText(0) == "Any level"
    assert "Intensive Outpatient" in [levels.itemText(i) for i in range(levels.count())]

    with qtbot.waitSignal(clients_view.clients_loaded) as loaded:
        levels.setCurrentIndex(levels.findData("IOP"))

    assert loaded.args == [1]
    assert clients_view.model.data(clients_view.model.index(0, 0)) == "Nguyen, Linh"
