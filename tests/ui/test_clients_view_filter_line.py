"""The Clients view says when a search or filter narrows the list, offers to clear them when
nothing matches, and lets the keyboard go from the search box into the list and open a
record: type the name, Down, Enter."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.clinical_dates import local_today
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.views.clients import ClientsView


@pytest.fixture
def clinic(services: AppServices) -> dict[str, int]:
    """Four clients; Mónica Cárdenas García and Linh Nguyen are in IOP."""
    today = local_today()
    ids = {}
    for given, family in (("Mónica", "Cárdenas García"), ("Rosa", "Cárdenas González"),
                          ("Linh", "Nguyen"), ("Dara", "Sok")):
        ids[given] = services.clients.create(ClientInput(given, family)).id
    for given in ("Mónica", "Linh"):
        services.episodes.add(ids[given], EpisodeInput("IOP", today - timedelta(days=10)))
    return ids


@pytest.fixture
def view(qtbot: QtBot, ui: UiContext, clinic: dict[str, int]) -> ClientsView:
    clients = ClientsView(ui)
    qtbot.addWidget(clients)
    clients.resize(1000, 600)
    with qtbot.waitSignal(clients.clients_loaded):
        clients.show()
    qtbot.waitUntil(lambda: clients.level_filter.count() > 1)
    # Every read the first showing started has answered, so that the next clients_loaded
    # a test waits for is the answer to what it did.
    ui.operations.wait()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0)
    return clients


def listed(view: ClientsView) -> list[str]:
    return [str(view.model.data(view.model.index(row, 0)))
            for row in range(view.model.rowCount())]


def test_a_level_filter_is_named_with_the_count_and_cleared_in_one_press(
        qtbot: QtBot, view: ClientsView) -> None:
    assert view.filter_note.isHidden() and view.clear_filters_button.isHidden()

    with qtbot.waitSignal(view.clients_loaded):
        view.level_filter.setCurrentIndex(view.level_filter.findData("IOP"))

    assert view.filter_note.isVisible()
    assert view.filter_note.text() == "Filtered: level Intensive Outpatient · 2 clients"
    assert listed(view) == ["Cárdenas García, Mónica", "Nguyen, Linh"]

    with qtbot.waitSignal(view.clients_loaded):
        qtbot.keyClicks(view.search_box, "cardenas")
    assert view.filter_note.text() == (
        "Filtered: “cardenas” · level Intensive Outpatient · 1 client")

    with qtbot.waitSignal(view.clients_loaded) as loaded:
        qtbot.mouseClick(view.clear_filters_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [4]
    assert view.search_box is not None and view.search_box.text() == ""
    assert view.level_filter.currentText() == "Any level"
    assert view.filter_note.isHidden() and view.clear_filters_button.isHidden()


def test_nothing_found_says_so_and_offers_to_show_everyone(
        qtbot: QtBot, view: ClientsView) -> None:
    with qtbot.waitSignal(view.clients_loaded):
        view.level_filter.setCurrentIndex(view.level_filter.findData("IOP"))
    with qtbot.waitSignal(view.clients_loaded) as loaded:
        qtbot.keyClicks(view.search_box, "sok")

    assert loaded.args == [0]  # Dara Sok is not in IOP
    assert view.count_label.text() == ("No client matches. Check the spelling or the "
                                       "filters, or use Show all clients to clear them.")
    assert view.filter_note.text() == "Filtered: “sok” · level Intensive Outpatient · 0 clients"
    assert view.clear_filters_button.isVisible()
    assert view.clear_filters_button.text().replace("&", "") == "Show all clients"

    with qtbot.waitSignal(view.clients_loaded) as loaded:
        qtbot.keyClick(view.clear_filters_button, Qt.Key.Key_Space)
    assert loaded.args == [4]


@pytest.mark.parametrize("typed", [",,, !!", "-" * 200])
def test_a_search_without_letters_or_digits_gets_a_sentence(
        qtbot: QtBot, view: ClientsView, typed: str) -> None:
    assert view.search_box is not None
    with qtbot.waitSignal(view.clients_loaded) as loaded:
        view.search_box.setText(typed)
    assert loaded.args == [0]
    assert view.count_label.text().startswith(
        "The search has no letters or digits to look for.")
    assert view.clear_filters_button.isVisible()
    assert len(view.filter_note.text()) < 80  # a long search is cut short in the line


def test_the_list_is_read_from_a_to_z_only_and_stays_in_that_order(
        qtbot: QtBot, ui: UiContext, clinic: dict[str, int]) -> None:
    clients = ClientsView(ui)
    qtbot.addWidget(clients)
    # Nothing is read before the view is shown: no page in another order is on its way
    # to land after the first one.
    assert not clients.model.reading()
    header = clients.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.AscendingOrder)
    with qtbot.waitSignal(clients.clients_loaded):
        clients.show()
    ui.operations.wait()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0)
    assert not clients.model.query.descending
    assert listed(clients) == ["Cárdenas García, Mónica", "Cárdenas González, Rosa",
                               "Nguyen, Linh", "Sok, Dara"]


def test_down_from_the_search_box_selects_the_first_row(
        qtbot: QtBot, view: ClientsView) -> None:
    assert view.search_box is not None
    view.activateWindow()
    view.search_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search_box)
    with qtbot.waitSignal(view.clients_loaded):
        qtbot.keyClicks(view.search_box, "cardenas")
    assert listed(view) == ["Cárdenas García, Mónica", "Cárdenas González, Rosa"]

    qtbot.keyClick(view.search_box, Qt.Key.Key_Down)

    assert QApplication.focusWidget() is view.table
    assert [index.row() for index in view.table.selectionModel().selectedRows()] == [0]
    assert view.table.currentIndex().row() == 0


def test_keyboard_only_type_a_name_down_enter_opens_the_record(
        qtbot: QtBot, window: MainWindow, clinic: dict[str, int]) -> None:
    """The "Keyboard paths" figure: from the Clients view, Mónica Cárdenas García's record
    opens in 17 key presses (15 typed characters, Down, Enter)."""
    window.show_view("clients")
    view = window.views["clients"]
    assert isinstance(view, ClientsView) and view.search_box is not None
    qtbot.waitUntil(lambda: view.model.rowCount() == 4)  # the view's first read is shown
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search_box)

    typed = "monica cardenas"
    presses = 0
    with qtbot.waitSignal(view.clients_loaded, timeout=5000,
                          check_params_cb=lambda total: total == 1):
        qtbot.keyClicks(view.search_box, typed)
        presses += len(typed)
    qtbot.keyClick(view.search_box, Qt.Key.Key_Down)
    presses += 1
    assert QApplication.focusWidget() is view.table
    with qtbot.waitSignal(window.record_opened, timeout=5000) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        presses += 1

    record = opened.args[0] if opened.args else None
    assert isinstance(record, RecordWindow)
    assert record.client_id == clinic["Mónica"]
    print(f"Keyboard path, search to open record: {presses} key presses")
    assert presses == 17
