"""Clinical vocabulary for the demo caseload: diagnoses, medications, allergies, payers.

Diagnoses are real ICD-10-CM codes with their official titles; medications are common,
guideline-consistent choices at usual doses, so a packet looks like one a clinician would
recognise. Everything about any particular client is invented.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Diagnosis:
    code: str
    description: str
    condition: str  # key into MEDICATIONS

    @property
    def substance_use(self) -> bool:
        # ICD-10-CM F10-F19: mental and behavioural disorders due to psychoactive substance use
        return self.code.startswith("F1")


def _dx(code: str, description: str, condition: str) -> Diagnosis:
    return Diagnosis(code, description, condition)


# (diagnosis, weight) lists by who is being diagnosed.
ADULT_MENTAL_HEALTH: tuple[tuple[Diagnosis, int], ...] = (
    (_dx("F33.1", "Major depressive disorder, recurrent, moderate", "depression"), 8),
    (_dx("F33.2", "Major depressive disorder, recurrent severe without psychotic features",
         "depression"), 6),
    (_dx("F32.1", "Major depressive disorder, single episode, moderate", "depression"), 6),
    (_dx("F32.2", "Major depressive disorder, single episode, severe without psychotic "
         "features", "depression"), 3),
    (_dx("F41.1", "Generalized anxiety disorder", "anxiety"), 8),
    (_dx("F41.0", "Panic disorder [episodic paroxysmal anxiety]", "anxiety"), 2),
    (_dx("F43.10", "Post-traumatic stress disorder, unspecified", "ptsd"), 4),
    (_dx("F43.12", "Post-traumatic stress disorder, chronic", "ptsd"), 3),
    (_dx("F31.81", "Bipolar II disorder", "bipolar"), 3),
    (_dx("F31.32", "Bipolar disorder, current episode depressed, moderate", "bipolar"), 2),
    (_dx("F25.0", "Schizoaffective disorder, bipolar type", "psychosis"), 1),
    (_dx("F20.9", "Schizophrenia, unspecified", "psychosis"), 1),
    (_dx("F60.3", "Borderline personality disorder", "bpd"), 2),
    (_dx("F43.23", "Adjustment disorder with mixed anxiety and depressed mood",
         "depression"), 3),
    (_dx("F34.1", "Dysthymic disorder", "depression"), 2),
    (_dx("F42.2", "Mixed obsessional thoughts and acts", "ocd"), 1),
)

ADOLESCENT_MENTAL_HEALTH: tuple[tuple[Diagnosis, int], ...] = (
    (_dx("F32.1", "Major depressive disorder, single episode, moderate", "depression"), 6),
    (_dx("F33.1", "Major depressive disorder, recurrent, moderate", "depression"), 3),
    (_dx("F41.1", "Generalized anxiety disorder", "anxiety"), 5),
    (_dx("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type",
         "adhd"), 3),
    (_dx("F90.2", "Attention-deficit hyperactivity disorder, combined type", "adhd"), 3),
    (_dx("F43.10", "Post-traumatic stress disorder, unspecified", "ptsd"), 2),
    (_dx("F43.23", "Adjustment disorder with mixed anxiety and depressed mood",
         "depression"), 3),
    (_dx("F42.2", "Mixed obsessional thoughts and acts", "ocd"), 1),
)

ADULT_SUBSTANCE_USE: tuple[tuple[Diagnosis, int], ...] = (
    (_dx("F10.20", "Alcohol dependence, uncomplicated", "alcohol"), 8),
    (_dx("F10.239", "Alcohol dependence with withdrawal, unspecified", "alcohol"), 2),
    (_dx("F11.20", "Opioid dependence, uncomplicated", "opioid"), 6),
    (_dx("F11.23", "Opioid dependence with withdrawal", "opioid"), 2),
    (_dx("F15.20", "Other stimulant dependence, uncomplicated", "stimulant"), 5),
    (_dx("F14.20", "Cocaine dependence, uncomplicated", "stimulant"), 2),
    (_dx("F12.20", "Cannabis dependence, uncomplicated", "cannabis"), 3),
    (_dx("F13.20", "Sedative, hypnotic or anxiolytic dependence, uncomplicated", "sedative"), 1),
)

ADOLESCENT_SUBSTANCE_USE: tuple[tuple[Diagnosis, int], ...] = (
    (_dx("F12.10", "Cannabis abuse, uncomplicated", "cannabis"), 5),
    (_dx("F12.20", "Cannabis dependence, uncomplicated", "cannabis"), 3),
    (_dx("F10.10", "Alcohol abuse, uncomplicated", "alcohol"), 2),
)

# Considered at intake and ruled out later, by the condition that was diagnosed instead:
# shown struck through on the problem list with the day it was ruled out.
RULED_OUT: dict[str, tuple[Diagnosis, ...]] = {
    "depression": (_dx("F31.9", "Bipolar disorder, unspecified", ""),
                   _dx("F43.10", "Post-traumatic stress disorder, unspecified", "")),
    "anxiety": (_dx("F41.0", "Panic disorder [episodic paroxysmal anxiety]", ""),
                _dx("F90.9", "Attention-deficit hyperactivity disorder, unspecified type", "")),
    "ptsd": (_dx("F31.9", "Bipolar disorder, unspecified", ""),),
    "bpd": (_dx("F31.81", "Bipolar II disorder", ""),),
    "adhd": (_dx("F31.9", "Bipolar disorder, unspecified", ""),),
    "stimulant": (_dx("F20.9", "Schizophrenia, unspecified", ""),),
    "alcohol": (_dx("F32.1", "Major depressive disorder, single episode, moderate", ""),),
}

NICOTINE = _dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated", "nicotine")
SECONDARY_ANXIETY = _dx("F41.1", "Generalized anxiety disorder", "anxiety")

@dataclass(frozen=True)
class Medication:
    """A medication as the list shows it: the dose a number, its unit apart, and route and
    frequency as the codes of ``domain.clinical_record`` (the screens and packets title
    them)."""

    name: str
    dose: str
    unit: str
    route: str  # MedicationRoute
    frequency: str  # MedicationFrequency
    # Medication for opioid or alcohol use disorder (buprenorphine, methadone, naltrexone,
    # acamprosate, disulfiram); naloxone rescue spray is not treatment.
    for_use_disorder: bool = False


_ORAL, _SL_FILM, _LAI, _SUBQ, _PATCH, _NASAL, _ODT = (
    "oral", "sublingual_film", "long_acting_injection", "subcutaneous", "transdermal",
    "nasal", "orally_disintegrating")
_DAILY, _BID, _TID, _BEDTIME, _MORNING, _MONTHLY, _PRN = (
    "once_daily", "twice_daily", "three_times_daily", "at_bedtime", "every_morning",
    "monthly", "as_needed")


def _rx(name: str, dose: str, route: str, frequency: str, unit: str = "mg",
        for_use_disorder: bool = False) -> Medication:
    return Medication(name, dose, unit, route, frequency, for_use_disorder)


# Common, guideline-consistent choices at usual doses, by condition; an empty tuple: usually
# no medication.
MEDICATIONS: dict[str, tuple[Medication, ...]] = {
    "depression": (
        _rx("Sertraline", "100", _ORAL, _DAILY),
        _rx("Escitalopram", "10", _ORAL, _DAILY),
        _rx("Fluoxetine", "20", _ORAL, _DAILY),
        _rx("Bupropion XL", "150", _ORAL, _MORNING),
        _rx("Venlafaxine XR", "75", _ORAL, _DAILY),
        _rx("Mirtazapine", "15", _ORAL, _BEDTIME),
        _rx("Duloxetine", "60", _ORAL, _DAILY),
    ),
    "anxiety": (
        _rx("Sertraline", "50", _ORAL, _DAILY),
        _rx("Escitalopram", "10", _ORAL, _DAILY),
        _rx("Buspirone", "10", _ORAL, _BID),
        _rx("Hydroxyzine", "25", _ORAL, _PRN),
    ),
    "ptsd": (
        _rx("Sertraline", "150", _ORAL, _DAILY),
        _rx("Prazosin", "2", _ORAL, _BEDTIME),
        _rx("Paroxetine", "20", _ORAL, _DAILY),
    ),
    "bipolar": (
        _rx("Lithium carbonate", "300", _ORAL, _BID),
        _rx("Lamotrigine", "100", _ORAL, _DAILY),
        _rx("Quetiapine", "200", _ORAL, _BEDTIME),
        _rx("Aripiprazole", "10", _ORAL, _DAILY),
    ),
    "psychosis": (
        _rx("Risperidone", "2", _ORAL, _BID),
        _rx("Aripiprazole", "15", _ORAL, _DAILY),
        _rx("Olanzapine", "10", _ORAL, _BEDTIME),
        _rx("Olanzapine ODT", "5", _ODT, _BEDTIME),
        _rx("Paliperidone palmitate", "156", _LAI, _MONTHLY),
    ),
    "adhd": (
        _rx("Methylphenidate ER", "36", _ORAL, _MORNING),
        _rx("Atomoxetine", "40", _ORAL, _DAILY),
        _rx("Guanfacine ER", "2", _ORAL, _DAILY),
        _rx("Clonidine ER", "0.1", _ORAL, _BEDTIME),
    ),
    "bpd": (
        _rx("Quetiapine", "50", _ORAL, _BEDTIME),
        _rx("Lamotrigine", "100", _ORAL, _DAILY),
    ),
    "ocd": (
        _rx("Fluvoxamine", "100", _ORAL, _BEDTIME),
        _rx("Sertraline", "200", _ORAL, _DAILY),
    ),
    "alcohol": (
        _rx("Naltrexone", "50", _ORAL, _DAILY, for_use_disorder=True),
        _rx("Acamprosate", "666", _ORAL, _TID, for_use_disorder=True),
        _rx("Naltrexone ER injection", "380", _LAI, _MONTHLY, for_use_disorder=True),
        _rx("Disulfiram", "250", _ORAL, _DAILY, for_use_disorder=True),
        _rx("Gabapentin", "300", _ORAL, _TID),
    ),
    "opioid": (
        # The buprenorphine dose of the 4:1 buprenorphine-naloxone film.
        _rx("Buprenorphine-naloxone", "8", _SL_FILM, _DAILY, for_use_disorder=True),
        _rx("Buprenorphine-naloxone", "16", _SL_FILM, _DAILY, for_use_disorder=True),
        _rx("Methadone (opioid treatment program)", "80", _ORAL, _DAILY,
            for_use_disorder=True),
        _rx("Buprenorphine ER injection", "300", _SUBQ, _MONTHLY, for_use_disorder=True),
        _rx("Naltrexone ER injection", "380", _LAI, _MONTHLY, for_use_disorder=True),
    ),
    "stimulant": (),
    "cannabis": (),
    "sedative": (),
    "nicotine": (
        _rx("Nicotine patch", "21", _PATCH, _DAILY),
        _rx("Varenicline", "1", _ORAL, _BID),
        _rx("Varenicline", "0.5", _ORAL, _BID),
    ),
}
NALOXONE = _rx("Naloxone nasal spray", "4", _NASAL, _PRN)
TRAZODONE = _rx("Trazodone", "50", _ORAL, _BEDTIME)

# (substance, reaction, severity)
ALLERGIES: tuple[tuple[str, str, str], ...] = (
    ("Penicillin", "Hives", "moderate"),
    ("Sulfonamide antibiotics", "Rash", "mild"),
    ("Codeine", "Nausea and vomiting", "mild"),
    ("Latex", "Contact dermatitis", "mild"),
    ("Peanuts", "Anaphylaxis", "severe"),
    ("Haloperidol", "Acute dystonia", "moderate"),
    ("Carbamazepine", "Stevens-Johnson syndrome", "severe"),
    ("Shellfish", "Hives and lip swelling", "moderate"),
    ("Aspirin", "Wheezing", "moderate"),
    ("Amoxicillin", "Rash", "mild"),
)

# (payer, kind, weight). Fictitious plans.
PAYERS: tuple[tuple[str, str, int], ...] = (
    ("Medicaid — Riverbend Community Health Plan", "medicaid", 30),
    ("Medicaid — Golden Valley Medi-Plan", "medicaid", 18),
    ("Medicaid fee-for-service", "medicaid", 5),
    ("Summit Mutual PPO", "commercial", 10),
    ("Pacific Crest Health HMO", "commercial", 8),
    ("Evergreen Employers Health Plan", "commercial", 6),
    ("County behavioral health (no insurance)", "county", 4),
    ("Uninsured — sliding fee scale", "none", 4),
)
MEDICARE_PAYERS: tuple[str, ...] = ("Medicare Part B", "Medicare + Medicaid (dual eligible)")

SAFETY_NOTES: tuple[str, ...] = (
    "History of suicide attempt by overdose; safety plan reviewed at each transition.",
    "Prior psychiatric hospitalization after suicidal ideation with plan; lethal means "
    "counseling completed with family.",
    "Reports passive suicidal ideation during depressive episodes; no current plan or intent.",
    "History of aggression when intoxicated; meet in open areas and with a colleague.",
    "Opioid overdose in the past year; carries naloxone; family trained to use it.",
    "Self-harm (cutting) in adolescence; none in the past year per client.",
)
# Notes about a risk of suicide, self-harm or overdose: the client has a safety plan.
SAFETY_PLAN_NOTES = frozenset(note for note in SAFETY_NOTES
                              if not note.startswith("History of aggression"))

ADMISSION_SOURCES: tuple[str, ...] = (
    "Self-referral", "Emergency department", "Primary care referral", "Family",
    "Court / probation referral", "Mobile crisis team", "Employee assistance program",
    "Community health worker",
)
ADOLESCENT_SOURCES: tuple[str, ...] = (
    "School counselor", "Parent / guardian", "Pediatrician", "Emergency department",
    "Juvenile probation", "Child welfare services",
)

EXIT_DISPOSITIONS: tuple[str, ...] = (
    "Completed treatment; goals met",
    "Completed treatment; follow-up with primary care",
    "Completed treatment; continues with community therapist",
    "Moved out of the area; records sent with consent",
    "Administrative discharge after three missed sessions and outreach",
    "Client chose to end services",
)
AWAITING_DISPOSITIONS: tuple[str, ...] = (
    "Discharged home; step-down referral pending",
    "Discharged home with a list of outpatient programs",
    "Left against medical advice",
    "Discharged to family; intake appointment not yet scheduled",
    "Discharged to shelter; step-down program has a wait list",
)

AFTERCARE_PLANS: dict[str, tuple[str, ...]] = {
    "INP": (
        "Continue medications as prescribed. Attend step-down program intake. Safety plan "
        "reviewed with client and family; crisis line number provided.",
        "Follow up with psychiatrist within 7 days. Remove firearms and stockpiled "
        "medications from home (family agreed). Call 988 or go to the nearest ED if unsafe.",
    ),
    "RES": (
        "Attend IOP three times weekly. Continue medication for addiction treatment. Attend "
        "mutual-help meetings at least twice weekly; sponsor contact list provided.",
        "Sober living placement arranged. Weekly therapy and peer recovery coaching.",
    ),
    "WM": (
        "Admit to residential or IOP for continued treatment. Naloxone kit provided and "
        "overdose-prevention teaching completed.",
        "Start medication for addiction treatment within 72 hours; bridge prescription given.",
    ),
    "PHP": (
        "Step down to IOP; continue medications; weekly individual therapy.",
        "Continue IOP evening track to allow return to work; family session in two weeks.",
    ),
    "IOP": (
        "Weekly outpatient therapy and monthly medication management. Alumni group on "
        "Thursdays.",
        "Continue with community therapist; relapse-prevention plan reviewed.",
    ),
    "OP": ("Follow up with primary care; return to the clinic if symptoms recur.",),
}
