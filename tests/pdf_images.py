"""PDF pages as images, drawn by QtPdf (PDFium, shipped inside PySide6): tests look at a
rendered page without poppler or any other program outside the project."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument


def render_pages(pdf: bytes, *, dpi: int = 60) -> list[QImage]:
    """Every page of ``pdf`` at ``dpi``, white background (a QGuiApplication must exist)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise ValueError(f"QtPdf cannot read the document: {document.error()}")
    images = []
    for page in range(document.pageCount()):
        points = document.pagePointSize(page)
        size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
        image = document.render(page, size)
        flat = QImage(image.size(), QImage.Format.Format_RGB32)
        flat.fill(QColor("white"))
        # PDFium leaves the paper transparent; laid on white, as it prints.
        painter = QPainter(flat)
        painter.drawImage(0, 0, image)
        painter.end()
        images.append(flat)
    document.close()
    return images


def ink_fraction(image: QImage, *, top: float = 0.0, bottom: float = 1.0) -> float:
    """The share of pixels that are clearly not paper, in the band ``top``..``bottom`` of
    the page's height (0 is the top edge)."""
    first, last = int(image.height() * top), int(image.height() * bottom)
    inked = total = 0
    for y in range(first, last):
        for x in range(0, image.width(), 2):
            total += 1
            if QColor(image.pixel(x, y)).lightness() < 200:
                inked += 1
    return inked / total if total else 0.0
