"""Many packets in one go: read and gate here, render on every core, save and log here.

Reading the record needs the database and logging the disclosure needs the transaction, so
both stay in the calling thread; rendering is pure CPU over picklable dataclasses and goes to
a pool of processes. Processes are started with "spawn", never "fork": the caller is often a
Qt application with threads, which a forked child would inherit half-locked. A bounded
window of packets is in flight at once, so memory stays flat however long the batch. The
workers' temporary folder is the app's private one (``coordinator.private_temp``), kept
until the batch ends.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Protocol

from coordinator import private_temp
from coordinator.domain.errors import CoordinatorError
from coordinator.reports.common import RenderedPdf
from coordinator.reports.packet_data import Packet
from coordinator.services.context import Actor, ServiceContext
from coordinator.services.packets.dto import (
    BatchResult,
    PacketRequest,
    PreparedPacket,
    RefusedPacket,
    SavedPacket,
)
from coordinator.services.packets.render import render_packet
from coordinator.store.models import Client

_log = logging.getLogger(__name__)

#: Below this many packets the batch renders in the calling process.
POOL_FROM = 8
#: Packets rendered ahead of the one being saved, per worker.
WINDOW_PER_WORKER = 4


class PacketSaver(Protocol):
    """What a batch needs of the packet service, which runs the batch and passes itself
    (so this module need not import the service's)."""

    @property
    def ctx(self) -> ServiceContext: ...

    def save(self, packet: PreparedPacket, path: Path) -> SavedPacket: ...


#: Reads one packet's contents (and the recipient's name) through the consent gate.
ReadPacket = Callable[[ServiceContext, Actor, PacketRequest], tuple[Packet, str]]
#: Makes the saveable packet from its contents and rendered bytes (PDF, page count).
PreparePacket = Callable[[PacketRequest, Packet, str, bytes, int], PreparedPacket]


def run_batch(service: PacketSaver, actor: Actor, requests: list[PacketRequest],
              folder: Path, *, read_packet: ReadPacket, prepared_from: PreparePacket,
              progress: Callable[[int, int], None] | None,
              cancelled: Callable[[], bool] | None, workers: int | None) -> BatchResult:
    total = len(requests)
    count = workers if workers is not None else (
        (os.cpu_count() or 1) if total >= POOL_FROM else 1)
    if count <= 1:
        return _run(service, actor, requests, folder, None, count, read_packet=read_packet,
                    prepared_from=prepared_from, progress=progress, cancelled=cancelled)
    with private_temp.in_use() as scratch:
        return _run(service, actor, requests, folder, render_pool(count, scratch), count,
                    read_packet=read_packet, prepared_from=prepared_from, progress=progress,
                    cancelled=cancelled)


def render_pool(workers: int, scratch: Path) -> ProcessPoolExecutor:
    """``workers`` processes to render in, their temporary files in ``scratch``."""
    return ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                               initializer=private_temp.use_in_worker,
                               initargs=(str(scratch),))


def _run(service: PacketSaver, actor: Actor, requests: list[PacketRequest], folder: Path,
         pool: ProcessPoolExecutor | None, count: int, *, read_packet: ReadPacket,
         prepared_from: PreparePacket, progress: Callable[[int, int], None] | None,
         cancelled: Callable[[], bool] | None) -> BatchResult:
    total = len(requests)
    saved: list[SavedPacket] = []
    refused: list[RefusedPacket] = []
    in_flight: deque[tuple[PacketRequest, Packet, str, Future[RenderedPdf] | RenderedPdf]] = (
        deque())
    stopped = False

    def finish_one() -> None:
        request, packet, recipient, pending = in_flight.popleft()
        rendered = pending.result() if isinstance(pending, Future) else pending
        prepared = prepared_from(request, packet, recipient, rendered.pdf, rendered.pages)
        try:
            saved.append(service.save(prepared, folder / prepared.suggested_file_name))
        except CoordinatorError as error:
            _log_refused(request, error)
            refused.append(RefusedPacket(request, packet.client.name, error.message))
        if progress is not None:
            progress(len(saved) + len(refused), total)

    try:
        for request in requests:
            if cancelled is not None and cancelled():
                stopped = True
                break
            try:
                packet, recipient = read_packet(service.ctx, actor, request)
            except CoordinatorError as error:
                _log_refused(request, error)
                refused.append(RefusedPacket(request, _name_of(service, request),
                                             error.message))
                if progress is not None:
                    progress(len(saved) + len(refused), total)
                continue
            in_flight.append((request, packet, recipient, (
                pool.submit(render_packet, request.document, packet) if pool is not None
                else render_packet(request.document, packet))))
            while len(in_flight) >= (count * WINDOW_PER_WORKER if pool is not None else 1):
                finish_one()
        while in_flight and not stopped:
            if cancelled is not None and cancelled():
                stopped = True
                break
            finish_one()
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return BatchResult(tuple(saved), tuple(refused), stopped)


def _log_refused(request: PacketRequest, error: CoordinatorError) -> None:
    """A packet the batch lists as not made: by ids and the error's kind (its sentence, shown
    in the batch's table, names the client)."""
    _log.warning("Batch: %s for client %d (facility %s) not made: %s", request.document.value,
                 request.client_id, request.facility_id, type(error).__name__)


def _name_of(service: PacketSaver, request: PacketRequest) -> str:
    """The client's name for a refusal line; the id if even that cannot be read."""
    try:
        with service.ctx.unit_of_work(write=False) as uow:
            client = uow.session.get(Client, request.client_id)
            return (f"{client.given_name} {client.family_name}" if client is not None
                    else f"client {request.client_id}")
    except CoordinatorError:
        return f"client {request.client_id}"
