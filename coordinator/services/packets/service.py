"""Transfer and discharge packets: prepare (preview), save, print, batch, and their log.

Every packet passes the consent gate (``gate``) before it is rendered. A prepared packet is
a preview that has not left the clinic; saving or printing it writes one disclosure (who,
when, recipient, consent, document, page count, SHA-256 of the bytes) and one audit event
in the transaction that hands it over. A file is written under a temporary name inside that
transaction and renamed only after the commit, so a failed save leaves neither a half
PDF at the path nor a log entry for a file that does not exist.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from coordinator.domain.consent import ConsentState
from coordinator.domain.episodes import StillInCare
from coordinator.domain.errors import ConsentRequired, ValidationError
from coordinator.domain.roles import Permission
from coordinator.domain.vocabulary import DocumentType
from coordinator.domain.words import said
from coordinator.reports.document_language import (
    ENGLISH,
    ENGLISH_TEXT,
    DocumentText,
    document_language,
    document_text,
)
from coordinator.reports.packet_data import Packet
from coordinator.services import derived
from coordinator.services.consent_views import consent_query, consent_reference, consent_view
from coordinator.services.context import Actor, ServiceContext, load
from coordinator.services.document_files import (
    discard_temporary,
    rename_into_place,
    temporary_beside,
    write_synced,
)
from coordinator.services.notify import Topic
from coordinator.services.packets.batch import run_batch
from coordinator.services.packets.contents import (
    build_packet,
    in_active_care,
    receiving_facility,
)
from coordinator.services.packets.disclosures import disclosure_views, log_packet, view_of
from coordinator.services.packets.dto import (
    PACKET_DOCUMENTS,
    BatchResult,
    DisclosureView,
    PacketRequest,
    PreparedBundle,
    PreparedPacket,
    SavedPacket,
)
from coordinator.services.packets.fhir import prepare_bundle
from coordinator.services.packets.gate import consent_for
from coordinator.services.packets.render import render_packet
from coordinator.services.settings import read_settings
from coordinator.store.models import Client, Consent, Facility

Progress = Callable[[int, int], None]


class PacketService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- one packet ----------------------------------------------------------------------

    def prepare(self, request: PacketRequest, *, invariant: bool = False) -> PreparedPacket:
        """Read the record, pass the consent gate and render: a preview, not yet disclosed.

        Args:
            invariant: ReportLab's invariant mode (same bytes for the same record).

        Raises:
            ConsentRequired: the recipient is not covered by an active consent that the
                packet needs (see ``gate``).
            NotFound: no such client or facility.
            ValidationError: a transfer without a receiving facility.
        """
        actor = self.ctx.require(Permission.EXPORT_RECORDS)
        packet, recipient = read_packet(self.ctx, actor, request)
        rendered = render_packet(request.document, packet, invariant)
        return prepared_from(request, packet, recipient, rendered.pdf, rendered.pages)

    def save(self, packet: PacketRequest | PreparedPacket, path: Path | str) -> SavedPacket:
        """Save a packet (a request is prepared first) to ``path`` and log the disclosure.

        Raises:
            ConsentRequired: as ``prepare``, or the consent was revoked or expired since the
                preview was made.
            ValidationError: the file cannot be written there (the sentence says why).
        """
        actor = self.ctx.require(Permission.EXPORT_RECORDS)
        # Before the record is read: reading brings the stored clocks up to date, a write.
        self.ctx.db.ensure_intact()
        prepared = packet if isinstance(packet, PreparedPacket) else self.prepare(packet)
        return self._save(actor, prepared, Path(path))

    def prepare_fhir(self, packet: PacketRequest | PreparedPacket, *,
                     invariant: bool = False) -> PreparedBundle:
        """The packet as a FHIR R4 document Bundle, not yet disclosed.

        The record is read through the consent gate as for ``prepare``; a preview's PDF
        (what the user saw) is the one the bundle carries, else the packet is rendered.

        Raises:
            As ``prepare``.
        """
        actor = self.ctx.require(Permission.EXPORT_RECORDS)
        preview = packet if isinstance(packet, PreparedPacket) else None
        request = packet.request if isinstance(packet, PreparedPacket) else packet
        return prepare_bundle(self.ctx, actor, request, read_packet=read_packet,
                              prepared_from=prepared_from, preview=preview,
                              invariant=invariant)

    def save_fhir(self, packet: PacketRequest | PreparedPacket | PreparedBundle,
                  path: Path | str) -> SavedPacket:
        """Save the packet's FHIR document Bundle (JSON) to ``path`` and log the
        disclosure with the SHA-256 of the JSON written, as ``save`` does for a PDF.

        Raises:
            As ``save``.
        """
        actor = self.ctx.require(Permission.EXPORT_RECORDS)
        self.ctx.db.ensure_intact()
        bundle = packet if isinstance(packet, PreparedBundle) else self.prepare_fhir(packet)
        return self._save(actor, bundle.packet, Path(path), written=bundle.json)

    def record_printed(self, prepared: PreparedPacket) -> DisclosureView:
        """Log that ``prepared`` was sent to a printer (call once the print job is made).

        Raises:
            ConsentRequired: the consent was revoked or expired since the preview.
        """
        actor = self.ctx.require(Permission.EXPORT_RECORDS)
        self.ctx.db.ensure_intact()  # a disclosure is never logged into a damaged file
        with self.ctx.unit_of_work() as uow:
            self._still_covered(uow.session, prepared)
            disclosure = log_packet(uow.session, prepared, action="printed", file_name="",
                                    user_id=actor.user_id, at=self.ctx.clock())
            uow.audit("print", "client", prepared.request.client_id,
                      _detail(prepared, disclosure.id))
            uow.changed(Topic.DISCLOSURE, disclosure.id)
            return view_of(disclosure, actor.full_name)

    def disclosures_of(self, client_id: int) -> list[DisclosureView]:
        """Every document that left the clinic about ``client_id``, the latest first."""
        self.ctx.require(Permission.VIEW_CLIENTS)
        with self.ctx.unit_of_work(write=False) as uow:
            load(uow.session, Client, client_id, "client")
            return disclosure_views(uow.session, client_id)

    # --- many packets --------------------------------------------------------------------

    def save_batch(self, requests: Sequence[PacketRequest], folder: Path | str, *,
                   progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   workers: int | None = None) -> BatchResult:
        """Save one packet per request into ``folder``, rendering on every core.

        A packet the gate refuses is listed with the reason and the rest go on. Each saved
        packet is its own disclosure and transaction, so cancelling keeps what was saved.

        Args:
            progress: called with (packets done, packets in all) after each one.
            cancelled: asked before each packet; True stops the batch.
            workers: rendering processes; default one per core, and none (render here)
                for a handful of packets, where starting processes costs more than it saves.
        """
        actor = self.ctx.require(Permission.EXPORT_RECORDS)
        target = Path(folder)
        if not target.is_dir():
            raise ValidationError.for_fields({"folder": said(
                "Validation", "There is no folder %1.").arg(str(target))})
        return run_batch(self, actor, list(requests), target, read_packet=read_packet,
                         prepared_from=prepared_from, progress=progress,
                         cancelled=cancelled, workers=workers)

    # --- helpers -------------------------------------------------------------------------

    def _save(self, actor: Actor, prepared: PreparedPacket, path: Path, *,
              written: bytes | None = None) -> SavedPacket:
        """Write ``written`` (default the PDF) to ``path`` and log it as a disclosure."""
        if path.is_dir():
            # Checked first: the rename comes after the commit, and must not fail there.
            raise ValidationError.for_fields(
                {"path": said("Validation", "%1 is a folder; choose a file name for the "
                                            "packet.").arg(str(path))})
        # A disclosure is never logged into a damaged file (once per session: it reads the
        # whole file, and a damaged page elsewhere would not stop this save by itself).
        self.ctx.db.ensure_intact()
        temporary = temporary_beside(path)
        try:
            with self.ctx.unit_of_work() as uow:
                self._still_covered(uow.session, prepared)
                disclosure = log_packet(uow.session, prepared, action="saved",
                                        file_name=path.name, user_id=actor.user_id,
                                        at=self.ctx.clock(), written=written)
                uow.audit("export", "client", prepared.request.client_id,
                          _detail(prepared, disclosure.id,
                                  as_fhir=written is not None))
                uow.changed(Topic.DISCLOSURE, disclosure.id)
                write_synced(temporary, prepared.pdf if written is None else written, path)
                view = view_of(disclosure, actor.full_name)
            rename_into_place(temporary, path)
        finally:
            discard_temporary(temporary)
        return SavedPacket(path, view)

    def _still_covered(self, session: Session, prepared: PreparedPacket) -> None:
        """Refuse to hand over a preview whose consent stopped being active since."""
        if prepared.consent_id is None:
            return
        row = session.execute(consent_query().where(
            Consent.id == prepared.consent_id)).one_or_none()
        if row is None or consent_view(row, self._today()).state is not ConsentState.ACTIVE:
            raise ConsentRequired(said(
                "Validation", "The consent this packet rests on (no. %1) is no longer active. "
                              "Make the packet again to check for another consent.").arg(
                prepared.consent_id))

    def _today(self) -> date:
        return self.ctx.clock().astimezone().date()


def read_packet(ctx: ServiceContext, actor: Actor,
                request: PacketRequest) -> tuple[Packet, str]:
    """The packet's contents with the consent it rests on, and the recipient's name; the
    gate's refusal is raised here, before anything is rendered. The caller has checked
    ``actor``'s permission."""
    _check(request)
    derived.ensure_current(ctx)  # the packet reads the stored transition clocks as they are
    today = ctx.clock().astimezone().date()
    with ctx.unit_of_work(write=False) as uow:
        if (request.document is DocumentType.DISCHARGE_SUMMARY and not request.active_ok
                and in_active_care(uow.session, request.client_id)):
            raise StillInCare(_still_in_care(uow.session, request.client_id))
        packet = build_packet(uow.session, request.client_id, today, actor.full_name,
                              reason=request.reason,
                              language=packet_language(uow.session, request))
        facility = (load(uow.session, Facility, request.facility_id, "facility")
                    if request.facility_id is not None else None)
        consent = consent_for(
            uow.session, packet, request.client_id, facility, today,
            require_all=bool(read_settings(uow.session)["require_consent_all_disclosures"]),
            purpose=_purpose(request.document, facility))
        if consent is not None:
            packet = replace(packet, consent=consent_reference(consent))
        if facility is not None:
            packet = replace(packet, receiving_facility=(
                receiving_facility(facility)
                if request.document is DocumentType.TRANSFER_SUMMARY else None))
        packet = replace(packet, signers=signers(packet, actor.full_name, request.document,
                                                 document_text(packet.language)))
    return packet, facility.name if facility is not None else ""


def packet_language(session: Session, request: PacketRequest) -> str:
    """The language a packet prints in: the client's (when a catalog has it) on the
    client's own copy of a discharge summary, the clinic's (English) on anything sent to a
    facility, whose staff read the clinic's language."""
    if request.document is not DocumentType.DISCHARGE_SUMMARY or request.facility_id is not None:
        return ENGLISH
    client = load(session, Client, request.client_id, "client")
    return document_language(client.preferred_language)


def _purpose(document: DocumentType, facility: Facility | None) -> str:
    """The purpose a consent for this packet states (see ``disclosure_consent``)."""
    if facility is None:
        return ""
    if document is DocumentType.TRANSFER_SUMMARY:
        return f"Transfer of care to {facility.name}"
    return f"Continuity of care after discharge, with {facility.name}"


def signers(packet: Packet, case_manager: str, document: DocumentType,
            t: DocumentText = ENGLISH_TEXT) -> tuple[str, ...]:
    """Who signs: the responsible clinician and the case manager; on a transfer, the
    receiving clinician too (acknowledging receipt)."""
    clinician = packet.clinician
    named = (", ".join(part for part in (clinician.name, clinician.credentials) if part)
             if clinician is not None else "")
    lines: tuple[str, ...] = (
        t("signer.clinician_named", name=named) if named else t("signer.clinician"),
        t("signer.case_manager", name=case_manager))
    if document is DocumentType.TRANSFER_SUMMARY:
        lines += ("Receiving clinician",)
    return lines


def _still_in_care(session: Session, client_id: int) -> str:
    client = load(session, Client, client_id, "client")
    return said("Validation", "%1 is still in active care, and a discharge summary is for a "
                              "client who has left.").arg(
        f"{client.given_name} {client.family_name}")


def prepared_from(request: PacketRequest, packet: Packet, recipient: str, pdf: bytes,
                  pages: int) -> PreparedPacket:
    return PreparedPacket(
        request, pdf, pages, hashlib.sha256(pdf).hexdigest(), packet.client.name,
        packet.client.record_number, recipient,
        packet.consent.consent_id if packet.consent is not None else None, packet.part2)


def _check(request: PacketRequest) -> None:
    if request.document not in PACKET_DOCUMENTS:
        raise ValidationError.for_fields({"document": said(
            "Validation", "Choose a transfer or discharge summary.")})
    if request.document is DocumentType.TRANSFER_SUMMARY and request.facility_id is None:
        raise ValidationError.for_fields({"facility": said(
            "Validation", "Choose the receiving facility.")})


def _detail(prepared: PreparedPacket, disclosure_id: int, *, as_fhir: bool = False) -> str:
    title = ("transfer summary" if prepared.request.document is DocumentType.TRANSFER_SUMMARY
             else "discharge summary")
    to = prepared.recipient_name or "the client (own copy)"
    form = " as a FHIR bundle" if as_fhir else ""
    return f"{title}{form} to {to}, {prepared.pages} pages (disclosure {disclosure_id})"
