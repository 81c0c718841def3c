"""Release-of-information consents: completeness, state on a given day, and whom they cover.

A consent to use or disclose substance-use disorder records must carry the elements of
42 CFR 2.31(a) as the 2024 final rule (89 FR 12472) words them, the federal confidentiality
rule for SUD patient records ("Part 2"):

1. the name of the patient;
2. the name or other specific identification of who may make the use or disclosure;
3. a description of the information that identifies it in a specific and meaningful way;
4. the recipients, by name or class of persons; when the consent is a single consent for
   all future uses and disclosures for treatment, payment and health care operations to a
   covered entity or business associate, the statement that the record may be redisclosed
   as the HIPAA regulations permit, except in proceedings against the patient
   (2.31(a)(4)(iii), ``TPO_REDISCLOSURE_STATEMENT``);
5. the purpose of each use or disclosure;
6. the patient's right to revoke the consent in writing, except where action was already
   taken in reliance on it, *and how the patient may revoke it* (``RevocationMethod`` and to
   whom or where a revocation goes);
7. an expiration date or event;
8. the signature of the patient and, for a minor, of whoever 2.14 asks to sign (see
   ``signing_rule``), or of a person authorized to sign for the patient;
9. the date signed.

HIPAA's authorization (45 CFR 164.508(c)) asks for nearly the same list, so the clinic uses
one form, and one check, for every release.

The 2024 rule applies from its compliance date, 16 February 2026 (``COMPLIANCE_DATE``). A
form signed before that day was complete under the rule in force when it was signed, and
the rule did not make clinics re-sign them; so how to revoke is asked only of forms signed
on or after it. The redisclosure statement of a single consent for treatment, payment and
health care operations is asked of every such consent, whatever its date: that kind of
consent exists only under the 2024 rule, so no form without it was ever complete.

Pure rules, no database: the service stores the consent and asks these functions what is
missing, whether it is in force on a day, and whether it names a recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from coordinator.domain.clinical_dates import age_on
from coordinator.domain.words import said

#: The short redisclosure notice 42 CFR 2.32(a)(2) allows on every disclosure made with the
#: patient's consent (wording of the 2024 final rule).
REDISCLOSURE_NOTICE = "42 CFR part 2 prohibits unauthorized disclosure of these records."

#: The statement 42 CFR 2.31(a)(4)(iii) asks of a single consent for all future uses and
#: disclosures for treatment, payment and health care operations to a covered entity or
#: business associate, in plain words.
TPO_REDISCLOSURE_STATEMENT = (
    "The patient's record, or information in it, may be redisclosed as the HIPAA "
    "regulations (45 CFR parts 160 and 164) permit, except for uses and disclosures for "
    "civil, criminal, administrative or legislative proceedings against the patient.")

#: The day clinics must follow the 2024 Part 2 rule (89 FR 12472): forms signed from this
#: day on say how the patient may revoke them (42 CFR 2.31(a)(6)).
COMPLIANCE_DATE = date(2026, 2, 16)

#: The age at which anyone may consent alone: the end of minority in every state that the
#: clinic's setting can describe.
ADULT_AGE = 18
#: The setting's default: California lets a minor of 12 or older consent to substance-use
#: treatment alone (Family Code 6929).
DEFAULT_MINOR_CONSENT_AGE = 12


class ConsentState(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"
    INCOMPLETE = "incomplete"


class Signer(StrEnum):
    """Who signed: the client, or an authorized representative (parent of a minor,
    guardian, health-care agent), whose relationship to the client is then required."""

    CLIENT = "client"
    REPRESENTATIVE = "representative"


class RevocationMethod(StrEnum):
    """How the form tells the patient they may revoke it (42 CFR 2.31(a)(6), 2024 rule).

    The rule gives the right to revoke in writing; a clinic may also accept an oral
    revocation. Either way the form names to whom, or where, a written revocation goes.
    """

    IN_WRITING = "in_writing"
    IN_WRITING_OR_ORALLY = "in_writing_or_orally"


class SigningRule(StrEnum):
    """Who signs a consent that includes Part 2 information (42 CFR 2.14).

    ``ADULT``: the client, or a representative authorized to sign for them (also when the
    consent has no Part 2 information, or the birth date or signing date is unknown).
    ``MINOR_ALONE``: a minor whom the state lets consent to substance-use treatment alone;
    only the minor may sign (2.14(a)). ``MINOR_WITH_PARENT``: a younger minor; the minor
    and a parent or guardian both sign (2.14(b)).
    """

    ADULT = "adult"
    MINOR_ALONE = "minor_alone"
    MINOR_WITH_PARENT = "minor_with_parent"


@dataclass(frozen=True)
class Recipient:
    """Who receives: a partner facility, an HSDS organization, or a named class of
    recipients ("my treating providers"). ``name`` is for display only."""

    facility_id: int | None = None
    organization_id: str | None = None
    class_name: str = ""
    name: str = ""

    @property
    def is_named(self) -> bool:
        return (self.facility_id is not None or bool(self.organization_id)
                or bool(self.class_name.strip()))


@dataclass(frozen=True)
class ConsentRequest:
    """What a refused disclosure needs a consent for: the recipient, the purpose and the
    kinds of information the document carries (English; the form shows them to edit)."""

    recipient: Recipient
    purpose: str = ""
    information: tuple[str, ...] = ()
    part2: bool = False

    @property
    def information_text(self) -> str:
        """"Diagnoses; medications; allergies" (as a consent form lists them)."""
        return "; ".join(self.information)


@dataclass(frozen=True)
class ReleaseOfInformation:
    """The elements of one signed consent form, as the domain rules see it, with the two
    facts its signatures are judged by: the client's birth date and the age from which the
    clinic's state lets a minor consent to substance-use treatment alone (the clinic's
    setting as it is now, so a consent that no longer fits a changed setting stops
    allowing disclosures)."""

    patient_name: str
    discloser: str
    recipient: Recipient
    purpose: str
    information_description: str
    includes_part2: bool
    signed_by: Signer
    signer_name: str
    representative_relationship: str
    signed_on: date | None
    expires_on: date | None
    expiration_event: str
    right_to_revoke_explained: bool
    revoked_on: date | None = None
    #: None: not recorded (complete only on a form signed before ``COMPLIANCE_DATE``).
    revocation_method: RevocationMethod | None = None
    #: To whom or where a written revocation goes ("Privacy Officer, 100 Main St …").
    revocation_contact: str = ""
    #: A single consent for all future uses and disclosures for treatment, payment and
    #: health care operations to a covered entity or business associate.
    for_tpo: bool = False
    #: The signed form carries ``TPO_REDISCLOSURE_STATEMENT``.
    tpo_redisclosure_statement: bool = False
    #: The parent or guardian who signs with a minor (42 CFR 2.14(b)).
    co_signer_name: str = ""
    co_signer_relationship: str = ""
    birth_date: date | None = None
    minor_consent_age: int = DEFAULT_MINOR_CONSENT_AGE


class ConsentElement(StrEnum):
    """A required element of the form, in the order the form lists them."""

    PATIENT_NAME = "patient_name"
    DISCLOSER = "discloser"
    RECIPIENT = "recipient"
    TPO_STATEMENT = "tpo_statement"
    INFORMATION = "information"
    PURPOSE = "purpose"
    RIGHT_TO_REVOKE = "right_to_revoke"
    REVOCATION_METHOD = "revocation_method"
    REVOCATION_CONTACT = "revocation_contact"
    EXPIRATION = "expiration"
    SIGNER_NAME = "signer_name"
    REPRESENTATIVE_RELATIONSHIP = "representative_relationship"
    MINOR_SIGNATURE = "minor_signature"
    CO_SIGNER = "co_signer"
    DATE_SIGNED = "date_signed"


#: What a case manager reads when the element is missing (the UI translates its own). The
#: two signature elements of a minor's consent name the client and the ages: see
#: ``missing_elements``.
MISSING_SENTENCES: dict[ConsentElement, str] = {
    ConsentElement.PATIENT_NAME: said("Validation", "The client's name is missing."),
    ConsentElement.DISCLOSER: said("Validation", "Who may disclose the information is not "
                                                 "named."),
    ConsentElement.RECIPIENT: said("Validation", "The recipient is not named (a facility, an "
                                                 "organization or a class of recipients)."),
    ConsentElement.INFORMATION: said("Validation", "What information may be disclosed, and "
                                                   "how much, is not described."),
    ConsentElement.PURPOSE: said("Validation", "The purpose of the disclosure is missing."),
    ConsentElement.TPO_STATEMENT: said(
        "Validation", "A single consent for treatment, payment and health care operations "
                      "must state that the record may be redisclosed as HIPAA permits, except "
                      "in proceedings against the client (42 CFR 2.31(a)(4)(iii)); the form is "
                      "not confirmed to include it."),
    ConsentElement.RIGHT_TO_REVOKE: said("Validation", "The statement of the right to revoke "
                                                       "is not confirmed."),
    ConsentElement.REVOCATION_METHOD: said(
        "Validation", "How the client may revoke the consent (in writing, or also orally) is "
                      "not recorded; forms signed from %1 on must say it (42 CFR "
                      "2.31(a)(6)).").arg(COMPLIANCE_DATE),
    ConsentElement.REVOCATION_CONTACT: said(
        "Validation", "To whom or where the client may send a written revocation is not "
                      "named; forms signed from %1 on must say it (42 CFR "
                      "2.31(a)(6)).").arg(COMPLIANCE_DATE),
    ConsentElement.EXPIRATION: said("Validation", "There is no expiration date or event."),
    ConsentElement.SIGNER_NAME: said("Validation", "The name of the person who signed is "
                                                   "missing."),
    ConsentElement.REPRESENTATIVE_RELATIONSHIP: said(
        "Validation", "The representative's relationship to the client is missing."),
    ConsentElement.MINOR_SIGNATURE: said(
        "Validation", "A minor's consent to disclose substance-use treatment information is "
                      "signed by the minor (42 CFR 2.14)."),
    ConsentElement.CO_SIGNER: said(
        "Validation", "A parent or guardian signs with this minor (42 CFR 2.14(b)); their "
                      "name and relationship are missing."),
    ConsentElement.DATE_SIGNED: said("Validation", "The date signed is missing."),
}


def signing_rule_for(*, includes_part2: bool, birth_date: date | None,
                     signed_on: date | None, minor_consent_age: int) -> SigningRule:
    """Who signs a consent (42 CFR 2.14), from the client's age on the day signed.

    The rule is for Part 2 information only; any other consent, or one whose client's
    birth date or signing date is unknown, is judged as an adult's (a representative may
    then sign, naming their relationship)."""
    if not includes_part2 or birth_date is None or signed_on is None:
        return SigningRule.ADULT
    age = age_on(birth_date, signed_on)
    if age >= ADULT_AGE:
        return SigningRule.ADULT
    if age >= minor_consent_age:
        return SigningRule.MINOR_ALONE
    return SigningRule.MINOR_WITH_PARENT


def signing_rule(consent: ReleaseOfInformation) -> SigningRule:
    return signing_rule_for(includes_part2=consent.includes_part2,
                            birth_date=consent.birth_date, signed_on=consent.signed_on,
                            minor_consent_age=consent.minor_consent_age)


def signing_sentence(name: str, age: int, minor_consent_age: int, rule: SigningRule) -> str:
    """Who signs a minor's Part 2 consent, with the ages and the rule, in one sentence;
    "" for an adult's. ``name`` is the client's ("the client" when blank)."""
    who = name.strip() or "the client"
    subject = who[:1].upper() + who[1:]
    if rule is SigningRule.MINOR_ALONE:
        return (f"{subject} is {age}, and the clinic's state lets a minor of "
                f"{minor_consent_age} or older consent to substance-use treatment alone "
                f"(42 CFR 2.14), so only {who} may sign this consent.")
    if rule is SigningRule.MINOR_WITH_PARENT:
        if minor_consent_age >= ADULT_AGE:
            why = (f"{subject} is {age}, and the clinic's state lets no minor consent to "
                   "substance-use treatment alone")
        else:
            why = (f"{subject} is {age}, younger than the {minor_consent_age} at which the "
                   "clinic's state lets a minor consent to substance-use treatment alone")
        return (f"{why}, so {who} and a parent or guardian both sign this consent "
                "(42 CFR 2.14(b)).")
    return ""


def consent_signing_sentence(consent: ReleaseOfInformation) -> str:
    """``signing_sentence`` for a stored or entered consent; "" when the rule is an
    adult's."""
    rule = signing_rule(consent)
    if rule is SigningRule.ADULT or consent.birth_date is None or consent.signed_on is None:
        return ""
    return signing_sentence(consent.patient_name, age_on(consent.birth_date,
                                                         consent.signed_on),
                            consent.minor_consent_age, rule)


def needs_revocation_method(signed_on: date | None) -> bool:
    """Whether a form signed on ``signed_on`` must say how to revoke it: every form signed
    from the compliance date of the 2024 rule on (an undated form is judged by today's
    rule; it is incomplete for its missing date anyway)."""
    return signed_on is None or signed_on >= COMPLIANCE_DATE


def missing_element_list(consent: ReleaseOfInformation) -> list[ConsentElement]:
    """Every required element (42 CFR 2.31(a), 2.14) the consent lacks, in the order of
    the form."""
    E = ConsentElement  # noqa: N806 - a short alias keeps the checks readable
    rule = signing_rule(consent)
    asks_revocation = needs_revocation_method(consent.signed_on)
    lacking = {
        E.PATIENT_NAME: not consent.patient_name.strip(),
        E.DISCLOSER: not consent.discloser.strip(),
        E.RECIPIENT: not consent.recipient.is_named,
        E.TPO_STATEMENT: consent.for_tpo and not consent.tpo_redisclosure_statement,
        E.INFORMATION: not consent.information_description.strip(),
        E.PURPOSE: not consent.purpose.strip(),
        E.RIGHT_TO_REVOKE: not consent.right_to_revoke_explained,
        E.REVOCATION_METHOD: asks_revocation and consent.revocation_method is None,
        E.REVOCATION_CONTACT: asks_revocation and not consent.revocation_contact.strip(),
        E.EXPIRATION: consent.expires_on is None and not consent.expiration_event.strip(),
        E.SIGNER_NAME: not consent.signer_name.strip(),
        E.REPRESENTATIVE_RELATIONSHIP: (consent.signed_by is Signer.REPRESENTATIVE
                                        and not consent.representative_relationship.strip()),
        # 2.14(a) and (b): a minor's Part 2 consent is the minor's own, never a
        # representative's alone. A parent who also signed where the minor may consent
        # alone does not undo the minor's consent, so that is not a lack.
        E.MINOR_SIGNATURE: (rule is not SigningRule.ADULT
                            and consent.signed_by is Signer.REPRESENTATIVE),
        E.CO_SIGNER: (rule is SigningRule.MINOR_WITH_PARENT
                      and not (consent.co_signer_name.strip()
                               and consent.co_signer_relationship.strip())),
        E.DATE_SIGNED: consent.signed_on is None,
    }
    return [element for element, missing in lacking.items() if missing]


def missing_sentence(consent: ReleaseOfInformation, element: ConsentElement) -> str:
    """What a case manager reads about ``element`` missing from ``consent``: the signature
    elements of a minor's consent say who is to sign, with the ages and the rule."""
    rule = consent_signing_sentence(consent)
    if element is ConsentElement.MINOR_SIGNATURE and rule:
        who = consent.patient_name.strip() or "the client"
        return f"{rule} It is signed by a representative, not by {who}."
    if element is ConsentElement.CO_SIGNER and rule:
        lacking = [part for part, value in (("name", consent.co_signer_name),
                                            ("relationship", consent.co_signer_relationship))
                   if not value.strip()]
        return (f"{rule} The parent's or guardian's {' and '.join(lacking)} "
                f"{'is' if len(lacking) == 1 else 'are'} missing.")
    return MISSING_SENTENCES[element]


def missing_elements(consent: ReleaseOfInformation) -> list[str]:
    """A plain sentence for every required element (42 CFR 2.31(a), 2.14) the consent
    lacks, in the order of the form; an empty list when it is complete."""
    return [missing_sentence(consent, element) for element in missing_element_list(consent)]


def is_revoked(consent: ReleaseOfInformation, today: date) -> bool:
    """Revocation takes effect on the day recorded; a later date is not yet in effect."""
    return consent.revoked_on is not None and consent.revoked_on <= today


def is_expired(consent: ReleaseOfInformation, today: date) -> bool:
    """A consent expiring on 31 March still covers a disclosure on 31 March."""
    return consent.expires_on is not None and consent.expires_on < today


def consent_state(consent: ReleaseOfInformation, today: date) -> ConsentState:
    """What the consent allows on ``today``.

    Revoked and expired come first, because they are final whatever else the form lacks.
    A form signed after ``today`` is not yet in force and counts as incomplete. An
    expiration *event* ("when I am discharged from the program") cannot be judged here; the
    consent stays active until a case manager records the revocation or a date.
    """
    if is_revoked(consent, today):
        return ConsentState.REVOKED
    if is_expired(consent, today):
        return ConsentState.EXPIRED
    if missing_elements(consent) or (consent.signed_on is not None
                                     and consent.signed_on > today):
        return ConsentState.INCOMPLETE
    return ConsentState.ACTIVE


def class_key(name: str) -> str:
    """A class of recipients compared without case or extra spaces."""
    return " ".join(name.casefold().split())


def covers(consent: ReleaseOfInformation, recipient: Recipient) -> bool:
    """Whether the consent names ``recipient``: the same facility, the same HSDS
    organization, or the same class of recipients.

    ``recipient`` may carry more than one identity (a facility and the class it belongs
    to); any one that the consent names is enough. State is not considered here: ask
    ``consent_state`` too.
    """
    named = consent.recipient
    if named.facility_id is not None and named.facility_id == recipient.facility_id:
        return True
    if named.organization_id and named.organization_id == recipient.organization_id:
        return True
    return bool(class_key(named.class_name)) and (
        class_key(named.class_name) == class_key(recipient.class_name))


def allows_disclosure(consent: ReleaseOfInformation, recipient: Recipient, *,
                      part2: bool, today: date) -> bool:
    """Whether ``consent`` lets the clinic send ``recipient`` information today: active,
    naming the recipient, and, when the information includes Part 2 (substance-use
    treatment) records, saying so."""
    return (consent_state(consent, today) is ConsentState.ACTIVE
            and covers(consent, recipient)
            and (consent.includes_part2 or not part2))
