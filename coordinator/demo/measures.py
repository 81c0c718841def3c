"""Measurement-based care for a demo client: PHQ-9 / PHQ-A and GAD-7 series that mostly
improve over an episode, C-SSRS screens at inpatient discharge, and the safety alerts a
positive PHQ item 9 or a moderate or high C-SSRS raises; bands, flags and alert reasons in
the words of ``coordinator.domain.instruments``, as the assessment service writes them."""

from __future__ import annotations

import random
from datetime import date, timedelta

from coordinator.demo.common import DAYS, SLOTS, Batch, Row, item_answers, versioned
from coordinator.demo.state import ClientFacts, EpisodePlan, Run
from coordinator.domain.instrument_wording import ENGLISH, item_language_for, languages_of
from coordinator.domain.instruments import DEFINITIONS, Flag, score_risk
from coordinator.domain.vocabulary import Instrument

# Starting PHQ total by level: sicker people are in more intensive care.
_BASELINE = {"INP": (18, 25), "RES": (12, 20), "WM": (10, 18), "PHP": (15, 23),
             "IOP": (11, 20), "OP": (7, 15)}
ITEM9_FLAG = Flag.SELF_HARM_ITEM.value
_MAX_PER_CLIENT = 5


def band(instrument: str, total: int) -> str:
    return DEFINITIONS[Instrument(instrument)].band_of(total)


def add_assessments(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """PHQ (and GAD-7 for anxious clients) every two weeks in our own IOP/PHP, monthly in
    our outpatient clinic, and C-SSRS screens at inpatient discharge."""
    rng, timeline = run.rng, run.timeline
    random = rng.random
    written = 0
    anxious = "anxiety" in facts.conditions or "ptsd" in facts.conditions
    offset = -4 if facts.focus == "substance_use" else 0
    instrument = _PHQA if facts.adolescent else _PHQ9
    yesterday = timeline.yesterday
    for episode in facts.episodes:
        if episode.status not in _HAPPENED:
            continue
        if written >= _MAX_PER_CLIENT:
            # Later stays' series are not drawn; a stay still going on is scored lately.
            if episode.facility.spec.own and episode.level in _BASELINE \
                    and episode.level != "INP":
                _keep_current(run, batch, facts, episode, instrument, None)
            continue
        level = episode.level
        if level == "INP":
            if episode.end is not None and random() < 0.7:
                _cssrs(run, batch, facts, episode, episode.end)
            continue
        if not episode.facility.spec.own or level not in _BASELINE:
            continue  # partners' scores are not in our record
        if level == "OP" and random() < 0.5:
            # Scored only since the clinic began scheduling its instruments: kept current.
            _keep_current(run, batch, facts, episode, instrument, None)
            continue
        low, high = _BASELINE[level]
        score = max(0, rng.randint(low, high) + offset)
        last_day = episode.end if episode.end and episode.end < yesterday else yesterday
        day = episode.start
        step = DAYS[30 if level == "OP" else 14]
        gad_done = not anxious
        repeats: _GadRepeats | None = None
        while day <= last_day and written < _MAX_PER_CLIENT:
            _phq(run, batch, facts, episode, instrument, day, score)
            written += 1
            if repeats is not None:
                repeats.add(run, batch, facts, episode, day)
            if not gad_done:
                gad = max(0, min(21, score - rng.randint(0, 5)))
                _gad(run, batch, facts, episode, day, gad)
                written += 1
                gad_done = True
                repeats = _GadRepeats(episode.id * 104_729 + facts.id, gad)
            score = max(0, min(27, score - rng.randint(-1, 5)))
            day += step
        _keep_current(run, batch, facts, episode, instrument, score, after=day - step)


# How many days ago each scheduled instrument was last given to a client in care, as a
# clinic that keeps up with its schedule (PHQ weekly, GAD-7 every two weeks) sees it:
# mostly within the schedule, some due today, a few late. (share, fewest, most days ago)
_LAST_GIVEN = {
    "phq": ((0.82, 1, 6), (0.10, 7, 7), (0.08, 8, 13)),
    "gad": ((0.85, 1, 13), (0.08, 14, 14), (0.07, 15, 20)),
}


def _keep_current(run: Run, batch: Batch, facts: ClientFacts, episode: EpisodePlan,
                  instrument: str, score: int | None, *, after: date | None = None) -> None:
    """An episode still going on gets its scheduled instruments given lately (and a
    baseline on its first day when it has none), so the dashboard's assessments due are a
    believable handful. Drawn from a generator of its own (seeded by the episode), so the
    rest of the demo is drawn the same as before; no item 9 is positive here (the demo's
    safety alerts come from the series above). No PHQ is added on or before ``after``, the
    series' last day."""
    yesterday = run.timeline.yesterday
    if episode.status != "active" or episode.end is not None or episode.start > yesterday:
        return
    rng = random.Random(episode.id * 7_919 + facts.id)
    if score is None:
        low, high = _BASELINE[episode.level]
        score = rng.randint(low, high)
        _current_row(run, batch, facts, episode, instrument, episode.start, score, rng)
        _current_row(run, batch, facts, episode, _GAD7, episode.start,
                     max(0, min(21, score - rng.randint(0, 5))), rng)
    for key, given in (("phq", instrument), ("gad", _GAD7)):
        draw, days_ago = rng.random(), 0
        for share, fewest, most in _LAST_GIVEN[key]:
            days_ago = rng.randint(fewest, most)
            if draw < share:
                break
            draw -= share
        day = max(episode.start, yesterday - timedelta(days=days_ago - 1))
        if key == "phq" and after is not None and day <= after:
            continue  # the series' own PHQ is the latest
        top = 27 if given != _GAD7 else 21
        total = max(0, min(top, score - rng.randint(0, 3)))
        _current_row(run, batch, facts, episode, given, day, total, rng)


def _current_row(run: Run, batch: Batch, facts: ClientFacts, episode: EpisodePlan,
                 instrument: str, day: date, total: int, rng: random.Random) -> None:
    items = 7 if instrument == _GAD7 else 9
    answers = item_answers(rng, min(total, 3 * (items - 1)), items, 0)
    total = sum(answers)
    batch.rows["assessment"].append(_row(run, facts, episode, instrument, day, answers, total,
                                         band(instrument, total), [],
                                         slot=rng.randrange(SLOTS)))


class _GadRepeats:
    """The GAD-7 given again with each later PHQ, improving about as the PHQ does: drawn
    from a generator of its own (seeded by the episode), so the rest of the demo is drawn
    the same as when the GAD-7 was given only once."""

    def __init__(self, seed: int, total: int) -> None:
        self.rng = random.Random(seed)
        self.total = total

    def add(self, run: Run, batch: Batch, facts: ClientFacts, episode: EpisodePlan,
            day: date) -> None:
        rng = self.rng
        self.total = max(0, min(21, self.total - rng.randint(-1, 4)))
        answers = [0] * 7
        for _ in range(self.total):  # spread the total over the items, each at most 3
            item = rng.choice([i for i, answer in enumerate(answers) if answer < 3])
            answers[item] += 1
        batch.rows["assessment"].append(_row(
            run, facts, episode, _GAD7, day, answers, self.total, band(_GAD7, self.total), [],
            slot=rng.randrange(SLOTS)))


def _row(run: Run, facts: ClientFacts, episode: EpisodePlan, instrument: str, day: date,
         answers: list[int] | None, total: int | None, band_text: str, flags: list[str],
         risk: str = "", slot: int | None = None) -> Row:
    stamp = run.timeline.at(day, slot)
    # Items read in the client's language where the instrument has it (PHQ-9, GAD-7 in
    # Spanish); none recorded for an instrument entered as a risk level.
    item_language = None
    if answers is not None:
        language = item_language_for(facts.language)
        item_language = (language if language in languages_of(Instrument(instrument))
                         else ENGLISH)
    return {
        "id": run.ids.next("assessment"), "client_id": facts.id, "episode_id": episode.id,
        "instrument": instrument, "administered_on": day, "item_language": item_language,
        "administered_by_id": facts.case_manager_id, "item_answers": answers, "total": total,
        "risk_level": risk, "band": band_text, "flags": flags,
        "entered_in_error": False,
        "version": 1, "created_at": stamp, "updated_at": stamp,
    }


def _phq(run: Run, batch: Batch, facts: ClientFacts, episode: EpisodePlan,
         instrument: str, day: date, total: int) -> None:
    rng = run.rng
    item9 = 0
    if total >= 15 and rng.random() < 0.2:
        item9 = 1 if rng.random() < 0.8 else 2
    answers = run.answers(total, 9, item9)
    total = sum(answers)
    row = _row(run, facts, episode, instrument, day, answers, total,
               band(instrument, total), [ITEM9_FLAG] if item9 else [])
    batch.rows["assessment"].append(row)
    if item9:
        _safety_alert(run, batch, facts, row["id"], instrument, day)


def _gad(run: Run, batch: Batch, facts: ClientFacts, episode: EpisodePlan, day: date,
         total: int) -> None:
    answers = run.answers(total, 7)
    total = sum(answers)
    batch.rows["assessment"].append(_row(run, facts, episode, _GAD7, day, answers, total,
                                         band(_GAD7, total), []))


def _cssrs(run: Run, batch: Batch, facts: ClientFacts, episode: EpisodePlan,
           day: date) -> None:
    draw = run.rng.random()
    risk = "low" if draw < 0.7 else "moderate" if draw < 0.95 else "high"
    score = score_risk(Instrument.CSSRS, risk)
    flags = [flag.value for flag in score.flags]
    row = _row(run, facts, episode, _CSSRS, day, None, None, score.band, flags, risk)
    batch.rows["assessment"].append(row)
    if flags:
        # Screened at discharge, long past: addressed the same day (no draw, so the rest of
        # the demo stays as it was).
        raised = run.timeline.at(day)
        addressed = raised + timedelta(hours=1)
        alert: Row = {
            "id": run.ids.next("safety_alert"), "client_id": facts.id,
            "assessment_id": row["id"], "reason": f"{_CSSRS} on {day.isoformat()}: {flags[0]}",
            "raised_at": raised, "addressed_at": addressed,
            "addressed_by_id": facts.case_manager_id,
            # Completed with the plan that addressed it (demo.safety).
            "action_taken": "Discharge safety plan reviewed with the inpatient team; "
                            "follow-up appointment within 7 days confirmed.",
            "safety_plan_id": None,
            **versioned(raised, addressed, 2),
        }
        batch.rows["safety_alert"].append(alert)
        facts.alerts.append(alert)


def _safety_alert(run: Run, batch: Batch, facts: ClientFacts, assessment_id: int,
                  instrument: str, day: date) -> None:
    rng, timeline = run.rng, run.timeline
    raised = timeline.at(day)
    recent = (timeline.today - day).days <= 7
    addressed = None if recent and rng.random() < 0.5 else raised + timedelta(hours=1)
    alert: Row = {
        "id": run.ids.next("safety_alert"), "client_id": facts.id,
        "assessment_id": assessment_id,
        "reason": f"{instrument} on {day.isoformat()}: {ITEM9_FLAG}",
        "raised_at": raised, "addressed_at": addressed,
        "addressed_by_id": facts.case_manager_id if addressed else None,
        "action_taken": ("Same-day risk assessment; C-SSRS screen low risk. Safety plan "
                         "reviewed and crisis line given." if addressed else ""),
        "safety_plan_id": None,
        **versioned(raised, addressed or raised, 2 if addressed else 1),
    }
    batch.rows["safety_alert"].append(alert)
    facts.alerts.append(alert)


_PHQ9, _PHQA = Instrument.PHQ9.value, Instrument.PHQA.value
_GAD7, _CSSRS = Instrument.GAD7.value, Instrument.CSSRS.value
_HAPPENED = frozenset({"active", "completed"})
