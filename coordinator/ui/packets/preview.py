"""The packet preview (QtPdf over the bytes in memory) and printing those pages.

The preview shows exactly the bytes the packet service rendered, so what is saved or
printed, and logged with its SHA-256, is what the person looked at.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from coordinator.private_temp import temporary_files_here

#: Pages are rendered for the printer at its resolution, but never finer than this: a
#: letter page at 1200 dpi would be a half-gigabyte image, and 300 dpi is print quality.
MAX_PRINT_DPI = 300


class PacketPreview(QPdfView):
    """All pages of one PDF, one under the other, fitted to the width of the view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]  # None is allowed, as for widgets
        self.setObjectName("packetPreview")
        self.setAccessibleName(self.tr("Packet preview"))
        # Not a child of the view: a document deleted among the view's children announces
        # its closing to the half-destroyed view, which crashes (Qt 6.11). Held by Python
        # instead, and the bytes it reads are its own child, so they outlive its closing.
        self.pdf = QPdfDocument()
        self._buffer: QBuffer | None = None
        self.setDocument(self.pdf)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_pdf(self, pdf: bytes) -> None:
        """Show ``pdf`` from the start; the previous document is closed first."""
        self.pdf.close()
        old = self._buffer
        buffer = QBuffer(self.pdf)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.pdf.load(buffer)
        if old is not None:
            old.close()
            old.setParent(None)
        self.verticalScrollBar().setValue(0)

    def clear(self) -> None:
        self.pdf.close()

    def page_count(self) -> int:
        # The document tells its page count once more as it is deleted with the window.
        return self.pdf.pageCount() if shiboken6.isValid(self.pdf) else 0


def prepare_printer(document: QPdfDocument, printer: QPrinter) -> None:
    """Offer the packet's own paper size, printed edge to edge: the packet has margins of
    its own, and the printer's margins on top of them would shrink every page."""
    if document.pageCount():
        printer.setPageSize(QPageSize(document.pagePointSize(0), QPageSize.Unit.Point))
    printer.setFullPage(True)
    printer.setFromTo(1, document.pageCount())


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint each page (of the printer's page range, if one was chosen) onto ``printer``.

    Each page is rendered to an image at the printer's resolution (at most
    ``MAX_PRINT_DPI``) and scaled into the printable area keeping its proportions. The
    system's spool file (CUPS on Linux and macOS writes the printout to the temporary
    folder first) goes to the app's private temporary folder.

    Returns:
        The number of pages sent, 0 when the printer could not be opened.
    """
    count = document.pageCount()
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    if count == 0 or first > last:
        return 0
    with temporary_files_here():
        return _paint_pages(document, printer, first, last)


def _paint_pages(document: QPdfDocument, printer: QPrinter, first: int, last: int) -> int:
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for number, page in enumerate(range(first - 1, last)):
            if number:
                printer.newPage()
            points = document.pagePointSize(page)
            image = document.render(page, QSize(round(points.width() / 72 * dpi),
                                                round(points.height() / 72 * dpi)))
            area = painter.window()
            fitted = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.topLeft(), fitted)
            target.moveCenter(area.center())  # centred when the paper's shape differs
            painter.drawImage(target, image)
    finally:
        painter.end()
    return last - first + 1
