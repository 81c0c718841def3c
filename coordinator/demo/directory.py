"""The fictitious clinic, its partner facilities and its community resource directory.

All organizations are invented. The clinic runs an adult IOP (morning and evening tracks), a
recovery IOP, an adolescent IOP, a partial hospitalization program and an outpatient clinic;
partners cover every other level of care. The resource directory has about sixty agencies
across every referral category, several of them Spanish-speaking.
"""

from __future__ import annotations

from dataclasses import dataclass

CLINIC_NAME = "Riverbend Behavioral Health"
CLINIC_ADDRESS = "1200 Levee Road, Suite 300, Riverbend, CA 95901"
CLINIC_PHONE = "(530) 555-0100"
CLINIC_FAX = "(530) 555-0101"
CLINIC_SHORT = "Riverbend Behavioral Health"


@dataclass(frozen=True)
class FacilitySpec:
    name: str
    kind: str  # FacilityKind value
    levels: tuple[str, ...]
    city: str
    population: str = "all"  # adult / adolescent / all
    focus: str = "any"  # mh / sud / any
    spanish: bool = False
    own: bool = False
    tracks: tuple[str, ...] = ()
    accepts_referrals: bool = True
    notes: str = ""


_OWN = "own_program"
FACILITIES: tuple[FacilitySpec, ...] = (
    FacilitySpec(f"{CLINIC_SHORT} — Adult IOP", _OWN, ("IOP",), "Riverbend", "adult", "mh",
                 spanish=True, own=True, tracks=("morning", "evening"),
                 notes="Morning track Mon/Tue/Thu 9:00-12:00; evening track Mon/Tue/Thu "
                       "18:00-21:00. Spanish-speaking group on the evening track."),
    FacilitySpec(f"{CLINIC_SHORT} — Recovery IOP", _OWN, ("IOP",), "Riverbend", "adult", "sud",
                 own=True, tracks=("morning", "evening"),
                 notes="Co-occurring and substance-use IOP; medication for addiction "
                       "treatment continued on site."),
    FacilitySpec(f"{CLINIC_SHORT} — Adolescent IOP", _OWN, ("IOP",), "Riverbend",
                 "adolescent", own=True, tracks=("afternoon",),
                 notes="Ages 13-17, after school Mon/Tue/Thu 15:30-18:00; weekly family "
                       "group."),
    FacilitySpec(f"{CLINIC_SHORT} — Partial Hospitalization Program", _OWN, ("PHP",),
                 "Riverbend", "adult", own=True, tracks=("morning",),
                 notes="Weekdays 9:00-14:00; psychiatrist on site daily."),
    FacilitySpec(f"{CLINIC_SHORT} — Outpatient Clinic", _OWN, ("OP",), "Riverbend",
                 spanish=True, own=True, notes="Therapy, medication management, case "
                                               "management."),
    FacilitySpec("St. Brendan Medical Center", "hospital", ("INP", "WM"), "Riverbend",
                 notes="Adult psychiatric unit (4 West) and medically managed withdrawal."),
    FacilitySpec("Valley General Hospital", "hospital", ("INP",), "Delta Springs", "adult",
                 spanish=True),
    FacilitySpec("Harbor Point Community Hospital", "hospital", ("INP", "WM"), "Harbor Point",
                 "adult"),
    FacilitySpec("Cedar Ridge Behavioral Hospital", "psychiatric_hospital", ("INP", "PHP"),
                 "Cedar Grove", "adult", "mh"),
    FacilitySpec("Sierra Vista Psychiatric Hospital", "psychiatric_hospital", ("INP",),
                 "Vista Linda", "adult", "mh"),
    FacilitySpec("Millbrook Adolescent Psychiatric Center", "psychiatric_hospital", ("INP",),
                 "Millbrook", "adolescent", "mh"),
    FacilitySpec("New Dawn Recovery Ranch", "residential", ("RES",), "Oak Hollow", "adult",
                 "sud"),
    FacilitySpec("Casa Esperanza Residential Treatment", "residential", ("RES",), "San Isidro",
                 "adult", "sud", spanish=True,
                 notes="Bilingual (Spanish/English) residential program for men and women."),
    FacilitySpec("Willow Creek Women's Residential", "residential", ("RES",), "Millbrook",
                 "adult", "sud", notes="Women and women with children under 5."),
    FacilitySpec("Harborview Crisis Residential", "residential", ("RES",), "Harbor Point",
                 "adult", "mh", notes="Short-term crisis residential, 30-day average stay."),
    FacilitySpec("Serenity House", "residential", ("RES",), "Delta Springs", "adult", "sud",
                 accepts_referrals=False, notes="Not accepting referrals while relicensing."),
    FacilitySpec("Pathways Adolescent Residential", "residential", ("RES",), "Cedar Grove",
                 "adolescent"),
    FacilitySpec("Clearwater Withdrawal Management Center", "detox", ("WM",), "Riverbend",
                 "adult", "sud"),
    FacilitySpec("Delta Detox & Stabilization", "detox", ("WM", "RES"), "Delta Springs",
                 "adult", "sud", spanish=True),
    FacilitySpec("Second Wind Sobering & Detox", "detox", ("WM",), "Harbor Point", "adult",
                 "sud"),
    FacilitySpec("Lighthouse Behavioral Day Program", "php_iop", ("PHP", "IOP"), "Harbor Point",
                 "adult", "mh"),
    FacilitySpec("Bridgeway Recovery Center", "php_iop", ("IOP", "OP"), "Millbrook", "adult",
                 "sud"),
    FacilitySpec("Summit Intensive Outpatient", "php_iop", ("IOP",), "Vista Linda"),
    FacilitySpec("Oak Hollow Treatment Center", "php_iop", ("PHP", "IOP"), "Oak Hollow",
                 notes="Adult and adolescent PHP tracks."),
    FacilitySpec("Nuevo Camino Recovery", "php_iop", ("IOP", "OP"), "San Isidro", "adult",
                 "sud", spanish=True, notes="Programa bilingüe; grupos en español."),
    FacilitySpec("Riverbend County Behavioral Health — Adult Clinic", "outpatient_clinic",
                 ("OP",), "Riverbend", "adult", spanish=True),
    FacilitySpec("Delta Community Health Center", "outpatient_clinic", ("OP",),
                 "Delta Springs", spanish=True, notes="FQHC with integrated behavioral "
                                                      "health."),
    FacilitySpec("Asian Pacific Family Counseling", "outpatient_clinic", ("OP",), "Riverbend",
                 notes="Counseling in Khmer, Vietnamese, Tagalog and Cantonese."),
    FacilitySpec("Clínica de Salud del Valle", "outpatient_clinic", ("OP",), "San Isidro",
                 spanish=True),
    FacilitySpec("Northside Opioid Treatment Program", "outpatient_clinic", ("OP",),
                 "Riverbend", "adult", "sud", notes="Methadone and buprenorphine dosing "
                                                    "daily 6:00-11:00."),
    FacilitySpec("Millbrook Counseling Associates", "outpatient_clinic", ("OP",), "Millbrook"),
    FacilitySpec("Lena Hoffman, PsyD", "therapist", ("OP",), "Riverbend", "adult", "mh"),
    FacilitySpec("Miguel Ángel Ortega, LMFT", "therapist", ("OP",), "San Isidro",
                 spanish=True),
    FacilitySpec("Sreyneang Long, LCSW", "therapist", ("OP",), "Riverbend",
                 notes="Sees clients in Khmer and English."),
    FacilitySpec("Grace Villanueva, LPCC", "therapist", ("OP",), "Harbor Point"),
    FacilitySpec("Thomas Nguyen, LCSW", "therapist", ("OP",), "Delta Springs", "adult",
                 notes="Sees clients in Vietnamese and English."),
    FacilitySpec("Rachel Abernathy, LMFT", "therapist", ("OP",), "Cedar Grove", "adolescent",
                 "mh", notes="Adolescents and families."),
    FacilitySpec("Daniel Ochoa, PhD", "therapist", ("OP",), "Vista Linda", "adult", "mh",
                 spanish=True),
    FacilitySpec("Aisha Rahman, LCSW", "therapist", ("OP",), "Millbrook", "adult"),
)

INTAKE_CONTACTS: tuple[str, ...] = (
    "Intake Coordinator", "Admissions Desk", "Patricia Gómez, Intake", "Darnell Ross, RN",
    "Admissions Nurse", "Lisa Chen, Intake Specialist", "Central Intake Line",
    "Vanessa Ruiz, Admissions",
)


@dataclass(frozen=True)
class ResourceSpec:
    organization: str
    category: str  # ReferralCategory value
    service: str
    description: str
    languages: tuple[str, ...] = ("en",)
    hours: str = "weekdays"  # weekdays / always / evenings / saturdays


RESOURCES: tuple[ResourceSpec, ...] = (
    ResourceSpec("Riverbend Emergency Shelter Network", "housing", "Emergency shelter beds",
                 "Year-round shelter for single adults; intake nightly from 5 pm.",
                 ("en", "es"), "always"),
    ResourceSpec("Delta Housing Authority", "housing", "Housing voucher applications",
                 "Help applying for Housing Choice Vouchers and public housing wait lists.",
                 ("en", "es", "vi")),
    ResourceSpec("Hogar Seguro Housing Services", "housing", "Vivienda rápida para familias",
                 "Rapid rehousing and deposit help for families; staff speak Spanish.",
                 ("es", "en")),
    ResourceSpec("Harbor Point Sober Living Coalition", "housing", "Recovery residence "
                 "placement", "Placement in certified sober living homes; MAT-friendly "
                 "homes available."),
    ResourceSpec("Millbrook Tenant Rights Project", "housing", "Eviction prevention",
                 "Rental assistance and help answering eviction notices.",
                 ("en", "es", "km")),
    ResourceSpec("Valley Harvest Food Bank", "food", "Weekly food pantry",
                 "Groceries once a week; bring any ID or a letter from your case manager.",
                 ("en", "es")),
    ResourceSpec("St. Brigid's Community Kitchen", "food", "Hot meals",
                 "Breakfast and lunch every day, no questions asked.", ("en",), "always"),
    ResourceSpec("Mercado Comunitario San Isidro", "food", "Mercado de alimentos gratuito",
                 "Free produce market on Saturdays; volunteers speak Spanish.", ("es", "en"),
                 "saturdays"),
    ResourceSpec("Riverbend Meals on Wheels", "food", "Home-delivered meals",
                 "Meals delivered to homebound adults 60 and older.", ("en", "tl")),
    ResourceSpec("Delta Community Action — Food Benefits Desk", "food", "SNAP application help",
                 "Help applying for SNAP food benefits.", ("en", "es", "vi")),
    ResourceSpec("Riverbend Workforce Center", "employment", "Job search and training",
                 "Job listings, resume help and paid training programs.", ("en", "es")),
    ResourceSpec("Pathfinder Supported Employment", "employment", "Individual Placement and "
                 "Support (IPS)", "Supported employment for people in mental-health "
                 "treatment."),
    ResourceSpec("Centro Laboral del Valle", "employment", "Bolsa de trabajo y capacitación",
                 "Job placement and training in Spanish.", ("es",)),
    ResourceSpec("Second Chance Employment Partners", "employment", "Re-entry employment",
                 "Jobs for people with justice involvement; help with record questions."),
    ResourceSpec("Delta Community Health Center", "physical_health", "Primary care",
                 "Primary care for uninsured and Medicaid patients; same-week visits.",
                 ("en", "es", "vi", "km", "tl")),
    ResourceSpec("Riverbend Free Clinic", "physical_health", "Free evening clinic",
                 "Walk-in medical care Tuesday and Thursday evenings.", ("en", "es"),
                 "evenings"),
    ResourceSpec("Smiles Community Dental", "physical_health", "Low-cost dental care",
                 "Sliding-fee dental care; Medicaid dental accepted."),
    ResourceSpec("Clínica Familiar La Esperanza", "physical_health", "Atención primaria",
                 "Primary care and women's health in Spanish.", ("es", "en")),
    ResourceSpec("Harbor Point Testing & Linkage", "physical_health", "HIV and hepatitis C "
                 "testing", "Free rapid testing and linkage to treatment."),
    ResourceSpec("Riverbend Transit Access", "transportation", "Reduced-fare bus passes",
                 "Monthly passes at reduced fare for people with disabilities or low "
                 "income.", ("en", "es")),
    ResourceSpec("Valley Medical Rides", "transportation", "Medicaid medical transportation",
                 "Free rides to medical and treatment appointments for Medicaid members; "
                 "book 2 days ahead.", ("en", "es", "vi")),
    ResourceSpec("Delta Volunteer Drivers", "transportation", "Volunteer rides",
                 "Volunteer drivers for seniors and people without a car."),
    ResourceSpec("Riverbend County Legal Aid", "legal", "Free civil legal help",
                 "Help with benefits denials, housing and family law.", ("en", "es")),
    ResourceSpec("Clean Slate Clinic", "legal", "Record clearance clinic",
                 "Monthly clinic to clear eligible criminal records."),
    ResourceSpec("Valley Immigrant Legal Services", "legal", "Immigration consultations",
                 "Free immigration legal consultations.", ("es", "vi", "km", "en")),
    ResourceSpec("Riverbend Court Self-Help Center", "legal", "Family law forms help",
                 "Help with custody, support and restraining order forms.", ("en", "es")),
    ResourceSpec("Benefits Advocacy Project", "benefits", "SSI/SSDI application help",
                 "SOAR-trained staff help people with disabilities apply for SSI/SSDI."),
    ResourceSpec("Delta Community Action Agency", "benefits", "Utility bill assistance",
                 "One-time help with gas and electric bills.", ("en", "es", "vi")),
    ResourceSpec("Riverbend County Social Services", "benefits", "Medicaid and cash aid "
                 "enrollment", "Apply for Medicaid, cash aid and general assistance.",
                 ("en", "es", "vi", "km", "tl")),
    ResourceSpec("Lifeline Phone Assistance Program", "benefits", "Free phone enrollment",
                 "Free or low-cost phone and data plans for people on benefits."),
    ResourceSpec("Riverbend Adult School", "education", "GED and ESL classes",
                 "High-school equivalency and English classes, day and evening.",
                 ("en", "es", "vi")),
    ResourceSpec("Valley College Re-entry Services", "education", "College re-entry support",
                 "Enrollment help and tutoring for returning students."),
    ResourceSpec("Read Riverbend Literacy Council", "education", "Adult literacy tutoring",
                 "One-to-one reading tutors for adults."),
    ResourceSpec("Child Care Connections of Riverbend", "childcare", "Child care referrals "
                 "and subsidies", "Find licensed child care and apply for subsidies.",
                 ("en", "es")),
    ResourceSpec("Little Oaks Head Start", "childcare", "Head Start preschool",
                 "Free preschool for children 3-5 from low-income families.", ("en", "es")),
    ResourceSpec("Safe Harbor Respite Nursery", "childcare", "Crisis respite child care",
                 "Emergency child care for parents in crisis or entering treatment.",
                 ("en",), "always"),
    ResourceSpec("Families Together Mental Health Alliance", "family_support",
                 "Family education course", "Free 8-week course for families of people "
                 "with mental illness."),
    ResourceSpec("Riverbend Family Resource Center", "family_support", "Parenting classes",
                 "Parenting classes and family case management.", ("en", "es")),
    ResourceSpec("Harbor House Domestic Violence Services", "family_support",
                 "Domestic violence hotline and shelter", "24-hour hotline, confidential "
                 "shelter and advocacy.", ("en", "es"), "always"),
    ResourceSpec("Khmer Family Wellness Association", "family_support", "Cambodian family "
                 "support", "Culturally specific support for Cambodian families.",
                 ("km", "en")),
    ResourceSpec("Vietnamese Community Mutual Assistance", "family_support", "Family support "
                 "and interpretation", "Family support, interpretation and senior programs.",
                 ("vi", "en")),
    ResourceSpec("Filipino Community Center of the Valley", "family_support",
                 "Family and senior programs", "Family support and senior lunch program.",
                 ("tl", "en")),
    ResourceSpec("Open Door Peer Recovery Center", "peer_support", "Peer recovery coaching",
                 "Drop-in center and recovery coaching by people in recovery.",
                 ("en", "es")),
    ResourceSpec("Riverbend Intergroup Office", "peer_support", "Mutual-help meeting "
                 "directory", "Lists of 12-step meetings in person and online.",
                 ("en", "es"), "always"),
    ResourceSpec("Riverbend Mutual Aid Recovery Meetings", "peer_support", "Secular recovery "
                 "meetings", "Science-based, secular recovery meetings twice weekly.",
                 ("en",), "evenings"),
    ResourceSpec("Hearing Voices Peer Network of the Valley", "peer_support", "Peer support "
                 "groups", "Peer-led groups for people who hear voices."),
    ResourceSpec("Grupo de Apoyo Nueva Vida", "peer_support", "Grupos de apoyo en español",
                 "Spanish-language peer support groups for recovery.", ("es",), "evenings"),
    ResourceSpec("Valley Harm Reduction Coalition", "substance_use", "Syringe services and "
                 "naloxone", "Sterile supplies, fentanyl test strips and naloxone.",
                 ("en", "es")),
    ResourceSpec("St. Brendan Bridge Clinic", "substance_use", "Same-day buprenorphine",
                 "Walk-in buprenorphine starts and bridge prescriptions.", ("en", "es")),
    ResourceSpec("Riverbend Recovery Navigation Line", "substance_use", "Treatment "
                 "navigation line", "Help finding a detox, residential or outpatient bed.",
                 ("en", "es"), "always"),
    ResourceSpec("Casa de Recuperación Familiar", "substance_use", "Consejería familiar",
                 "Counseling in Spanish for families affected by substance use.", ("es",)),
    ResourceSpec("Riverbend County Crisis Line", "mental_health", "24/7 crisis line and "
                 "mobile crisis", "Crisis counseling by phone and mobile crisis team.",
                 ("en", "es", "vi", "km", "tl"), "always"),
    ResourceSpec("Valley Warmline", "mental_health", "Peer-run warmline",
                 "Someone to talk to, evenings and weekends.", ("en", "es"), "evenings"),
    ResourceSpec("Centro de Bienestar Latino", "mental_health", "Terapia en español",
                 "Individual and group therapy in Spanish.", ("es", "en")),
    ResourceSpec("Asian Pacific Counseling Services", "mental_health", "Counseling in Asian "
                 "languages", "Therapy in Khmer, Vietnamese, Tagalog and Cantonese.",
                 ("km", "vi", "tl", "yue", "en")),
    ResourceSpec("Survivors of Suicide Loss Riverbend", "mental_health", "Suicide loss "
                 "support group", "Monthly group for people bereaved by suicide."),
    ResourceSpec("Riverbend Public Library", "other", "Computer and job-search help",
                 "Free computers, Wi-Fi and help with online forms.", ("en", "es", "vi")),
    ResourceSpec("ID Now Document Assistance", "other", "ID and birth certificate help",
                 "Help and fee waivers to replace IDs and birth certificates.",
                 ("en", "es")),
    ResourceSpec("Valley Pet Foster Network", "other", "Pet foster during treatment",
                 "Short-term foster care for pets while owners are in treatment."),
    ResourceSpec("Riverbend Veterans Service Office", "other", "Veterans benefits help",
                 "VA benefits claims and veteran resources."),
)

LANGUAGE_NAMES: dict[str, str] = {
    "en": "English", "es": "Spanish", "vi": "Vietnamese", "km": "Khmer", "tl": "Tagalog",
    "yue": "Cantonese",
}

CATEGORY_TERMS: dict[str, tuple[str, str]] = {
    # category: (term name, description)
    "housing": ("Housing", "Shelter, rental help and housing applications"),
    "employment": ("Employment", "Jobs, training and supported employment"),
    "physical_health": ("Physical health", "Primary care, dental and testing"),
    "food": ("Food", "Pantries, meals and food benefits"),
    "transportation": ("Transportation", "Rides and transit passes"),
    "legal": ("Legal", "Civil, family and immigration legal help"),
    "benefits": ("Benefits and financial", "Public benefits, utilities and income support"),
    "education": ("Education", "Adult education, GED and literacy"),
    "childcare": ("Childcare", "Child care, preschool and respite"),
    "family_support": ("Family support", "Parenting, family and domestic violence services"),
    "peer_support": ("Peer support", "Peer recovery and mutual-help groups"),
    "substance_use": ("Substance use", "Harm reduction and treatment navigation"),
    "mental_health": ("Mental health", "Crisis lines, counseling and support groups"),
    "other": ("Other", "Other community resources"),
}
