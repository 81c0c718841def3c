"""Journeys through the levels of care: which levels a client passes through, and when.

Each client follows a realistic path (inpatient -> PHP -> IOP -> outpatient, detox ->
residential -> IOP, a step-up from outpatient to IOP ...) ending in one of five situations:

- ``current``: the last episode is active today;
- ``completed``: the last episode ended and the client was discharged from care;
- ``awaiting``: discharged from INP, RES, WM or PHP 1-12 days ago with no next episode yet,
  so the 14-day step-down clock is still open;
- ``overdue``: the same, 16-90 days ago, so the clock has run out;
- ``pending``: an intake is done and the first episode is planned to start soon.

Dates are built backwards from the last episode, so episodes never overlap and two
round-the-clock stays are always at least a day apart.
"""

from __future__ import annotations

from datetime import date

from coordinator.demo.clinical import (
    ADMISSION_SOURCES,
    ADOLESCENT_SOURCES,
    AFTERCARE_PLANS,
    AWAITING_DISPOSITIONS,
    EXIT_DISPOSITIONS,
)
from coordinator.demo.common import DAYS, Batch, WeightedChoice
from coordinator.demo.discharge import client_background, discharge_details
from coordinator.demo.episodes import (
    ACTIVE,
    CO_OCCURRING,
    COMPLETED,
    MENTAL,
    PLANNED,
    ROUND_THE_CLOCK,
    STEP_DOWN_CLOCK_LEVELS,
    SUBSTANCE,
    add_attendance,
    direction_word,
    episode_row,
    plan_episode,
)
from coordinator.demo.state import ClientFacts, Run
from coordinator.demo.transitions import add_transitions

Path = tuple[str, ...]

# Typical paths and how common they are, by what is being treated: step-downs after
# inpatient or residential care, step-ups from outpatient, relapses and readmissions.
_MENTAL_HEALTH: WeightedChoice[Path] = WeightedChoice([
    (("OP",), 14), (("IOP",), 8), (("IOP", "OP"), 12), (("OP", "IOP"), 6),
    (("OP", "IOP", "OP"), 5), (("INP", "PHP"), 4), (("INP", "PHP", "IOP"), 6),
    (("INP", "PHP", "IOP", "OP"), 6), (("INP", "IOP"), 6), (("INP", "IOP", "OP"), 5),
    (("PHP", "IOP"), 6), (("PHP", "IOP", "OP"), 5), (("IOP", "PHP", "IOP"), 3),
    (("OP", "INP", "PHP", "IOP"), 3), (("IOP", "INP", "IOP"), 2), (("INP",), 3), (("PHP",), 3),
    (("RES", "IOP"), 2), (("INP", "RES", "IOP"), 1),
])
_SUBSTANCE_USE: WeightedChoice[Path] = WeightedChoice([
    (("WM", "RES", "IOP"), 8), (("WM", "RES", "IOP", "OP"), 7), (("WM", "IOP"), 5),
    (("WM", "IOP", "OP"), 4), (("RES", "IOP"), 6), (("RES", "IOP", "OP"), 5), (("IOP",), 6),
    (("IOP", "OP"), 6), (("OP", "IOP"), 3), (("IOP", "RES", "IOP"), 2), (("WM",), 2),
    (("RES",), 3), (("OP",), 4), (("WM", "RES"), 2), (("WM", "WM", "RES", "IOP"), 1),
])
_CO_OCCURRING: WeightedChoice[Path] = WeightedChoice([
    (("WM", "RES", "IOP"), 5), (("WM", "INP", "PHP", "IOP"), 1), (("INP", "RES", "IOP", "OP"), 3),
    (("INP", "PHP", "IOP"), 4), (("RES", "IOP", "OP"), 4), (("IOP", "OP"), 6), (("IOP",), 5),
    (("OP", "IOP"), 3), (("PHP", "IOP", "OP"), 3), (("WM", "IOP"), 3), (("IOP", "PHP", "IOP"), 2),
    (("OP",), 4), (("INP", "IOP"), 3),
])
_ADOLESCENT: WeightedChoice[Path] = WeightedChoice([
    (("OP",), 10), (("IOP",), 10), (("IOP", "OP"), 12), (("OP", "IOP"), 6), (("INP", "IOP"), 6),
    (("INP", "IOP", "OP"), 5), (("INP", "PHP", "IOP"), 2), (("RES", "IOP"), 2),
    (("PHP", "IOP"), 2), (("INP",), 2),
])
_CLOCK_PATHS: dict[str, tuple[Path, ...]] = {
    MENTAL: (("INP",), ("PHP",), ("INP", "PHP"), ("OP", "INP")),
    SUBSTANCE: (("WM",), ("RES",), ("WM", "RES"), ("IOP", "RES")),
    CO_OCCURRING: (("INP",), ("WM",), ("WM", "RES"), ("INP", "PHP")),
}
SCENARIOS: WeightedChoice[str] = WeightedChoice([
    ("current", 66), ("completed", 20), ("awaiting", 5), ("overdue", 5), ("pending", 4),
])

# (low, high, mode) days of a completed stay, and the most days an active one has run.
_DURATION = {"INP": (4, 21, 7), "WM": (3, 8, 5), "RES": (14, 90, 28), "PHP": (10, 35, 18),
             "IOP": (28, 100, 50), "OP": (45, 400, 150)}
_ELAPSED = {"INP": 10, "WM": 4, "RES": 45, "PHP": 20, "IOP": 70, "OP": 500}
_ENDED_DAYS_AGO = {"completed": (3, 540), "awaiting": (1, 12), "overdue": (16, 90)}


def plan_path(run: Run, facts: ClientFacts) -> Path:
    """The levels this client passes through, fitted to the client's scenario."""
    rng = run.rng
    if facts.adolescent:
        path = _ADOLESCENT.pick(rng)
    elif facts.focus == MENTAL:
        path = _MENTAL_HEALTH.pick(rng)
    elif facts.focus == SUBSTANCE:
        path = _SUBSTANCE_USE.pick(rng)
    else:
        path = _CO_OCCURRING.pick(rng)
    scenario = facts.scenario
    if scenario in ("awaiting", "overdue"):
        stops = [i for i, level in enumerate(path) if level in STEP_DOWN_CLOCK_LEVELS]
        if not stops:
            choices = _CLOCK_PATHS[facts.focus]
            path = ("INP",) if facts.adolescent else rng.choice(choices)
            stops = [i for i, level in enumerate(path) if level in STEP_DOWN_CLOCK_LEVELS]
        path = path[:rng.choice(stops) + 1]
    elif scenario == "completed" and path[-1] in STEP_DOWN_CLOCK_LEVELS:
        path = (*path, "IOP")
    elif scenario == "pending":
        path = (path[0] if path[0] in ("OP", "IOP", "PHP") else "IOP",)
    return path


def add_journey(run: Run, batch: Batch, facts: ClientFacts, path: Path) -> None:
    """Episodes and transitions for ``path``; fills ``facts.episodes``."""
    rng, today = run.rng, run.timeline.today
    count = len(path)
    starts: list[date] = [today] * count
    ends: list[date | None] = [None] * count
    scenario = facts.scenario
    last = path[-1]
    if scenario == "current":
        starts[-1] = today - DAYS[rng.randint(1, _ELAPSED[last])]
    elif scenario == "pending":
        starts[-1] = today + DAYS[rng.randint(1, 14)]
    else:
        ended = today - DAYS[rng.randint(*_ENDED_DAYS_AGO[scenario])]
        ends[-1] = ended
        starts[-1] = ended - DAYS[_duration(run, last)]
    for i in range(count - 2, -1, -1):
        end = starts[i + 1] - DAYS[_gap(run, path[i], path[i + 1])]
        ends[i] = end
        starts[i] = end - DAYS[_duration(run, path[i])]
    for i, level in enumerate(path):
        status = PLANNED if scenario == "pending" else ACTIVE if ends[i] is None else COMPLETED
        facts.episodes.append(plan_episode(run, facts, level, starts[i], ends[i], status))
    _write_episodes(run, batch, facts)
    add_transitions(run, batch, facts)
    add_attendance(run, batch, facts)


def _duration(run: Run, level: str) -> int:
    low, high, mode = _DURATION[level]
    return max(1, int(run.rng.triangular(low, high, mode)))


def _gap(run: Run, before: str, after: str) -> int:
    """Days between discharge from ``before`` and the start of ``after``."""
    rng, levels = run.rng, run.reference.levels
    down = levels[after].intensity < levels[before].intensity
    if before in STEP_DOWN_CLOCK_LEVELS and down:
        draw = rng.random()
        gap = (rng.randint(0, 4) if draw < 0.8 else rng.randint(5, 13) if draw < 0.93
               else rng.randint(15, 30))  # a few step-downs happen late
    elif levels[after].intensity > levels[before].intensity:
        gap = rng.randint(0, 3)
    else:
        gap = rng.randint(0, 10)
    if before in ROUND_THE_CLOCK and after in ROUND_THE_CLOCK:
        gap = max(gap, 1)
    return gap


def _write_episodes(run: Run, batch: Batch, facts: ClientFacts) -> None:
    rng, levels = run.rng, run.reference.levels
    episodes = facts.episodes
    sources = ADOLESCENT_SOURCES if facts.adolescent else ADMISSION_SOURCES
    rows = batch.rows["episode"]
    housing, substances = client_background(run, facts)
    for i, episode in enumerate(episodes):
        if i == 0:
            source = rng.choice(sources)
        elif episodes[i - 1].level == episode.level:
            source = "Readmission"
        else:
            before = episodes[i - 1]
            source = (f"{direction_word(run, before.level, episode.level)} from "
                      f"{before.facility.name}")
        disposition = aftercare = ""
        details = None
        if episode.end is not None:
            after = episodes[i + 1] if i + 1 < len(episodes) else None
            details = discharge_details(run, facts, episode, after, housing, substances)
            if i + 1 < len(episodes) and episodes[i + 1].level == episode.level:
                disposition = "Discharged home"
            elif i + 1 < len(episodes):
                after = episodes[i + 1]
                disposition = (f"{direction_word(run, episode.level, after.level)} to "
                               f"{levels[after.level].name}")
            elif facts.scenario == "completed":
                disposition = rng.choice(EXIT_DISPOSITIONS)
            else:
                disposition = rng.choice(AWAITING_DISPOSITIONS)
            aftercare = rng.choice(AFTERCARE_PLANS[episode.level])
        rows.append(episode_row(run, facts, episode, source, disposition, aftercare,
                                details))
