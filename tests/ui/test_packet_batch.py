"""Packets for several clients chosen in the Clients view: saved into one folder off the GUI
thread with progress, refusals listed by client, and Cancel keeping what was saved."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.services.packets import BatchResult, RefusedPacket
from coordinator.ui.context import UiContext
from coordinator.ui.packets.batch import BatchPacketDialog, RefusedTableModel, result_sentence
from coordinator.ui.views.clients import ClientsView
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_accessibility import unnamed_controls

NAMES = [("María", "Núñez"), ("Lan", "Nguyễn"), ("Sokha", "Chea"), ("Ana", "Ruiz"),
         ("Tom", "Baker"), ("Rosa", "Díaz")]


def add_clients(services: AppServices, count: int) -> list[int]:
    return [services.clients.create(ClientInput(given, family, date(1980, 1, day + 1))).id
            for day, (given, family) in enumerate(NAMES[:count])]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "packets"
    out.mkdir()
    return out


def batch_dialog(qtbot: QtBot, ui: UiContext, dialogs: RecordingDialogs,
                 folder: Path) -> tuple[ClientsView, BatchPacketDialog]:
    """Every listed client selected, Packets for selected…, and the folder chosen; the view
    is returned too, as the dialog lives only as long as its window."""
    view = ClientsView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.clients_loaded):
        view.show()
    view.table.selectAll()
    dialog = view.packets_for_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.facility.count() > 0)
    dialogs.files.append(folder)
    dialog.folder_button.click()
    assert dialog.folder.text() == str(folder)
    return view, dialog


def test_discharge_summaries_for_three_selected_clients_are_saved_with_progress(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        folder: Path) -> None:
    ids = add_clients(services, 3)
    _view, dialog = batch_dialog(qtbot, ui, dialogs, folder)
    assert {client.id for client in dialog.clients} == set(ids)
    assert dialog.start_button.isEnabled()
    reports: list[tuple[int, int]] = []
    dialog.batch_progressed.connect(lambda done, total: reports.append((done, total)))

    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        dialog.start_button.click()

    result: BatchResult = finished.args[0]
    assert (len(result.saved), result.refused, result.cancelled) == (3, (), False)
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        saved.path.name for saved in result.saved)
    assert all(name.startswith("Discharge summary - ") for name in
               (path.name for path in folder.iterdir()))
    assert reports and reports[-1] == (3, 3)
    assert dialog.result_label.text() == f"Saved 3 packets in {folder}."
    assert not dialog.refused_table.isVisibleTo(dialog)
    assert {row.client_id for row in services.packets.disclosures_of(ids[0])} == {ids[0]}
    assert unnamed_controls(dialog) == []


def test_clients_still_in_care_get_a_discharge_summary_only_when_ticked(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        folder: Path) -> None:
    left, in_care = add_clients(services, 2)
    services.episodes.add(in_care, EpisodeInput("IOP", date(2026, 3, 9)))
    _view, dialog = batch_dialog(qtbot, ui, dialogs, folder)
    assert not dialog.active_ok.isChecked()

    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        dialog.start_button.click()

    result: BatchResult = finished.args[0]
    assert [saved.disclosure.client_id for saved in result.saved] == [left]
    assert [refused.client_name for refused in result.refused] == ["Lan Nguyễn"]
    assert "still in active care" in dialog.refused_model.index(0, 1).data()

    dialog.active_ok.click()
    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        dialog.start_button.click()

    result = finished.args[0]
    assert {saved.disclosure.client_id for saved in result.saved} == {left, in_care}
    assert result.refused == ()


def test_transfers_refused_by_the_consent_gate_are_listed_by_client(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        folder: Path, qtmodeltester: object) -> None:
    services.settings.update({"require_consent_all_disclosures": True})
    harbor = services.facilities.create(FacilityInput(
        "Harbor Residential", "residential", ("RES",))).id
    add_clients(services, 2)
    _view, dialog = batch_dialog(qtbot, ui, dialogs, folder)
    dialog.choose_transfer(harbor)

    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        dialog.start_button.click()

    result: BatchResult = finished.args[0]
    assert (len(result.saved), len(result.refused)) == (0, 2)
    assert list(folder.iterdir()) == []
    assert dialog.result_label.text() == "No packet was saved; 2 could not be made."
    assert dialog.refused_table.isVisibleTo(dialog)
    model = dialog.refused_model
    assert {model.index(row, 0).data() for row in range(2)} == {"María Núñez", "Lan Nguyễn"}
    assert "Harbor Residential" in model.index(0, 1).data()
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_cancel_stops_the_batch_and_keeps_the_packets_saved_until_then(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        folder: Path) -> None:
    add_clients(services, 6)
    _view, dialog = batch_dialog(qtbot, ui, dialogs, folder)

    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        operation = dialog.start()
        assert operation is not None and operation.progress_dialog is not None
        assert not dialog.start_button.isEnabled()
        cancel = operation.progress_dialog.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "&Cancel"
        cancel.click()

    result: BatchResult = finished.args[0]
    assert result.cancelled and len(result.saved) < 6
    assert len(list(folder.iterdir())) == len(result.saved)
    assert dialog.result_label.text().endswith("cancelled before the end.")
    assert dialog.start_button.isEnabled()  # it may be run again


def test_without_a_selection_the_view_says_what_to_do(
        qtbot: QtBot, ui: UiContext, services: AppServices,
        dialogs: RecordingDialogs) -> None:
    add_clients(services, 1)
    view = ClientsView(ui)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.clients_loaded):
        view.show()

    assert view.packets_for_selected() is None
    assert "Select one or more clients" in dialogs.texts("information")[0]


def test_the_sentence_counts_in_words_and_the_refused_model_passes_the_tester(
        qtmodeltester: object) -> None:
    from coordinator.services.packets import PacketRequest

    refused = RefusedPacket(PacketRequest.discharge(7), "Lan Nguyễn", "No consent.")
    assert result_sentence(BatchResult((), (refused,), cancelled=True)) == (
        "No packet was saved; 1 could not be made; cancelled before the end.")
    model = RefusedTableModel()
    model.replace_rows([refused])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
