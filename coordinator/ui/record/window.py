"""The client record window: one per client, reopened to the front.

Opening it reads the client and its care in one call, ``services.record.read``: the one
audited view of the record, whatever tabs the person then looks at (the tabs' reads log
nothing). Episode and transition changes re-read only the care data; the header, the
Levels of care and Transitions tabs and the clock list then show the new state. A change to
the client re-reads it without logging another view.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from coordinator.domain.roles import Permission
from coordinator.services.care.dto import CompletedTransition, EpisodeView, TransitionView
from coordinator.services.dto import ClientRecord
from coordinator.services.notify import Change, Topic
from coordinator.services.record_read import CareData, RecordData
from coordinator.services.record_summary import RecordSummary
from coordinator.ui.announce import AnnouncementLine
from coordinator.ui.care.episode_dialogs import (
    DischargeDetailsDialog,
    DischargeDialog,
    EpisodeDialog,
)
from coordinator.ui.care.fields import hours_warning_text, today_of
from coordinator.ui.care.titles import level_name
from coordinator.ui.care.transition_dialog import (
    CompleteTransitionDialog,
    TransitionDialog,
    hours_warning_of,
)
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.appointments_tab import AppointmentsPage
from coordinator.ui.record.assessments_tab import AssessmentsPage
from coordinator.ui.record.care_pages import LevelsPage, TransitionsPage
from coordinator.ui.record.care_plan_tab import CarePlanPage
from coordinator.ui.record.consents_tab import ConsentsPage
from coordinator.ui.record.documents_tab import DocumentsPage
from coordinator.ui.record.header import RecordHeader
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.record.medications_tab import MedicationsPage
from coordinator.ui.record.overview import OverviewPage
from coordinator.ui.record.problems_tab import ProblemsPage
from coordinator.ui.record.referrals_tab import ReferralsPage
from coordinator.ui.record.safety_alerts import SafetyAlertLine
from coordinator.ui.record.safety_tab import SafetyPage
from coordinator.ui.record.team_notes import CareTeamPage, NotesPage
from coordinator.ui.screen_fit import room_for_window
from coordinator.ui.views.client_form import ClientDialog
from coordinator.ui.window_memory import remember

# "clocks": a kept appointment (or its correction) settled the client's clocks anew.
CARE_TOPICS = {Topic.EPISODE, Topic.TRANSITION, Topic.LEVEL_OF_CARE, Topic.FACILITY,
               Topic.ATTENDANCE, Topic.CLOCKS}
# Changes that alter the Overview's clinical-record lines (a "client" change too).
SUMMARY_TOPICS = {Topic.DIAGNOSIS, Topic.MEDICATION, Topic.ALLERGY, Topic.APPOINTMENT,
                  Topic.SAFETY_PLAN, Topic.ADVANCE_DIRECTIVE, Topic.CARE_TEAM}


class RecordWindow(QWidget):
    """A client's record: header with alerts, and one tab per part of the record."""

    record_loaded = Signal(object)
    """The record (or its care part) was read and is shown: ``(RecordData)``."""
    dialog_opened = Signal(object)
    """A care dialog was opened from this window: ``(the dialog)``."""
    summary_loaded = Signal(object)
    """The Overview's clinical-record lines were read and are shown: ``(RecordSummary)``."""
    window_closed = Signal(int)
    """The person closed the window: ``(client id)``."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = ui
        self.client_id = client_id
        self.record: ClientRecord | None = None
        self.care: CareData | None = None
        self.setObjectName("recordWindow")
        self.setWindowTitle(self.tr("Client record"))
        self.resize(QSize(1100, 720).boundedTo(room_for_window(self)))
        actor = ui.services.actor
        if actor is not None:
            self.memory = remember(self, "recordWindow", actor.user_id)
        self.may_edit = ui.may(Permission.EDIT_CARE)
        # A newer read supersedes the one still running, whose late answer is dropped.
        self._reads = ui.operations.latest_only(self)
        self._summary_reads = ui.operations.latest_only(self)
        self._reading_client = False  # whether the read still running reads the client

        self.header = RecordHeader(ui.may(Permission.EDIT_CLIENTS))
        self.name_label = self.header.name_label
        self.facts_label = self.header.facts_label
        self.level_badge = self.header.level_badge
        self.alerts_label = self.header.alerts_label
        self.edit_client_button = self.header.edit_client_button
        self.edit_client_button.clicked.connect(self.edit_client)
        #: Open safety alerts, under the clock alerts on the header.
        self.safety_line = SafetyAlertLine(ui, client_id)
        self.header.lines.addWidget(self.safety_line)
        edit_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        edit_shortcut.activated.connect(self.edit_client)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordTabs")
        self.tabs.setAccessibleName(self.tr("Parts of the record"))
        self.overview_page = OverviewPage()
        #: The overview's value labels by detail name.
        self.overview = self.overview_page.labels
        self.overview_page.section_asked.connect(self.show_section)
        self.tabs.addTab(self.overview_page, self.tr("&Overview"))
        self.tabs.addTab(self._levels_page(), self.tr("&Levels of care"))
        self.tabs.addTab(self._transitions_page(), self.tr("&Transitions"))
        self.problems_page = ProblemsPage(ui, client_id, self.may_edit)
        # Alt+letter is given to a tab only where no button on any tab claims it; the others
        # are a Ctrl+Tab away, or a link on the Overview.
        self.tabs.addTab(self.problems_page, self.tr("Pro&blems"))
        self.care_plan_page = CarePlanPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.care_plan_page, self.tr("Care plan"))
        self.medications_page = MedicationsPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.medications_page, self.tr("Medications"))
        self.appointments_page = AppointmentsPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.appointments_page, self.tr("Appointments"))
        self.safety_page = SafetyPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.safety_page, self.tr("Safety"))
        self.team_page = CareTeamPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.team_page, self.tr("Care tea&m"))
        self.notes_page = NotesPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.notes_page, self.tr("&Notes"))
        self.referrals_page = ReferralsPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.referrals_page, self.tr("&Referrals"))
        self.referrals_page.outcomes_asked.connect(
            lambda _rows: self.tabs.setCurrentWidget(self.referrals_page))
        self.assessments_page = AssessmentsPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.assessments_page, self.tr("Assessments"))
        self.consents_page = ConsentsPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.consents_page, self.tr("Consents"))
        self.documents_page = DocumentsPage(ui, client_id)
        self.tabs.addTab(self.documents_page, self.tr("Documents"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        #: What the last save in this window did ("Discharged from … Step-down clock …").
        self.announcement = AnnouncementLine(ui.announcer, self)
        self.announcement.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(self.announcement)
        # Escape closes the record as Ctrl+W does, as it closes a dialog.
        for keys in (QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Escape")):
            QShortcut(keys, self).activated.connect(self.close)
        keep_visual_order(self)

        #: The list tabs that read for themselves, by the change topics they show.
        self.own_pages: dict[RecordListPage, frozenset[Topic]] = {
            self.team_page: frozenset({Topic.CARE_TEAM}),
            self.notes_page: frozenset({Topic.NOTE}),
            self.referrals_page: frozenset({Topic.REFERRAL}),
            self.consents_page: frozenset({Topic.CONSENT}),
            self.problems_page: frozenset({Topic.DIAGNOSIS}),
            self.care_plan_page: frozenset({Topic.CARE_PLAN, Topic.DIAGNOSIS,
                                            Topic.ASSESSMENT, Topic.SETTING}),
            self.medications_page: frozenset({Topic.MEDICATION, Topic.ALLERGY}),
            self.appointments_page: frozenset({Topic.APPOINTMENT}),
            self.safety_page: frozenset({Topic.SAFETY_PLAN, Topic.ADVANCE_DIRECTIVE}),
        }

        ui.changes.changed.connect(self._on_changed)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.record is None and not self._reads.busy():
            self.refresh(with_client=True, opening=True)
            for page in self.own_pages:
                page.refresh()
            self.refresh_summary()
            self.safety_line.refresh()  # hidden until it finds an open alert

    # Pages -----------------------------------------------------------------------------------

    def _levels_page(self) -> LevelsPage:
        page = LevelsPage()
        self.timeline_slot, self.timeline = page.timeline_slot, page.timeline
        self.add_episode_button = page.add_episode_button
        self.discharge_button = page.discharge_button
        self.step_button = page.step_button
        self.episode_model, self.episode_table = page.episode_model, page.episode_table
        self.levels_note = page.levels_note
        self.details_button = page.details_button
        self.details_button.clicked.connect(self.discharge_details)
        self.episode_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_episode_button.clicked.connect(self.add_episode)
        self.discharge_button.clicked.connect(self.discharge)
        self.step_button.clicked.connect(self.plan_transition)
        return page

    def _transitions_page(self) -> TransitionsPage:
        page = TransitionsPage()
        self.edit_transition_button = page.edit_transition_button
        self.cancel_transition_button = page.cancel_transition_button
        self.complete_button = page.complete_button
        self.transition_model = page.transition_model
        self.transition_table = page.transition_table
        self.clock_model, self.clock_table = page.clock_model, page.clock_table
        self.edit_transition_button.clicked.connect(self.edit_transition)
        self.cancel_transition_button.clicked.connect(self.cancel_transition)
        self.complete_button.clicked.connect(self.complete_transition)
        self.transition_table.selectionModel().selectionChanged.connect(
            self._update_buttons)
        self.transition_table.activated.connect(self.complete_transition)
        return page

    # Loading ---------------------------------------------------------------------------------

    def refresh(self, with_client: bool = False, *, opening: bool = False) -> None:
        """Read the care data again; with ``with_client`` also the client. ``opening``:
        the window opens, and the read is the record's one audited view."""
        # The read this one supersedes may have been reading the client: then this one
        # reads it too, so the client shown is never older than the care data.
        with_client = with_client or (self._reads.busy() and self._reading_client)
        self._reading_client = with_client
        services, client_id = self.ui.services, self.client_id
        reopened = not opening

        def read() -> RecordData:
            return services.record.read(client_id, with_client=with_client,
                                        reopened=reopened)

        self._reads.call(read, done=self._answered, failed=self._failed)

    def refresh_summary(self) -> None:
        """Read the Overview's clinical-record lines again."""
        services, client_id = self.ui.services, self.client_id
        today = today_of(self.ui)

        def shown(summary: RecordSummary) -> None:
            self.overview_page.show_summary(summary, today)
            self.header.show_allergies(summary.allergy_status, summary.allergies)
            self.summary_loaded.emit(summary)

        self._summary_reads.call(lambda: services.summary.summary(client_id, today=today),
                                 done=shown, failed=self._failed)

    def show_section(self, name: str) -> None:
        """Bring the tab called ``name`` to the front (the Overview's links)."""
        pages = {"problems": self.problems_page, "medications": self.medications_page,
                 "appointments": self.appointments_page, "safety": self.safety_page,
                 "care_team": self.team_page}
        page = pages.get(name)
        if page is not None:
            self.tabs.setCurrentWidget(page)
            page.setFocus()

    def _answered(self, data: RecordData) -> None:
        if data.record is not None:
            self.show_record(data.record)
        self.show_care(data.care)
        self.record_loaded.emit(RecordData(self.record, data.care))

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    def show_record(self, record: ClientRecord) -> None:
        self.record = record
        self.setWindowTitle(arg(self.tr("%1 — client record"), record.display_name))
        today = today_of(self.ui)
        self.header.show_client(record, today)
        self.overview_page.show_record(record, today)
        self.consents_page.client_name = f"{record.details.given_name} " \
                                         f"{record.details.family_name}"
        self.documents_page.client_name = self.consents_page.client_name
        self.assessments_page.client_name = self.consents_page.client_name
        self.assessments_page.client_language = record.details.preferred_language
        self._update_buttons()

    def show_care(self, care: CareData) -> None:
        self.care = care
        self.timeline.set_journey(care.journey)
        self.episode_model.warning_of = self._hours_warning
        self.episode_model.replace_rows(care.episodes)
        self.transition_model.replace_rows(care.transitions)
        self.clock_model.show_clocks(care.clocks)
        self.header.show_level(care.current)
        self.header.show_alerts(care.clocks)
        if not care.episodes:
            self.levels_note.setText(self.tr("No episode of care yet. Use Add episode to "
                                             "record where the client is treated."))
        else:
            warnings = [self._hours_warning(row) for row in care.episodes
                        if row.hours_warning and row.status in ("active", "planned")]
            self.levels_note.setText(" ".join("⚠ " + text for text in warnings if text))
        self._update_buttons()

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        if self.record is None:
            return  # not read yet: the first read will see this change
        topics = {change.topic for change in batch}
        own_topics: set[Topic] = set()
        for page, page_topics in self.own_pages.items():
            own_topics |= page_topics
            if topics & page_topics:
                page.refresh()
        care_changed = any(change.topic in CARE_TOPICS for change in batch)
        # No ids: another workstation changed clients without saying which (SQLite's watch).
        any_client = any(change.topic == Topic.CLIENT and not change.ids for change in batch)
        client_changed = any_client or any(
            change.topic == Topic.CLIENT and self.client_id in change.ids for change in batch)
        if client_changed or topics & SUMMARY_TOPICS:
            self.refresh_summary()
        # A change of a tab's own rows also names the client; the tab re-reads itself.
        if client_changed and not care_changed and not topics & own_topics:
            self.refresh(with_client=True)
        elif care_changed:
            self.refresh(with_client=any_client)

    # Buttons ---------------------------------------------------------------------------------

    def active_episode(self) -> EpisodeView | None:
        current = self.care.current if self.care else None
        return current if current is not None and current.status == "active" else None

    def ended_episode(self) -> EpisodeView | None:
        """The chosen episode, when it has ended (its discharge details can be filled)."""
        rows = self.episode_table.selectionModel().selectedRows()
        chosen = self.episode_model.row_at(rows[0].row()) if rows else None
        return chosen if chosen is not None and chosen.status == "completed" else None

    def selected_transition(self) -> TransitionView | None:
        rows = self.transition_table.selectionModel().selectedRows()
        return self.transition_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.edit_client_button.setEnabled(self.record is not None
                                           and self.ui.may(Permission.EDIT_CLIENTS))
        loaded = self.care is not None
        self.add_episode_button.setEnabled(self.may_edit and loaded)
        self.discharge_button.setEnabled(self.may_edit and self.active_episode() is not None)
        self.details_button.setEnabled(self.may_edit and self.ended_episode() is not None)
        self.step_button.setEnabled(self.may_edit and loaded and self.care is not None
                                    and self.care.current is not None)
        selected = self.selected_transition()
        planned = self.may_edit and selected is not None and selected.status == "planned"
        for button in (self.edit_transition_button, self.cancel_transition_button,
                       self.complete_button):
            button.setEnabled(planned)

    def _open(self, dialog: TransitionDialog | CompleteTransitionDialog | EpisodeDialog
              | DischargeDialog | DischargeDetailsDialog) -> None:
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)

    def edit_client(self) -> ClientDialog | None:
        """The client form, filled from the record as read; saved with its version."""
        if self.record is None or not self.ui.may(Permission.EDIT_CLIENTS):
            return None
        dialog = ClientDialog(self.ui, self.record, self)
        dialog.saved.connect(self._client_saved)
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog

    def _client_saved(self, record: ClientRecord) -> None:
        # Shown at once; the "changed" notification then reads the record again.
        self.show_record(record)

    def add_episode(self) -> EpisodeDialog | None:
        if self.care is None:
            return None
        dialog = EpisodeDialog(self.ui, self.client_id, self.care.levels, self.care.facilities,
                               self, birth_date=self._birth_date())
        self._open(dialog)
        return dialog

    def _birth_date(self) -> date | None:
        return self.record.details.birth_date if self.record is not None else None

    def _hours_warning(self, episode: EpisodeView) -> str | None:
        """``episode``'s hours warning in the user's language (the service's sentence until
        the record, and with it the client's age, is read)."""
        if self.record is None or self.care is None:
            return episode.hours_warning
        return hours_warning_text(episode, self.care.levels, self._birth_date())

    def discharge(self) -> DischargeDialog | None:
        episode = self.active_episode()
        if episode is None:
            return None
        dialog = DischargeDialog(self.ui, episode, self,
                                 levels=self.care.levels if self.care else None)
        self._open(dialog)
        return dialog

    def discharge_details(self) -> DischargeDetailsDialog | None:
        """Fill in or correct the discharge details of the chosen ended episode."""
        episode = self.ended_episode()
        if episode is None or not self.may_edit:
            return None
        dialog = DischargeDetailsDialog(self.ui, episode, self,
                                        levels=self.care.levels if self.care else None)
        self._open(dialog)
        return dialog

    def plan_transition(self) -> TransitionDialog | None:
        if self.care is None or self.care.current is None:
            return None
        dialog = TransitionDialog(self.ui, self.client_id, self.care.current, self.care.levels,
                                  self.care.facilities, parent=self)
        self._open(dialog)
        return dialog

    def _episode(self, episode_id: int | None) -> EpisodeView | None:
        if self.care is None or episode_id is None:
            return None
        return next((row for row in self.care.episodes if row.id == episode_id), None)

    def edit_transition(self) -> TransitionDialog | None:
        selected = self.selected_transition()
        source = self._episode(selected.from_episode_id) if selected else None
        if selected is None or source is None or self.care is None \
                or selected.status != "planned":
            return None
        dialog = TransitionDialog(self.ui, self.client_id, source, self.care.levels,
                                  self.care.facilities, existing=selected, parent=self)
        self._open(dialog)
        return dialog

    def cancel_transition(self) -> None:
        selected = self.selected_transition()
        if selected is None or selected.status != "planned":
            return
        if not self.ui.dialogs.question(
                self, self.tr("Cancel transition"),
                arg(self.tr("Cancel the planned move to %1 on %2? It stays in the record as "
                            "cancelled."),
                    level_name(selected.to_level_name, selected.to_level_code)
                    or self.tr("exit"), date_text(selected.planned_date)),
                yes_text=self.tr("Cancel the transition"), no_text=self.tr("Keep it")):
            return
        self.ui.operations.call(self, self.ui.services.transitions.cancel, selected.id,
                                selected.version)

    def complete_transition(self) -> CompleteTransitionDialog | None:
        selected = self.selected_transition()
        if selected is None or self.care is None or selected.status != "planned" \
                or not self.may_edit:
            return None
        level = next((row for row in self.care.levels if row.code == selected.to_level_code),
                     None)
        dialog = CompleteTransitionDialog(self.ui, selected,
                                          self._episode(selected.from_episode_id), level, self,
                                          levels=self.care.levels,
                                          birth_date=self._birth_date())
        dialog.saved.connect(self._completed)
        self._open(dialog)
        return dialog

    def _completed(self, result: CompletedTransition) -> None:
        warning = hours_warning_of(result)
        if warning and result.started is not None:
            warning = self._hours_warning(result.started)
        if warning:
            self.ui.dialogs.warning(self, self.tr("Weekly hours"), warning)
        if result.transition.to_level_code is None:  # left care: close the referral loops
            self.referrals_page.ask_outcomes()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_closed.emit(self.client_id)
        super().closeEvent(event)

