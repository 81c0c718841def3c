"""The change notice workstations send each other on PostgreSQL, and how it reads back.

A writing unit of work sends one notice on the ``coordinator_changes`` channel inside its
own transaction (``pg_notify``): PostgreSQL delivers it when the transaction commits and
drops it when it rolls back, so a listener hears only of changes that happened. The notice
is a small JSON object: which workstation sent it (so it passes over its own) and the
topics with the ids of the records each one changed. PostgreSQL refuses a notice of 8,000
bytes or more, so a big change (an import) names its topics without ids.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import text
from sqlalchemy.orm import Session

from coordinator.services.notify import Change, Topic

CHANNEL = "coordinator_changes"
# PostgreSQL's limit is 8,000 bytes; the rest is room for the sender's name and braces.
LONGEST_NOTICE = 7_500
_NOTIFY = text("SELECT pg_notify(:channel, :notice)")


def notice_text(origin: str, changes: Mapping[Topic, set[int | str]]) -> str:
    """The notice for ``changes``: with ids when it fits, else the topics alone."""
    named = {str(topic): sorted(ids, key=str) for topic, ids in changes.items()}
    notice = json.dumps({"from": origin, "changes": named}, separators=(",", ":"))
    if len(notice.encode()) <= LONGEST_NOTICE:
        return notice
    return json.dumps({"from": origin, "changes": {topic: None for topic in named}},
                      separators=(",", ":"))


def announce_to_other_workstations(session: Session, origin: str,
                                   changes: Mapping[Topic, set[int | str]]) -> None:
    """Send the notice for ``changes`` in ``session``'s transaction (PostgreSQL only)."""
    session.execute(_NOTIFY, {"channel": CHANNEL, "notice": notice_text(origin, changes)})


def read_notice(notice: str) -> tuple[str, tuple[Change, ...]]:
    """(sender, changes) from a notice; a topic this version does not know is dropped, and
    one sent without ids stands for every record of its kind (``everything_of``).

    Raises:
        ValueError: the notice is not one of ours.
    """
    value = json.loads(notice)
    if not isinstance(value, dict) or not isinstance(value.get("changes"), dict):
        raise ValueError("not a change notice")
    changes: list[Change] = []
    for name, ids in value["changes"].items():
        try:
            topic = Topic(name)
        except ValueError:
            continue
        if ids is None:
            changes.extend(everything_of({topic}))
        else:
            changes.append(Change(topic, frozenset(
                item for item in ids if isinstance(item, int | str))))
    return str(value.get("from", "")), tuple(changes)


def everything_of(topics: set[Topic] | None = None) -> tuple[Change, ...]:
    """Changes naming ``topics`` (every topic but a restore, when None) without ids: what
    is delivered when it is known that something changed but not which records. A view
    then reads again whatever it shows of those kinds."""
    chosen = topics if topics is not None else set(Topic) - {Topic.DATABASE}
    return tuple(Change(topic, frozenset()) for topic in sorted(chosen))
