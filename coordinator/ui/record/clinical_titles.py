"""Translated titles of the clinical record's codes (``coordinator.domain.clinical_record``).

One function per vocabulary; each title is written out literally so ``lupdate`` finds it,
and a code the function does not know (a row written before the lists existed, such as a
free-text route "intranasal") is shown as it was stored.
"""

from __future__ import annotations

from datetime import date, time

from coordinator.ui.locale_text import date_time_text
from coordinator.ui.translation import translate


def route_title(code: str) -> str:
    """How a medication is taken (``MedicationRoute``)."""
    return {
        "oral": translate("ClinicalTitles", "By mouth"),
        "sublingual_tablet": translate("ClinicalTitles", "Sublingual tablet"),
        "sublingual_film": translate("ClinicalTitles", "Sublingual film"),
        "orally_disintegrating": translate("ClinicalTitles", "Orally disintegrating tablet"),
        "long_acting_injection": translate("ClinicalTitles", "Long-acting injection"),
        "intramuscular": translate("ClinicalTitles", "Intramuscular injection"),
        "subcutaneous": translate("ClinicalTitles", "Subcutaneous injection"),
        "transdermal": translate("ClinicalTitles", "Transdermal patch"),
        "nasal": translate("ClinicalTitles", "Nasal"),
        "inhaled": translate("ClinicalTitles", "Inhaled"),
        "topical": translate("ClinicalTitles", "On the skin (topical)"),
        "other": translate("ClinicalTitles", "Other route"),
    }.get(code, code)


def frequency_title(code: str) -> str:
    """How often a medication is taken (``MedicationFrequency``)."""
    return {
        "once_daily": translate("ClinicalTitles", "Once daily"),
        "twice_daily": translate("ClinicalTitles", "Twice daily"),
        "three_times_daily": translate("ClinicalTitles", "Three times daily"),
        "four_times_daily": translate("ClinicalTitles", "Four times daily"),
        "at_bedtime": translate("ClinicalTitles", "At bedtime"),
        "every_morning": translate("ClinicalTitles", "Every morning"),
        "every_other_day": translate("ClinicalTitles", "Every other day"),
        "weekly": translate("ClinicalTitles", "Weekly"),
        "every_two_weeks": translate("ClinicalTitles", "Every two weeks"),
        "monthly": translate("ClinicalTitles", "Monthly"),
        "as_needed": translate("ClinicalTitles", "As needed"),
        "other": translate("ClinicalTitles", "Other schedule"),
    }.get(code, code)


def unit_title(code: str) -> str:
    """The unit of a dose (``DoseUnit``), as written after the number: "8 mg"."""
    return {
        "mg": translate("ClinicalTitles", "mg"),
        "mcg": translate("ClinicalTitles", "mcg"),
        "g": translate("ClinicalTitles", "g"),
        "mL": translate("ClinicalTitles", "mL"),
        "units": translate("ClinicalTitles", "units"),
        "tablet": translate("ClinicalTitles", "tablet(s)"),
        "capsule": translate("ClinicalTitles", "capsule(s)"),
        "puff": translate("ClinicalTitles", "puff(s)"),
        "patch": translate("ClinicalTitles", "patch(es)"),
    }.get(code, code)


def medication_status_title(code: str) -> str:
    """``MedicationStatus``."""
    return {
        "active": translate("ClinicalTitles", "Active"),
        "on_hold": translate("ClinicalTitles", "On hold"),
        "stopped": translate("ClinicalTitles", "Stopped"),
    }.get(code, code)


def allergy_severity_title(code: str) -> str:
    """``AllergySeverity``; an empty code (older rows) reads as not recorded."""
    return {
        "mild": translate("ClinicalTitles", "Mild"),
        "moderate": translate("ClinicalTitles", "Moderate"),
        "severe": translate("ClinicalTitles", "Severe"),
        "unknown": translate("ClinicalTitles", "Unknown"),
        "": translate("ClinicalTitles", "Not recorded"),
    }.get(code, code)


def allergy_status_title(code: str) -> str:
    """``AllergyStatus``: whether anyone asked about allergies."""
    return {
        "not_asked": translate("ClinicalTitles", "Allergies not asked yet"),
        "no_known": translate("ClinicalTitles", "No known allergies"),
        "recorded": translate("ClinicalTitles", "Allergies recorded"),
    }.get(code, code)


def appointment_kind_title(kind: str) -> str:
    """``AppointmentKind``; an unknown code is shown as stored."""
    return {
        "intake": translate("ClinicalTitles", "Intake"),
        "psychiatry": translate("ClinicalTitles", "Psychiatry"),
        "therapy": translate("ClinicalTitles", "Therapy"),
        "substance_use_counseling": translate("ClinicalTitles", "Substance-use counseling"),
        "moud": translate("ClinicalTitles", "Medication for a use disorder"),
        "peer_support": translate("ClinicalTitles", "Peer support"),
        "primary_care": translate("ClinicalTitles", "Primary care"),
        "case_management": translate("ClinicalTitles", "Case management"),
        "other": translate("ClinicalTitles", "Other"),
    }.get(kind, kind)


def appointment_status_title(status: str) -> str:
    """``AppointmentStatus``."""
    return {
        "scheduled": translate("ClinicalTitles", "Scheduled"),
        "confirmed": translate("ClinicalTitles", "Confirmed"),
        "kept": translate("ClinicalTitles", "Kept"),
        "missed": translate("ClinicalTitles", "Missed"),
        "cancelled": translate("ClinicalTitles", "Cancelled"),
    }.get(status, status)


def day_and_time(day: date, at: time | None) -> str:
    return date_time_text(day, at)
