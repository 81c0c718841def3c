"""Translated titles shared by the packet screens: documents and recipients."""

from __future__ import annotations

from coordinator.domain.vocabulary import DocumentType
from coordinator.services.facilities import FacilityView
from coordinator.ui.translation import translate


def document_title(document: DocumentType) -> str:
    """"Transfer summary", "Discharge summary" or "Referral letter"."""
    return {DocumentType.TRANSFER_SUMMARY: translate("Packets", "Transfer summary"),
            DocumentType.DISCHARGE_SUMMARY: translate("Packets", "Discharge summary"),
            DocumentType.REFERRAL_LETTER: translate("Packets", "Referral letter"),
            DocumentType.CLIENT_REFERRAL_LETTER: translate(
                "Packets", "Referral letter to the client")}[document]


def partners_first(facilities: list[FacilityView]) -> list[FacilityView]:
    """Partner facilities (where packets usually go) before the clinic's own programs."""
    return sorted(facilities, key=lambda row: row.is_own_program)


def facility_text(row: FacilityView) -> str:
    return row.name + (f" — {row.details.city}" if row.details.city else "")
