"""The client form marks the field the services refused for its length or a control character."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.ui.context import UiContext
from coordinator.ui.views.client_form import ClientDialog


def test_a_phone_extension_too_long_to_search_is_shown_under_the_phone_field(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    dialog = ClientDialog(ui, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.inputs["family_name"], "Smith")
    qtbot.keyClicks(dialog.inputs["given_name"], "John")
    qtbot.keyClicks(dialog.inputs["phone"], "+1 (555) 010-2233 ext. 4455667788")
    dialog.inputs["city"].setText("Santa\x07Ana")  # pasted with a stray bell character

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialog.errors.message("phone") == "Phone: at most 20 digits (this has 21)."
    assert dialog.errors.message("city") == (
        "City contains an invisible control character (U+0007) that cannot be saved; "
        "remove it.")
    assert dialog.inputs["phone"].property("invalid") is True
    assert services.clients.count() == 0
