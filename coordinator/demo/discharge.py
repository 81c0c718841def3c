"""What a discharge summary says about a completed demo episode: the client's condition and
mental status, the treatment given, substances and last use, legal and housing status, and
the level of care planned next."""

from __future__ import annotations

from datetime import date

from coordinator.demo.common import DAYS, Row, WeightedChoice
from coordinator.demo.episodes import MENTAL
from coordinator.demo.state import ClientFacts, EpisodePlan, Run
from coordinator.demo.texts import (
    MENTAL_STATUS,
    SUBSTANCE_MENTAL_STATUS,
    SUBSTANCES,
    TREATMENT_BY_LEVEL,
)

_CONDITION: WeightedChoice[str] = WeightedChoice([
    ("improved", 78), ("unchanged", 17), ("worse", 5)])
# Leaving for a more intensive level: rarely "improved".
_CONDITION_STEPPING_UP: WeightedChoice[str] = WeightedChoice([
    ("improved", 5), ("unchanged", 45), ("worse", 50)])
_HOUSING: WeightedChoice[str] = WeightedChoice([
    ("stably_housed", 56), ("with_family_or_friends", 22), ("sober_living", 5),
    ("shelter", 9), ("unsheltered", 6), ("institution", 2)])
_VOLUNTARY = "voluntary"


def client_background(run: Run, facts: ClientFacts) -> tuple[str, str]:
    """The client's housing and the substances a discharge lists (empty for mental health)."""
    rng = run.rng
    housing = _HOUSING.pick(rng)
    if facts.adolescent and housing in ("sober_living", "shelter", "unsheltered"):
        housing = "with_family_or_friends"
    if facts.focus == MENTAL:
        return housing, ""
    used = [rng.choice(SUBSTANCES[condition]) for condition in facts.conditions
            if condition in SUBSTANCES and condition != "nicotine"]
    if "nicotine" in facts.conditions and rng.random() < 0.5:
        used.append("Tobacco")
    return housing, ", ".join(used or ["Alcohol"])


def discharge_details(run: Run, facts: ClientFacts, episode: EpisodePlan,
                      after: EpisodePlan | None, housing: str, substances: str) -> Row:
    """The discharge columns of a completed episode (``after``: the next episode, if any)."""
    rng = run.rng
    random = rng.random
    level = episode.level
    levels = run.reference.levels
    stepping_up = after is not None and levels[after.level].intensity > levels[level].intensity
    condition = (_CONDITION_STEPPING_UP if stepping_up else _CONDITION).pick(rng)
    treatment = run.phrases(TREATMENT_BY_LEVEL[level], 2, 4, ", ")
    legal = _VOLUNTARY
    draw = random()
    if level == "INP":
        legal = ("involuntary_hold" if draw < 0.25 else "conservatorship"
                 if draw < 0.27 and "psychosis" in facts.conditions else _VOLUNTARY)
    elif substances and draw < 0.1:
        legal = "probation_parole" if draw < 0.06 else "court_ordered"
    if level == "RES" and substances and random() < 0.3:
        housing = "sober_living"
    last_use: date | None = None
    if substances:
        assert episode.end is not None
        if random() < 0.88:  # abstinent through the stay
            last_use = episode.start - DAYS[rng.randint(0 if level == "WM" else 1,
                                                        2 if level == "WM" else 20)]
        else:  # a return to use during treatment
            last_use = episode.start + DAYS[rng.randint(0, (episode.end - episode.start).days)]
            if last_use >= episode.end:
                last_use = episode.end - DAYS[1]
    return {
        "discharge_condition": condition,
        "mental_status": rng.choice((SUBSTANCE_MENTAL_STATUS if substances and random() < 0.5
                                     else MENTAL_STATUS)[condition]),
        "treatment_provided": treatment,
        "substances": substances, "last_use_on": last_use, "legal_status": legal,
        "housing_status": housing,
        "planned_next_level": after.level if after else None,
        "planned_next_start": after.start if after else None,
    }
