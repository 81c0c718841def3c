"""The English texts of client documents: every fixed word the discharge summary, the
shared packet sections and the client's referral letter print.

Keys are stable names; values are ``str.format`` templates whose ``{fields}`` the document
fills. ``document_text_es`` holds the same keys in Spanish (a test checks that it lacks
none). Coded vocabulary (levels of care, statuses, routes…) is in ``VOCABULARY``, keyed by
the code stored in the database; most of its English words come from the domain's own word
tables, so the documents print what the app shows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coordinator.domain.care_plan import PROGRESS_WORDS, STATUS_WORDS
from coordinator.domain.clinical_record import (
    APPOINTMENT_KIND_WORDS,
    CONDITION_WORDS,
    DIRECTIVE_WORDS,
    FIREARMS_WORDS,
    FREQUENCY_WORDS,
    HOUSING_WORDS,
    LEGAL_WORDS,
    NO_ALLERGY_WORDS,
    ROUTE_WORDS,
    SAFETY_PLAN_STEPS,
)
from coordinator.domain.instruments import Flag
from coordinator.domain.levels import SEED_LEVELS
from coordinator.domain.referrals import CATEGORY_TITLES, PRIORITY_TITLES, STATUS_TITLES

CONFIDENTIALITY_NOTICE = (
    "CONFIDENTIAL: this document contains protected health information. If you received it "
    "in error, notify the sender and destroy it. Do not redisclose without the client's "
    "written consent.")

TEXTS: dict[str, str] = {
    # --- every page ---
    "none_recorded": "None recorded",
    "confidentiality": CONFIDENTIALITY_NOTICE,
    "page_of": "Page {number} of {total}",
    "letterhead.phone": "Phone {phone}",
    "letterhead.fax": "Fax {fax}",
    "clinic": "Clinic",
    "client_line": "{name} · DOB {birth} · Record no. {record}",
    "unknown": "unknown",
    #: After the official English 42 CFR 2.32 notice: nothing in an English document.
    "redisclosure.translation": "",
    # --- a disposition the app wrote when a transition closed a stay ---
    "disposition.stepped_down": "Stepped down to {level}",
    "disposition.stepped_up": "Stepped up to {level}",
    "disposition.transferred": "Transferred to {level}",
    "disposition.left_care": "Discharged from care",
    # --- discharge summary: headings ---
    "discharge.title": "Discharge summary",
    "h.stay": "Stay",
    "h.client": "Client",
    "h.reason_discharge": "Reason for discharge",
    "h.condition_discharge": "Condition at discharge",
    "h.treatment": "Treatment provided",
    "h.levels": "Levels of care",
    "h.diagnoses": "Diagnoses",
    "h.medications": "Medications",
    "h.allergies": "Allergies",
    "h.care_plan": "Care plan",
    "h.risk": "Current risk",
    "h.safety_plan": "Safety plan",
    "h.directives": "Advance directives",
    "h.substance_use": "Substance use",
    "h.measurement": "Measurement history",
    "h.care_team": "Care team",
    "h.referrals": "Referrals",
    "h.next": "Next level of care and follow-up",
    "h.aftercare": "Aftercare plan",
    "h.consent": "Consent",
    "h.signatures": "Signatures",
    # --- stay ---
    "f.level": "Level of care",
    "f.facility": "Facility or program",
    "f.admitted": "Admitted",
    "f.discharged": "Discharged",
    "f.length": "Length of stay",
    "f.clinician": "Responsible clinician",
    "f.clinic_npi": "Clinic NPI",
    "f.prepared": "Prepared",
    "stay.still_in_care": "Still in care on {day}",
    "stay.not_set": "Not set yet (in care on {day})",
    "stay.planned": "{day} (planned)",
    "stay.day": "{count} day",
    "stay.days": "{count} days",
    "stay.so_far": "{length} so far",
    "stay.prepared_by": "{day} by {name}",
    # --- client ---
    "f.name": "Name",
    "f.preferred_name": "Preferred name",
    "f.birth_date": "Date of birth",
    "f.record_number": "Record number",
    "f.sex_at_birth": "Sex at birth",
    "f.gender_identity": "Gender identity",
    "f.pronouns": "Pronouns",
    "f.language": "Language",
    "f.phone": "Phone",
    "f.address": "Address",
    "f.emergency_contact": "Emergency contact",
    "f.guardian": "Guardian",
    "f.insurance": "Insurance",
    "client.interpreter": "{language} (interpreter needed)",
    # --- leaving and treatment ---
    "f.condition": "Condition",
    "f.mental_status": "Mental status",
    "f.legal_status": "Legal status",
    "f.housing": "Housing",
    "f.program": "Program",
    "f.attendance": "Attendance",
    "f.use_disorder_medication": "Medication for a substance-use disorder",
    "f.treatment_summary": "Treatment summary",
    "attendance.line": "{attended} of {expected} expected sessions attended{share}, "
                       "{hours} hours{excused}",
    "attendance.share": " ({percent} adherence)",
    "attendance.excused_one": "; {count} excused absence",
    "attendance.excused": "; {count} excused absences",
    "attendance.none": "No roll call was taken in this stay.",
    "program.track": "{track} track",
    "program.hours": "{hours} hours a week planned",
    # --- tables ---
    "col.level": "Level of care",
    "col.facility": "Facility or program",
    "col.start": "Start",
    "col.end": "End",
    "col.status": "Status",
    "col.disposition": "Disposition",
    "sub.journey": "Journey through the levels of care",
    "col.code": "Code",
    "col.description": "Description",
    "col.type": "Type",
    "col.onset": "Onset",
    "dx.primary": "Primary",
    "dx.substance_use": "Substance use",
    "col.medication": "Medication",
    "col.dose": "Dose",
    "col.route": "Route",
    "col.frequency": "Frequency",
    "col.prescriber": "Prescriber",
    "col.since": "Since",
    "col.substance": "Substance",
    "col.reaction": "Reaction",
    "col.severity": "Severity",
    "col.date": "Date",
    "col.instrument": "Instrument",
    "col.total": "Total",
    "col.band": "Band",
    "col.flags": "Flags",
    "sub.score_trends": "Score trends",
    "col.role": "Role",
    "col.name": "Name",
    "col.organization": "Organization",
    "col.phone": "Phone",
    "col.fax": "Fax",
    "col.email": "E-mail",
    "col.category": "Category",
    "col.to": "To",
    "col.follow_up_due": "Follow-up due",
    "col.reason": "Reason",
    # --- risk ---
    "f.screens": "Suicide-risk screens",
    "screen.line": "{day}: {result}",
    "screen.cssrs": "C-SSRS screener",
    "screen.phq9_item9": "PHQ-9 item 9 (thoughts of death or self-harm)",
    "screen.not_answered": "not answered",
    "screen.answer": "{answer} ({words})",
    "sub.safety_note": "Safety note",
    "sub.safety_alerts": "Safety alerts",
    "col.raised": "Raised",
    "col.addressed": "Addressed",
    "col.action": "Action taken",
    "alert.open": "Open",
    "plan.version": "Version {number}, completed {day}{by}.",
    "plan.with": " with {name}",
    "f.firearms": "Firearms",
    "f.reasons_for_living": "Reasons for living",
    "col.directive": "Directive",
    "col.kept_where": "Where it is kept",
    "col.agent": "Agent",
    "directive.not_asked": "Not asked",
    "directive.none": "The client has none",
    "directive.on_file": "On file",
    "directive.on_file_signed": "On file, signed {day}",
    "f.substances": "Substances",
    "f.last_use": "Last use",
    # --- care plan ---
    "care_plan.about": "Version {number}, in force from {start}; {reviewed}; next review "
                       "due {due}.",
    "care_plan.reviewed": "last reviewed {day}",
    "care_plan.not_reviewed": "not reviewed yet",
    "care_plan.goal": "Goal {number} ({status}): “{goal}”",
    "care_plan.problem": "Problem: {problem}",
    "care_plan.progress": "{words} (review {day})",
    "col.objective": "Objective",
    "col.target_date": "Target date",
    "col.latest_progress": "Latest progress",
    # --- next steps ---
    "next.at": " at {facility}",
    "next.starting": ", starting {day}",
    "f.planned_next": "Planned next level",
    "f.follow_up_due": "Follow-up due",
    "sub.appointments": "Booked appointments",
    "col.when": "When",
    "col.with": "With",
    "col.where": "Where",
    "col.what": "What",
    "appointment.when": "{day} {time}",
    "clock.step_down": "The client must start the next level of care by {day}.",
    "clock.iet": "The client must start substance-use treatment by {day}.",
    "clock.mental_health": "The client must be seen by {day} for the mental-health "
                           "follow-up.",
    "clock.substance_use": "The client must be seen by {day} for the substance-use "
                           "follow-up.",
    # --- closing ---
    "consent.line": "Disclosed under release of information no. {number}, signed {day} by "
                    "{by}; expires {expires}. A summary of the consent is the last page of "
                    "this packet.",
    "signatures.prepared": "Prepared by {name} on {day}.",
    "signatures.case_manager": "the case manager",
    "signature.line": "Signature: {signer}",
    "signature.date": "Date",
    "signer.clinician": "Responsible clinician",
    "signer.clinician_named": "Responsible clinician: {name}",
    "signer.case_manager": "Case manager: {name}",
    # --- the journey chart ---
    "chart.step_up": "Step-up",
    "chart.step_down": "Step-down",
    "chart.lateral": "Lateral",
    "chart.open_clock": "Open clock",
    "chart.today": "Today",
    "chart.planned_legend": "Planned",
    "chart.planned": "planned",
    "chart.due": "due",
    "chart.met": "met",
    "chart.missed": "missed",
    "chart.no_episodes": "No episodes recorded.",
    "chart.earlier": "{count} earlier episodes not shown",
    "chart.point": "{total} on {day}",
    "chart.total": "{instrument} total (0–{top})",
    "chart.months": "Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec",
    "chart.clock": "{title} ({days} days)",
    # --- opening hours (from the directory's schedules) ---
    "hours.day_names": "Mon,Tue,Wed,Thu,Fri,Sat,Sun",
    "hours.every_day": "Every day",
    "hours.all_day": "24 hours",
    "hours.monthly": "Monthly",
    "hours.ordinals": "1st,2nd,3rd,4th,5th,last",
    # --- the client's referral letter ---
    "letter.title": "Your referral",
    "letter.document_title": "Referral letter",
    "letter.greeting": "Dear {name},",
    "letter.intro": "Your case manager has referred you to the program below for "
                    "{category} services.",
    "letter.where": "Where you are referred",
    "f.organization": "Organization",
    "f.service": "Service",
    "f.hours": "Hours",
    "letter.why": "Why you are referred",
    "letter.next": "What to do next",
    "letter.appointment": "You have an appointment on {day}. Please arrive a few minutes "
                          "early and bring a photo ID and your insurance card if you have "
                          "them.",
    "letter.call_by": "Please call the program by {day} to ask for your first "
                      "appointment.",
    "letter.call_soon": "Please call the program as soon as you can to ask for your first "
                        "appointment.",
    "letter.no_phone": "Please contact the program in person or ask your case manager "
                       "how to reach it.",
    "letter.tell_us": "Let your case manager know how it went, or if anything gets in the "
                      "way.",
    "letter.questions": "Questions? Call us",
    "f.case_manager": "Case manager",
    "f.clinic_phone": "Clinic phone",
    "letter.date": "Date",
    "letter.crisis": "If you are in crisis, call or text 988 (Suicide and Crisis Lifeline) "
                     "or call 911.",
}


def _codes(table: Mapping[Any, str]) -> dict[str, str]:
    """A domain word table keyed by its enum members, keyed by their stored codes."""
    return {str(code): words for code, words in table.items()}


#: English words of coded values, by kind and stored code.
VOCABULARY: dict[str, dict[str, str]] = {
    # A client's preferred language (as the client form stores it), sex at birth and
    # gender identity (typed; usually one of these words), by the words folded.
    "language": {
        "english": "English",
        "spanish": "Spanish",
        "vietnamese": "Vietnamese",
        "khmer": "Khmer",
        "chinese": "Chinese",
        "arabic": "Arabic",
        "tagalog": "Tagalog",
        "russian": "Russian",
        "haitian creole": "Haitian Creole",
        "portuguese": "Portuguese",
        "american sign language": "American Sign Language",
    },
    "sex_at_birth": {
        "female": "Female",
        "male": "Male",
        "intersex": "Intersex",
        "unknown": "Unknown",
    },
    "gender_identity": {
        "woman": "Woman",
        "man": "Man",
        "non-binary": "Non-binary",
        "transgender woman": "Transgender woman",
        "transgender man": "Transgender man",
        "genderqueer": "Genderqueer",
        "two-spirit": "Two-spirit",
    },
    "level": {level.code: level.name for level in SEED_LEVELS},
    "episode_status": {"planned": "planned", "active": "active", "completed": "completed",
                       "cancelled": "cancelled"},
    "diagnosis_status": {"active": "active", "resolved": "resolved",
                         "ruled_out": "ruled_out"},
    "condition": _codes(CONDITION_WORDS),
    "legal": _codes(LEGAL_WORDS),
    "housing": _codes(HOUSING_WORDS),
    "route": _codes(ROUTE_WORDS),
    "frequency": _codes(FREQUENCY_WORDS),
    "no_allergy": _codes(NO_ALLERGY_WORDS),
    "firearms": _codes(FIREARMS_WORDS),
    "safety_step": dict(SAFETY_PLAN_STEPS),
    "directive": _codes(DIRECTIVE_WORDS),
    "appointment_kind": _codes(APPOINTMENT_KIND_WORDS),
    "appointment_status": {"scheduled": "Scheduled", "confirmed": "Confirmed",
                           "kept": "Kept", "missed": "Missed", "cancelled": "Cancelled"},
    "modality": {"in_person": "in person", "telehealth": "telehealth",
                 "hybrid": "in person and telehealth"},
    "track": {"morning": "morning", "afternoon": "afternoon", "evening": "evening"},
    "referral_category": _codes(CATEGORY_TITLES),
    "referral_status": _codes(STATUS_TITLES),
    "referral_priority": _codes(PRIORITY_TITLES),
    "allergy_severity": {"mild": "mild", "moderate": "moderate", "severe": "severe",
                         "unknown": "unknown"},
    #: The journey chart's clock titles, keyed by the domain's English title (the chart's
    #: layout carries the title, not the clock's kind).
    "clock_title": {"Step-down window": "Step-down window",
                    "Mental-health follow-up": "Mental-health follow-up",
                    "Substance-use follow-up": "Substance-use follow-up",
                    "Substance-use treatment start": "Substance-use treatment start"},
    #: Measurement bands and flags, keyed by the English words the record stores.
    "band": {band: band for band in (
        "Minimal", "Mild", "Moderate", "Moderately severe", "Severe", "Below the cut-off",
        "Assess further", "Probable PTSD", "low", "moderate", "high")},
    "flag": {flag.value: flag.value for flag in Flag},
    "risk": {"low": "Low risk", "moderate": "Moderate risk", "high": "High risk"},
    "phq9_answer": {"0": "not at all", "1": "several days", "2": "more than half the days",
                    "3": "nearly every day"},
    "care_plan_status": _codes(STATUS_WORDS),
    "care_plan_progress": _codes(PROGRESS_WORDS),
}
