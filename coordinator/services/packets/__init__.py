"""Transfer and discharge packets (DESIGN.md 3 "Consent and disclosure", 4 "Documents")."""

from coordinator.services.packets.contents import build_packet
from coordinator.services.packets.dto import (
    BatchResult,
    DisclosureView,
    PacketRequest,
    PreparedPacket,
    RefusedPacket,
    SavedPacket,
)
from coordinator.services.packets.service import PacketService

__all__ = [
    "BatchResult", "DisclosureView", "PacketRequest", "PacketService", "PreparedPacket",
    "RefusedPacket", "SavedPacket", "build_packet",
]
