"""Release-of-information consents: completeness, state on a given day, and whom they cover.

A consent to disclose substance-use disorder records must carry the elements of
42 CFR 2.31(a) (the federal confidentiality rule for SUD patient records, "Part 2"):
the patient's name; the name or general designation of who may make the disclosure; how
much and what kind of information is to be disclosed (with an explicit description of any
SUD information); the recipient, by name or general designation; the purpose; a statement
of the patient's right to revoke; the expiration date, event or condition; the signature of
the patient or of a person authorized to sign for them; and the date signed. HIPAA's
authorization (45 CFR 164.508(c)) asks for nearly the same list, so the clinic uses one
form, and one check, for every release.

Pure rules, no database: the service stores the consent and asks these functions what is
missing, whether it is in force on a day, and whether it names a recipient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

#: The short redisclosure notice 42 CFR 2.32(a)(2) allows on every disclosure made with the
#: patient's consent (wording of the 2024 final rule).
REDISCLOSURE_NOTICE = "42 CFR part 2 prohibits unauthorized disclosure of these records."


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
class ReleaseOfInformation:
    """The elements of one signed consent form, as the domain rules see it."""

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


class ConsentElement(StrEnum):
    """A required element of the form, in the order the form lists them."""

    PATIENT_NAME = "patient_name"
    DISCLOSER = "discloser"
    RECIPIENT = "recipient"
    INFORMATION = "information"
    PURPOSE = "purpose"
    RIGHT_TO_REVOKE = "right_to_revoke"
    EXPIRATION = "expiration"
    SIGNER_NAME = "signer_name"
    REPRESENTATIVE_RELATIONSHIP = "representative_relationship"
    DATE_SIGNED = "date_signed"


#: What a case manager reads when the element is missing (the UI translates its own).
MISSING_SENTENCES: dict[ConsentElement, str] = {
    ConsentElement.PATIENT_NAME: "The client's name is missing.",
    ConsentElement.DISCLOSER: "Who may disclose the information is not named.",
    ConsentElement.RECIPIENT: "The recipient is not named (a facility, an organization or a "
                              "class of recipients).",
    ConsentElement.INFORMATION: "What information may be disclosed, and how much, is not "
                                "described.",
    ConsentElement.PURPOSE: "The purpose of the disclosure is missing.",
    ConsentElement.RIGHT_TO_REVOKE: "The statement of the right to revoke is not confirmed.",
    ConsentElement.EXPIRATION: "There is no expiration date or event.",
    ConsentElement.SIGNER_NAME: "The name of the person who signed is missing.",
    ConsentElement.REPRESENTATIVE_RELATIONSHIP: "The representative's relationship to the "
                                                "client is missing.",
    ConsentElement.DATE_SIGNED: "The date signed is missing.",
}


def missing_element_list(consent: ReleaseOfInformation) -> list[ConsentElement]:
    """Every required element (42 CFR 2.31(a)) the consent lacks, in the order of the form."""
    E = ConsentElement  # noqa: N806 - a short alias keeps the checks readable
    lacking = {
        E.PATIENT_NAME: not consent.patient_name.strip(),
        E.DISCLOSER: not consent.discloser.strip(),
        E.RECIPIENT: not consent.recipient.is_named,
        E.INFORMATION: not consent.information_description.strip(),
        E.PURPOSE: not consent.purpose.strip(),
        E.RIGHT_TO_REVOKE: not consent.right_to_revoke_explained,
        E.EXPIRATION: consent.expires_on is None and not consent.expiration_event.strip(),
        E.SIGNER_NAME: not consent.signer_name.strip(),
        E.REPRESENTATIVE_RELATIONSHIP: (consent.signed_by is Signer.REPRESENTATIVE
                                        and not consent.representative_relationship.strip()),
        E.DATE_SIGNED: consent.signed_on is None,
    }
    return [element for element, missing in lacking.items() if missing]


def missing_elements(consent: ReleaseOfInformation) -> list[str]:
    """A plain sentence for every required element (42 CFR 2.31(a)) the consent lacks,
    in the order of the form; an empty list when it is complete."""
    return [MISSING_SENTENCES[element] for element in missing_element_list(consent)]


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
