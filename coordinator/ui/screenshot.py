"""Render each main view to a PNG (``coordinator screenshot --out DIR``), offscreen.

Used for documentation and for looking at the UI without a display: the main window at
1280×800 on every view and admin tab, the record's tabs and dialogs, inquiries, readiness
assessments and care plans where the database has them, plus the sign-in, first-run,
new-client, facility and lock screens.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QSize,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coordinator.domain.roles import Permission
from coordinator.services.app import AppServices
from coordinator.services.referral_views import ReferralFilter
from coordinator.ui.admin.levels import LevelsTab
from coordinator.ui.admin.view import AdminView
from coordinator.ui.care.readiness_dialog import ReadinessDialog
from coordinator.ui.care.transition_dialog import EXIT_FROM_CARE
from coordinator.ui.collector import GuiThreadCollector
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import DialogService, dispose
from coordinator.ui.facilities.view import FacilitiesView
from coordinator.ui.first_run import FirstRunDialog
from coordinator.ui.login import LoginDialog
from coordinator.ui.main_window import MainWindow
from coordinator.ui.packets.screens import document_shots
from coordinator.ui.reports.period import Preset
from coordinator.ui.reports.view import ReportsView
from coordinator.ui.resource_directory.view import ResourcesView
from coordinator.ui.resources import Translations, apply_look
from coordinator.ui.screen_fit import assume_available_size
from coordinator.ui.unlock import UnlockDialog
from coordinator.ui.views.client_form import ClientDialog
from coordinator.ui.views.dashboard import DashboardView
from coordinator.ui.window_memory import keep_settings_in

SIZE = (1280, 800)
_NEVER_IDLE_MS = 24 * 3_600_000


class _QuietDialogs(DialogService):
    """Never blocks on a modal while rendering; remembers what it would have said."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(text)

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(text)

    def question(self, parent: QWidget | None, title: str, text: str, *,
                 yes_text: str = "", no_text: str = "") -> bool:
        self.messages.append(text)
        return False

    def error_details(self, parent: QWidget | None, title: str, text: str,
                      details: str) -> None:
        self.messages.append(details)

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        return None

    def open_folder(self, parent: QWidget | None, title: str) -> Path | None:
        return None

    def open_dialog(self, dialog: QDialog) -> None:
        dialog.show()


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen_notes)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Coordinator")
    app.setOrganizationName("Coordinator")
    return app


def _quiet_offscreen_notes(kind: QtMsgType, _context: QMessageLogContext, text: str) -> None:
    """Drop the offscreen platform's "does not support" notes; pass everything else on."""
    if text.startswith("This plugin does not support"):
        return
    print(text, file=sys.stderr)


def _settle(app: QApplication, ui: UiContext) -> None:
    """Let every background read finish and its answer reach the widgets."""
    for _ in range(20):
        ui.operations.wait()
        app.processEvents()
        if ui.operations.pending() == 0:
            break
    # The layout requests the last answers posted, and those the new layouts post in turn
    # (a record window's header settles in two rounds): until none is left.
    for _ in range(5):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"Cannot write {path}")
    return path


def _dialog_shot(app: QApplication, ui: UiContext, dialog: QDialog, path: Path) -> Path:
    """Save ``dialog`` once its reads have landed, then close and release it."""
    _settle(app, ui)
    _save(dialog, path)
    dialog.reject()
    dispose(dialog)
    return path


def _first_client_in_care(services: AppServices) -> int | None:
    """The first listed client with an active episode, for the record screenshots."""
    for row in services.clients.search("", limit=50):
        current = services.episodes.current_episode(row.id)
        if current is not None and current.status == "active":
            return row.id
    return None


def _admin_shots(app: QApplication, ui: UiContext, window: MainWindow, admin: AdminView,
                 name: Callable[[str], Path]) -> list[Path]:
    """Each Administration tab the account has, and the Levels of care tab's edit dialog."""
    written: list[Path] = []
    tabs = admin.tabs
    for tab, slug in ((admin.users, "admin-users"), (admin.settings, "admin-settings"),
                      (admin.levels, "admin-levels"), (admin.audit, "admin-audit"),
                      (admin.protection, "admin-protection")):
        if tab is None:
            continue
        tabs.setCurrentIndex(tabs.indexOf(tab))
        _settle(app, ui)
        written.append(_save(window, name(slug)))
        if slug == "admin-levels" and admin.levels is not None:
            written.extend(_level_dialog(app, ui, admin.levels, name))
    return written


def _level_dialog(app: QApplication, ui: UiContext, levels: LevelsTab,
                  name: Callable[[str], Path]) -> list[Path]:
    """The edit dialog of the IOP level (the one whose hours are most often debated)."""
    levels.select_level("IOP")
    dialog = levels.edit_level()
    if dialog is None:
        return []
    path = _dialog_shot(app, ui, dialog, name("edit-level"))
    return [path]


def _referral_shots(app: QApplication, ui: UiContext, window: MainWindow,
                    name: Callable[[str], Path]) -> list[Path]:
    """The Referrals tab of the client whose open referral is listed first, that referral
    with its history, and New referral."""
    first = ui.services.referrals.page(ReferralFilter(open_only=True), 0, 1)
    record = window.open_record(first[0].client_id) if first else None
    if record is None:
        return []
    record.resize(*SIZE)
    page = record.referrals_page
    record.tabs.setCurrentWidget(page)
    _settle(app, ui)
    paths = [_save(record, name("client-referrals"))]
    if page.model.rowCount():
        page.table.selectRow(0)
        if detail := page.open_referral():
            paths.append(_dialog_shot(app, ui, detail, name("referral-history")))
    if new := page.new_referral():
        paths.append(_dialog_shot(app, ui, new, name("new-referral")))
    record.close()
    _settle(app, ui)
    return paths


def _consent_shots(app: QApplication, ui: UiContext, window: MainWindow,
                   name: Callable[[str], Path]) -> list[Path]:
    """The Consents tab of the first listed client with consents (revoked or incomplete
    ones preferred, to show every state), and Record consent."""
    consents = ui.services.consents
    rows = ui.services.clients.search("", limit=50)
    with_consents = [row.id for row in rows if consents.consents_of(row.id)]
    varied = [client_id for client_id in with_consents
              if len({view.state for view in consents.consents_of(client_id)}) > 1]
    chosen = (varied or with_consents)[:1]
    record = window.open_record(chosen[0]) if chosen else None
    if record is None:
        return []
    record.resize(*SIZE)
    page = record.consents_page
    record.tabs.setCurrentWidget(page)
    _settle(app, ui)
    paths = [_save(record, name("client-consents"))]
    if dialog := page.record_consent():
        paths.append(_dialog_shot(app, ui, dialog, name("record-consent")))
    record.close()
    _settle(app, ui)
    return paths


def _assessment_shots(app: QApplication, ui: UiContext, window: MainWindow,
                      name: Callable[[str], Path]) -> list[Path]:
    """The Assessments tab of the first listed client with a trend (two scores or more of
    one instrument), and Record assessment with a few items answered."""
    assessments = ui.services.assessments
    rows = ui.services.clients.search("", limit=50)
    chosen = [row.id for row in rows
              if any(len(trend.points) > 1 for trend in assessments.trends(row.id))][:1]
    record = window.open_record(chosen[0]) if chosen else None
    if record is None:
        return []
    record.resize(*SIZE)
    page = record.assessments_page
    record.tabs.setCurrentWidget(page)
    _settle(app, ui)
    paths = [_save(record, name("client-assessments"))]
    if dialog := page.record_assessment():
        for row, answer in enumerate((2, 2, 1, 1, 1)):
            dialog.items.answer_model.set_answer(row, answer)
        paths.append(_dialog_shot(app, ui, dialog, name("record-assessment")))
    record.close()
    _settle(app, ui)
    return paths


def _richest_record(services: AppServices) -> int | None:
    """Among the first listed clients in care, the one whose clinical record has the most to
    show (problems, medications, a next appointment, a safety plan, a directive, a
    clinician)."""
    best, best_score = None, -1
    for row in services.clients.search("", limit=80):
        current = services.episodes.current_episode(row.id)
        if current is None or current.status != "active":
            continue
        summary = services.summary.summary(row.id)
        score = sum((bool(summary.problems), bool(summary.active_medications),
                     summary.next_appointment is not None, summary.safety_plan is not None,
                     bool(summary.directives), bool(summary.clinician)))
        if score > best_score:
            best, best_score = row.id, score
    return best


def _clinical_record_shots(app: QApplication, ui: UiContext, window: MainWindow,
                           name: Callable[[str], Path]) -> list[Path]:
    """The record's Overview and clinical-record tabs (Problems, Medications, Appointments,
    Safety, Care team) of the client with the most to show, and their Add dialogs."""
    client_id = _richest_record(ui.services)
    record = window.open_record(client_id) if client_id is not None else None
    if record is None:
        return []
    record.resize(*SIZE)
    _settle(app, ui)
    paths = [_save(record, name("record-overview"))]
    for page, slug, opener in (
            (record.problems_page, "record-problems", record.problems_page.add_problem),
            (record.medications_page, "record-medications",
             record.medications_page.add_medication),
            (record.appointments_page, "record-appointments",
             record.appointments_page.add_appointment),
            (record.safety_page, "record-safety", record.safety_page.plan_section.write_plan),
            (record.team_page, "record-care-team",
             record.team_page.clinician_box.set_clinician)):
        record.tabs.setCurrentWidget(page)
        _settle(app, ui)
        paths.append(_save(record, name(slug)))
        if ui.may(Permission.EDIT_CARE) and (dialog := opener()):
            paths.append(_dialog_shot(app, ui, dialog, name(slug + "-dialog")))
    record.close()
    _settle(app, ui)
    return paths


def _view_shots(app: QApplication, ui: UiContext, window: MainWindow,
                name: Callable[[str], Path]) -> list[Path]:
    """The main window on each of its views (and each Administration tab)."""
    written: list[Path] = []
    for key in window.view_keys:
        window.show_view(key)
        _settle(app, ui)
        view = window.views[key]
        if isinstance(view, ResourcesView | FacilitiesView):
            # With the first row chosen: the resource detail pane is the point of it.
            view.table.selectRow(0)
            _settle(app, ui)
        if isinstance(view, ReportsView):
            view.run_report("step-down", Preset.LAST_QUARTER)
            _settle(app, ui)
        if isinstance(view, AdminView):
            written.extend(_admin_shots(app, ui, window, view, name))
        else:
            written.append(_save(window, name(key)))
    return written


def _form_shots(app: QApplication, ui: UiContext, window: MainWindow,
                name: Callable[[str], Path]) -> list[Path]:
    """The new-client form, and the first facility's form (or an empty one in a directory
    without facilities), for those who may use them."""
    written: list[Path] = []
    if ui.may(Permission.EDIT_CLIENTS):
        window.show_view("clients")
        dialog = ClientDialog(ui, None, window)
        dialog.show()
        written.append(_dialog_shot(app, ui, dialog, name("new-client")))

    facilities = window.views.get("facilities")
    if isinstance(facilities, FacilitiesView) and ui.may(Permission.EDIT_REFERENCE):
        window.show_view("facilities")
        facilities.table.selectRow(0)
        if form := facilities.edit_facility() or facilities.new_facility():
            written.append(_dialog_shot(app, ui, form, name("facility-form")))
    return written


def _client_record_shots(app: QApplication, ui: UiContext, window: MainWindow,
                         client_id: int, name: Callable[[str], Path]) -> list[Path]:
    """A client's record and its levels tab, with the step and exit-from-care dialogs."""
    record = window.open_record(client_id)
    if record is None:
        return []
    record.resize(*SIZE)
    _settle(app, ui)
    written = [_save(record, name("client-record"))]
    record.tabs.setCurrentIndex(1)
    _settle(app, ui)
    written.append(_save(record, name("client-levels")))
    if ui.may(Permission.EDIT_CARE) and (step := record.plan_transition()):
        written.append(_dialog_shot(app, ui, step, name("transition-dialog")))
    if ui.may(Permission.EDIT_CARE) and (leave := record.plan_transition()):
        leave.level.setCurrentIndex(leave.level.findData(EXIT_FROM_CARE))
        written.append(_dialog_shot(app, ui, leave, name("exit-from-care")))
    record.close()
    _settle(app, ui)
    return written


def _intake_and_plan_shots(app: QApplication, ui: UiContext, window: MainWindow,
                           name: Callable[[str], Path]) -> list[Path]:
    """The dashboard's open inquiries and the oldest one's form, a readiness assessment
    behind a level change, and the richest care plan in its record tab."""
    services = ui.services
    written: list[Path] = []
    dashboard = window.views.get("dashboard")
    if isinstance(dashboard, DashboardView):
        window.show_view("dashboard")
        _settle(app, ui)
        panel = dashboard.inquiries_panel
        if panel.model.rowCount():
            written.append(_save(panel, name("open-inquiries")))
            panel.table.activated.emit(panel.model.index(0, 0))
            _settle(app, ui)
            if panel.dialog is not None:
                written.append(_dialog_shot(app, ui, panel.dialog, name("inquiry-form")))
    in_care = [row.id for row in services.clients.search("", limit=120)]
    assessed = next((found for client_id in in_care
                     if (found := services.readiness.latest(client_id)) is not None), None)
    if assessed is not None:
        dialog = ReadinessDialog(ui, assessed.client_id, services.levels.list_levels(),
                                 existing=assessed, parent=window)
        ui.dialogs.open_dialog(dialog)
        written.append(_dialog_shot(app, ui, dialog, name("readiness-assessment")))
    plans = [(len(plan.goals), plan.client_id) for client_id in in_care
             if (plan := services.care_plans.current(client_id)) is not None]
    if plans and (record := window.open_record(max(plans)[1])) is not None:
        record.resize(*SIZE)
        record.tabs.setCurrentWidget(record.care_plan_page)
        _settle(app, ui)
        written.append(_save(record, name("record-care-plan")))
        record.close()
        _settle(app, ui)
    return written


def _session_shots(app: QApplication, ui: UiContext, window: MainWindow, username: str,
                   name: Callable[[str], Path]) -> list[Path]:
    """The sign-in, first-run and lock screens."""
    login = LoginDialog(ui, username=username)
    login.show()
    _settle(app, ui)
    written = [_save(login, name("sign-in"))]
    login.reject()
    _settle(app, ui)
    dispose(login)

    first_run = FirstRunDialog(ui)
    first_run.show()
    written.append(_dialog_shot(app, ui, first_run, name("first-run")))

    unlock = UnlockDialog(ui.services.db.display_name)
    unlock.show()
    written.append(_dialog_shot(app, ui, unlock, name("unlock")))

    window.lock()
    _settle(app, ui)
    written.append(_save(window, name("idle-lock")))
    return written


_SETTINGS_FOLDERS: list[tempfile.TemporaryDirectory[str]] = []


def _settings_apart() -> None:
    """Screenshots neither read nor change the person's remembered window sizes, column
    widths or text size: they go to a folder of their own, removed when the process ends,
    so two runs render the same pixels."""
    folder = tempfile.TemporaryDirectory(prefix="coordinator-screenshots-")
    _SETTINGS_FOLDERS.append(folder)
    keep_settings_in(folder.name)


def render_screenshots(services: AppServices, out_dir: Path, *,
                       username: str | None = None, language: str = "") -> list[Path]:
    """Save one PNG per view of the main window for the signed-in ``services.actor``.

    Args:
        services: services with a signed-in actor (the caller signs in).
        out_dir: the folder for the PNGs; created if missing.
        username: the user name shown on the sign-in screenshot (default: the actor's).
        language: the app's language ("en", "es"; "" or an unknown code: the
            workstation's), as a person's choice puts it on at sign-in.

    Returns:
        The paths written, in order (``01-dashboard.png`` …).
    """
    actor = services.actor
    if actor is None:
        raise RuntimeError("Sign in before rendering screenshots.")
    app = _application()
    _settings_apart()
    apply_look(app)
    translations = Translations(app)
    translations.use_choice(language)
    out_dir.mkdir(parents=True, exist_ok=True)
    ui = UiContext.create(services, _QuietDialogs())
    collector = GuiThreadCollector()
    written: list[Path] = []
    number = 0

    def name(slug: str) -> Path:
        nonlocal number
        number += 1
        return out_dir / f"{number:02d}-{slug}.png"

    # Shots show a desktop monitor, whatever screen (or none) the machine has.
    assume_available_size(QSize(1920, 1080))
    window = MainWindow(ui, idle_interval_ms=_NEVER_IDLE_MS)
    try:
        window.resize(*SIZE)
        window.show()
        _settle(app, ui)
        written.extend(_view_shots(app, ui, window, name))
        written.extend(_form_shots(app, ui, window, name))
        client_id = _first_client_in_care(services)
        if client_id is not None:
            written.extend(_client_record_shots(app, ui, window, client_id, name))
        written.extend(_clinical_record_shots(app, ui, window, name))
        written.extend(_referral_shots(app, ui, window, name))
        written.extend(_consent_shots(app, ui, window, name))
        written.extend(_assessment_shots(app, ui, window, name))
        written.extend(_intake_and_plan_shots(app, ui, window, name))
        written.extend(document_shots(ui, window, client_id, name, lambda: _settle(app, ui),
                                      _save, SIZE))
        written.extend(_session_shots(app, ui, window, username or actor.username, name))
    finally:
        # Hidden, not closed: closing signs the actor out, and the caller still owns them.
        window.idle.stop()
        window.hide()
        _settle(app, ui)
        dispose(window)
        ui.close()
        app.processEvents()
        collector.stop()
        assume_available_size(None)
        translations.remove()
    return written
