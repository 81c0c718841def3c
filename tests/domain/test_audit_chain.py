"""The audit hash chain detects any altered, removed or reordered event."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from coordinator.domain.audit_chain import GENESIS_HASH, ChainedEvent, event_hash, verify_chain


def build_chain(actions: list[str]) -> list[ChainedEvent]:
    events: list[ChainedEvent] = []
    prev = GENESIS_HASH
    for number, action in enumerate(actions, start=1):
        when = f"2026-03-0{number % 9 + 1}T10:00:00.000000+00:00"
        digest = event_hash(prev, number, when, 7, "maria", action, "client", str(number), "")
        events.append(ChainedEvent(number, when, 7, "maria", action, "client", str(number),
                                   "", prev, digest))
        prev = digest
    return events


def test_an_untouched_chain_is_intact() -> None:
    report = verify_chain(build_chain(["login", "view", "update", "logout"]))
    assert report.intact
    assert report.checked == 4


def test_an_altered_event_is_named() -> None:
    events = build_chain(["login", "view", "update", "logout"])
    third = events[2]
    events[2] = replace(third, username="someone-else")
    report = verify_chain(events)
    assert report.broken_at == 3
    assert "altered" in report.reason
    assert report.checked == 2


def test_a_removed_event_breaks_the_next_link() -> None:
    events = build_chain(["login", "view", "update", "logout"])
    del events[1]
    report = verify_chain(events)
    assert report.broken_at == 3
    assert "removed" in report.reason


@given(st.lists(st.sampled_from(["login", "view", "create", "update", "archive", "export"]),
                min_size=1, max_size=30), st.data())
def test_changing_any_single_event_is_detected(actions: list[str], data: st.DataObject) -> None:
    events = build_chain(actions)
    index = data.draw(st.integers(0, len(events) - 1))
    victim = events[index]
    events[index] = replace(victim, detail=victim.detail + "x")
    assert verify_chain(events).broken_at == victim.event_id
