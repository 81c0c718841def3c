"""The packet screens for ``coordinator screenshot``: the Documents tab, a packet preview
and the batch dialog, for the first client in care (nothing is saved or printed)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop
from PySide6.QtWidgets import QWidget

from coordinator.domain.roles import Permission
from coordinator.ui.context import UiContext
from coordinator.ui.dialogs import dispose
from coordinator.ui.packets.batch import BatchPacketDialog, ChosenClient

if TYPE_CHECKING:
    from coordinator.ui.main_window import MainWindow

Settle = Callable[[], None]
Save = Callable[[QWidget, Path], Path]


#: QPdfView renders its pages on a thread of its own and says nothing when done; a
#: screenshot gives it this long.
PAGE_RENDER_MS = 1500


def _let_pages_render() -> None:
    deadline = QDeadlineTimer(PAGE_RENDER_MS)
    while not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def document_shots(ui: UiContext, window: MainWindow, client_id: int | None,
                   name: Callable[[str], Path], settle: Settle, save: Save,
                   size: tuple[int, int]) -> list[Path]:
    """Documents tab of ``client_id``, its discharge summary previewed, and the batch dialog
    for the first clients listed; none when there is no such client or no permission."""
    if client_id is None or not ui.may(Permission.EXPORT_RECORDS):
        return []
    record = window.open_record(client_id)
    if record is None:
        return []
    record.resize(*size)
    page = record.documents_page
    record.tabs.setCurrentWidget(page)
    settle()
    paths = [save(record, name("client-documents"))]
    if dialog := page.discharge_summary():
        settle()  # the facilities, then the preview of the client's own copy
        _let_pages_render()
        paths.append(save(dialog, name("packet-preview")))
        dialog.reject()
        dispose(dialog)
    record.close()
    settle()
    rows = ui.services.clients.search("", limit=3)
    batch = BatchPacketDialog(ui, [ChosenClient(row.id, f"{row.family_name}, {row.given_name}")
                                   for row in rows], window)
    batch.show()
    settle()
    paths.append(save(batch, name("packets-batch")))
    batch.reject()
    dispose(batch)
    return paths
