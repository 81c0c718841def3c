"""Translated titles of the clinical record's codes (``coordinator.domain.clinical_record``).

One function per vocabulary; each title is written out literally so ``lupdate`` finds it,
and a code the function does not know (a row written before the lists existed, such as a
free-text route "intranasal") is shown as it was stored.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClinicalTitles", text)


def route_title(code: str) -> str:
    """How a medication is taken (``MedicationRoute``)."""
    return {
        "oral": _tr("By mouth"),
        "sublingual_tablet": _tr("Sublingual tablet"),
        "sublingual_film": _tr("Sublingual film"),
        "orally_disintegrating": _tr("Orally disintegrating tablet"),
        "long_acting_injection": _tr("Long-acting injection"),
        "intramuscular": _tr("Intramuscular injection"),
        "subcutaneous": _tr("Subcutaneous injection"),
        "transdermal": _tr("Transdermal patch"),
        "nasal": _tr("Nasal"),
        "inhaled": _tr("Inhaled"),
        "topical": _tr("On the skin (topical)"),
        "other": _tr("Other route"),
    }.get(code, code)


def frequency_title(code: str) -> str:
    """How often a medication is taken (``MedicationFrequency``)."""
    return {
        "once_daily": _tr("Once daily"),
        "twice_daily": _tr("Twice daily"),
        "three_times_daily": _tr("Three times daily"),
        "four_times_daily": _tr("Four times daily"),
        "at_bedtime": _tr("At bedtime"),
        "every_morning": _tr("Every morning"),
        "every_other_day": _tr("Every other day"),
        "weekly": _tr("Weekly"),
        "every_two_weeks": _tr("Every two weeks"),
        "monthly": _tr("Monthly"),
        "as_needed": _tr("As needed"),
        "other": _tr("Other schedule"),
    }.get(code, code)


def unit_title(code: str) -> str:
    """The unit of a dose (``DoseUnit``), as written after the number: "8 mg"."""
    return {
        "mg": _tr("mg"),
        "mcg": _tr("mcg"),
        "g": _tr("g"),
        "mL": _tr("mL"),
        "units": _tr("units"),
        "tablet": _tr("tablet(s)"),
        "capsule": _tr("capsule(s)"),
        "puff": _tr("puff(s)"),
        "patch": _tr("patch(es)"),
    }.get(code, code)


def medication_status_title(code: str) -> str:
    """``MedicationStatus``."""
    return {
        "active": _tr("Active"),
        "on_hold": _tr("On hold"),
        "stopped": _tr("Stopped"),
    }.get(code, code)


def allergy_severity_title(code: str) -> str:
    """``AllergySeverity``; an empty code (older rows) reads as not recorded."""
    return {
        "mild": _tr("Mild"),
        "moderate": _tr("Moderate"),
        "severe": _tr("Severe"),
        "unknown": _tr("Unknown"),
        "": _tr("Not recorded"),
    }.get(code, code)


def allergy_status_title(code: str) -> str:
    """``AllergyStatus``: whether anyone asked about allergies."""
    return {
        "not_asked": _tr("Allergies not asked yet"),
        "no_known": _tr("No known allergies"),
        "recorded": _tr("Allergies recorded"),
    }.get(code, code)


def appointment_kind_title(kind: str) -> str:
    """``AppointmentKind``; an unknown code is shown as stored."""
    return {
        "intake": _tr("Intake"),
        "psychiatry": _tr("Psychiatry"),
        "therapy": _tr("Therapy"),
        "substance_use_counseling": _tr("Substance-use counseling"),
        "moud": _tr("Medication for a use disorder"),
        "peer_support": _tr("Peer support"),
        "primary_care": _tr("Primary care"),
        "case_management": _tr("Case management"),
        "other": _tr("Other"),
    }.get(kind, kind)


def appointment_status_title(status: str) -> str:
    """``AppointmentStatus``."""
    return {
        "scheduled": _tr("Scheduled"),
        "confirmed": _tr("Confirmed"),
        "kept": _tr("Kept"),
        "missed": _tr("Missed"),
        "cancelled": _tr("Cancelled"),
    }.get(status, status)


def day_and_time(day: date, at: time | None) -> str:
    return f"{day.isoformat()} {at.strftime('%H:%M')}" if at is not None else day.isoformat()
