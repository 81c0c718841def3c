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

# --- safety plans (Stanley & Brown 2012), in the client's own words ---------------------------

SAFETY_WARNING_SIGNS: tuple[str, ...] = (
    "I stop answering my phone and stay in my room.",
    "I can't sleep and lie awake going over everything I did wrong.",
    "I start thinking everyone would be better off without me.",
    "I skip meals and stop showering.",
    "I feel trapped, like there is no way out of this.",
    "After a fight at home I shut down and go quiet.",
    "I give things away or stop caring about my stuff.",
    "I get really irritable and snap at the people I love.",
    "Anniversaries of my brother's death.",
    "When I get bad news, like about money or school.",
    "I start looking up ways to hurt myself online.",
    "I miss school or work two days in a row and stay in bed.",
    "I feel numb, like I'm watching my life from far away.",
    "I stop taking my medication because 'what's the point'.",
    "Nightmares come back and I'm scared to fall asleep.",
    "I cancel plans with friends and make excuses.",
    "My chest gets tight and my thoughts race at night.",
    "I feel like a burden to my family.",
    "Being alone on weekends with nothing planned.",
)
# Added to the warning signs of a client treated for substance use.
SUBSTANCE_WARNING_SIGNS: tuple[str, ...] = (
    "Cravings get strong and I think about calling my old dealer.",
    "I start drinking alone at night.",
    "I skip meetings and tell myself I can handle it alone.",
    "Payday, when I have cash in my pocket.",
    "Running into people I used with.",
)
SAFETY_COPING: tuple[str, ...] = (
    "Take a hot shower and put on clean clothes.",
    "Go for a walk around the block, even just ten minutes.",
    "Box breathing: in for four, hold for four, out for four.",
    "Listen to my calm playlist with headphones on.",
    "Write down what I'm feeling in my journal.",
    "Pray or read my daily meditation book.",
    "Hold an ice cube or splash cold water on my face (TIPP skill).",
    "Play with my dog and take her to the park.",
    "Draw or color until the feeling passes.",
    "Watch a comedy I've seen before.",
    "Do the grounding exercise: five things I see, four I hear, three I can touch.",
    "Cook something simple, like eggs or rice.",
    "Look at photos of the people I love.",
    "Lift weights or do push-ups until I'm tired.",
    "Remind myself that the feeling will pass, it always has before.",
    "Use the mindfulness app from group.",
    "Work on my car or fix something around the house.",
    "Water my plants and sit outside.",
    "Play guitar.",
    "Do a crossword or word puzzle.",
    "Eat something and drink a glass of water.",
)
SAFETY_DISTRACTIONS: tuple[str, ...] = (
    "Go to the 7 pm meeting at the community center.",
    "Sit at the coffee shop on Main St where it's busy.",
    "Go to the library and read magazines.",
    "Visit my neighbor and have tea.",
    "Go to church on Sunday and stay for lunch.",
    "Text my group chat from IOP.",
    "Walk around the mall.",
    "Go to my cousin's house to watch the game.",
    "Call my grandma and ask her about the old days.",
    "Go to the gym and take a class.",
    "Shoot hoops at the park.",
    "Go to the peer drop-in center in the afternoon.",
    "Help out at the food bank on Saturdays.",
    "Go to the park with my family.",
    "Go to the recovery café after group.",
    "Ride the bus to the beach and walk along the water.",
    "Go to my sister's and help with her kids.",
    "Play video games online with my friends.",
)
SAFETY_PEOPLE: tuple[str, ...] = (
    "My sponsor (number saved in my phone) - I can call any time.",
    "My best friend from work; she said to call even late at night.",
    "My pastor at church.",
    "My cousin; I can go stay at her place.",
    "My AA home group - someone always picks up the phone list.",
    "My peer recovery coach at the clinic.",
    "My older brother; he knows about my plan.",
    "My roommate; I'll knock on her door.",
    "My aunt, who I can talk to about anything.",
    "My partner; we agreed I would tell him when I feel this way.",
    "A friend from my IOP group.",
    "My mom; she knows the warning signs too.",
    "My neighbor across the hall.",
    "My coach from the boxing gym.",
    "My brother-in-law; he's been through it too.",
    "A friend from church who checks on me.",
)
SAFETY_ENVIRONMENT: tuple[str, ...] = (
    "My sister keeps my medications and gives me a week at a time.",
    "Pharmacy blister packs, only one week of pills at home.",
    "Got rid of the old pills in the cabinet at the pharmacy take-back box.",
    "No alcohol in the house; everyone at home agreed.",
    "Razors are kept in my mom's room.",
    "My roommate holds the car keys when I'm not doing well.",
    "Naloxone kit in my backpack and one in the kitchen drawer.",
    "Knives are locked in a box in the kitchen.",
    "I gave my extra prescriptions to my case manager to dispose of.",
    "I won't drive when I feel this way; I'll call a ride instead.",
    "Stay away from the bridge on my way home; take the bus route instead.",
    "Someone I trust keeps the medication lockbox key.",
    "Deleted my old dealer's number and blocked it.",
    "Cords and belts out of the closet for now.",
    "I stay with my parents on bad nights.",
)
SAFETY_FIREARMS: dict[str, tuple[str, ...]] = {
    "no_access": ("No guns in my home or my family's homes.",
                  "I don't own or have access to a gun."),
    "secured": ("My brother is keeping my handgun at his house for now.",
                "The shotgun is locked in a safe and my wife has the only key.",
                "Hunting rifle stored at the sporting goods store until I'm doing better."),
    "access": ("There is a gun in the house; we talked about storing it somewhere else and "
               "I'll decide this week.",
               "My dad keeps a handgun in the nightstand; I will ask him to lock it up."),
    "not_asked": (),
}
SAFETY_REASONS: tuple[str, ...] = (
    "My kids. I want to see them grow up.",
    "My daughter's quinceañera next year.",
    "My dog, Rocky; nobody else would take care of him.",
    "I want to finish my nursing program.",
    "My mom already lost one child; I won't do that to her.",
    "My faith.",
    "I have 90 days clean and I want a year.",
    "My grandkids.",
    "I want to travel to see my family in Vietnam.",
    "My little brother looks up to me.",
    "I want to prove to myself that I can get better.",
    "My partner and the life we're building.",
    "I'm going to be an uncle in June.",
    "Getting my own apartment.",
    "My music; I still have songs to write.",
    "My friends from group who are rooting for me.",
    "I want to go back to work and be proud of myself.",
    "My cat, Luna.",
    "To see my son graduate from high school.",
    "I want my kids back full-time.",
    "Things have gotten better before and they can again.",
)
# For adolescents, in place of the adult lists above.
TEEN_SAFETY_PEOPLE: tuple[str, ...] = (
    "My school counselor (during school hours).",
    "My older sister; she always picks up.",
    "My best friend's mom.",
    "My soccer coach.",
    "My grandma; I can go to her house after school.",
    "My youth group leader.",
    "My aunt, who lives nearby.",
)
TEEN_SAFETY_REASONS: tuple[str, ...] = (
    "My little sister; she needs me.",
    "My dog, Rocky; nobody else would take care of him.",
    "I want to graduate and go to college.",
    "My friends, who would be really sad.",
    "My mom.",
    "I want to learn to drive this summer.",
    "My music; I still have songs to write.",
    "Making the varsity team next year.",
    "My cat, Luna.",
    "Things have gotten better before and they can again.",
)
# Always on the professionals' step: the national line and the county's 24-hour line.
CRISIS_LINES = ("988 Suicide & Crisis Lifeline: call or text 988",
                "County ACCESS line (24/7) for urgent mental health help")
EXTRA_CRISIS_LINES: tuple[str, ...] = (
    "County mobile crisis team (24/7) through the ACCESS line",
    "Veterans Crisis Line: dial 988 then press 1",
    "Crisis Text Line: text HOME to 741741",
    "Nearest emergency room: St. Brendan Medical Center, or call 911",
    "Peer-run warm line (evenings) through the County ACCESS line",
)
SAFETY_REVIEW_ACTIONS: tuple[str, ...] = (
    "Safety plan {plan} reviewed with the client",
    "Went through safety plan {plan} step by step with the client",
    "Reviewed safety plan {plan}; client confirmed the people and numbers are current",
)
SAFETY_WRITE_ACTIONS: tuple[str, ...] = (
    "Same-day risk assessment; safety plan {plan} written with the client",
    "Risk assessment completed; safety plan {plan} written together, lethal means "
    "counseling done",
    "Met the same day; first safety plan ({plan}) completed with the client",
)
SAFETY_REVISE_ACTIONS: tuple[str, ...] = (
    "Safety plan revised as {plan} with new warning signs and contacts",
    "Risk assessment completed; updated the safety plan ({plan}), lethal means counseling "
    "done",
    "Same-day risk assessment; safety plan revised with the client ({plan})",
)

# --- discharge details ------------------------------------------------------------------------

MENTAL_STATUS: dict[str, tuple[str, ...]] = {
    "improved": (
        "Alert and oriented x4. Mood 'better'; affect brighter and full range. Denies "
        "suicidal or homicidal ideation. Thought process linear.",
        "Calm, cooperative, good eye contact. Mood euthymic. No psychotic symptoms. Insight "
        "and judgment fair to good.",
        "Well groomed. Speech normal rate and volume. Mood 'hopeful'. Denies SI/HI. Sleeping "
        "6-7 hours.",
        "Alert, engaged in discharge planning. Mood 'okay', affect congruent. No SI/HI.",
        "Oriented, organized. Mood improved, affect reactive. Insight fair.",
        "Cooperative and future-oriented. Anxiety much reduced. Denies SI/HI.",
        "Appropriately dressed, polite. Mood 'good'. Thought content focused on returning to "
        "work. Judgment intact.",
    ),
    "unchanged": (
        "Alert and oriented. Mood 'the same'; affect constricted. Passive death wish without "
        "plan or intent. Insight limited.",
        "Guarded but cooperative. Mood low, affect flat. Denies SI/HI. Sleep still poor.",
        "Anxious, fidgety. Thought process linear. Denies SI/HI.",
        "Oriented. Mood 'tired'; psychomotor slowing persists. No SI/HI. Insight fair.",
    ),
    "worse": (
        "Irritable, poor eye contact. Mood 'bad'. Reports suicidal ideation without a plan; "
        "safety plan reviewed.",
        "Tearful, hopeless. Sleep 3-4 hours. Denies intent; agrees to higher level of care.",
        "Guarded and suspicious. Thought process tangential at times. Denies SI/HI.",
    ),
}
# The same, for a substance-use or co-occurring episode.
SUBSTANCE_MENTAL_STATUS: dict[str, tuple[str, ...]] = {
    "improved": (
        "Alert and oriented. Mood 'good'; affect bright. Cravings reported as low. Denies "
        "SI/HI. Withdrawal symptoms resolved.",
        "Cooperative, engaged in relapse-prevention planning. Mood euthymic. No SI/HI.",
        "Well groomed, calm. Sleep and appetite back to normal. Cravings manageable with "
        "coping skills.",
    ),
    "unchanged": (
        "Anxious, fidgety. Continues to minimize use. Denies SI/HI.",
        "Guarded. Mood 'alright', affect constricted. Cravings moderate. No SI/HI.",
    ),
    "worse": (
        "Used during the stay; now withdrawn. Cravings high. Denies SI/HI.",
        "Irritable and restless, leaving early against advice. Cravings high. Denies SI/HI.",
    ),
}
# Treatment modalities by level of care; a discharge names two to four of them.
TREATMENT_BY_LEVEL: dict[str, tuple[str, ...]] = {
    "INP": ("psychiatric evaluation and daily rounds", "medication management",
            "milieu therapy", "group therapy", "individual supportive therapy",
            "family meeting", "discharge planning", "safety planning"),
    "WM": ("medically monitored withdrawal", "symptom-triggered medication",
           "buprenorphine induction", "nursing assessment every shift",
           "motivational interviewing", "naloxone education", "linkage to continued care"),
    "RES": ("group therapy", "individual therapy", "relapse-prevention group",
            "cognitive behavioral therapy", "medication for addiction treatment",
            "family program", "12-step facilitation", "life-skills group",
            "peer support"),
    "PHP": ("group therapy", "individual therapy", "medication management",
            "dialectical behavior therapy skills group", "psychoeducation",
            "family session", "occupational therapy group"),
    "IOP": ("group therapy", "individual therapy", "medication management",
            "relapse-prevention group", "cognitive behavioral therapy group",
            "DBT skills group", "family session", "peer support"),
    "OP": ("individual therapy", "medication management", "case management",
           "cognitive behavioral therapy", "couples or family session"),
}
# What a substance-use discharge lists, by diagnosed condition.
SUBSTANCES: dict[str, tuple[str, ...]] = {
    "alcohol": ("Alcohol",),
    "opioid": ("Fentanyl", "Heroin", "Oxycodone (non-prescribed)"),
    "stimulant": ("Methamphetamine",),
    "cannabis": ("Cannabis",),
    "sedative": ("Alprazolam (non-prescribed)", "Benzodiazepines"),
    "nicotine": ("Tobacco",),
}

# --- advance directives -----------------------------------------------------------------------

DIRECTIVE_LOCATIONS: tuple[str, ...] = (
    "Copy scanned into the record; original at home",
    "Original with the health care agent; copy in the chart",
    "Registered with the California Secretary of State registry; copy in the chart",
    "Copy in the chart; client carries a wallet card",
    "With the client's primary care provider; copy requested",
)
PSYCHIATRIC_DIRECTIVE_NOTES: tuple[str, ...] = (
    "Prefers olanzapine over haloperidol (dystonia in the past). Wants her sister called "
    "on admission.",
    "Consents to short-term hospitalization at St. Brendan if unable to care for self. No "
    "ECT.",
    "Calming: quiet room, weighted blanket, music. Please do not use restraints unless no "
    "other choice.",
    "Prefers a Spanish-speaking clinician. Agent may consent to medication changes.",
    "Lithium has worked before; prefers it to valproate. Keep the pets with the neighbor.",
)
MEDICAL_DIRECTIVE_NOTES: tuple[str, ...] = (
    "Advance Health Care Directive; agent makes decisions if the client cannot.",
    "Wants comfort care only if terminally ill. Organ donor.",
    "Full treatment wanted; agent named for health care decisions.",
    "No prolonged life support if recovery is not expected.",
)
POLST_NOTES: tuple[str, ...] = (
    "Section A: Do not attempt resuscitation. Section B: selective treatment.",
    "Section A: Attempt resuscitation. Section B: full treatment.",
    "Section A: DNR. Section B: comfort-focused treatment.",
)
DIRECTIVE_NONE_NOTES: tuple[str, ...] = (
    "Asked; has none. Information on advance directives given.",
    "Asked; has none and is not interested for now.",
    "Asked; will think about it and bring it up with the psychiatrist.",
)
