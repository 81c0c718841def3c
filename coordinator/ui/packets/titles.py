"""Translated titles shared by the packet screens: documents and recipients."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coordinator.domain.vocabulary import DocumentType
from coordinator.services.facilities import FacilityView


def _tr(text: str) -> str:
    return QCoreApplication.translate("Packets", text)


def document_title(document: DocumentType) -> str:
    """"Transfer summary", "Discharge summary" or "Referral letter"."""
    return {DocumentType.TRANSFER_SUMMARY: _tr("Transfer summary"),
            DocumentType.DISCHARGE_SUMMARY: _tr("Discharge summary"),
            DocumentType.REFERRAL_LETTER: _tr("Referral letter")}[document]


def partners_first(facilities: list[FacilityView]) -> list[FacilityView]:
    """Partner facilities (where packets usually go) before the clinic's own programs."""
    return sorted(facilities, key=lambda row: row.is_own_program)


def facility_text(row: FacilityView) -> str:
    return row.name + (f" — {row.details.city}" if row.details.city else "")
