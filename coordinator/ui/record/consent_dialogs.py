"""The consent dialogs: record a signed release of information, and revoke one on a date.

The Record consent form asks the elements of 42 CFR 2.31(a) as the 2024 rule words them:
besides the recipient, purpose, information, signatures and expiry, how the client may
revoke and to whom (2.31(a)(6)), whether it is a single consent for treatment, payment and
health care operations carrying the redisclosure statement (2.31(a)(4)(iii)) and, for a
client who is a minor on the day signed, who signs under the clinic's setting (2.14).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.consent import (
    ADULT_AGE,
    ConsentRequest,
    Recipient,
    RevocationMethod,
    Signer,
    SigningRule,
    signing_rule_for,
)
from coordinator.services.app import AppServices
from coordinator.services.consent_views import ConsentInput, ConsentView, OrganizationChoice
from coordinator.services.facilities import FacilityView
from coordinator.ui.care.fields import date_edit, day_of, today_of
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.forms import ServiceFormDialog, form_layout, scrolling_form, text_box
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg

_FACILITY, _ORGANIZATION, _CLASS = "facility", "organization", "class"
#: A new consent's expiration date unless the form says another: a year, as clinics'
#: release forms commonly do.
DEFAULT_EXPIRY_DAYS = 365
#: Where a written revocation goes unless the form names another: the clinic's privacy
#: officer (HIPAA has every covered entity name one, 45 CFR 164.530(a)).
PRIVACY_OFFICER = "Privacy Officer"
_NOT_STATED = ""


@dataclass(frozen=True)
class ConsentFormFacts:
    """What the form needs to know besides what is typed: whether the client is a minor on
    the day signed and so who signs (42 CFR 2.14), and the clinic's name and address to
    propose as where a revocation goes."""

    birth_date: date | None
    minor_consent_age: int
    clinic_name: str
    clinic_address: str


@dataclass(frozen=True)
class RecipientChoices:
    """Partner facilities (not the clinic's own programs) and directory organizations, and
    what the form needs to know of the client and the clinic."""

    facilities: list[FacilityView]
    organizations: list[OrganizationChoice]
    facts: ConsentFormFacts | None = None


def read_recipients(services: AppServices, client_id: int | None = None) -> RecipientChoices:
    facilities = [row for row in services.facilities.list_facilities()
                  if not row.is_own_program]
    facts = form_facts(services, client_id) if client_id is not None else None
    return RecipientChoices(facilities, services.consents.organization_choices(), facts)


def form_facts(services: AppServices, client_id: int) -> ConsentFormFacts:
    """The client's birth date (from the record already open, so not logged as another
    view) and the clinic's minor-consent age, name and address."""
    settings = services.settings.all()
    return ConsentFormFacts(services.clients.reload(client_id).details.birth_date,
                            int(settings["minor_sud_consent_age"]),
                            str(settings["clinic_name"]), str(settings["clinic_address"]))


def default_revocation_contact(facts: ConsentFormFacts) -> str:
    """"Privacy Officer, Riverside Counseling IOP, 12 Main St, Riverbend, CA 95901": the
    clinic's privacy officer at its address (its lines joined), or "" when the clinic has
    no name in the settings."""
    if not facts.clinic_name.strip():
        return ""
    address = ", ".join(line.strip() for line in facts.clinic_address.splitlines()
                        if line.strip())
    return ", ".join(part for part in (PRIVACY_OFFICER, facts.clinic_name.strip(), address)
                     if part)


class RecordConsentDialog(ServiceFormDialog):
    """Copy a signed release-of-information form into the record: recipient (a partner
    facility, an organization or a named class), purpose, what information (and whether
    it includes substance-use treatment records), whether it is a single consent for
    treatment, payment and health care operations with its redisclosure statement, when it
    was signed and by whom (with a parent or guardian beside a minor where the clinic's
    setting asks it), when it expires, and that the right to revoke was explained with how
    and to whom. A form lacking an element is saved and listed as incomplete, with what it
    lacks; a minor's consent signed by the wrong people is refused by its field."""

    recipients_loaded = Signal(object)
    """Facilities and organizations were read into the pickers: ``(RecipientChoices)``."""

    def __init__(self, ui: UiContext, client_id: int, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.client_id = client_id
        self.client_name = client_name
        #: The client's birth date and the clinic's minor-consent age, once read.
        self.facts: ConsentFormFacts | None = None
        self.setObjectName("recordConsentDialog")
        self.setWindowTitle(self.tr("Record consent"))
        self.resize(640, 0)
        form = form_layout()
        intro = QLabel(arg(self.tr("Copy the release of information %1 signed. A form that lacks "
                                   "a required element (42 CFR 2.31) is kept, listed as "
                                   "incomplete, and never allows a disclosure."),
                           client_name or self.tr("the client")))
        intro.setWordWrap(True)
        form.addRow(intro)
        today = today_of(ui)
        self._add_recipient_rows(form)
        self._add_content_rows(form)
        self._add_tpo_rows(form)
        self._add_signing_rows(form, today)
        self._add_expiry_rows(form, today)
        self._add_revocation_rows(form)
        self._form = form
        self.layout_with(scrolling_form(self, form))
        self._kind_changed()
        self._signer_changed()
        self._tpo_changed()
        self._signing_changed()
        self.save_button.setEnabled(False)
        ui.operations.call(self, read_recipients, ui.services, client_id,
                           done=self._show_recipients, failed=self._failed)
        self.recipient_kind.setFocus()

    def _add_recipient_rows(self, form: QFormLayout) -> None:
        """The recipient: a partner facility, an organization or a named class."""
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

    def _add_content_rows(self, form: QFormLayout) -> None:
        """Who may disclose, the purpose, the information, and whether it includes Part 2
        records."""
        self.discloser = QLineEdit()
        self.discloser.setAccessibleName(self.tr("Who may disclose"))
        self.discloser.setPlaceholderText(self.tr("This clinic (leave blank)"))
        self.errors.add_row(form, "discloser", self.tr("Who may disclos&e"), self.discloser)
        self.purpose = text_box(self.tr("Purpose of the disclosure"))
        # A few lines each, so the form stays about one screen tall.
        self.purpose.setMaximumHeight(90)
        self.errors.add_row(form, "purpose", self.tr("&Purpose *"), self.purpose)
        self.information = text_box(self.tr("Information that may be disclosed"))
        self.information.setMaximumHeight(90)
        self.errors.add_row(form, "information_description",
                            self.tr("&Information *"), self.information)
        self.part2 = QCheckBox(self.tr("Includes substance-use treatment information "
                                       "(42 CFR Part &2)"))
        self.part2.setAccessibleName(self.tr("Includes substance-use treatment information"))
        self.part2.toggled.connect(self._signing_changed)
        form.addRow("", self.part2)

    def _add_tpo_rows(self, form: QFormLayout) -> None:
        """A single consent for treatment, payment and health care operations, with the
        redisclosure statement it carries (42 CFR 2.31(a)(4)(iii))."""
        self.for_tpo = QCheckBox(self.tr("A single consent for tre&atment, payment and health "
                                         "care operations"))
        self.for_tpo.setAccessibleName(self.tr("Single consent for treatment, payment and "
                                               "health care operations"))
        self.for_tpo.toggled.connect(self._tpo_changed)
        form.addRow("", self.for_tpo)
        # 42 CFR 2.31(a)(4)(iii); the same words as domain.consent.TPO_REDISCLOSURE_STATEMENT.
        self.tpo_statement = QLabel(self.tr(
            "The patient's record, or information in it, may be redisclosed as the HIPAA "
            "regulations (45 CFR parts 160 and 164) permit, except for uses and disclosures "
            "for civil, criminal, administrative or legislative proceedings against the "
            "patient."))
        self.tpo_statement.setObjectName("quietNote")
        self.tpo_statement.setWordWrap(True)
        form.addRow("", self.tpo_statement)
        self.tpo_included = QCheckBox(self.tr("The signed form incl&udes this statement"))
        self.tpo_included.setAccessibleName(self.tr("The signed form includes the "
                                                    "redisclosure statement"))
        form.addRow("", self.tpo_included)

    def _add_signing_rows(self, form: QFormLayout, today: date) -> None:
        """When it was signed and by whom, with a parent or guardian beside a minor."""
        self.signed_on = date_edit(today, self.tr("Date signed"))
        self.signed_on.dateChanged.connect(self._signing_changed)
        self.errors.add_row(form, "signed_on", self.tr("Date si&gned *"), self.signed_on)
        #: Who signs a minor's consent under the clinic's setting (42 CFR 2.14).
        self.minor_hint = QLabel()
        self.minor_hint.setObjectName("quietNote")
        self.minor_hint.setWordWrap(True)
        form.addRow("", self.minor_hint)
        self.signed_by = QComboBox()
        self.signed_by.setAccessibleName(self.tr("Signed by"))
        self.signed_by.addItem(self.tr("The client"), Signer.CLIENT.value)
        self.signed_by.addItem(self.tr("An authorized representative"),
                               Signer.REPRESENTATIVE.value)
        self.signed_by.currentIndexChanged.connect(self._signer_changed)
        self.errors.add_row(form, "signed_by", self.tr("Signed &by *"), self.signed_by)
        self.signer_name = QLineEdit(self.client_name)
        self.signer_name.setAccessibleName(self.tr("Name of the person who signed"))
        self.errors.add_row(form, "signer_name", self.tr("Signer's &name *"), self.signer_name)
        self.relationship = QLineEdit()
        self.relationship.setAccessibleName(self.tr("Representative's relationship to the "
                                                    "client"))
        self.relationship.setPlaceholderText(self.tr("e.g. Mother, legal guardian"))
        self.errors.add_row(form, "representative_relationship",
                            self.tr("Relations&hip *"), self.relationship)
        self.co_signer_name = QLineEdit()
        self.co_signer_name.setAccessibleName(self.tr("Name of the parent or guardian who "
                                                      "signed with the client"))
        self.errors.add_row(form, "co_signer_name", self.tr("Co-signer's na&me *"),
                            self.co_signer_name)
        self.co_signer_relationship = QLineEdit()
        self.co_signer_relationship.setAccessibleName(self.tr("Co-signer's relationship to "
                                                              "the client"))
        self.co_signer_relationship.setPlaceholderText(self.tr("e.g. Mother, legal guardian"))
        self.errors.add_row(form, "co_signer_relationship",
                            self.tr("&Co-signer's relationship *"), self.co_signer_relationship)

    def _add_expiry_rows(self, form: QFormLayout, today: date) -> None:
        """When the consent expires: on a date or at an event."""
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

    def _add_revocation_rows(self, form: QFormLayout) -> None:
        """The right to revoke, and how and to whom (42 CFR 2.31(a)(6))."""
        self.right_to_revoke = QCheckBox(self.tr("The form states the client's right to "
                                                 "revo&ke"))
        self.right_to_revoke.setAccessibleName(self.tr("The form states the right to revoke"))
        form.addRow("", self.right_to_revoke)
        # 42 CFR 2.31(a)(6) (2024 rule): how the patient may revoke, and to whom.
        self.revocation_method = QComboBox()
        self.revocation_method.setAccessibleName(self.tr("How the client may revoke"))
        self.revocation_method.addItem(self.tr("In writing"), RevocationMethod.IN_WRITING.value)
        self.revocation_method.addItem(self.tr("In writing or orally"),
                                       RevocationMethod.IN_WRITING_OR_ORALLY.value)
        self.revocation_method.addItem(self.tr("Not stated on the form"), _NOT_STATED)
        self.errors.add_row(form, "revocation_method", self.tr("How the client ma&y revoke *"),
                            self.revocation_method)
        self.revocation_contact = QLineEdit()
        self.revocation_contact.setAccessibleName(self.tr("To whom or where a written "
                                                          "revocation goes"))
        self.revocation_contact.setPlaceholderText(self.tr("e.g. Privacy Officer, clinic name "
                                                           "and address"))
        self.errors.add_row(form, "revocation_contact",
                            self.tr("&Where a written revocation goes *"),
                            self.revocation_contact)

    def _show_recipients(self, choices: RecipientChoices) -> None:
        self.facility.clear()
        for row in choices.facilities:
            place = f" — {row.details.city}" if row.details.city else ""
            self.facility.addItem(row.name + place, row.id)
        self.organization.clear()
        for organization in choices.organizations:
            self.organization.addItem(organization.name, organization.id)
        self.facts = choices.facts
        if self.facts is not None and not self.revocation_contact.text().strip():
            self.revocation_contact.setText(default_revocation_contact(self.facts))
        self._signing_changed()
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
        self._show_field(self.relationship, representative)

    def _show_field(self, field: QWidget, on: bool) -> None:
        """Show or hide the row of a field added with its error label (``errors.add_row``
        puts both in one holder)."""
        holder = field.parentWidget()
        if holder is not None:
            self._form.setRowVisible(holder, on)

    def _expiry_changed(self, on: bool) -> None:
        self.expires_on.setEnabled(on)

    def _tpo_changed(self) -> None:
        on = self.for_tpo.isChecked()
        self._form.setRowVisible(self.tpo_statement, on)
        self._form.setRowVisible(self.tpo_included, on)

    def age_at_signing(self) -> int | None:
        """The client's age on the date signed; None while unknown."""
        if self.facts is None or self.facts.birth_date is None:
            return None
        signed = day_of(self.signed_on)
        return age_on(self.facts.birth_date, signed) if signed >= self.facts.birth_date \
            else None

    def signing_rule(self) -> SigningRule:
        """Who signs this consent as the form now stands (42 CFR 2.14)."""
        if self.facts is None:
            return SigningRule.ADULT
        return signing_rule_for(includes_part2=self.part2.isChecked(),
                                birth_date=self.facts.birth_date,
                                signed_on=day_of(self.signed_on),
                                minor_consent_age=self.facts.minor_consent_age)

    def _signing_changed(self) -> None:
        """Say who signs when the client is a minor on the date signed, and ask the parent
        or guardian's name and relationship where they sign too."""
        age = self.age_at_signing()
        minor = age is not None and age < ADULT_AGE
        self.minor_hint.setText(self._minor_hint(age) if minor else "")
        self._form.setRowVisible(self.minor_hint, minor)
        with_parent = self.signing_rule() is SigningRule.MINOR_WITH_PARENT
        self._show_field(self.co_signer_name, with_parent)
        self._show_field(self.co_signer_relationship, with_parent)

    def _minor_hint(self, age: int | None) -> str:
        assert self.facts is not None and age is not None
        name = self.client_name or self.tr("The client")
        limit = self.facts.minor_consent_age
        if self.facts.minor_consent_age >= ADULT_AGE:
            rule = self.tr("%1 is %2 on the date signed, and the clinic's state lets no minor "
                           "consent to substance-use treatment alone (42 CFR 2.14), so %1 "
                           "and a parent or guardian both sign a consent that includes such "
                           "information.")
        elif age >= limit:
            rule = self.tr("%1 is %2 on the date signed, and the clinic's state lets a minor "
                           "of %3 or older consent to substance-use treatment alone "
                           "(42 CFR 2.14), so only %1 may sign a consent that includes such "
                           "information.")
        else:
            rule = self.tr("%1 is %2 on the date signed, younger than the %3 at which the "
                           "clinic's state lets a minor consent to substance-use treatment "
                           "alone (42 CFR 2.14), so %1 and a parent or guardian both sign a "
                           "consent that includes such information.")
        return arg(rule, name, str(age), str(limit))

    def choose_facility(self, facility_id: int) -> None:
        self.recipient_kind.setCurrentIndex(self.recipient_kind.findData(_FACILITY))
        self.facility.setCurrentIndex(self.facility.findData(facility_id))
        # The recipient is settled; what the person types next is the purpose.
        self.purpose.setFocus()

    def ask_for(self, asked: ConsentRequest) -> None:
        """Fill in what a refused disclosure asked a consent for: the recipient (once the
        pickers have loaded), the purpose, the information and Part 2. Fields the person
        already typed in are left alone; everything stays editable."""
        if not self.purpose.toPlainText().strip():
            self.purpose.setPlainText(asked.purpose)
        if not self.information.toPlainText().strip():
            self.information.setPlainText(asked.information_text)
        if asked.part2:
            self.part2.setChecked(True)
        recipient = asked.recipient

        def choose(_choices: object = None) -> None:
            if recipient.facility_id is not None:
                self.choose_facility(recipient.facility_id)
            elif recipient.organization_id:
                self.recipient_kind.setCurrentIndex(
                    self.recipient_kind.findData(_ORGANIZATION))
                self.organization.setCurrentIndex(
                    self.organization.findData(recipient.organization_id))

        if self.facility.count() or self.organization.count():
            choose()
        else:
            self.recipients_loaded.connect(choose)

    def details(self) -> ConsentInput:
        kind = self.recipient_kind.currentData()
        if kind == _FACILITY:
            recipient = Recipient(facility_id=self.facility.currentData())
        elif kind == _ORGANIZATION:
            recipient = Recipient(organization_id=self.organization.currentData())
        else:
            recipient = Recipient(class_name=self.recipient_class.text())
        signer = Signer(self.signed_by.currentData())
        method = self.revocation_method.currentData()
        with_parent = self.signing_rule() is SigningRule.MINOR_WITH_PARENT
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
            discloser=self.discloser.text(),
            revocation_method=RevocationMethod(method) if method else None,
            revocation_contact=self.revocation_contact.text(),
            for_tpo=self.for_tpo.isChecked(),
            tpo_redisclosure_statement=(self.for_tpo.isChecked()
                                        and self.tpo_included.isChecked()),
            co_signer_name=self.co_signer_name.text() if with_parent else "",
            co_signer_relationship=self.co_signer_relationship.text() if with_parent else "")

    def service_call(self) -> Callable[[], Any]:
        consents, client_id, details = self.ui.services.consents, self.client_id, \
            self.details()
        return lambda: consents.record(client_id, details)

    def saved_message(self, result: object) -> str:
        if not isinstance(result, ConsentView):
            return ""
        until = (arg(self.tr(", until %1"), date_text(result.details.expires_on))
                 if result.details.expires_on is not None else "")
        return arg(self.tr("Consent recorded: release to %1%2."), result.recipient_name, until)


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
        intro = QLabel(arg(self.tr("The consent to disclose to %1, signed %2, will be kept on the "
                                   "record as revoked. No disclosure may rely on it from that "
                                   "day on."),
                           consent.recipient_name,
                           date_text(consent.signed_on) if consent.signed_on
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
