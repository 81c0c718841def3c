"""The main window shell: status bar, title, DEMO mark, navigation, menus, roles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from coordinator.demo import DEMO_PASSWORD, generate_demo
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.store.engine import Database
from coordinator.ui.context import UiContext
from coordinator.ui.main_window import MainWindow
from tests.ui.conftest import ADMIN, ADMIN_NAME, ADMIN_PASSWORD, PASSWORD, add_user
from tests.ui.fakes import RecordingDialogs

VIEW_ORDER = ["dashboard", "clients", "referrals", "roll-call", "resources", "facilities",
              "reports", "admin"]


def test_the_status_bar_names_the_user_role_and_database(window: MainWindow,
                                                         services: AppServices) -> None:
    assert window.user_label.text() == f"Signed in as {ADMIN_NAME} (Administrator)"
    assert window.database_label.toolTip() == f"Database: {services.db.display_name}"
    assert window.database_label.text().startswith("Database: ")
    # The test's long temporary path is shortened in its middle; its file name stays.
    assert window.database_label.text().endswith("coordinator.sqlite3")


def test_the_title_names_the_clinic_and_follows_a_settings_change(
        qtbot: QtBot, window: MainWindow, services: AppServices) -> None:
    assert window.windowTitle() == "Coordinator"
    assert "DEMO" not in window.windowTitle()
    assert window.demo_badge.isHidden()

    with qtbot.waitSignal(window.clinic_loaded):
        services.settings.update({"clinic_name": "Riverside Recovery Center"})

    assert window.windowTitle() == "Coordinator — Riverside Recovery Center"


def test_a_demo_database_says_demo_in_the_title_and_the_status_bar(
        qtbot: QtBot, database: Database, dialogs: RecordingDialogs) -> None:
    generate_demo(database, clients=12, seed=3)
    services = AppServices(database)
    services.auth.login("casemanager", DEMO_PASSWORD)
    ui = UiContext.create(services, dialogs)
    main = MainWindow(ui)
    qtbot.addWidget(main)

    with qtbot.waitSignal(main.clinic_loaded):
        main.show()

    assert main.windowTitle().endswith(" — DEMO")
    assert main.demo_badge.isVisible()
    assert main.demo_badge.text() == "DEMO"
    ui.operations.wait()
    ui.close()


@pytest.mark.parametrize(("number", "key"), list(enumerate(VIEW_ORDER, start=1)))
def test_ctrl_and_a_number_switches_views(qtbot: QtBot, window: MainWindow, number: int,
                                          key: str) -> None:
    window.show_view("reports" if key != "reports" else "dashboard")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"),
                   Qt.KeyboardModifier.ControlModifier)

    assert window.current_view_key() == key
    assert window.stack.currentWidget() is window.views[key]
    assert window.nav.currentRow() == number - 1
    assert window.go_actions[key].isChecked()


def test_the_navigation_list_switches_views(window: MainWindow) -> None:
    window.nav.setCurrentRow(1)

    assert window.current_view_key() == "clients"


def test_a_read_only_user_does_not_see_admin(qtbot: QtBot, services: AppServices,
                                             dialogs: RecordingDialogs) -> None:
    add_user(services, "rosa", Role.READ_ONLY)
    services.auth.logout()
    services.auth.login("rosa", PASSWORD)
    ui = UiContext.create(services, dialogs)
    main = MainWindow(ui)
    qtbot.addWidget(main)
    main.show()

    assert "admin" not in main.views
    assert "reports" not in main.views  # outcome reports are for supervisors and admins
    assert main.nav.count() == 6
    assert "Admin" not in [main.nav.item(row).text() for row in range(main.nav.count())]
    assert "admin" not in main.go_actions
    assert not main.views["clients"].new_button.isVisibleTo(main)  # type: ignore[attr-defined]
    ui.operations.wait()
    ui.close()


def test_a_supervisor_sees_only_the_audit_trail_under_admin(
        qtbot: QtBot, services: AppServices, dialogs: RecordingDialogs) -> None:
    add_user(services, "sam", Role.SUPERVISOR)
    services.auth.logout()
    services.auth.login("sam", PASSWORD)
    ui = UiContext.create(services, dialogs)
    main = MainWindow(ui)
    qtbot.addWidget(main)

    admin = main.views["admin"]
    assert [admin.tabs.tabText(i) for i in range(admin.tabs.count())] == [  # type: ignore[attr-defined]
        "Au&dit trail"]
    ui.operations.wait()
    ui.close()


def test_log_out_signs_out_and_asks_for_sign_in(qtbot: QtBot, window: MainWindow,
                                                services: AppServices) -> None:
    # The dashboard's first read (one audited view) lands before the person signs out, as
    # it does for a person who looks at it first; on a busy machine it can land after.
    window.ui.operations.wait()
    with qtbot.waitSignal(window.signed_out) as signed_out:
        window.log_out_action.trigger()

    assert signed_out.args == [""]
    assert services.actor is None
    assert not window.isVisible()
    services.auth.login(ADMIN, ADMIN_PASSWORD)
    assert [entry.action for entry in services.audit.recent(2)] == ["login", "logout"]


def test_about_names_the_database(window: MainWindow, dialogs: RecordingDialogs,
                                  services: AppServices) -> None:
    window.show_about()

    [text] = dialogs.texts("information")
    assert services.db.display_name in text
