"""The Audit trail tab: names instead of ids, filters, paging past 200 events, CSV export.

Maria (a case manager) adds Dara Sok and Lan Nguyễn and opens Dara's record on her own
workstation; the administrator reads the trail.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from coordinator.domain.clinical_dates import local_today
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.audit_query import AuditFilter
from coordinator.services.dto import ClientInput, ClientRecord
from coordinator.ui.admin.audit import AuditTab
from coordinator.ui.context import UiContext
from tests.ui.conftest import PASSWORD, add_user
from tests.ui.fakes import RecordingDialogs

USER, ACTION, CLIENT, RECORD = 1, 2, 3, 4


@pytest.fixture
def dara(services: AppServices) -> ClientRecord:
    add_user(services, "maria", Role.CASE_MANAGER)
    maria = AppServices(services.db)
    maria.auth.login("maria", PASSWORD)
    dara = maria.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1)))
    maria.clients.create(ClientInput("Lan", "Nguyễn", date(1979, 7, 9)))
    maria.clients.get(dara.id)
    return dara


@pytest.fixture
def tab(qtbot: QtBot, ui: UiContext, dara: ClientRecord) -> AuditTab:
    audit = AuditTab(ui)
    qtbot.addWidget(audit)
    audit.resize(1200, 600)
    with qtbot.waitSignal(audit.events_loaded):
        audit.show()
    return audit


def column(tab: AuditTab, number: int) -> list[str]:
    return [tab.model.index(row, number).data() for row in range(tab.model.rowCount())]


def row_texts(tab: AuditTab, row: int) -> list[str]:
    return [tab.model.index(row, number).data() for number in range(tab.model.columnCount())]


def test_events_show_the_users_and_clients_names(tab: AuditTab, dara: ClientRecord) -> None:
    viewed = column(tab, ACTION).index("Viewed")

    assert row_texts(tab, viewed)[USER:] == [
        "Maria (maria)", "Viewed", f"Sok, Dara · {dara.record_number}", "Client record",
        dara.record_number]
    about_maria = [row_texts(tab, row)[USER:RECORD + 1] for row in range(tab.model.rowCount())
                   if tab.model.index(row, RECORD).data() == "User account: Maria"]
    assert about_maria == [["Maria (maria)", "Signed in", "", "User account: Maria"],
                           ["Ana Admin (ana)", "Created", "", "User account: Maria"]]


def test_the_filters_narrow_the_list_by_user_client_action_and_day(
        qtbot: QtBot, tab: AuditTab, dara: ClientRecord) -> None:
    with qtbot.waitSignal(tab.events_loaded):
        tab.choose_user("maria")
    assert set(column(tab, USER)) == {"Maria (maria)"}
    assert len(column(tab, USER)) == 4  # signed in, created two clients, opened one

    tab.client_filter.setFocus()
    qtbot.keyClicks(tab.client_filter, dara.record_number)
    with qtbot.waitSignal(tab.events_loaded):
        qtbot.keyClick(tab.client_filter, Qt.Key.Key_Return)
    assert tab.client_name.text() == "Sok, Dara"
    assert column(tab, ACTION) == ["Viewed", "Created"]
    assert set(column(tab, CLIENT)) == {f"Sok, Dara · {dara.record_number}"}

    with qtbot.waitSignal(tab.events_loaded):
        tab.choose_action("view")
    assert column(tab, ACTION) == ["Viewed"]

    today = local_today()
    with qtbot.waitSignal(tab.events_loaded):
        tab.set_dates(today - timedelta(days=7), today - timedelta(days=1))
    assert tab.model.rowCount() == 0
    assert tab.caption.text() == "No event matches these filters."
    with qtbot.waitSignal(tab.events_loaded):
        tab.set_dates(today, None)
    assert column(tab, ACTION) == ["Viewed"]
    assert tab.caption.text() == "1 event matches, newest first."

    with qtbot.waitSignal(tab.events_loaded) as cleared:
        qtbot.mouseClick(tab.clear_button, Qt.MouseButton.LeftButton)
    assert cleared.args[0] == tab.model.rowCount() > 4
    assert {"Ana Admin (ana)", "Maria (maria)"} <= set(column(tab, USER))


def test_an_unknown_record_number_is_explained_and_the_list_stays(
        qtbot: QtBot, tab: AuditTab) -> None:
    shown = tab.model.rowCount()
    tab.client_filter.setText("MRN-999999")
    with qtbot.waitSignal(tab.client_refused) as refused:
        tab.client_filter.editingFinished.emit()
    assert refused.args == ["No client has the record number MRN-999999."]
    assert tab.client_name.text() == "No client has the record number MRN-999999."
    assert tab.model.rowCount() == shown


def test_scrolling_pages_through_every_event_past_the_first_200(
        qtbot: QtBot, ui: UiContext, services: AppServices, dara: ClientRecord,
        qtmodeltester: object) -> None:
    with services.ctx.unit_of_work() as uow:  # 450 openings of Dara's record
        for _ in range(450):
            uow.audit("view", "client", dara.id, dara.record_number)
    audit = AuditTab(ui)
    qtbot.addWidget(audit)
    with qtbot.waitSignal(audit.events_loaded) as loaded:
        audit.show()
    total = loaded.args[0]

    assert total == services.audit.count_matching(AuditFilter()) - 1  # before its own view
    assert audit.model.rowCount() == 200
    assert audit.caption.text() == (f"{total} events match, newest first; older ones load "
                                    "as you scroll down.")
    audit.table.scrollToBottom()
    while audit.model.canFetchMore(QModelIndex()):
        audit.model.fetchMore(QModelIndex())
    assert audit.model.rowCount() == total > 450
    ids = [audit.model.row_at(row).id for row in range(total)]  # type: ignore[union-attr]
    assert ids == sorted(set(ids), reverse=True)
    assert row_texts(audit, total - 1)[USER:RECORD] == ["Ana Admin (ana)", "Created", ""]
    qtmodeltester.check(audit.model)  # type: ignore[attr-defined]


def test_export_saves_the_filtered_rows_and_logs_how_many(
        qtbot: QtBot, tab: AuditTab, services: AppServices, dialogs: RecordingDialogs,
        dara: ClientRecord, tmp_path: Path) -> None:
    with qtbot.waitSignal(tab.events_loaded):
        tab.choose_user("maria")
    dialogs.files.append(tmp_path / "maria")

    with qtbot.waitSignal(tab.exported) as exported:
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)

    with (tmp_path / "maria.csv").open(encoding="utf-8-sig", newline="") as stream:
        lines = list(csv.reader(stream))[1:]
    assert exported.args == [4] and len(lines) == tab.model.rowCount() == 4
    assert {line[3] for line in lines} == {"Maria"}
    assert [line[4] for line in lines] == ["view", "create", "create", "login"]
    assert tab.result.text() == f"Saved 4 events to maria.csv in {tmp_path}."
    newest = services.audit.page(AuditFilter(), limit=1)[0]
    assert (newest.action, newest.detail) == (
        "export", "4 events to maria.csv (CSV); user maria")
