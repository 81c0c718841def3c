"""The consent a disclosure rests on, on a page of its own with the elements of the form
(42 CFR 2.31(a), as the 2024 rule words them), so the copy that travels with a packet or
letter can be read without the rest of the record: who may disclose, to whom, what and why,
who signed (with the parent or guardian who signed beside a minor, 42 CFR 2.14(b)), when it
expires, how the client may revoke it (2.31(a)(6)), and, for a single consent for
treatment, payment and health care operations, the redisclosure statement the form carries
(2.31(a)(4)(iii)). Services describe the consent with ``packet_data.ConsentReference``,
which needs no ReportLab.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import inch
from reportlab.platypus import Flowable, PageBreak, Spacer

from coordinator.reports.packet_data import ConsentReference
from coordinator.reports.styles import STYLES, field_table, markup, paragraph


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


def revocation_sentence(consent: ConsentReference) -> str:
    """The client's right to revoke, with how and to whom when the form says it (a form
    signed before the 2024 rule applied may not)."""
    how = consent.revocation.strip()
    if how:
        how = ", " + how[:1].lower() + how[1:]
    return ("The client may revoke this consent at any time" + how + ", except to the "
            "extent that action has already been taken in reliance on it. The signed form "
            "is kept in the client's record at the disclosing clinic.")


def consent_summary_page(consent: ConsentReference) -> list[Flowable]:
    """The elements of the consent (42 CFR 2.31(a)) on a page of their own, so the copy
    that travels with the packet can be read without the rest of the record."""
    rows = [
        ("Consent no.", str(consent.consent_id)),
        ("Who may disclose", consent.discloser),
        ("Recipient", consent.recipient),
        ("Purpose", consent.purpose),
        ("Information to be disclosed", consent.information),
        ("Substance-use treatment (42 CFR Part 2) information",
         "Included" if consent.includes_part2 else "Not included"),
        ("Signed by", consent.signed_by),
    ]
    if consent.co_signed_by:
        rows.append(("Signed with the client by (parent or guardian)", consent.co_signed_by))
    rows += [("Date signed", day(consent.signed_on)), ("Expires", consent.expires)]
    story: list[Flowable] = [
        PageBreak(),
        paragraph("Consent to release information: summary", STYLES["title"]),
        field_table(rows, label_width=2.2 * inch),
        Spacer(1, 8),
    ]
    if consent.tpo_statement:
        story += [
            paragraph("Redisclosure of this record (42 CFR 2.31(a)(4)(iii))",
                      STYLES["heading"]),
            paragraph(markup(
                "This is a single consent for all future uses and disclosures for treatment, "
                "payment and health care operations. " + consent.tpo_statement),
                STYLES["body"]),
        ]
    story += [paragraph("Right to revoke (42 CFR 2.31(a)(6))", STYLES["heading"]),
              paragraph(markup(revocation_sentence(consent)), STYLES["body"])]
    return story
