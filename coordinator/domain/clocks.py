"""Transition clocks: the deadlines that make a step-down or a follow-up "on time".

Pure rules over one client's episodes, attended sessions and kept appointments
(docs/architecture.md §3, "Transition clocks"). A clock starts on a discharge (or, for IET, on
a new substance-use episode), is met by the first qualifying event inside its window, closes
as "transferred" when the client is admitted to 24-hour care first, and is missed once its
due date has passed without either.

Everything is judged as of ``today``: episodes that start, and sessions and appointments that
take place, after ``today`` have not happened yet, so a clock's state never depends on the
future, and a clock that has closed keeps its state as the days go by.

What a kept appointment counts for (``VisitFact``), after the NCQA HEDIS measure
specifications (FUH, FUI, IET), simplified to what the record holds:

- an intake at a level of lower intensity than the one left meets the step-down window, as
  the start of that level's episode would;
- FUH (follow-up after hospitalization for mental illness) counts outpatient, intensive
  outpatient and partial-hospitalization visits and telehealth with a mental-health
  practitioner: here a psychiatry or therapy visit, or an intake at a level that is not
  24-hour care, with a mental-health or co-occurring focus. HEDIS also counts a visit with
  any practitioner when its principal diagnosis is a mental-health disorder; an appointment
  does not record its diagnosis, so primary care and case management count for nothing;
- FUI (follow-up after high-intensity care for substance use) and IET initiation count a
  visit or service for substance use, pharmacotherapy included: here substance-use
  counselling, a visit for medication for a use disorder, peer support with a substance-use
  focus, or an intake with a substance-use or co-occurring focus (for FUI an intake at a
  level that is not 24-hour care: an admission to 24-hour care closes the clock as
  transferred once its episode is recorded, as for every readmission).

Only kept appointments count: scheduled, confirmed, missed and cancelled ones meet nothing.

Who is counted: the HEDIS clocks start only for clients of the measure's ages (FUH 6 and
older on the discharge date, FUI and IET 13 and older on the discharge or episode date);
the step-down clock, the clinic's own, starts at every age.

Two readings of one clock: its ``state`` is the case manager's worklist (a readmission to
24-hour care inside the window closes it as "transferred": there is nothing left to chase),
while ``reported_outcome`` is how a reported rate counts it (HEDIS leaves a discharge
followed by a readmission or direct transfer within 30 days out of the rate altogether).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from itertools import chain
from typing import NamedTuple

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.clinical_record import AppointmentKind, AppointmentStatus
from coordinator.domain.settings import SETTINGS_BY_KEY
from coordinator.domain.vocabulary import AttendanceStatus, CareFocus, EpisodeStatus
from coordinator.domain.words import said


class ClockKind(StrEnum):
    STEP_DOWN = "step_down"
    FUH7 = "fuh7"
    FUH30 = "fuh30"
    FUI7 = "fui7"
    FUI30 = "fui30"
    # IET engagement (two more services within 34 days of initiation) is deliberately not a
    # clock: the store has per-session dates only for our own IOP/PHP tracks, not for partner
    # programs or residential days, and no medication events, so it would report "missed"
    # for clients who are in treatment every day.
    IET_INITIATION = "iet_initiation"


class ClockState(StrEnum):
    OPEN = "open"
    MET = "met"
    MISSED = "missed"
    TRANSFERRED = "transferred"


CLOSED_STATES = frozenset({ClockState.MET, ClockState.MISSED, ClockState.TRANSFERRED})


class ReportingStatus(StrEnum):
    """How a clock counts in a reported rate (``reported_outcome``), as against its
    worklist ``ClockState``."""

    NUMERATOR = "numerator"  # in the denominator, and met: counts for the rate
    DENOMINATOR_ONLY = "denominator_only"  # in the denominator, not met: counts against it
    EXCLUDED = "excluded"  # in neither (the reason says why)
    PENDING = "pending"  # still open: not counted until it settles


@dataclass(frozen=True, slots=True)
class ReportedOutcome:
    status: ReportingStatus
    reason: str = ""

    @property
    def in_denominator(self) -> bool:
        return self.status in (ReportingStatus.NUMERATOR, ReportingStatus.DENOMINATOR_ONLY)

    @property
    def in_numerator(self) -> bool:
        return self.status is ReportingStatus.NUMERATOR

# Discharges from these levels start the step-down window (docs/architecture.md 3).
STEP_DOWN_LEVELS = frozenset({"INP", "RES", "WM", "PHP"})
# FUH: discharge from inpatient mental-health care; FUI: from inpatient, residential or
# withdrawal management for substance use (NCQA HEDIS FUH and FUI measure specifications).
FUH_LEVELS = frozenset({"INP"})
FUI_LEVELS = frozenset({"INP", "RES", "WM"})
DISCHARGE_CLOCK_LEVELS = STEP_DOWN_LEVELS | FUH_LEVELS | FUI_LEVELS

MENTAL_HEALTH_FOCUS = frozenset({CareFocus.MENTAL_HEALTH.value, CareFocus.CO_OCCURRING.value})
SUBSTANCE_USE_FOCUS = frozenset({CareFocus.SUBSTANCE_USE.value, CareFocus.CO_OCCURRING.value})
# A session counts when the client took part, in person or by telehealth; excused and
# unexcused absences do not.
ATTENDED = frozenset({AttendanceStatus.PRESENT.value, AttendanceStatus.LATE.value,
                      AttendanceStatus.TELEHEALTH.value})
# Planned episodes have not started and cancelled ones never will.
_STARTED = frozenset({EpisodeStatus.ACTIVE.value, EpisodeStatus.COMPLETED.value})

DEFAULT_STEP_DOWN_DAYS = int(SETTINGS_BY_KEY["step_down_window_days"].default)
FOLLOW_UP_DAYS = {ClockKind.FUH7: 7, ClockKind.FUH30: 30, ClockKind.FUI7: 7,
                  ClockKind.FUI30: 30}
# IET: treatment on the new episode's day or the 13 days after it (NCQA HEDIS IET).
IET_INITIATION_DAYS = 14
# IET counts an episode as new after about six months without substance-use treatment
# (NCQA HEDIS IET "negative SUD history" of 194 days before the episode date).
NEW_SUD_EPISODE_CLEAN_DAYS = 194
# NCQA HEDIS MY 2025 FUH and FUI: a discharge followed by a readmission or direct transfer
# to acute or nonacute inpatient (FUI: or residential) care within the 30-day follow-up
# period is left out of the denominator, for the 7-day rate as well as the 30-day one.
READMISSION_EXCLUSION_DAYS = 30
# NCQA HEDIS MY 2025 eligible populations. FUH: members 6 years and older as of the date of
# discharge. FUI: 13 years and older as of the date of discharge. IET: 13 years and older as
# of the SUD episode date (here the new episode's start, the day the IET clock starts from).
# The step-down window is the clinic's own rule and has no age range.
MINIMUM_AGE = {ClockKind.FUH7: 6, ClockKind.FUH30: 6, ClockKind.FUI7: 13,
               ClockKind.FUI30: 13, ClockKind.IET_INITIATION: 13}

_KIND_ORDER = {kind: number for number, kind in enumerate(ClockKind)}
_TITLES = {
    ClockKind.STEP_DOWN: said("ClockTitles", "Step-down window"),
    ClockKind.FUH7: said("ClockTitles", "Mental-health follow-up"),
    ClockKind.FUH30: said("ClockTitles", "Mental-health follow-up"),
    ClockKind.FUI7: said("ClockTitles", "Substance-use follow-up"),
    ClockKind.FUI30: said("ClockTitles", "Substance-use follow-up"),
    ClockKind.IET_INITIATION: said("ClockTitles", "Substance-use treatment start"),
}


# The facts are named tuples rather than frozen dataclasses: a caseload has tens of
# thousands of them, and a tuple is several times quicker to build.
class EpisodeFact(NamedTuple):
    """One episode as the clocks see it; ``round_the_clock`` None means "varies" (detox)."""

    episode_id: int
    level_code: str
    intensity: int
    round_the_clock: bool | None
    focus: str
    start: date
    end: date | None
    status: str


class FollowUpFact(NamedTuple):
    """One scheduled session of an episode and whether the client came (an attendance code)."""

    episode_id: int
    session_date: date
    status: str


class VisitFact(NamedTuple):
    """One appointment as the clocks see it.

    ``intensity`` and ``round_the_clock`` are those of an intake's level of care (None for
    other kinds, or an intake without a level); ``status`` an ``AppointmentStatus`` value,
    of which only "kept" counts.
    """

    appointment_id: int
    day: date
    kind: str
    focus: str
    intensity: int | None
    round_the_clock: bool | None
    status: str = AppointmentStatus.KEPT.value


@dataclass(frozen=True, slots=True)
class Clock:
    """One deadline of one client.

    ``episode_id`` is the discharge (or new episode) that started the clock;
    ``closed_by_episode_id`` the episode whose start or session met it, or the 24-hour stay
    that closed it as transferred; ``closed_by_appointment_id`` instead the kept appointment
    that met it. ``closed_on`` is the day it was met or transferred, or for a missed clock
    its due date. ``readmitted_on``, for FUH and FUI clocks only, is the first readmission or
    direct transfer to 24-hour care from the discharge day through the 30 days after it,
    whether or not it closed the clock (HEDIS checks the whole 30 days for both rates).
    """

    kind: ClockKind
    episode_id: int
    start: date
    due: date
    window_days: int
    state: ClockState
    met_on: date | None = None
    closed_on: date | None = None
    closed_by_episode_id: int | None = None
    client_id: int | None = None
    closed_by_appointment_id: int | None = None
    readmitted_on: date | None = None

    def days_left(self, today: date) -> int:
        """Days until the due date: 0 on the due date itself, negative once it has passed."""
        return (self.due - today).days

    @property
    def title(self) -> str:
        return clock_title(self.kind, self.window_days)

    @property
    def reported(self) -> ReportedOutcome:
        """How a reported rate counts this clock (``reported_outcome``)."""
        return reported_outcome(self.kind, self.state, due=self.due, closed_on=self.closed_on,
                                readmitted_on=self.readmitted_on)


def stored_state(settled: str | None, settled_on: date | None, due: date,
                 on: date) -> tuple[ClockState, date | None]:
    """A stored clock's state and closing day as judged on ``on``: settled (met or
    transferred, ``settled``) from its settled day on; else open to its due date and
    missed from the day after, closed on its due date."""
    if settled is not None and settled_on is not None and settled_on <= on:
        return ClockState(settled), settled_on
    if due < on:
        return ClockState.MISSED, due
    return ClockState.OPEN, None


_HEDIS_READMISSION_KINDS = frozenset({ClockKind.FUH7, ClockKind.FUH30, ClockKind.FUI7,
                                      ClockKind.FUI30})


def reported_outcome(kind: ClockKind, state: ClockState, *, due: date,
                     closed_on: date | None, readmitted_on: date | None) -> ReportedOutcome:
    """How a reported rate counts a clock, which is not always what its worklist state says.

    FUH and FUI (NCQA HEDIS MY 2025, readmission or direct transfer exclusion): a discharge
    followed by a readmission or direct transfer to 24-hour care within 30 days is in neither
    the numerator nor the denominator, even when the follow-up happened first or the 7-day
    window had already run out; the later discharge is the one counted, by clocks of its own.
    The worklist instead says "transferred" only when the readmission came inside the
    clock's window before a follow-up, and otherwise met or missed as it happened.

    The step-down window (the clinic's own rate) leaves out a discharge whose clock closed as
    transferred, the client being back in 24-hour care before stepping down. IET initiation
    has no readmission exclusion (an admission is itself the start of treatment).

    Otherwise a met clock is in the numerator, a missed one in the denominator only, and an
    open one is not counted yet. A rate over discharges of the last 30 days can still change
    as readmissions are recorded.
    """
    if kind in _HEDIS_READMISSION_KINDS and readmitted_on is not None:
        return ReportedOutcome(ReportingStatus.EXCLUDED, said(
            "ReportReasons",
            "Readmitted to 24-hour care on %1, within %2 days of the discharge: HEDIS "
            "leaves the discharge out of the rate (readmission or direct transfer).").arg(
                readmitted_on, READMISSION_EXCLUSION_DAYS))
    if state is ClockState.TRANSFERRED:
        if closed_on is not None:
            return ReportedOutcome(ReportingStatus.EXCLUDED, said(
                "ReportReasons",
                "Admitted to 24-hour care on %1 before the window closed: the discharge "
                "is left out of the rate.").arg(closed_on))
        return ReportedOutcome(ReportingStatus.EXCLUDED, said(
            "ReportReasons",
            "Admitted to 24-hour care before the window closed: the discharge is left "
            "out of the rate."))
    if state is ClockState.MET:
        return ReportedOutcome(ReportingStatus.NUMERATOR)
    if state is ClockState.MISSED:
        return ReportedOutcome(ReportingStatus.DENOMINATOR_ONLY)
    return ReportedOutcome(ReportingStatus.PENDING, said(
        "ReportReasons", "Open until %1: not counted until it closes.").arg(due))


def counts_in_reported_rate(clock: Clock) -> bool:
    """True when the clock is in its reported rate's denominator (met or missed, and not
    excluded); see ``reported_outcome``."""
    return clock.reported.in_denominator


def clock_title(kind: ClockKind, window_days: int) -> str:
    """Plain English, e.g. "Step-down window (14 days)"; the UI translates it (a ``Words``)."""
    return said("ClockTitles", "%1 (%2 days)").arg(_TITLES[kind], window_days)


def clock_due_sentence(kind: ClockKind, due: date) -> str:
    """What an open clock asks of the next provider, e.g. "The client must be seen by
    2026-12-08 for the mental-health follow-up." (documents print it as is)."""
    by = due.isoformat()
    if kind is ClockKind.STEP_DOWN:
        return f"The client must start the next level of care by {by}."
    if kind is ClockKind.IET_INITIATION:
        return f"The client must start substance-use treatment by {by}."
    return f"The client must be seen by {by} for the {_TITLES[kind].lower()}."


def clocks_for_client(episodes: Iterable[EpisodeFact], follow_ups: Iterable[FollowUpFact], *,
                      today: date, step_down_days: int = DEFAULT_STEP_DOWN_DAYS,
                      closed_since: date | None = None,
                      client_id: int | None = None,
                      visits: Iterable[VisitFact] = (),
                      birth_date: date | None = None) -> list[Clock]:
    """Every clock started by one client's discharges and new substance-use episodes.

    Args:
        episodes: all of the client's episodes that may matter (any order, any status).
        follow_ups: the client's scheduled sessions (any order, any attendance code).
        visits: the client's appointments (any order, any status; only kept ones count).
        today: the day the clocks are judged on; later events have not happened yet.
        step_down_days: the clinic's step-down window (setting ``step_down_window_days``).
        closed_since: leave out clocks that were met, missed or transferred before this
            day (open clocks are always kept); older ones are not even worked out.
        client_id: copied onto each clock.
        birth_date: the client's; FUH, FUI and IET clocks start only at the ages their
            measures count (``MINIMUM_AGE``). None (not recorded) starts them at any age:
            the clinic cannot know, and a missing clock is worse than an extra one.

    Returns:
        The clocks ordered by start date, then kind, then the episode that started them.
    """
    started = sorted((e for e in episodes if e.status in _STARTED and e.start <= today),
                     key=_in_order)
    by_id = {e.episode_id: e for e in started}
    # A session dated before its episode started is a data-entry slip, not a visit.
    sessions = [(f.session_date, episode) for f in follow_ups
                if f.status in ATTENDED and f.session_date <= today
                and (episode := by_id.get(f.episode_id)) is not None
                and f.session_date >= episode.start]
    kept = [v for v in visits if v.status == _KEPT and v.day <= today]
    facts = _ClientFacts(started, sessions, kept, today, client_id, closed_since or date.min,
                         birth_date)
    clocks: list[Clock] = []
    for episode in started:
        end = episode.end
        if end is not None and end <= today and episode.level_code in DISCHARGE_CLOCK_LEVELS:
            facts.add_discharge_clocks(clocks, episode, end, step_down_days)
    for episode in _new_substance_use_episodes(started):
        facts.add_iet_initiation(clocks, episode)
    clocks.sort(key=lambda c: (c.start, _KIND_ORDER[c.kind], c.episode_id))
    return clocks


def is_round_the_clock(episode: EpisodeFact) -> bool:
    """24-hour care. A level whose 24/7 status varies (withdrawal management) counts: a
    readmission to detox should close a clock as transferred, not leave it to be missed."""
    return episode.round_the_clock is not False


def _in_order(episode: EpisodeFact) -> tuple[date, int]:
    return episode.start, episode.episode_id


# (day, source, id): source _EPISODE (an episode's start or session, or a 24-hour admission)
# or _APPOINTMENT (a kept appointment). On one day an episode's event comes first.
Event = tuple[date, int, int]
_EPISODE = 0
_APPOINTMENT = 1
_ONE_DAY = timedelta(days=1)
_KEPT = AppointmentStatus.KEPT.value
_INTAKE = AppointmentKind.INTAKE.value
_PEER_SUPPORT = AppointmentKind.PEER_SUPPORT.value
# Visits with a mental-health practitioner (FUH), when their focus is mental health.
_MENTAL_HEALTH_VISITS = frozenset({AppointmentKind.PSYCHIATRY.value,
                                   AppointmentKind.THERAPY.value})
# Substance-use treatment whatever the focus typed (FUI, IET): counselling, and a visit for
# buprenorphine, methadone or naltrexone (HEDIS counts pharmacotherapy events).
_SUBSTANCE_USE_VISITS = frozenset({AppointmentKind.SUBSTANCE_USE_COUNSELING.value,
                                   AppointmentKind.MEDICATION_FOR_USE_DISORDER.value})


def _is_ambulatory_intake(visit: VisitFact) -> bool:
    """An intake at a known level that is not 24-hour care (outpatient, IOP, PHP)."""
    return visit.kind == _INTAKE and visit.intensity is not None \
        and visit.round_the_clock is False


def counts_for_mental_health_follow_up(visit: VisitFact) -> bool:
    """FUH: psychiatry or therapy, or an ambulatory intake, for mental health."""
    return visit.focus in MENTAL_HEALTH_FOCUS and (
        visit.kind in _MENTAL_HEALTH_VISITS or _is_ambulatory_intake(visit))


def counts_as_substance_use_treatment(visit: VisitFact) -> bool:
    """IET initiation: counselling or medication for a use disorder, substance-use peer
    support, or an intake (at any level) for substance use."""
    return visit.kind in _SUBSTANCE_USE_VISITS or (
        visit.focus in SUBSTANCE_USE_FOCUS
        and (visit.kind == _PEER_SUPPORT or visit.kind == _INTAKE))


def counts_for_substance_use_follow_up(visit: VisitFact) -> bool:
    """FUI: substance-use treatment outside 24-hour care."""
    return counts_as_substance_use_treatment(visit) and (
        visit.kind != _INTAKE or _is_ambulatory_intake(visit))

_FOLLOW_UP_CLOCKS = (
    (FUH_LEVELS, MENTAL_HEALTH_FOCUS, (ClockKind.FUH7, ClockKind.FUH30)),
    (FUI_LEVELS, SUBSTANCE_USE_FOCUS, (ClockKind.FUI7, ClockKind.FUI30)),
)


class _ClientFacts:
    """One client's started episodes and attended sessions, as of one day (nothing in them
    is later than that day)."""

    def __init__(self, started: Sequence[EpisodeFact],
                 sessions: Sequence[tuple[date, EpisodeFact]], kept: Sequence[VisitFact],
                 today: date, client_id: int | None, closed_since: date,
                 birth_date: date | None = None) -> None:
        self.started = started
        self.sessions = sessions
        self.kept = kept
        self.today = today
        self.client_id = client_id
        self.closed_since = closed_since
        self.birth_date = birth_date
        self._cutoff = min(closed_since, today).toordinal()
        self._visits: dict[frozenset[str], list[Event]] = {}

    def add_discharge_clocks(self, clocks: list[Clock], discharged: EpisodeFact,
                             discharge: date, step_down_days: int) -> None:
        level, focus = discharged.level_code, discharged.focus
        step_down = level in STEP_DOWN_LEVELS and self._wanted(discharge, step_down_days)
        # FUH and FUI: NCQA HEDIS FUH and FUI measure specifications. Visits on the discharge
        # day do not count, so the window opens the day after. HEDIS leaves discharges
        # followed by a readmission or direct transfer to inpatient or residential care out of
        # the measure (it checks the whole 30 days for both rates); a clock here closes as
        # "transferred" when that happens inside its own window, and the later discharge
        # starts clocks of its own.
        follow_ups = [(visit_focus, kind) for levels, visit_focus, kinds in _FOLLOW_UP_CLOCKS
                      if level in levels and focus in visit_focus
                      for kind in kinds if self._wanted(discharge, FOLLOW_UP_DAYS[kind])
                      and self._of_age(kind, discharge)]
        if not step_down and not follow_ups:
            return
        # Readmission or direct transfer to 24-hour care, from the discharge day on.
        moved = _first(((e.start, _EPISODE, e.episode_id) for e in self.started
                        if e is not discharged and is_round_the_clock(e)), discharge)
        if step_down:
            # A lower level starting on the discharge day itself is a same-day step-down; a
            # kept intake at a lower level is that start, whether or not its episode is
            # recorded yet.
            intensity = discharged.intensity
            lower = _first(chain(
                ((e.start, _EPISODE, e.episode_id) for e in self.started
                 if e.intensity < intensity),
                ((v.day, _APPOINTMENT, v.appointment_id) for v in self.kept
                 if v.kind == _INTAKE and v.intensity is not None and v.intensity < intensity)),
                discharge)
            self._add(clocks, self._settle(ClockKind.STEP_DOWN, discharged, discharge,
                                           step_down_days, lower, moved))
        day_after = discharge + _ONE_DAY
        readmitted = moved[0] if moved is not None and (
            moved[0] - discharge).days <= READMISSION_EXCLUSION_DAYS else None
        for visit_focus, kind in follow_ups:
            visit = _first(self._ambulatory_visits(visit_focus), day_after)
            self._add(clocks, self._settle(kind, discharged, discharge, FOLLOW_UP_DAYS[kind],
                                           visit, moved, readmitted_on=readmitted))

    def add_iet_initiation(self, clocks: list[Clock], index: EpisodeFact) -> None:
        """Treatment on the new episode's day or within 13 days after it (NCQA HEDIS IET).

        An admission to 24-hour care is itself the start of treatment. Otherwise another
        service is needed: a substance-use episode starting, an attended substance-use
        session, or a kept substance-use appointment, except the new episode's own session
        on its first day (HEDIS counts a same-day service only from a different provider),
        and an intake on that day, which is taken to be the new episode's own admission.
        """
        day = index.start
        if not self._wanted(day, IET_INITIATION_DAYS - 1) \
                or not self._of_age(ClockKind.IET_INITIATION, day):
            return
        service: Event | None
        if is_round_the_clock(index):
            service = (day, _EPISODE, index.episode_id)
        else:
            starts = ((e.start, _EPISODE, e.episode_id) for e in self.started
                      if e is not index and e.focus in SUBSTANCE_USE_FOCUS)
            sessions = ((on, _EPISODE, e.episode_id) for on, e in self.sessions
                        if e.focus in SUBSTANCE_USE_FOCUS and not (e is index and on == day))
            visits = ((v.day, _APPOINTMENT, v.appointment_id) for v in self.kept
                      if counts_as_substance_use_treatment(v)
                      and not (v.kind == _INTAKE and v.day == day))
            service = _first(chain(starts, sessions, visits), day)
        self._add(clocks, self._settle(ClockKind.IET_INITIATION, index, day,
                                       IET_INITIATION_DAYS - 1, service, None,
                                       window_days=IET_INITIATION_DAYS))

    def _wanted(self, start: date, days: int) -> bool:
        """False for a clock sure to have closed before ``closed_since``: one due before it
        and before today (a clock closes on its due date at the latest)."""
        return start.toordinal() + days >= self._cutoff

    def _of_age(self, kind: ClockKind, day: date) -> bool:
        """The client is of the measure's age on ``day`` (``MINIMUM_AGE``). With no birth
        date recorded the clinic cannot know, and a missing clock is worse than an extra
        one: the clock starts."""
        age = age_on(self.birth_date, day)
        return age is None or age >= MINIMUM_AGE[kind]

    def _add(self, clocks: list[Clock], clock: Clock) -> None:
        if clock.closed_on is None or clock.closed_on >= self.closed_since:
            clocks.append(clock)

    def _ambulatory_visits(self, focus: frozenset[str]) -> list[Event]:
        """Starts of, and attended sessions in, outpatient, IOP or PHP care for ``focus``,
        and the kept appointments that count as a follow-up for it."""
        visits = self._visits.get(focus)
        if visits is None:
            visits = [(e.start, _EPISODE, e.episode_id) for e in self.started
                      if e.round_the_clock is False and e.focus in focus]
            visits += [(on, _EPISODE, e.episode_id) for on, e in self.sessions
                       if e.round_the_clock is False and e.focus in focus]
            if self.kept:
                counts = counts_for_mental_health_follow_up \
                    if focus == MENTAL_HEALTH_FOCUS else counts_for_substance_use_follow_up
                visits += [(v.day, _APPOINTMENT, v.appointment_id) for v in self.kept
                           if counts(v)]
            self._visits[focus] = visits
        return visits

    def _settle(self, kind: ClockKind, trigger: EpisodeFact, start: date, days: int,
                met: Event | None, moved: Event | None, *,
                window_days: int | None = None, readmitted_on: date | None = None) -> Clock:
        """The clock's state from the first qualifying event and the first 24-hour admission
        on or after its first day. A follow-up and a readmission on the same day count as
        met: the visit happened."""
        due = start + timedelta(days=days)
        window = days if window_days is None else window_days
        if met is not None and met[0] <= due and (moved is None or met[0] <= moved[0]):
            by_episode = met[1] == _EPISODE
            return Clock(kind, trigger.episode_id, start, due, window, ClockState.MET,
                         met_on=met[0], closed_on=met[0],
                         closed_by_episode_id=met[2] if by_episode else None,
                         client_id=self.client_id,
                         closed_by_appointment_id=None if by_episode else met[2],
                         readmitted_on=readmitted_on)
        if moved is not None and moved[0] <= due:
            return Clock(kind, trigger.episode_id, start, due, window, ClockState.TRANSFERRED,
                         closed_on=moved[0], closed_by_episode_id=moved[2],
                         client_id=self.client_id, readmitted_on=readmitted_on)
        if self.today > due:
            return Clock(kind, trigger.episode_id, start, due, window, ClockState.MISSED,
                         closed_on=due, client_id=self.client_id,
                         readmitted_on=readmitted_on)
        return Clock(kind, trigger.episode_id, start, due, window, ClockState.OPEN,
                     client_id=self.client_id, readmitted_on=readmitted_on)


def _first(events: Iterable[Event], from_day: date) -> Event | None:
    """The earliest event on or after ``from_day`` (ties: an episode's before an
    appointment's, then the lowest id)."""
    return min((event for event in events if event[0] >= from_day), default=None)


def _new_substance_use_episodes(started: Sequence[EpisodeFact]) -> list[EpisodeFact]:
    """Substance-use episodes with no substance-use care in progress or ended in the
    ``NEW_SUD_EPISODE_CLEAN_DAYS`` before them (``started`` is in start order)."""
    new: list[EpisodeFact] = []
    latest_end: date | None = None
    ongoing = False
    for episode in started:
        if episode.focus not in SUBSTANCE_USE_FOCUS:
            continue
        clean_since = episode.start - timedelta(days=NEW_SUD_EPISODE_CLEAN_DAYS)
        if not ongoing and (latest_end is None or latest_end < clean_since):
            new.append(episode)
        if episode.end is None:
            ongoing = True
        elif latest_end is None or episode.end > latest_end:
            latest_end = episode.end
    return new
