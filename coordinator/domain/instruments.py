"""Standard instruments of measurement-based care (docs/architecture.md 3): items, bands, flags and
the outcome words (response, remission, reliable change), as tables plus a little scoring.

Sources:

* PHQ-9 bands 0–4 / 5–9 / 10–14 / 15–19 / 20–27 and the item-9 question: Kroenke, Spitzer &
  Williams, "The PHQ-9", J Gen Intern Med 2001;16:606–613. Response (a drop of 50 % or
  more) and remission (below 5): Kroenke & Spitzer, Psychiatric Annals 2002;32:509–515.
* GAD-7 cut-offs 5 / 10 / 15: Spitzer, Kroenke, Williams & Löwe, Arch Intern Med
  2006;166:1092–1097.
* Reliable change of 6 points (PHQ-9) and 4 points (GAD-7): NHS Talking Therapies (IAPT)
  Manual, "reliable improvement" and "reliable deterioration" definitions.
* PHQ-A: Johnson, Harris, Spitzer & Williams, J Adolesc Health 2002;30:196–204; scored and
  banded like the PHQ-9, with two yes/no suicide-risk questions that are not scored.
* PCL-5: Weathers et al. 2013 (National Center for PTSD). Clusters B 1–5, C 6–7, D 8–14,
  E 15–20; a provisional DSM-5 diagnosis needs items rated 2 or more in at least 1 B,
  1 C, 2 D and 2 E items; probable PTSD at a total of 31–33 (the clinic's setting, default
  33; Bovin et al., Psychol Assess 2016;28:1379–1391). Reliable change: the Center's PCL-5
  fact sheet says 5–10 points is reliable and 10–20 clinically meaningful; we use 10, the
  value that is both, so a word on the chart is never noise.
* EPDS: Cox, Holden & Sagovsky, Br J Psychiatry 1987;150:782–786; 13 or more calls for
  further assessment, and any answer above 0 on item 10 (self-harm) is a safety flag.
  Its wording is copyrighted, so only the total and item 10 (as yes/no) are entered.
* C-SSRS screener (Posner et al., Columbia Lighthouse Project): the clinician enters the
  risk level the screener gave (low / moderate / high); moderate and high are flags.

No instrument is prorated: every item must be answered. The PHQ-9 manual allows none, and
for the others a prorated total would look like a measured one on the trend chart.

Every answer is one point of its item's scale: a whole number from 0 to the item's highest
answer (0-3 on the PHQ-9, PHQ-A and GAD-7, 0-4 on the PCL-5, 0-1 on the PHQ-A's yes/no
questions; the scales in ``instrument_items``). The forms have no half points, so 1.5 is
refused rather than scored, and so is a yes/no given as True or False instead of 1 or 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Literal

from coordinator.domain import instrument_items as words
from coordinator.domain.episodes import ConfirmationRequired
from coordinator.domain.errors import ValidationError
from coordinator.domain.vocabulary import Instrument
from coordinator.domain.words import said

Entry = Literal["items", "total", "risk"]
DEFAULT_PCL5_CUTOFF = 33


class DuplicateAssessment(ConfirmationRequired):
    """The same instrument was already recorded for the client that day; the UI asks
    "record anyway?" and repeats the call with ``confirm_duplicate=True``."""


class Flag(StrEnum):
    """A finding worth a second look; the value is what the record and packet show."""

    SELF_HARM_ITEM = "Thoughts of death or self-harm (item 9)"
    SERIOUS_THOUGHTS = "Serious thoughts of ending life in the past month"
    PAST_ATTEMPT = "Past suicide attempt reported"
    PROBABLE_PTSD = "Probable PTSD"
    DSM5_PATTERN = "DSM-5 PTSD symptom pattern met"
    ASSESS_FURTHER = "Assess further (EPDS 13 or more)"
    EPDS_SELF_HARM = "Thoughts of self-harm (EPDS item 10)"
    MODERATE_RISK = "C-SSRS moderate risk"
    HIGH_RISK = "C-SSRS high risk"


#: Flags that raise a safety alert on the client header and the dashboard.
SAFETY_FLAGS = frozenset({Flag.SELF_HARM_ITEM, Flag.SERIOUS_THOUGHTS, Flag.EPDS_SELF_HARM,
                          Flag.MODERATE_RISK, Flag.HIGH_RISK})


class RiskLevel(StrEnum):
    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"


class Outcome(StrEnum):
    """Words for the change since the episode's first score."""

    RESPONSE = "response"
    REMISSION = "remission"
    RELIABLE_IMPROVEMENT = "reliable improvement"
    RELIABLE_DETERIORATION = "reliable deterioration"


@dataclass(frozen=True)
class Item:
    text: str
    max_answer: int
    scored: bool = True
    #: The flag an answer above 0 raises.
    flag: Flag | None = None


@dataclass(frozen=True)
class Band:
    """Totals from ``lowest`` up (to the next band) are called ``title``."""

    lowest: int
    title: str


@dataclass(frozen=True)
class Definition:
    instrument: Instrument
    title: str
    entry: Entry
    loinc_total: str = ""
    stem: str = ""
    items: tuple[Item, ...] = ()
    scale: tuple[str, ...] = ()
    max_total: int = 0
    bands: tuple[Band, ...] = ()
    reliable_change: int | None = None
    #: Response and remission are judged only from a baseline at or above this total.
    outcome_baseline: int | None = None
    remission_below: int | None = None
    #: (cluster letter, first item, last item), 1-based.
    clusters: tuple[tuple[str, int, int], ...] = ()

    @property
    def scored_items(self) -> tuple[Item, ...]:
        return tuple(item for item in self.items if item.scored)

    def band_of(self, total: int) -> str:
        """The band title for ``total`` (the highest band whose lowest it reaches)."""
        title = ""
        for band in self.bands:
            if total >= band.lowest:
                title = band.title
        return title

    def band_index(self, total: int) -> int:
        return max(i for i, band in enumerate(self.bands) if total >= band.lowest)


@dataclass(frozen=True)
class Score:
    """What an administration comes to: stored with the answers on the record."""

    instrument: Instrument
    total: int | None
    band: str
    risk_level: str = ""
    flags: tuple[Flag, ...] = ()
    cluster_totals: tuple[tuple[str, int], ...] = ()

    @property
    def safety_flags(self) -> tuple[Flag, ...]:
        return tuple(flag for flag in self.flags if flag in SAFETY_FLAGS)


_DEPRESSION_BANDS = (Band(0, "Minimal"), Band(5, "Mild"), Band(10, "Moderate"),
                     Band(15, "Moderately severe"), Band(20, "Severe"))


def _items(texts: Sequence[str], max_answer: int) -> tuple[Item, ...]:
    return tuple(Item(text, max_answer) for text in texts)


DEFINITIONS: dict[Instrument, Definition] = {
    Instrument.PHQ9: Definition(
        Instrument.PHQ9, "PHQ-9 (depression)", "items", "44261-6", words.PHQ9_STEM,
        (*_items(words.PHQ9_ITEMS[:8], 3),
         Item(words.PHQ9_ITEMS[8], 3, flag=Flag.SELF_HARM_ITEM)),
        words.TWO_WEEKS_SCALE, 27, _DEPRESSION_BANDS, reliable_change=6,
        outcome_baseline=10, remission_below=5),
    Instrument.PHQA: Definition(
        Instrument.PHQA, "PHQ-A (adolescent depression)", "items", "89204-2", words.PHQA_STEM,
        (*_items(words.PHQA_ITEMS[:8], 3),
         Item(words.PHQA_ITEMS[8], 3, flag=Flag.SELF_HARM_ITEM),
         Item(words.PHQA_RISK_ITEMS[0], 1, scored=False, flag=Flag.SERIOUS_THOUGHTS),
         Item(words.PHQA_RISK_ITEMS[1], 1, scored=False, flag=Flag.PAST_ATTEMPT)),
        words.TWO_WEEKS_SCALE, 27, _DEPRESSION_BANDS, reliable_change=6,
        outcome_baseline=10, remission_below=5),
    Instrument.GAD7: Definition(
        Instrument.GAD7, "GAD-7 (anxiety)", "items", "70274-6", words.GAD7_STEM,
        _items(words.GAD7_ITEMS, 3), words.TWO_WEEKS_SCALE, 21,
        (Band(0, "Minimal"), Band(5, "Mild"), Band(10, "Moderate"), Band(15, "Severe")),
        reliable_change=4, outcome_baseline=10, remission_below=5),
    Instrument.PCL5: Definition(
        Instrument.PCL5, "PCL-5 (PTSD)", "items", "", words.PCL5_STEM,
        _items(words.PCL5_ITEMS, 4), words.PAST_MONTH_SCALE, 80,
        (Band(0, "Below the cut-off"), Band(DEFAULT_PCL5_CUTOFF, "Probable PTSD")),
        reliable_change=10,
        clusters=(("B", 1, 5), ("C", 6, 7), ("D", 8, 14), ("E", 15, 20))),
    Instrument.EPDS: Definition(
        Instrument.EPDS, "EPDS (perinatal depression)", "total", "", max_total=30,
        bands=(Band(0, "Below the cut-off"), Band(13, "Assess further"))),
    Instrument.CSSRS: Definition(Instrument.CSSRS, "C-SSRS screener (suicide risk)", "risk"),
}

#: Items at or above this rating count as a symptom for the DSM-5 pattern (Weathers 2013).
_PCL5_SYMPTOM_RATING = 2
_PCL5_PATTERN = {"B": 1, "C": 1, "D": 2, "E": 2}
_RISK_FLAGS = {RiskLevel.MODERATE: Flag.MODERATE_RISK, RiskLevel.HIGH: Flag.HIGH_RISK}


def definition(instrument: Instrument, pcl5_cutoff: int = DEFAULT_PCL5_CUTOFF) -> Definition:
    """The instrument's definition; the PCL-5's "probable PTSD" band starts at the clinic's
    cut-off."""
    found = DEFINITIONS[instrument]
    if instrument is Instrument.PCL5:
        return replace(found, bands=(found.bands[0], Band(pcl5_cutoff, found.bands[1].title)))
    return found


def score_items(instrument: Instrument, answers: Sequence[int | None], *,
                pcl5_cutoff: int = DEFAULT_PCL5_CUTOFF) -> Score:
    """Total, band and flags of an item-by-item administration.

    Raises ``ValidationError`` on ``item_answers`` naming the unanswered items, or the
    ones that are not a whole number on their scale; no instrument is prorated (see the
    module docstring).
    """
    found = definition(instrument, pcl5_cutoff)
    if found.entry != "items":
        raise ValueError(f"{instrument} is not entered item by item")
    answers = list(answers)
    if len(answers) > len(found.items):
        raise ValidationError.for_fields({"item_answers": (
            f"The {instrument} has {len(found.items)} items, not {len(answers)}.")})
    answers += [None] * (len(found.items) - len(answers))
    wrong = [(str(number), item.max_answer)
             for number, (item, answer) in enumerate(zip(found.items, answers, strict=True), 1)
             if answer is not None and _point_on_scale(answer, item.max_answer) is None]
    if wrong:
        ranges = sorted({f"0 to {highest}" for _number, highest in wrong})
        what = "a whole number" if len(wrong) == 1 else "whole numbers"
        raise ValidationError.for_fields({"item_answers": (
            f"{_items_named([number for number, _highest in wrong])} of the {instrument} "
            f"must be {what} from {' or '.join(ranges)}.")})
    answers = [None if answer is None else _point_on_scale(answer, item.max_answer)
               for item, answer in zip(found.items, answers, strict=True)]
    missing = [str(number) for number, answer in enumerate(answers, 1) if answer is None]
    if missing:
        raise ValidationError.for_fields({"item_answers": _unanswered(missing, instrument)})
    given = [answer or 0 for answer in answers]
    total = sum(answer for item, answer in zip(found.items, given, strict=True) if item.scored)
    flags = [item.flag for item, answer in zip(found.items, given, strict=True)
             if item.flag is not None and answer > 0]
    clusters = tuple((letter, sum(given[first - 1:last]))
                     for letter, first, last in found.clusters)
    if instrument is Instrument.PCL5:
        if total >= pcl5_cutoff:
            flags.append(Flag.PROBABLE_PTSD)
        if _meets_dsm5_pattern(found, given):
            flags.append(Flag.DSM5_PATTERN)
    return Score(instrument, total, found.band_of(total), flags=tuple(flags),
                 cluster_totals=clusters)


def score_total(instrument: Instrument, total: int | None, *,
                self_harm: bool = False) -> Score:
    """An EPDS recorded as its total and whether item 10 (self-harm) was answered above 0."""
    found = DEFINITIONS[instrument]
    if found.entry != "total":
        raise ValueError(f"{instrument} is not entered as a total")
    if total is None:
        raise ValidationError.for_fields({"total": said(
            "Validation", "Enter the %1 total.").arg(instrument.value)})
    whole = _point_on_scale(total, found.max_total)
    if whole is None:
        raise ValidationError.for_fields({"total": said(
            "Validation", "The %1 total must be a whole number between 0 and %2.").arg(
            instrument.value, found.max_total)})
    total = whole
    flags = [Flag.ASSESS_FURTHER] if total >= found.bands[-1].lowest else []
    if self_harm:
        flags.append(Flag.EPDS_SELF_HARM)
    return Score(instrument, total, found.band_of(total), flags=tuple(flags))


def score_risk(instrument: Instrument, risk_level: str) -> Score:
    """A C-SSRS screener recorded as the risk level it gave."""
    if DEFINITIONS[instrument].entry != "risk":
        raise ValueError(f"{instrument} is not entered as a risk level")
    try:
        level = RiskLevel(risk_level.strip().lower())
    except ValueError:
        raise ValidationError.for_fields({"risk_level": said(
            "Validation", "Choose the risk level the screener gave: low, moderate or "
                          "high.")}) from None
    flag = _RISK_FLAGS.get(level)
    return Score(instrument, None, f"{level.value.capitalize()} risk", level.value,
                 flags=(flag,) if flag else ())


def outcomes(instrument: Instrument, baseline: int, current: int) -> tuple[Outcome, ...]:
    """The words for a change from the episode's first total ``baseline`` to ``current``.

    Response: a drop of at least 50 % (exactly half counts). Remission: below the
    remission total. Both only from a baseline at or above the instrument's clinical
    cut-off (10 on the PHQ-9), so a client who starts minimal is not "in remission".
    Reliable improvement or deterioration: a change of at least the reliable-change points.
    """
    found = DEFINITIONS[instrument]
    words: list[Outcome] = []
    if found.outcome_baseline is not None and baseline >= found.outcome_baseline:
        if current * 2 <= baseline:
            words.append(Outcome.RESPONSE)
        if found.remission_below is not None and current < found.remission_below:
            words.append(Outcome.REMISSION)
    if found.reliable_change is not None:
        if baseline - current >= found.reliable_change:
            words.append(Outcome.RELIABLE_IMPROVEMENT)
        elif current - baseline >= found.reliable_change:
            words.append(Outcome.RELIABLE_DETERIORATION)
    return tuple(words)


def _meets_dsm5_pattern(found: Definition, answers: Sequence[int]) -> bool:
    for letter, first, last in found.clusters:
        present = sum(1 for answer in answers[first - 1:last]
                      if answer >= _PCL5_SYMPTOM_RATING)
        if present < _PCL5_PATTERN[letter]:
            return False
    return True


def _point_on_scale(answer: object, highest: int) -> int | None:
    """``answer`` as a whole number from 0 to ``highest``, else None.

    A float with nothing after the point (2.0) counts as the whole number it is; True and
    False are not numbers on a scale, although Python counts them as 1 and 0.
    """
    if isinstance(answer, bool):
        return None
    if isinstance(answer, float) and answer.is_integer():
        answer = int(answer)
    if isinstance(answer, int) and 0 <= answer <= highest:
        return answer
    return None


def _unanswered(missing: Sequence[str], instrument: Instrument) -> str:
    """The sentence asking for the items ``missing`` (their numbers) of ``instrument``."""
    if len(missing) == 1:
        return said("Validation", "Answer every item: item %1 is not answered. The %2 is not "
                                  "prorated.").arg(missing[0], instrument.value)
    return said("Validation", "Answer every item: items %1 and %2 are not answered. The %3 is "
                              "not prorated.").arg(", ".join(missing[:-1]), missing[-1],
                                                   instrument.value)


def _items_named(numbers: Sequence[str]) -> str:
    if len(numbers) == 1:
        return f"Item {numbers[0]}"
    return f"Items {', '.join(numbers[:-1])} and {numbers[-1]}"
