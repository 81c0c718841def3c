"""What every document shares without needing ReportLab: the clinic's letterhead and a
finished PDF. Kept apart from ``styles`` so that services can describe a document without
importing ReportLab, which the app loads only when a document is rendered.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RenderedPdf:
    """A finished document: the PDF bytes and how many pages it has (for the disclosure
    log and the "Page X of Y" check)."""

    pdf: bytes
    pages: int


@dataclass(frozen=True)
class Letterhead:
    """The clinic as the settings describe it; every document prints it at the top."""

    clinic_name: str
    address: str = ""
    phone: str = ""
    fax: str = ""
    #: The logo setting as stored: base64 PNG or JPEG; empty for none.
    logo_base64: str = ""
