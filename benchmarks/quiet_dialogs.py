"""A dialog service for the measured app process: it never blocks on a modal.

A real message box would wait forever in an offscreen process with nobody to click it;
this one remembers what the app wanted to say, and the child fails the run with it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from coordinator.ui.dialogs import DialogService


class RecordingDialogs(DialogService):
    """Collects every message instead of showing it; questions are answered "no"."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(f"{title}: {text}")

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(f"{title}: {text}")

    def question(self, parent: QWidget | None, title: str, text: str, *,
                 yes_text: str = "", no_text: str = "") -> bool:
        self.messages.append(f"{title}: {text}")
        return False

    def error_details(self, parent: QWidget | None, title: str, text: str,
                      details: str) -> None:
        self.messages.append(f"{title}: {text}\n{details}")

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        return None

    def open_dialog(self, dialog: QDialog) -> None:
        self.messages.append(f"unexpected dialog: {dialog.windowTitle()}")
