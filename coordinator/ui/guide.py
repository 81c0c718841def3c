"""Help → Quick guide: the main tasks in a few lines each, and the keyboard shortcuts.

The shortcuts are read from the windows themselves when the guide opens: every menu
action with a shortcut, and every ``QShortcut`` that says what it does (its
``whatsThis``), so the list cannot drift from the keys the app really answers to. A
shortcut that belongs to one view is listed under that view's name.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from coordinator.ui.screen_fit import FittedDialog
from coordinator.ui.translation import translate


@dataclass(frozen=True)
class ShortcutLine:
    """One row of the shortcut list: where it works, what it does, the keys."""

    place: str
    what: str
    keys: str


def main_tasks() -> list[tuple[str, str]]:
    """(task, how) for the tasks a case manager does every day."""
    return [
        (translate("QuickGuide", "Find a client"),
         translate("QuickGuide", "Clients (Ctrl+2): type part of a name or record number; Enter "
                                 "opens the record.")),
        (translate("QuickGuide", "Step up or step down"),
         translate("QuickGuide", "In the record, Transitions: plan the move, then complete it when "
                                 "the client moves; the step-down clock starts at the discharge.")),
        (translate("QuickGuide", "Admit or discharge"),
         translate("QuickGuide", "In the record, Levels of care: add an episode, or discharge from "
                                 "the current one.")),
        (translate("QuickGuide", "Take the roll call"),
         translate("QuickGuide", "Roll call: choose the track and day, press P, L, T, E or U for "
                                 "each client (M types the minutes of a late arrival or early "
                                 "leaver), then Ctrl+S.")),
        (translate("QuickGuide", "Refer and close the loop"),
         translate("QuickGuide", "In the record, Referrals: make the referral, then record its "
                                 "status and, when it closes, what came of it.")),
        (translate("QuickGuide", "Send a packet"),
         translate("QuickGuide", "In the record, Documents: make a transfer or discharge packet; "
                                 "if a consent is missing, Record consent… opens filled in.")),
        (translate("QuickGuide", "After each save"),
         translate("QuickGuide", "The line at the bottom of the window says what was saved and "
                                 "which clock started.")),
    ]


def _plain(text: str) -> str:
    """A menu title without its mnemonic marker or trailing dots: "&Log out" → "Log out"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_lines(window: QWidget, views: Iterable[tuple[str, QWidget]] = ()
                   ) -> list[ShortcutLine]:
    """The shortcuts ``window`` answers to (its actions), then those of each named view
    (its ``QShortcut``s that say what they do)."""
    everywhere = translate("QuickGuide", "Everywhere")
    lines: list[ShortcutLine] = []
    seen: set[tuple[str, str]] = set()
    for action in window.findChildren(QAction):
        if action.shortcut().isEmpty() or not action.text():
            continue
        line = ShortcutLine(everywhere, _plain(action.text()), _keys(action.shortcut()))
        if (line.what, line.keys) not in seen:
            seen.add((line.what, line.keys))
            lines.append(line)
    for place, view in views:
        for shortcut in view.findChildren(QShortcut):
            if shortcut.key().isEmpty() or not shortcut.whatsThis():
                continue
            line = ShortcutLine(place, shortcut.whatsThis(), _keys(shortcut.key()))
            if (line.what, line.keys) not in seen:
                seen.add((line.what, line.keys))
                lines.append(line)
    return lines


def guide_html(lines: Iterable[ShortcutLine]) -> str:
    tasks = "".join(f"<dt><b>{escape(task)}</b></dt><dd>{escape(how)}</dd>"
                    for task, how in main_tasks())
    rows = "".join(f"<tr><td>{escape(line.place)}</td><td>{escape(line.what)}</td>"
                   f"<td><b>{escape(line.keys)}</b></td></tr>" for line in lines)
    main_title = escape(translate("QuickGuide", "Main tasks"))
    shortcuts_title = escape(translate("QuickGuide", "Keyboard shortcuts"))
    where, does = escape(translate("QuickGuide", "Where")), escape(translate("QuickGuide", "Does"))
    keys = escape(translate("QuickGuide", "Keys"))
    return (f"<h3>{main_title}</h3><dl>{tasks}</dl><h3>{shortcuts_title}</h3>"
            f"<table cellpadding='3'><tr><th align='left'>{where}</th>"
            f"<th align='left'>{does}</th>"
            f"<th align='left'>{keys}</th></tr>{rows}</table>")


class GuideDialog(FittedDialog):
    """The quick guide, read-only and scrolled with the keyboard; Esc closes it."""

    def __init__(self, lines: list[ShortcutLine], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickGuide")
        self.setWindowTitle(self.tr("Quick guide"))
        self.resize(640, 620)
        self.lines = lines
        self.text = QTextBrowser()
        self.text.setObjectName("guideText")
        self.text.setAccessibleName(self.tr("Main tasks and keyboard shortcuts"))
        self.text.setHtml(guide_html(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.text.setFocus()
