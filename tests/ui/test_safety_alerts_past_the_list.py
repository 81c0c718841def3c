"""More safety alerts are open than the dashboard lists: it must not say "50 open" when
there are more (an understated count of safety alerts is the one count that must not be
wrong), and it lists the ones raised longest ago."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import SafetyAlert
from coordinator.ui.context import UiContext
from coordinator.ui.record.safety_alerts import DASHBOARD_LISTED, SafetyAlertsPanel
from tests.ui.care_helpers import case_manager_services

FIRST = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


def raise_alerts(database: Database, client_id: int, first: int, how_many: int) -> None:
    with database.engine.begin() as connection:
        connection.execute(insert(SafetyAlert), [
            {"client_id": client_id, "reason": f"PHQ-9 item 9, alert {number}",
             "raised_at": FIRST + timedelta(hours=number)}
            for number in range(first, first + how_many)])


def shown(qtbot: QtBot, ui: UiContext) -> SafetyAlertsPanel:
    panel = SafetyAlertsPanel(ui)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.alerts_loaded, timeout=10_000):
        panel.show()
    return panel


def test_past_the_listed_alerts_the_note_says_more_and_the_oldest_are_listed(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    number = QLocale().toString
    client = services.clients.create(ClientInput("Dara", "Sok"))
    raise_alerts(database, client.id, 1, DASHBOARD_LISTED)
    panel = shown(qtbot, ui)
    assert panel.note.text().startswith(f"{number(DASHBOARD_LISTED)} open. Press Enter")
    assert panel.model.rowCount() == DASHBOARD_LISTED

    raise_alerts(database, client.id, 0, 1)  # one raised before all the others
    panel = shown(qtbot, ui)
    assert panel.note.text() == (
        f"More than {number(DASHBOARD_LISTED)} open; the {number(DASHBOARD_LISTED)} raised "
        "longest ago are listed. Press Enter or double-click a row to open the client's "
        "record, then use Addressed… on its header.")
    assert panel.model.rowCount() == DASHBOARD_LISTED
    reasons = [panel.model.index(row, 4).data() for row in (0, DASHBOARD_LISTED - 1)]
    assert reasons == ["PHQ-9 item 9, alert 0", f"PHQ-9 item 9, alert {DASHBOARD_LISTED - 1}"]
