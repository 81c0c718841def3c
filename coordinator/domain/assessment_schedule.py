"""When a standard instrument is next due for a client in an episode of care: every so many
days, as the clinic sets per instrument (docs/architecture.md 3).

A new episode wants a baseline on its first day; after that the instrument is due the set
number of days after it was last given in the same episode. A score from an earlier
episode does not count: the change words on the trend are measured from the episode's own
first score, so each episode needs one.
"""

from __future__ import annotations

from datetime import date, timedelta

from coordinator.domain.vocabulary import Instrument

#: The clinic setting that says how often each scheduled instrument is due (0: never).
DUE_EVERY_SETTING: dict[Instrument, str] = {
    Instrument.PHQ9: "phq9_due_every_days",
    Instrument.GAD7: "gad7_due_every_days",
    Instrument.PCL5: "pcl5_due_every_days",
}

#: Administrations that satisfy a scheduled instrument: the PHQ-A is the PHQ-9 for teens.
COUNTS_AS: dict[Instrument, frozenset[Instrument]] = {
    Instrument.PHQ9: frozenset({Instrument.PHQ9, Instrument.PHQA}),
    Instrument.GAD7: frozenset({Instrument.GAD7}),
    Instrument.PCL5: frozenset({Instrument.PCL5}),
}


def next_due(episode_start: date, last_given: date | None, every_days: int) -> date | None:
    """The day the instrument is next due in an episode that started on ``episode_start``,
    last given on ``last_given`` in that episode (None: not yet); None when not scheduled."""
    if every_days <= 0:
        return None
    if last_given is None or last_given < episode_start:
        return episode_start
    return last_given + timedelta(days=every_days)


def days_overdue(due: date, today: date) -> int:
    """0 when due today, positive when late, negative when still ahead."""
    return (today - due).days
