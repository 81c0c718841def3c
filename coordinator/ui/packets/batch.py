"""Packets for several clients in one go: choose the document and a folder, then save them
all off the GUI thread with progress and Cancel.

Each packet passes the consent gate on its own; the ones refused are listed with the client
and the reason, and the rest are saved (and logged) all the same. Cancelling keeps what was
saved until then.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from coordinator.domain.roles import Permission
from coordinator.services.app import AppServices
from coordinator.services.facilities import FacilityView
from coordinator.services.packets import BatchResult, PacketRequest, RefusedPacket
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.focus_order import keep_visual_order
from coordinator.ui.layouts import STRETCH, column, row
from coordinator.ui.locale_text import number_text
from coordinator.ui.operations import Cancelled, Operation, Progress
from coordinator.ui.packets.titles import facility_text, partners_first
from coordinator.ui.placeholders import arg
from coordinator.ui.referrals.titles import fit_columns
from coordinator.ui.said_text import said_text
from coordinator.ui.saved_files import common_folder
from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.translation import translate
from coordinator.ui.views.table_models import Column, RowTableModel, list_table


@dataclass(frozen=True)
class ChosenClient:
    """A client chosen in the Clients view: id and the name to show."""

    id: int
    name: str


class RefusedTableModel(RowTableModel[RefusedPacket]):
    """The packets a batch could not make: the client and the reason in plain words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([Column(translate("BatchPackets", "Client"), lambda row: row.client_name),
                          Column(translate("BatchPackets", "Why it was not made"),
                                 lambda row: said_text(row.reason))],
                         key=lambda row: row.request.client_id, parent=parent)


def run_batch(services: AppServices, requests: list[PacketRequest], folder: Path,
              progress: Progress, cancelled: Cancelled) -> BatchResult:
    """The worker's part: services and plain values only, never a widget."""
    return services.packets.save_batch(requests, folder, progress=progress,
                                       cancelled=cancelled)


class BatchPacketDialog(FittedDialog):
    """Discharge summaries (own copies) or transfer summaries to one facility, for the
    clients chosen in the Clients view, saved into one folder."""

    facilities_loaded = Signal(list)
    """The facility picker was filled: ``(list[FacilityView])``."""
    batch_started = Signal(object)
    """The packets are being made on a worker: ``(Operation)``."""
    batch_progressed = Signal(int, int)
    """Packets done so far: ``(done, total)``."""
    batch_finished = Signal(object)
    """The batch ended (completely or cancelled) and its result is shown: ``(BatchResult)``."""

    def __init__(self, ui: UiContext, clients: list[ChosenClient],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.clients = list(clients)
        self.operation: Operation | None = None
        self.outcome: BatchResult | None = None
        self.setObjectName("batchPacketDialog")
        keep_visual_order(self)
        self.setWindowTitle(self.tr("Packets for selected clients"))
        self.setMinimumWidth(640)

        intro = self._build_intro()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Document:"), self._build_document_choice())
        folder_row = self._build_folder_row()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        self._build_result()
        buttons = self._build_buttons()
        column(self, intro, form, self.result_label, (self.refused_table, 1), buttons,
               margins=(18, 16, 18, 14), spacing=12)
        order: list[QWidget] = [self.discharge_choice, self.active_ok, self.transfer_choice,
                                self.facility, self.folder, self.folder_button,
                                self.start_button, self.close_button, self.refused_table]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.transfer_choice.toggled.connect(self._update_buttons)
        self.active_ok.toggled.connect(self._active_ok_toggled)
        self.facility.currentIndexChanged.connect(self._facility_chosen)
        self.folder.textChanged.connect(self._update_buttons)
        self._update_buttons()
        ui.operations.call(self, ui.services.facilities.list_facilities,
                           done=self._show_facilities,
                           failed=lambda error: report_failure(ui.dialogs, self, error,
                                                               self.windowTitle()))

    def _build_intro(self) -> QLabel:
        """The clients chosen: the first six by name, and how many more."""
        names = [client.name for client in self.clients]
        shown = "; ".join(names[:6]) + (arg(self.tr("; and %1 more"),
                                            str(len(names) - 6)) if len(names) > 6 else "")
        intro = QLabel(arg(self.tr("%1 clients: %2") if len(names) != 1 else
                           self.tr("1 client: %2"), str(len(names)), shown))
        intro.setWordWrap(True)
        intro.setObjectName("batchClients")
        intro.setAccessibleName(intro.text())
        return intro

    def _build_document_choice(self) -> QVBoxLayout:
        """Discharge summaries (and whether for clients still in care too), or transfer
        summaries to one facility."""
        self.discharge_choice = QRadioButton(
            self.tr("&Discharge summary — each client's own copy"))
        self.discharge_choice.setAccessibleName(self.tr("Discharge summaries, own copies"))
        self.transfer_choice = QRadioButton(self.tr("&Transfer summary to:"))
        self.transfer_choice.setAccessibleName(self.tr("Transfer summaries to a facility"))
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.discharge_choice)
        self.choices.addButton(self.transfer_choice)
        self.discharge_choice.setChecked(True)
        self.facility = QComboBox()
        self.facility.setObjectName("batchFacility")
        self.facility.setAccessibleName(self.tr("Receiving facility"))
        self.facility.setMinimumWidth(280)
        transfer_row = row(None, self.transfer_choice, (self.facility, 1))
        # A discharge summary is for a client who has left; one ahead of a planned
        # discharge is made only when asked for.
        self.active_ok = QCheckBox(self.tr("Also for clients still in &care"))
        self.active_ok.setAccessibleName(
            self.tr("Make discharge summaries for clients still in care too"))
        active_row = row(None, self.active_ok, margins=(24, 0, 0, 0))
        return column(None, self.discharge_choice, active_row, transfer_row)

    def _build_folder_row(self) -> QHBoxLayout:
        self.folder = QLineEdit()
        self.folder.setObjectName("batchFolder")
        self.folder.setAccessibleName(self.tr("Folder to save the packets in"))
        self.folder.setPlaceholderText(self.tr("Choose a folder"))
        self.folder_button = QPushButton(self.tr("C&hoose…"))
        self.folder_button.setAccessibleName(self.tr("Choose the folder"))
        self.folder_button.setAutoDefault(False)
        self.folder_button.clicked.connect(self.choose_folder)
        return row(None, (self.folder, 1), self.folder_button)

    def _build_result(self) -> None:
        """What the batch produced, and the packets it could not make (hidden until then)."""
        self.result_label = QLabel()
        self.result_label.setObjectName("batchResult")
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("What the batch produced"))
        self.refused_model = RefusedTableModel(self)
        self.refused_table = list_table("refusedPackets", self.tr("Packets not made"))
        self.refused_table.setModel(self.refused_model)
        self.refused_table.setWordWrap(True)
        self.refused_table.setMinimumHeight(140)
        self.refused_table.hide()

    def _build_buttons(self) -> QHBoxLayout:
        self.start_button = QPushButton(self.tr("&Make packets"))
        self.start_button.setObjectName("primaryButton")
        self.start_button.setAccessibleName(self.tr("Make the packets"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        return row(None, STRETCH, self.start_button, self.close_button)

    def _show_facilities(self, facilities: list[FacilityView]) -> None:
        self.facility.blockSignals(True)
        self.facility.clear()
        self.facility.addItem(self.tr("Choose the receiving facility"), None)
        for facility in partners_first(facilities):
            self.facility.addItem(facility_text(facility), facility.id)
        self.facility.blockSignals(False)
        self._update_buttons()
        self.facilities_loaded.emit(facilities)

    def _facility_chosen(self) -> None:
        if self.facility.currentData() is not None:
            self.transfer_choice.setChecked(True)
        self._update_buttons()

    def choose_transfer(self, facility_id: int) -> None:
        self.facility.setCurrentIndex(max(self.facility.findData(facility_id), 0))
        self.transfer_choice.setChecked(True)

    def choose_folder(self) -> None:
        folder = self.ui.dialogs.open_folder(self, self.tr("Folder for the packets"))
        if folder is not None:
            self.folder.setText(str(folder))

    def requests(self) -> list[PacketRequest]:
        facility_id = self.facility.currentData()
        if self.transfer_choice.isChecked():
            return [PacketRequest.transfer(client.id, int(facility_id))
                    for client in self.clients]
        active_ok = self.active_ok.isChecked()
        return [PacketRequest.discharge(client.id, active_ok=active_ok)
                for client in self.clients]

    def _ready(self) -> bool:
        chosen = not self.transfer_choice.isChecked() or self.facility.currentData() is not None
        return (self.operation is None and chosen and bool(self.folder.text().strip())
                and bool(self.clients) and self.ui.may(Permission.EXPORT_RECORDS))

    def _active_ok_toggled(self, checked: bool) -> None:
        if checked:
            self.discharge_choice.setChecked(True)

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(self._ready())
        running = self.operation is not None
        for widget in (self.discharge_choice, self.transfer_choice, self.facility,
                       self.folder, self.folder_button):
            widget.setEnabled(not running)
        self.active_ok.setEnabled(not running and not self.transfer_choice.isChecked())

    def start(self) -> Operation | None:
        """Save every packet into the folder on a worker; returns the running operation."""
        if not self._ready():
            return None
        if not self.ui.dialogs.acknowledge_client_files(self, session=self.ui.services.actor,
                                                        several=True):
            return None
        requests, folder = self.requests(), Path(self.folder.text().strip())
        services = self.ui.services
        total = len(requests)
        self.outcome = None
        self.result_label.setText(arg(self.tr("Making %1 packets…"), str(total)))
        self.refused_model.replace_rows([])
        self.refused_table.hide()
        self.operation = self.ui.operations.run(
            self, lambda progress, cancelled: run_batch(services, requests, folder, progress,
                                                        cancelled),
            done=self._finished, failed=self._failed,
            progress=arg(self.tr("Making %1 packets…"), str(total)))
        self.operation.progressed.connect(self._progressed)
        self._update_buttons()
        self.batch_started.emit(self.operation)
        return self.operation

    def _progressed(self, done: int, total: int) -> None:
        # The modal progress dialog processes events while it updates, so the result can
        # arrive before this report of the last packet: then the result stays shown.
        if self.operation is not None:
            self.result_label.setText(arg(self.tr("%1 of %2 packets done…"), str(done), str(total)))
        self.batch_progressed.emit(done, total)

    def _finished(self, result: BatchResult) -> None:
        self.operation = None
        self.outcome = result
        self.result_label.setText(result_sentence(result))
        self.refused_model.replace_rows(list(result.refused))
        self.refused_table.setVisible(bool(result.refused))
        fit_columns(self.refused_table)
        self.refused_table.resizeRowsToContents()
        if result.refused:  # room for the reasons, which run to two or three lines
            self.resize(max(self.width(), 760), max(self.height(), 520))
        self.close_button.setFocus()
        self._update_buttons()
        self.batch_finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.operation = None
        self.result_label.clear()
        self._update_buttons()
        report_failure(self.ui.dialogs, self, error, self.windowTitle())


def result_sentence(result: BatchResult) -> str:
    """"Saved 3 packets; 1 could not be made; cancelled before the end." in words the
    translation can reorder."""
    count = len(result.saved)
    if count == 0:
        text = translate("BatchPackets", "No packet was saved")
    elif count == 1:
        text = translate("BatchPackets", "Saved 1 packet")
    else:
        text = arg(translate("BatchPackets", "Saved %1 packets"), number_text(count))
    if result.refused:
        text += arg(translate("BatchPackets", "; %1 could not be made"),
                    number_text(len(result.refused)))
    if folder := common_folder(saved.path for saved in result.saved):
        text = arg(translate("BatchPackets", "%1 in %2"), text, folder)
    if result.cancelled:
        text += translate("BatchPackets", "; cancelled before the end")
    return text + "."


def chosen_clients(rows: list[tuple[int, str, str]]) -> list[ChosenClient]:
    """``(id, family name, given name)`` rows as "Family, Given" choices, in list order."""
    return [ChosenClient(client_id, f"{family}, {given}".strip(", "))
            for client_id, family, given in rows]

