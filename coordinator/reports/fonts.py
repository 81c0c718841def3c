"""Fonts for the clinic's documents: DejaVu Sans for most text, and a font per script for
the names DejaVu cannot draw (Khmer, Thai, Lao, Burmese, Indic scripts, Chinese …).

The fonts travel with the app (``coordinator/assets/fonts``, licences beside them), so a
document prints the same on any workstation; no lookup depends on one system's folders.
Chinese, Japanese and Korean use the system's font where it has one ReportLab can embed
(Windows ships them; elsewhere fontconfig finds them), else the shipped Droid Sans Fallback.

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
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from coordinator import shipped

#: The fonts that travel with the app (see the README beside them): DejaVu Sans, a Noto Sans
#: per script, and Droid Sans Fallback for Chinese, Japanese and Korean.
SHIPPED_FONTS = shipped.assets_folder() / shipped.FONTS

_log = logging.getLogger(__name__)

#: The family name Chinese, Japanese and Korean text is registered under, whichever font
#: draws it (``cjk_candidates``).
CJK = "CJKSans"

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
    (0x2E80, 0x2FDF, CJK),  # CJK radicals
    (0x3000, 0x30FF, CJK),  # CJK punctuation, kana
    (0x3100, 0x31FF, CJK),  # bopomofo, Hangul compatibility jamo
    (0x3400, 0x4DBF, CJK),  # CJK extension A
    (0x4E00, 0x9FFF, CJK),  # CJK unified ideographs
    (0xAC00, 0xD7AF, CJK),  # Hangul syllables
    (0xF900, 0xFAFF, CJK),  # CJK compatibility ideographs
    (0xFF00, 0xFFEF, CJK),  # half- and full-width forms
)
_STARTS = [first for first, _last, _family in _SCRIPTS]

#: Files of each shipped script family: (regular, bold).
_FILES: dict[str, tuple[str, str]] = {
    family: (f"{family}-Regular.ttf", f"{family}-Bold.ttf")
    for _first, _last, family in _SCRIPTS if family.startswith("Noto")}

#: CJK fonts a workstation usually has that ReportLab can embed (TrueType outlines), by
#: file name in a system font folder: Windows (Microsoft YaHei, SimSun, Malgun Gothic,
#: MS Gothic), then fontconfig's (WenQuanYi Zen Hei).
_SYSTEM_CJK: tuple[tuple[str, int], ...] = (
    ("msyh.ttc", 0), ("simsun.ttc", 0), ("malgun.ttf", 0), ("msgothic.ttc", 0),
    ("wqy-zenhei.ttc", 0))


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    #: False when DejaVu Sans was not found and Helvetica stands in (Latin-1 text only).
    unicode: bool


def _register_base() -> tuple[Fonts, frozenset[int]]:
    regular, bold = SHIPPED_FONTS / "DejaVuSans.ttf", SHIPPED_FONTS / "DejaVuSans-Bold.ttf"
    try:
        font = TTFont("DejaVuSans", str(regular))
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(bold)))
    except (OSError, TTFError) as error:
        # A damaged install: documents still print, in Helvetica (Latin-1 text only).
        _log.warning("The shipped DejaVu Sans cannot be read (%s); documents fall back to "
                     "Helvetica, which prints only Latin-1 letters.", error)
        return Fonts("Helvetica", "Helvetica-Bold", False), frozenset(range(256))
    _family("DejaVuSans", "DejaVuSans", "DejaVuSans-Bold")
    return Fonts("DejaVuSans", "DejaVuSans-Bold", True), frozenset(font.face.charToGlyph)


def _family(family: str, regular: str, bold: str) -> None:
    """Tell ReportLab which face is bold, so ``<font face=…>`` inside a bold paragraph
    picks the bold face of the other script too."""
    addMapping(family, 0, 0, regular)
    addMapping(family, 0, 1, regular)
    addMapping(family, 1, 0, bold)
    addMapping(family, 1, 1, bold)


FONTS, _BASE_CHARACTERS = _register_base()


def system_font_folders() -> list[Path]:
    """Where this operating system keeps fonts, as it says itself: the Windows font folder
    from the environment, elsewhere the folders of the fonts fontconfig lists (none
    without fontconfig: then the shipped fallback draws CJK)."""
    folders: list[Path] = []
    windows = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windows:
        folders.append(Path(windows) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    if not windows:
        folders += _fontconfig_folders()
    return folders


def _fontconfig_folders() -> list[Path]:
    """The folders of the fonts fontconfig knows (Linux, BSD); none when it is absent."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        listed = subprocess.run([fc_list, "--format", "%{file}\n"], capture_output=True,
                                text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted({Path(line).parent for line in listed.splitlines() if line.strip()})


def cjk_candidates() -> list[tuple[Path, int]]:
    """Fonts to try for Chinese, Japanese and Korean, best first: the system's own (a
    clinic's Windows or macOS workstation has one), then the shipped Droid Sans Fallback,
    so a CJK name never prints as boxes."""
    found = [(folder / name, index) for name, index in _SYSTEM_CJK
             for folder in system_font_folders() if (folder / name).is_file()]
    return [*found, (SHIPPED_FONTS / "DroidSansFallbackFull.ttf", 0)]


def _register(family: str, regular: Path, bold: Path | None, index: int = 0) -> bool:
    """Register ``family`` from its files; False (and a warning) when they cannot be read,
    e.g. a font with PostScript outlines, which ReportLab cannot embed."""
    try:
        pdfmetrics.registerFont(TTFont(family, str(regular), subfontIndex=index))
        if bold is not None:
            pdfmetrics.registerFont(TTFont(f"{family}-Bold", str(bold), subfontIndex=index))
    except (OSError, TTFError) as error:
        _log.warning("Font %s cannot be used for documents: %s", regular.name, error)
        return False
    _family(family, family, f"{family}-Bold" if bold is not None else family)
    return True


@cache
def script_font(family: str) -> str | None:
    """Register ``family`` (regular and bold) on first use; None when no font for it can
    be read (its characters then print as DejaVu's missing-glyph box)."""
    if family == CJK:
        for path, index in cjk_candidates():
            if _register(family, path, None, index):
                return family
        return None
    regular_name, bold_name = _FILES[family]
    bold = SHIPPED_FONTS / bold_name
    if _register(family, SHIPPED_FONTS / regular_name, bold if bold.is_file() else None):
        return family
    return None


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
