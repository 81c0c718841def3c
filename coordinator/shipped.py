"""Files that travel inside the package (``coordinator/assets``): the documents' fonts, the
stylesheet, the icons and the translations.

They are found through ``importlib.resources``, so the same code reads them from a checkout,
from an installed wheel and from a frozen (PyInstaller) build. A file that is missing is a
logged warning and ``None`` here; the caller shows a visible fallback (no stylesheet, an
empty icon, the built-in font) and the app goes on.

No Qt, no SQLAlchemy: the documents (ReportLab) and the desktop app both use it.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
from functools import cache
from importlib import resources
from pathlib import Path

_log = logging.getLogger(__name__)

#: The folders under ``coordinator/assets`` and what is in them.
FONTS = "fonts"
ICONS = "icons"
TRANSLATIONS = "translations"
STYLESHEET = "style.qss"


@cache
def assets_folder() -> Path:
    """The ``coordinator/assets`` folder on disk.

    An installed package is a folder (wheel, checkout, PyInstaller's one-folder build), so
    this is the folder itself. Were the package ever loaded from a zip archive, the assets
    are extracted once into a temporary folder that lives as long as the process.
    """
    traversable = resources.files("coordinator") / "assets"
    if isinstance(traversable, Path):
        return traversable
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return Path(stack.enter_context(resources.as_file(traversable)))


def asset(*parts: str, folder: bool = False) -> Path | None:
    """The shipped file (or with ``folder``, folder) ``coordinator/assets/<parts…>``, or
    None with a logged warning when it is missing from this installation."""
    path = assets_folder().joinpath(*parts)
    present = path.is_dir() if folder else path.is_file()
    if present:
        return path
    _warn_missing("/".join(parts))
    return None


@cache
def _warn_missing(name: str) -> None:
    # Once per file: an icon asked for by every row of a list must not flood the log.
    _log.warning("A file that ships with Coordinator is missing: assets/%s "
                 "(the installation is incomplete; the app goes on without it)", name)
