"""A county's server: more than a thousand inquiries are open, and the dashboard's panel
says so in words instead of counting every one of them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from coordinator.domain.intake import InquirySource
from coordinator.services.app import AppServices
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.store.models import Inquiry
from coordinator.ui.context import UiContext
from coordinator.ui.views.dashboard import DashboardView
from coordinator.ui.views.inquiries_panel import LISTED
from tests.ui.care_helpers import add_facilities, case_manager_services


@pytest.fixture
def services(database: Database) -> AppServices:
    add_facilities(database)
    return case_manager_services(database)


def add_open(database: Database, client_id: int, how_many: int) -> None:
    with database.engine.begin() as connection:
        connection.execute(insert(Inquiry), [
            {"client_id": client_id, "source": InquirySource.HOSPITAL.value,
             "first_contact_on": date(2026, 3, 1) + timedelta(days=number % 25)}
            for number in range(how_many)])


def shown_note(qtbot: QtBot, ui: UiContext) -> str:
    dashboard = DashboardView(ui)
    qtbot.addWidget(dashboard)
    dashboard.resize(1280, 720)
    with qtbot.waitSignal(dashboard.inquiries_panel.inquiries_loaded, timeout=10_000):
        dashboard.show()
    assert dashboard.inquiries_panel.model.rowCount() == LISTED
    return dashboard.inquiries_panel.note.text()


def test_a_thousand_open_are_counted_and_more_are_said_in_words(
        qtbot: QtBot, ui: UiContext, services: AppServices, database: Database) -> None:
    number = QLocale().toString
    client = services.clients.create(ClientInput("Dara", "Sok"))
    add_open(database, client.id, 1000)
    assert shown_note(qtbot, ui).startswith(f"{number(1000)} open. Press Enter or double-click")

    add_open(database, client.id, 1)
    assert shown_note(qtbot, ui) == (
        f"More than {number(1000)} open; {LISTED} are listed. Press Enter or double-click one to "
        "record verification, authorization or what it became.")
