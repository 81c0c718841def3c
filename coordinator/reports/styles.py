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
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
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
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import _FrameBreak

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
    "heading": _style("heading", 10.5, bold=True, spaceBefore=8, spaceAfter=3,
                      keepWithNext=1),
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
    "subheading": _style("subheading", 8, textColor=MUTED, spaceBefore=4, keepWithNext=1),
    "cell": _style("cell", 8.5, leading=10.5),
    "cell_head": _style("cell_head", 8, bold=True, leading=10),
}


NONE_RECORDED = "None recorded"
SHADE = colors.HexColor("#f3f5f8")


#: Control characters (a NUL, a bell…) that may reach a document from an imported or
#: damaged row: they have no glyph, so they are left out of what is printed.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def printable(value: str) -> str:
    """``value`` without control characters (line breaks and tabs stay)."""
    return _CONTROL.sub("", value)


def markup(value: str) -> str:
    """Escape for ReportLab's mini-markup, keep the writer's line breaks, and set runs of
    other scripts (a Khmer or Chinese name) in a font that has them. Control characters
    are left out (``printable``)."""
    return "".join(
        f'<font face="{family}">{escape(run)}</font>' if family else escape(run)
        for family, run in font_runs(printable(value))).replace("\n", "<br/>")


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A ``Paragraph`` of ``markup`` text, shaped when it holds a run of another script.

    Shaping costs about a third of the layout time, and DejaVu's own text needs none, so
    only paragraphs with such a run (a Khmer name) go through it.
    """
    if SHAPING and '<font face="' in text:
        style = _shaped(style)
    return _Paragraph(text, style)


class _Paragraph(Paragraph):  # type: ignore[misc]  # reportlab ships no type hints
    """A paragraph that lays its lines out once per width.

    A paragraph's lines depend on the width alone, yet platypus wraps one several times
    at the same width (a heading's group measures what follows it, a table measures its
    cells, then the frame measures again): about four times each in a packet. Breaking
    the lines is most of a packet's layout time, so the last layout is kept.
    """

    _laid_out_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # ``split`` may drop the layout (``blPara``) to force a fresh one: then lay out again.
        if availWidth == self._laid_out_width and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        # A width too small for any text is answered without a layout: nothing to keep.
        self._laid_out_width = availWidth if hasattr(self, "blPara") else None
        return size


@cache
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, *,
              right: bool = False) -> None:
    """``canvas.drawString`` (or ``drawRightString`` when ``right``) with each run of
    another script in its own font, for the page frame's names and addresses."""
    text = printable(text)
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


def para_or_none(value: str, style: str = "body", *, none: str = NONE_RECORDED) -> Paragraph:
    """The text, or "None recorded" (``none``, in the document's language) so an empty
    field is visibly empty, not missing."""
    return paragraph(markup(value) if value.strip() else markup(none), STYLES[style])


def long_text(value: str, style: str = "body", *, none: str = NONE_RECORDED) -> list[Flowable]:
    """One paragraph per blank-line-separated block, so pages can break between them and
    a very long plan flows on instead of overflowing one frame."""
    blocks = [block.strip() for block in value.replace("\r\n", "\n").split("\n\n")]
    return [paragraph(markup(block), STYLES[style]) for block in blocks if block] or [
        para_or_none("", style, none=none)]


#: A phone or fax number: an optional +country code, then groups of digits joined by single
#: spaces, dots or hyphens, the area code perhaps in brackets, and perhaps an extension
#: ("ext 12", "x12", "#12"); seven to fifteen digits in all (the longest international
#: number, ITU-T E.164). A time ("14:30") after the digits is not part of a number.
_PHONE = re.compile(
    r"(?<![\w.:/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,5}(?:[ .-]\d{1,5}){0,4}"
    r"(?:[ ,]{0,2}(?:ext\.?|x|#)[ ]?\d{1,6})?(?![\w:/-]|\.\d)", re.IGNORECASE)
_NBSP = "\u00a0"


def unbroken(text: str) -> str:
    """``text`` that never breaks across lines: its spaces made non-breaking.

    Meant for a phone or fax number, a record number or a date with its time. Hyphens stay
    ASCII hyphens: ReportLab breaks a line at a hyphen only when hyphenation is switched on
    (``embeddedHyphenation``, ``hyphenationLang``), which these documents never do, and a
    number with U+2011 hyphens is not found by a search for "541-555-0170" or dialled when
    pasted. A cell too narrow for the whole number would still split it letter by letter;
    ``data_table`` sizes its columns so that it never is.
    """
    return text.replace(" ", _NBSP)


def phones_unbroken(text: str) -> str:
    """``text`` with every phone or fax number in it made ``unbroken``."""
    if not any(character.isdigit() for character in text):
        return text

    def join(match: re.Match[str]) -> str:
        found = match.group(0)
        digits = sum(character.isdigit() for character in found)
        return unbroken(found) if 7 <= digits <= 15 and " " in found else found

    return _PHONE.sub(join, text)


def text_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` prints in ``font`` at ``size``, each run of another script
    measured in the font that draws it (as ``markup`` sets it)."""
    bold = font == FONTS.bold
    return sum(float(pdfmetrics.stringWidth(run, _face(family, bold=bold) if family else font,
                                            size))
               for family, run in font_runs(text))


@lru_cache(maxsize=32768)
def _word_width(word: str, font: str, size: float) -> float:
    """``text_width`` of one word, remembered: a packet's tables repeat their words (dates,
    statuses, names) many times, and sizing the columns measures every one."""
    return text_width(word, font, size)


def _longest_word(text: str, font: str, size: float) -> float:
    """The width of the widest word of ``text`` (words break only at ordinary spaces and
    line breaks; a non-breaking space joins)."""
    return max((_word_width(word, font, size) for word in re.split(r"[ \t\n\r]+", text)
                if word), default=0.0)


def _natural_width(text: str, font: str, size: float) -> float:
    """The width of ``text``'s longest line when nothing wraps it."""
    return max((text_width(line, font, size) for line in text.splitlines()), default=0.0)


#: Cell padding left and right in ``data_table`` (points).
_CELL_PADDING = 3.0


def column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]],
                  weights: Sequence[float], total: float | None = None) -> list[float]:
    """Widths for ``data_table``'s columns that add up to ``total`` (default: the sum of
    ``weights``).

    No column is narrower than its widest word (header included), so no word is broken
    when the widths of the page allow. A column is no wider than its longest line needs,
    unless every column has all it needs; the width between is shared in proportion to
    ``weights``, the preferred widths (in points or as fractions).
    """
    count = len(weights)
    total = float(sum(weights) if total is None else total)
    share = sum(weights) or 1.0
    pad = 2 * _CELL_PADDING + 0.5
    head_font, head_size = STYLES["cell_head"].fontName, STYLES["cell_head"].fontSize
    cell_font, cell_size = STYLES["cell"].fontName, STYLES["cell"].fontSize
    least = [0.0] * count
    most = [0.0] * count
    for column in range(count):
        header = headers[column] if column < len(headers) else ""
        least[column] = _longest_word(header, head_font, head_size)
        most[column] = _natural_width(header, head_font, head_size)
        for row in rows:
            value = phones_unbroken(row[column]) if column < len(row) else ""
            least[column] = max(least[column], _longest_word(value, cell_font, cell_size))
            most[column] = max(most[column], _natural_width(value, cell_font, cell_size))
        least[column] += pad
        most[column] = max(most[column] + pad, least[column])
    if sum(least) >= total:
        # Too narrow for every word: shrink the words' widths alike (some words break).
        scale = total / (sum(least) or 1.0)
        return [width * scale for width in least]
    if sum(most) <= total:
        # Everything fits on one line: the room to spare goes by the weights.
        spare = total - sum(most)
        return [width + spare * weight / share for width, weight in zip(most, weights,
                                                                          strict=True)]
    # Each column gets its preferred width, held between what its widest word needs and
    # what its longest line needs; what that frees or takes goes to the other columns in
    # proportion to their weights, until no column is out of its bounds.
    widths: list[float | None] = [None] * count
    while True:
        free = [column for column in range(count) if widths[column] is None]
        room = total - sum(width for width in widths if width is not None)
        free_share = sum(weights[column] for column in free) or 1.0
        fixed = False
        for column in free:
            wanted = room * weights[column] / free_share
            if wanted < least[column]:
                widths[column] = least[column]
                fixed = True
            elif wanted > most[column]:
                widths[column] = most[column]
                fixed = True
        if not fixed:
            for column in free:
                widths[column] = room * weights[column] / free_share
            return [width or 0.0 for width in widths]
        if all(width is not None for width in widths):
            # Every column is at a bound: stretch or squeeze to the total by the weights.
            gap = total - sum(width or 0.0 for width in widths)
            return [(width or 0.0) + gap * weight / share
                    for width, weight in zip(widths, weights, strict=True)]


class _Table(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """A table that never leaves its header row alone, or with one row, at the foot of a
    page: the first part of a split holds the header (``repeatRows``) and at least
    ``MIN_ROWS`` rows, or the whole table moves on; nor does it carry a single row over
    to the next page when it can take one more with it.

    At the top of a page (nothing can move further on) it splits wherever it must.
    """

    MIN_ROWS = 2

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self._calc(avail_width, avail_height)
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        body = self._nrows - head
        if not at_top and (body <= self.MIN_ROWS or (
                sum(self._rowHeights[:head + self.MIN_ROWS]) > avail_height)):
            return []
        parts = list(super().split(avail_width, avail_height))
        if len(parts) != 2:
            return parts
        first, rest = parts[0]._nrows - head, parts[1]._nrows - head
        by_rows = first + rest == body
        if by_rows and rest < self.MIN_ROWS and first - (self.MIN_ROWS - rest) >= (
                self.MIN_ROWS):
            keep = head + first - (self.MIN_ROWS - rest)
            shorter = list(super().split(avail_width, sum(self._rowHeights[:keep]) + 0.01))
            if len(shorter) == 2 and shorter[0]._nrows == keep:
                return shorter
        return parts


def data_table(headers: Sequence[str], rows: Sequence[Sequence[str]],
               widths: Sequence[float], *, none: str = NONE_RECORDED) -> Flowable:
    """A ruled table whose header repeats on every page it spans; rows may split inside
    themselves, so one long cell cannot overflow a page. Empty: "None recorded".

    ``widths`` are the preferred widths: columns are sized to their content
    (``column_widths``) within the same total. Phone and fax numbers in the cells never
    break across lines (``phones_unbroken``), and a split leaves at least two rows under
    the header on each page.
    """
    if not rows:
        return para_or_none("", none=none)
    data = [[paragraph(markup(text), STYLES["cell_head"]) for text in headers]]
    data += [[paragraph(markup(phones_unbroken(text)), STYLES["cell"]) for text in row]
             for row in rows]
    table = _Table(data, colWidths=column_widths(headers, rows, widths), repeatRows=1,
                   splitInRow=1, hAlign="LEFT")
    table.setStyle(data_table_style(_CELL_PADDING, 2))
    return table


def data_table_style(side: float, vertical: float,
                     extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """The look of every data table: a rule under the header, hairlines between rows,
    alternate rows shaded; ``side`` and ``vertical`` padding in points, ``extra`` commands
    after these."""
    return TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONTS.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, SHADE]),
        ("LEFTPADDING", (0, 0), (-1, -1), side),
        ("RIGHTPADDING", (0, 0), (-1, -1), side),
        ("TOPPADDING", (0, 0), (-1, -1), vertical),
        ("BOTTOMPADDING", (0, 0), (-1, -1), vertical),
        *extra,
    ])


def field_table(rows: Sequence[tuple[str, str]], label_width: float = 1.45 * inch, *,
                rule_below: bool = False, none: str = NONE_RECORDED) -> Table:
    """Label / value pairs, e.g. a client's identity block; phone and fax numbers in the
    values never break across lines, and a page break leaves at least two pairs on each
    side of it. ``rule_below``: a thin rule under the last pair (the referral letter's
    blocks)."""
    table = _Table([[paragraph(markup(label), STYLES["label"]),
                     para_or_none(phones_unbroken(value), none=none)]
                    for label, value in rows],
                   colWidths=[label_width, None], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONTS.regular),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        *([("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE)] if rule_below else []),
    ]))
    return table


class _SignatureTable(Table):  # type: ignore[misc]  # reportlab ships no type hints
    """Signature lines: never split (unless a page cannot hold them), and never on a page
    without what comes before them: ``build_document`` keeps them with the flowables
    before them back to their heading (see ``_keep_with_previous``)."""

    keep_with_previous = True

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(super().split(avail_width, avail_height))
        return []


def signature_lines(signers: Sequence[str], width: float, *,
                    signature: str = "Signature: {signer}", date_label: str = "Date") -> Flowable:
    """A ruled line for each signer with a date line beside it; kept on one page, and on
    the page of the heading and lines before it (the "Signatures" heading and the
    prepared-by line), so no signature line stands alone on a page."""
    rows = []
    for signer in signers:
        rows.append(["", "", ""])
        rows.append([paragraph(markup(signature.format(signer=signer)), STYLES["label"]), "",
                     paragraph(markup(date_label), STYLES["label"])])
    table = _SignatureTable(rows, colWidths=[width * 0.62, width * 0.08, width * 0.30],
                            rowHeights=[26, 14] * len(signers), hAlign="LEFT")
    table.setStyle(TableStyle(
        [("LINEBELOW", (0, index), (0, index), 0.6, INK) for index in range(0, len(rows), 2)]
        + [("LINEBELOW", (2, index), (2, index), 0.6, INK)
           for index in range(0, len(rows), 2)]
        + [("FONTNAME", (0, 0), (-1, -1), FONTS.regular),
           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def with_heading(heading: Flowable, *flowables: Flowable) -> Flowable:
    """``heading`` and ``flowables`` on one page: on the next page if they do not fit
    here (and split as usual only if they do not fit on a page of their own).

    E.g. the journey chart with its caption, or a short section that reads as one.
    """
    return KeepTogether([heading, *flowables])


def keeps_with_previous(flowable: object) -> bool:
    """Whether ``flowable`` must not start a page on its own: signature lines, a chart
    (``keep_with_previous`` on a drawing), or a table of such charts."""
    if getattr(flowable, "keep_with_previous", False):
        return True
    cells: Any = getattr(flowable, "_cellvalues", None) or [[None]]
    return bool(getattr(cells[0][0] if cells[0] else None, "keep_with_previous", False))


def _keep_with_previous(story: Sequence[Flowable]) -> list[Flowable]:
    """``story`` with each flowable that ``keeps_with_previous`` tied to the one before it
    (and to any spacers between), by ``keepWithNext``: ReportLab's keep-with-next chain then
    runs from the heading above signature lines down to them (a heading keeps with the
    next flowable by its style), and a chart goes with the end of the table it follows
    (see ``_KeepWithNext``)."""
    result = list(story)
    for index in range(1, len(result)):
        if keeps_with_previous(result[index]):
            before = index - 1
            while before > 0 and isinstance(result[before], Spacer):
                result[before].__dict__["keepWithNext"] = 1
                before -= 1
            if isinstance(result[before], Flowable):
                result[before].__dict__["keepWithNext"] = 1
    return result


class _KeepWithNext(KeepTogether):  # type: ignore[misc]  # reportlab ships no type hints
    """How a heading keeps with what follows it (ReportLab's ``keepTogetherClass``), and a
    chart with the table before it (``_keep_with_previous``).

    ReportLab's own moves the whole group to the next page when it does not fit, so a
    heading over a long table or text left most of a page blank. This keeps the group's
    start here when the rest can follow on: the heading stays when the next flowable's first
    part fits under it (a table's header and two rows, a paragraph's first lines); a table
    in the group fills this page and its last rows go on with what is kept with it (a
    chart). Otherwise the group moves on, as ReportLab's would.
    """

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (avail_width, avail_height):
            self.wrap(avail_width, avail_height)
        content = list(self._content)
        if avail_height < self._H and len(content) >= 2:
            used = 0.0
            for index, flowable in enumerate(content):
                room = avail_height - used - flowable.getSpaceBefore() - 1
                if room <= 0:
                    break
                last = index == len(content) - 1
                if last or (isinstance(flowable, Table)
                            and not isinstance(flowable, _SignatureTable)):
                    height = room
                    if not last and flowable.wrapOn(self.canv, avail_width,
                                                    avail_height)[1] <= room:
                        # The table fits but what must follow it does not: its last rows
                        # go on with that.
                        height = sum(flowable._rowHeights[:-_Table.MIN_ROWS]) + 0.01
                    parts = flowable.splitOn(self.canv, avail_width, height)
                    if len(parts) >= 2 and not isinstance(parts[0], _FrameBreak) and (
                            parts[0].wrapOn(self.canv, avail_width, room)[1] <= room):
                        if last:
                            return content
                        return [*content[:index], parts[0],
                                type(self)([parts[1], *content[index + 1:]])]
                if last:
                    break
                used += (flowable.wrapOn(self.canv, avail_width, avail_height)[1]
                         + flowable.getSpaceBefore() + flowable.getSpaceAfter())
        return list(super().split(avail_width, avail_height))


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
    #: Printed under the redisclosure notice when both are set: its rendering in the
    #: document's language, labelled as a translation (the official text stays English).
    redisclosure_translation: str = ""
    #: The page number, a template with ``{number}`` and ``{total}``.
    page_label: str = "Page {number} of {total}"
    #: The letterhead's phone and fax, templates with ``{phone}`` and ``{fax}``.
    phone_label: str = "Phone {phone}"
    fax_label: str = "Fax {fax}"
    #: Printed in the letterhead when the clinic has no name in its settings.
    clinic_label: str = "Clinic"

    @property
    def footer_height(self) -> float:
        lines = (1 if self.redisclosure_notice else 0) + (
            len(_wrap(self.redisclosure_translation, FONTS.bold, 7.5, CONTENT_WIDTH + 12))
            if self.redisclosure_notice and self.redisclosure_translation else 0)
        return float(_FOOTER_HEIGHT) + 11 * lines


_MARGIN = 0.75 * inch
#: Width of the text frame on a letter page, for tables and charts that fill it.
#: (SimpleDocTemplate's frame pads 6 points on each side.)
CONTENT_WIDTH = LETTER[0] - 2 * _MARGIN - 12
_HEADER_HEIGHT = 0.95 * inch
_FOOTER_HEIGHT = 0.6 * inch


def story_area(frame: PageFrame) -> tuple[float, float]:
    """The bottom and top of the band a page's story is laid out in, in PDF points from
    the foot of the page: under the letterhead, above the footer."""
    return _MARGIN + frame.footer_height, LETTER[1] - _MARGIN - _HEADER_HEIGHT


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
        # ReportLab starts every page in Helvetica, which it never embeds; start in the
        # document's own (embedded) font instead.
        kwargs["initialFontName"] = FONTS.regular
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:
        """Set a font; one of the PDF standard fonts, which ReportLab never embeds, is set
        in the embedded font of the same weight instead. ReportLab's tables set their
        default (Helvetica) for every cell, even one that holds a paragraph in our font,
        so a table without a FONTNAME would otherwise put an unembedded font on the page
        (PDF/A, ISO 19005-2 6.2.11.4, requires every font to be embedded)."""
        super().setFont(_embedded(psfontname), size, leading)

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
    draw_text(canvas, left, top - 11, head.clinic_name or frame.clinic_label, FONTS.bold, 12)
    canvas.setFillColor(MUTED)
    lines = [line.strip() for line in head.address.splitlines() if line.strip()]
    contact = "   ".join(part for part in (
        frame.phone_label.format(phone=head.phone) if head.phone else "",
        frame.fax_label.format(fax=head.fax) if head.fax else "") if part)
    address_lines = [*lines[:2], contact][:3]
    for index, line in enumerate(address_lines):
        draw_text(canvas, left, top - 23 - index * 10, line, FONTS.regular, 8)
    canvas.setFont(FONTS.bold, 9)
    canvas.setFillColor(INK)
    canvas.drawRightString(width - _MARGIN, top - 11, frame.document_title)
    if frame.client_line:
        room = [width - _MARGIN - left - 12 - (text_width(line, FONTS.regular, 8) if line else 0)
                for line in (*address_lines, "", "")[:2]]
        client_lines, size = _client_lines(frame.client_line, room)
        for index, line in enumerate(client_lines):
            draw_text(canvas, width - _MARGIN, top - 23 - index * 10, line, FONTS.regular,
                      size, right=True)
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
        if frame.redisclosure_translation:
            for line in _wrap(frame.redisclosure_translation, FONTS.bold, 7.5,
                              width - 2 * _MARGIN):
                canvas.drawString(_MARGIN, text_y, line)
                text_y -= 11
    canvas.setFont(FONTS.regular, 7)
    canvas.setFillColor(MUTED)
    for index, line in enumerate(_wrap(frame.footer_notice, FONTS.regular, 7,
                                       width - 2 * _MARGIN)[:2]):
        canvas.drawString(_MARGIN, text_y - index * 9, line)
    canvas.setFont(FONTS.regular, 8)
    canvas.drawRightString(width - _MARGIN, _MARGIN,
                           frame.page_label.format(number=number, total=total))


def _client_lines(line: str, room: list[float]) -> tuple[list[str], float]:
    """The header's client line ("name · DOB … · Record no. …") as it fits beside the
    clinic's address lines, whose free widths are ``room`` (first and second line): on one
    line if it fits, else broken at a " · " into two, else two in a smaller type (never
    cut: the name is what identifies every page)."""
    if text_width(line, FONTS.regular, 8) <= room[0]:
        return [line], 8
    parts = line.split(" · ")
    splits = [(" · ".join(parts[:cut]), " · ".join(parts[cut:]))
              for cut in range(len(parts) - 1, 0, -1)]
    if not splits:
        splits = [(line, "")]
    best: tuple[list[str], float] | None = None
    for first, second in splits:
        # The largest size (8 down to 6 points) at which both lines fit their room.
        widths = (text_width(first, FONTS.regular, 8), text_width(second, FONTS.regular, 8))
        scale = min(1.0, *(free / used for free, used in zip(room, widths, strict=True)
                           if used > 0))
        size = max(6.0, 8 * scale)
        if best is None or size > best[1]:
            best = ([part for part in (first, second) if part], size)
        if size == 8:
            break
    assert best is not None
    return best


#: The PDF standard fonts (ISO 32000-1 9.6.2.2), which ReportLab references without
#: embedding them.
_STANDARD_FONTS = frozenset({
    "Courier", "Courier-Bold", "Courier-BoldOblique", "Courier-Oblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-BoldOblique", "Helvetica-Oblique", "Symbol", "Times-Bold",
    "Times-BoldItalic", "Times-Italic", "Times-Roman", "ZapfDingbats"})


def _embedded(font: str) -> str:
    """``font``, or the document's embedded font of its weight for a standard font (when
    DejaVu Sans is installed; without it the standard fonts are all there is)."""
    if font not in _STANDARD_FONTS or not FONTS.unicode:
        return font
    return FONTS.bold if "Bold" in font else FONTS.regular


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
                   invariant: bool = False, title: str = "", author: str = "",
                   subject: str = "", language: str = "en-US") -> RenderedPdf:
    """Lay ``story`` out on letter-size pages with the clinic's frame.

    Headings keep with what follows (``_KeepWithNext``), signature lines with the heading
    above them, and every font is embedded (a standard font is replaced, see
    ``_NumberedCanvas.setFont``).

    Args:
        invariant: ReportLab's invariant mode (fixed dates and ids), so tests and
            checksums see the same bytes for the same content.
        title: the PDF's title (shown in a viewer's title bar); default the frame's
            document title.
        author: the PDF's author; default the clinic's name from the letterhead.
        subject: the PDF's subject, e.g. "Transfer to Harbor Residential"; default the
            frame's document title and client line.
        language: the document's natural language (the catalog's /Lang), for screen
            readers.
    """
    buffer = io.BytesIO()
    clinic = frame.letterhead.clinic_name.strip()
    document = SimpleDocTemplate(
        buffer, pagesize=LETTER, leftMargin=_MARGIN, rightMargin=_MARGIN,
        topMargin=_MARGIN + _HEADER_HEIGHT, bottomMargin=_MARGIN + frame.footer_height,
        title=title or frame.document_title, author=author or clinic,
        subject=subject or " · ".join(part for part in (frame.document_title,
                                                          frame.client_line) if part),
        creator="Coordinator", lang=language, displayDocTitle=1, initialFontName=FONTS.regular,
        invariant=1 if invariant else 0)
    document.keepTogetherClass = _KeepWithNext

    class _Canvas(_NumberedCanvas):
        pass

    _Canvas.frame = frame
    document.build(_keep_with_previous(story), canvasmaker=_Canvas)
    return RenderedPdf(buffer.getvalue(), _Canvas.pages)
