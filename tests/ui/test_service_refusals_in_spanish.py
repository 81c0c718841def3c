"""A case manager who works in Spanish reads the services' refusals in Spanish.

The services write their sentences in English (the command line and the log keep them); the
ones a case manager meets every day are marked for translation, and the screens that show
a refusal (a form's field messages, the warning box, the batch packets' list of packets not
made) show them in the user's language, dates in the user's format.

The translation is the shipped coordinator_es.ts, compiled in each test with Qt's lrelease.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coordinator.domain.consent import Recipient, RevocationMethod, Signer
from coordinator.domain.errors import Conflict, ValidationError
from coordinator.domain.referrals import check_move
from coordinator.domain.vocabulary import ReferralStatus
from coordinator.services.app import AppServices
from coordinator.services.care import EpisodeInput
from coordinator.services.consent_views import ConsentInput
from coordinator.services.dto import ClientInput
from coordinator.services.facilities import FacilityInput
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.locale_text import date_text
from coordinator.ui.login import LoginDialog
from coordinator.ui.record.window import RecordWindow
from coordinator.ui.resources import Translations, language_for
from coordinator.ui.said_text import error_text, field_texts
from coordinator.ui.views.client_form import ClientDialog
from tests.ui.conftest import ADMIN
from tests.ui.fakes import RecordingDialogs
from tests.ui.test_packet_batch import batch_dialog
from tests.ui.test_spanish_catalog import SPANISH, TOOLS


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[Translations]:
    """The shipped Spanish translation, compiled and put on; English again afterwards."""
    folder = tmp_path / "translations"
    folder.mkdir()
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(SPANISH), "-qm",
                    str(folder / "coordinator_es.qm")], check=True)
    translations = Translations(qapp, folder=folder)
    assert translations.use(language_for("es")).code == "es"
    yield translations
    translations.remove()


def refusal(call: Callable[[], object]) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        call()
    return refused.value


def conflict(call: Callable[[], object]) -> Conflict:
    with pytest.raises(Conflict) as refused:
        call()
    return refused.value


def test_the_client_form_says_what_to_fix_in_spanish(
        qtbot: QtBot, ui: UiContext, spanish: Translations) -> None:
    dialog = ClientDialog(ui, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.inputs["family_name"].setText("Díaz")
    dialog.inputs["email"].setText("rosa-en-casa")

    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.save_button.click()

    assert dialog.errors.message("given_name") == "Escriba el nombre del cliente."
    assert dialog.errors.message("email") == "'rosa-en-casa' no parece un correo electrónico."
    assert dialog.isVisible()


def test_the_command_line_keeps_the_english_sentence(
        services: AppServices, spanish: Translations) -> None:
    error = refusal(lambda: services.clients.create(
        ClientInput("", "Díaz", email="rosa-en-casa")))

    assert error.fields == {
        "given_name": "Enter the client's first name.",
        "email": "'rosa-en-casa' does not look like an e-mail address."}
    assert str(error) == ("Enter the client's first name. 'rosa-en-casa' does not look like "
                          "an e-mail address.")


def test_a_discharge_before_the_stay_began_reads_in_spanish_with_its_dates(
        services: AppServices, spanish: Translations) -> None:
    rosa = services.clients.create(ClientInput("Rosa", "Díaz", date(1990, 6, 1))).id
    stay = services.episodes.add(rosa, EpisodeInput("IOP", date(2026, 3, 9)))

    error = refusal(lambda: services.episodes.discharge(
        stay.id, stay.version, date(2026, 3, 1), ""))

    assert field_texts(error) == {
        "end_date": (f"La fecha de alta {date_text(date(2026, 3, 1))} es anterior al inicio "
                     f"del episodio, el {date_text(date(2026, 3, 9))}."),
        "discharge_disposition": "Escriba el destino al alta."}
    assert error.fields["end_date"] == (
        "The discharge date 2026-03-01 is before the episode started on 2026-03-09.")


def test_a_refused_referral_move_and_its_warning_box_read_in_spanish(
        dialogs: RecordingDialogs, spanish: Translations) -> None:
    error = refusal(lambda: check_move(ReferralStatus.COMPLETED, ReferralStatus.REQUESTED,
                                       None))

    assert error_text(error) == ("El referido está cerrado (completado); haga un referido "
                                 "nuevo.")
    report_failure(dialogs, None, error, "Referido")
    assert dialogs.shown[-1].text == ("El referido está cerrado (completado); haga un "
                                      "referido nuevo.")
    assert str(error) == "The referral is closed (completed); make a new referral instead."


def test_batch_transfers_refused_by_the_consent_gate_say_why_in_spanish(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        tmp_path: Path, spanish: Translations) -> None:
    services.settings.update({"require_consent_all_disclosures": True})
    harbor = services.facilities.create(FacilityInput(
        "Harbor Residential", "residential", ("RES",))).id
    services.clients.create(ClientInput("María", "Núñez", date(1980, 1, 1)))
    folder = tmp_path / "packets"
    folder.mkdir()
    _view, dialog = batch_dialog(qtbot, ui, dialogs, folder)
    dialog.choose_transfer(harbor)

    with qtbot.waitSignal(dialog.batch_finished, timeout=60000) as finished:
        dialog.start_button.click()

    assert [refused.reason for refused in finished.args[0].refused] == [
        "The clinic requires a consent for every disclosure, and no active consent on file "
        "lets the clinic send María Núñez's packet to Harbor Residential. Record the signed "
        "consent first."]
    assert dialog.refused_model.index(0, 1).data() == (
        "La clínica exige un consentimiento para cada divulgación, y ningún consentimiento "
        "activo en el expediente permite a la clínica enviar el paquete de documentos de "
        "María Núñez a Harbor Residential. Registre primero el consentimiento firmado.")


def test_a_stale_edit_is_refused_in_spanish_in_the_warning_box(
        qtbot: QtBot, ui: UiContext, services: AppServices, dialogs: RecordingDialogs,
        spanish: Translations) -> None:
    rosa = services.clients.create(ClientInput("Rosa", "Díaz", date(1990, 6, 1))).id
    dialog = ClientDialog(ui, services.clients.get(rosa))
    qtbot.addWidget(dialog)
    dialog.show()
    # Someone else saves Rosa's new phone number while the form is open.
    saved = services.clients.get(rosa)
    services.clients.update(rosa, saved.version, replace(saved.details, phone="562-555-0101"))
    dialog.inputs["email"].setText("rosa@example.org")

    with qtbot.waitSignal(dialog.refused, timeout=10_000):
        dialog.save_button.click()

    assert dialogs.shown[-1].kind == "warning"
    assert dialogs.shown[-1].text == ("Otro usuario cambió este registro desde que usted lo "
                                      "abrió. Vuelva a cargarlo y haga su cambio de nuevo.")
    assert dialog.inputs["email"].text() == "rosa@example.org"  # nothing typed is lost


def test_a_wrong_password_on_a_spanish_workstation_is_refused_in_spanish(
        qtbot: QtBot, ui: UiContext, services: AppServices, spanish: Translations) -> None:
    services.auth.logout()
    dialog = LoginDialog(ui)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, ADMIN)
    qtbot.keyClicks(dialog.password, "not the password")

    with qtbot.waitSignal(dialog.sign_in_refused):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    assert dialog.problem.text() == "El nombre de usuario o la contraseña no son correctos."
    assert services.actor is None


def test_what_an_incomplete_consent_lacks_reads_in_spanish_on_the_consents_tab(
        qtbot: QtBot, ui: UiContext, services: AppServices, spanish: Translations) -> None:
    maria = services.clients.create(ClientInput("María", "Núñez", date(1988, 5, 14))).id
    services.consents.record(maria, ConsentInput(
        Recipient(class_name="My treating providers"), "",
        "Mental health diagnosis and treatment dates", False, Signer.CLIENT, "María Núñez",
        date(2026, 3, 25), date(2026, 9, 25), discloser="Riverside Counseling",
        revocation_method=RevocationMethod.IN_WRITING, revocation_contact="Privacy Officer"))
    record = RecordWindow(ui, maria)
    qtbot.addWidget(record)
    with qtbot.waitSignal(record.consents_page.consents_loaded, timeout=10_000):
        record.show()
    record.tabs.setCurrentWidget(record.consents_page)

    assert record.consents_page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Mental health diagnosis and treatment dates\n"
        "⚠ Falta el propósito de la divulgación.\n"
        "⚠ No se ha confirmado la declaración del derecho a revocar.")


def test_refusals_that_name_an_episode_name_it_in_spanish(
        services: AppServices, spanish: Translations) -> None:
    rosa = services.clients.create(ClientInput("Rosa", "Díaz", date(1990, 6, 1))).id
    stay = services.episodes.add(rosa, EpisodeInput("INP", date(2026, 3, 1)))
    stay = services.episodes.discharge(stay.id, stay.version, date(2026, 3, 12), "Home")
    march = f"del {date_text(date(2026, 3, 1))} al {date_text(date(2026, 3, 12))}"

    twice = conflict(lambda: services.episodes.discharge(
        stay.id, stay.version, date(2026, 3, 12), "Home"))
    overlap = refusal(lambda: services.episodes.add(rosa, EpisodeInput(
        "INP", date(2026, 3, 10), end_date=date(2026, 3, 20))))

    assert error_text(twice) == f"El episodio de Hospitalización {march} ya tiene alta."
    assert field_texts(overlap) == {
        "start_date": f"Esta estancia se superpone con el episodio de Hospitalización {march}."}
    assert str(twice) == ("The Inpatient episode from 2026-03-01 to 2026-03-12 was already "
                          "discharged.")
