"""Release-of-information consents as a case manager records and revokes them (both engines)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coordinator.domain.consent import (
    TPO_REDISCLOSURE_STATEMENT,
    ConsentState,
    Recipient,
    RevocationMethod,
    Signer,
)
from coordinator.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from coordinator.domain.roles import Role
from coordinator.services.app import AppServices
from coordinator.services.consent_views import ConsentInput, consent_reference
from coordinator.services.consents import find_active_consent
from coordinator.services.dto import ClientInput
from coordinator.services.notify import Change
from coordinator.store.engine import Database
from coordinator.store.models import AuditEvent, Consent, Facility, HsdsOrganization
from tests.services.helpers import (
    ADMIN_PASSWORD,
    SteppingClock,
    add_user,
    admin_services,
    signed_in,
)

NOON_MARCH_3 = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
FOOD_BANK_ORG = "2d2f5b0e-0c1e-4a3c-9b1e-5f8f0a7b6c01"
PRIVACY_OFFICER = "Privacy Officer, Riverside Counseling IOP, 12 Main St, Riverbend, CA 95901"


def add_facility(database: Database, name: str) -> int:
    with Session(database.engine) as session, session.begin():
        facility = Facility(name=name, kind="residential", accepts_referrals=True)
        session.add(facility)
        session.flush()
        return facility.id


def add_organization(database: Database, name: str) -> str:
    with Session(database.engine) as session, session.begin():
        session.add(HsdsOrganization(id=FOOD_BANK_ORG, name=name, description=""))
    return FOOD_BANK_ORG


def to_harbor(facility_id: int, **changes: object) -> ConsentInput:
    values: dict[str, object] = dict(
        recipient=Recipient(facility_id=facility_id),
        purpose="Coordination of care at transfer to residential treatment",
        information_description="SUD diagnosis, treatment dates, medications, discharge "
                                "summary",
        includes_part2=True, signed_by=Signer.CLIENT, signer_name="Dara Sok",
        signed_on=date(2026, 3, 2), expires_on=date(2026, 9, 2),
        right_to_revoke_explained=True, revocation_method=RevocationMethod.IN_WRITING,
        revocation_contact=PRIVACY_OFFICER)
    values.update(changes)
    return ConsentInput(**values)  # type: ignore[arg-type]


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(NOON_MARCH_3)


@pytest.fixture
def carla(database: Database, clock: SteppingClock) -> AppServices:
    admin = admin_services(database, clock)
    admin.settings.update({"clinic_name": "Riverside Counseling IOP"})
    add_user(admin, "carla", Role.CASE_MANAGER)
    return signed_in(database, "carla", clock)


@pytest.fixture
def dara(carla: AppServices) -> int:
    return carla.clients.create(ClientInput("Dara", "Sok", date(1988, 2, 1))).id


def test_a_complete_consent_is_active_names_the_clinic_and_is_audited(
        database: Database, carla: AppServices, dara: int) -> None:
    changes: list[Change] = []
    carla.notifier.subscribe(changes.extend)
    harbor = add_facility(database, "Harbor Residential")
    made = carla.consents.record(dara, to_harbor(harbor))
    assert (made.state, made.missing, made.recipient_name, made.client_name) == (
        ConsentState.ACTIVE, (), "Harbor Residential", "Dara Sok")
    assert made.details.discloser == "Riverside Counseling IOP"
    assert (made.details.revocation_method, made.details.revocation_contact) == (
        RevocationMethod.IN_WRITING, PRIVACY_OFFICER)
    assert carla.consents.get(made.id) == made
    assert [view.id for view in carla.consents.consents_of(dara)] == [made.id]
    assert Change("consent", frozenset({made.id})) in changes
    with Session(database.engine) as session:
        event = session.execute(select(AuditEvent).where(
            AuditEvent.entity_type == "consent")).scalar_one()
    assert (event.action, event.username, event.entity_id) == ("create", "carla", str(made.id))
    assert "Harbor Residential including Part 2" in event.detail


def test_an_incomplete_form_is_kept_and_says_what_it_lacks(
        carla: AppServices, dara: int) -> None:
    made = carla.consents.record(dara, to_harbor(
        0, recipient=Recipient(class_name="My treating providers"), purpose="",
        signed_by=Signer.REPRESENTATIVE, signer_name="Sophea Sok", expires_on=None,
        right_to_revoke_explained=False))
    assert made.state is ConsentState.INCOMPLETE
    assert made.recipient_name == "My treating providers"
    assert made.missing == (
        "The purpose of the disclosure is missing.",
        "The statement of the right to revoke is not confirmed.",
        "There is no expiration date or event.",
        "The representative's relationship to the client is missing.")
    assert carla.consents.active_consent_for(
        dara, Recipient(class_name="my treating providers"), part2=False) is None


def test_impossible_input_is_refused_field_by_field_and_nothing_is_saved(
        database: Database, carla: AppServices, dara: int) -> None:
    harbor = add_facility(database, "Harbor Residential")
    with pytest.raises(ValidationError) as refused:
        carla.consents.record(dara, to_harbor(
            harbor, recipient=Recipient(facility_id=harbor, class_name="Family"),
            signed_on=date(2026, 3, 4), expires_on=date(2026, 3, 1),
            signer_name="x" * 201))
    assert refused.value.fields == {
        "recipient": "Choose one recipient: a partner facility, an organization, or a named "
                     "class of recipients.",
        "signer_name": "Signer's name: at most 200 characters (this has 201).",
        "signed_on": "The date signed cannot be after today.",
        "expires_on": "The consent cannot expire before the day it was signed.",
    }
    with pytest.raises(ValidationError, match="That facility is not in the list"):
        carla.consents.record(dara, to_harbor(harbor + 100))
    with pytest.raises(ValidationError, match="not in the resource directory"):
        carla.consents.record(dara, to_harbor(
            0, recipient=Recipient(organization_id=FOOD_BANK_ORG)))
    with Session(database.engine) as session:
        assert session.execute(select(func.count(Consent.id))).scalar_one() == 0


def test_revoking_keeps_the_consent_as_revoked_and_a_stale_revoke_conflicts(
        database: Database, carla: AppServices, dara: int, clock: SteppingClock) -> None:
    harbor = add_facility(database, "Harbor Residential")
    made = carla.consents.record(dara, to_harbor(harbor))
    with pytest.raises(ValidationError, match="cannot be dated after today"):
        carla.consents.revoke(made.id, made.version, date(2026, 3, 4))
    with pytest.raises(ValidationError, match=r"before it was signed \(2026-03-02\)"):
        carla.consents.revoke(made.id, made.version, date(2026, 3, 1))
    revoked = carla.consents.revoke(made.id, made.version, date(2026, 3, 3))
    assert (revoked.state, revoked.revoked_on, revoked.version) == (
        ConsentState.REVOKED, date(2026, 3, 3), made.version + 1)
    with pytest.raises(Conflict, match="changed by another user"):
        carla.consents.revoke(made.id, made.version, date(2026, 3, 3))
    with pytest.raises(ValidationError, match="already revoked on 2026-03-03"):
        carla.consents.revoke(made.id, revoked.version, date(2026, 3, 3))
    assert [view.state for view in carla.consents.consents_of(dara)] == [ConsentState.REVOKED]
    assert carla.consents.active_consent_for(dara, Recipient(facility_id=harbor),
                                             part2=False) is None
    with Session(database.engine) as session:
        assert session.execute(select(AuditEvent.detail).where(
            AuditEvent.entity_type == "consent", AuditEvent.action == "update")
        ).scalar_one() == "revoked on 2026-03-03"


def test_the_gate_finds_the_active_consent_for_the_recipient_and_part2(
        database: Database, carla: AppServices, dara: int) -> None:
    harbor = add_facility(database, "Harbor Residential")
    other = add_facility(database, "Lakeside Hospital")
    food_bank = add_organization(database, "Eastside Food Bank")
    mental_health = carla.consents.record(dara, to_harbor(
        harbor, includes_part2=False, signed_on=date(2026, 1, 5),
        information_description="Mental health diagnosis and treatment dates"))
    sud = carla.consents.record(dara, to_harbor(harbor))
    to_food_bank = carla.consents.record(dara, to_harbor(
        0, recipient=Recipient(organization_id=food_bank), includes_part2=False))
    assert to_food_bank.recipient_name == "Eastside Food Bank"
    assert [(row.id, row.name) for row in carla.consents.organization_choices("food")] == [
        (food_bank, "Eastside Food Bank")]
    assert carla.consents.organization_choices("shelter") == []
    to_harbor_gate = Recipient(facility_id=harbor)
    found = carla.consents.active_consent_for(dara, to_harbor_gate, part2=True)
    assert found is not None and found.id == sud.id
    found = carla.consents.active_consent_for(dara, to_harbor_gate, part2=False)
    assert found is not None and found.id == sud.id  # the most recently signed
    assert carla.consents.active_consent_for(dara, Recipient(facility_id=other),
                                             part2=False) is None
    found = carla.consents.active_consent_for(
        dara, Recipient(organization_id=food_bank), part2=False)
    assert found is not None and found.id == to_food_bank.id
    # On the expiry day itself the consent still holds; the day after it does not.
    assert carla.consents.active_consent_for(
        dara, to_harbor_gate, part2=True, today=date(2026, 9, 2)) is not None
    assert carla.consents.active_consent_for(
        dara, to_harbor_gate, part2=True, today=date(2026, 9, 3)) is None
    # Revoking the Part 2 consent leaves only the mental-health one for Harbor.
    carla.consents.revoke(sud.id, sud.version, date(2026, 3, 3))
    assert carla.consents.active_consent_for(dara, to_harbor_gate, part2=True) is None
    found = carla.consents.active_consent_for(dara, to_harbor_gate, part2=False)
    assert found is not None and found.id == mental_health.id


def test_the_list_shows_active_then_incomplete_expired_and_revoked(
        database: Database, carla: AppServices, dara: int) -> None:
    harbor = add_facility(database, "Harbor Residential")
    expired = carla.consents.record(dara, to_harbor(
        harbor, signed_on=date(2025, 1, 10), expires_on=date(2025, 7, 10)))
    revoked = carla.consents.record(dara, to_harbor(harbor, signed_on=date(2026, 2, 1)))
    carla.consents.revoke(revoked.id, revoked.version, date(2026, 2, 20))
    incomplete = carla.consents.record(dara, to_harbor(harbor, purpose=""))
    active = carla.consents.record(dara, to_harbor(harbor, signed_on=date(2026, 2, 25)))
    listed = carla.consents.consents_of(dara)
    assert [(view.id, view.state) for view in listed] == [
        (active.id, ConsentState.ACTIVE), (incomplete.id, ConsentState.INCOMPLETE),
        (expired.id, ConsentState.EXPIRED), (revoked.id, ConsentState.REVOKED)]


def test_a_read_only_user_may_read_but_not_record_or_revoke(
        database: Database, carla: AppServices, dara: int, clock: SteppingClock) -> None:
    harbor = add_facility(database, "Harbor Residential")
    made = carla.consents.record(dara, to_harbor(harbor))
    add_user(signed_in(database, "ana", clock, ADMIN_PASSWORD), "rita", Role.READ_ONLY)
    rita = signed_in(database, "rita", clock)
    assert [view.id for view in rita.consents.consents_of(dara)] == [made.id]
    with pytest.raises(PermissionDenied, match="Read-only"):
        rita.consents.record(dara, to_harbor(harbor))
    with pytest.raises(PermissionDenied, match="Read-only"):
        rita.consents.revoke(made.id, made.version, date(2026, 3, 3))
    with pytest.raises(NotFound, match="That consent does not exist"):
        rita.consents.get(made.id + 1)


# --- the 2024 Part 2 rule ----------------------------------------------------------------


def add_minor(carla: AppServices, given: str, birth_date: date) -> int:
    return carla.clients.create(ClientInput(given, "Sok", birth_date)).id


def test_a_form_without_how_to_revoke_is_kept_incomplete_and_no_gate_releases_under_it(
        database: Database, carla: AppServices, dara: int) -> None:
    harbor = add_facility(database, "Harbor Residential")
    made = carla.consents.record(dara, to_harbor(harbor, revocation_method=None,
                                                 revocation_contact=""))
    assert made.state is ConsentState.INCOMPLETE
    assert made.missing == (
        "How the client may revoke the consent (in writing, or also orally) is not recorded; "
        "forms signed from 2026-02-16 on must say it (42 CFR 2.31(a)(6)).",
        "To whom or where the client may send a written revocation is not named; forms "
        "signed from 2026-02-16 on must say it (42 CFR 2.31(a)(6)).")
    with Session(database.engine) as session:
        assert find_active_consent(session, dara, Recipient(facility_id=harbor), part2=True,
                                   today=date(2026, 3, 3)) is None
    # A form signed before the compliance date was complete under the rule then in force.
    older = carla.consents.record(dara, to_harbor(harbor, revocation_method=None,
                                                  revocation_contact="",
                                                  signed_on=date(2026, 2, 15)))
    assert (older.state, older.missing) == (ConsentState.ACTIVE, ())
    with Session(database.engine) as session:
        found = find_active_consent(session, dara, Recipient(facility_id=harbor),
                                    part2=True, today=date(2026, 3, 3))
    assert found is not None and found.id == older.id


def test_the_new_elements_are_kept_and_printed_on_the_consent_reference(
        database: Database, carla: AppServices) -> None:
    kim = add_minor(carla, "Kim", date(2014, 6, 30))  # 11 when signing
    made = carla.consents.record(kim, to_harbor(
        0, recipient=Recipient(class_name="My treating providers and health plans"),
        purpose="For treatment, payment and health care operations", signer_name="Kim Sok",
        expires_on=None, expiration_event="None",
        revocation_method=RevocationMethod.IN_WRITING_OR_ORALLY, for_tpo=True,
        tpo_redisclosure_statement=True, co_signer_name=" Ana Sok ",
        co_signer_relationship="mother"))
    assert (made.state, made.missing) == (ConsentState.ACTIVE, ())
    assert (made.details.co_signer_name, made.details.co_signer_relationship,
            made.details.for_tpo, made.details.tpo_redisclosure_statement) == (
        "Ana Sok", "mother", True, True)
    reference = consent_reference(made)
    assert reference.revocation == (
        f"In writing to {PRIVACY_OFFICER}, or orally to any staff member of Riverside "
        "Counseling IOP")
    assert reference.tpo_statement == TPO_REDISCLOSURE_STATEMENT
    assert reference.co_signed_by == "Ana Sok (mother)"
    assert reference.signed_by == "Kim Sok (client)"
    with Session(database.engine) as session:
        detail = session.execute(select(AuditEvent.detail).where(
            AuditEvent.entity_type == "consent")).scalar_one()
    assert detail.endswith("for treatment, payment and health care operations")
    in_writing = consent_reference(carla.consents.record(kim, to_harbor(
        0, recipient=Recipient(class_name="Family"), signer_name="Kim Sok",
        co_signer_name="Ana Sok", co_signer_relationship="mother")))
    assert (in_writing.revocation, in_writing.tpo_statement) == (
        f"In writing to {PRIVACY_OFFICER}", "")


def test_a_minor_s_consent_signed_by_the_wrong_people_is_refused_in_words(
        database: Database, carla: AppServices) -> None:
    harbor = add_facility(database, "Harbor Residential")
    dara = add_minor(carla, "Dara", date(2011, 1, 10))  # 15 when signing
    kim = add_minor(carla, "Kim", date(2014, 6, 30))  # 11 when signing
    with pytest.raises(ValidationError) as by_mother:
        carla.consents.record(dara, to_harbor(
            harbor, signed_by=Signer.REPRESENTATIVE, signer_name="Ana Sok",
            representative_relationship="Mother"))
    assert by_mother.value.fields == {"signed_by": (
        "Dara Sok is 15, and the clinic's state lets a minor of 12 or older consent to "
        "substance-use treatment alone (42 CFR 2.14), so only Dara Sok may sign this "
        "consent. It is signed by a representative, not by Dara Sok.")}
    with pytest.raises(ValidationError) as co_signed:
        carla.consents.record(dara, to_harbor(harbor, co_signer_name="Ana Sok",
                                              co_signer_relationship="Mother"))
    assert co_signed.value.fields == {"co_signer_name": (
        "Dara Sok is 15, and the clinic's state lets a minor of 12 or older consent to "
        "substance-use treatment alone (42 CFR 2.14), so only Dara Sok may sign this "
        "consent. Leave the parent or guardian out.")}
    with pytest.raises(ValidationError) as alone:
        carla.consents.record(kim, to_harbor(harbor, signer_name="Kim Sok",
                                             co_signer_name="Ana Sok"))
    assert alone.value.fields == {"co_signer_relationship": (
        "Kim Sok is 11, younger than the 12 at which the clinic's state lets a minor consent "
        "to substance-use treatment alone, so Kim Sok and a parent or guardian both sign "
        "this consent (42 CFR 2.14(b)). The parent's or guardian's relationship is "
        "missing.")}
    with Session(database.engine) as session:
        assert session.execute(select(func.count(Consent.id))).scalar_one() == 0
    # Without Part 2 information the mother may sign for Dara as today.
    mental_health = carla.consents.record(dara, to_harbor(
        harbor, includes_part2=False, signed_by=Signer.REPRESENTATIVE, signer_name="Ana Sok",
        representative_relationship="Mother"))
    assert mental_health.state is ConsentState.ACTIVE


def test_a_co_signer_beside_an_adult_is_refused_and_long_new_fields_are_refused(
        database: Database, carla: AppServices, dara: int) -> None:
    harbor = add_facility(database, "Harbor Residential")
    with pytest.raises(ValidationError) as refused:
        carla.consents.record(dara, to_harbor(
            harbor, co_signer_name="Ana Sok", co_signer_relationship="m" * 101,
            revocation_contact="x" * 301))
    assert refused.value.fields == {
        "revocation_contact": "Where a revocation goes: at most 300 characters (this has "
                              "301).",
        "co_signer_relationship": "Co-signer's relationship: at most 100 characters (this "
                                  "has 101).",
        "co_signer_name": "A parent or guardian signs beside the client only on a consent "
                          "to disclose substance-use treatment information of a minor who "
                          "may not consent to that treatment alone (42 CFR 2.14(b)); leave "
                          "the co-signer blank.",
    }


def test_a_stricter_minor_age_setting_makes_a_saved_consent_incomplete(
        database: Database, carla: AppServices, clock: SteppingClock) -> None:
    harbor = add_facility(database, "Harbor Residential")
    dara = add_minor(carla, "Dara", date(2011, 1, 10))  # 15 when signing
    made = carla.consents.record(dara, to_harbor(harbor))
    assert made.state is ConsentState.ACTIVE
    signed_in(database, "ana", clock, ADMIN_PASSWORD).settings.update(
        {"minor_sud_consent_age": 16})
    again = carla.consents.get(made.id)
    assert again.state is ConsentState.INCOMPLETE
    assert again.missing == (
        "Dara Sok is 15, younger than the 16 at which the clinic's state lets a minor "
        "consent to substance-use treatment alone, so Dara Sok and a parent or guardian "
        "both sign this consent (42 CFR 2.14(b)). The parent's or guardian's name and "
        "relationship are missing.",)
    assert carla.consents.active_consent_for(dara, Recipient(facility_id=harbor),
                                             part2=True) is None
    with Session(database.engine) as session:
        assert find_active_consent(session, dara, Recipient(facility_id=harbor), part2=True,
                                   today=date(2026, 3, 3)) is None
    with pytest.raises(ValidationError, match="Dara Sok is 15, younger than the 16"):
        carla.consents.record(dara, to_harbor(harbor))
