"""The Overview tab of the client record: every detail of the client, read-only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QWidget

from coordinator.services.dto import ClientRecord
from coordinator.ui.labels import client_status_title
from coordinator.ui.record.data import age_on
from coordinator.ui.record.header import language_text


class OverviewPage(QScrollArea):
    """One labelled line per detail; "—" where nothing is recorded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The value labels by detail name ("name", "preferred_name", "phone", …).
        self.labels: dict[str, QLabel] = {}
        inner = QWidget()
        form = QFormLayout(inner)
        form.setContentsMargins(20, 16, 20, 16)
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(16)
        for name, title in (
                ("name", self.tr("Name")), ("preferred_name", self.tr("Preferred name")),
                ("birth_date", self.tr("Date of birth")), ("record_number",
                                                           self.tr("Record number")),
                ("status", self.tr("Status")), ("sex_at_birth", self.tr("Sex at birth")),
                ("gender_identity", self.tr("Gender identity")),
                ("pronouns", self.tr("Pronouns")),
                ("language", self.tr("Preferred language")), ("phone", self.tr("Phone")),
                ("email", self.tr("Email")), ("address", self.tr("Address")),
                ("emergency", self.tr("Emergency contact")), ("guardian", self.tr("Guardian")),
                ("insurance", self.tr("Insurance")),
                ("case_manager", self.tr("Case manager")),
                ("safety_note", self.tr("Safety note"))):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(title)
            self.labels[name] = label
            form.addRow(title, label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(inner)

    def show_record(self, record: ClientRecord, today: date) -> None:
        details = record.details
        age = age_on(details.birth_date, today)
        values = {
            "name": f"{details.given_name} {details.family_name}",
            "preferred_name": details.preferred_name,
            "birth_date": (details.birth_date.isoformat() if details.birth_date else "")
            + (f" ({self.tr('%1 years').replace('%1', str(age))})" if age is not None
               else ""),
            "record_number": record.record_number,
            "status": client_status_title(record.status),
            "sex_at_birth": details.sex_at_birth,
            "gender_identity": details.gender_identity,
            "pronouns": details.pronouns,
            "language": language_text(details),
            "phone": details.phone,
            "email": details.email,
            "address": ", ".join(part for part in (
                details.address_line1, details.address_line2, details.city,
                f"{details.state} {details.postal_code}".strip()) if part),
            "emergency": _person(details.emergency_contact_name,
                                 details.emergency_contact_relationship,
                                 details.emergency_contact_phone),
            "guardian": _person(details.guardian_name, details.guardian_relationship,
                                details.guardian_phone),
            "insurance": " · ".join(part for part in (
                details.insurance_payer, details.insurance_member_id,
                details.insurance_group) if part),
            "case_manager": record.case_manager_name,
            "safety_note": details.safety_note,
        }
        for name, value in values.items():
            self.labels[name].setText(value or "—")


def _person(name: str, relationship: str, phone: str) -> str:
    if not name:
        return ""
    extra = ", ".join(part for part in (relationship, phone) if part)
    return f"{name} ({extra})" if extra else name
