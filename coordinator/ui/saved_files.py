"""Where a file was saved, in words a person finds it by: "transfer-packet.pdf in
Documents/Coordinator".

Every "Saved …" message goes through here, so each one names the file and its folder the
same way: the folder under the person's home folder when it is there (the part they see in
their file manager), else its whole path, with the system's own separators.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QDir

from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate


def folder_words(folder: Path, home: Path | None = None) -> str:
    """"Documents/Coordinator" for a folder under the home folder, else the full path."""
    home = home if home is not None else Path.home()
    try:
        inside = folder.resolve().relative_to(home.resolve())
    except ValueError:
        return QDir.toNativeSeparators(str(folder))
    if not inside.parts:
        return translate("SavedFiles", "your home folder")
    return QDir.toNativeSeparators(inside.as_posix())


def file_place(path: Path, home: Path | None = None) -> str:
    """"transfer-packet.pdf in Documents/Coordinator"."""
    return arg(translate("SavedFiles", "%1 in %2"), path.name, folder_words(path.parent, home))


def saved_sentence(path: Path, home: Path | None = None) -> str:
    """"Saved transfer-packet.pdf in Documents/Coordinator."."""
    return arg(translate("SavedFiles", "Saved %1."), file_place(path, home))


def common_folder(paths: Iterable[Path], home: Path | None = None) -> str:
    """The folder words of ``paths`` when they share one folder, else ""."""
    folders = {path.parent for path in paths}
    return folder_words(folders.pop(), home) if len(folders) == 1 else ""
