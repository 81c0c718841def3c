"""A Spanish-speaking case manager's day, walked through the real windows in Spanish.

Carla chose Spanish (File ▸ Language…) earlier. She signs in on an English workstation
through the real sign-in window, the app speaks Spanish from then on: the dashboard, the
client list, the record of Rosa Díaz (a Spanish-speaking client in residential care), the
step-down to IOP through the transition dialogs, a PHQ-9 read to Rosa in its official
Spanish and answered from the keyboard, and Rosa's own discharge summary, saved from the
Documents tab and read back from the PDF in Spanish with its dates in Spanish words.

The translation is the shipped coordinator_es.ts, compiled with Qt's lrelease for the test.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.store.engine import Database
from coordinator.ui.care.fields import select_data, set_day
from coordinator.ui.care.transition_dialog import CompleteTransitionDialog, TransitionDialog
from coordinator.ui.context import UiContext
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.packets.dialog import PacketDialog
from coordinator.ui.preferences import Preferences
from coordinator.ui.record.assessment_dialogs import RecordAssessmentDialog
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.resources import Translations
from coordinator.ui.session_flow import SessionFlow
from coordinator.ui.views.clients import ClientsView
from coordinator.ui.views.dashboard import DashboardView
from tests.services.helpers import PASSWORD, SteppingClock, add_user, admin_services, signed_in
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_spanish_catalog import SPANISH, TOOLS

# Noon UTC on 1 December 2026: the same calendar day in any usual time zone.
NOON = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
TODAY = NOON.date()
CARLA_PASSWORD = "carla-own-password-1"
PHQ9_ITEM9 = ("9. Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna "
              "manera")


def days_ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def in_spanish_words(day: date) -> str:
    """A day as Spanish writes it out, e.g. "1 de diciembre de 2026"."""
    return QLocale(QLocale.Language.Spanish).toString(
        QDate(day.year, day.month, day.day), "d 'de' MMMM 'de' yyyy")


@pytest.fixture
def services(database: Database) -> AppServices:
    """Case manager Carla, with a password of her own, who chose Spanish for herself; her
    clinic's residential program and an IOP; Rosa Díaz, who speaks Spanish, in residential
    care for the last 30 days."""
    clock = SteppingClock(NOON)
    admin = admin_services(database, clock)
    add_user(admin, "carla", Role.CASE_MANAGER)
    admin.facilities.create(FacilityInput("Harbor Residential", "residential", ("RES",)))
    admin.facilities.create(FacilityInput("Riverbend IOP", "php_iop", ("IOP",)))
    carla = signed_in(database, "carla", clock)
    carla.auth.change_own_password(PASSWORD, CARLA_PASSWORD)
    carla_id = next(user.id for user in admin.users.list_users() if user.username == "carla")
    Preferences(carla_id).set_language("es")
    rosa = carla.clients.create(ClientInput("Rosa", "Díaz", date(1990, 6, 1),
                                            preferred_language="Español"))
    harbor = facility_of(admin, "Harbor Residential")
    carla.episodes.add(rosa.id, EpisodeInput("RES", days_ago(30), harbor))
    return carla


def facility_of(services: AppServices, name: str) -> int:
    return next(facility.id for facility in services.facilities.list_facilities()
                if facility.name == name)


@pytest.fixture
def translations(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    """The shipped Spanish, compiled; the workstation speaks English. Removed afterwards."""
    folder = tmp_path / "translations"
    folder.mkdir()
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(SPANISH), "-qm",
                    str(folder / "coordinator_es.qm")], check=True)
    spanish = Translations(qapp, folder=folder, system=QLocale("en_US"))
    yield spanish
    spanish.remove()


@pytest.fixture
def flow(ui: UiContext, translations: Translations) -> Iterator[SessionFlow]:
    """The workstation's session flow, from the sign-in window; closed afterwards."""
    ui.services.auth.logout()
    session = SessionFlow(ui, translations=translations)
    yield session
    if session.window is not None:
        session.window.close()
    ui.operations.wait()


def sign_in(qtbot: QtBot, flow: SessionFlow) -> MainWindow:
    with qtbot.waitSignal(flow.window_shown) as shown:
        flow.start()
    login = shown.args[0]
    assert isinstance(login, LoginDialog)
    assert login.sign_in_button.text() == "&Sign in", "sign-in speaks the workstation's"
    qtbot.keyClicks(login.username, "carla")
    qtbot.keyClicks(login.password, CARLA_PASSWORD)
    with qtbot.waitSignal(flow.window_shown) as shown:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    main = shown.args[0]
    assert isinstance(main, MainWindow)
    return main


def open_rosa(qtbot: QtBot, main: MainWindow) -> RecordWindow:
    """Clientes in the navigation, Rosa's row, Enter."""
    main.nav.setCurrentRow(main.view_keys.index("clients"))
    clients = main.views["clients"]
    assert isinstance(clients, ClientsView)
    qtbot.waitUntil(lambda: clients.table.model().rowCount() == 1, timeout=10_000)
    clients.table.setFocus()
    clients.table.selectRow(0)
    with qtbot.waitSignal(main.record_opened) as opened:
        qtbot.keyClick(clients.table, Qt.Key.Key_Return)
    record = opened.args[0]
    assert isinstance(record, RecordWindow)
    qtbot.waitUntil(lambda: record.record is not None and record.care is not None,
                    timeout=10_000)
    return record


def save(qtbot: QtBot, dialog: TransitionDialog | CompleteTransitionDialog,
         record: RecordWindow) -> None:
    with qtbot.waitSignals([dialog.saved, record.record_loaded], timeout=10_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def step_down_to_iop(qtbot: QtBot, record: RecordWindow) -> None:
    """Plan the step-down from residential to IOP for today, then complete it: discharged
    from residential yesterday, IOP started today."""
    step = record.plan_transition()
    assert isinstance(step, TransitionDialog)
    assert step.windowTitle() == "Pasar a un nivel mayor o menor"
    assert step.from_label.text().startswith("Tratamiento residencial en Harbor Residential")
    iop = step.level.findData("IOP")
    assert step.level.itemText(iop) == "Programa intensivo ambulatorio (IOP)"
    select_data(step.level, "IOP")
    assert step.direction_label.text() == (
        "↓ Paso a un nivel menor: Tratamiento residencial → Programa intensivo ambulatorio")
    assert step.criteria_box.title() == "Criterios de paso a un nivel menor que aplican"
    form_labels = {label.text() for label in step.findChildren(QLabel)}
    assert {"&Nivel de destino", "&Centro", "&Fecha prevista", "&Justificación *",
            "Decidido por"} <= form_labels
    select_data(step.facility, facility_of(record.ui.services, "Riverbend IOP"))
    set_day(step.planned, TODAY)
    stable = step.criteria_checks["clinically_stable"]
    assert stable.text() == "Clínicamente estable"
    stable.setChecked(True)
    qtbot.keyClicks(step.rationale, "Estable; lista para los grupos de la tarde.")
    save(qtbot, step, record)

    assert [record.transition_model.index(0, column).data() for column in (1, 2, 7)] == [
        "RES → IOP", "↓ Paso a un nivel menor", "Previsto"]
    record.transition_table.selectRow(0)
    complete = record.complete_transition()
    assert isinstance(complete, CompleteTransitionDialog)
    assert complete.windowTitle() == "Completar transición"
    set_day(complete.discharged, days_ago(1))
    set_day(complete.start, TODAY)
    assert complete.gap_label.text() == "1 día entre el alta y el inicio"
    save(qtbot, complete, record)
    assert record.transition_model.index(0, 7).data() == "Completado"
    assert record.level_badge.text() == "Programa intensivo ambulatorio (IOP)"


def record_phq9(qtbot: QtBot, record: RecordWindow) -> None:
    """Evaluaciones tab, Alt+E (Registrar &evaluación…), the nine answers typed, Enter."""
    page = record.assessments_page
    with qtbot.waitSignal(page.assessments_loaded):
        record.tabs.setCurrentWidget(page)
    assert page.record_button.text() == "Registrar &evaluación…"
    record.activateWindow()
    qtbot.waitUntil(record.isActiveWindow)
    with qtbot.waitSignal(page.dialog_opened) as opened:
        qtbot.keyClick(record, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, RecordAssessmentDialog)
    assert dialog.windowTitle() == "Registrar evaluación — Rosa Díaz"
    assert dialog.language.currentText() == "Español"  # Rosa's language, not Carla's
    assert dialog.stem.text().startswith("Durante las últimas 2 semanas, ¿qué tan seguido ha "
                                         "tenido molestias")
    model = dialog.items.model()
    assert model.index(8, 0).data() == PHQ9_ITEM9
    dialog.items.setFocus()
    qtbot.keyClicks(dialog.items, "3222111")
    assert dialog.result_label.text() == "7 de 9 respondidos — total hasta ahora: 12"
    qtbot.keyClicks(dialog.items, "00")
    assert dialog.result_label.text() == "Total: 12 de 27 — Moderada"
    with qtbot.waitSignal(page.assessments_loaded, timeout=10_000):
        qtbot.keyClick(dialog.items, Qt.Key.Key_Return)
    assert [page.model.headerData(column, Qt.Orientation.Horizontal)
            for column in (1, 2, 3, 4)] == ["Instrumento", "Total", "Rango", "Nivel de atención"]
    assert [page.model.index(0, column).data() for column in (1, 2, 3, 4)] == [
        "PHQ-9", "12", "Moderada", "Programa intensivo ambulatorio"]


def save_discharge_summary(qtbot: QtBot, record: RecordWindow, dialogs: RecordingDialogs,
                           tmp_path: Path) -> Path:
    """Documents tab, Discharge summary…, yes to making it while she is in care, Save as."""
    page = record.documents_page
    with qtbot.waitSignal(page.disclosures_loaded):
        record.tabs.setCurrentWidget(page)
    dialogs.answers.append(True)  # Rosa is still in care (IOP): make it anyway
    with qtbot.waitSignal(page.dialog_opened) as opened:
        page.discharge_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, PacketDialog)
    qtbot.waitUntil(lambda: dialog.prepared is not None, timeout=20_000)
    assert dialogs.texts("question") == [
        "Rosa Díaz sigue en atención activa, y un resumen de alta es para un cliente que ya "
        "salió de la atención.\n\n¿Generarlo de todos modos, por ejemplo antes de un alta "
        "prevista?"]
    assert dialog.windowTitle() == "Resumen de alta — Rosa Díaz"
    assert dialog.recipient.currentText() == "El cliente (copia propia)"
    dialogs.files.append(tmp_path / "resumen-de-alta")  # Save as… answered with this name
    with qtbot.waitSignals([dialog.packet_saved, page.disclosures_loaded], timeout=20_000):
        dialog.save_button.click()
    assert dialog.status.text() == (f"Se guardó resumen-de-alta.pdf en {tmp_path} y quedó "
                                    "registrado en la pestaña Documentos.")
    assert [page.model.index(0, column).data() for column in (1, 2, 3)] == [
        "Resumen de alta", "Guardado", "El cliente (copia propia)"]
    return tmp_path / "resumen-de-alta.pdf"


def test_a_spanish_speaking_case_manager_steps_rosa_down_and_gives_her_a_spanish_summary(
        qtbot: QtBot, flow: SessionFlow, translations: Translations,
        dialogs: RecordingDialogs, tmp_path: Path) -> None:
    main = sign_in(qtbot, flow)
    assert translations.language is not None and translations.language.code == "es"

    # The dashboard, in Spanish.
    assert main.current_view_key() == "dashboard"
    dashboard = main.views["dashboard"]
    assert isinstance(dashboard, DashboardView)
    qtbot.waitUntil(lambda: main.ui.operations.pending() == 0, timeout=20_000)
    sections = [main.nav.item(row).text() for row in range(main.nav.count())]
    assert sections[:2] == ["Panel", "Clientes"]
    assert main.user_label.text() == "Sesión iniciada como Carla (Administrador de casos)"
    captions = [label.text() for label in dashboard.findChildren(QLabel, "cardCaption")]
    assert "Clientes activos" in captions and "Mis casos asignados" in captions
    assert dashboard.caseload_card.number.text() == "1"  # Rosa
    assert dashboard.clocks_title.text().startswith("Plazos que requieren acción")

    # Rosa's record: residential, Spanish.
    record = open_rosa(qtbot, main)
    assert record.name_label.text() == "Díaz, Rosa"
    assert record.level_badge.text() == "Tratamiento residencial (RES)"

    step_down_to_iop(qtbot, record)
    record_phq9(qtbot, record)
    saved = save_discharge_summary(qtbot, record, dialogs, tmp_path)

    text = " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(saved).pages)
    for heading in ("Resumen de alta", "Estancia", "Niveles de atención",
                    "Historial de evaluaciones", "Firmas"):
        assert heading in text, heading
    # The levels of care, with the residential stay's dates in Spanish words.
    assert (f"Tratamiento residencial (RES) Harbor Residential {in_spanish_words(days_ago(30))} "
            f"{in_spanish_words(days_ago(1))} completado") in text
    assert (f"Programa intensivo ambulatorio (IOP) Riverbend IOP {in_spanish_words(TODAY)} "
            "activo") in text
    assert f"Preparado por Carla el {in_spanish_words(TODAY)}." in text
    assert in_spanish_words(TODAY) == "1 de diciembre de 2026"
    assert f"{in_spanish_words(TODAY)} PHQ-9 12 Moderada" in text
    assert "Página 1 de " in text
    # The clinic has no name in its settings: the letterhead says so in Spanish too.
    assert "Clínica Resumen de alta Rosa Díaz · Fecha de nac. 1 de junio de 1990" in text
    assert "Discharge summary" not in text and "Levels of care" not in text
    assert "Clinic " not in text
