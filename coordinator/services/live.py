"""Hearing of other workstations' changes, so open views show them without F5.

Changes made here are published by the unit of work that made them
(``coordinator.services.notify``). ``OtherWorkstations`` adds those made elsewhere to the
same notifier, from a thread of its own on a connection of its own (never one of the
engine's pool), so the views that listen already need nothing more:

- PostgreSQL: ``LISTEN`` on the channel every writing transaction sends its notice to
  (``live_notice``). A notice names its topics and ids; one from this workstation is passed
  over. Notices arriving together are delivered as one batch. When the server goes away the
  watcher says so once in the log, tries again after 1, 2, 4 … 30 seconds, and once back
  delivers a change of every kind, since notices sent meanwhile were lost.
- SQLite: ``PRAGMA data_version`` every half second tells whether another connection
  committed to the file. Another process's commits are then read from the audit trail
  (every write appends an event in its transaction): the events this workstation did not
  append, other than reads and sign-ins, are turned into topics by the kind of record they
  name. A commit that appended no event at all, while this workstation committed nothing,
  is delivered as a change of every kind.

The UI starts the watch for a signed-in window and stops it when the window closes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from typing import Any

from coordinator.services.context import ServiceContext
from coordinator.services.live_notice import CHANNEL, everything_of, read_notice
from coordinator.services.notify import Change, Topic

_log = logging.getLogger(__name__)

#: How often SQLite's data version is read, in seconds.
POLL_SECONDS = 0.5
#: How long notices arriving one after another are gathered into one batch, in seconds.
GATHER_SECONDS = 0.1
#: The longest wait between attempts to reach a server that went away, in seconds.
LONGEST_RETRY_SECONDS = 30.0

# Audit actions that change no record a view shows: reads, exports, signing in and out.
_NOT_CHANGES = frozenset({"view", "search", "export", "print", "login", "logout",
                          "login_failed", "idle_lock", "unlock", "session_ended",
                          "account_locked"})
# The kinds of record an audit event names whose topic is named otherwise.
_TOPIC_OF_ENTITY = {
    "care_plan_goal": Topic.CARE_PLAN, "care_plan_objective": Topic.CARE_PLAN,
    "care_plan_intervention": Topic.CARE_PLAN, "care_plan_review": Topic.CARE_PLAN,
    "care_team_member": Topic.CARE_TEAM, "client_allergy": Topic.ALLERGY,
    "client_diagnosis": Topic.DIAGNOSIS, "client_medication": Topic.MEDICATION,
    "client_note": Topic.NOTE, "transition_clock": Topic.CLOCKS,
}
# What follows from a change of these kinds on the services' side (clocks and current
# levels are worked out again in the same transaction; see ``derived``).
_ALSO_CHANGED = {
    Topic.EPISODE: {Topic.CLOCKS, Topic.CLIENT}, Topic.TRANSITION: {Topic.CLOCKS, Topic.CLIENT},
    Topic.ATTENDANCE: {Topic.CLOCKS}, Topic.APPOINTMENT: {Topic.CLOCKS},
}
# Read at most this many new events at a time; more means "everything changed".
_EVENTS_AT_ONCE = 500
_NEW_EVENTS = ("SELECT id, action, entity_type, entity_id FROM audit_event "
               f"WHERE id > ? ORDER BY id LIMIT {_EVENTS_AT_ONCE}")
_NEWEST_EVENT = "SELECT coalesce(max(id), 0) FROM audit_event"


def changes_in_events(events: Iterable[tuple[int, str, str, str]]) -> tuple[Change, ...]:
    """The changes other workstations' audit events stand for (SQLite's watch).

    Args:
        events: ``(id, action, entity type, entity id)`` of each event, none appended here.
    """
    changed: dict[Topic, set[int | str]] = {}
    for _event_id, action, entity_type, entity_id in events:
        if action in _NOT_CHANGES:
            continue
        topic = _TOPIC_OF_ENTITY.get(entity_type)
        if topic is None:
            try:
                topic = Topic(entity_type)
            except ValueError:
                return everything_of()  # a kind this table does not name: read everything
        ids = changed.setdefault(topic, set())
        if entity_id:
            ids.add(int(entity_id) if entity_id.isdigit() else entity_id)
        for follows in _ALSO_CHANGED.get(topic, ()):
            changed.setdefault(follows, set())
    return tuple(Change(topic, frozenset(ids)) for topic, ids in changed.items())


class OtherWorkstations:
    """Delivers other workstations' committed changes to ``ctx.notifier`` until stopped.

    ``start`` and ``stop`` may be called again (a new window after signing in again).
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: Set once the watch would see a change committed from then on (the file's state
        #: read, or LISTEN in place); cleared when it stops.
        self.watching = threading.Event()
        #: Called (on the watcher's thread) with each batch it delivered; for tests.
        self.delivered: Callable[[tuple[Change, ...]], None] | None = None
        # Stopped while this workstation closed its connections (a restore replaces the
        # file, and refuses while any connection has it open); started again by the first
        # change published here after that, on the file then in place.
        self._paused = False
        ctx.db.before_dispose(self._pause)
        ctx.notifier.subscribe(self._resume_after_pause)
        # What a lost file or server raises: the driver's errors, and the system's.
        self._errors: tuple[type[BaseException], ...] = (
            ctx.db.engine.dialect.loaded_dbapi.Error, OSError)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop = threading.Event()
        watch = self._watch_sqlite if self.ctx.db.is_sqlite else self._listen_postgresql
        self._thread = threading.Thread(target=watch, args=(self._stop,),
                                        name="other-workstations", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching; returns once the thread and its connection are gone."""
        self._paused = False
        self._stop.set()
        self.watching.clear()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _pause(self) -> None:
        if self.running:
            self.stop()
            self._paused = True

    def _resume_after_pause(self, _batch: tuple[Change, ...]) -> None:
        if self._paused:
            self._paused = False
            self.start()

    def _deliver(self, batch: tuple[Change, ...]) -> None:
        if not batch:
            return
        if {Topic.SETTING, Topic.LEVEL_OF_CARE} & {change.topic for change in batch}:
            # What the stored clocks are worked out with changed: check them at the next read.
            self.ctx.forget_derived_check()
        self.ctx.notifier.publish(batch)
        if self.delivered is not None:
            self.delivered(batch)

    # SQLite ----------------------------------------------------------------------------------

    def _watch_sqlite(self, stop: threading.Event) -> None:
        connection: Any = None
        lost = False  # the file could not be read: say so once, and read it all once back
        version = newest = commits = 0
        try:
            while not stop.is_set():
                try:
                    if connection is None:
                        connection = self.ctx.db.dedicated_connection()
                        commits = self.ctx.own_commits.count
                        version = connection.execute("PRAGMA data_version").fetchone()[0]
                        newest = connection.execute(_NEWEST_EVENT).fetchone()[0]
                        self.watching.set()
                        if lost:
                            lost = False
                            _log.info("Watching the database file again.")
                            self._deliver(everything_of())
                    current = connection.execute("PRAGMA data_version").fetchone()[0]
                    if current != version:
                        version = current
                        newest, commits = self._read_sqlite_changes(connection, newest,
                                                                    commits)
                except self._errors as error:
                    if not lost:
                        lost = True
                        _log.warning("Cannot watch the database file for other "
                                     "workstations' changes: %s", type(error).__name__)
                    if connection is not None:
                        connection.close()
                        connection = None
                stop.wait(POLL_SECONDS)
        finally:
            if connection is not None:
                connection.close()

    def _read_sqlite_changes(self, connection: Any, newest: int,
                             commits: int) -> tuple[int, int]:
        """Deliver what other processes committed since event ``newest``; the newest
        event and this workstation's commit count now."""
        commits_now = self.ctx.own_commits.count
        events = connection.execute(_NEW_EVENTS, (newest,)).fetchall()
        if not events:
            if commits_now == commits:
                self._deliver(everything_of())  # a change that left no event
            return newest, commits_now
        last = events[-1][0]
        own = self.ctx.own_commits.take_audit_ids(last)
        if len(events) == _EVENTS_AT_ONCE:
            self._deliver(everything_of())
            last = connection.execute(_NEWEST_EVENT).fetchone()[0]
        else:
            self._deliver(changes_in_events(
                (event_id, action, entity_type, entity_id)
                for event_id, action, entity_type, entity_id in events
                if event_id not in own))
        return last, commits_now

    # PostgreSQL ------------------------------------------------------------------------------

    def _listen_postgresql(self, stop: threading.Event) -> None:
        retry = 1.0
        reached_before = False
        said = False  # the log told of this outage already
        while not stop.is_set():
            connection: Any = None
            try:
                connection = self.ctx.db.dedicated_connection()
                connection.execute(f"LISTEN {CHANNEL}")
                self.watching.set()
                if said:
                    _log.info("Hearing other workstations' changes again.")
                said = False
                retry = 1.0
                if reached_before:
                    self._deliver(everything_of())  # notices sent meanwhile were lost
                reached_before = True
                self._hear_notices(connection, stop)
            except self._errors as error:
                self.watching.clear()
                if not stop.is_set():
                    if not said:
                        said = True
                        _log.warning("Cannot hear other workstations' changes (%s); trying "
                                     "again in the background.", type(error).__name__)
                    stop.wait(retry)
                    retry = min(retry * 2, LONGEST_RETRY_SECONDS)
            finally:
                if connection is not None:
                    connection.close()

    def _hear_notices(self, connection: Any, stop: threading.Event) -> None:
        origin = self.ctx.own_commits.origin
        while not stop.is_set():
            # Each generator runs to its end: one left open holds the connection's lock.
            notices = list(connection.notifies(timeout=POLL_SECONDS, stop_after=1))
            if notices:
                # What follows at once (a burst of saves) goes into the same batch.
                notices += connection.notifies(timeout=GATHER_SECONDS, stop_after=100)
            self._deliver(merged(change for notice in notices
                                 for change in self._from_others(notice.payload, origin)))

    @staticmethod
    def _from_others(notice: str, origin: str) -> tuple[Change, ...]:
        try:
            sender, changes = read_notice(notice)
        except ValueError:
            return ()
        return () if sender == origin else changes


def merged(changes: Iterable[Change]) -> tuple[Change, ...]:
    """One change per topic, with the ids of all; a topic once named without ids stays so
    (every record of its kind)."""
    ids: dict[Topic, set[int | str] | None] = {}
    for change in changes:
        if not change.ids:
            ids[change.topic] = None
        elif change.topic not in ids:
            ids[change.topic] = set(change.ids)
        else:
            known = ids[change.topic]
            if known is not None:
                known.update(change.ids)
    return tuple(Change(topic, frozenset(found or ())) for topic, found in ids.items())
