"""The consent gate: whether a document may go to its recipient, and the consent it rests on.

Every document that leaves the clinic about a client (a transfer or discharge packet, a
referral letter) passes ``disclosure_consent`` before it is rendered.

42 CFR 2.33 lets a program disclose substance-use treatment records with the patient's
written consent; so a document that carries such information goes to a recipient only
under an active consent that names that recipient and includes Part 2 information
(docs/architecture.md 3, "Consent and disclosure"). A referral for substance-use care
carries it by its very subject: it tells the recipient that the client is, or is to be, in
substance-use treatment, which identifies them as a patient of a Part 2 program
(42 CFR 2.11, "patient identifying information"; 2.12(a)). A clinic may ask the same of
every disclosure (setting "Require consent for all disclosures"). A discharge summary with
no recipient is the client's own copy: a patient's access to their own record is not a
disclosure to a third party (42 CFR 2.23), so it needs no consent.

When the gate finds a covering consent it is referenced in the document even where none
was required, so the recipient sees on what basis the record came to them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from coordinator.domain.consent import ConsentRequest, Recipient
from coordinator.domain.errors import ConsentRequired
from coordinator.domain.words import said
from coordinator.reports.packet_data import Packet
from coordinator.services.consent_views import ConsentView
from coordinator.services.consents import find_active_consent
from coordinator.store.models import Facility


def disclosure_consent(session: Session, document: str, client_id: int, client_name: str,
                       recipient: Recipient, *, part2: bool, today: date,
                       require_all: bool, purpose: str = "",
                       information: tuple[str, ...] = ()) -> ConsentView | None:
    """The active consent that lets ``document`` about the client go to ``recipient``.

    Args:
        document: what is sent, in words for the refusal ("packet", "referral letter").
        recipient: a facility id and/or an HSDS organization id, with the display name;
            a consent naming either one covers it.
        part2: the document carries substance-use treatment (Part 2) information, so only
            a consent that includes such information covers it.
        require_all: the clinic's "Require consent for all disclosures" setting.
        purpose, information: what the document is for and the kinds of information it
            carries; a refusal hands them on (``ConsentRequired.asked``) so the consent
            form opens filled in with them.

    Returns:
        The covering consent (the most recently signed), or None where no consent is
        needed and none is on file.

    Raises:
        ConsentRequired: consent is needed (Part 2 information, or the clinic requires it
            for all disclosures) and no active consent on file covers the recipient; the
            sentence names the document, the client and the recipient.
    """
    consent = find_active_consent(session, client_id, recipient, part2=part2, today=today)
    if consent is not None or not (part2 or require_all):
        return consent
    # A consent naming the recipient without Part 2 information is the usual near miss;
    # saying so tells the case manager exactly what to ask the client for.
    without_part2 = (find_active_consent(session, client_id, recipient, part2=False,
                                         today=today) if part2 else None)
    asked = ConsentRequest(recipient, purpose,
                           (*information, PART2_INFORMATION) if part2 else information, part2)
    raise ConsentRequired(refusal(document, client_name, recipient.name, part2=part2,
                                  consent_without_part2=(without_part2.id if without_part2
                                                         else None)), asked)


#: How a consent form names substance-use treatment records among the information.
PART2_INFORMATION = "Substance-use treatment information (42 CFR Part 2)"


def packet_information(packet: Packet) -> tuple[str, ...]:
    """The kinds of information ``packet`` carries, as a consent form lists them."""
    parts = [("Levels of care and dates of treatment", bool(packet.care_history)),
             ("Diagnoses", bool(packet.diagnoses)),
             ("Medications", bool(packet.medications)),
             ("Allergies", bool(packet.allergies)),
             ("Assessment results and risk screens",
              bool(packet.assessments or packet.screens)),
             ("Safety plan", packet.safety_plan is not None),
             ("Care team", bool(packet.care_team)),
             ("Referrals and appointments", bool(packet.referrals or packet.appointments)),
             ("Discharge and aftercare plan",
              bool(packet.aftercare_plan) or packet.stay is not None)]
    return tuple(name for name, carried in parts if carried)


def consent_for(session: Session, packet: Packet, client_id: int,
                facility: Facility | None, today: date, *,
                require_all: bool, purpose: str = "") -> ConsentView | None:
    """The active consent covering ``facility`` for what ``packet`` carries; None for the
    client's own copy (no facility).

    Raises:
        ConsentRequired: as ``disclosure_consent``.
    """
    if facility is None:
        return None
    return disclosure_consent(
        session, said("Validation", "packet"), client_id, packet.client.name,
        Recipient(facility_id=facility.id, name=facility.name), part2=packet.part2,
        today=today, require_all=require_all, purpose=purpose,
        information=packet_information(packet))


def refusal(document: str, client_name: str, recipient: str, *, part2: bool,
            consent_without_part2: int | None = None) -> str:
    """The sentence the user reads when the gate refuses."""
    if part2 and consent_without_part2 is not None:
        return said(
            "Validation", "This %1 for %2 includes substance-use treatment information, and "
                          "no active consent on file lets the clinic send it to %3. Consent "
                          "no. %4 names %3 but does not include substance-use treatment "
                          "information. Record %2's signed consent naming %3 (with Part 2 "
                          "information included) first.").arg(
            document, client_name, recipient, consent_without_part2)
    if part2:
        return said(
            "Validation", "This %1 for %2 includes substance-use treatment information, and "
                          "no active consent on file lets the clinic send it to %3. Record "
                          "%2's signed consent naming %3 (with Part 2 information included) "
                          "first.").arg(document, client_name, recipient)
    return said(
        "Validation", "The clinic requires a consent for every disclosure, and no active "
                      "consent on file lets the clinic send %1's %2 to %3. Record the signed "
                      "consent first.").arg(client_name, document, recipient)
