"""The Admin view: user accounts through their dialogs, clinic settings, the audit trail."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.ui.admin.audit import AuditTab
from coordinator.ui.admin.settings_form import LogoPicker, SettingsTab
from coordinator.ui.admin.user_dialogs import AddUserDialog, ChangeRoleDialog, ResetPasswordDialog
from coordinator.ui.admin.users import UsersTab, UsersTableModel
from coordinator.ui.context import UiContext
from tests.ui.conftest import PASSWORD, add_user
from tests.ui.fakes import RecordingDialogs


@pytest.fixture
def users_tab(qtbot: QtBot, ui: UiContext) -> UsersTab:
    tab = UsersTab(ui)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.users_loaded):
        tab.show()
    return tab


def user(services: AppServices, username: str):  # type: ignore[no-untyped-def]
    return next(u for u in services.users.list_users() if u.username == username)


def test_the_users_model_passes_the_model_tester(qtmodeltester: object,
                                                 services: AppServices) -> None:
    add_user(services, "carlos", Role.CASE_MANAGER)
    model = UsersTableModel()
    model.replace_rows(services.users.list_users())

    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, 0)) == "Ana Admin"


def test_an_administrator_adds_a_user_through_the_dialog(
        qtbot: QtBot, users_tab: UsersTab, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    qtbot.mouseClick(users_tab.add_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.opened[-1]
    assert isinstance(dialog, AddUserDialog)
    qtbot.keyClicks(dialog.username, "mgarcia")
    qtbot.keyClicks(dialog.full_name, "Maria Garcia")
    dialog.role.setCurrentIndex(dialog.role.findText("Supervisor"))
    qtbot.keyClicks(dialog.password.edit, "temporary-123")

    with qtbot.waitSignals([dialog.saved, users_tab.users_loaded]):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    added = user(services, "mgarcia")
    assert (added.full_name, added.role, added.is_active) == (
        "Maria Garcia", Role.SUPERVISOR, True)
    assert "Maria Garcia" in [row.full_name for row in users_tab.model.rows()]


def test_adding_a_taken_user_name_shows_the_message_by_the_field(
        qtbot: QtBot, users_tab: UsersTab, dialogs: RecordingDialogs) -> None:
    dialog = users_tab.add_user()
    assert isinstance(dialog, AddUserDialog)
    dialog.username.setText("ana")
    dialog.full_name.setText("Another Ana")
    dialog.password.edit.setText("temporary-123")

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialog.errors.message("username") == "The user name 'ana' is already taken."
    assert dialog.isVisible()


def test_an_administrator_resets_a_password(qtbot: QtBot, users_tab: UsersTab,
                                            dialogs: RecordingDialogs,
                                            services: AppServices) -> None:
    with qtbot.waitSignal(users_tab.users_loaded):  # refreshed by the change notification
        add_user(services, "carlos", Role.CASE_MANAGER)
    users_tab.select_user("carlos")

    qtbot.mouseClick(users_tab.reset_button, Qt.MouseButton.LeftButton)
    dialog = dialogs.opened[-1]
    assert isinstance(dialog, ResetPasswordDialog)
    qtbot.keyClicks(dialog.password.edit, "brand-new-secret")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()

    carlos = AppServices(services.db)
    assert carlos.auth.login("carlos", "brand-new-secret").username == "carlos"


def test_an_administrator_changes_a_role(qtbot: QtBot, users_tab: UsersTab,
                                         dialogs: RecordingDialogs,
                                         services: AppServices) -> None:
    with qtbot.waitSignal(users_tab.users_loaded):  # refreshed by the change notification
        add_user(services, "carlos", Role.CASE_MANAGER)
    users_tab.select_user("carlos")

    dialog = users_tab.change_role()
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role.setCurrentIndex(dialog.role.findText("Read-only"))
    with qtbot.waitSignals([dialog.saved, users_tab.users_loaded]):
        dialog.save_button.click()

    assert user(services, "carlos").role is Role.READ_ONLY
    row = users_tab.model.row_of(user(services, "carlos").id)
    assert users_tab.model.data(users_tab.model.index(row, 2)) == "Read-only"


def test_demoting_the_only_administrator_is_refused_with_the_message(
        qtbot: QtBot, users_tab: UsersTab, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    users_tab.select_user("ana")
    dialog = users_tab.change_role()
    assert isinstance(dialog, ChangeRoleDialog)
    dialog.role.setCurrentIndex(dialog.role.findText("Case manager"))

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialogs.texts("warning")[0].startswith("This is the only active administrator")
    assert user(services, "ana").role is Role.ADMIN


def test_deactivating_asks_first_then_the_button_offers_reactivate(
        qtbot: QtBot, users_tab: UsersTab, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    with qtbot.waitSignal(users_tab.users_loaded):  # refreshed by the change notification
        add_user(services, "carlos", Role.CASE_MANAGER)
    users_tab.select_user("carlos")
    assert users_tab.active_button.text() == "&Deactivate"

    dialogs.answers.append(True)
    assert users_tab.active_button.isEnabled()
    with qtbot.waitSignal(users_tab.account_changed) as changed:
        qtbot.mouseClick(users_tab.active_button, Qt.MouseButton.LeftButton)

    assert [item.kind for item in dialogs.shown] == ["question"]
    assert changed.args[0].username == "carlos" and not changed.args[0].is_active
    assert not user(services, "carlos").is_active
    # The table follows through the change notification; the selection stays on Carlos.
    qtbot.waitUntil(lambda: users_tab.active_button.text() == "Reac&tivate")
    assert users_tab.selected_user().username == "carlos"  # type: ignore[union-attr]


@pytest.fixture
def settings_tab(qtbot: QtBot, ui: UiContext) -> SettingsTab:
    tab = SettingsTab(ui)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.settings_loaded):
        tab.show()
    return tab


def test_the_settings_form_is_built_from_the_registry(settings_tab: SettingsTab) -> None:
    assert list(settings_tab.fields) == [
        "clinic_name", "clinic_address", "clinic_phone", "clinic_fax", "clinic_npi",
        "clinic_license", "clinic_logo",
        "step_down_window_days", "idle_lock_minutes", "require_consent_all_disclosures",
        "minor_sud_consent_age", "pcl5_probable_ptsd_cutoff", "phq9_due_every_days",
        "gad7_due_every_days",
        "pcl5_due_every_days", "require_readiness_assessment",
        "care_plan_review_days_op", "care_plan_review_days_iop",
        "care_plan_review_days_php", "care_plan_review_days_res", "care_plan_review_days_inp",
        "care_plan_review_days_wm"]
    iop_review = settings_tab.fields["care_plan_review_days_iop"]
    assert (iop_review.minimum(), iop_review.maximum(), iop_review.value()) == (  # type: ignore[attr-defined]
        1, 365, 30)
    idle = settings_tab.fields["idle_lock_minutes"]
    assert (idle.minimum(), idle.maximum(), idle.value()) == (1, 240, 15)  # type: ignore[attr-defined]


def test_settings_save_the_clinic_name(qtbot: QtBot, settings_tab: SettingsTab,
                                       services: AppServices) -> None:
    name = settings_tab.fields["clinic_name"]
    qtbot.keyClicks(name, "Riverside Recovery Center")

    with qtbot.waitSignal(settings_tab.settings_saved):
        qtbot.mouseClick(settings_tab.save_button, Qt.MouseButton.LeftButton)

    assert services.settings.get("clinic_name") == "Riverside Recovery Center"
    assert settings_tab.status.text() == "Settings saved."


def test_zero_idle_minutes_are_refused_with_the_message(
        qtbot: QtBot, settings_tab: SettingsTab, services: AppServices) -> None:
    settings_tab.fields["clinic_name"].setText("Riverside")  # type: ignore[attr-defined]
    idle = settings_tab.fields["idle_lock_minutes"]
    idle.setFocus()
    idle.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(idle, "0")

    with qtbot.waitSignal(settings_tab.refused):
        settings_tab.save_button.click()

    assert settings_tab.errors.message("idle_lock_minutes") == (
        "Lock after idle minutes must be between 1 and 240.")
    assert services.settings.get("idle_lock_minutes") == 15
    assert services.settings.get("clinic_name") == ""  # nothing saved


def test_a_clinic_npi_failing_its_check_digit_is_refused_by_its_field(
        qtbot: QtBot, settings_tab: SettingsTab, services: AppServices) -> None:
    npi = settings_tab.fields["clinic_npi"]
    license_line = settings_tab.fields["clinic_license"]
    qtbot.keyClicks(license_line, "DHCS license 190000AP")
    qtbot.keyClicks(npi, "1234567890")

    with qtbot.waitSignal(settings_tab.refused):
        settings_tab.save_button.click()

    assert settings_tab.errors.message("clinic_npi") == (
        "Clinic NPI 1234567890 is not a valid NPI: its last digit is a check digit, which "
        "for these first nine digits would be 3; check for a mistyped digit.")
    assert npi.hasFocus()
    assert services.settings.get("clinic_license") == ""  # nothing saved

    npi.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(npi, "1234 567 893")
    with qtbot.waitSignal(settings_tab.settings_saved):
        settings_tab.save_button.click()

    assert services.settings.get("clinic_npi") == "1234567893"
    assert services.settings.get("clinic_license") == "DHCS license 190000AP"
    assert npi.text() == "1234567893"  # type: ignore[attr-defined]
    assert settings_tab.errors.message("clinic_npi") == ""


def test_the_logo_picker_previews_and_saves_a_png(
        qtbot: QtBot, settings_tab: SettingsTab, dialogs: RecordingDialogs,
        services: AppServices, tmp_path: Path) -> None:
    picture = tmp_path / "logo.png"
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6f8f"))
    assert image.save(str(picture), "PNG")
    dialogs.files.append(picture)
    picker = settings_tab.fields["clinic_logo"]
    assert isinstance(picker, LogoPicker)

    qtbot.mouseClick(picker.choose_button, Qt.MouseButton.LeftButton)
    assert not picker.preview.pixmap().isNull()
    with qtbot.waitSignal(settings_tab.settings_saved):
        settings_tab.save_button.click()

    assert base64.b64decode(str(services.settings.get("clinic_logo"))) == picture.read_bytes()


def test_the_logo_picker_refuses_a_file_that_is_not_a_picture(
        settings_tab: SettingsTab, dialogs: RecordingDialogs, tmp_path: Path) -> None:
    text_file = tmp_path / "notes.png"
    text_file.write_text("not a picture")
    dialogs.files.append(text_file)
    picker = settings_tab.fields["clinic_logo"]
    assert isinstance(picker, LogoPicker)

    picker.choose()

    assert picker.value() == ""
    assert settings_tab.errors.message("clinic_logo") == "Choose a PNG or JPEG picture."


def test_verify_chain_says_the_trail_is_intact(qtbot: QtBot, ui: UiContext,
                                               services: AppServices) -> None:
    tab = AuditTab(ui)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.events_loaded) as loaded:
        tab.show()
    assert loaded.args[0] >= 2  # the first administrator and the sign-in
    assert tab.model.data(tab.model.index(0, 2)) == "Signed in"

    with qtbot.waitSignal(tab.chain_verified) as verified:
        qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)

    count = services.audit.count()
    assert verified.args[0].intact
    assert tab.result.text() == (
        f"The audit trail is intact: all {count} events are unchanged and none is missing.")


def test_a_password_that_is_too_short_is_explained_in_the_reset_dialog(
        qtbot: QtBot, users_tab: UsersTab, dialogs: RecordingDialogs,
        services: AppServices) -> None:
    with qtbot.waitSignal(users_tab.users_loaded):  # refreshed by the change notification
        add_user(services, "carlos", Role.CASE_MANAGER)
    users_tab.select_user("carlos")
    dialog = users_tab.reset_password()
    assert isinstance(dialog, ResetPasswordDialog)
    dialog.password.edit.setText("short")

    with qtbot.waitSignal(dialog.refused):
        dialog.save_button.click()

    assert dialog.errors.message("password") == "A password needs at least 8 characters."
    assert AppServices(services.db).auth.login("carlos", PASSWORD).username == "carlos"
