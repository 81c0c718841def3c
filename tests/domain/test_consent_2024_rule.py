"""The consent elements of the 2024 Part 2 rule: how to revoke and to whom (from the
compliance date on), the redisclosure statement of a single consent for treatment, payment
and health care operations, and who signs a minor's consent under the clinic's setting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.consent import (
    TPO_REDISCLOSURE_STATEMENT,
    ConsentElement,
    ConsentState,
    Recipient,
    ReleaseOfInformation,
    RevocationMethod,
    Signer,
    SigningRule,
    allows_disclosure,
    consent_state,
    missing_element_list,
    missing_elements,
    signing_rule,
    signing_sentence,
)

HARBOR = Recipient(facility_id=7, name="Harbor Residential")
OFFICE = "Privacy Officer, Riverside Counseling IOP, 12 Main St, Riverbend, CA 95901"

SIGNED = ReleaseOfInformation(
    patient_name="Dara Sok", discloser="Riverside Counseling IOP", recipient=HARBOR,
    purpose="Coordination of care at transfer to residential treatment",
    information_description="SUD diagnosis, treatment dates, medications",
    includes_part2=True, signed_by=Signer.CLIENT, signer_name="Dara Sok",
    representative_relationship="", signed_on=date(2026, 3, 2), expires_on=date(2026, 9, 2),
    expiration_event="", right_to_revoke_explained=True,
    revocation_method=RevocationMethod.IN_WRITING, revocation_contact=OFFICE)
TODAY = date(2026, 3, 3)
#: Dara turns 15 on 2026-01-10, so she is 15 on the day she signs.
BORN_15 = date(2011, 1, 10)
BORN_11 = date(2014, 6, 30)


def test_a_form_signed_from_the_compliance_date_on_must_say_how_and_to_whom_to_revoke(
        ) -> None:
    unsaid = replace(SIGNED, revocation_method=None, revocation_contact="")
    assert missing_element_list(unsaid) == [ConsentElement.REVOCATION_METHOD,
                                            ConsentElement.REVOCATION_CONTACT]
    assert consent_state(unsaid, TODAY) is ConsentState.INCOMPLETE
    assert not allows_disclosure(unsaid, HARBOR, part2=True, today=TODAY)
    on_the_day = replace(unsaid, signed_on=date(2026, 2, 16))
    assert consent_state(on_the_day, TODAY) is ConsentState.INCOMPLETE
    no_contact = replace(SIGNED, revocation_method=RevocationMethod.IN_WRITING_OR_ORALLY,
                         revocation_contact="  ")
    assert missing_elements(no_contact) == [
        "To whom or where the client may send a written revocation is not named; forms "
        "signed from 2026-02-16 on must say it (42 CFR 2.31(a)(6))."]
    assert allows_disclosure(SIGNED, HARBOR, part2=True, today=TODAY)


def test_a_form_signed_the_day_before_the_compliance_date_stays_complete_without_it() -> None:
    older = replace(SIGNED, revocation_method=None, revocation_contact="",
                    signed_on=date(2026, 2, 15))
    assert missing_elements(older) == []
    assert consent_state(older, TODAY) is ConsentState.ACTIVE
    assert allows_disclosure(older, HARBOR, part2=True, today=TODAY)


def test_a_single_consent_for_tpo_needs_the_redisclosure_statement_whatever_its_date() -> None:
    tpo = replace(SIGNED, for_tpo=True, recipient=Recipient(
        class_name="My treating providers, health plans and third-party payers"),
        purpose="For treatment, payment and health care operations")
    assert missing_elements(tpo) == [
        "A single consent for treatment, payment and health care operations must state "
        "that the record may be redisclosed as HIPAA permits, except in proceedings against "
        "the client (42 CFR 2.31(a)(4)(iii)); the form is not confirmed to include it."]
    assert consent_state(tpo, TODAY) is ConsentState.INCOMPLETE
    before_the_rule = replace(tpo, signed_on=date(2025, 11, 3), revocation_method=None)
    assert missing_element_list(before_the_rule) == [ConsentElement.TPO_STATEMENT]
    assert consent_state(replace(tpo, tpo_redisclosure_statement=True),
                         TODAY) is ConsentState.ACTIVE
    assert "civil, criminal, administrative or legislative proceedings against the " \
           "patient" in TPO_REDISCLOSURE_STATEMENT
    assert "HIPAA" in TPO_REDISCLOSURE_STATEMENT


def test_a_minor_who_may_consent_alone_signs_alone_and_a_representative_may_not() -> None:
    dara = replace(SIGNED, birth_date=BORN_15, minor_consent_age=12)
    assert signing_rule(dara) is SigningRule.MINOR_ALONE
    assert consent_state(dara, TODAY) is ConsentState.ACTIVE
    by_mother = replace(dara, signed_by=Signer.REPRESENTATIVE, signer_name="Ana Sok",
                        representative_relationship="Mother")
    assert missing_elements(by_mother) == [
        "Dara Sok is 15, and the clinic's state lets a minor of 12 or older consent to "
        "substance-use treatment alone (42 CFR 2.14), so only Dara Sok may sign this "
        "consent. It is signed by a representative, not by Dara Sok."]
    assert consent_state(by_mother, TODAY) is ConsentState.INCOMPLETE
    # The mother signing beside Dara does not undo Dara's own consent.
    assert missing_elements(replace(dara, co_signer_name="Ana Sok",
                                    co_signer_relationship="Mother")) == []


def test_a_younger_minor_signs_with_a_parent_or_guardian() -> None:
    kim = replace(SIGNED, patient_name="Kim Sok", signer_name="Kim Sok", birth_date=BORN_11)
    assert age_on(BORN_11, kim.signed_on or TODAY) == 11
    assert signing_rule(kim) is SigningRule.MINOR_WITH_PARENT
    assert missing_elements(kim) == [
        "Kim Sok is 11, younger than the 12 at which the clinic's state lets a minor consent "
        "to substance-use treatment alone, so Kim Sok and a parent or guardian both sign "
        "this consent (42 CFR 2.14(b)). The parent's or guardian's name and relationship "
        "are missing."]
    named = replace(kim, co_signer_name="Ana Sok")
    assert missing_elements(named)[0].endswith(
        "The parent's or guardian's relationship is missing.")
    both = replace(named, co_signer_relationship="Mother")
    assert missing_elements(both) == []
    assert consent_state(both, TODAY) is ConsentState.ACTIVE
    mother_alone = replace(both, signed_by=Signer.REPRESENTATIVE, signer_name="Ana Sok",
                           representative_relationship="Mother")
    assert missing_element_list(mother_alone) == [ConsentElement.MINOR_SIGNATURE]


def test_a_changed_setting_judges_a_saved_consent_again() -> None:
    dara_alone = replace(SIGNED, birth_date=BORN_15, minor_consent_age=12)
    assert consent_state(dara_alone, TODAY) is ConsentState.ACTIVE
    stricter = replace(dara_alone, minor_consent_age=16)
    assert consent_state(stricter, TODAY) is ConsentState.INCOMPLETE
    assert missing_element_list(stricter) == [ConsentElement.CO_SIGNER]
    assert not allows_disclosure(stricter, HARBOR, part2=True, today=TODAY)
    never_alone = replace(dara_alone, minor_consent_age=18)
    assert missing_elements(never_alone)[0].startswith(
        "Dara Sok is 15, and the clinic's state lets no minor consent to substance-use "
        "treatment alone, so Dara Sok and a parent or guardian both sign this consent")
    assert consent_state(replace(never_alone, co_signer_name="Ana Sok",
                                 co_signer_relationship="Mother"),
                         TODAY) is ConsentState.ACTIVE


def test_adults_unknown_birth_dates_and_consents_without_part2_follow_the_adult_rule(
        ) -> None:
    by_mother = replace(SIGNED, signed_by=Signer.REPRESENTATIVE, signer_name="Ana Sok",
                        representative_relationship="Mother")
    assert signing_rule(replace(by_mother, birth_date=None)) is SigningRule.ADULT
    assert missing_elements(replace(by_mother, birth_date=None)) == []
    assert missing_elements(replace(by_mother, birth_date=BORN_15,
                                    includes_part2=False)) == []
    eighteen_today = replace(SIGNED, birth_date=date(2008, 3, 2))
    assert signing_rule(eighteen_today) is SigningRule.ADULT
    assert signing_rule(replace(eighteen_today, signed_on=date(2026, 3, 1))) is \
        SigningRule.MINOR_ALONE


def test_age_counts_whole_years_and_a_leap_day_birthday() -> None:
    assert age_on(date(2010, 2, 28), date(2026, 2, 27)) == 15
    assert age_on(date(2010, 2, 28), date(2026, 2, 28)) == 16
    assert age_on(date(2008, 2, 29), date(2026, 2, 28)) == 17
    assert age_on(date(2008, 2, 29), date(2026, 3, 1)) == 18


def test_the_signing_sentence_names_the_ages_and_the_rule() -> None:
    assert signing_sentence("Dara", 15, 12, SigningRule.MINOR_ALONE) == (
        "Dara is 15, and the clinic's state lets a minor of 12 or older consent to "
        "substance-use treatment alone (42 CFR 2.14), so only Dara may sign this consent.")
    assert signing_sentence("", 13, 14, SigningRule.MINOR_WITH_PARENT) == (
        "The client is 13, younger than the 14 at which the clinic's state lets a minor "
        "consent to substance-use treatment alone, so the client and a parent or guardian "
        "both sign this consent (42 CFR 2.14(b)).")
    assert signing_sentence("Dara", 30, 12, SigningRule.ADULT) == ""
