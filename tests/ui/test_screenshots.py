"""``render_screenshots``: one PNG per view, readable size, for the signed-in role."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from coordinator.domain.clinical_dates import local_today
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.diagnoses import DiagnosisInput
from coordinator.services.dto import ClientInput
from coordinator.ui.screenshot import render_screenshots
from tests.ui.conftest import PASSWORD, add_user


@pytest.fixture
def restored_look(qapp: QApplication) -> Iterator[None]:
    sheet, font = qapp.styleSheet(), qapp.font()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def test_every_view_of_an_administrator_is_rendered(
        restored_look: None, services: AppServices, tmp_path: Path) -> None:
    services.clients.create(ClientInput(given_name="María", family_name="Núñez"))

    paths = render_screenshots(services, tmp_path / "shots")

    assert [path.name for path in paths] == [
        "01-dashboard.png", "02-clients.png", "03-referrals.png", "04-roll-call.png",
        "05-resources.png", "06-facilities.png", "07-reports.png", "08-admin-users.png",
        "09-admin-settings.png", "10-admin-levels.png", "11-edit-level.png",
        "12-admin-audit.png", "13-admin-protection.png", "14-new-client.png",
        "15-facility-form.png", "16-sign-in.png", "17-first-run.png", "18-unlock.png",
        "19-idle-lock.png"]
    dashboard = QImage(str(paths[0]))
    assert (dashboard.width(), dashboard.height()) == (1280, 800)
    assert all(QImage(str(path)).width() > 300 for path in paths)
    assert services.actor is not None  # still signed in for the caller


def test_a_read_only_user_gets_no_admin_and_no_new_client_picture(
        restored_look: None, services: AppServices, tmp_path: Path) -> None:
    add_user(services, "rosa", Role.READ_ONLY)
    services.auth.logout()
    services.auth.login("rosa", PASSWORD)

    names = [path.name for path in render_screenshots(services, tmp_path)]

    assert not [name for name in names
                if "admin" in name or "new-client" in name or "reports" in name]
    assert names[-1] == "10-idle-lock.png"


def test_a_client_in_care_gets_the_clinical_record_tabs_and_their_dialogs(
        restored_look: None, services: AppServices, tmp_path: Path) -> None:
    client = services.clients.create(ClientInput("Dara", "Sok", date(1990, 7, 9)))
    services.episodes.add(client.id, EpisodeInput("IOP", local_today() - timedelta(days=10)))
    services.diagnoses.add(client.id, DiagnosisInput("F33.1", is_primary=True))

    names = [path.name[3:] for path in render_screenshots(services, tmp_path)]

    shown = [name for name in names if name.startswith("record-")]
    assert shown == [
        "record-overview.png", "record-problems.png", "record-problems-dialog.png",
        "record-medications.png", "record-medications-dialog.png",
        "record-appointments.png", "record-appointments-dialog.png", "record-safety.png",
        "record-safety-dialog.png", "record-care-team.png", "record-care-team-dialog.png"]
    overview = QImage(str(tmp_path / next(path.name for path in tmp_path.iterdir()
                                          if path.name.endswith("record-overview.png"))))
    assert (overview.width(), overview.height()) == (1280, 800)
