"""Render a packet to PDF: the one step a batch hands to other processes.

A module-level function over picklable dataclasses, so a process pool can run it; ReportLab
is imported here, when a document is made, never when the app starts.
"""

from __future__ import annotations

from coordinator.domain.vocabulary import DocumentType
from coordinator.reports.common import RenderedPdf
from coordinator.reports.packet_data import Packet


def render_packet(document: DocumentType, packet: Packet, invariant: bool = False) -> RenderedPdf:
    if document is DocumentType.TRANSFER_SUMMARY:
        from coordinator.reports.transfer_summary import render_transfer_summary

        return render_transfer_summary(packet, invariant=invariant)
    if document is DocumentType.DISCHARGE_SUMMARY:
        from coordinator.reports.discharge_summary import render_discharge_summary

        return render_discharge_summary(packet, invariant=invariant)
    raise ValueError(f"{document.value} is not a packet")
