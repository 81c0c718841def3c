"""Care coordination records for a demo client: referrals with their history, consents,
disclosures and the contact log."""

from __future__ import annotations

from datetime import date, timedelta

from coordinator.demo.common import DAYS, SLOTS, Batch, WeightedChoice, versioned
from coordinator.demo.directory import CLINIC_ADDRESS
from coordinator.demo.reference import Facility, Service
from coordinator.demo.state import ClientFacts, Run
from coordinator.demo.texts import (
    NOTE_TEXTS,
    OUTCOME_NOTES,
    RECEIVER_NOTES,
    REFERRAL_REASONS,
    STATUS_NOTES,
    TEEN_REFERRAL_REASONS,
)
from coordinator.domain.consent import (
    RevocationMethod,
    SigningRule,
    signing_rule_for,
)
from coordinator.domain.settings import spec_for
from coordinator.domain.vocabulary import (
    DocumentType,
    NoteKind,
    ReferralCategory,
    ReferralOutcome,
    ReferralStatus,
)

S = ReferralStatus
# How a referral reaches each status (FHIR Task flow), as alternative event paths.
_PATHS: dict[str, tuple[tuple[str, ...], ...]] = {
    status.value: tuple(tuple(step.value for step in path) for path in paths)
    for status, paths in {
        S.DRAFT: ((S.DRAFT,),),
        S.REQUESTED: ((S.DRAFT, S.REQUESTED),),
        S.RECEIVED: ((S.DRAFT, S.REQUESTED, S.RECEIVED),),
        S.ACCEPTED: ((S.DRAFT, S.REQUESTED, S.RECEIVED, S.ACCEPTED),),
        S.REJECTED: ((S.DRAFT, S.REQUESTED, S.RECEIVED, S.REJECTED),),
        S.IN_PROGRESS: ((S.DRAFT, S.REQUESTED, S.RECEIVED, S.ACCEPTED, S.IN_PROGRESS),),
        S.ON_HOLD: ((S.DRAFT, S.REQUESTED, S.RECEIVED, S.ACCEPTED, S.ON_HOLD),
                    (S.DRAFT, S.REQUESTED, S.RECEIVED, S.ACCEPTED, S.IN_PROGRESS, S.ON_HOLD)),
        S.COMPLETED: ((S.DRAFT, S.REQUESTED, S.RECEIVED, S.ACCEPTED, S.IN_PROGRESS,
                       S.COMPLETED),),
        S.CANCELLED: ((S.DRAFT, S.REQUESTED, S.CANCELLED),
                      (S.DRAFT, S.REQUESTED, S.RECEIVED, S.ACCEPTED, S.CANCELLED)),
        S.FAILED: ((S.DRAFT, S.REQUESTED, S.FAILED),
                   (S.DRAFT, S.REQUESTED, S.RECEIVED, S.ACCEPTED, S.FAILED)),
    }.items()
}
_OPEN_CLIENT: WeightedChoice[str] = WeightedChoice([
    (S.DRAFT.value, 5), (S.REQUESTED.value, 14), (S.RECEIVED.value, 9),
    (S.ACCEPTED.value, 10), (S.IN_PROGRESS.value, 12), (S.ON_HOLD.value, 5),
    (S.COMPLETED.value, 25), (S.REJECTED.value, 5), (S.CANCELLED.value, 7),
    (S.FAILED.value, 8)])
_DISCHARGED_CLIENT: WeightedChoice[str] = WeightedChoice([
    (S.COMPLETED.value, 55), (S.CANCELLED.value, 15), (S.FAILED.value, 20),
    (S.REJECTED.value, 10)])
Out = ReferralOutcome
# Closed statuses and the outcomes recorded when closing with them.
_OUTCOMES: dict[str, WeightedChoice[str]] = {
    status.value: WeightedChoice([(outcome.value, weight) for outcome, weight in outcomes])
    for status, outcomes in (
        (S.COMPLETED, ((Out.GOT_HELP, 85), (Out.REFERRED_ELSEWHERE, 10), (Out.OTHER, 5))),
        (S.REJECTED, ((Out.NOT_ELIGIBLE, 55), (Out.NO_CAPACITY, 45))),
        (S.CANCELLED, ((Out.NO_LONGER_INTERESTED, 55), (Out.REFERRED_ELSEWHERE, 35),
                       (Out.OTHER, 10))),
        (S.FAILED, ((Out.COULD_NOT_CONTACT, 80), (Out.NO_CAPACITY, 10), (Out.OTHER, 10))),
    )
}
C = ReferralCategory
_ADULT_NEEDS: WeightedChoice[str] = WeightedChoice([(need.value, weight) for need, weight in (
    (C.HOUSING, 14), (C.FOOD, 10), (C.EMPLOYMENT, 8), (C.PHYSICAL_HEALTH, 10),
    (C.TRANSPORTATION, 8), (C.LEGAL, 5), (C.BENEFITS, 9), (C.EDUCATION, 4), (C.CHILDCARE, 3),
    (C.FAMILY_SUPPORT, 6), (C.PEER_SUPPORT, 8), (C.SUBSTANCE_USE, 6), (C.MENTAL_HEALTH, 9),
    (C.OTHER, 3))])
_TEEN_NEEDS: WeightedChoice[str] = WeightedChoice([(need.value, weight) for need, weight in (
    (C.EDUCATION, 10), (C.FAMILY_SUPPORT, 12), (C.MENTAL_HEALTH, 10), (C.PHYSICAL_HEALTH, 6),
    (C.PEER_SUPPORT, 3), (C.FOOD, 3), (C.LEGAL, 2), (C.SUBSTANCE_USE, 3),
    (C.TRANSPORTATION, 3), (C.OTHER, 2))])
_REFERRAL_COUNT: dict[bool, WeightedChoice[int]] = {
    True: WeightedChoice([(0, 50), (1, 35), (2, 15)]),  # discharged clients
    False: WeightedChoice([(0, 33), (1, 38), (2, 21), (3, 8)]),
}
_FACILITY_KINDS = {C.MENTAL_HEALTH.value: ("therapist", "outpatient_clinic"),
                   C.SUBSTANCE_USE.value: ("detox", "residential", "php_iop")}
_SUBSTANCE_USE, _MENTAL_HEALTH = C.SUBSTANCE_USE.value, C.MENTAL_HEALTH.value


_OPEN_WITHIN_DAYS = 42


def add_referrals(run: Run, batch: Batch, facts: ClientFacts) -> list[Service]:
    """Referrals and their status history; returns the services referred to."""
    rng, timeline = run.rng, run.timeline
    random, randint = rng.random, rng.randint
    yesterday = timeline.yesterday
    discharged = facts.scenario == "completed"
    services: list[Service] = []
    last_end = facts.episodes[-1].end
    manager = facts.case_manager_id
    events = batch.rows["referral_event"]
    for _ in range(_REFERRAL_COUNT[discharged].pick(rng)):
        status = (_DISCHARGED_CLIENT if discharged else _OPEN_CLIENT).pick(rng)
        path = rng.choice(_PATHS[status])
        category = (_TEEN_NEEDS if facts.adolescent else _ADULT_NEEDS).pick(rng)
        if category == _SUBSTANCE_USE and not facts.substance_use:
            category = _MENTAL_HEALTH
        service, facility = _target(run, facts, category)
        if service is not None:
            services.append(service)
        # Open referrals are recent; closed ones fall anywhere in the client's care.
        steps = 3 * len(path)
        closed = status in _OUTCOMES
        if closed:
            latest = last_end if last_end and last_end < yesterday else yesterday
            earliest = min(facts.first_day, latest)
            day = earliest + DAYS[randint(0, (latest - earliest).days)]
            day = min(day, yesterday - DAYS[steps])
        else:
            # Sent within the last six weeks or so: a referral still open months after it
            # was sent is rare in a clinic that follows up. (One draw as before, scaled, so
            # the rest of the demo is drawn the same.)
            day = timeline.days_ago(steps + 1 + randint(0, 74) * _OPEN_WITHIN_DAYS // 75)
        referral_id = run.ids.next("referral")
        slot = randint(0, SLOTS // 2)
        previous: str | None = None
        first_stamp = stamp = timeline.at(day, slot)
        for step, to_status in enumerate(path):
            note = ""
            if step:
                gap = randint(0, 3)
                day = min(day + DAYS[gap], yesterday)
                slot = randint(slot if gap == 0 else 0, SLOTS - 1)
                stamp = max(timeline.at(day, slot), stamp)
                note = rng.choice(STATUS_NOTES[to_status])
            events.append({
                "id": run.ids.next("referral_event"), "referral_id": referral_id,
                "occurred_at": stamp, "user_id": manager, "from_status": previous,
                "to_status": to_status, "note": note,
            })
            previous = to_status
        outcome = _OUTCOMES[status].pick(rng) if closed else None
        receiver = rng.choice(RECEIVER_NOTES) if random() < 0.3 else ""
        if facts.spanish and random() < 0.5:
            receiver = f"{receiver} Client prefers Spanish.".lstrip()
        batch.rows["referral"].append({
            "id": referral_id, "client_id": facts.id,
            "service_id": service.id if service else None,
            "facility_id": facility.id if facility else None, "category": category,
            "reason": rng.choice((TEEN_REFERRAL_REASONS if facts.adolescent
                                  else REFERRAL_REASONS)[category]),
            "priority": "routine" if random() < 0.8 else rng.choice(("urgent", "asap")),
            "status": status, "outcome": outcome,
            "outcome_note": rng.choice(OUTCOME_NOTES[outcome]) if outcome else "",
            "note_to_receiver": receiver,
            "follow_up_due": None if closed else _follow_up(run, day),
            "assigned_to_id": manager, "created_by_id": manager,
            "closed_at": stamp if closed else None,
            "version": len(path), "created_at": first_stamp, "updated_at": stamp,
        })
    return services


def _follow_up(run: Run, last_change: date) -> date:
    """When an open referral is next checked on: mostly ahead, a few (about one in twelve)
    overdue by a few days, as in a clinic whose case managers follow up."""
    rng, today = run.rng, run.timeline.today
    if rng.random() < 0.08:
        due = today - DAYS[1 + (rng.randint(1, 14) - 1) // 2]
    else:
        due = today + DAYS[rng.randint(0, 21)]
    return max(due, last_change + DAYS[1])


def _target(run: Run, facts: ClientFacts,
            category: str) -> tuple[Service | None, Facility | None]:
    """Where a referral goes: a partner facility for treatment needs, else a resource."""
    rng = run.rng
    key = ("referral targets", category, facts.adolescent, facts.spanish)
    targets: tuple[tuple[Facility, ...], tuple[Service, ...]] | None = run.lookups.get(key)
    if targets is None:
        kinds = _FACILITY_KINDS.get(category, ())
        partners = tuple(
            f for f in run.reference.facilities
            if f.spec.kind in kinds and f.spec.accepts_referrals
            and (f.spec.population == "all"
                 or (f.spec.population == "adolescent") == facts.adolescent))
        services = run.reference.services[category]
        if facts.spanish:
            services = tuple(s for s in services if s.spanish) or services
        targets = run.lookups[key] = (partners, services)
    partners, services = targets
    if partners and rng.random() < 0.4:
        return None, rng.choice(partners)
    if facts.spanish and rng.random() < 0.3:
        services = run.reference.services[category]
    return rng.choice(services), None


#: The demo clinic keeps the setting's default age (California's 12, Family Code 6929).
_MINOR_CONSENT_AGE = int(spec_for("minor_sud_consent_age").default)


def _birth_date(batch: Batch, client_id: int) -> date | None:
    """The client's birth date from their row, written just before their consents."""
    for row in reversed(batch.rows["client"]):
        if row["id"] == client_id:
            birth: date | None = row["birth_date"]
            return birth
    return None


def add_consents(run: Run, batch: Batch, facts: ClientFacts,
                 services: list[Service]) -> None:
    """Release-of-information consents for partners in the client's care, and disclosures
    of packets sent under them.

    Every form says how the client may revoke it (42 CFR 2.31(a)(6), 2024 rule): in writing
    to the clinic's privacy officer, one in four also orally. An adolescent signs a consent
    that includes substance-use treatment information alone from the clinic's minor-consent
    age on, and with the guardian below it (42 CFR 2.14); the guardian signs the others as
    authorized representative."""
    rng, timeline, reference = run.rng, run.timeline, run.reference
    contact = f"Privacy Officer, {reference.clinic_name}, {CLINIC_ADDRESS}"
    birth_date = _birth_date(batch, facts.id)
    partners: dict[int, tuple[Facility, date]] = {}
    for episode in facts.episodes:
        if not episode.facility.spec.own and episode.facility.id not in partners:
            partners[episode.facility.id] = (episode.facility, episode.start)
    recipients: list[tuple[Facility | None, Service | None, date]] = [
        (facility, None, start) for facility, start in list(partners.values())[:2]
        if rng.random() < 0.75]
    if services and rng.random() < 0.25:
        recipients.append((None, services[0], timeline.days_ago(rng.randint(2, 60))))
    for facility, service, around in recipients:
        signed = min(around - timedelta(days=rng.randint(0, 3)), timeline.yesterday)
        signed = max(signed, (facts.created or timeline.at(signed)).date())
        part2 = facts.substance_use and rng.random() < 0.9
        expires: date | None = signed + timedelta(days=365)
        event = ""
        if rng.random() < 0.3:
            expires, event = None, "When I am discharged from the recipient's program"
        run.consents_written += 1
        revoked: date | None = None
        if rng.random() < 0.004 or (run.revoked_consents == 0 and run.consents_written >= 3):
            revoked = min(signed + timedelta(days=rng.randint(5, 90)), timeline.yesterday)
            run.revoked_consents += 1
        name = facility.name if facility else service.organization if service else ""
        consent_id = run.ids.next("consent")
        rule = signing_rule_for(includes_part2=part2, birth_date=birth_date, signed_on=signed,
                                minor_consent_age=_MINOR_CONSENT_AGE)
        # Without Part 2 information a minor's guardian signs for them, as before the rule.
        representative = facts.adolescent and not part2
        signer = facts.guardian_name if representative else facts.full_name
        with_guardian = rule is SigningRule.MINOR_WITH_PARENT
        created = timeline.at(signed)
        explained = rng.random() < 0.97
        batch.rows["consent"].append({
            "id": consent_id, "client_id": facts.id, "discloser": reference.clinic_name,
            "recipient_facility_id": facility.id if facility else None,
            "recipient_organization_id": service.organization_id if service else None,
            "recipient_class": "", "recipient_name": name,
            "purpose": ("Coordination of care and transfer of treatment" if facility
                        else "Referral and linkage to community services"),
            "information_description": (
                "Substance use disorder diagnosis, treatment dates, medications, progress "
                "and discharge summary" if part2 else
                "Mental health diagnosis, treatment history, medications, assessments and "
                "discharge summary"),
            "includes_part2": part2,
            "signed_by": "representative" if representative else "client",
            "signer_name": signer,
            "representative_relationship": facts.guardian_relationship if representative
            else "",
            "signed_on": signed, "expires_on": expires, "expiration_event": event,
            "revoked_on": revoked, "right_to_revoke_explained": explained,
            # Drawn from the id, not the random stream, so the rest of the demo is as before.
            "revocation_method": (RevocationMethod.IN_WRITING_OR_ORALLY.value
                                  if consent_id % 4 == 0 else RevocationMethod.IN_WRITING.value),
            "revocation_contact": contact, "for_tpo": False,
            "tpo_redisclosure_statement": False,
            "co_signer_name": facts.guardian_name if with_guardian else "",
            "co_signer_relationship": facts.guardian_relationship if with_guardian else "",
            "created_by_id": facts.case_manager_id,
            **versioned(created, timeline.at(revoked) if revoked else created,
                        2 if revoked else 1),
        })
        # A packet goes out only under a complete consent (drawn as before, so the rest of
        # the demo stays the same).
        if facility is not None and revoked is None and rng.random() < 0.4 and explained:
            day = min(max(signed, around - timedelta(days=1)), timeline.yesterday)
            if expires is None or day <= expires:
                _disclosure(run, batch, facts, consent_id, facility, day)


def _disclosure(run: Run, batch: Batch, facts: ClientFacts, consent_id: int,
                facility: Facility, day: date) -> None:
    rng = run.rng
    kind = DocumentType.TRANSFER_SUMMARY.value
    batch.rows["disclosure"].append({
        "id": run.ids.next("disclosure"), "client_id": facts.id, "consent_id": consent_id,
        "recipient_facility_id": facility.id, "recipient_name": facility.name,
        "document_type": kind, "action": "printed" if rng.random() < 0.3 else "saved",
        "page_count": rng.randint(3, 7), "sha256": f"{rng.getrandbits(256):064x}",
        "file_name": f"{kind.replace('_', '-')}-{facts.record_number}-{day.isoformat()}.pdf",
        "disclosed_by_id": facts.case_manager_id, "disclosed_at": run.timeline.at(day),
    })


_NOTE_COUNT: dict[str, WeightedChoice[int]] = {
    "current": WeightedChoice([(0, 25), (1, 35), (2, 25), (3, 15)]),
    "completed": WeightedChoice([(0, 50), (1, 35), (2, 15)]),
    "awaiting": WeightedChoice([(1, 40), (2, 40), (3, 20)]),
    "overdue": WeightedChoice([(1, 30), (2, 40), (3, 30)]),
    "pending": WeightedChoice([(0, 40), (1, 60)]),
}


def add_notes(run: Run, batch: Batch, facts: ClientFacts) -> None:
    """Contact-log entries: coordination calls, check-ins and, after a discharge with no
    next step, outreach attempts."""
    rng, timeline, levels = run.rng, run.timeline, run.reference.levels
    last = facts.episodes[-1]
    for _ in range(_NOTE_COUNT[facts.scenario].pick(rng)):
        if facts.scenario in ("awaiting", "overdue") and last.end and rng.random() < 0.7:
            kind = NoteKind.OUTREACH
            day = last.end + timedelta(days=rng.randint(1, max(1, (timeline.yesterday
                                                                 - last.end).days)))
            episode = last
        else:
            kind = rng.choice((NoteKind.CALL, NoteKind.COORDINATION, NoteKind.COORDINATION,
                               NoteKind.VISIT))
            episode = rng.choice(facts.episodes)
            latest = min(episode.end or timeline.yesterday, timeline.yesterday)
            earliest = min(episode.start, latest)
            day = earliest + timedelta(days=rng.randint(0, (latest - earliest).days))
        day = min(day, timeline.yesterday)
        text = rng.choice(NOTE_TEXTS[kind.value]).format(
            client=facts.given_name, facility=episode.facility.name,
            level=levels[episode.level].name)
        if facts.interpreter and kind in (NoteKind.CALL, NoteKind.OUTREACH, NoteKind.VISIT):
            text += f" {facts.language} interpreter used (ID {rng.randint(1000, 9999)})."
        stamp = timeline.at(day)
        batch.rows["client_note"].append({
            "id": run.ids.next("client_note"), "client_id": facts.id,
            "author_id": facts.case_manager_id, "occurred_at": stamp, "kind": kind.value,
            "contact_with": (episode.facility.name if kind == NoteKind.COORDINATION
                             else facts.given_name),
            "facility_id": episode.facility.id if kind == NoteKind.COORDINATION else None,
            "body": text, "entered_in_error": False, **versioned(stamp),
        })
