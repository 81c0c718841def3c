"""The client form: demographics, contacts, insurance, care team and safety note.

Saving goes through ``services.clients.create`` or ``update`` (with the version the form was
opened on, so a stale edit comes back as ``Conflict``). Before saving, the form asks the
services for likely duplicates and lets the person decide.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from coordinator.domain.errors import ValidationError
from coordinator.services.dto import ClientInput, ClientListRow, ClientRecord, UserInfo
from coordinator.services.notify import Topic
from coordinator.services.read_audit import duplicates_detail
from coordinator.ui.client_titles import PREFERRED_LANGUAGES, language_title, stored_language
from coordinator.ui.context import UiContext
from coordinator.ui.forms import ServiceFormDialog
from coordinator.ui.placeholders import arg
from coordinator.ui.shown import log_shown
from coordinator.ui.translation import translate

_TEXT_FIELDS = [field.name for field in fields(ClientInput)
                if field.type in ("str", str) and field.name != "safety_note"]


def parse_birth_date(text: str) -> date | None:
    """A date typed as YYYY-MM-DD or in the locale's short format with a four-digit year."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    local_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in local_format:
        local_format = local_format.replace("yy", "yyyy")
    parsed = QLocale().toDate(text, local_format)
    if parsed.isValid():
        return date(parsed.year(), parsed.month(), parsed.day())
    raise ValidationError.for_fields({"birth_date": translate(
        "ClientDialog", "Enter the date of birth as YYYY-MM-DD, for example 1987-03-14.")})


class ClientDialog(ServiceFormDialog):
    """New client, or edit one opened from the list."""

    def __init__(self, ui: UiContext, record: ClientRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ui, parent)
        self.record = record
        self.setObjectName("clientDialog")
        self.setWindowTitle(self.tr("New client") if record is None
                            else arg(self.tr("Client %1"), record.display_name))
        self.resize(720, 600)
        self.inputs: dict[str, QLineEdit] = {}

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Client details sections"))
        self.tabs.addTab(self._identity_page(), self.tr("&Identity"))
        self.tabs.addTab(self._contact_page(), self.tr("C&ontact"))
        self.tabs.addTab(self._people_page(), self.tr("Family and &emergency"))
        self.tabs.addTab(self._care_page(), self.tr("&Care and insurance"))
        layout = self.layout_with(self.tabs)
        note = QLabel(self.tr("* required"))
        note.setObjectName("quietNote")
        layout.insertWidget(layout.count() - 1, note)
        self._read_only = False

        if record is not None:
            self._fill(record.details)
            clients, client_id = ui.services.clients, record.id
            self.watch_for_changes_elsewhere(Topic.CLIENT, client_id, record.version,
                                             lambda: clients.reload(client_id).version)
        self.inputs["family_name"].setFocus()
        self._load_case_managers()

    # Pages ---------------------------------------------------------------------------------

    def _line(self, form: QFormLayout, name: str, title: str, accessible: str,
              placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        if placeholder:
            edit.setPlaceholderText(placeholder)
        self.inputs[name] = edit
        self.errors.add_row(form, name, title, edit)
        return edit

    def _page(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(16, 16, 16, 16)
        form.setVerticalSpacing(8)
        return page, form

    def _identity_page(self) -> QWidget:
        page, form = self._page()
        self._line(form, "family_name", self.tr("&Last name *"), self.tr("Last name"))
        self._line(form, "given_name", self.tr("&First name *"), self.tr("First name"))
        self._line(form, "preferred_name", self.tr("&Preferred name"),
                   self.tr("Preferred name"))
        self._line(form, "birth_date", self.tr("Date of &birth"), self.tr("Date of birth"),
                   self.tr("YYYY-MM-DD"))
        self._line(form, "record_number", self.tr("&Record number"),
                   self.tr("Record number"), self.tr("Assigned when saved"))
        self._line(form, "sex_at_birth", self.tr("Se&x at birth"), self.tr("Sex at birth"))
        self._line(form, "gender_identity", self.tr("&Gender identity"),
                   self.tr("Gender identity"))
        self._line(form, "pronouns", self.tr("Pro&nouns"), self.tr("Pronouns"))
        self.language = QComboBox()
        self.language.setEditable(True)
        for name in PREFERRED_LANGUAGES:  # shown in the user's language, stored in English
            self.language.addItem(language_title(name), name)
        self.language.setAccessibleName(self.tr("Preferred language"))
        self.errors.add_row(form, "preferred_language", self.tr("Preferred lang&uage"),
                            self.language)
        self.interpreter = QCheckBox(self.tr("Interpre&ter needed"))
        self.interpreter.setAccessibleName(self.tr("Interpreter needed"))
        form.addRow("", self.interpreter)
        return page

    def _contact_page(self) -> QWidget:
        page, form = self._page()
        self._line(form, "phone", self.tr("&Phone"), self.tr("Phone"))
        self._line(form, "email", self.tr("E-&mail"), self.tr("E-mail"))
        self._line(form, "address_line1", self.tr("&Address"), self.tr("Address line 1"))
        self._line(form, "address_line2", self.tr("Address line &2"), self.tr("Address line 2"))
        self._line(form, "city", self.tr("Cit&y"), self.tr("City"))
        self._line(form, "state", self.tr("Sta&te"), self.tr("State"))
        self._line(form, "postal_code", self.tr("Postal co&de"), self.tr("Postal code"))
        return page

    def _people_page(self) -> QWidget:
        page, form = self._page()
        for prefix, heading in (("emergency_contact", self.tr("Emergency contact")),
                                ("guardian", self.tr("Guardian or representative"))):
            label = QLabel(heading)
            label.setObjectName("sectionTitle")
            form.addRow(label)
            self._line(form, f"{prefix}_name", self.tr("Name"),
                       arg(self.tr("%1 name"), heading))
            self._line(form, f"{prefix}_phone", self.tr("Phone"),
                       arg(self.tr("%1 phone"), heading))
            self._line(form, f"{prefix}_relationship", self.tr("Relationship"),
                       arg(self.tr("%1 relationship"), heading))
        return page

    def _care_page(self) -> QWidget:
        page, form = self._page()
        self._line(form, "insurance_payer", self.tr("Insurance &payer"),
                   self.tr("Insurance payer"))
        self._line(form, "insurance_member_id", self.tr("&Member ID"),
                   self.tr("Insurance member ID"))
        self._line(form, "insurance_group", self.tr("&Group number"),
                   self.tr("Insurance group number"))
        self.case_manager = QComboBox()
        self.case_manager.setAccessibleName(self.tr("Primary case manager"))
        self.case_manager.addItem(self.tr("Me (the person saving)"), None)
        self.errors.add_row(form, "primary_case_manager_id", self.tr("Primary case ma&nager"),
                            self.case_manager)
        self.safety_note = QPlainTextEdit()
        self.safety_note.setTabChangesFocus(True)
        self.safety_note.setAccessibleName(self.tr("Safety note"))
        self.safety_note.setPlaceholderText(
            self.tr("Anything staff must know before contacting or visiting the client"))
        self.safety_note.setFixedHeight(90)
        self.errors.add_row(form, "safety_note", self.tr("Sa&fety note"), self.safety_note)
        return page

    def _load_case_managers(self) -> None:
        self.case_manager.setEnabled(False)
        self.ui.operations.call(self, self.ui.services.users.case_managers,
                                done=self._show_case_managers)

    def _show_case_managers(self, managers: list[UserInfo]) -> None:
        current = self.record.details.primary_case_manager_id if self.record else None
        if self.record is not None:
            self.case_manager.setItemText(0, self.tr("Not assigned"))
        for user in managers:
            self.case_manager.addItem(user.full_name, user.id)
        if current is not None:
            index = self.case_manager.findData(current)
            if index < 0 and self.record is not None:
                self.case_manager.addItem(
                    arg(self.tr("%1 (inactive)"), self.record.case_manager_name),
                    current)
                index = self.case_manager.count() - 1
            self.case_manager.setCurrentIndex(index)
        self.case_manager.setEnabled(not self._read_only)

    # Values --------------------------------------------------------------------------------

    def _fill(self, details: ClientInput) -> None:
        for name, edit in self.inputs.items():
            value: Any = getattr(details, name)
            edit.setText(value.isoformat() if isinstance(value, date) else str(value or ""))
        self.language.setCurrentText(language_title(details.preferred_language))
        self.interpreter.setChecked(details.interpreter_needed)
        self.safety_note.setPlainText(details.safety_note)

    def details(self) -> ClientInput:
        """What the form says now; ``ValidationError`` when the date cannot be read."""
        values: dict[str, Any] = {name: edit.text() for name, edit in self.inputs.items()
                                  if name in _TEXT_FIELDS}
        values["birth_date"] = parse_birth_date(self.inputs["birth_date"].text())
        values["preferred_language"] = stored_language(self.language.currentText())
        values["interpreter_needed"] = self.interpreter.isChecked()
        values["safety_note"] = self.safety_note.toPlainText()
        values["primary_case_manager_id"] = self.case_manager.currentData()
        return ClientInput(**values)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for edit in self.inputs.values():
            edit.setReadOnly(read_only)
        for widget in (self.language, self.interpreter, self.case_manager):
            widget.setEnabled(not read_only)
        self.safety_note.setReadOnly(read_only)
        self.save_button.setVisible(not read_only)
        self.cancel_button.setText(self.tr("&Close") if read_only else self.tr("&Cancel"))

    # Saving --------------------------------------------------------------------------------

    def service_call(self) -> Any:
        details = self.details()
        clients = self.ui.services.clients
        if self.record is None:
            return lambda: clients.create(details)
        record = self.record
        if not details.record_number:
            details = replace(details, record_number=record.record_number)
        return lambda: clients.update(record.id, record.version, details)

    def submit(self) -> None:
        """Check for likely duplicates first, then save."""
        try:
            details = self.details()
            call = self.service_call()
        except ValidationError as error:
            self.errors.show(error.fields, error.message)
            self.refused.emit(error)
            return
        if details.birth_date is None or not details.given_name or not details.family_name:
            self.run_save(call)
            return
        self.save_button.setEnabled(False)
        exclude = self.record.id if self.record else None
        clients = self.ui.services.clients  # the worker must hold no widget, so not self
        self.ui.operations.run(
            self, lambda _p, _c: clients.likely_duplicates(
                details.given_name, details.family_name, details.birth_date,
                exclude_id=exclude),
            done=lambda rows: self._confirm_and_save(rows, call, details),
            failed=self._refuse)

    def _confirm_and_save(self, duplicates: list[ClientListRow], call: Any,
                          details: ClientInput) -> None:
        self.save_button.setEnabled(True)
        if duplicates:
            # The list names other clients: one search event says so.
            log_shown(self.ui, self, self.ui.services.audit.log_search, duplicates_detail(
                details.family_name, details.given_name, details.birth_date,
                len(duplicates[:5])))
            names = "\n".join(
                f"• {row.family_name}, {row.given_name} ({row.record_number})"
                for row in duplicates[:5])
            question = arg(self.tr(
                "These clients have the same name and date of birth:\n\n%1\n\n"
                "Is this a different person? Save the new record anyway?"), names)
            if not self.ui.dialogs.question(self, self.tr("Possible duplicate"), question,
                                            yes_text=self.tr("&Save anyway"),
                                            no_text=self.tr("&Go back")):
                return
        self.run_save(call)
