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

NICOTINE = _dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated", "nicotine")
SECONDARY_ANXIETY = _dx("F41.1", "Generalized anxiety disorder", "anxiety")

# (name, dose, route, frequency) by condition; an empty tuple: usually no medication.
Medication = tuple[str, str, str, str]
MEDICATIONS: dict[str, tuple[Medication, ...]] = {
    "depression": (
        ("Sertraline", "100 mg", "oral", "once daily"),
        ("Escitalopram", "10 mg", "oral", "once daily"),
        ("Fluoxetine", "20 mg", "oral", "once daily"),
        ("Bupropion XL", "150 mg", "oral", "once daily in the morning"),
        ("Venlafaxine XR", "75 mg", "oral", "once daily"),
        ("Mirtazapine", "15 mg", "oral", "at bedtime"),
        ("Duloxetine", "60 mg", "oral", "once daily"),
    ),
    "anxiety": (
        ("Sertraline", "50 mg", "oral", "once daily"),
        ("Escitalopram", "10 mg", "oral", "once daily"),
        ("Buspirone", "10 mg", "oral", "twice daily"),
        ("Hydroxyzine", "25 mg", "oral", "every 6 hours as needed for anxiety"),
    ),
    "ptsd": (
        ("Sertraline", "150 mg", "oral", "once daily"),
        ("Prazosin", "2 mg", "oral", "at bedtime for nightmares"),
        ("Paroxetine", "20 mg", "oral", "once daily"),
    ),
    "bipolar": (
        ("Lithium carbonate", "300 mg", "oral", "twice daily"),
        ("Lamotrigine", "100 mg", "oral", "once daily"),
        ("Quetiapine", "200 mg", "oral", "at bedtime"),
        ("Aripiprazole", "10 mg", "oral", "once daily"),
    ),
    "psychosis": (
        ("Risperidone", "2 mg", "oral", "twice daily"),
        ("Aripiprazole", "15 mg", "oral", "once daily"),
        ("Olanzapine", "10 mg", "oral", "at bedtime"),
        ("Paliperidone palmitate", "156 mg", "intramuscular", "every 4 weeks"),
    ),
    "adhd": (
        ("Methylphenidate ER", "36 mg", "oral", "once daily in the morning"),
        ("Atomoxetine", "40 mg", "oral", "once daily"),
        ("Guanfacine ER", "2 mg", "oral", "once daily"),
    ),
    "bpd": (
        ("Quetiapine", "50 mg", "oral", "at bedtime"),
        ("Lamotrigine", "100 mg", "oral", "once daily"),
    ),
    "ocd": (
        ("Fluvoxamine", "100 mg", "oral", "at bedtime"),
        ("Sertraline", "200 mg", "oral", "once daily"),
    ),
    "alcohol": (
        ("Naltrexone", "50 mg", "oral", "once daily"),
        ("Acamprosate", "666 mg", "oral", "three times daily"),
        ("Naltrexone ER injection", "380 mg", "intramuscular", "every 4 weeks"),
        ("Gabapentin", "300 mg", "oral", "three times daily"),
    ),
    "opioid": (
        ("Buprenorphine-naloxone", "8 mg/2 mg", "sublingual film", "once daily"),
        ("Buprenorphine-naloxone", "16 mg/4 mg", "sublingual film", "once daily"),
        ("Methadone (opioid treatment program)", "80 mg", "oral", "once daily"),
        ("Buprenorphine ER injection", "300 mg", "subcutaneous", "monthly"),
    ),
    "stimulant": (),
    "cannabis": (),
    "sedative": (),
    "nicotine": (
        ("Nicotine patch", "21 mg/24 hr", "transdermal", "once daily"),
        ("Varenicline", "1 mg", "oral", "twice daily"),
    ),
}
NALOXONE: Medication = ("Naloxone nasal spray", "4 mg", "intranasal",
                        "as needed for suspected opioid overdose")
TRAZODONE: Medication = ("Trazodone", "50 mg", "oral", "at bedtime as needed for sleep")

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
