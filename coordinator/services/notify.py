"""The "changed" notification: services publish what changed after each commit.

The UI subscribes once and turns notifications into a Qt signal; each view decides whether a
change concerns it. Callbacks run on the thread that committed, so a subscriber that touches
widgets must hop to the GUI thread itself (the UI bridge does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum


class Topic(StrEnum):
    """The kinds of record a change names. Services announce with these and views listen
    for them, so a misspelt topic fails when the module is imported, not silently.

    The values are plain strings (a ``StrEnum`` equals and hashes like its value).
    """

    ADVANCE_DIRECTIVE = "advance_directive"
    ALLERGY = "allergy"
    APPOINTMENT = "appointment"
    ASSESSMENT = "assessment"
    ATTENDANCE = "attendance"
    CARE_PLAN = "care_plan"
    CARE_TEAM = "care_team"
    CLIENT = "client"
    #: The stored transition clocks (the dashboard's due and missed lists).
    CLOCKS = "clocks"
    CONSENT = "consent"
    #: The whole database was replaced (a restore from backup).
    DATABASE = "database"
    DIAGNOSIS = "diagnosis"
    DISCLOSURE = "disclosure"
    EPISODE = "episode"
    FACILITY = "facility"
    INQUIRY = "inquiry"
    LEVEL_OF_CARE = "level_of_care"
    MEDICATION = "medication"
    NOTE = "note"
    PROGRAM_SCHEDULE = "program_schedule"
    READINESS = "readiness_assessment"
    REFERRAL = "referral"
    RESOURCE = "resource"
    SAFETY_ALERT = "safety_alert"
    SAFETY_PLAN = "safety_plan"
    SETTING = "setting"
    TRANSITION = "transition"
    USER = "user"


@dataclass(frozen=True)
class Change:
    """``topic`` is a record kind (``Topic.CLIENT``, ``Topic.USER`` ...); ``ids`` which ones."""

    topic: Topic
    ids: frozenset[int | str]


Subscriber = Callable[[tuple[Change, ...]], None]


class ChangeNotifier:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback`` with the changes of every commit; returns an unsubscribe."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def publish(self, changes: Iterable[Change]) -> None:
        batch = tuple(changes)
        if not batch:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            callback(batch)
