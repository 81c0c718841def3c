"""Transfer and discharge packets (docs/architecture.md §3 "Consent and disclosure", §4)."""

from coordinator.services.packets.contents import build_packet
from coordinator.services.packets.dto import (
    BatchResult,
    DisclosureView,
    PacketRequest,
    PreparedBundle,
    PreparedPacket,
    RefusedPacket,
    SavedPacket,
)
from coordinator.services.packets.service import PacketService

__all__ = [
    "BatchResult", "DisclosureView", "PacketRequest", "PacketService", "PreparedBundle",
    "PreparedPacket",
    "RefusedPacket", "SavedPacket", "build_packet",
]
