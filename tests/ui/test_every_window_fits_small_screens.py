"""Every window and dialog fits a 1280×720 screen, and 1366×768 at 125 % (≈1093×614).

Each one is built with real services on a real database, shown on a screen said to offer
only that much room, and every shown button (a dialog's Save, Print, Close …) must lie
inside the room: nobody has to drag a window off the top of the screen to reach Save.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from coordinator.domain.vocabulary import DocumentType
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.store.engine import Database
from coordinator.ui.admin.levels import EditLevelDialog
from coordinator.ui.admin.user_dialogs import AddUserDialog
from coordinator.ui.care.episode_dialogs import (
    DischargeDetailsDialog,
    DischargeDialog,
    EpisodeDialog,
)
from coordinator.ui.care.readiness_dialog import ReadinessDialog
from coordinator.ui.care.transition_dialog import TransitionDialog
from coordinator.ui.change_password import ChangePasswordDialog
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import CrashDialog
from coordinator.ui.facilities.dialog import FacilityDialog
from coordinator.ui.intake.inquiry_dialog import InquiryDialog
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.packets.batch import BatchPacketDialog, ChosenClient
from coordinator.ui.packets.dialog import PacketDialog
from coordinator.ui.record.assessment_dialogs import RecordAssessmentDialog
from coordinator.ui.record.consent_dialogs import RecordConsentDialog
from coordinator.ui.record.medication_dialogs import (
    AllergyDialog,
    MedicationDialog,
    NoKnownAllergiesDialog,
)
from coordinator.ui.record.problem_dialogs import AddProblemDialog
from coordinator.ui.record.safety_plan_widgets import SafetyPlanDialog, SafetyPlanHistoryDialog
from coordinator.ui.record.team_notes_dialogs import CareTeamDialog, NoteDialog
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.referrals.client_picker import ClientPickerDialog
from coordinator.ui.referrals.dialogs import NewReferralDialog
from coordinator.ui.screen_fit import assume_available_size
from coordinator.ui.views.client_form import ClientDialog
from tests.ui.care_helpers import add_facilities, case_manager_services

SMALL_SCREENS = {"1280x720 at 100%": QSize(1280, 720), "1366x768 at 125%": QSize(1093, 614)}

Build = Callable[[UiContext, AppServices, int], QWidget]


def _care(services: AppServices, client_id: int) -> tuple[object, ...]:
    care = services.record.care(client_id)
    assert care.current is not None
    return care.current, care.levels, care.facilities


def _transition(ui: UiContext, services: AppServices, client_id: int) -> QWidget:
    current, levels, facilities = _care(services, client_id)
    return TransitionDialog(ui, client_id, current, levels, facilities)  # type: ignore[arg-type]


def _episode(ui: UiContext, services: AppServices, client_id: int) -> QWidget:
    _current, levels, facilities = _care(services, client_id)
    return EpisodeDialog(ui, client_id, levels, facilities)  # type: ignore[arg-type]


def _discharge(ui: UiContext, services: AppServices, client_id: int) -> QWidget:
    care = services.record.care(client_id)
    assert care.current is not None
    return DischargeDialog(ui, care.current, levels=care.levels)


def _discharge_details(ui: UiContext, services: AppServices, client_id: int) -> QWidget:
    care = services.record.care(client_id)
    assert care.current is not None
    return DischargeDetailsDialog(ui, care.current, levels=care.levels)


def _level(ui: UiContext, services: AppServices, client_id: int) -> QWidget:
    return EditLevelDialog(ui, services.record.care(client_id).levels[0])


def _facility(ui: UiContext, services: AppServices, client_id: int) -> QWidget:
    return FacilityDialog(ui, None, services.record.care(client_id).levels)


def _client(ui: UiContext, services: AppServices, client_id: int) -> QWidget:
    return ClientDialog(ui, services.clients.get(client_id))


BUILDS: dict[str, Build] = {
    "main window": lambda ui, services, client_id: MainWindow(ui),
    "record window": lambda ui, services, client_id: RecordWindow(ui, client_id),
    "sign-in": lambda ui, services, client_id: LoginDialog(ui),
    "change password": lambda ui, services, client_id: ChangePasswordDialog(ui),
    "new client": lambda ui, services, client_id: ClientDialog(ui, None),
    "edit client": _client,
    "transfer packet": lambda ui, services, client_id: PacketDialog(
        ui, client_id, DocumentType.TRANSFER_SUMMARY, "Dara Sok"),
    "discharge packet": lambda ui, services, client_id: PacketDialog(
        ui, client_id, DocumentType.DISCHARGE_SUMMARY, "Dara Sok"),
    "batch packets": lambda ui, services, client_id: BatchPacketDialog(
        ui, [ChosenClient(client_id, "Sok, Dara")]),
    "PHQ-9 and other assessments": lambda ui, services, client_id: RecordAssessmentDialog(
        ui, client_id, "Dara Sok"),
    # The Spanish items are longer (PHQ-9 item 8 above all): they wrap, and still fit.
    "PHQ-9 in Spanish": lambda ui, services, client_id: RecordAssessmentDialog(
        ui, client_id, "Dara Sok", client_language="Español"),
    "step up or down": _transition,
    "add episode": _episode,
    "discharge": _discharge,
    "discharge details": _discharge_details,
    "consent": lambda ui, services, client_id: RecordConsentDialog(ui, client_id, "Dara Sok"),
    "safety plan": lambda ui, services, client_id: SafetyPlanDialog(ui, client_id, None),
    "safety plan history": lambda ui, services, client_id: SafetyPlanHistoryDialog(
        ui, client_id),
    "problem": lambda ui, services, client_id: AddProblemDialog(ui, client_id),
    "medication": lambda ui, services, client_id: MedicationDialog(ui, client_id, None),
    "allergy": lambda ui, services, client_id: AllergyDialog(ui, client_id, None),
    "no known allergies": lambda ui, services, client_id: NoKnownAllergiesDialog(
        ui, client_id),
    "care team member": lambda ui, services, client_id: CareTeamDialog(ui, client_id, None),
    "team note": lambda ui, services, client_id: NoteDialog(ui, client_id),
    "new referral": lambda ui, services, client_id: NewReferralDialog(ui, client_id),
    "client picker": lambda ui, services, client_id: ClientPickerDialog(ui, "Which client?"),
    "add user": lambda ui, services, client_id: AddUserDialog(ui),
    "level of care": _level,
    "facility": _facility,
    "inquiry": lambda ui, services, client_id: InquiryDialog(
        ui, services.levels.list_levels()),
    "readiness assessment": lambda ui, services, client_id: ReadinessDialog(
        ui, client_id, services.levels.list_levels()),
    "crash": lambda ui, services, client_id: CrashDialog(
        "Something went wrong.", "Traceback …\n" * 80),
}


@pytest.fixture
def services(database: Database) -> AppServices:
    return case_manager_services(database)


@pytest.fixture
def dara(services: AppServices, database: Database) -> int:
    add_facilities(database)
    client_id = services.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id
    services.episodes.add(client_id, EpisodeInput("IOP", date(2026, 3, 16)))
    return client_id


@pytest.fixture(params=list(SMALL_SCREENS), ids=list(SMALL_SCREENS))
def room(request: pytest.FixtureRequest) -> Iterator[QRect]:
    size = SMALL_SCREENS[request.param]
    assume_available_size(size)
    yield QRect(QPoint(0, 0), size)
    assume_available_size(None)


def scrolled_into_view(widget: QWidget) -> bool:
    """Whether ``widget`` sits in a scroll area (reached by scrolling, not by the window)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def out_of_room(window: QWidget, room: QRect) -> list[str]:
    """The shown buttons (and button boxes) of ``window`` not wholly inside ``room``."""
    found = []
    for kind in (QAbstractButton, QDialogButtonBox):
        for widget in window.findChildren(kind):
            if not widget.isVisible() or scrolled_into_view(widget):
                continue
            place = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
            if not room.contains(place):
                text = widget.text() if isinstance(widget, QAbstractButton) else "buttons"
                found.append(f"{text or widget.accessibleName()} at {place.getRect()}")
    frame = window.frameGeometry()
    if not room.contains(frame):
        found.append(f"the window itself at {frame.getRect()}")
    return found


@pytest.mark.parametrize("name", list(BUILDS))
def test_every_button_is_on_a_small_screen(
        qtbot: QtBot, room: QRect, ui: UiContext, services: AppServices, dara: int,
        name: str) -> None:
    window = BUILDS[name](ui, services, dara)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert out_of_room(window, room) == [], name
    window.close()
    ui.operations.wait()
