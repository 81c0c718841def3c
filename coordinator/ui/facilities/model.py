"""The Facilities table and the titles of facility kinds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from coordinator.domain.vocabulary import FacilityKind
from coordinator.services.facilities import FacilityView
from coordinator.ui.care.titles import level_name
from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate
from coordinator.ui.views.table_models import Column, RowTableModel

#: Each kind's title, marked for lupdate; translated where it is shown.
KIND_TITLES = {
    FacilityKind.OWN_PROGRAM: QT_TRANSLATE_NOOP("FacilityTableModel", "Our program"),
    FacilityKind.HOSPITAL: QT_TRANSLATE_NOOP("FacilityTableModel", "Hospital"),
    FacilityKind.PSYCHIATRIC_HOSPITAL:
        QT_TRANSLATE_NOOP("FacilityTableModel", "Psychiatric hospital"),
    FacilityKind.RESIDENTIAL: QT_TRANSLATE_NOOP("FacilityTableModel", "Residential"),
    FacilityKind.DETOX: QT_TRANSLATE_NOOP("FacilityTableModel", "Detox program"),
    FacilityKind.PHP_IOP: QT_TRANSLATE_NOOP("FacilityTableModel", "PHP / IOP program"),
    FacilityKind.OUTPATIENT_CLINIC: QT_TRANSLATE_NOOP("FacilityTableModel", "Outpatient clinic"),
    FacilityKind.THERAPIST: QT_TRANSLATE_NOOP("FacilityTableModel", "Therapist"),
}


def kind_choices() -> list[tuple[str, str]]:
    """(title, value) of every kind, our own programs first, as the form lists them."""
    return [(translate("FacilityTableModel", title), kind.value)
            for kind, title in KIND_TITLES.items()]


def kind_title(kind: str) -> str:
    try:
        return translate("FacilityTableModel", KIND_TITLES[FacilityKind(kind)])
    except ValueError:
        return kind


def _yes_no(value: bool) -> str:
    return (translate("FacilityTableModel", "Yes") if value
            else translate("FacilityTableModel", "No"))


class FacilityTableModel(RowTableModel[FacilityView]):
    """Name, kind, levels offered, phone, fax and whether it accepts referrals now."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(translate("FacilityTableModel", "Name"), lambda facility: facility.name),
            Column(translate("FacilityTableModel", "Kind"),
                   lambda facility: kind_title(facility.details.kind)),
            Column(translate("FacilityTableModel", "Levels offered"),
                   lambda facility: ", ".join(facility.details.levels)),
            Column(translate("FacilityTableModel", "Phone"),
                   lambda facility: facility.details.phone),
            Column(translate("FacilityTableModel", "Fax"), lambda facility: facility.details.fax),
            Column(translate("FacilityTableModel", "Takes referrals"),
                   lambda facility: _yes_no(facility.details.accepts_referrals)),
        ], key=lambda facility: facility.id, parent=parent)

    def extra_data(self, row: FacilityView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return ", ".join(level_name(name) for name in row.level_names)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return "\n".join(part for part in (row.name, row.details.city, row.details.notes)
                             if part)
        return None
