"""A recording stand-in for our DialogService, so no test ever blocks on a modal."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from coordinator.ui.dialogs import DialogService


@dataclass
class Shown:
    kind: str
    title: str
    text: str
    details: str = ""


@dataclass
class RecordingDialogs(DialogService):
    """Records every message; answers questions and file pickers from queues."""

    shown: list[Shown] = field(default_factory=list)
    answers: deque[bool] = field(default_factory=deque)
    files: deque[Path | None] = field(default_factory=deque)
    opened: list[QDialog] = field(default_factory=list)
    #: Answers to the client-information notice; none left = Continue.
    notice_answers: deque[bool] = field(default_factory=deque)
    #: Print dialogs answered with "print to this PDF file"; none left = Cancel.
    print_to: deque[Path] = field(default_factory=deque)

    def information(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(Shown("information", title, text))

    def warning(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(Shown("warning", title, text))

    def question(self, parent: QWidget | None, title: str, text: str, *,
                 yes_text: str = "", no_text: str = "") -> bool:
        self.shown.append(Shown("question", title, text))
        return self.answers.popleft() if self.answers else False

    def error_details(self, parent: QWidget | None, title: str, text: str,
                      details: str) -> None:
        self.shown.append(Shown("error_details", title, text, details))

    def open_file(self, parent: QWidget | None, title: str, name_filter: str) -> Path | None:
        return self.files.popleft() if self.files else None

    def open_folder(self, parent: QWidget | None, title: str) -> Path | None:
        return self.files.popleft() if self.files else None

    def save_file(self, parent: QWidget | None, title: str, suggested: str,
                  name_filter: str) -> Path | None:
        return self.files.popleft() if self.files else None

    def client_file_notice(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append(Shown("notice", title, text))
        return self.notice_answers.popleft() if self.notice_answers else True

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """As a person choosing "Print to file" (PDF) in the print dialog, then Print."""
        self.shown.append(Shown("print", "", ""))
        if not self.print_to:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_to.popleft()))
        return True

    def open_dialog(self, dialog: QDialog) -> None:
        self.opened.append(dialog)
        dialog.show()

    def kinds(self) -> list[str]:
        return [item.kind for item in self.shown]

    def texts(self, kind: str) -> list[str]:
        return [item.text for item in self.shown if item.kind == kind]
