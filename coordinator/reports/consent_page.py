"""The consent a disclosure rests on, on a page of its own with the elements of the form
(42 CFR 2.31(a)), so the copy that travels with a packet or letter can be read without the
rest of the record. Services describe the consent with ``packet_data.ConsentReference``,
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


def consent_summary_page(consent: ConsentReference) -> list[Flowable]:
    """The elements of the consent (42 CFR 2.31(a)) on a page of their own, so the copy
    that travels with the packet can be read without the rest of the record."""
    return [
        PageBreak(),
        paragraph("Consent to release information: summary", STYLES["title"]),
        field_table([
            ("Consent no.", str(consent.consent_id)),
            ("Who may disclose", consent.discloser),
            ("Recipient", consent.recipient),
            ("Purpose", consent.purpose),
            ("Information to be disclosed", consent.information),
            ("Substance-use treatment (42 CFR Part 2) information",
             "Included" if consent.includes_part2 else "Not included"),
            ("Signed by", consent.signed_by),
            ("Date signed", day(consent.signed_on)),
            ("Expires", consent.expires),
        ], label_width=2.2 * inch),
        Spacer(1, 8),
        paragraph(markup(
            "The client may revoke this consent at any time, in writing or orally, except "
            "to the extent that action has already been taken in reliance on it. The "
            "signed form is kept in the client's record at the disclosing clinic."),
            STYLES["body"]),
    ]
