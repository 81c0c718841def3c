"""A new or edited intake inquiry: who called and when, the level asked for, the insurance
to verify with the payer's authorization, and what the inquiry became.

For someone not yet on file the dialog asks for the name (and, if known, phone and date
of birth); the client's record is made with the inquiry, in one save. An edited inquiry
shows what the attendance marks say: days from the first contact to the first attended
session, and the authorization's sessions used with its warnings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from coordinator.domain.intake import (
    INQUIRY_OUTCOME_TITLES,
    INQUIRY_SOURCE_TITLES,
    MOST_UNITS,
    VERIFICATION_TITLES,
    Authorization,
    InquiryOutcome,
    InquirySource,
    VerificationStatus,
)
from coordinator.domain.referrals import status_title
from coordinator.services.care.dto import LevelView
from coordinator.services.dto import ClientInput
from coordinator.services.intake_views import InquiryInput, InquiryView, InsuranceInput
from coordinator.services.referral_views import ReferralView
from coordinator.ui.care.fields import (
    coded_combo,
    date_edit,
    day_of,
    level_combo,
    select_data,
    today_of,
)
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog, form_layout, text_box
from coordinator.ui.layouts import NO_MARGINS, STRETCH, column, row
from coordinator.ui.locale_text import date_text
from coordinator.ui.optional_date import OptionalDateEdit
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate

#: The domain's source, verification and outcome titles (coordinator.domain.intake has no Qt),
#: marked for lupdate under the context they are translated in.
MARKED = (
    QT_TRANSLATE_NOOP("InquiryDialog", "Self"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Family"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Hospital discharge planner"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Court"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Primary care"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Another program"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Not verified"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Verified"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Denied"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Open"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Admitted"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Referred elsewhere"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Not reached"),
    QT_TRANSLATE_NOOP("InquiryDialog", "Declined"),
)


def source_title(source: InquirySource) -> str:
    return translate("InquiryDialog", INQUIRY_SOURCE_TITLES[source])


def outcome_title(outcome: InquiryOutcome) -> str:
    return translate("InquiryDialog", INQUIRY_OUTCOME_TITLES[outcome])


def verification_title(status: VerificationStatus) -> str:
    return translate("InquiryDialog", VERIFICATION_TITLES[status])


def usage_text(view: InquiryView) -> str:
    """"15 of 20 authorized sessions used, 5 left", then any warnings."""
    use = view.authorization_use
    if use is None:
        return translate("InquiryDialog", "No authorization recorded.")
    text = arg(translate("InquiryDialog", "%1 of %2 authorized sessions used, %3 left."),
               str(use.used), str(use.units), str(use.remaining))
    return " ".join([text, *("⚠ " + warning for warning in use.warnings)])


def first_session_text(view: InquiryView) -> str:
    if view.first_session_on is None or view.days_to_first_session is None:
        return translate("InquiryDialog", "No session attended yet.")
    return arg(translate("InquiryDialog", "%1 days from first contact (first attended %2)"),
               str(view.days_to_first_session), date_text(view.first_session_on))


class InquiryDialog(ServiceFormDialog):
    """Record or edit an inquiry. ``client_id`` and ``client_name`` name a client on file;
    without them the dialog asks for the new client's name."""

    referrals_loaded = Signal(list)
    """The client's referrals were offered for "referred elsewhere": ``(list[ReferralView])``."""

    def __init__(self, ui: UiContext, levels: Sequence[LevelView], *,
                 client_id: int | None = None, client_name: str = "",
                 existing: InquiryView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.existing = existing
        self.client_id = existing.client_id if existing else client_id
        self.setObjectName("inquiryDialog")
        self.setWindowTitle(self.tr("New inquiry") if existing is None
                            else arg(self.tr("Inquiry about %1"), existing.client_name))
        self.today = today_of(ui)
        # Two columns, so the whole inquiry fits a 1280×720 screen without scrolling: who
        # and what on the left, the payer on the right.
        form = form_layout()
        self._add_client(form, existing.client_name if existing else client_name)
        self._add_contact(form, levels)
        self._add_outcome(form)
        # Each column a panel of its own, so Tab finishes the left one before the right.
        who = QWidget()
        who.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        payer = QWidget()
        column(payer, self._insurance_box(), self._authorization_box(), STRETCH,
               margins=NO_MARGINS)
        body = QWidget()
        row(body, (who, 1), (payer, 1), margins=NO_MARGINS, spacing=20)
        if existing is not None:
            self._show(existing)
            self._read_referrals()
        self._outcome_changed()
        self.layout_with(body)
        (self.given_name if self.client_id is None else self.source).setFocus()

    # Building ------------------------------------------------------------------------------

    def _add_client(self, form: QFormLayout, client_name: str) -> None:
        """The client on file, or the new client's name, phone and date of birth."""
        self.given_name = QLineEdit()
        self.given_name.setAccessibleName(self.tr("First name"))
        self.family_name = QLineEdit()
        self.family_name.setAccessibleName(self.tr("Last name"))
        self.phone = QLineEdit()
        self.phone.setAccessibleName(self.tr("Phone"))
        self.birth_date = OptionalDateEdit(None, self.today, self.tr("Date of birth"))
        if self.client_id is not None:
            self.client_label = QLabel(client_name)
            self.client_label.setAccessibleName(self.tr("Client"))
            form.addRow(self.tr("Client"), self.client_label)
            for field in (self.given_name, self.family_name, self.phone, self.birth_date):
                field.hide()
            self.birth_date.setEnabled(False)
            return
        self.errors.add_row(form, "given_name", self.tr("&First name *"), self.given_name)
        self.errors.add_row(form, "family_name", self.tr("&Last name *"), self.family_name)
        self.errors.add_row(form, "phone", self.tr("P&hone"), self.phone)
        self.errors.add_row(form, "birth_date", self.tr("Date of &birth"), self.birth_date)

    def _add_contact(self, form: QFormLayout, levels: Sequence[LevelView]) -> None:
        self.source = coded_combo(((source_title(source), source.value)
                                   for source in InquirySource), self.tr("Source"))
        self.errors.add_row(form, "source", self.tr("So&urce"), self.source)
        self.source_contact = QLineEdit()
        self.source_contact.setAccessibleName(self.tr("Who called"))
        self.source_contact.setPlaceholderText(
            self.tr("e.g. M. Reyes, discharge planner, Mercy General"))
        self.errors.add_row(form, "source_contact", self.tr("&Who called"),
                            self.source_contact)
        self.first_contact = date_edit(self.today, self.tr("First contact"))
        self.errors.add_row(form, "first_contact_on", self.tr("First &contact"),
                            self.first_contact)
        self.level = level_combo(levels, self.tr("Requested level of care"))
        self.level.insertItem(0, self.tr("Not said"), None)
        self.level.setCurrentIndex(0)
        self.errors.add_row(form, "requested_level_code", self.tr("&Requested level"),
                            self.level)

    def _insurance_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Insurance"))
        form = form_layout()
        box.setLayout(form)
        self.payer = QLineEdit()
        self.payer.setAccessibleName(self.tr("Insurance payer"))
        self.errors.add_row(form, "insurance_payer", self.tr("&Payer"), self.payer)
        self.member_id = QLineEdit()
        self.member_id.setAccessibleName(self.tr("Member ID"))
        self.errors.add_row(form, "insurance_member_id", self.tr("&Member ID"),
                            self.member_id)
        self.verification = coded_combo(((verification_title(status), status.value)
                                         for status in VerificationStatus),
                                        self.tr("Verification"))
        self.errors.add_row(form, "verification_status", self.tr("&Verification"),
                            self.verification)
        self.verified_on = OptionalDateEdit(None, self.today, self.tr("Day verified"))
        self.errors.add_row(form, "verified_on", self.tr("Verified or denied on"),
                            self.verified_on)
        self.verification.currentIndexChanged.connect(self._verification_changed)
        self._verification_changed()
        return box

    def _authorization_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Authorization (where the payer requires one)"))
        form = form_layout()
        box.setLayout(form)
        self.auth_number = QLineEdit()
        self.auth_number.setAccessibleName(self.tr("Authorization number"))
        self.errors.add_row(form, "authorization_number", self.tr("Authorization &number"),
                            self.auth_number)
        self.units = QSpinBox()
        self.units.setRange(0, MOST_UNITS)
        self.units.setSpecialValueText(self.tr("None"))
        self.units.setAccessibleName(self.tr("Authorized sessions"))
        self.errors.add_row(form, "authorized_units", self.tr("Authori&zed sessions"),
                            self.units)
        self.auth_start = OptionalDateEdit(None, self.today, self.tr("Authorization start"))
        self.errors.add_row(form, "authorization_start", self.tr("Be&gins"), self.auth_start)
        self.auth_end = OptionalDateEdit(None, self.today, self.tr("Authorization end"))
        self.errors.add_row(form, "authorization_end", self.tr("&Ends"), self.auth_end)
        self.usage = QLabel()
        self.usage.setObjectName("authorizationUse")
        self.usage.setWordWrap(True)
        self.usage.setAccessibleName(self.tr("Authorized sessions used"))
        if self.existing is not None:  # a new inquiry has used nothing yet
            form.addRow(self.tr("Used"), self.usage)
        return box

    def _add_outcome(self, form: QFormLayout) -> None:
        self.outcome = coded_combo(((outcome_title(outcome), outcome.value)
                                    for outcome in InquiryOutcome), self.tr("Outcome"))
        self.errors.add_row(form, "outcome", self.tr("&Outcome"), self.outcome)
        self.outcome_on = OptionalDateEdit(None, self.today, self.tr("Outcome date"))
        self.errors.add_row(form, "outcome_on", self.tr("Decided on"), self.outcome_on)
        self.referral = QComboBox()
        self.referral.setAccessibleName(self.tr("Referral made"))
        self.referral.addItem(self.tr("No referral record"), None)
        self.errors.add_row(form, "referral_id", self.tr("Referr&al"), self.referral)
        self.referred_to = QLineEdit()
        self.referred_to.setAccessibleName(self.tr("Referred to"))
        self.referred_to.setPlaceholderText(self.tr("Where, when no referral record says it"))
        self.errors.add_row(form, "referred_to", self.tr("Referre&d to"), self.referred_to)
        self.first_session = QLabel()
        self.first_session.setAccessibleName(self.tr("Days to first session"))
        self.first_session.setWordWrap(True)
        if self.existing is not None:
            form.addRow(self.tr("First session"), self.first_session)
        self.notes = text_box(self.tr("Notes"), 48)
        self.notes.setMaximumHeight(110)
        self.errors.add_row(form, "notes", self.tr("No&tes"), self.notes)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)

    # Showing ---------------------------------------------------------------------------

    def _show(self, view: InquiryView) -> None:
        details = view.details
        select_data(self.source, details.source.value)
        self.source_contact.setText(details.source_contact)
        self.first_contact.set_day(details.first_contact_on)
        select_data(self.level, details.requested_level_code)
        insurance = details.insurance
        self.payer.setText(insurance.payer)
        self.member_id.setText(insurance.member_id)
        select_data(self.verification, insurance.verification.value)
        self.verified_on.set_day(insurance.verified_on)
        auth = details.authorization
        self.auth_number.setText(auth.number)
        self.units.setValue(auth.units or 0)
        self.auth_start.set_day(auth.starts_on)
        self.auth_end.set_day(auth.ends_on)
        self.usage.setText(usage_text(view))
        select_data(self.outcome, details.outcome.value)
        self.outcome_on.set_day(details.outcome_on)
        self.referred_to.setText(details.referred_to)
        if details.referral_id is not None:
            self.referral.addItem(view.referral_title or self.tr("The referral made"),
                                  details.referral_id)
            select_data(self.referral, details.referral_id)
        self.first_session.setText(first_session_text(view))
        self.notes.setPlainText(details.notes)

    def _read_referrals(self) -> None:
        if self.client_id is None:
            return
        referrals, client_id = self.ui.services.referrals, self.client_id
        self.ui.operations.call(self, referrals.referrals_of, client_id,
                                done=self._offer_referrals)

    def _offer_referrals(self, found: list[ReferralView]) -> None:
        chosen = self.referral.currentData()
        self.referral.clear()
        self.referral.addItem(self.tr("No referral record"), None)
        for referral in found:
            self.referral.addItem(arg(self.tr("%1 (%2, %3)"),
                                      referral.target_name,
                                      referral.category.value.replace("_", " "),
                                      status_title(referral.status).lower()), referral.id)
        select_data(self.referral, chosen)
        self.referrals_loaded.emit(found)

    def _verification_changed(self) -> None:
        verified = self.verification.currentData() != VerificationStatus.NOT_VERIFIED.value
        self.verified_on.setEnabled(verified)

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        self.outcome_on.setEnabled(outcome != InquiryOutcome.OPEN.value)
        referred = outcome == InquiryOutcome.REFERRED_ELSEWHERE.value
        self.referral.setEnabled(referred)
        self.referred_to.setEnabled(referred)

    # Saving ----------------------------------------------------------------------------

    def inquiry(self) -> InquiryInput:
        units = self.units.value()
        return InquiryInput(
            source=InquirySource(self.source.currentData()),
            first_contact_on=day_of(self.first_contact),
            source_contact=self.source_contact.text(),
            requested_level_code=self.level.currentData(),
            insurance=InsuranceInput(
                self.payer.text(), self.member_id.text(),
                VerificationStatus(self.verification.currentData()),
                self.verified_on.day() if self.verified_on.isEnabled() else None),
            authorization=Authorization(self.auth_number.text(), units or None,
                                        self.auth_start.day(), self.auth_end.day()),
            outcome=InquiryOutcome(self.outcome.currentData()),
            outcome_on=self.outcome_on.day() if self.outcome_on.isEnabled() else None,
            referral_id=self.referral.currentData(), referred_to=self.referred_to.text(),
            notes=self.notes.toPlainText())

    def new_client(self) -> ClientInput | None:
        if self.client_id is not None:
            return None
        return ClientInput(self.given_name.text(), self.family_name.text(),
                           self.birth_date.day(), phone=self.phone.text())

    def service_call(self) -> Callable[[], Any]:
        inquiries, details = self.ui.services.inquiries, self.inquiry()
        if self.existing is not None:
            inquiry_id, version = self.existing.id, self.existing.version
            return lambda: inquiries.update(inquiry_id, version, details)
        client_id, new_client = self.client_id, self.new_client()
        return lambda: inquiries.create(client_id, details, new_client)
