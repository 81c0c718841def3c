"""Where the stylesheet, icons and translations live, and how the app puts them on."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
STYLESHEET = RESOURCES_DIR / "style.qss"

# Readable on clinic monitors without looking oversized on a laptop.
BASE_POINT_SIZE = 10.5


# The icons are drawn in this colour; a selected item (white text on the accent colour)
# gets a white copy so the icon stays visible.
ICON_INK = "#3d5a73"
SELECTED_INK = "#ffffff"


_ICON_SIZES = (16, 20, 22, 24, 32, 44, 48, 64)


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``, with a white copy for selected items;
    an empty icon if the file is missing."""
    path = ICONS_DIR / f"{name}.svg"
    if not path.is_file():
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


def apply_look(app: QApplication) -> None:
    """Base font, window icon and the stylesheet from ``resources/style.qss``."""
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    app.setWindowIcon(icon("app"))
    if STYLESHEET.is_file():
        # url() in a stylesheet is relative to the working folder, so the icon folder is
        # written in when the sheet is loaded.
        sheet = STYLESHEET.read_text(encoding="utf-8")
        app.setStyleSheet(sheet.replace("@ICONS@", ICONS_DIR.as_posix()))


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install Qt's own and Coordinator's translations for ``locale`` when they exist.

    Returns the installed translators; the caller keeps them alive as long as the app runs.
    """
    locale = locale or QLocale()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("coordinator", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed
