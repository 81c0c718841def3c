"""Fonts for the clinic's documents: DejaVu Sans for most text, and a font per script for
the names DejaVu cannot draw (Khmer, Thai, Lao, Burmese, Indic scripts, Chinese …).

ReportLab draws each run of text in one font and has no fallback of its own, so text is cut
into runs here: characters DejaVu has stay in it, and a character from another script goes
to the font registered for that script's Unicode block. Those fonts are registered on
first use, so a packet without such names never reads them. With uharfbuzz installed the
runs are shaped (Khmer subscript consonants and reordered vowels drawn as they are written);
without it they still print in the right font, just less well joined. A character no font
covers is printed as DejaVu's missing-glyph box rather than stopping the document.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

# Where fonts-dejavu-core, fonts-noto-core and fonts-wqy-zenhei (Debian, Ubuntu) and other
# common systems keep their files.
_DEJAVU_FOLDERS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/Library/Fonts"),
    Path.home() / ".fonts",
)
_SCRIPT_FOLDERS = (
    Path("/usr/share/fonts/truetype/noto"),
    Path("/usr/share/fonts/noto"),
    Path("/usr/share/fonts/truetype/wqy"),
    Path("/usr/share/fonts/wenquanyi"),
    Path("/Library/Fonts"),
    Path.home() / ".fonts",
)

#: Unicode blocks (first, last code point) and the family that draws them, by first code
#: point. Blocks from the Unicode Standard's code charts.
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x0900, 0x097F, "NotoSansDevanagari"),
    (0x0980, 0x09FF, "NotoSansBengali"),
    (0x0A00, 0x0A7F, "NotoSansGurmukhi"),
    (0x0A80, 0x0AFF, "NotoSansGujarati"),
    (0x0B00, 0x0B7F, "NotoSansOriya"),
    (0x0B80, 0x0BFF, "NotoSansTamil"),
    (0x0C00, 0x0C7F, "NotoSansTelugu"),
    (0x0C80, 0x0CFF, "NotoSansKannada"),
    (0x0D00, 0x0D7F, "NotoSansMalayalam"),
    (0x0D80, 0x0DFF, "NotoSansSinhala"),
    (0x0E00, 0x0E7F, "NotoSansThai"),
    (0x0E80, 0x0EFF, "NotoSansLao"),
    (0x1000, 0x109F, "NotoSansMyanmar"),
    (0x1200, 0x139F, "NotoSansEthiopic"),
    (0x1780, 0x17FF, "NotoSansKhmer"),
    (0x19E0, 0x19FF, "NotoSansKhmer"),   # Khmer symbols
    (0x2E80, 0x2FDF, "WenQuanYiZenHei"),  # CJK radicals
    (0x3000, 0x30FF, "WenQuanYiZenHei"),  # CJK punctuation, kana
    (0x3100, 0x31FF, "WenQuanYiZenHei"),  # bopomofo, Hangul compatibility jamo
    (0x3400, 0x4DBF, "WenQuanYiZenHei"),  # CJK extension A
    (0x4E00, 0x9FFF, "WenQuanYiZenHei"),  # CJK unified ideographs
    (0xAC00, 0xD7AF, "WenQuanYiZenHei"),  # Hangul syllables
    (0xF900, 0xFAFF, "WenQuanYiZenHei"),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF, "WenQuanYiZenHei"),  # half- and full-width forms
)
_STARTS = [first for first, _last, _family in _SCRIPTS]

#: Files of each family: (regular, bold, index inside a font collection).
_FILES: dict[str, tuple[str, str, int]] = {
    family: (f"{family}-Regular.ttf", f"{family}-Bold.ttf", 0)
    for _first, _last, family in _SCRIPTS if family.startswith("Noto")}
_FILES["WenQuanYiZenHei"] = ("wqy-zenhei.ttc", "wqy-zenhei.ttc", 0)


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    #: False when DejaVu Sans was not found and Helvetica stands in (Latin-1 text only).
    unicode: bool


def _register_base() -> tuple[Fonts, frozenset[int]]:
    for folder in _DEJAVU_FOLDERS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file() and bold.is_file():
            font = TTFont("DejaVuSans", str(regular))
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
            _family("DejaVuSans", "DejaVuSans", "DejaVuSans-Bold")
            return (Fonts("DejaVuSans", "DejaVuSans-Bold", True),
                    frozenset(font.face.charToGlyph))
    return Fonts("Helvetica", "Helvetica-Bold", False), frozenset(range(256))


def _family(family: str, regular: str, bold: str) -> None:
    """Tell ReportLab which face is bold, so ``<font face=…>`` inside a bold paragraph
    picks the bold face of the other script too."""
    addMapping(family, 0, 0, regular)
    addMapping(family, 0, 1, regular)
    addMapping(family, 1, 0, bold)
    addMapping(family, 1, 1, bold)


FONTS, _BASE_CHARACTERS = _register_base()


def _file(name: str) -> Path | None:
    for folder in _SCRIPT_FOLDERS:
        if (folder / name).is_file():
            return folder / name
    return None


@cache
def script_font(family: str) -> str | None:
    """Register ``family`` (regular and bold) on first use; None when it is not installed."""
    regular_name, bold_name, index = _FILES[family]
    regular = _file(regular_name)
    if regular is None:
        return None
    bold = _file(bold_name) or regular
    bold_face = f"{family}-Bold" if bold != regular else family
    pdfmetrics.registerFont(TTFont(family, str(regular), subfontIndex=index))
    if bold_face != family:
        pdfmetrics.registerFont(TTFont(bold_face, str(bold), subfontIndex=index))
    _family(family, family, bold_face)
    return family


def family_for(character: str) -> str | None:
    """The script font that draws ``character`` when DejaVu Sans does not; None for
    DejaVu's own characters and for those no installed font covers."""
    point = ord(character)
    if point in _BASE_CHARACTERS or not FONTS.unicode:
        return None
    index = bisect.bisect_right(_STARTS, point) - 1
    if index < 0 or point > _SCRIPTS[index][1]:
        return None
    return script_font(_SCRIPTS[index][2])


def font_runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` cut into runs of one font: (None for the document's own font, or a script
    family, run). A space between two words of another script stays in their run, so a
    Khmer name of two words is shaped as one."""
    runs: list[tuple[str | None, str]] = []
    for character in text:
        family = family_for(character)
        if runs and (family == runs[-1][0] or (
                family is None and runs[-1][0] is not None and character == " ")):
            runs[-1] = (runs[-1][0], runs[-1][1] + character)
        else:
            runs.append((family, character))
    return runs


def set_up_shaping() -> bool:
    """Whether ReportLab can shape complex scripts here (uharfbuzz is installed); if it
    can, shape without the Latin ligatures (called once, by ``styles``)."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    _without_latin_ligatures()
    return True


def _without_latin_ligatures() -> None:
    """Shape without the optional ligature features ReportLab turns on by default.

    With them DejaVu Sans joins "st" and "fi" into single glyphs, and a receiving clinic
    that copies or searches the PDF finds "specialiﬆ" instead of "specialist". The
    features Khmer and the Indic scripts need are the script's own, which HarfBuzz applies
    whatever this says.
    """
    from reportlab.pdfbase import ttfonts

    defaults = ttfonts.shapeFragWord.__defaults__
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(liga=False, dlig=False)
