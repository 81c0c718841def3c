"""The consent dialogs: record a signed release of information, and revoke one on a date."""

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

from coordinator.domain.consent import Recipient, Signer
from coordinator.services.app import AppServices
from coordinator.services.consent_views import ConsentInput, ConsentView, OrganizationChoice
from coordinator.services.facilities import FacilityView
from coordinator.ui.care.fields import date_edit, day_of, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.forms import ServiceFormDialog, form_layout, text_box

_FACILITY, _ORGANIZATION, _CLASS = "facility", "organization", "class"
#: A new consent's expiration date unless the form says another: a year, as clinics'
#: release forms commonly do.
DEFAULT_EXPIRY_DAYS = 365




@dataclass(frozen=True)
class RecipientChoices:
    """Partner facilities (not the clinic's own programs) and directory organizations."""

    facilities: list[FacilityView]
    organizations: list[OrganizationChoice]


def read_recipients(services: AppServices) -> RecipientChoices:
    facilities = [row for row in services.facilities.list_facilities()
                  if not row.is_own_program]
    return RecipientChoices(facilities, services.consents.organization_choices())


class RecordConsentDialog(ServiceFormDialog):
    """Copy a signed release-of-information form into the record: recipient (a partner
    facility, an organization or a named class), purpose, what information (and whether
    it includes substance-use treatment records), who signed and when, when it expires,
    and that the right to revoke was explained. A form lacking an element is saved and
    listed as incomplete, with what it lacks."""

    recipients_loaded = Signal(object)
    """Facilities and organizations were read into the pickers: ``(RecipientChoices)``."""

    def __init__(self, ui: UiContext, client_id: int, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.setObjectName("recordConsentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.resize(620, 0)
        form = form_layout()
        intro = QLabel(self.tr("Copy the release of information %1 signed. A form that lacks "
                               "a required element (42 CFR 2.31) is kept, listed as "
                               "incomplete, and never allows a disclosure.")
                       .replace("%1", client_name or self.tr("the client")))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.recipient_kind = QComboBox()
        self.recipient_kind.setAccessibleName(self.tr("Kind of recipient"))
        self.recipient_kind.addItem(self.tr("Partner facility"), _FACILITY)
        self.recipient_kind.addItem(self.tr("Organization in the resource directory"),
                                    _ORGANIZATION)
        self.recipient_kind.addItem(self.tr("Named class of recipients"), _CLASS)
        self.recipient_kind.currentIndexChanged.connect(self._kind_changed)
        self.errors.add_row(form, "recipient", self.tr("&Recipient *"), self.recipient_kind)
        self.facility = QComboBox()
        self.facility.setAccessibleName(self.tr("Facility"))
        form.addRow(self.tr("&Facility"), self.facility)
        self.organization = QComboBox()
        self.organization.setAccessibleName(self.tr("Organization"))
        form.addRow(self.tr("&Organization"), self.organization)
        self.recipient_class = QLineEdit()
        self.recipient_class.setAccessibleName(self.tr("Class of recipients"))
        self.recipient_class.setPlaceholderText(self.tr("e.g. My treating providers"))
        form.addRow(self.tr("C&lass of recipients"), self.recipient_class)
        self.discloser = QLineEdit()
        self.discloser.setAccessibleName(self.tr("Who may disclose"))
        self.discloser.setPlaceholderText(self.tr("This clinic (leave blank)"))
        self.errors.add_row(form, "discloser", self.tr("Who may disclos&e"), self.discloser)
        self.purpose = text_box(self.tr("Purpose of the disclosure"))
        self.errors.add_row(form, "purpose", self.tr("&Purpose *"), self.purpose)
        self.information = text_box(self.tr("Information that may be disclosed"))
        self.errors.add_row(form, "information_description",
                            self.tr("&Information *"), self.information)
        self.part2 = QCheckBox(self.tr("Includes substance-use treatment information "
                                       "(42 CFR Part &2)"))
        self.part2.setAccessibleName(self.tr("Includes substance-use treatment information"))
        form.addRow("", self.part2)
        self.signed_by = QComboBox()
        self.signed_by.setAccessibleName(self.tr("Signed by"))
        self.signed_by.addItem(self.tr("The client"), Signer.CLIENT.value)
        self.signed_by.addItem(self.tr("An authorized representative"),
                               Signer.REPRESENTATIVE.value)
        self.signed_by.currentIndexChanged.connect(self._signer_changed)
        self.errors.add_row(form, "signed_by", self.tr("Signed &by *"), self.signed_by)
        self.signer_name = QLineEdit(client_name)
        self.signer_name.setAccessibleName(self.tr("Name of the person who signed"))
        self.errors.add_row(form, "signer_name", self.tr("Signer's &name *"), self.signer_name)
        self.relationship = QLineEdit()
        self.relationship.setAccessibleName(self.tr("Representative's relationship to the "
                                                    "client"))
        self.relationship.setPlaceholderText(self.tr("e.g. Mother, legal guardian"))
        self.errors.add_row(form, "representative_relationship",
                            self.tr("Relations&hip *"), self.relationship)
        today = today_of(ui)
        self.signed_on = date_edit(today, self.tr("Date signed"))
        self.errors.add_row(form, "signed_on", self.tr("Date si&gned *"), self.signed_on)
        self.has_expiry = QCheckBox(self.tr("Expires on a &date"))
        self.has_expiry.setAccessibleName(self.tr("The consent expires on a date"))
        self.has_expiry.setChecked(True)
        self.has_expiry.toggled.connect(self._expiry_changed)
        form.addRow("", self.has_expiry)
        self.expires_on = date_edit(today + timedelta(days=DEFAULT_EXPIRY_DAYS),
                                    self.tr("Expiration date"))
        self.errors.add_row(form, "expires_on", self.tr("Expiration da&te"), self.expires_on)
        self.expiration_event = QLineEdit()
        self.expiration_event.setAccessibleName(self.tr("Expiration event"))
        self.expiration_event.setPlaceholderText(self.tr("e.g. When I am discharged from "
                                                         "the program"))
        self.errors.add_row(form, "expiration_event", self.tr("Expiration e&vent"),
                            self.expiration_event)
        self.right_to_revoke = QCheckBox(self.tr("The form states the client's right to "
                                                 "revo&ke"))
        self.right_to_revoke.setAccessibleName(self.tr("The form states the right to revoke"))
        form.addRow("", self.right_to_revoke)
        self._form = form
        self.layout_with(form)
        self._kind_changed()
        self._signer_changed()
        self.save_button.setEnabled(False)
        ui.operations.call(self, read_recipients, ui.services, done=self._show_recipients,
                           failed=self._failed)
        self.recipient_kind.setFocus()

    def _show_recipients(self, choices: RecipientChoices) -> None:
        self.facility.clear()
        for row in choices.facilities:
            place = f" — {row.details.city}" if row.details.city else ""
            self.facility.addItem(row.name + place, row.id)
        self.organization.clear()
        for organization in choices.organizations:
            self.organization.addItem(organization.name, organization.id)
        self.save_button.setEnabled(True)
        self.recipients_loaded.emit(choices)

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    def _kind_changed(self) -> None:
        kind = self.recipient_kind.currentData()
        self._form.setRowVisible(self.facility, kind == _FACILITY)
        self._form.setRowVisible(self.organization, kind == _ORGANIZATION)
        self._form.setRowVisible(self.recipient_class, kind == _CLASS)

    def _signer_changed(self) -> None:
        representative = self.signed_by.currentData() == Signer.REPRESENTATIVE.value
        self._form.setRowVisible(self.relationship.parentWidget(), representative)

    def _expiry_changed(self, on: bool) -> None:
        self.expires_on.setEnabled(on)

    def choose_facility(self, facility_id: int) -> None:
        self.recipient_kind.setCurrentIndex(self.recipient_kind.findData(_FACILITY))
        self.facility.setCurrentIndex(self.facility.findData(facility_id))

    def details(self) -> ConsentInput:
        kind = self.recipient_kind.currentData()
        if kind == _FACILITY:
            recipient = Recipient(facility_id=self.facility.currentData())
        elif kind == _ORGANIZATION:
            recipient = Recipient(organization_id=self.organization.currentData())
        else:
            recipient = Recipient(class_name=self.recipient_class.text())
        signer = Signer(self.signed_by.currentData())
        return ConsentInput(
            recipient=recipient, purpose=self.purpose.toPlainText(),
            information_description=self.information.toPlainText(),
            includes_part2=self.part2.isChecked(), signed_by=signer,
            signer_name=self.signer_name.text(), signed_on=day_of(self.signed_on),
            expires_on=day_of(self.expires_on) if self.has_expiry.isChecked() else None,
            expiration_event=self.expiration_event.text(),
            right_to_revoke_explained=self.right_to_revoke.isChecked(),
            representative_relationship=(self.relationship.text()
                                         if signer is Signer.REPRESENTATIVE else ""),
            discloser=self.discloser.text())

    def service_call(self) -> Callable[[], Any]:
        consents, client_id, details = self.ui.services.consents, self.client_id, \
            self.details()
        return lambda: consents.record(client_id, details)


class RevokeConsentDialog(ServiceFormDialog):
    """Record the day the client withdrew a consent; it stays on the record as revoked."""

    def __init__(self, ui: UiContext, consent: ConsentView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.consent = consent
        self.setObjectName("revokeConsentDialog")
        self.setWindowTitle(self.tr("Revoke consent"))
        self.resize(460, 0)
        self.save_button.setText(self.tr("&Revoke"))
        self.save_button.setAccessibleName(self.tr("Revoke the consent"))
        form = form_layout()
        intro = QLabel(self.tr("The consent to disclose to %1, signed %2, will be kept on the "
                               "record as revoked. No disclosure may rely on it from that "
                               "day on.")
                       .replace("%1", consent.recipient_name)
                       .replace("%2", consent.signed_on.isoformat() if consent.signed_on
                                else self.tr("on an unrecorded date")))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.revoked_on = date_edit(today_of(ui), self.tr("Date revoked"))
        self.errors.add_row(form, "revoked_on", self.tr("Revoked &on *"), self.revoked_on)
        self.layout_with(form)
        self.revoked_on.setFocus()

    def service_call(self) -> Callable[[], Any]:
        consents, consent_id, version = (self.ui.services.consents, self.consent.id,
                                         self.consent.version)
        day = day_of(self.revoked_on)
        return lambda: consents.revoke(consent_id, version, day)
