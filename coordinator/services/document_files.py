"""Writing a document that leaves the clinic to the file the user chose: the bytes go to a
temporary name beside it, synced to disk inside the transaction that logs the disclosure,
and the rename comes only after the commit. A failed save thus leaves neither a half file
at the path nor a log entry for a file that does not exist; an error the disk reports is a
``ValidationError`` whose sentence names the file and the reason.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from coordinator.domain.errors import ValidationError


def check_destination(path: Path) -> None:
    """Refuse at once a document that cannot be saved where asked (no such folder, or a
    folder of that name), before any record is read or anyone is signed in."""
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError.for_fields(
            {"path": f"Could not save {path.name}: the folder {folder} does not exist."})
    if path.is_dir():
        raise ValidationError.for_fields(
            {"path": f"Could not save {path.name} in {folder}: a folder has that name."})


def temporary_beside(path: Path) -> Path:
    """The hidden name the document is written under before it is renamed to ``path``."""
    return path.with_name(f".{path.name}.part")


def write_synced(temporary: Path, data: bytes, path: Path) -> None:
    """Write ``data`` to ``temporary`` and sync it to disk (``path`` names the file in the
    sentence if that fails)."""
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        raise unwritable(path, error) from error


def rename_into_place(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except OSError as error:
        raise unwritable(path, error) from error


def discard_temporary(temporary: Path) -> None:
    """Remove the hidden file after a save, whether it was renamed or not. Never raises: a
    leftover that cannot be removed (something else has its name) must not hide the
    sentence saying why the save failed."""
    with contextlib.suppress(OSError):
        temporary.unlink(missing_ok=True)


def unwritable(path: Path, error: OSError) -> ValidationError:
    reason = (error.strerror or str(error)).rstrip(".").lower()
    return ValidationError.for_fields(
        {"path": f"Could not save {path.name} in {path.parent}: {reason}."})
