"""What the packet service takes and returns: frozen dataclasses, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from coordinator.domain.vocabulary import DocumentType

#: The documents the packet service makes (the referral letter belongs to referrals).
PACKET_DOCUMENTS = (DocumentType.TRANSFER_SUMMARY, DocumentType.DISCHARGE_SUMMARY)


@dataclass(frozen=True)
class PacketRequest:
    """One packet to make: which document, for whom, and (for a transfer) to where.

    A discharge summary may name a facility too (the aftercare provider it is sent to);
    without one it is the client's own copy, which is not a disclosure to a third party
    and needs no consent.
    """

    document: DocumentType
    client_id: int
    facility_id: int | None = None
    #: Why the client is transferred or discharged, in the case manager's words; blank
    #: takes the stay's own disposition (or the rationale of the move planned out of it).
    reason: str = ""
    #: The user confirmed a discharge summary for a client still in active care.
    active_ok: bool = False

    @classmethod
    def transfer(cls, client_id: int, facility_id: int, reason: str = "") -> PacketRequest:
        return cls(DocumentType.TRANSFER_SUMMARY, client_id, facility_id, reason)

    @classmethod
    def discharge(cls, client_id: int, facility_id: int | None = None,
                  reason: str = "", *, active_ok: bool = False) -> PacketRequest:
        return cls(DocumentType.DISCHARGE_SUMMARY, client_id, facility_id, reason,
                   active_ok)


@dataclass(frozen=True)
class PreparedPacket:
    """A rendered packet that has not left the clinic yet (a preview).

    Saving or printing it through the packet service logs the disclosure with exactly
    these bytes' SHA-256, so what the log says went out is what the user saw.
    """

    request: PacketRequest
    pdf: bytes = field(repr=False)
    pages: int
    sha256: str
    client_name: str
    record_number: str
    #: The receiving facility's name, or "" for a client's own copy.
    recipient_name: str
    #: The consent the disclosure rests on, if one was needed or found.
    consent_id: int | None
    #: Whether the packet carries substance-use treatment (42 CFR Part 2) information.
    part2: bool

    @property
    def suggested_file_name(self) -> str:
        """e.g. "Transfer summary - Nguyen, Lan - 000123.pdf": sorts by client in a folder."""
        title = ("Transfer summary" if self.request.document is DocumentType.TRANSFER_SUMMARY
                 else "Discharge summary")
        name = "".join(ch for ch in self.client_name if ch not in '\\/:*?"<>|').strip()
        return f"{title} - {name} - {self.record_number}.pdf"


@dataclass(frozen=True)
class PreparedBundle:
    """A packet as a FHIR R4 document Bundle (JSON) that has not left the clinic yet.

    ``packet`` is the PDF the bundle carries and the consent it rests on; saving the bundle
    logs the disclosure with the SHA-256 of ``json``, the bytes written.
    """

    packet: PreparedPacket
    json: bytes = field(repr=False)
    sha256: str

    @property
    def suggested_file_name(self) -> str:
        """The packet's file name with ".json": "Transfer summary - … - 000123.json"."""
        return self.packet.suggested_file_name.removesuffix(".pdf") + ".json"


@dataclass(frozen=True)
class DisclosureView:
    """One entry of the disclosure log: a document that left the clinic."""

    id: int
    client_id: int
    document: DocumentType
    #: "saved" or "printed".
    action: str
    recipient_name: str
    consent_id: int | None
    page_count: int
    sha256: str
    file_name: str
    disclosed_by: str
    disclosed_at: datetime

    @property
    def own_copy(self) -> bool:
        """A document made for the client, not sent to anyone else: a discharge summary
        without a recipient, or the referral letter addressed to the client."""
        return (self.document is DocumentType.CLIENT_REFERRAL_LETTER
                or (self.document is DocumentType.DISCHARGE_SUMMARY
                    and not self.recipient_name))


@dataclass(frozen=True)
class SavedPacket:
    path: Path
    disclosure: DisclosureView


@dataclass(frozen=True)
class RefusedPacket:
    """A packet of a batch that was not made, and why, in plain words."""

    request: PacketRequest
    client_name: str
    reason: str


@dataclass(frozen=True)
class BatchResult:
    """What a batch produced: files saved (each logged), packets refused, and whether the
    user cancelled before the end (the packets saved until then stay saved and logged)."""

    saved: tuple[SavedPacket, ...]
    refused: tuple[RefusedPacket, ...]
    cancelled: bool = False

    def sentence(self) -> str:
        text = f"Saved {len(self.saved):,} packet{'s' if len(self.saved) != 1 else ''}"
        if self.refused:
            text += f"; {len(self.refused):,} could not be made"
        if self.cancelled:
            text += "; cancelled before the end"
        return text + "."
