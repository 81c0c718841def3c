"""The referral dialogs: refer a client (to a partner facility or a resource service) and
change a referral's status, with the outcome required when the change closes it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from coordinator.domain.errors import ValidationError
from coordinator.domain.referrals import is_closed, next_statuses
from coordinator.domain.vocabulary import (
    ReferralCategory,
    ReferralOutcome,
    ReferralPriority,
    ReferralStatus,
)
from coordinator.services.app import AppServices
from coordinator.services.care.dto import FacilityChoice
from coordinator.services.referral_views import ReferralInput, ReferralView, ServiceChoice
from coordinator.ui.care.fields import date_edit, day_of, set_day, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.forms import ServiceFormDialog, form_layout, text_box
from coordinator.ui.placeholders import arg
from coordinator.ui.referrals.titles import (
    category_title,
    outcome_title,
    priority_title,
    status_text,
    status_title,
)

#: Follow-up date a new referral gets unless the case manager picks another.
DEFAULT_FOLLOW_UP_DAYS = 7
_FACILITY, _SERVICE = "facility", "service"


@dataclass(frozen=True)
class ReferralChoices:
    """Where a client can be referred: facilities that take referrals and HSDS services."""

    facilities: list[FacilityChoice]
    services: list[ServiceChoice]


def read_choices(services: AppServices, words: str = "") -> ReferralChoices:
    facilities = [row for row in services.episodes.facilities_offering()
                  if row.accepts_referrals]
    return ReferralChoices(facilities, services.referrals.service_choices(words))


def service_label(row: ServiceChoice) -> str:
    """The service's name, with its organization's when that says something more."""
    if row.organization_name in ("", row.name):
        return row.name
    return f"{row.name} ({row.organization_name})"


class NewReferralDialog(ServiceFormDialog):
    """Refer the client: where to, category, reason, priority, follow-up date, a note for
    the receiver, and whether it is sent now (requested) or kept as a draft. Given an
    ``existing`` open referral, the same form edits it (saved with its version). Given a
    ``service`` (and perhaps a ``category``), as when referring from the Resources view,
    the form opens with that service already chosen."""

    choices_loaded = Signal(object)
    """Facilities and services were read into the pickers: ``(ReferralChoices)``."""

    def __init__(self, ui: UiContext, client_id: int, parent: QWidget | None = None, *,
                 existing: ReferralView | None = None, service: ServiceChoice | None = None,
                 category: ReferralCategory | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.existing = existing
        self.preselected_service = service
        self.setObjectName("newReferralDialog")
        self.setWindowTitle(self.tr("Edit referral") if existing else self.tr("New referral"))
        self.resize(640, 0)
        form = form_layout()
        self.target_kind = QComboBox()
        self.target_kind.setAccessibleName(self.tr("Refer to a facility or a resource"))
        self.target_kind.addItem(self.tr("Partner facility"), _FACILITY)
        self.target_kind.addItem(self.tr("Community resource (service)"), _SERVICE)
        self.target_kind.currentIndexChanged.connect(self._kind_changed)
        # The "where to" problem shows here, seen whichever kind of target is chosen.
        self.errors.add_row(form, "target", self.tr("Refer &to"), self.target_kind)
        self.facility = QComboBox()
        self.facility.setAccessibleName(self.tr("Facility"))
        form.addRow(self.tr("&Facility *"), self.facility)
        self.service_search = QLineEdit()
        self.service_search.setAccessibleName(self.tr("Find a service by name"))
        self.service_search.setPlaceholderText(self.tr("Type words of the service or "
                                                       "organization name"))
        self.service_search.textEdited.connect(self._search_services)
        form.addRow(self.tr("Fi&nd service"), self.service_search)
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Service"))
        form.addRow(self.tr("Ser&vice *"), self.service)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for choice in ReferralCategory:
            self.category.addItem(category_title(choice), choice.value)
        self.errors.add_row(form, "category", self.tr("&Category *"), self.category)
        self.reason = text_box(self.tr("Reason for the referral"), 70)
        self.errors.add_row(form, "reason", self.tr("&Reason *"), self.reason)
        self.priority = QComboBox()
        self.priority.setAccessibleName(self.tr("Priority"))
        for priority in ReferralPriority:
            self.priority.addItem(priority_title(priority), priority.value)
        self.errors.add_row(form, "priority", self.tr("&Priority"), self.priority)
        self.follow_up = date_edit(today_of(ui) + timedelta(days=DEFAULT_FOLLOW_UP_DAYS),
                                   self.tr("Follow up by"))
        self.errors.add_row(form, "follow_up_due", self.tr("Follow &up by *"), self.follow_up)
        self.note = text_box(self.tr("Note to the receiving program"), 50)
        self.errors.add_row(form, "note_to_receiver", self.tr("N&ote to receiver"), self.note)
        self.send_now = QCheckBox(self.tr("Send no&w (otherwise kept as a draft)"))
        self.send_now.setChecked(True)
        self.send_now.setAccessibleName(self.tr("Send the referral now"))
        form.addRow("", self.send_now)
        self._service_widgets = (self.service_search, self.service)
        self._form = form
        self.layout_with(form)
        if existing is not None:
            self._fill(existing)
        if service is not None:
            self.target_kind.setCurrentIndex(self.target_kind.findData(_SERVICE))
        if category is not None:
            self.category.setCurrentIndex(self.category.findData(category.value))
        self._kind_changed()
        self.save_button.setEnabled(False)
        ui.operations.call(self, read_choices, ui.services, done=self._show_choices,
                           failed=self._failed)
        # With the service chosen already, the person starts where there is a choice left.
        if service is None:
            self.target_kind.setFocus()
        else:
            (self.reason if category is not None else self.category).setFocus()

    def _fill(self, existing: ReferralView) -> None:
        details = existing.details
        kind = _SERVICE if details.service_id else _FACILITY
        self.target_kind.setCurrentIndex(self.target_kind.findData(kind))
        self.category.setCurrentIndex(self.category.findData(details.category.value))
        self.reason.setPlainText(details.reason)
        self.priority.setCurrentIndex(self.priority.findData(details.priority.value))
        if details.follow_up_due is not None:
            set_day(self.follow_up, details.follow_up_due)
        self.note.setPlainText(details.note_to_receiver)
        self._form.setRowVisible(self.send_now, False)

    def _show_choices(self, choices: ReferralChoices) -> None:
        self.facility.clear()
        for row in choices.facilities:
            place = f" — {row.city}" if row.city else ""
            self.facility.addItem(row.name + place, row.id)
        self._show_services(choices.services)
        details = self.existing.details if self.existing else None
        target_name = self.existing.target_name if self.existing else ""
        if details is not None and details.facility_id is not None:
            if self.facility.findData(details.facility_id) < 0:
                self.facility.addItem(target_name, details.facility_id)
            self.facility.setCurrentIndex(self.facility.findData(details.facility_id))
        if details is not None and details.service_id is not None:
            if self.service.findData(details.service_id) < 0:
                self.service.insertItem(0, target_name, details.service_id)
            self.service.setCurrentIndex(self.service.findData(details.service_id))
        chosen = self.preselected_service
        if chosen is not None:
            if self.service.findData(chosen.id) < 0:  # past the picker's first 200
                self.service.insertItem(0, service_label(chosen), chosen.id)
            self.service.setCurrentIndex(self.service.findData(chosen.id))
        self.save_button.setEnabled(True)
        self.choices_loaded.emit(choices)

    def _show_services(self, rows: list[ServiceChoice]) -> None:
        self.service.clear()
        for row in rows:
            self.service.addItem(service_label(row), row.id)

    def _search_services(self, words: str) -> None:
        self.ui.operations.call(self, self.ui.services.referrals.service_choices, words,
                                done=self._show_services, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    def _kind_changed(self) -> None:
        to_service = self.target_kind.currentData() == _SERVICE
        for widget in self._service_widgets:
            self._form.setRowVisible(widget, to_service)
        self._form.setRowVisible(self.facility, not to_service)

    def choose_facility(self, facility_id: int) -> None:
        self.target_kind.setCurrentIndex(self.target_kind.findData(_FACILITY))
        self.facility.setCurrentIndex(self.facility.findData(facility_id))

    def details(self) -> ReferralInput:
        to_service = self.target_kind.currentData() == _SERVICE
        return ReferralInput(
            ReferralCategory(self.category.currentData()), self.reason.toPlainText(),
            day_of(self.follow_up), ReferralPriority(self.priority.currentData()),
            service_id=self.service.currentData() if to_service else None,
            facility_id=None if to_service else self.facility.currentData(),
            note_to_receiver=self.note.toPlainText())

    def service_call(self) -> Callable[[], Any]:
        referrals, client_id, details = self.ui.services.referrals, self.client_id, \
            self.details()
        if self.existing is not None:
            referral_id, version = self.existing.id, self.existing.version
            return lambda: referrals.update(referral_id, version, details)
        start = ReferralStatus.REQUESTED if self.send_now.isChecked() else ReferralStatus.DRAFT
        return lambda: referrals.create(client_id, details, start)

    def saved_message(self, result: object) -> str:
        if not isinstance(result, ReferralView):
            return ""
        text = (self.tr("Referral to %1 updated.") if self.existing is not None
                else self.tr("Referral to %1 saved as %2."))
        return arg(text, result.target_name, status_title(result.status).lower())


class StatusChangeDialog(ServiceFormDialog):
    """Move a referral on; the outcome field is required (and shown) only when the new
    status closes the referral. With ``closing`` (asked at discharge) only the statuses
    that close it are offered."""

    def __init__(self, ui: UiContext, referral: ReferralView,
                 parent: QWidget | None = None, *, closing: bool = False) -> None:
        super().__init__(ui, parent)
        self.referral = referral
        self.setObjectName("statusChangeDialog")
        self.setWindowTitle(self.tr("Close referral") if closing
                            else self.tr("Change referral status"))
        self.resize(460, 0)
        form = form_layout()
        intro = QLabel(arg(self.tr("The referral of %1 to %2 is now %3."),
                           referral.client_name, referral.target_name,
                           status_text(referral).lower()))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("New status"))
        for status in next_statuses(referral.status):
            if closing and not is_closed(status):
                continue
            self.status.addItem(status_title(status), status.value)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.errors.add_row(form, "status", self.tr("New s&tatus *"), self.status)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setPlaceholderText(self.tr("Choose what came of the referral"))
        for outcome in ReferralOutcome:
            self.outcome.addItem(outcome_title(outcome), outcome.value)
        self.outcome.setCurrentIndex(-1)
        self.errors.add_row(form, "outcome", self.tr("&Outcome *"), self.outcome)
        self.note = text_box(self.tr("Note about the change"), 60)
        self.errors.add_row(form, "note", self.tr("&Note"), self.note)
        self._form = form
        self.layout_with(form)
        self._status_changed()
        self.status.setFocus()

    def new_status(self) -> ReferralStatus | None:
        value = self.status.currentData()
        return ReferralStatus(value) if value else None

    def choose(self, status: ReferralStatus, outcome: ReferralOutcome | None = None) -> None:
        self.status.setCurrentIndex(self.status.findData(status.value))
        self.outcome.setCurrentIndex(self.outcome.findData(outcome.value) if outcome else -1)

    def _status_changed(self) -> None:
        status = self.new_status()
        holder = self.outcome.parentWidget()  # the row FieldErrors.add_row made for it
        if holder is not None:
            self._form.setRowVisible(holder, status is not None and is_closed(status))

    def service_call(self) -> Callable[[], Any]:
        status = self.new_status()
        if status is None:
            raise ValidationError.for_fields(
                {"status": self.tr("This referral is closed; it cannot change any more.")})
        value = self.outcome.currentData() if is_closed(status) else None
        outcome = ReferralOutcome(value) if value else None
        referrals, referral_id, version = (self.ui.services.referrals, self.referral.id,
                                           self.referral.version)
        note = self.note.toPlainText()
        return lambda: referrals.change_status(referral_id, version, status, note, outcome)

    def saved_message(self, result: object) -> str:
        if not isinstance(result, ReferralView):
            return ""
        text = arg(self.tr("Referral to %1: %2."),
                   result.target_name, status_title(result.status).lower())
        if result.outcome is not None:
            text = arg(self.tr("Referral to %1: %2 (%3)."),
                       result.target_name, status_title(result.status).lower(),
                       outcome_title(result.outcome).lower())
        return text
