"""The consent page printed with a disclosure: how and to whom the client may revoke, the
redisclosure statement of a single consent for treatment, payment and health care
operations, and the parent or guardian who signed beside a minor (2024 Part 2 rule)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coordinator.domain.consent import TPO_REDISCLOSURE_STATEMENT
from coordinator.reports.discharge_summary import render_discharge_summary
from coordinator.reports.packet_data import ConsentReference
from tests.reports.test_transfer_summary import PACKET, pages_of

OFFICE = "Privacy Officer, Riverbend Behavioral Health, 120 River Road, Springfield, OR 97477"
CONSENT = ConsentReference(
    7, "My treating providers and health plans",
    "For treatment, payment and health care operations",
    "Diagnoses, SUD treatment dates, medications", True, "Kim Sok (client)",
    date(2026, 3, 20), "None", "Riverbend Behavioral Health",
    revocation=f"In writing to {OFFICE}, or orally to any staff member of Riverbend "
               "Behavioral Health",
    tpo_statement=TPO_REDISCLOSURE_STATEMENT, co_signed_by="Ana Sok (mother)")


def consent_page(consent: ConsentReference) -> str:
    """The summary page's text, its words joined with single spaces."""
    packet = replace(PACKET, receiving_facility=None, part2=True, consent=consent)
    pages = pages_of(render_discharge_summary(packet, invariant=True).pdf)
    summary = pages[-1]
    assert "Consent to release information: summary" in summary
    return " ".join(summary.split())


def test_the_page_prints_how_and_to_whom_to_revoke_the_tpo_statement_and_the_co_signer(
        ) -> None:
    text = consent_page(CONSENT)
    assert ("The client may revoke this consent at any time, in writing to "
            f"{OFFICE}, or orally to any staff member of Riverbend Behavioral Health, except "
            "to the extent that action has already been taken in reliance on it." in text)
    assert text.count(OFFICE) == 1
    assert "Redisclosure of this record (42 CFR 2.31(a)(4)(iii))" in text
    assert " ".join(TPO_REDISCLOSURE_STATEMENT.split()) in text
    assert "Signed with the client by (parent or guardian) Ana Sok (mother)" in text
    assert "Signed by Kim Sok (client)" in text
    assert "in writing or orally" not in text


def test_a_consent_only_in_writing_without_tpo_or_co_signer_prints_neither() -> None:
    text = consent_page(replace(CONSENT, revocation=f"In writing to {OFFICE}",
                                tpo_statement="", co_signed_by=""))
    assert (f"The client may revoke this consent at any time, in writing to {OFFICE}, "
            "except to the extent" in text)
    assert "orally" not in text
    assert "Redisclosure of this record" not in text and "HIPAA" not in text
    assert "parent or guardian" not in text


def test_a_form_signed_before_the_2024_rule_says_only_that_it_may_be_revoked() -> None:
    text = consent_page(replace(CONSENT, revocation="", tpo_statement="", co_signed_by=""))
    assert ("The client may revoke this consent at any time, except to the extent that "
            "action has already been taken in reliance on it." in text)
    assert "Right to revoke (42 CFR 2.31(a)(6))" in text
