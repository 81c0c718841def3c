"""The client record window: one per client, reopened to the front.

Opening it reads the client through ``services.clients.get`` (an audited view). Episode and
transition changes re-read only the care data; the header, the Levels of care and Transitions
tabs and the clock list then show the new state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.clocks import ClockState
from coordinator.domain.roles import Permission
from coordinator.services.care.dto import CompletedTransition, EpisodeView, TransitionView
from coordinator.services.dto import ClientRecord
from coordinator.services.notify import Change
from coordinator.ui.care.clock_table import ClockTableModel, days_left_text
from coordinator.ui.care.episode_dialogs import DischargeDialog, EpisodeDialog
from coordinator.ui.care.fields import today_of
from coordinator.ui.care.titles import days_text
from coordinator.ui.care.transition_dialog import (
    CompleteTransitionDialog,
    TransitionDialog,
    hours_warning_of,
)
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.labels import client_status_title
from coordinator.ui.record.data import CareData, RecordData, age_on, read_care, read_record
from coordinator.ui.record.tables import EpisodeTableModel, TransitionTableModel
from coordinator.ui.record.team_notes import CareTeamPage, NotesPage
from coordinator.ui.timeline import TimelineWidget
from coordinator.ui.views.client_form import ClientDialog
from coordinator.ui.views.table_models import list_table

CARE_TOPICS = {"episode", "transition", "level_of_care", "facility", "attendance"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordWindow", text)



def _placeholder(text: str) -> QWidget:
    page = QWidget()
    label = QLabel(text)
    label.setObjectName("placeholderText")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setAccessibleName(text)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(20, 20, 20, 20)
    layout.addWidget(label)
    layout.addStretch(1)
    return page


class RecordWindow(QWidget):
    """A client's record: header with alerts, and one tab per part of the record."""

    record_loaded = Signal(object)
    """The record (or its care part) was read and is shown: ``(RecordData)``."""
    dialog_opened = Signal(object)
    """A care dialog was opened from this window: ``(the dialog)``."""
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
        self.resize(1100, 720)
        self.may_edit = ui.may(Permission.EDIT_CARE)
        self._reading = False
        self._generation = 0

        self.name_label = QLabel(self.tr("Reading the record…"))
        self.name_label.setObjectName("recordName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("recordFacts")
        self.facts_label.setWordWrap(True)
        self.level_badge = QLabel()
        self.level_badge.setObjectName("levelBadge")
        self.level_badge.setAccessibleName(self.tr("Current level of care"))
        self.alerts_label = QLabel()
        self.alerts_label.setObjectName("clockAlert")
        self.alerts_label.setWordWrap(True)
        self.alerts_label.hide()
        self.edit_client_button = QPushButton(self.tr("Ed&it client…"))
        self.edit_client_button.setObjectName("editClientButton")
        self.edit_client_button.setAccessibleName(self.tr("Edit the client's details"))
        self.edit_client_button.setToolTip(self.tr("Edit name, contacts, insurance and safety "
                                                   "note (Ctrl+E)"))
        self.edit_client_button.clicked.connect(self.edit_client)
        self.edit_client_button.setVisible(ui.may(Permission.EDIT_CLIENTS))
        edit_shortcut = QShortcut(QKeySequence("Ctrl+E"), self)
        edit_shortcut.activated.connect(self.edit_client)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        names.addWidget(self.facts_label)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(names, 1)
        top.addWidget(self.level_badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_client_button, 0, Qt.AlignmentFlag.AlignTop)
        header = QFrame()
        header.setObjectName("recordHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(20, 14, 20, 14)
        header_layout.setSpacing(8)
        header_layout.addLayout(top)
        header_layout.addWidget(self.alerts_label)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("recordTabs")
        self.tabs.setAccessibleName(self.tr("Parts of the record"))
        self.tabs.addTab(self._overview_page(), self.tr("&Overview"))
        self.tabs.addTab(self._levels_page(), self.tr("&Levels of care"))
        self.tabs.addTab(self._transitions_page(), self.tr("&Transitions"))
        self.team_page = CareTeamPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.team_page, self.tr("Care tea&m"))
        self.notes_page = NotesPage(ui, client_id, self.may_edit)
        self.tabs.addTab(self.notes_page, self.tr("&Notes"))
        for title, text in (
                (self.tr("Referrals"), self.tr(
                    "Referrals will track this client's referrals to community resources "
                    "(housing, food, employment …) until each loop is closed.")),
                (self.tr("Assessments"), self.tr(
                    "Assessments will record PHQ-9, GAD-7 and PCL-5 scores over time, with "
                    "safety flags and a chart of the trend.")),
                (self.tr("Consents"), self.tr(
                    "Consents will keep releases of information (42 CFR Part 2): who may "
                    "receive what, for what purpose, until when.")),
                (self.tr("Documents"), self.tr(
                    "Documents will list transfer and discharge packets produced for this "
                    "client, with who received each one."))):
            self.tabs.addTab(_placeholder(text), title)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.tabs, 1)
        close = QShortcut(QKeySequence.StandardKey.Close, self)
        close.activated.connect(self.close)

        ui.changes.changed.connect(self._on_changed)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.record is None and not self._reading:
            self.refresh(with_client=True)
            self.team_page.refresh()
            self.notes_page.refresh()

    # Pages -----------------------------------------------------------------------------------

    def _overview_page(self) -> QWidget:
        self.overview: dict[str, QLabel] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        form.setContentsMargins(20, 16, 20, 16)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(16)
        for name, title in (
                ("name", self.tr("Name")), ("preferred_name", self.tr("Preferred name")),
                ("birth_date", self.tr("Date of birth")), ("record_number",
                                                           self.tr("Record number")),
                ("status", self.tr("Status")), ("sex_at_birth", self.tr("Sex at birth")),
                ("gender_identity", self.tr("Gender identity")),
                ("pronouns", self.tr("Pronouns")),
                ("language", self.tr("Preferred language")), ("phone", self.tr("Phone")),
                ("email", self.tr("Email")), ("address", self.tr("Address")),
                ("emergency", self.tr("Emergency contact")), ("guardian", self.tr("Guardian")),
                ("insurance", self.tr("Insurance")),
                ("case_manager", self.tr("Case manager")),
                ("safety_note", self.tr("Safety note"))):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            self.overview[name] = label
            form.addRow(title, label)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    def _levels_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        #: Where the journey timeline (coordinator/ui/timeline.py) goes, above the table.
        self.timeline_slot = QVBoxLayout()
        self.timeline_slot.setObjectName("timelineSlot")
        self.timeline = TimelineWidget()
        self.timeline_slot.addWidget(self.timeline)
        layout.addLayout(self.timeline_slot)
        self.add_episode_button = QPushButton(self.tr("&Add episode…"))
        self.add_episode_button.setAccessibleName(self.tr("Add episode"))
        self.add_episode_button.clicked.connect(self.add_episode)
        self.discharge_button = QPushButton(self.tr("&Discharge…"))
        self.discharge_button.setAccessibleName(self.tr("Discharge from the active episode"))
        self.discharge_button.clicked.connect(self.discharge)
        self.step_button = QPushButton(self.tr("&Step up / Step down…"))
        self.step_button.setObjectName("primaryButton")
        self.step_button.setAccessibleName(self.tr("Step up or step down"))
        self.step_button.clicked.connect(self.plan_transition)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_episode_button)
        buttons.addWidget(self.discharge_button)
        buttons.addWidget(self.step_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.episode_model = EpisodeTableModel(self)
        self.episode_table = list_table("episodeTable", self.tr("Episodes of care"))
        self.episode_table.setModel(self.episode_model)
        self.episode_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.episode_table.horizontalHeader().setStretchLastSection(False)
        layout.addWidget(self.episode_table, 1)
        self.levels_note = QLabel()
        self.levels_note.setObjectName("quietNote")
        self.levels_note.setWordWrap(True)
        layout.addWidget(self.levels_note)
        return page

    def _transitions_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        self.edit_transition_button = QPushButton(self.tr("&Edit…"))
        self.edit_transition_button.setAccessibleName(self.tr("Edit the planned transition"))
        self.edit_transition_button.clicked.connect(self.edit_transition)
        self.cancel_transition_button = QPushButton(self.tr("Ca&ncel transition…"))
        self.cancel_transition_button.setAccessibleName(
            self.tr("Cancel the planned transition"))
        self.cancel_transition_button.clicked.connect(self.cancel_transition)
        self.complete_button = QPushButton(self.tr("&Complete…"))
        self.complete_button.setObjectName("primaryButton")
        self.complete_button.setAccessibleName(self.tr("Complete the planned transition"))
        self.complete_button.clicked.connect(self.complete_transition)
        buttons = QHBoxLayout()
        for button in (self.edit_transition_button, self.cancel_transition_button,
                       self.complete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.transition_model = TransitionTableModel(self)
        self.transition_table = list_table("transitionTable", self.tr("Transitions"))
        self.transition_table.setModel(self.transition_model)
        # Criteria and rationale can be long: fixed widths (full text in the tooltip), so
        # who decided and the status stay in view.
        for column, width in ((4, 200), (5, 170)):
            self.transition_table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Interactive)
            self.transition_table.setColumnWidth(column, width)
        self.transition_table.selectionModel().selectionChanged.connect(
            self._update_buttons)
        self.transition_table.activated.connect(self.complete_transition)
        layout.addWidget(self.transition_table, 2)
        clocks_title = QLabel(self.tr("Transition clocks"))
        clocks_title.setObjectName("sectionTitle")
        layout.addWidget(clocks_title)
        self.clock_model = ClockTableModel(self, with_client=False)
        self.clock_table = list_table("recordClockTable", self.tr("Transition clocks"))
        self.clock_table.setModel(self.clock_model)
        layout.addWidget(self.clock_table, 1)
        return page

    # Loading ---------------------------------------------------------------------------------

    def refresh(self, with_client: bool = False) -> None:
        """Read the care data again; with ``with_client`` also the client (audited)."""
        self._reading = True
        self._generation += 1
        generation = self._generation
        if with_client:
            call = (read_record, self.ui.services, self.client_id, True)
        else:
            call = (read_care, self.ui.services, self.client_id)
        self.ui.operations.call(self, *call, failed=self._failed,
                                done=lambda data: self._answered(generation, data))

    def _answered(self, generation: int, data: RecordData | CareData) -> None:
        if isinstance(data, RecordData) and data.record is not None:
            self.show_record(data.record)  # the client part is never older than shown
        if generation == self._generation:  # an older reading that arrived late is dropped
            self._show(data)

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    def _show(self, data: RecordData | CareData) -> None:
        self._reading = False
        care = data.care if isinstance(data, RecordData) else data
        self.show_care(care)
        self.record_loaded.emit(RecordData(self.record, care))

    def show_record(self, record: ClientRecord) -> None:
        self.record = record
        details = record.details
        self.setWindowTitle(self.tr("%1 — client record").replace("%1", record.display_name))
        self.name_label.setText(record.display_name)
        age = age_on(details.birth_date, today_of(self.ui))
        facts = []
        if details.preferred_name:
            facts.append(self.tr("prefers “%1”").replace("%1", details.preferred_name))
        if age is not None:
            facts.append(self.tr("Age %1").replace("%1", str(age)))
        facts.append(self.tr("Record %1").replace("%1", record.record_number))
        language = details.preferred_language or self.tr("language not recorded")
        if details.interpreter_needed:
            language += " — " + self.tr("interpreter needed")
        facts.append(language)
        facts.append(client_status_title(record.status))
        self.facts_label.setText(" · ".join(facts))
        self.facts_label.setAccessibleName(self.facts_label.text())
        values = {
            "name": f"{details.given_name} {details.family_name}",
            "preferred_name": details.preferred_name,
            "birth_date": (details.birth_date.isoformat() if details.birth_date else "")
            + (f" ({self.tr('%1 years').replace('%1', str(age))})" if age is not None
               else ""),
            "record_number": record.record_number,
            "status": client_status_title(record.status),
            "sex_at_birth": details.sex_at_birth,
            "gender_identity": details.gender_identity,
            "pronouns": details.pronouns,
            "language": language,
            "phone": details.phone,
            "email": details.email,
            "address": ", ".join(part for part in (
                details.address_line1, details.address_line2, details.city,
                f"{details.state} {details.postal_code}".strip()) if part),
            "emergency": _person(details.emergency_contact_name,
                                 details.emergency_contact_relationship,
                                 details.emergency_contact_phone),
            "guardian": _person(details.guardian_name, details.guardian_relationship,
                                details.guardian_phone),
            "insurance": " · ".join(part for part in (
                details.insurance_payer, details.insurance_member_id,
                details.insurance_group) if part),
            "case_manager": record.case_manager_name,
            "safety_note": details.safety_note,
        }
        for name, value in values.items():
            self.overview[name].setText(value or "—")
        self._update_buttons()

    def show_care(self, care: CareData) -> None:
        self.care = care
        self.timeline.set_journey(care.journey)
        self.episode_model.replace_rows(care.episodes)
        self.transition_model.replace_rows(care.transitions)
        self.clock_model.show_clocks(care.clocks)
        current = care.current
        if current is None:
            self.level_badge.setText(self.tr("No current level of care"))
            self.level_badge.setProperty("level", "")
        else:
            text = f"{current.level_name} ({current.level_code})"
            if current.status != "active":
                text = self.tr("%1 — discharged %2, next level not started").replace(
                    "%1", text).replace("%2", current.end_date.isoformat()
                                        if current.end_date else "")
            self.level_badge.setText(text)
            self.level_badge.setProperty("level", current.level_code)
        self.level_badge.setAccessibleDescription(self.level_badge.text())
        self.level_badge.style().unpolish(self.level_badge)
        self.level_badge.style().polish(self.level_badge)
        self._show_alerts(care)
        if not care.episodes:
            self.levels_note.setText(self.tr("No episode of care yet. Use Add episode to "
                                             "record where the client is treated."))
        else:
            warnings = [row.hours_warning for row in care.episodes
                        if row.hours_warning and row.status in ("active", "planned")]
            self.levels_note.setText(" ".join("⚠ " + text for text in warnings))
        self._update_buttons()

    def _show_alerts(self, care: CareData) -> None:
        missed = [row for row in care.clocks if row.state is ClockState.MISSED]
        open_ = [row for row in care.clocks if row.state is ClockState.OPEN]
        parts = [self.tr("⚠ Missed: %1 (due %2, %3)").replace("%1", row.title).replace(
            "%2", row.due.isoformat()).replace("%3", days_left_text(row)) for row in missed]
        parts += [self.tr("⏰ Open: %1 — due %2, %3 left").replace("%1", row.title).replace(
            "%2", row.due.isoformat()).replace(
            "%3", days_text(row.days_left or 0)) for row in open_]
        self.alerts_label.setText("\n".join(parts))
        self.alerts_label.setProperty("missed", bool(missed))
        self.alerts_label.style().unpolish(self.alerts_label)
        self.alerts_label.style().polish(self.alerts_label)
        self.alerts_label.setVisible(bool(parts))

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        if self.record is None:
            return  # not read yet: the first read will see this change
        topics = {change.topic for change in batch}
        if "care_team" in topics:
            self.team_page.refresh()
        if "note" in topics:
            self.notes_page.refresh()
        care_changed = any(change.topic in CARE_TOPICS for change in batch)
        client_changed = any(change.topic == "client" and self.client_id in change.ids
                             for change in batch)
        if client_changed and not care_changed and not topics & {"care_team", "note"}:
            self.refresh(with_client=True)
        elif care_changed:
            self.refresh()

    # Buttons ---------------------------------------------------------------------------------

    def active_episode(self) -> EpisodeView | None:
        current = self.care.current if self.care else None
        return current if current is not None and current.status == "active" else None

    def selected_transition(self) -> TransitionView | None:
        rows = self.transition_table.selectionModel().selectedRows()
        return self.transition_model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        self.edit_client_button.setEnabled(self.record is not None
                                           and self.ui.may(Permission.EDIT_CLIENTS))
        loaded = self.care is not None
        self.add_episode_button.setEnabled(self.may_edit and loaded)
        self.discharge_button.setEnabled(self.may_edit and self.active_episode() is not None)
        self.step_button.setEnabled(self.may_edit and loaded and self.care is not None
                                    and self.care.current is not None)
        selected = self.selected_transition()
        planned = self.may_edit and selected is not None and selected.status == "planned"
        for button in (self.edit_transition_button, self.cancel_transition_button,
                       self.complete_button):
            button.setEnabled(planned)

    def _open(self, dialog: TransitionDialog | CompleteTransitionDialog | EpisodeDialog
              | DischargeDialog) -> None:
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
                               self)
        self._open(dialog)
        return dialog

    def discharge(self) -> DischargeDialog | None:
        episode = self.active_episode()
        if episode is None:
            return None
        dialog = DischargeDialog(self.ui, episode, self)
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
                self.tr("Cancel the planned move to %1 on %2? It stays in the record as "
                        "cancelled.").replace("%1", selected.to_level_name or self.tr("exit"))
                .replace("%2", selected.planned_date.isoformat()),
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
                                          self._episode(selected.from_episode_id), level, self)
        dialog.saved.connect(self._completed)
        self._open(dialog)
        return dialog

    def _completed(self, result: CompletedTransition) -> None:
        warning = hours_warning_of(result)
        if warning:
            self.ui.dialogs.warning(self, self.tr("Weekly hours"), warning)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_closed.emit(self.client_id)
        super().closeEvent(event)


def _person(name: str, relationship: str, phone: str) -> str:
    if not name:
        return ""
    extra = ", ".join(part for part in (relationship, phone) if part)
    return f"{name} ({extra})" if extra else name
