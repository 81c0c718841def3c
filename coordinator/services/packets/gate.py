"""The consent gate: whether a packet may go to its recipient, and the consent it rests on.

42 CFR 2.33 lets a program disclose substance-use treatment records with the patient's
written consent; so a packet that carries such information (``Packet.part2``) goes to a
recipient only under an active consent that names that recipient and includes Part 2
information (docs/architecture.md 3, "Consent and disclosure"). A clinic may ask the same of every
disclosure (setting "Require consent for all disclosures"). A discharge summary with no
recipient is the client's own copy: a patient's access to their own record is not a
disclosure to a third party (42 CFR 2.23), so it needs no consent.

When the gate finds a covering consent it is referenced in the packet even where none was
required, so the recipient sees on what basis the record came to them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from coordinator.domain.consent import Recipient
from coordinator.domain.errors import ConsentRequired
from coordinator.reports.packet_data import Packet
from coordinator.services.consent_views import ConsentView
from coordinator.services.consents import find_active_consent
from coordinator.store.models import Facility


def consent_for(session: Session, packet: Packet, client_id: int,
                facility: Facility | None, today: date, *,
                require_all: bool) -> ConsentView | None:
    """The active consent covering ``facility`` for what ``packet`` carries.

    Raises:
        ConsentRequired: the packet goes to a facility, consent is needed (Part 2
            information, or the clinic requires it for all disclosures), and no active
            consent on file covers it.
    """
    if facility is None:
        return None
    recipient = Recipient(facility_id=facility.id, name=facility.name)
    consent = find_active_consent(session, client_id, recipient, part2=packet.part2,
                                  today=today)
    if consent is None and (packet.part2 or require_all):
        raise ConsentRequired(refusal(packet.client.name, facility.name, part2=packet.part2))
    return consent


def refusal(client_name: str, recipient: str, *, part2: bool) -> str:
    """The sentence the user reads when the gate refuses."""
    if part2:
        return (f"This packet includes substance-use treatment information, and no active "
                f"consent on file lets the clinic send it to {recipient}. Record {client_name}'s "
                "signed consent naming this recipient (with Part 2 information included) "
                "first.")
    return (f"The clinic requires a consent for every disclosure, and no active consent on "
            f"file lets the clinic send {client_name}'s packet to {recipient}. Record the "
            "signed consent first.")
