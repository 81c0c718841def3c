"""What the assessment service takes and returns: frozen dataclasses, never ORM rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from coordinator.domain.instruments import SAFETY_FLAGS, Band
from coordinator.domain.vocabulary import Instrument
from coordinator.store.models import Assessment, SafetyAlert


@dataclass(frozen=True)
class AssessmentInput:
    """One administration as the clinician enters it.

    Item-by-item instruments (PHQ-9, PHQ-A, GAD-7, PCL-5) use ``item_answers`` (None for
    an item left blank); the EPDS uses ``total`` and ``self_harm`` (item 10 above 0); the
    C-SSRS screener uses ``risk_level`` (low, moderate or high).
    """

    instrument: Instrument
    administered_on: date
    item_answers: tuple[int | None, ...] = ()
    total: int | None = None
    self_harm: bool = False
    risk_level: str = ""
    #: The language the items were read in (``instrument_wording.ITEM_LANGUAGES``); only
    #: for instruments entered item by item.
    item_language: str = "en"


@dataclass(frozen=True)
class AssessmentView:
    id: int
    version: int
    client_id: int
    instrument: Instrument
    administered_on: date
    administered_by_name: str
    #: The episode active that day, and its level of care ("" when there was none).
    episode_id: int | None
    level_name: str
    item_answers: tuple[int, ...]
    total: int | None
    band: str
    risk_level: str
    flags: tuple[str, ...]
    entered_in_error: bool
    #: The language the items were read in ("en", "es"); None when not recorded.
    item_language: str | None = None


@dataclass(frozen=True)
class SafetyAlertView:
    id: int
    version: int
    client_id: int
    client_name: str
    record_number: str
    assessment_id: int | None
    reason: str
    raised_at: datetime
    addressed_at: datetime | None
    addressed_by_name: str
    action_taken: str
    #: The safety plan named as reviewed or written when the alert was addressed, and its
    #: version number ("Safety plan version 3"); None when none was named.
    safety_plan_id: int | None = None
    safety_plan_number: int | None = None
    #: The client's primary case manager as recorded now ("" when none is assigned).
    case_manager: str = ""
    #: What raised it, for wording ``reason`` in another language: the assessment's
    #: instrument, the day it was given and its safety flags (codes; empty without one).
    instrument: str = ""
    administered_on: date | None = None
    safety_flags: tuple[str, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.addressed_at is None


@dataclass(frozen=True)
class DueAssessment:
    """An instrument due (or late) for a client in their active episode."""

    client_id: int
    client_name: str
    record_number: str
    instrument: Instrument
    episode_id: int
    level_code: str
    #: When it was last given in this episode (None: no baseline yet).
    last_given: date | None
    due_on: date
    #: 0 when due today, positive when late.
    days_overdue: int


@dataclass(frozen=True)
class EpisodeSpan:
    """An episode drawn behind a trend chart, shaded by its level of care."""

    episode_id: int
    level_code: str
    level_name: str
    intensity: int
    start: date
    end: date | None


@dataclass(frozen=True)
class TrendPoint:
    assessment_id: int
    administered_on: date
    total: int
    band: str
    episode_id: int | None
    #: Points since the first score of the same episode (None: that first score itself,
    #: or no episode that day).
    change: int | None
    #: "response", "remission", "reliable improvement", "reliable deterioration".
    outcomes: tuple[str, ...]


@dataclass(frozen=True)
class Trend:
    """One instrument's totals over time for the client's chart."""

    instrument: Instrument
    title: str
    max_total: int
    bands: tuple[Band, ...]
    points: tuple[TrendPoint, ...]
    episodes: tuple[EpisodeSpan, ...]

    @property
    def latest(self) -> TrendPoint | None:
        return self.points[-1] if self.points else None


def assessment_view(row: Assessment, by_name: str, level_name: str) -> AssessmentView:
    return AssessmentView(
        row.id, row.version, row.client_id, Instrument(row.instrument), row.administered_on,
        by_name, row.episode_id, level_name, tuple(row.item_answers or ()), row.total,
        row.band, row.risk_level, tuple(row.flags or ()), row.entered_in_error,
        row.item_language)


def alert_view(row: SafetyAlert, client_name: str, record_number: str,
               by_name: str, plan_number: int | None = None,
               case_manager: str = "", *, instrument: str | None = None,
               administered_on: date | None = None,
               flags: Sequence[str] | None = None) -> SafetyAlertView:
    """``instrument``, ``administered_on`` and ``flags``: the raising assessment's, when the
    alert has one."""
    return SafetyAlertView(
        row.id, row.version, row.client_id, client_name, record_number, row.assessment_id,
        row.reason, row.raised_at, row.addressed_at, by_name, row.action_taken,
        row.safety_plan_id, plan_number, case_manager, instrument or "", administered_on,
        tuple(flag for flag in flags or () if flag in SAFETY_FLAGS))
