"""One demo client at a time: who they are, their diagnoses and medications, care team,
journey through the levels of care, referrals, consents, measures and contact notes."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from coordinator.demo import appointments, care_plans, coordination, journeys, measures, safety
from coordinator.demo.clinical import (
    ADOLESCENT_MENTAL_HEALTH,
    ADOLESCENT_SUBSTANCE_USE,
    ADULT_MENTAL_HEALTH,
    ADULT_SUBSTANCE_USE,
    ALLERGIES,
    MEDICARE_PAYERS,
    MEDICATIONS,
    NALOXONE,
    NICOTINE,
    PAYERS,
    RULED_OUT,
    SAFETY_NOTES,
    SECONDARY_ANXIETY,
    TRAZODONE,
    Diagnosis,
    Medication,
)
from coordinator.demo.clinicians import CLINICIAN_BY_LISTING, NON_PRESCRIBERS
from coordinator.demo.common import DAYS, Batch, Row, WeightedChoice, phone, versioned
from coordinator.demo.directory import CLINIC_FAX, CLINIC_PHONE
from coordinator.demo.names import (
    CITIES,
    CULTURES,
    ENGLISH,
    GENDER_VARIANTS,
    NATIVE_SCRIPT,
    NICKNAMES,
    NURSE_PRACTITIONERS,
    PEER_SPECIALISTS,
    PRIMARY_CARE,
    PRIMARY_CARE_PRACTICES,
    PSYCHIATRISTS,
    STATE,
    STREETS,
    THERAPISTS,
    Culture,
)
from coordinator.demo.state import ClientFacts, Run
from coordinator.domain.text import digits_only, search_key
from coordinator.domain.vocabulary import CareFocus, ClientStatus

_CULTURES: WeightedChoice[Culture] = WeightedChoice([(c, c.weight) for c in CULTURES])
_ADULT_AGES: WeightedChoice[tuple[int, int]] = WeightedChoice([
    ((18, 25), 18), ((26, 34), 25), ((35, 44), 22), ((45, 54), 16), ((55, 64), 12),
    ((65, 80), 7)])
_MENTAL, _SUBSTANCE = CareFocus.MENTAL_HEALTH.value, CareFocus.SUBSTANCE_USE.value
_FOCUS_ADULT: WeightedChoice[str] = WeightedChoice([
    (CareFocus.MENTAL_HEALTH.value, 48), (CareFocus.SUBSTANCE_USE.value, 20),
    (CareFocus.CO_OCCURRING.value, 32)])
_FOCUS_TEEN: WeightedChoice[str] = WeightedChoice([
    (CareFocus.MENTAL_HEALTH.value, 75), (CareFocus.SUBSTANCE_USE.value, 5),
    (CareFocus.CO_OCCURRING.value, 20)])
_DIAGNOSES: dict[str, WeightedChoice[Diagnosis]] = {
    "adult_mh": WeightedChoice(ADULT_MENTAL_HEALTH),
    "teen_mh": WeightedChoice(ADOLESCENT_MENTAL_HEALTH),
    "adult_sud": WeightedChoice(ADULT_SUBSTANCE_USE),
    "teen_sud": WeightedChoice(ADOLESCENT_SUBSTANCE_USE),
}
_PAYERS: WeightedChoice[tuple[str, str]] = WeightedChoice(
    [((name, kind), weight) for name, kind, weight in PAYERS])
_ADULT_CONTACTS = ("Spouse", "Partner", "Mother", "Father", "Sister", "Brother", "Friend",
                   "Aunt", "Cousin")
_OLDER_CONTACTS = ("Spouse", "Daughter", "Son", "Sister", "Brother", "Friend", "Partner")
_GUARDIANS = ("Mother", "Mother", "Father", "Grandmother", "Aunt", "Foster parent",
              "Legal guardian")
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
# A client row's columns written after it: the current level from the episodes once every
# client is written (care.derived), the allergies and the responsible clinician with the
# clinical facts.
_FILLED_LATER: Row = {
    "current_level_code": None, "current_level_rank": None, "current_level_since": None,
    "allergy_status": "not_asked", "allergy_status_on": None, "clinician_name": "",
    "clinician_credentials": "", "clinician_npi": "", "clinician_phone": "",
}
# Names repeat across a large caseload; fold each spelling once.
_folded = lru_cache(maxsize=8192)(search_key)


def add_client(run: Run, batch: Batch, number: int) -> None:
    """Every row about one new client, appended to ``batch``."""
    rng, timeline = run.rng, run.timeline
    culture = _CULTURES.pick(rng)
    adolescent, age, language, interpreter = _age_and_language(run, culture)
    manager, focus, scenario = _assignment(run, adolescent)
    client_id = run.ids.next("client")
    record_number = f"MRN-{number:06d}"
    person = _person(run, culture)
    given, family = person["given_name"], person["family_name"]
    birth = timeline.today - timedelta(days=int((age + rng.random()) * 365.25))
    given_key, family_key = _folded(given), _folded(family)

    city, zips, area = rng.choice(CITIES)
    client_phone = phone(rng, area)
    email = "" if adolescent else _email(run, given_key, family_key)
    contacts = _contacts(run, culture, family, age, adolescent, area)
    payer, member_id, group = _insurance(run, age, adolescent)

    facts = ClientFacts(client_id, record_number, given, family, age, focus, language, interpreter,
                        manager, scenario, contacts["guardian_name"],
                        contacts["guardian_relationship"])
    facts.contact = (contacts["emergency_contact_name"], contacts["emergency_contact_phone"],
                     contacts["emergency_contact_relationship"])
    if rng.random() < 0.06:
        facts.safety_note = rng.choice(SAFETY_NOTES)
    diagnoses = _diagnoses(run, facts)
    journeys.add_journey(run, batch, facts, journeys.plan_path(run, facts))
    first_day = min(facts.first_day, timeline.yesterday)
    created = timeline.at(max(first_day - DAYS[rng.randint(0, 10)],
                              timeline.days_ago(4 * 365)))
    facts.created = created
    status, archived_at = _status(run, facts)
    last = facts.episodes[-1]
    updated = timeline.at(min(last.end or last.start, timeline.yesterday))
    client_row: Row = {
        "id": client_id, "record_number": record_number, **person,
        "given_name_key": given_key, "family_name_key": family_key,
        "birth_date": birth, "phone": client_phone, "phone_digits": digits_only(client_phone),
        "email": email, "address_line1": f"{rng.randint(10, 9999)} {rng.choice(STREETS)}",
        "address_line2": f"Apt {rng.randint(1, 40)}" if rng.random() < 0.3 else "",
        "city": city, "state": STATE, "postal_code": rng.choice(zips),
        "preferred_language": language, "interpreter_needed": interpreter, **contacts,
        "insurance_payer": payer, "insurance_member_id": member_id, "insurance_group": group,
        "primary_case_manager_id": manager, "status": status,
        "safety_note": facts.safety_note,
        "archived_at": archived_at, **versioned(created, max(created, updated)),
        **_FILLED_LATER,
    }
    batch.rows["client"].append(client_row)
    _clinical_facts(run, batch, facts, diagnoses, client_row)
    _care_team(run, batch, facts, area)
    _responsible_clinician(run, facts, client_row)
    _coordination(run, batch, facts)
    care_plans.add_care_plan(run, batch, facts)


def _age_and_language(run: Run, culture: Culture) -> tuple[bool, int, str, bool]:
    """Whether an adolescent, the age, the preferred language and whether an interpreter is
    needed (more likely the older the client)."""
    rng = run.rng
    adolescent = rng.random() < 0.08
    if adolescent:
        age = rng.randint(13, 17)
    else:
        low, high = _ADULT_AGES.pick(rng)
        age = rng.randint(low, high)
    band = 0 if adolescent else 1 if age < 45 else 2
    language = culture.language if rng.random() < culture.prefers_language[band] else "English"
    interpreter = language != "English" and rng.random() < culture.interpreter_share
    return adolescent, age, language, interpreter


def _assignment(run: Run, adolescent: bool) -> tuple[int, str, str]:
    """The primary case manager, the focus of care and the journey's scenario."""
    rng = run.rng
    managers = run.reference.case_manager_ids
    # The documented "casemanager" login carries a caseload of about ``OWN_CASELOAD``; the
    # other case managers share the rest.
    manager = managers[0] if rng.random() < run.own_share else rng.choice(managers[1:])
    focus = (_FOCUS_TEEN if adolescent else _FOCUS_ADULT).pick(rng)
    scenario = journeys.SCENARIOS.pick(rng)
    if not run.showcased and manager == managers[0]:
        # The documented "casemanager" login finds a step-down clock running on the
        # dashboard in a demo of any size.
        scenario, run.showcased = "awaiting", True
    return manager, focus, scenario


def _person(run: Run, culture: Culture) -> Row:
    """Sex at birth, gender identity, pronouns and names (a preferred name now and then):
    the client row's fields of those names."""
    rng = run.rng
    sex = "female" if rng.random() < 0.52 else "male"
    identity, pronouns = ("Woman", "she/her") if sex == "female" else ("Man", "he/him")
    names_from = culture.female if sex == "female" else culture.male
    preferred = ""
    if rng.random() < 0.03:
        sex, identity, pronouns = rng.choice(GENDER_VARIANTS)
        names_from = culture.female if sex == "female" else culture.male
        other = culture.male if sex == "female" else culture.female
        if identity.startswith("Transgender"):
            preferred = rng.choice(other)
    given = rng.choice(names_from)
    family = rng.choice(culture.family)
    if culture.key == "spanish" and rng.random() < 0.2:
        family = f"{family} {rng.choice(culture.family)}"
    if not preferred:
        draw = rng.random()
        if given in NATIVE_SCRIPT and draw < 0.3:
            preferred = NATIVE_SCRIPT[given]
        elif given in NICKNAMES and draw < 0.35:
            preferred = NICKNAMES[given]
    return {"given_name": given, "family_name": family, "preferred_name": preferred,
            "sex_at_birth": sex, "gender_identity": identity, "pronouns": pronouns}


def _email(run: Run, given_key: str, family_key: str) -> str:
    """An adult's e-mail address at example.com, for a bit under half of them."""
    rng = run.rng
    if rng.random() >= 0.45:
        return ""
    local = f"{given_key}.{family_key}".replace(" ", "").replace("'", "")
    return f"{local}{rng.randint(1, 99)}@example.com"


def _contacts(run: Run, culture: Culture, family: str, age: int, adolescent: bool,
              area: str) -> Row:
    """An adolescent's guardian (also the emergency contact), or most adults' emergency
    contact: the client row's fields of those people."""
    rng = run.rng
    contact_name = contact_phone = contact_relation = ""
    guardian_name = guardian_phone = guardian_relation = ""
    if adolescent:
        guardian_relation = rng.choice(_GUARDIANS)
        guardian_family = family if guardian_relation != "Foster parent" else rng.choice(
            ENGLISH.family if rng.random() < 0.5 else culture.family)
        guardian_given = rng.choice(culture.male if guardian_relation == "Father"
                                    else culture.female)
        guardian_name = f"{guardian_given} {guardian_family}"
        guardian_phone = phone(rng, area)
        contact_name, contact_phone, contact_relation = (
            guardian_name, guardian_phone, guardian_relation)
    elif rng.random() < 0.88:
        contact_relation = rng.choice(_OLDER_CONTACTS if age >= 50 else _ADULT_CONTACTS)
        male = contact_relation in ("Father", "Brother", "Son") or (
            contact_relation not in ("Mother", "Sister", "Daughter", "Aunt")
            and rng.random() < 0.5)
        contact_family = family if rng.random() < 0.7 else rng.choice(culture.family)
        contact_name = f"{rng.choice(culture.male if male else culture.female)} {contact_family}"
        contact_phone = phone(rng, area)
    return {"emergency_contact_name": contact_name, "emergency_contact_phone": contact_phone,
            "emergency_contact_relationship": contact_relation, "guardian_name": guardian_name,
            "guardian_phone": guardian_phone, "guardian_relationship": guardian_relation}


def _status(run: Run, facts: ClientFacts) -> tuple[str, datetime | None]:
    """Active, or discharged after a completed journey (archived a year or more on, now and
    then), with when it was archived."""
    rng, timeline = run.rng, run.timeline
    last = facts.episodes[-1]
    if facts.scenario != "completed":
        return ClientStatus.ACTIVE.value, None
    if last.end and (timeline.today - last.end).days > 365 and rng.random() < 0.1:
        return ClientStatus.ARCHIVED.value, timeline.at(last.end + DAYS[rng.randint(30, 90)])
    return ClientStatus.DISCHARGED.value, None


def _coordination(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """Appointments, referrals and consents, measures, safety plans, directives and notes."""
    appointments.add_appointments(run, batch, facts)
    services = coordination.add_referrals(run, batch, facts)
    coordination.add_consents(run, batch, facts, services)
    measures.add_assessments(run, batch, facts)
    safety.add_safety_plans(run, batch, facts)
    safety.add_directives(run, batch, facts)
    coordination.add_notes(run, batch, facts)


def _insurance(run: Run, age: int, adolescent: bool) -> tuple[str, str, str]:
    rng = run.rng
    if age >= 65 and rng.random() < 0.85:
        payer, kind = rng.choice(MEDICARE_PAYERS), "medicare"
    else:
        payer, kind = _PAYERS.pick(rng)
        if adolescent and kind in ("county", "none"):
            payer, kind = PAYERS[0][0], PAYERS[0][1]
    if kind == "medicaid":
        return payer, f"9{rng.randrange(10**7):07d}{rng.choice('ABCDEFGH')}", ""
    if kind == "medicare":
        letters = "".join(rng.choice(_MBI_LETTERS) for _ in range(4))
        mbi = (f"{rng.randint(1, 9)}{letters[0]}{letters[1]}{rng.randint(0, 9)}-"
               f"{letters[2]}{rng.randint(0, 9)}{letters[3]}{rng.randint(0, 9)}")
        return payer, mbi, ""
    if kind == "commercial":
        prefix = "".join(rng.choice("BCDFGHKMPRSTVWXZ") for _ in range(3))
        return payer, f"{prefix}{rng.randrange(10**9):09d}", f"GRP-{rng.randrange(10**5):05d}"
    return payer, "", ""


def _diagnoses(run: Run, facts: ClientFacts) -> list[Diagnosis]:
    rng = run.rng
    age_group = "teen" if facts.adolescent else "adult"
    mental = _DIAGNOSES[f"{age_group}_mh"]
    substance = _DIAGNOSES[f"{age_group}_sud"]
    found: list[Diagnosis] = []
    if facts.focus == _MENTAL:
        found.append(mental.pick(rng))
        if found[0].condition in ("depression", "ptsd") and rng.random() < 0.25:
            found.append(SECONDARY_ANXIETY)
    elif facts.focus == _SUBSTANCE:
        found.append(substance.pick(rng))
        if rng.random() < 0.15:
            found.append(substance.pick(rng))
    else:
        pair = [mental.pick(rng), substance.pick(rng)]
        if rng.random() < 0.5:
            pair.reverse()
        found.extend(pair)
    if not facts.adolescent and rng.random() < (0.1 if facts.focus == _MENTAL else 0.4):
        found.append(NICOTINE)
    unique: dict[str, Diagnosis] = {}
    for diagnosis in found:
        unique.setdefault(diagnosis.code, diagnosis)
    diagnoses = list(unique.values())
    facts.conditions = [diagnosis.condition for diagnosis in diagnoses]
    return diagnoses


def _clinical_facts(run: Run, batch: Batch, facts: ClientFacts, diagnoses: list[Diagnosis],
                    client_row: Row) -> None:
    """The problem list, the medications and the allergies."""
    timeline = run.timeline
    yesterday = timeline.yesterday
    created = facts.created or timeline.at(yesterday)
    stamp = versioned(created)
    first_day = facts.first_day
    # Diagnosed at the intake assessment (the first day of care, or the day the record was
    # opened for an admission still ahead), sometimes confirmed a little later.
    intake_day = min(first_day, yesterday) if first_day <= yesterday else min(
        created.date(), yesterday)
    _problem_list(run, batch, facts, diagnoses, intake_day, created)
    _medications(run, batch, facts, stamp)
    _allergies(run, batch, facts, client_row, intake_day, stamp)


def _problem_list(run: Run, batch: Batch, facts: ClientFacts, diagnoses: list[Diagnosis],
                  intake_day: date, created: datetime) -> None:
    """The diagnoses recorded at intake (now and then one resolved since, or a candidate
    ruled out)."""
    rng, ids, timeline = run.rng, run.ids, run.timeline
    random, randint = rng.random, rng.randint
    yesterday = timeline.yesterday
    stamp = versioned(created)
    first_day = facts.first_day
    rows = batch.rows["client_diagnosis"]
    recorder = facts.case_manager_id if random() < 0.85 else run.reference.supervisor_id
    ruled_out: tuple[Diagnosis, ...] = ()
    if random() < 0.03:
        ruled_out = tuple(candidate for candidate in RULED_OUT.get(facts.conditions[0], ())
                          if all(candidate.code != known.code for known in diagnoses))
    for index, diagnosis in enumerate((*diagnoses, *ruled_out[:1])):
        onset = None
        if index < len(diagnoses) and random() < 0.6:
            onset = max(first_day - DAYS[randint(30, 2500)],
                        timeline.today - timedelta(days=365 * (facts.age - 10)))
        recorded = intake_day if random() < 0.7 else min(intake_day + DAYS[randint(1, 14)],
                                                         yesterday)
        status, status_on = "active", None
        if index >= len(diagnoses):
            status = "ruled_out"
            status_on = min(recorded + DAYS[randint(3, 45)], yesterday)
        elif index and random() < 0.05:
            status = "resolved"
            status_on = min(recorded + DAYS[randint(30, 300)], yesterday)
        rows.append({
            "id": ids.next("client_diagnosis"), "client_id": facts.id, "code": diagnosis.code,
            "description": diagnosis.description, "is_primary": index == 0,
            "substance_use": diagnosis.substance_use, "onset_date": onset,
            "status": status, "status_on": status_on, "recorded_by_id": recorder,
            "recorded_on": recorded, "entered_in_error": False,
            **(versioned(created, timeline.at(status_on), 2) if status_on else stamp),
        })


def _medications(run: Run, batch: Batch, facts: ClientFacts, stamp: Row) -> None:
    """Medications for the client's conditions (about a fifth take none), one prescriber."""
    rng, ids = run.rng, run.ids
    random, randint = rng.random, rng.randint
    yesterday = run.timeline.yesterday
    first_day = facts.first_day
    medications: list[Medication] = []
    if random() >= 0.22:  # about a fifth take nothing: the packet says "None recorded"
        for index, condition in enumerate(facts.conditions):
            options = MEDICATIONS[condition]
            if options and random() < (0.85 if index == 0 else 0.4):
                medications.append(rng.choice(options))
        if "opioid" in facts.conditions and random() < 0.7:
            medications.append(NALOXONE)
        if random() < 0.1:
            medications.append(TRAZODONE)
    prescriber = rng.choice(PSYCHIATRISTS if random() < 0.6 else NURSE_PRACTITIONERS)
    seen: set[str] = set()
    for medication in medications:
        if medication.name in seen:
            continue
        seen.add(medication.name)
        start = first_day - DAYS[randint(0, 400)]
        draw = random()
        status = "stopped" if draw < 0.1 else "on_hold" if draw < 0.14 else "active"
        end = min(yesterday, first_day + DAYS[randint(14, 200)])
        if medication.for_use_disorder and status == "active":
            facts.on_use_disorder_medication = True
        batch.rows["client_medication"].append({
            "id": ids.next("client_medication"), "client_id": facts.id,
            "name": medication.name, "dose": medication.dose, "unit": medication.unit,
            "route": medication.route, "frequency": medication.frequency,
            "prescriber": prescriber, "start_date": min(start, yesterday),
            "end_date": end if status == "stopped" else None, "status": status,
            "for_use_disorder": medication.for_use_disorder,
            "recorded_by_id": facts.case_manager_id, "entered_in_error": False, **stamp,
        })
    facts.prescriber = prescriber if seen else ""


def _allergies(run: Run, batch: Batch, facts: ClientFacts, client_row: Row, intake_day: date,
               stamp: Row) -> None:
    """Allergy rows for about a fifth; "no known allergies" for most of the others, and
    "not asked" yet for the rest, mostly clients whose care began in the last month."""
    rng, timeline = run.rng, run.timeline
    asked_on = min(intake_day + DAYS[rng.randint(0, 3)], timeline.yesterday)
    if rng.random() < 0.2:
        for substance, reaction, severity in rng.sample(ALLERGIES, 1 if rng.random() < 0.85
                                                        else 2):
            batch.rows["client_allergy"].append({
                "id": run.ids.next("client_allergy"), "client_id": facts.id,
                "substance": substance, "reaction": reaction, "severity": severity,
                "recorded_by_id": facts.case_manager_id, "entered_in_error": False, **stamp,
            })
        client_row["allergy_status"], client_row["allergy_status_on"] = "recorded", asked_on
        return
    recent = (timeline.today - intake_day).days <= 30
    if rng.random() < (0.55 if recent else 0.2):
        return  # still "not asked"
    client_row["allergy_status"], client_row["allergy_status_on"] = "no_known", asked_on


def _responsible_clinician(run: Run, facts: ClientFacts, client_row: Row) -> None:
    """The prescriber, else the client's therapist at the clinic, else one of the clinic's
    therapists or psychologists; most active clients have one, fewer discharged ones."""
    rng = run.rng
    active = client_row["status"] == ClientStatus.ACTIVE.value
    if rng.random() >= (0.93 if active else 0.6):
        return
    therapist = facts.team.get("Therapist")
    clinician = (CLINICIAN_BY_LISTING.get(facts.prescriber)
                 or (CLINICIAN_BY_LISTING.get(therapist[1]) if therapist else None)
                 or rng.choice(NON_PRESCRIBERS))
    client_row["clinician_name"] = clinician.name
    client_row["clinician_credentials"] = clinician.credentials
    client_row["clinician_npi"] = clinician.npi
    client_row["clinician_phone"] = clinician.phone


def _care_team(run: Run, batch: Batch, facts: ClientFacts, area: str) -> None:
    """Outside and in-house clinicians: prescriber, therapist, primary care, peer support."""
    rng, timeline = run.rng, run.timeline
    stamp = versioned(facts.created or timeline.at(timeline.yesterday))
    start: date = min(facts.first_day, timeline.yesterday)
    clinic = run.reference.clinic_name
    # (role, name, organization, facility id, phone, fax)
    members: list[tuple[str, str, str, int | None, str, str]] = []
    if facts.prescriber:
        role = ("Psychiatrist" if facts.prescriber.startswith("Dr.")
                else "Psychiatric nurse practitioner")
        members.append((role, facts.prescriber, clinic, None, CLINIC_PHONE, CLINIC_FAX))
    if rng.random() < 0.45:
        if rng.random() < 0.5:
            office = rng.choice(run.reference.therapists)
            members.append(("Therapist", office.name, "Private practice", office.id,
                            office.phone, office.fax))
        else:
            members.append(("Therapist", rng.choice(THERAPISTS), clinic, None, CLINIC_PHONE,
                            CLINIC_FAX))
    if rng.random() < 0.5:
        members.append(("Primary care provider", rng.choice(PRIMARY_CARE),
                        rng.choice(PRIMARY_CARE_PRACTICES), None, phone(rng, area),
                        phone(rng, area)))
    if facts.substance_use and rng.random() < 0.2:
        members.append(("Peer recovery specialist", rng.choice(PEER_SPECIALISTS),
                        "Open Door Peer Recovery Center", None, phone(rng, area), ""))
    rows = batch.rows["care_team_member"]
    for role, name, organization, facility_id, number, fax in members:
        member_id = run.ids.next("care_team_member")
        facts.team[role] = (member_id, name, facility_id, organization)
        rows.append({
            "id": member_id, "client_id": facts.id, "role": role,
            "name": name, "organization": organization, "facility_id": facility_id,
            "user_id": None, "phone": number, "fax": fax, "email": "", "start_date": start,
            "end_date": None, "archived_at": None, **stamp,
        })
