"""The "changed" notification: services publish what changed after each commit.

The UI subscribes once and turns notifications into a Qt signal; each view decides whether a
change concerns it. Callbacks run on the thread that committed, so a subscriber that touches
widgets must hop to the GUI thread itself (the UI bridge does).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    """``topic`` is a record kind (``client``, ``user``, ``setting`` ...); ``ids`` which ones."""

    topic: str
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
