"""The one place for the clinic's document look: paragraph styles and the page template.

Every document module (referral letter, transfer and discharge packets) only arranges content
and builds through ``build_document``, so a letterhead or footer change happens once. Client
names come in any script the clinic's clients use: text goes through ``markup`` (paragraphs)
or ``draw_text`` (the page frame), which set each run in a font that has it
(``coordinator.reports.fonts``).
"""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

from coordinator.reports.common import Letterhead, RenderedPdf
from coordinator.reports.fonts import FONTS, font_runs, set_up_shaping

CONFIDENTIALITY_NOTICE = (
    "CONFIDENTIAL: this document contains protected health information. If you received it "
    "in error, notify the sender and destroy it. Do not redisclose without the client's "
    "written consent.")


INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")


#: Shape complex scripts (Khmer, Thai, Indic) when uharfbuzz is there to do it.
SHAPING = 1 if set_up_shaping() else 0


def _style(name: str, size: float, *, bold: bool = False, leading: float | None = None,
           **extra: Any) -> ParagraphStyle:
    extra.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=FONTS.bold if bold else FONTS.regular,
                          fontSize=size, leading=leading or size * 1.3, **extra)


STYLES: dict[str, ParagraphStyle] = {
    "title": _style("title", 15, bold=True, spaceAfter=6),
    "heading": _style("heading", 10.5, bold=True, spaceBefore=8, spaceAfter=3),
    "body": _style("body", 9.5, spaceAfter=3),
    "body_bold": _style("body_bold", 9.5, bold=True, spaceAfter=3),
    "label": _style("label", 8, textColor=MUTED),
    "small": _style("small", 7.5, textColor=MUTED),
    "signature": _style("signature", 9.5, spaceBefore=18),
    "centre": _style("centre", 9.5, alignment=TA_CENTER),
    # Packets: a tinted band per section, so a reader flipping pages finds "Medications".
    "section": _style("section", 10.5, bold=True, spaceBefore=10, spaceAfter=5,
                      backColor=colors.HexColor("#e4e9ef"), borderPadding=(3, 4, 3, 4),
                      keepWithNext=1),  # never a heading alone at the foot of a page
    "subheading": _style("subheading", 8, textColor=MUTED, keepWithNext=1),
    "cell": _style("cell", 8.5, leading=10.5),
    "cell_head": _style("cell_head", 8, bold=True, leading=10),
}


NONE_RECORDED = "None recorded"
SHADE = colors.HexColor("#f3f5f8")


def markup(value: str) -> str:
    """Escape for ReportLab's mini-markup, keep the writer's line breaks, and set runs of
    other scripts (a Khmer or Chinese name) in a font that has them."""
    return "".join(
        f'<font face="{family}">{escape(run)}</font>' if family else escape(run)
        for family, run in font_runs(value)).replace("\n", "<br/>")


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A ``Paragraph`` of ``markup`` text, shaped when it holds a run of another script.

    Shaping costs about a third of the layout time, and DejaVu's own text needs none, so
    only paragraphs with such a run (a Khmer name) go through it.
    """
    if SHAPING and '<font face="' in text:
        style = _shaped(style)
    return Paragraph(text, style)


@cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *,
              right: bool = False) -> None:
    """``canvas.drawString`` (or ``drawRightString`` when ``right``) with each run of
    another script in its own font, for the page frame's names and addresses."""
    runs = [(_face(family or font, bold=font == FONTS.bold), run)
            for family, run in font_runs(text)]
    if SHAPING and any(face not in (FONTS.regular, FONTS.bold) for face, _ in runs):
        _draw_shaped(canvas, x, y, text, font, size, right=right)
        return
    widths = [pdfmetrics.stringWidth(run, face, size) for face, run in runs]
    start = x - sum(widths) if right else x
    for (face, run), width in zip(runs, widths, strict=True):
        canvas.setFont(face, size)
        canvas.drawString(start, y, run)
        start += width


def _draw_shaped(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *,
                 right: bool) -> None:
    """One line through a shaped ``Paragraph``: ReportLab shapes Khmer subscripts and
    reordered vowels in paragraphs, not in ``drawString``. With the leading equal to the
    size, the paragraph's baseline sits where it is drawn."""
    style = ParagraphStyle("frame-line", fontName=font, fontSize=size, leading=size,
                           shaping=1, textColor=canvas._fillColorObj)
    line = Paragraph(markup(text), style)
    line.wrap(10_000, size * 2)
    width = max(line.getActualLineWidths0() or [0.0])
    line.drawOn(canvas, x - width if right else x, y)


def _face(family: str, *, bold: bool) -> str:
    """The registered face of ``family`` (its bold one when ``bold``)."""
    if family in (FONTS.regular, FONTS.bold):
        return family
    bold_face = f"{family}-Bold"
    return bold_face if bold and bold_face in pdfmetrics.getRegisteredFontNames() else family


def para_or_none(value: str, style: str = "body") -> Paragraph:
    """The text, or "None recorded" so an empty field is visibly empty, not missing."""
    return paragraph(markup(value) if value.strip() else NONE_RECORDED, STYLES[style])


def long_text(value: str, style: str = "body") -> list[Flowable]:
    """One paragraph per blank-line-separated block, so pages can break between them and
    a very long plan flows on instead of overflowing one frame."""
    blocks = [block.strip() for block in value.replace("\r\n", "\n").split("\n\n")]
    return [paragraph(markup(block), STYLES[style]) for block in blocks if block] or [
        para_or_none("", style)]


def data_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
               widths: Sequence[float]) -> Flowable:
    """A ruled table whose header repeats on every page it spans; rows may split inside
    themselves, so one long cell cannot overflow a page. Empty: "None recorded"."""
    if not rows:
        return para_or_none("")
    data = [[paragraph(markup(text), STYLES["cell_head"]) for text in headers]]
    data += [[paragraph(markup(text), STYLES["cell"]) for text in row] for row in rows]
    table = Table(data, colWidths=list(widths), repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def field_table(rows: Sequence[tuple[str, str]], label_width: float = 1.45 * inch) -> Table:
    """Label / value pairs, e.g. a client's identity block."""
    table = Table([[paragraph(markup(label), STYLES["label"]), para_or_none(value)]
                   for label, value in rows], colWidths=[label_width, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def signature_lines(signers: Sequence[str], width: float) -> Flowable:
    """A ruled line for each signer with a date line beside it; kept on one page."""
    rows = []
    for signer in signers:
        rows.append(["", "", ""])
        rows.append([paragraph(markup(f"Signature: {signer}"), STYLES["label"]), "",
                     paragraph("Date", STYLES["label"])])
    table = Table(rows, colWidths=[width * 0.62, width * 0.08, width * 0.30],
                  rowHeights=[26, 14] * len(signers), hAlign="LEFT")
    table.setStyle(TableStyle(
        [("LINEBELOW", (0, index), (0, index), 0.6, INK) for index in range(0, len(rows), 2)]
        + [("LINEBELOW", (2, index), (2, index), 0.6, INK)
           for index in range(0, len(rows), 2)]
        + [("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([table])


@dataclass(frozen=True)
class PageFrame:
    """What repeats on every page besides the letterhead."""

    letterhead: Letterhead
    #: e.g. "Referral letter"; printed at the top right.
    document_title: str
    #: e.g. "Dara Sok · MRN 000123 · DOB 1988-02-01"; empty for none.
    client_line: str = ""
    footer_notice: str = CONFIDENTIALITY_NOTICE
    #: Printed in bold above the footer notice on every page when not empty: the 42 CFR
    #: 2.32 redisclosure notice of a packet carrying substance-use information.
    redisclosure_notice: str = ""

    @property
    def footer_height(self) -> float:
        return float(_FOOTER_HEIGHT) + (11 if self.redisclosure_notice else 0)


_MARGIN = 0.75 * inch
#: Width of the text frame on a letter page, for tables and charts that fill it.
#: (SimpleDocTemplate's frame pads 6 points on each side.)
CONTENT_WIDTH = LETTER[0] - 2 * _MARGIN - 12
_HEADER_HEIGHT = 0.95 * inch
_FOOTER_HEIGHT = 0.6 * inch


def _logo(letterhead: Letterhead) -> ImageReader | None:
    if not letterhead.logo_base64:
        return None
    try:
        return ImageReader(io.BytesIO(base64.b64decode(letterhead.logo_base64,
                                                        validate=True)))
    except (binascii.Error, OSError, ValueError):
        return None  # a broken logo must not stop a client's letter from printing


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Draws the header and "Page X of Y" once the page count is known (ReportLab's
    two-pass idiom: keep each page's state, then paint the frames in ``save``)."""

    frame: PageFrame
    pages = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        type(self).pages = total
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            _paint_frame(self, self.frame, number, total)
            super().showPage()
        super().save()


def _paint_frame(canvas: Canvas, frame: PageFrame, number: int, total: int) -> None:
    width, height = LETTER
    head = frame.letterhead
    top = height - _MARGIN
    left = _MARGIN
    logo = _logo(head)
    if logo is not None:
        logo_w, logo_h = logo.getSize()
        scale = min(0.6 * inch / max(logo_h, 1), 1.2 * inch / max(logo_w, 1))
        canvas.drawImage(logo, left, top - logo_h * scale, logo_w * scale, logo_h * scale,
                         mask="auto")
        left += logo_w * scale + 8
    canvas.setFillColor(INK)
    draw_text(canvas, left, top - 11, head.clinic_name or "Clinic", FONTS.bold, 12)
    canvas.setFillColor(MUTED)
    lines = [line.strip() for line in head.address.splitlines() if line.strip()]
    contact = "   ".join(part for part in (f"Phone {head.phone}" if head.phone else "",
                                           f"Fax {head.fax}" if head.fax else "") if part)
    for index, line in enumerate([*lines[:2], contact][:3]):
        draw_text(canvas, left, top - 23 - index * 10, line, FONTS.regular, 8)
    canvas.setFont(FONTS.bold, 9)
    canvas.setFillColor(INK)
    canvas.drawRightString(width - _MARGIN, top - 11, frame.document_title)
    if frame.client_line:
        draw_text(canvas, width - _MARGIN, top - 23, frame.client_line, FONTS.regular, 8,
                  right=True)
    canvas.setStrokeColor(RULE)
    canvas.line(_MARGIN, height - _MARGIN - _HEADER_HEIGHT + 14, width - _MARGIN,
                height - _MARGIN - _HEADER_HEIGHT + 14)
    # Footer: the redisclosure notice (when there is one) in bold, then the confidentiality
    # notice over two lines at most; the page number sits under them.
    line_y = _MARGIN + frame.footer_height - 8
    canvas.line(_MARGIN, line_y, width - _MARGIN, line_y)
    text_y = line_y - 10
    if frame.redisclosure_notice:
        canvas.setFont(FONTS.bold, 7.5)
        canvas.setFillColor(INK)
        canvas.drawString(_MARGIN, text_y, frame.redisclosure_notice)
        text_y -= 11
    canvas.setFont(FONTS.regular, 7)
    canvas.setFillColor(MUTED)
    for index, line in enumerate(_wrap(frame.footer_notice, FONTS.regular, 7,
                                       width - 2 * _MARGIN)[:2]):
        canvas.drawString(_MARGIN, text_y - index * 9, line)
    canvas.setFont(FONTS.regular, 8)
    canvas.drawRightString(width - _MARGIN, _MARGIN, f"Page {number} of {total}")


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines


def build_document(story: Sequence[Flowable], frame: PageFrame, *,
                   invariant: bool = False, title: str = "", author: str = "") -> RenderedPdf:
    """Lay ``story`` out on letter-size pages with the clinic's frame.

    Args:
        invariant: ReportLab's invariant mode (fixed dates and ids), so tests and
            checksums see the same bytes for the same content.
    """
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer, pagesize=LETTER, leftMargin=_MARGIN, rightMargin=_MARGIN,
        topMargin=_MARGIN + _HEADER_HEIGHT, bottomMargin=_MARGIN + frame.footer_height,
        title=title or frame.document_title, author=author or frame.letterhead.clinic_name,
        invariant=1 if invariant else 0)

    class _Canvas(_NumberedCanvas):
        pass

    _Canvas.frame = frame
    document.build(list(story), canvasmaker=_Canvas)
    return RenderedPdf(buffer.getvalue(), _Canvas.pages)
