"""Discharge details: how the client left an episode, checked and saved on the episode.

The details travel with the end of an episode (a discharge, or a transition that ends it)
in the same transaction, and may be filled in or corrected later on the ended episode.
They feed the discharge summary and tell the receiving program what it needs to know:
condition and mental status at discharge, the treatment given, substances and last use
(substance-use care only), legal and housing status, and the planned next level of care.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from coordinator.domain.clinical_dates import clinical_date_problem
from coordinator.domain.clinical_record import DischargeCondition, HousingStatus, LegalStatus
from coordinator.domain.vocabulary import CareFocus
from coordinator.domain.words import said
from coordinator.services.care.dto import DISCHARGE_FIELDS, DischargeDetails
from coordinator.services.field_limits import column_problems
from coordinator.store.models import Episode, LevelOfCare

#: Free text a clinician writes in a few paragraphs at most; the columns themselves have
#: no length, so a pasted chart note is stopped here rather than printed on every packet.
SUMMARY_LIMIT = 4000
_LIMITS = {"mental_status": SUMMARY_LIMIT, "treatment_provided": SUMMARY_LIMIT}
#: Substance use is asked about only where substance use is treated.
_SUBSTANCE_FOCUS = frozenset({CareFocus.SUBSTANCE_USE.value, CareFocus.CO_OCCURRING.value})


def cleaned_details(details: DischargeDetails) -> DischargeDetails:
    """``details`` with spaces trimmed, codes as stored, and a blank level as none."""
    level = (details.planned_next_level or "").strip().upper() or None
    return replace(
        details, discharge_condition=details.discharge_condition.strip(),
        mental_status=details.mental_status.strip(),
        treatment_provided=details.treatment_provided.strip(),
        substances=details.substances.strip(), legal_status=details.legal_status.strip(),
        housing_status=details.housing_status.strip(), planned_next_level=level)


def takes_substances(focus: str) -> bool:
    """Whether an episode of ``focus`` records substances used and the last use."""
    return focus in _SUBSTANCE_FOCUS


def details_problems(session: Session, episode: Episode, details: DischargeDetails, *,
                     discharged_on: date | None, today: date,
                     birth_date: date | None) -> dict[str, str]:
    """A sentence per discharge-detail field that cannot be saved on ``episode``.

    ``discharged_on`` is the episode's (new) end date, which the last use may not follow
    and the planned next start may not precede; None when that date has its own problem.
    """
    problems = column_problems(Episode, {
        "mental_status": details.mental_status,
        "treatment_provided": details.treatment_provided,
        "substances": details.substances}, limits=_LIMITS)
    for name, codes, sentence in (
            ("discharge_condition", DischargeCondition,
             "Choose improved, unchanged or worse."),
            ("legal_status", LegalStatus, "Choose a legal status from the list."),
            ("housing_status", HousingStatus, "Choose a housing status from the list.")):
        value = getattr(details, name)
        if value and value not in {item.value for item in codes}:
            problems[name] = sentence
    if not takes_substances(episode.focus):
        refused = ("Substances and last use are recorded for substance-use or co-occurring "
                   "care; this is a mental-health episode, so leave it empty.")
        if details.substances:
            problems["substances"] = refused
        if details.last_use_on is not None:
            problems["last_use_on"] = refused
    elif details.last_use_on is not None and (problem := _last_use_problem(
            details.last_use_on, discharged_on, today, birth_date)):
        problems["last_use_on"] = problem
    level = details.planned_next_level
    if level is not None and (len(level) > 10 or session.get(LevelOfCare, level) is None):
        problems["planned_next_level"] = said(
            "Validation", "Choose the planned next level from the list.")
    start = details.planned_next_start
    if start is not None:
        if problem := clinical_date_problem(
                said("Validation", "The planned start"), start, today=today, birth_date=birth_date):
            problems["planned_next_start"] = problem
        elif discharged_on is not None and start < discharged_on:
            problems["planned_next_start"] = (
                f"The planned start {start.isoformat()} is before the discharge on "
                f"{discharged_on.isoformat()}.")
    return problems


def _last_use_problem(day: date, discharged_on: date | None, today: date,
                      birth_date: date | None) -> str | None:
    shown = day.isoformat()
    if problem := clinical_date_problem(said("Validation", "The last use"), day, today=today,
                                        birth_date=birth_date):
        return problem
    if day > today:
        return f"The last use {shown} is after today; check the date."
    if discharged_on is not None and day > discharged_on:
        return (f"The last use {shown} is after the discharge on "
                f"{discharged_on.isoformat()}; record use up to the discharge.")
    return None


def apply_details(episode: Episode, details: DischargeDetails) -> list[str]:
    """Save ``details`` on ``episode``; returns the names of the fields that changed."""
    changed = []
    for name in DISCHARGE_FIELDS:
        value = getattr(details, name)
        before = getattr(episode, name)
        if name in ("last_use_on", "planned_next_level", "planned_next_start"):
            same = before == value
        else:
            same = (before or "") == value
        if not same:
            setattr(episode, name, value)
            changed.append(name)
    return changed


def with_next_level(details: DischargeDetails, level_code: str,
                    start: date | None) -> DischargeDetails:
    """``details`` with the level and start the client really moves on to, where the
    details do not name a planned next level (or start) themselves."""
    return replace(details, planned_next_level=details.planned_next_level or level_code,
                   planned_next_start=details.planned_next_start or start)


def details_audit_words(changed: list[str]) -> str:
    """What an audit event says about the details saved, e.g. "; details: housing_status"."""
    return f"; details: {', '.join(changed)}" if changed else ""

