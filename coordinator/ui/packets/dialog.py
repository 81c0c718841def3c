"""The packet dialog: choose the recipient and reason, preview the PDF, then save or print it.

Besides the PDF, the packet can be saved as a FHIR R4 document Bundle (JSON) that carries
the previewed PDF and the same record coded; it is logged like the PDF, with the SHA-256 of
the JSON written.

Preparing a packet passes the consent gate and renders on a worker; the preview is logged
as a view of the record, and no disclosure is logged until the person saves or prints.
When the gate refuses, the dialog says why in the service's own sentence and offers to
record the missing consent, already pointed at the facility. Changing the recipient or
reason after a preview withdraws Save and Print until the packet is previewed again, so the
disclosure log always matches what was seen.
"""

from __future__ import annotations

from itertools import pairwise

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.consent import ConsentRequest, ConsentState
from coordinator.domain.episodes import StillInCare
from coordinator.domain.errors import ConsentRequired, CoordinatorError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import DocumentType
from coordinator.services.app import AppServices
from coordinator.services.facilities import FacilityView
from coordinator.services.packets import PacketRequest, PreparedPacket, SavedPacket
from coordinator.services.read_audit import packet_preview_detail
from coordinator.ui.combo_filter import type_to_filter
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.layouts import STRETCH, column, row
from coordinator.ui.packets.preview import PacketPreview, prepare_printer, print_document
from coordinator.ui.packets.titles import document_title, facility_text, partners_first
from coordinator.ui.placeholders import arg
from coordinator.ui.record.consent_dialogs import RecordConsentDialog
from coordinator.ui.said_text import error_text
from coordinator.ui.saved_files import file_place
from coordinator.ui.screen_fit import FittedDialog


def preview_packet(services: AppServices, request: PacketRequest) -> PreparedPacket:
    """Prepare the packet for the preview and log the view (runs on a worker)."""
    prepared = services.packets.prepare(request)
    services.audit.log_view("client", request.client_id, packet_preview_detail(prepared))
    return prepared


def read_recipients(services: AppServices, client_id: int
                    ) -> tuple[list[FacilityView], dict[int, bool]]:
    """The facilities, and those an active consent of the client names (True: the consent
    includes substance-use treatment information); runs on a worker."""
    consented: dict[int, bool] = {}
    for consent in services.consents.consents_of(client_id):
        facility_id = consent.details.recipient.facility_id
        if consent.state is ConsentState.ACTIVE and facility_id is not None:
            consented[facility_id] = (consented.get(facility_id, False)
                                      or consent.details.includes_part2)
    return services.facilities.list_facilities(), consented


class PacketDialog(FittedDialog):
    """One client's transfer or discharge summary: recipient, reason, preview, save, print."""

    facilities_loaded = Signal(list)
    """The recipient picker was filled: ``(list[FacilityView])``."""
    packet_prepared = Signal(object)
    """A preview is shown: ``(PreparedPacket)``."""
    packet_refused = Signal(str)
    """The consent gate (or another expected rule) refused the packet: ``(the sentence)``."""
    packet_saved = Signal(object)
    """The packet was saved (as a PDF or a FHIR bundle) and logged: ``(SavedPacket)``."""
    packet_printed = Signal(object)
    """The packet was sent to the printer and logged: ``(DisclosureView)``."""
    consent_dialog_opened = Signal(object)
    """Record consent… was opened from the refusal: ``(RecordConsentDialog)``."""

    def __init__(self, ui: UiContext, client_id: int, document: DocumentType,
                 client_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.client_id = client_id
        self.document = document
        self.client_name = client_name
        self.prepared: PreparedPacket | None = None
        #: What the last consent refusal asked a consent for (fills Record consent…).
        self.consent_asked: ConsentRequest | None = None
        #: The user agreed to a discharge summary for a client still in active care.
        self.active_ok = False
        self._previews = ui.operations.latest_only(self)
        self._busy = False
        self.setObjectName("packetDialog")
        keep_visual_order(self)
        self.setWindowTitle(arg(self.tr("%1 — %2"),
                                document_title(document), client_name) if client_name
                            else document_title(document))
        self.resize(1060, 760)

        side_panel = self._build_side(self._build_form(
            document is DocumentType.TRANSFER_SUMMARY))
        self.preview = PacketPreview()
        self.preview.setMinimumWidth(560)
        buttons = self._build_buttons()
        body = row(None, side_panel, (self.preview, 1), spacing=16)
        column(self, (body, 1), buttons, margins=(16, 16, 16, 12))
        self._connect()
        self.status.setText(self.tr("Reading the facilities…"))
        self._update_buttons()
        ui.operations.call(self, read_recipients, ui.services, client_id,
                           done=lambda read: self._show_facilities(*read),
                           failed=self._failed)

    def _build_form(self, transfer: bool) -> QFormLayout:
        """The recipient and the reason, labels above their fields."""
        self.recipient = QComboBox()
        self.recipient.setObjectName("packetRecipient")
        self.recipient.setAccessibleName(
            self.tr("Receiving facility") if transfer else self.tr("Sent to"))
        type_to_filter(self.recipient)
        line = self.recipient.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Type part of the name"))
            line.setAccessibleName(self.recipient.accessibleName())
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("packetReason")
        self.reason.setAccessibleName(
            self.tr("Reason for transfer") if transfer else self.tr("Reason for discharge"))
        self.reason.setPlaceholderText(self.tr(
            "In your words; left blank, the packet gives the reason the last stay ended."))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(92)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Labels above their fields: facility names are long and the panel is narrow.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Receiving facility:") if transfer else self.tr("Sen&t to:"),
                    self.recipient)
        form.addRow(self.tr("Reaso&n:"), self.reason)
        for field in (self.recipient, self.reason):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        return form

    def _build_side(self, form: QFormLayout) -> QWidget:
        """The narrow panel left of the preview: the form, Preview, what happened, and why
        a packet was refused with Record consent."""
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("primaryButton")
        self.preview_button.setAccessibleName(self.tr("Preview the packet"))
        self.preview_button.setToolTip(self.tr("Make the packet and show it here (F5)"))
        self.preview_button.clicked.connect(self.make_preview)
        self.status = QLabel()
        self.status.setObjectName("quietNote")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Packet status"))
        self.refusal = QLabel()
        self.refusal.setObjectName("fieldError")
        self.refusal.setWordWrap(True)
        self.refusal.setAccessibleName(self.tr("Why the packet cannot be made"))
        self.refusal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refusal.hide()
        self.consent_button = QPushButton(self.tr("Record &consent…"))
        self.consent_button.setAccessibleName(self.tr("Record the missing consent"))
        self.consent_button.clicked.connect(self.record_consent)
        self.consent_button.hide()

        side = QVBoxLayout()
        side.setSpacing(10)
        side.addLayout(form)
        side.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.status)
        side.addWidget(self.refusal)
        side.addWidget(self.consent_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addStretch(1)
        side_panel = QWidget()
        side_panel.setLayout(side)
        side_panel.setFixedWidth(340)
        return side_panel

    def _build_buttons(self) -> QHBoxLayout:
        """The page shown, then Save as, Print and Close."""
        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setAccessibleName(self.tr("Save the packet as a PDF file"))
        self.save_button.setToolTip(self.tr("Save the packet as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_as)
        self.fhir_button = QPushButton(self.tr("Save as &FHIR…"))
        self.fhir_button.setAccessibleName(self.tr("Save the packet as a FHIR bundle"))
        self.fhir_button.setToolTip(self.tr(
            "Save the packet as a FHIR R4 document bundle (JSON) for the receiving "
            "system, with the PDF inside (Ctrl+Shift+S)"))
        self.fhir_button.clicked.connect(self.save_as_fhir)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the packet"))
        self.print_button.setToolTip(self.tr("Print the packet (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_packet)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the packet"))
        self.close_button.clicked.connect(self.reject)
        self.page_label = QLabel()
        self.page_label.setObjectName("quietNote")
        self.page_label.setAccessibleName(self.tr("Page shown"))
        self.preview.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.preview.pdf.pageCountChanged.connect(self._page_count_changed)
        for button in (self.save_button, self.fhir_button, self.print_button,
                       self.close_button, self.preview_button):
            button.setAutoDefault(False)
        return row(None, self.page_label, STRETCH, self.save_button, self.fhir_button,
                   self.print_button, self.close_button)

    def _connect(self) -> None:
        """The keys (Ctrl+S, Ctrl+Shift+S, Ctrl+P, F5), the tab order, and the fields'
        signals."""
        for keys, slot in ((QKeySequence.StandardKey.Save, self.save_as),
                           (QKeySequence("Ctrl+Shift+S"), self.save_as_fhir),
                           (QKeySequence.StandardKey.Print, self.print_packet),
                           (QKeySequence.StandardKey.Refresh, self.make_preview)):
            QShortcut(keys, self).activated.connect(slot)
        order: list[QWidget] = [self.recipient, self.reason, self.preview_button,
                                self.consent_button, self.preview, self.save_button,
                                self.fhir_button, self.print_button, self.close_button]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.recipient.currentIndexChanged.connect(self._inputs_changed)
        # A long facility name does not fit the narrow panel; the tooltip has all of it.
        self.recipient.currentTextChanged.connect(self.recipient.setToolTip)
        self.reason.textChanged.connect(self._inputs_changed)

    # Recipient --------------------------------------------------------------------------

    def _show_facilities(self, facilities: list[FacilityView],
                         consented: dict[int, bool] | None = None) -> None:
        consented = consented or {}
        self.recipient.blockSignals(True)
        self.recipient.clear()
        if self.document is DocumentType.TRANSFER_SUMMARY:
            self.recipient.addItem(self.tr("Choose the receiving facility"), None)
        else:
            self.recipient.addItem(self.tr("The client (own copy)"), None)
        for facility in partners_first(facilities):
            text = facility_text(facility)
            if facility.id in consented:
                # Said in words (no symbol a font may lack); the tooltip says more.
                text += " · " + (self.tr("consent on file") if consented[facility.id]
                                 else self.tr("consent on file, without Part 2"))
            self.recipient.addItem(text, facility.id)
            if facility.id in consented:
                self.recipient.setItemData(
                    self.recipient.count() - 1,
                    self.tr("An active consent of this client names this facility."),
                    Qt.ItemDataRole.ToolTipRole)
        self.recipient.blockSignals(False)
        self._update_buttons()
        self.facilities_loaded.emit(facilities)
        if self.document is DocumentType.DISCHARGE_SUMMARY:
            self.make_preview()  # the own copy needs no choice: show it at once
        else:
            self.status.setText(self.tr("Choose the receiving facility, then Preview."))
            self.recipient.setFocus()

    def choose_facility(self, facility_id: int | None) -> None:
        self.recipient.setCurrentIndex(max(self.recipient.findData(facility_id), 0))

    def facility_id(self) -> int | None:
        value = self.recipient.currentData()
        return int(value) if value is not None else None

    def request(self) -> PacketRequest:
        reason = self.reason.toPlainText().strip()
        return PacketRequest(self.document, self.client_id, self.facility_id(), reason,
                             active_ok=self.active_ok)

    def _inputs_changed(self) -> None:
        if self.prepared is not None:
            self.prepared = None
            self.status.setText(self.tr("Changed since the preview: press Preview to see "
                                        "the packet again."))
        self._hide_refusal()
        self._update_buttons()

    # Preview ----------------------------------------------------------------------------

    def make_preview(self) -> None:
        """Prepare the packet on a worker and show it. The preview is logged as one view of
        the client's record (nothing has left the clinic yet, so no disclosure)."""
        if not self.preview_button.isEnabled():
            return
        if self.document is DocumentType.TRANSFER_SUMMARY and self.facility_id() is None:
            self.status.setText(self.tr("Choose the receiving facility first."))
            self.recipient.setFocus()
            return
        self.prepared = None
        self._busy = True
        self._hide_refusal()
        self.status.setText(self.tr("Making the packet…"))
        self._update_buttons()
        # A preview still being made for other inputs is dropped when it comes.
        self._previews.call(preview_packet, self.ui.services, self.request(),
                            done=self._show_prepared, failed=self._not_prepared)

    def _show_prepared(self, prepared: PreparedPacket) -> None:
        self._busy = False
        self.prepared = prepared
        self.preview.show_pdf(prepared.pdf)
        self._show_page_number()
        facts = [arg(self.tr("%1 pages"), str(prepared.pages))
                 if prepared.pages != 1 else self.tr("1 page")]
        facts.append(arg(self.tr("to %1"), prepared.recipient_name)
                     if prepared.recipient_name else self.tr("the client's own copy"))
        if prepared.consent_id is not None:
            facts.append(arg(self.tr("under consent no. %1"), str(prepared.consent_id)))
        if prepared.part2:
            facts.append(self.tr("includes substance-use treatment information "
                                 "(42 CFR Part 2)"))
        self.status.setText(arg(self.tr("Preview: %1. Nothing has left the clinic until you "
                                        "save or print it."), ", ".join(facts)))
        self._update_buttons()
        self.packet_prepared.emit(prepared)

    def _page_count_changed(self, _count: int) -> None:
        # The document outlives the view (see PacketPreview) and announces its closing.
        if shiboken6.isValid(self.preview):
            self._show_page_number(self.preview.pageNavigator().currentPage())

    def _show_page_number(self, page: int = 0) -> None:
        count = self.preview.page_count()
        self.page_label.setText(arg(self.tr("Page %1 of %2"),
                                    str(page + 1), str(count)) if count else "")

    def _not_prepared(self, error: BaseException) -> None:
        self._busy = False
        self.preview.clear()
        self._show_page_number()
        self._update_buttons()
        self._refused(error)

    def _refused(self, error: BaseException) -> None:
        self.status.clear()
        if isinstance(error, StillInCare) and not self.active_ok:
            # In the user's words; the service's sentence only when the name is unknown.
            in_care = (arg(self.tr("%1 is still in active care, and a discharge summary is for "
                                   "a client who has left."), self.client_name)
                       if self.client_name else error_text(error))
            if self.ui.dialogs.question(
                    self, self.tr("Client still in care"),
                    in_care + "\n\n" + self.tr("Make it anyway, for example ahead of a "
                                                "planned discharge?"),
                    yes_text=self.tr("Make it anyway"), no_text=self.tr("Do not make it")):
                self.active_ok = True
                # After the question's own event handling has finished.
                QTimer.singleShot(0, self.make_preview)
            else:
                self.status.setText(self.tr("No discharge summary was made: the client is "
                                            "still in active care."))
                self.packet_refused.emit(error_text(error))
            return
        if isinstance(error, ConsentRequired):
            self.consent_asked = error.asked
            self.refusal.setText(error_text(error))
            self.refusal.show()
            self.consent_button.setVisible(self.ui.may(Permission.EDIT_CARE))
            self.packet_refused.emit(error_text(error))
            return
        report_failure(self.ui.dialogs, self, error, self.windowTitle())
        if isinstance(error, CoordinatorError):
            self.packet_refused.emit(error_text(error))

    def _hide_refusal(self) -> None:
        self.consent_asked = None
        self.refusal.clear()
        self.refusal.hide()
        self.consent_button.hide()

    # Save and print ---------------------------------------------------------------------

    def save_as(self) -> None:
        prepared = self.prepared
        if prepared is None or not self.save_button.isEnabled():
            return
        path = self.ui.dialogs.save_client_file(self, self.tr("Save packet"),
                                                prepared.suggested_file_name,
                                                self.tr("PDF documents (*.pdf)"),
                                                session=self.ui.services.actor)
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self._busy = True
        self._update_buttons()
        self.ui.operations.call(self, self.ui.services.packets.save, prepared, path,
                                done=self._saved, failed=self._handover_failed)

    def save_as_fhir(self) -> None:
        """Save the previewed packet as a FHIR bundle; the bundle carries this PDF."""
        prepared = self.prepared
        if prepared is None or not self.fhir_button.isEnabled():
            return
        suggested = prepared.suggested_file_name.removesuffix(".pdf") + ".json"
        path = self.ui.dialogs.save_client_file(self, self.tr("Save FHIR bundle"), suggested,
                                                self.tr("FHIR bundles (*.json)"),
                                                session=self.ui.services.actor)
        if path is None:
            return
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        self._busy = True
        self._update_buttons()
        self.ui.operations.call(self, self.ui.services.packets.save_fhir, prepared, path,
                                done=self._saved, failed=self._handover_failed)

    def _saved(self, saved: SavedPacket) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText(arg(self.tr("Saved %1 and logged on the Documents tab."),
                                file_place(saved.path)))
        self.packet_saved.emit(saved)

    def print_packet(self) -> None:
        prepared = self.prepared
        if prepared is None or not self.print_button.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(prepared.suggested_file_name.removesuffix(".pdf"))
        prepare_printer(self.preview.pdf, printer)
        if not self.ui.dialogs.print_setup(self, printer):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_document(self.preview.pdf, printer)
        finally:
            QApplication.restoreOverrideCursor()
        if not sent:
            self.ui.dialogs.warning(self, self.windowTitle(), self.tr(
                "The printer could not be opened, so nothing was printed. Check that it is "
                "switched on and connected, then try again."))
            return
        self._busy = True
        self._update_buttons()
        self.ui.operations.call(self, self.ui.services.packets.record_printed, prepared,
                                done=self._printed, failed=self._handover_failed)

    def _printed(self, disclosure: object) -> None:
        self._busy = False
        self._update_buttons()
        self.status.setText(self.tr("Sent to the printer and logged on the Documents tab."))
        self.packet_printed.emit(disclosure)

    def _handover_failed(self, error: BaseException) -> None:
        self._busy = False
        if isinstance(error, ConsentRequired):
            self.prepared = None  # the consent went away: this preview may not leave
        self._update_buttons()
        self._refused(error)

    # Consent ----------------------------------------------------------------------------

    def record_consent(self) -> RecordConsentDialog | None:
        """The Record consent dialog, pointed at the chosen facility once it has loaded."""
        if not self.ui.may(Permission.EDIT_CARE):
            return None
        dialog = RecordConsentDialog(self.ui, self.client_id, self.client_name, self)
        facility_id = self.facility_id()
        asked = self.consent_asked
        if asked is not None and asked.recipient.facility_id == facility_id:
            # Filled in with what the refusal asked for: recipient, purpose, information.
            dialog.ask_for(asked)
        elif facility_id is not None:
            dialog.recipients_loaded.connect(lambda _choices: dialog.choose_facility(
                facility_id))
        dialog.saved.connect(lambda _consent: self._consent_recorded())
        self.ui.dialogs.open_dialog(dialog)
        self.consent_dialog_opened.emit(dialog)
        return dialog

    def _consent_recorded(self) -> None:
        self._hide_refusal()
        self.status.setText(self.tr("Consent recorded. Press Preview to make the packet."))
        self.preview_button.setFocus()

    # State ------------------------------------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        self.status.clear()
        report_failure(self.ui.dialogs, self, error, self.windowTitle())

    def _update_buttons(self) -> None:
        may_export = self.ui.may(Permission.EXPORT_RECORDS)
        loaded = self.recipient.count() > 0
        ready = self.prepared is not None and not self._busy and may_export
        self.preview_button.setEnabled(loaded and not self._busy and may_export)
        self.save_button.setEnabled(ready)
        self.fhir_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
