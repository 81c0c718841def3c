"""The responsible clinician on the record's Care team tab: the line that names them and
the dialog that sets, changes or clears them (name, credentials, NPI, phone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QWidget

from coordinator.services.clinician import ClinicianInput, ClinicianView
from coordinator.services.notify import Change, Topic
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import report_failure
from coordinator.ui.forms import ServiceFormDialog, form_layout
from coordinator.ui.layouts import column, row
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

_NPI_TYPED_LENGTH = 14  # ten digits and the spaces or hyphens people type between groups


def clinician_text(details: ClinicianInput) -> str:
    """"Dr. Ana Ruiz, MD · NPI 1234567893 · (562) 555-0100", or that none is recorded."""
    if not details.name:
        return translate("Clinician", "No responsible clinician recorded")
    who = f"{details.name}, {details.credentials}" if details.credentials else details.name
    npi = arg(translate("Clinician", "NPI %1"), details.npi) if details.npi else ""
    return " · ".join(part for part in (who, npi, details.phone) if part)


class ClinicianBox(QFrame):
    """"Responsible clinician: …" with Set clinician…; reads for itself, and again whenever
    the client's row changes (the clinician is kept on it, so is its version)."""

    clinician_loaded = Signal(object)
    """The clinician was read and is shown: ``(ClinicianView)``."""
    dialog_opened = Signal(object)
    """The clinician dialog was opened: ``(the dialog)``."""

    def __init__(self, ui: UiContext, client_id: int, may_edit: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.client_id = client_id
        self.may_edit = may_edit
        self.view: ClinicianView | None = None
        self.setObjectName("clinicianBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("Responsible clinician"))
        title.setObjectName("sectionTitle")
        self.line = QLabel()
        self.line.setObjectName("clinicianLine")
        self.line.setWordWrap(True)
        self.line.setAccessibleName(self.tr("Responsible clinician"))
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Alt+C: the Care team buttons take A, E and D, the record's tabs and header others.
        self.set_button = QPushButton(self.tr("Set &clinician…"))
        self.set_button.setAccessibleName(self.tr("Set the responsible clinician"))
        self.set_button.clicked.connect(self.set_clinician)
        self.set_button.setVisible(may_edit)
        row(self, (column(None, title, self.line, spacing=2), 1), self.set_button,
            margins=(12, 8, 12, 8))
        self._show_text(None)
        ui.changes.changed.connect(self._on_changed)

    def refresh(self) -> None:
        self.ui.operations.call(self, self.ui.services.clinician.clinician_of, self.client_id,
                                done=self._read, failed=self._failed)

    def _on_changed(self, batch: tuple[Change, ...]) -> None:
        if any(change.topic == Topic.CLIENT and self.client_id in change.ids for change in batch):
            self.refresh()

    def _read(self, view: ClinicianView) -> None:
        self.view = view
        self._show_text(view)
        self.clinician_loaded.emit(view)

    def _show_text(self, view: ClinicianView | None) -> None:
        self.line.setText(clinician_text(view.details) if view is not None else "")
        self.set_button.setEnabled(self.may_edit and view is not None)

    def _failed(self, error: BaseException) -> None:
        report_failure(self.ui.dialogs, self, error, self.tr("Responsible clinician"))

    def set_clinician(self) -> ClinicianDialog | None:
        if not self.may_edit or self.view is None:
            return None
        dialog = ClinicianDialog(self.ui, self.view, self)
        self.ui.dialogs.open_dialog(dialog)
        self.dialog_opened.emit(dialog)
        return dialog


class ClinicianDialog(ServiceFormDialog):
    """Set, change or clear (every field empty) the client's responsible clinician."""

    def __init__(self, ui: UiContext, current: ClinicianView,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.current = current
        details = current.details
        self.setObjectName("clinicianDialog")
        self.setWindowTitle(self.tr("Responsible clinician"))
        self.resize(460, 0)
        form = form_layout()
        intro = QLabel(self.tr("The clinician who answers for the client's treatment. Leave "
                               "every field empty to clear it."))
        intro.setObjectName("quietNote")
        intro.setWordWrap(True)
        form.addRow(intro)
        self.fields: dict[str, QLineEdit] = {}
        for name, title, accessible, hint in (
                ("name", self.tr("&Name"), self.tr("Clinician's name"),
                 self.tr("e.g. Dr. Ana Ruiz")),
                ("credentials", self.tr("C&redentials"), self.tr("Credentials"),
                 self.tr("e.g. MD, DO, PMHNP-BC, LCSW")),
                ("npi", self.tr("N&PI"), self.tr("National Provider Identifier"),
                 self.tr("10 digits")),
                ("phone", self.tr("P&hone"), self.tr("Clinician's phone"), "")):
            edit = QLineEdit(getattr(details, name))
            edit.setAccessibleName(accessible)
            edit.setPlaceholderText(hint)
            self.errors.add_row(form, name, title, edit)
            self.fields[name] = edit
        self.fields["npi"].setMaxLength(_NPI_TYPED_LENGTH)
        self.layout_with(form)
        self.fields["name"].setFocus()

    def details(self) -> ClinicianInput:
        return ClinicianInput(**{name: edit.text() for name, edit in self.fields.items()})

    def service_call(self) -> Callable[[], Any]:
        clinician, client_id = self.ui.services.clinician, self.current.client_id
        version, details = self.current.client_version, self.details()
        return lambda: clinician.set_clinician(client_id, version, details)
