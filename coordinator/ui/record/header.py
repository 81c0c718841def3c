"""The client record's header: who the client is, where they are in care, open clocks, and
the Edit client button."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.clinical_record import AllergyStatus
from coordinator.domain.clocks import ClockState
from coordinator.services.care.dto import EpisodeView
from coordinator.services.clocks import ClockRow
from coordinator.services.dto import ClientInput, ClientRecord
from coordinator.ui.care.clock_table import days_left_text
from coordinator.ui.care.titles import clock_row_title, days_text, level_text
from coordinator.ui.client_titles import language_title
from coordinator.ui.labels import client_status_title
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.resources import icon
from coordinator.ui.translation import translate


def _repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RecordHeader(QFrame):
    """Name and key facts, the current level badge, clock alerts and Edit client."""

    def __init__(self, may_edit_client: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordHeader")
        self.name_label = QLabel(self.tr("Reading the record…"))
        self.name_label.setObjectName("recordName")
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel()
        self.facts_label.setObjectName("recordFacts")
        self.facts_label.setWordWrap(True)
        #: Allergies, or that there are none known, or that nobody asked yet: what every
        #: clinician looks for first.
        self.allergy_label = QLabel()
        self.allergy_label.setObjectName("allergyLine")
        self.allergy_label.setWordWrap(True)
        self.allergy_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.allergy_label.hide()
        self.level_badge = QLabel()
        self.level_badge.setObjectName("levelBadge")
        self.level_badge.setAccessibleName(self.tr("Current level of care"))
        self.alerts_label = QLabel()
        self.alerts_label.setObjectName("clockAlert")
        self.alerts_label.setWordWrap(True)
        #: The clock beside open clocks: a shipped drawing, not an emoji a font may lack.
        self.alerts_icon = QLabel()
        self.alerts_icon.setObjectName("clockAlertIcon")
        self.alerts_icon.setAccessibleName(self.tr("Open transition clock"))
        self.alerts_icon.setPixmap(icon("clock").pixmap(20, 20))
        self.alerts_icon.setFixedSize(24, 24)
        self.alerts_banner = QWidget()
        banner = QHBoxLayout(self.alerts_banner)
        banner.setContentsMargins(0, 0, 0, 0)
        banner.setSpacing(6)
        banner.addWidget(self.alerts_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner.addWidget(self.alerts_label, 1)
        self.alerts_label.hide()
        self.alerts_icon.hide()
        self.edit_client_button = QPushButton(self.tr("Ed&it client…"))
        self.edit_client_button.setObjectName("editClientButton")
        self.edit_client_button.setAccessibleName(self.tr("Edit the client's details"))
        self.edit_client_button.setToolTip(self.tr("Edit name, contacts, insurance and safety "
                                                   "note (Ctrl+E)"))
        self.edit_client_button.setVisible(may_edit_client)
        self.edit_client_button.setEnabled(False)  # until the record is read
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.name_label)
        names.addWidget(self.facts_label)
        names.addWidget(self.allergy_label)
        top = QHBoxLayout()
        top.setSpacing(12)
        top.addLayout(names, 1)
        top.addWidget(self.level_badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.edit_client_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        #: The header's lines, top to bottom (the record window adds the safety alert line).
        self.lines = layout
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.alerts_banner)

    def show_client(self, record: ClientRecord, today: date) -> None:
        """Name, then "prefers …", age, record number, language and status."""
        details = record.details
        self.name_label.setText(record.display_name)
        age = age_on(details.birth_date, today)
        facts = []
        if details.preferred_name:
            facts.append(arg(self.tr("prefers “%1”"), details.preferred_name))
        if age is not None:
            facts.append(arg(self.tr("Age %1"), str(age)))
        facts.append(arg(self.tr("Record %1"), record.record_number))
        facts.append(language_text(details))
        facts.append(client_status_title(record.status))
        self.facts_label.setText(" · ".join(facts))
        self.facts_label.setAccessibleName(self.facts_label.text())

    def show_allergies(self, status: str, allergies: Sequence[str]) -> None:
        """"Allergies: Penicillin, Sulfa", "No known allergies" or "Allergies not asked
        yet" (``status``: an ``AllergyStatus`` value)."""
        if status == AllergyStatus.RECORDED.value and allergies:
            text = arg(self.tr("Allergies: %1"), ", ".join(allergies))
        elif status == AllergyStatus.NO_KNOWN.value:
            text = self.tr("No known allergies")
        else:
            text = self.tr("Allergies not asked yet")
        self.allergy_label.setText(text)
        self.allergy_label.setAccessibleName(text)
        self.allergy_label.setProperty("allergies", status == AllergyStatus.RECORDED.value)
        _repolish(self.allergy_label)
        self.allergy_label.show()

    def show_level(self, current: EpisodeView | None) -> None:
        """The client's current level, or that they left it and the next has not started."""
        if current is None:
            self.level_badge.setText(self.tr("No current level of care"))
            self.level_badge.setProperty("level", "")
        else:
            text = level_text(current.level_name, current.level_code)
            if current.status != "active":
                text = arg(self.tr("%1 — discharged %2, next level not started"), text,
                           date_text(current.end_date))
            self.level_badge.setText(text)
            self.level_badge.setProperty("level", current.level_code)
        self.level_badge.setAccessibleDescription(self.level_badge.text())
        _repolish(self.level_badge)

    def show_alerts(self, clocks: Sequence[ClockRow]) -> None:
        """Missed clocks first (red), then open ones with the days left."""
        missed = [row for row in clocks if row.state is ClockState.MISSED]
        open_ = [row for row in clocks if row.state is ClockState.OPEN]
        parts = [arg(self.tr("⚠ Missed: %1 (due %2, %3)"),
                     clock_row_title(row), date_text(row.due), days_left_text(row))
                 for row in missed]
        parts += [arg(self.tr("Open: %1 — due %2, %3 left"),
                      clock_row_title(row), date_text(row.due),
                      days_text(row.days_left or 0)) for row in open_]
        self.alerts_label.setText("\n".join(parts))
        self.alerts_label.setProperty("missed", bool(missed))
        _repolish(self.alerts_label)
        self.alerts_label.setVisible(bool(parts))
        self.alerts_icon.setVisible(bool(open_))


def language_text(details: ClientInput) -> str:
    """E.g. "Spanish — interpreter needed"."""
    language = (language_title(details.preferred_language)
                or translate("RecordHeader", "language not recorded"))
    if details.interpreter_needed:
        language += " — " + translate("RecordHeader", "interpreter needed")
    return language
