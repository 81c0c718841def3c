"""What the generator knows about the run and about the client it is writing right now."""

from __future__ import annotations

import random
from collections.abc import Hashable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from coordinator.demo.common import AnswerPatterns, Ids, PhrasePool, Timeline
from coordinator.demo.reference import Facility, Reference

FacilityChoices = tuple[tuple[Facility, ...], tuple[Facility, ...], tuple[Facility, ...]]


@dataclass
class Run:
    """State shared by every client of one generation: the seeded generator, ids, dates."""

    rng: random.Random
    ids: Ids
    timeline: Timeline
    reference: Reference
    revoked_consents: int = 0
    showcased: bool = False  # the case manager's first client is waiting for a step-down
    # The share of clients the documented "casemanager" login carries (a believable
    # caseload of about 60 whatever the demo's size).
    own_share: float = 0.25
    consents_written: int = 0
    # Facilities by (level, adolescent, focus): our own programs, partners, Spanish-speaking
    # partners; worked out once per run.
    facility_choices: dict[tuple[str, bool, str], FacilityChoices] = field(
        default_factory=dict)
    answer_patterns: dict[tuple[int, int | None], AnswerPatterns] = field(
        default_factory=dict)
    phrase_pools: dict[int, PhrasePool] = field(default_factory=dict)
    # Lookup tables derived from the reference data (e.g. partners for a referral need).
    lookups: dict[Hashable, Any] = field(default_factory=dict)

    def phrases(self, phrases: tuple[str, ...], low: int, high: int,
                separator: str = "\n") -> str:
        """``low`` to ``high`` different ``phrases`` joined, from a pool made on first use
        (one pool per list: each list is always drawn the same way)."""
        pool = self.phrase_pools.get(id(phrases))
        if pool is None:
            pool = self.phrase_pools[id(phrases)] = PhrasePool(self.rng, phrases, low, high,
                                                               separator)
        return pool.pick()

    def answers(self, total: int, items: int, fixed_last: int | None = None) -> list[int]:
        """Item scores for an instrument of ``items`` items adding up to ``total``."""
        key = (items, fixed_last)
        patterns = self.answer_patterns.get(key)
        if patterns is None:
            patterns = self.answer_patterns[key] = AnswerPatterns(self.rng, items, fixed_last)
        return patterns.pick(total)


@dataclass
class EpisodePlan:
    """An episode as the generator planned it, before it becomes a row."""

    id: int
    level: str
    facility: Facility
    start: date
    end: date | None
    status: str
    track: str | None
    modality: str


@dataclass
class ClientFacts:
    """The parts of a generated client that later records (referrals, notes ...) depend on."""

    id: int
    record_number: str
    given_name: str
    family_name: str
    age: int
    focus: str
    language: str
    interpreter: bool
    case_manager_id: int
    scenario: str
    guardian_name: str = ""
    guardian_relationship: str = ""
    conditions: list[str] = field(default_factory=list)
    prescriber: str = ""  # who prescribes the client's medications, if any
    episodes: list[EpisodePlan] = field(default_factory=list)
    created: datetime | None = None
    contact: tuple[str, str, str] = ("", "", "")  # emergency contact: name, phone, relation
    # Takes a medication for opioid or alcohol use disorder now.
    on_use_disorder_medication: bool = False
    # Care team members by role: (member id, name, facility id, organization).
    team: dict[str, tuple[int, str, int | None, str]] = field(default_factory=dict)
    # Rows written for the client that later parts of the generator complete: episodes by
    # id (discharge details, the planned next step) and the safety alerts (the plan that
    # addressed them).
    episode_rows: dict[int, dict[str, Any]] = field(default_factory=dict)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    safety_note: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}"

    @property
    def adolescent(self) -> bool:
        return self.age < 18

    @property
    def spanish(self) -> bool:
        return self.language == "Spanish"

    @property
    def first_day(self) -> date:
        return self.episodes[0].start

    @property
    def substance_use(self) -> bool:
        return self.focus != "mental_health"
