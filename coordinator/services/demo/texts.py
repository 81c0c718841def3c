"""Free text a case manager would write: referral reasons, status notes, contact notes."""

from __future__ import annotations

REFERRAL_REASONS: dict[str, tuple[str, ...]] = {
    "housing": (
        "Staying with a friend after an eviction; needs shelter now and a rapid rehousing "
        "application.",
        "Discharging from residential with no safe place to live; requests sober living.",
        "Behind two months on rent after losing hours at work.",
    ),
    "food": (
        "Reports skipping meals at the end of the month; SNAP benefits ran out.",
        "Family of four with no groceries until next paycheck.",
    ),
    "employment": (
        "Wants to return to work part-time after completing IOP.",
        "Lost job during hospitalization; interested in supported employment.",
    ),
    "physical_health": (
        "No primary care provider; elevated blood pressure noted at intake.",
        "Needs dental care; tooth pain affecting sleep and eating.",
        "Due for hepatitis C and HIV screening.",
    ),
    "transportation": (
        "Misses IOP sessions because the bus route changed; needs ride assistance.",
        "No car; needs Medicaid rides to psychiatry appointments.",
    ),
    "legal": (
        "Court date for a custody hearing next month; needs legal advice.",
        "Old record is blocking job applications; asks about record clearance.",
    ),
    "benefits": (
        "Unable to work for over a year; wants help applying for SSI/SSDI.",
        "Utility shut-off notice received.",
        "Medicaid renewal packet overdue; coverage at risk.",
    ),
    "education": (
        "Wants to finish GED.",
        "Falling behind in school after hospitalization; needs school re-entry plan.",
        "Wants English classes in the evening.",
    ),
    "childcare": (
        "Needs child care to attend IOP morning track.",
        "Needs respite care for two children during residential treatment.",
    ),
    "family_support": (
        "Family asks for education about the client's diagnosis.",
        "Parent requests parenting support and family therapy.",
        "Discloses intimate partner violence; safety planning and advocacy requested.",
    ),
    "peer_support": (
        "Interested in a peer recovery coach after discharge.",
        "Wants meetings in the evening near home.",
    ),
    "substance_use": (
        "Opioid use disorder; needs buprenorphine continuation after discharge.",
        "Asks for naloxone and fentanyl test strips for household.",
        "Return to alcohol use; wants help finding a detox bed.",
    ),
    "mental_health": (
        "Needs ongoing individual therapy after IOP completion.",
        "Requests a therapist who speaks the client's language.",
        "Bereaved by suicide of a sibling; interested in a support group.",
    ),
    "other": (
        "Needs replacement state ID and birth certificate to apply for benefits.",
        "Needs care for a dog during residential treatment.",
        "Veteran; wants help with a VA benefits claim.",
    ),
}

# Reasons for the needs adolescents are referred for (replacing the adult wording).
TEEN_REFERRAL_REASONS: dict[str, tuple[str, ...]] = {
    "education": (
        "Falling behind in school after hospitalization; needs a school re-entry plan.",
        "Needs an IEP/504 meeting; missing class for treatment.",
    ),
    "family_support": (
        "Parent requests parenting support and family therapy.",
        "Family asks for education about the client's diagnosis.",
    ),
    "mental_health": (
        "Needs ongoing individual therapy after IOP completion.",
        "Requests a therapist who speaks the family's language.",
    ),
    "physical_health": ("No pediatrician visit in two years; due for a well-child check.",),
    "peer_support": ("Interested in a teen peer support group.",),
    "food": ("Family food insecurity reported by parent.",),
    "legal": ("Juvenile court date next month; family asks for legal advice.",),
    "substance_use": ("Vaping and cannabis use; family wants adolescent counseling.",),
    "transportation": ("Parent works days; needs rides to the afternoon IOP track.",),
    "other": ("Needs a state ID to start a part-time job.",),
}

STATUS_NOTES: dict[str, tuple[str, ...]] = {
    "requested": ("Referral sent by fax with signed release.",
                  "Called intake line and submitted referral by phone.",
                  "Referral submitted through agency web form."),
    "received": ("Agency confirmed receipt.", "Intake worker called back to confirm."),
    "accepted": ("Intake appointment scheduled.", "Client accepted; placed on next-week "
                 "intake list."),
    "rejected": ("Agency declined: outside service area.",
                 "Agency declined: program full, no wait list."),
    "in-progress": ("Client attended intake.", "Client started services."),
    "on-hold": ("Agency wait list; client is number 12.",
                "Paused while client is in residential treatment."),
    "completed": ("Client reports services received.", "Agency confirmed services delivered."),
    "cancelled": ("Client no longer wants this service.",
                  "Need met through another agency."),
    "failed": ("Three calls and a letter with no response from client.",
               "Client did not attend two scheduled intakes."),
}

OUTCOME_NOTES: dict[str, tuple[str, ...]] = {
    "got_help": ("Client confirmed the help was received.",
                 "Agency confirmed; client satisfied."),
    "could_not_contact": ("Unable to reach client by phone, text or letter.",),
    "not_eligible": ("Income above program limit.", "Lives outside the service area."),
    "no_capacity": ("No openings; wait list closed.",),
    "no_longer_interested": ("Client declined after discussing options.",),
    "referred_elsewhere": ("Connected with a closer agency instead.",),
    "other": ("See contact notes.",),
}

RECEIVER_NOTES: tuple[str, ...] = (
    "Please call the case manager before contacting the client.",
    "Client has no phone; reach through the case manager.",
    "Best reached after 3 pm.",
    "Client uses a wheelchair; needs an accessible entrance.",
)

NOTE_TEXTS: dict[str, tuple[str, ...]] = {
    "coordination": (
        "Spoke with the treatment team at {facility} about discharge planning; estimated "
        "discharge in 3-5 days. Requested discharge summary and medication list by fax.",
        "Sent transfer packet to {facility} with signed release; intake confirmed by phone.",
        "Care conference with {facility}: agreed on the plan for {level}. Client and family "
        "participated.",
        "Faxed updated medication list to {facility}; confirmed receipt with the nurse.",
    ),
    "call": (
        "Check-in call with {client}; sleeping better and attending groups. No safety "
        "concerns voiced.",
        "Called {client} about a schedule change at {facility}; confirmed the new time.",
        "{client} called upset after a conflict at home; used coping skills from group. "
        "Safety plan reviewed; no intent to harm self or others.",
    ),
    "visit": (
        "Home visit with {client}; food insecurity identified and a food bank referral made.",
        "Met {client} at {facility} to review the aftercare plan and sign releases.",
    ),
    "outreach": (
        "Left voicemail for {client} to schedule intake after discharge from {facility}. "
        "Will try again tomorrow.",
        "Second outreach attempt: phone not in service. Letter sent to the address on file "
        "and emergency contact called.",
        "Text reminder sent to {client} about the step-down intake; no reply yet.",
        "Reached {client}: wants to start the next level of care but has no ride; "
        "transportation referral started.",
    ),
    "other": ("Updated insurance information after coverage change.",),
}
