"""The disclosure log: every document that left the clinic, append-only.

Packets and referral letters write here in the transaction that hands the document over,
and the client record's Documents tab reads it back.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator.domain.vocabulary import DocumentType
from coordinator.services.packets.dto import DisclosureView, PreparedPacket
from coordinator.store.models import Disclosure, User


def log_packet(session: Session, prepared: PreparedPacket, *, action: str, file_name: str,
               user_id: int, at: datetime, written: bytes | None = None) -> Disclosure:
    """Add the disclosure row for ``prepared`` (not yet committed).

    Args:
        written: the bytes that left when they are not the PDF itself (a FHIR bundle
            carrying it); the log keeps their SHA-256.
    """
    # The hash is taken again from the bytes, not trusted from the caller.
    digest = hashlib.sha256(prepared.pdf if written is None else written).hexdigest()
    disclosure = Disclosure(
        client_id=prepared.request.client_id, consent_id=prepared.consent_id,
        recipient_facility_id=prepared.request.facility_id,
        # Empty for a client's own copy: the view says so in the reader's language.
        recipient_name=prepared.recipient_name[:300],
        document_type=prepared.request.document.value, action=action,
        page_count=prepared.pages, sha256=digest, file_name=file_name[:300],
        disclosed_by_id=user_id, disclosed_at=at)
    session.add(disclosure)
    session.flush()
    return disclosure


def disclosure_views(session: Session, client_id: int) -> list[DisclosureView]:
    """The client's disclosures, the most recent first."""
    rows = session.execute(
        select(Disclosure, User.full_name)
        .outerjoin(User, User.id == Disclosure.disclosed_by_id)
        .where(Disclosure.client_id == client_id)
        .order_by(Disclosure.disclosed_at.desc(), Disclosure.id.desc())).all()
    return [view_of(disclosure, full_name or "") for disclosure, full_name in rows]


def view_of(disclosure: Disclosure, disclosed_by: str) -> DisclosureView:
    return DisclosureView(
        disclosure.id, disclosure.client_id, DocumentType(disclosure.document_type),
        disclosure.action, disclosure.recipient_name, disclosure.consent_id,
        disclosure.page_count, disclosure.sha256, disclosure.file_name, disclosed_by,
        disclosure.disclosed_at)
