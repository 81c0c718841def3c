"""What just happened, said once after a save: "Stepped down to IOP on 2026-12-08.
Step-down clock started: due by 2026-12-22."

A dialog that saved hands its sentence to the session's ``Announcer`` (``UiContext``); the
main window shows it in its status bar and a record window on its own line, and a screen
reader is told it as an announcement, so nobody needs a message box to click away. When a
save starts transition clocks (a discharge, a completed step-down), the sentence waits for
a short read of those clocks off the GUI thread and names each one with its due date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from coordinator.domain.clocks import ClockKind, ClockState
from coordinator.services.app import AppServices
from coordinator.services.clocks import ClockRow
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate

#: How long the status bar keeps the sentence (ms).
SHOWN_MS = 15_000


def clock_name(kind: ClockKind) -> str:
    """"Step-down clock", "Mental-health follow-up (7 days)" …"""
    names = {
        ClockKind.STEP_DOWN: translate("Announcements", "Step-down clock"),
        ClockKind.FUH7: translate("Announcements", "7-day mental-health follow-up"),
        ClockKind.FUH30: translate("Announcements", "30-day mental-health follow-up"),
        ClockKind.FUI7: translate("Announcements", "7-day substance-use follow-up"),
        ClockKind.FUI30: translate("Announcements", "30-day substance-use follow-up"),
        ClockKind.IET_INITIATION: translate("Announcements", "Substance-use treatment start"),
    }
    return names.get(kind, kind.value)


def clocks_started_text(clocks: Sequence[ClockRow]) -> str:
    """"Step-down clock started: due by 2026-12-22." for each clock, soonest first."""
    return " ".join(
        arg(translate("Announcements", "%1 started: due by %2."), clock_name(clock.kind),
            date_text(clock.due))
        for clock in sorted(clocks, key=lambda clock: (clock.due, clock.kind)))


def read_clocks_started(services: AppServices, client_id: int,
                        episode_id: int) -> list[ClockRow]:
    """The open clocks the discharge of ``episode_id`` started (runs on a worker)."""
    return [clock for clock in services.clocks.caseload_clocks(
                client_id=client_id, include_closed_days=0, states={ClockState.OPEN})
            if clock.episode_id == episode_id]


class Announcer(QObject):
    """The session's one channel for "what just happened" sentences."""

    announced = Signal(str, object)
    """A save was confirmed: ``(sentence, the widget it happened over or None)``."""

    def say(self, text: str, origin: QWidget | None = None) -> None:
        if text:
            self.announced.emit(text, origin)


def announce_saved(services: AppServices, operations_call: Callable[..., object],
                   announcer: Announcer, text: str, origin: QWidget | None, *,
                   client_id: int | None = None, discharged_episode_id: int | None = None
                   ) -> None:
    """Say ``text``; after a discharge, add the clocks it started once they are read.

    Args:
        operations_call: ``Operations.call`` (the read runs off the GUI thread).
        origin: the widget the dialog was opened over (it outlives the dialog).
    """
    if client_id is None or discharged_episode_id is None:
        announcer.say(text, origin)
        return

    def read() -> list[ClockRow]:
        return read_clocks_started(services, client_id, discharged_episode_id)

    def with_clocks(clocks: list[ClockRow]) -> None:
        started = clocks_started_text(clocks)
        announcer.say(f"{text} {started}" if started else text, origin)

    # The clocks are only a detail: if they cannot be read, the save is still said.
    operations_call(origin, read, done=with_clocks,
                    failed=lambda _error: announcer.say(text, origin))


def belongs_to(window: QWidget, origin: object) -> bool:
    """Whether ``origin`` (a widget, or None) sits in ``window``."""
    return (isinstance(origin, QWidget) and shiboken6.isValid(origin)
            and (origin is window or window.isAncestorOf(origin)))


def tell_screen_reader(target: QWidget, text: str) -> None:
    """An accessibility announcement of ``text`` from ``target`` (read out politely)."""
    if shiboken6.isValid(target):
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(target, text))


class AnnouncementLine(QLabel):
    """A window's line for the last confirmation (a record window has no status bar)."""

    def __init__(self, announcer: Announcer, window: QWidget,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcement")
        self.setAccessibleName(translate("Announcements", "Last change"))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()
        self._window = window
        announcer.announced.connect(self._announced)

    def _announced(self, text: str, origin: object) -> None:
        if not shiboken6.isValid(self) or not belongs_to(self._window, origin):
            return
        self.setText(text)
        self.show()
        tell_screen_reader(self, text)
