"""Release-of-information consents: what is missing, whether one is in force, whom it covers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coordinator.domain.consent import (
    ConsentElement,
    ConsentState,
    Recipient,
    ReleaseOfInformation,
    RevocationMethod,
    Signer,
    allows_disclosure,
    consent_state,
    covers,
    missing_element_list,
    missing_elements,
)

HARBOR = Recipient(facility_id=7, name="Harbor Residential")
FOOD_BANK_ORG = "2d2f5b0e-0c1e-4a3c-9b1e-5f8f0a7b6c01"

COMPLETE = ReleaseOfInformation(
    patient_name="Dara Sok", discloser="Riverside Counseling IOP", recipient=HARBOR,
    purpose="Coordination of care at transfer to residential treatment",
    information_description="SUD diagnosis, treatment dates, medications, discharge summary",
    includes_part2=True, signed_by=Signer.CLIENT, signer_name="Dara Sok",
    representative_relationship="", signed_on=date(2026, 3, 2),
    expires_on=date(2026, 9, 2), expiration_event="", right_to_revoke_explained=True,
    revocation_method=RevocationMethod.IN_WRITING,
    revocation_contact="Privacy Officer, Riverside Counseling IOP, 12 Main St, Riverbend")


def test_a_complete_consent_signed_yesterday_is_active_with_nothing_missing() -> None:
    assert missing_elements(COMPLETE) == []
    assert consent_state(COMPLETE, date(2026, 3, 3)) is ConsentState.ACTIVE


def test_a_blank_form_lists_every_required_element_in_plain_sentences() -> None:
    blank = ReleaseOfInformation(
        patient_name="", discloser="", recipient=Recipient(), purpose=" ",
        information_description="", includes_part2=False, signed_by=Signer.REPRESENTATIVE,
        signer_name="", representative_relationship="", signed_on=None, expires_on=None,
        expiration_event="", right_to_revoke_explained=False)
    assert missing_elements(blank) == [
        "The client's name is missing.",
        "Who may disclose the information is not named.",
        "The recipient is not named (a facility, an organization or a class of "
        "recipients).",
        "What information may be disclosed, and how much, is not described.",
        "The purpose of the disclosure is missing.",
        "The statement of the right to revoke is not confirmed.",
        "How the client may revoke the consent (in writing, or also orally) is not recorded; "
        "forms signed from 2026-02-16 on must say it (42 CFR 2.31(a)(6)).",
        "To whom or where the client may send a written revocation is not named; forms "
        "signed from 2026-02-16 on must say it (42 CFR 2.31(a)(6)).",
        "There is no expiration date or event.",
        "The name of the person who signed is missing.",
        "The representative's relationship to the client is missing.",
        "The date signed is missing.",
    ]
    assert consent_state(blank, date(2026, 3, 3)) is ConsentState.INCOMPLETE


def test_a_mother_signing_for_her_son_needs_her_relationship_named() -> None:
    by_mother = replace(COMPLETE, signed_by=Signer.REPRESENTATIVE, signer_name="Sophea Sok")
    assert missing_elements(by_mother) == [
        "The representative's relationship to the client is missing."]
    assert missing_element_list(by_mother) == [ConsentElement.REPRESENTATIVE_RELATIONSHIP]
    assert missing_elements(replace(by_mother, representative_relationship="Mother")) == []


def test_an_expiration_event_instead_of_a_date_is_enough() -> None:
    on_discharge = replace(COMPLETE, expires_on=None,
                           expiration_event="When I am discharged from Harbor Residential")
    assert missing_elements(on_discharge) == []
    assert consent_state(on_discharge, date(2027, 6, 1)) is ConsentState.ACTIVE


def test_a_consent_expiring_on_2_september_still_covers_that_day_and_not_the_next() -> None:
    assert consent_state(COMPLETE, date(2026, 9, 2)) is ConsentState.ACTIVE
    assert consent_state(COMPLETE, date(2026, 9, 3)) is ConsentState.EXPIRED


def test_revocation_takes_effect_on_its_date() -> None:
    revoked = replace(COMPLETE, revoked_on=date(2026, 4, 10))
    assert consent_state(revoked, date(2026, 4, 9)) is ConsentState.ACTIVE
    assert consent_state(revoked, date(2026, 4, 10)) is ConsentState.REVOKED
    assert consent_state(revoked, date(2026, 5, 1)) is ConsentState.REVOKED


def test_revoked_and_expired_win_over_incomplete() -> None:
    unsigned_name = replace(COMPLETE, signer_name="")
    assert consent_state(unsigned_name, date(2026, 3, 3)) is ConsentState.INCOMPLETE
    assert consent_state(unsigned_name, date(2026, 10, 1)) is ConsentState.EXPIRED
    assert consent_state(replace(unsigned_name, revoked_on=date(2026, 3, 20)),
                         date(2026, 10, 1)) is ConsentState.REVOKED


def test_a_form_dated_after_today_is_not_yet_in_force() -> None:
    assert consent_state(COMPLETE, date(2026, 3, 1)) is ConsentState.INCOMPLETE
    assert consent_state(COMPLETE, date(2026, 3, 2)) is ConsentState.ACTIVE


def test_covers_the_same_facility_organization_or_class_only() -> None:
    assert covers(COMPLETE, Recipient(facility_id=7))
    assert not covers(COMPLETE, Recipient(facility_id=8))
    to_org = replace(COMPLETE, recipient=Recipient(organization_id=FOOD_BANK_ORG))
    assert covers(to_org, Recipient(organization_id=FOOD_BANK_ORG))
    assert not covers(to_org, Recipient(facility_id=7))
    to_class = replace(COMPLETE, recipient=Recipient(class_name="My treating providers"))
    assert covers(to_class, Recipient(class_name="  my  TREATING providers "))
    assert covers(to_class, Recipient(facility_id=9, class_name="My treating providers"))
    assert not covers(to_class, Recipient(class_name="My employer"))
    assert not covers(to_class, Recipient(facility_id=7))
    assert not covers(replace(COMPLETE, recipient=Recipient()), Recipient())


def test_part2_information_needs_a_consent_that_says_it_includes_part2() -> None:
    mental_health_only = replace(COMPLETE, includes_part2=False)
    today = date(2026, 3, 3)
    assert allows_disclosure(COMPLETE, HARBOR, part2=True, today=today)
    assert allows_disclosure(mental_health_only, HARBOR, part2=False, today=today)
    assert not allows_disclosure(mental_health_only, HARBOR, part2=True, today=today)
    assert not allows_disclosure(COMPLETE, HARBOR, part2=True, today=date(2026, 9, 3))
    assert not allows_disclosure(COMPLETE, Recipient(facility_id=8), part2=False, today=today)
