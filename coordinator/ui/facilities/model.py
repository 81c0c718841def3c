"""The Facilities table and the titles of facility kinds."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from coordinator.domain.vocabulary import FacilityKind
from coordinator.services.facilities import FacilityView
from coordinator.ui.views.table_models import Column, RowTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("FacilityTableModel", text)


_KIND_TITLES = {
    FacilityKind.OWN_PROGRAM: _tr("Our program"),
    FacilityKind.HOSPITAL: _tr("Hospital"),
    FacilityKind.PSYCHIATRIC_HOSPITAL: _tr("Psychiatric hospital"),
    FacilityKind.RESIDENTIAL: _tr("Residential"),
    FacilityKind.DETOX: _tr("Detox program"),
    FacilityKind.PHP_IOP: _tr("PHP / IOP program"),
    FacilityKind.OUTPATIENT_CLINIC: _tr("Outpatient clinic"),
    FacilityKind.THERAPIST: _tr("Therapist"),
}


def kind_choices() -> list[tuple[str, str]]:
    """(title, value) of every kind, our own programs first, as the form lists them."""
    return [(title, kind.value) for kind, title in _KIND_TITLES.items()]


def kind_title(kind: str) -> str:
    try:
        return _KIND_TITLES[FacilityKind(kind)]
    except ValueError:
        return kind


def _yes_no(value: bool) -> str:
    return _tr("Yes") if value else _tr("No")


class FacilityTableModel(RowTableModel[FacilityView]):
    """Name, kind, levels offered, phone, fax and whether it accepts referrals now."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([
            Column(_tr("Name"), lambda facility: facility.name),
            Column(_tr("Kind"), lambda facility: kind_title(facility.details.kind)),
            Column(_tr("Levels offered"), lambda facility: ", ".join(facility.details.levels)),
            Column(_tr("Phone"), lambda facility: facility.details.phone),
            Column(_tr("Fax"), lambda facility: facility.details.fax),
            Column(_tr("Takes referrals"),
                   lambda facility: _yes_no(facility.details.accepts_referrals)),
        ], key=lambda facility: facility.id, parent=parent)

    def extra_data(self, row: FacilityView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return ", ".join(row.level_names)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return "\n".join(part for part in (row.name, row.details.city, row.details.notes)
                             if part)
        return None
