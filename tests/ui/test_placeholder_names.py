"""A client whose name looks like a translation place ("%2") is shown as written: the record
window, the referral's own window and the Clients view put the name in once and never fill
the name's own "%2" with the next value."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import ReferralCategory
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.services.referral_views import ReferralInput
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.referrals.detail import ReferralDetailDialog
from coordinator.ui.views.clients import ClientsView
from tests.ui.care_helpers import TODAY, add_facility


def test_a_client_called_percent_two_perez_keeps_the_name_everywhere(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    hope = add_facility(database, "Hope House", "residential", ("RES",))
    client = services.clients.create(ClientInput("%2", "Pérez"))
    referral = services.referrals.create(client.id, ReferralInput(
        ReferralCategory.HOUSING, "Needs a sober-living bed.", TODAY + timedelta(days=7),
        facility_id=hope))

    record = RecordWindow(ui, client.id)
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.record_loaded):
        record.show()
    assert record.windowTitle() == "Pérez, %2 — client record"

    detail = ReferralDetailDialog(ui, referral.id)
    qtbot.addWidget(detail)
    with qtbot.waitSignal(detail.detail_loaded):
        detail.show()
    assert detail.windowTitle() == "Referral of Pérez, %2 to Hope House"

    clients = ClientsView(ui)
    qtbot.addWidget(clients)
    with qtbot.waitSignal(clients.clients_loaded):
        clients.show()
    with qtbot.waitSignal(clients.clients_loaded):
        qtbot.keyClicks(clients.search_box, "%2")
    assert clients.model.data(clients.model.index(0, 0)) == "Pérez, %2"
    assert clients.model.rowCount() == 1
    assert clients.filter_note.text() == "Filtered: “%2” · 1 client"
