"""The stylesheet, icons and translations that ship inside the package
(``coordinator/assets``), and how the app puts them on.

A missing file is a logged warning (``coordinator.shipped``; a translation that cannot be
read, ``coordinator.ui.resources``) and a visible fallback: no stylesheet, an empty icon,
English text. Never a crash.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from coordinator import shipped

_log = logging.getLogger(__name__)

# Readable on clinic monitors without looking oversized on a laptop.
BASE_POINT_SIZE = 10.5


# The icons are drawn in this colour; a selected item (white text on the accent colour)
# gets a white copy so the icon stays visible.
ICON_INK = "#3d5a73"
SELECTED_INK = "#ffffff"


_ICON_SIZES = (16, 20, 22, 24, 32, 44, 48, 64)


@cache
def icon(name: str) -> QIcon:
    """The icon ``assets/icons/<name>.svg``, with a white copy for selected items;
    an empty icon (and a logged warning) if the file is missing. Drawn once per process
    (QIcon is shared by value, so every widget may hold the same one)."""
    path = shipped.asset(shipped.ICONS, f"{name}.svg")
    if path is None:
        return QIcon()
    svg = path.read_text(encoding="utf-8")
    result = QIcon()
    for mode, text in ((QIcon.Mode.Normal, svg),
                       (QIcon.Mode.Selected, svg.replace(ICON_INK, SELECTED_INK))):
        renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
        for size in _ICON_SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap, mode)
    return result


def apply_look(app: QApplication, point_size: float = BASE_POINT_SIZE) -> None:
    """Base font, window icon and the stylesheet from ``assets/style.qss``."""
    _ensure_a_font()
    app.setWindowIcon(icon("app"))
    apply_point_size(app, point_size)


def apply_point_size(app: QApplication, point_size: float) -> None:
    """The base font at ``point_size``; the stylesheet's own sizes (titles) scale with it."""
    font = QFont(app.font())
    font.setPointSizeF(point_size)
    app.setFont(font)
    sheet_path = shipped.asset(shipped.STYLESHEET)
    icons = shipped.asset(shipped.ICONS, folder=True)
    if sheet_path is not None and icons is not None:
        # url() in a stylesheet is relative to the working folder, so the icon folder is
        # written in when the sheet is loaded.
        sheet = sheet_path.read_text(encoding="utf-8")
        sheet = scaled_sheet(sheet, point_size / BASE_POINT_SIZE)
        app.setStyleSheet(sheet.replace("@ICONS@", icons.as_posix()))


def scaled_sheet(sheet: str, factor: float) -> str:
    """``sheet`` with every ``font-size: …pt`` multiplied by ``factor``."""
    if factor == 1:
        return sheet
    return re.sub(r"font-size:\s*([0-9.]+)pt",
                  lambda found: f"font-size: {float(found.group(1)) * factor:.1f}pt", sheet)


def _ensure_a_font() -> None:
    """On a machine with no fonts at all (a bare Linux box), Qt would draw every label as
    empty boxes: the shipped DejaVu Sans becomes the application's font there. A
    workstation's own fonts (Segoe UI, San Francisco, Cantarell …) are left alone."""
    if QFontDatabase.families():
        return
    families: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        path = shipped.asset(shipped.FONTS, name)
        if path is not None:
            font_id = QFontDatabase.addApplicationFont(str(path))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        QApplication.setFont(QFont(families[0]))


#: The stored choice that follows the workstation's language.
SYSTEM_LANGUAGE = "system"
#: English is the language the app is written in: it needs no translation file.
ENGLISH = "en"
#: The languages the app speaks; each one but English comes from ``coordinator_<code>.qm``.
SHIPPED_LANGUAGES = (ENGLISH, "es")


@dataclass(frozen=True)
class Language:
    """What the app speaks: the translations of ``code`` (one of ``SHIPPED_LANGUAGES``),
    and ``locale``, the one dates and numbers are written in (``QLocale()``)."""

    code: str
    locale: QLocale


def language_for(choice: str, system: QLocale | None = None) -> Language:
    """The language a stored choice asks for on a workstation whose language is ``system``
    (None: this one's).

    A shipped language comes in the workstation's own variant when it speaks that language
    (Mexican Spanish keeps its dates) and in the language's main one otherwise. Any other
    choice ("system", or one this version does not know) follows the workstation: the first
    language it prefers that the app speaks, else English, with its own dates and numbers.
    A workstation that names no language at all (Qt's "C" locale, e.g. LANG unset on Linux)
    is taken as American English: "C" writes 12,000 as "12000".
    """
    system = system if system is not None else QLocale.system()
    if system.language() == QLocale.Language.C:
        system = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    if choice in SHIPPED_LANGUAGES:
        chosen = QLocale(choice)
        return Language(choice, system if system.language() == chosen.language() else chosen)
    for name in system.uiLanguages():
        code = QLocale.languageToCode(QLocale(name).language())
        if code in SHIPPED_LANGUAGES:
            return Language(code, system)
    return Language(ENGLISH, system)


class Translations:
    """The translators installed on the application, for one language at a time: the app
    starts in the workstation's language, and each sign-in puts on the person's own.

    Args:
        app: the application the translators are installed on.
        folder: where ``coordinator_<code>.qm`` is (None: the shipped translations).
        system: the workstation's language (None: this one's; tests pass another).
    """

    def __init__(self, app: QCoreApplication, *, folder: Path | None = None,
                 system: QLocale | None = None) -> None:
        self.app = app
        self.folder = folder
        self.system = system if system is not None else QLocale.system()
        self.installed: list[QTranslator] = []
        #: What was asked for last, and what is on (English when its file is unusable).
        self.asked: Language | None = None
        self.language: Language | None = None
        self._locale_before = QLocale()
        self._warned: set[Path] = set()

    def use_choice(self, choice: str) -> Language:
        """Put on the language a stored choice asks for (see ``language_for``)."""
        return self.use(language_for(choice, self.system))

    def use(self, language: Language) -> Language:
        """Put on ``language``'s translations (Qt's own and ours) and make its locale the
        default; returns what is on. A translation file that is missing or cannot be read
        is one logged warning per file in this run, and the app speaks English."""
        if language == self.asked and self.language is not None:
            return self.language
        self._remove_translators()
        self.asked = language
        if language.code != ENGLISH:
            ours = self._our_translator(language.code)
            if ours is None:
                language = language_for(ENGLISH, self.system)
            else:
                # Qt's own words (Cancel, Yes, the calendar's months) first; a Qt build
                # without them still shows ours.
                qt_own = QTranslator()
                qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                if qt_own.load(f"qtbase_{language.code}", qt_folder):
                    self._install(qt_own)
                self._install(ours)
        QLocale.setDefault(language.locale)
        self.language = language
        return language

    def remove(self) -> None:
        """Take every translator off and give ``QLocale()`` back what it was before."""
        self._remove_translators()
        self.asked = self.language = None
        QLocale.setDefault(self._locale_before)

    def _install(self, translator: QTranslator) -> None:
        if self.app.installTranslator(translator):
            self.installed.append(translator)

    def _remove_translators(self) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed.clear()

    def _our_translator(self, code: str) -> QTranslator | None:
        folder = self.folder or shipped.asset(shipped.TRANSLATIONS, folder=True)
        if folder is None:
            return None  # the missing folder is logged by shipped.asset
        path = folder / f"coordinator_{code}.qm"
        translator = QTranslator()
        if translator.load(str(path)):
            return translator
        if path not in self._warned:
            # Once per file: signing in again must not add the same line each time.
            self._warned.add(path)
            problem = ("cannot be read (damaged)" if path.is_file()
                       else "is missing (the installation is incomplete)")
            _log.warning("The translation %s %s; the app is shown in English", path, problem)
        return None


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own and Coordinator's translations for the language of ``locale``
    (None: the workstation's) when the app speaks it, and make it the default locale.

    Returns the installed translators; the caller keeps them alive as long as the app runs.
    """
    translations = Translations(app, system=locale)
    translations.use_choice(SYSTEM_LANGUAGE)
    return translations.installed
