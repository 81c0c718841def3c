"""The dashboard lists the care plans on my caseload due for review this week or late, and
Enter on one opens the client's record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.views.dashboard import DashboardView
from tests.services.care_plan_setup import iop_client_with_plan, june_clock
from tests.services.helpers import add_case_managers, admin_services
from tests.ui.care_helpers import on_screen


@pytest.fixture
def services(database: Database) -> AppServices:
    return admin_services(database, june_clock())


def test_a_late_review_is_listed_in_the_alert_colours_and_opens_the_record(
        qtbot: QtBot, ui: UiContext, services: AppServices) -> None:
    me = services.ctx.require_signed_in().user_id
    ada = iop_client_with_plan(services, manager_id=me)
    dev = add_case_managers(services, "dev")["dev"]
    iop_client_with_plan(services, manager_id=dev, given="Bea")  # Dev's: not listed
    services.settings.update({"care_plan_review_days_iop": 14})
    view = DashboardView(ui)
    qtbot.addWidget(view)
    panel = view.reviews_panel
    with qtbot.waitSignal(panel.reviews_loaded):
        view.show()

    model = panel.model
    assert model.rowCount() == 1
    assert [model.data(model.index(0, column)) for column in (0, 1, 2, 4)] == [
        on_screen(2026, 6, 1), "⚠ 19 days overdue", "Moss, Ada", "IOP"]
    assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is not None
    assert panel.note.text().startswith("1 due this week, 1 of them late.")
    panel.table.setFocus()
    panel.table.selectRow(0)
    with qtbot.waitSignal(view.client_requested) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened.args == [ada.client_id]
