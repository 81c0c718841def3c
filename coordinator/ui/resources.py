"""The stylesheet, icons and translations that ship inside the package
(``coordinator/assets``), and how the app puts them on.

A missing file is a logged warning (``coordinator.shipped``) and a visible fallback: no
stylesheet, an empty icon, untranslated text. Never a crash.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QByteArray, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from coordinator import shipped

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


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own and Coordinator's translations for ``locale`` when they exist.

    Returns the installed translators; the caller keeps them alive as long as the app runs.
    """
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = shipped.asset(shipped.TRANSLATIONS, folder=True)
    for name, folder in (("qtbase", qt_dir), ("coordinator", str(ours) if ours else "")):
        if not folder:
            continue
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed
