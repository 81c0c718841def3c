"""What a person closes leaves memory: a workstation open all day must not keep every
dialog and list it ever showed (each one also slowed every later collection and every
change notice). Each test closes a widget as the app does (closed, then deleted on the GUI
thread), drops it and collects, and the widget is gone."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change, ChangeNotifier, Topic
from coordinator.ui.changes import ChangeBridge
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose
from coordinator.ui.views.client_form import ClientDialog
from coordinator.ui.views.clients import ClientsView


def gone(reference: weakref.ref[object]) -> bool:
    QCoreApplication.sendPostedEvents()
    gc.collect()
    return reference() is None


def settle(qtbot: QtBot, ui: UiContext) -> None:
    """Every notice on its way delivered, and every read it started answered."""
    QCoreApplication.sendPostedEvents()
    ui.operations.wait()
    qtbot.waitUntil(lambda: ui.operations.pending() == 0)
    QCoreApplication.sendPostedEvents()


def test_an_edit_dialog_closed_without_saving_hears_no_more_changes_and_is_freed(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    client = services.clients.create(ClientInput("Rosa", "Cárdenas González"))
    dialog = ClientDialog(ui, record=services.clients.get(client.id))
    with qtbot.waitSignal(dialog.finished):
        dialog.show()
        dialog.reject()
    settle(qtbot, ui)
    dispose(dialog)
    reference = weakref.ref(dialog)
    del dialog
    assert gone(reference)

    # A save of the same client afterwards reaches no part of the closed dialog (its watch
    # for changes elsewhere had asked the deleted window whether it was visible).
    record = services.clients.get(client.id)
    with qtbot.waitSignal(ui.changes.changed):
        services.clients.update(client.id, record.version, record.details)
    QCoreApplication.sendPostedEvents()


def test_a_list_closed_after_its_reads_answered_is_freed(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    services.clients.create(ClientInput("Linh", "Nguyen"))
    view = ClientsView(ui)
    with qtbot.waitSignal(view.clients_loaded) as loaded:
        view.show()
    assert loaded.args == [1]
    view.close()  # closing logs the search on screen: one more read, answered below
    settle(qtbot, ui)
    dispose(view)
    reference = weakref.ref(view)
    del view
    assert gone(reference)


def test_a_bridge_dropped_is_freed_and_hears_nothing_more(qtbot: QtBot) -> None:
    notifier = ChangeNotifier()
    bridge = ChangeBridge(notifier)
    heard: list[object] = []
    bridge.changed.connect(heard.append)
    reference = weakref.ref(bridge)
    del bridge
    assert gone(reference)

    notifier.publish([Change(Topic.CLIENT, frozenset({1}))])
    QCoreApplication.sendPostedEvents()
    assert heard == []
