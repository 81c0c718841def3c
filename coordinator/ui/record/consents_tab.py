"""The record's Consents tab: the client's releases of information, with Record consent…
and Revoke….

Each row says in words whether the consent is active, incomplete (and what it lacks),
expired or revoked, so the state never depends on colour alone. The record window
refreshes the tab when a change names the ``consent`` topic.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QWidget

from coordinator.domain.consent import ConsentElement, ConsentState, Signer
from coordinator.services.consent_views import ConsentView
from coordinator.ui.care.clock_table import alert_colour
from coordinator.ui.context import UiContext
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.record.consent_dialogs import RecordConsentDialog, RevokeConsentDialog
from coordinator.ui.record.list_page import RecordListPage
from coordinator.ui.referrals.titles import fit_columns
from coordinator.ui.said_text import said_text
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table


def element_title(element: ConsentElement) -> str:
    """A required element of the form in a few words, for "Missing: …"."""
    E = ConsentElement  # noqa: N806 - a short alias keeps the table readable
    return {E.PATIENT_NAME: translate("Consents", "client's name"),
            E.DISCLOSER: translate("Consents", "who may disclose"),
            E.RECIPIENT: translate("Consents", "recipient"),
            E.TPO_STATEMENT: translate("Consents", "redisclosure statement"),
            E.INFORMATION: translate("Consents", "information described"),
            E.PURPOSE: translate("Consents", "purpose"),
            E.RIGHT_TO_REVOKE: translate("Consents", "right to revoke"),
            E.REVOCATION_METHOD: translate("Consents", "how to revoke"),
            E.REVOCATION_CONTACT: translate("Consents", "where to revoke"),
            E.EXPIRATION: translate("Consents", "expiration date or event"),
            E.SIGNER_NAME: translate("Consents", "signer's name"),
            E.REPRESENTATIVE_RELATIONSHIP: translate("Consents", "representative's relationship"),
            E.MINOR_SIGNATURE: translate("Consents", "the minor's own signature"),
            E.CO_SIGNER: translate("Consents", "parent or guardian co-signing"),
            E.DATE_SIGNED: translate("Consents", "date signed")}[element]


def state_text(row: ConsentView) -> str:
    """"Active", "⚠ Missing: …", "Expired 2026-09-02" or "Revoked 2026-03-20"."""
    if row.state is ConsentState.REVOKED and row.revoked_on is not None:
        return arg(translate("Consents", "Revoked %1"), date_text(row.revoked_on))
    if row.state is ConsentState.EXPIRED and row.expires_on is not None:
        return arg(translate("Consents", "Expired %1"), date_text(row.expires_on))
    if row.state is ConsentState.INCOMPLETE:
        if not row.missing:  # complete, but dated after today
            return "⚠ " + translate("Consents", "Not yet in force (signed after today)")
        return "⚠ " + arg(translate("Consents", "Missing: %1"),
                          translate("Consents", ", ").join(
                              element_title(code) for code in row.missing_codes))
    return translate("Consents", "Active")


def signed_text(row: ConsentView) -> str:
    """"2026-04-01 by Rosa Núñez (mother)", or with the parent or guardian who signed
    beside a minor: "2026-04-01 by Kim Sok with Ana Sok (mother)"."""
    day = date_text(row.signed_on) if row.signed_on else translate("Consents", "undated")
    details = row.details
    if details.signed_by is Signer.REPRESENTATIVE:
        relationship = (details.representative_relationship
                        or translate("Consents", "representative"))
        text = arg(translate("Consents", "%1 by %2 (%3)"), day, details.signer_name, relationship)
    else:
        text = arg(translate("Consents", "%1 by %2"), day, details.signer_name)
    if details.co_signer_name:
        relationship = details.co_signer_relationship or translate("Consents", "parent or guardian")
        text += arg(translate("Consents", " with %1 (%2)"), details.co_signer_name, relationship)
    return text


def expires_text(row: ConsentView) -> str:
    details = row.details
    parts = [date_text(details.expires_on)] if details.expires_on else []
    if details.expiration_event:
        parts.append(details.expiration_event)
    return translate("Consents", " or ").join(parts) or "—"


class ConsentTableModel(RowTableModel[ConsentView]):
    """Recipient, state, Part 2, signed, expires, purpose; rows that allow no disclosure in
    the alert colours, with the state also in words."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[Column[ConsentView]] = [
            Column(translate("Consents", "Recipient"), lambda row: row.recipient_name),
            Column(translate("Consents", "State"), state_text),
            Column(translate("Consents", "Part 2"),
                   lambda row: (translate("Consents", "Yes") if row.includes_part2
                                else translate("Consents", "No"))),
            Column(translate("Consents", "Signed"), signed_text),
            Column(translate("Consents", "Expires"), expires_text),
            # Last, so the longest text takes the room left and the state stays in view.
            Column(translate("Consents", "Purpose"), lambda row: " ".join(row.purpose.split())),
        ]
        super().__init__(columns, key=lambda row: row.id, parent=parent)

    def extra_data(self, row: ConsentView, column: int, role: int) -> Any:
        if row.state is ConsentState.INCOMPLETE and (colour := alert_colour(role)) is not None:
            return colour
        if role == Qt.ItemDataRole.ForegroundRole and row.state in (
                ConsentState.EXPIRED, ConsentState.REVOKED):
            return QBrush(Qt.GlobalColor.darkGray)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.details.information_description]
            lines += ["⚠ " + said_text(sentence) for sentence in row.missing]
            return "\n".join(line for line in lines if line)
        return None


class ConsentsPage(RecordListPage):
    """One client's releases of information."""

    consents_loaded = Signal(list)
    """The client's consents were read and are shown: ``(list[ConsentView])``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, client_id, may_edit, parent)
        self.failure_title = self.tr("Consents")
        self.client_name = ""
        self._select_after_reading: int | None = None
        self.setObjectName("consentsPage")
        # Alt+C and Alt+V: free among the record window's tab and header keys.
        self.record_button = QPushButton(self.tr("Record &consent…"))
        self.record_button.setObjectName("primaryButton")
        self.record_button.setAccessibleName(self.tr("Record a signed consent"))
        self.record_button.clicked.connect(self.record_consent)
        self.revoke_button = QPushButton(self.tr("Re&voke…"))
        self.revoke_button.setAccessibleName(self.tr("Revoke the chosen consent"))
        self.revoke_button.clicked.connect(self.revoke_consent)
        self.model = ConsentTableModel(self)
        self.table: QTableView = list_table("clientConsentTable", self.tr("Consents"))
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty_note = self.quiet_note(self.tr(
            "No consent on file. Without an active consent naming the recipient, no "
            "substance-use treatment information may leave the clinic. Use Record consent "
            "to copy a signed release of information."))
        #: What the chosen consent lacks, in full sentences (the table lists them briefly).
        self.missing_note = QLabel()
        self.missing_note.setObjectName("fieldError")
        self.missing_note.setWordWrap(True)
        self.missing_note.hide()
        self.arrange((self.record_button, self.revoke_button), self.table, self.empty_note,
                     self.missing_note)
        self._update_buttons()

    def refresh(self) -> None:
        self.ui.operations.call(self, self.ui.services.consents.consents_of, self.client_id,
                                done=self._show, failed=self._failed)

    def _show(self, consents: list[ConsentView]) -> None:
        self.loaded = True
        self.model.replace_rows(consents)
        fit_columns(self.table)
        if self._select_after_reading is not None:
            # The consent just saved is chosen, so what it lacks shows at once.
            row = self.model.row_of(self._select_after_reading)
            if row >= 0:
                self._select_after_reading = None
                self.table.selectRow(row)
        self.empty_note.setVisible(not consents)
        self._update_buttons()
        self.consents_loaded.emit(consents)

    def selected(self) -> ConsentView | None:
        row: ConsentView | None = super().selected()
        return row

    def _update_buttons(self) -> None:
        row = self.selected()
        missing = row.missing if row is not None and row.state is ConsentState.INCOMPLETE \
            else ()
        self.missing_note.setText("\n".join("⚠ " + said_text(sentence) for sentence in missing))
        self.missing_note.setVisible(bool(missing))
        self.record_button.setEnabled(self.may_edit and self.loaded)
        self.revoke_button.setEnabled(self.may_edit and row is not None
                                      and row.revoked_on is None)

    def record_consent(self) -> RecordConsentDialog | None:
        if not (self.may_edit and self.loaded):
            return None
        dialog = RecordConsentDialog(self.ui, self.client_id, self.client_name, self)
        dialog.saved.connect(self._recorded)
        opened: RecordConsentDialog = self._open(dialog)
        return opened

    def _recorded(self, consent: ConsentView) -> None:
        # The list may have been read again already (the change notice can come first);
        # then the consent is chosen now, else once the list that holds it is shown.
        row = self.model.row_of(consent.id)
        if row >= 0:
            self.table.selectRow(row)
            self._update_buttons()
        else:
            self._select_after_reading = consent.id

    def revoke_consent(self) -> RevokeConsentDialog | None:
        row = self.selected()
        if not self.may_edit or row is None or row.revoked_on is not None:
            return None
        opened: RevokeConsentDialog = self._open(RevokeConsentDialog(self.ui, row, self))
        return opened
