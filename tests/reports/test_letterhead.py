"""The clinic's logo on the letterhead: printed when it is a picture, and a logo that is not
one never stops a packet from printing."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from dataclasses import replace

from pypdf import PdfReader

from coordinator.reports.transfer_summary import render_transfer_summary
from tests.reports.test_transfer_summary import LETTERHEAD, PACKET


def png(width: int, height: int) -> bytes:
    """A plain teal PNG, written by hand so the test needs no imaging library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    rows = b"".join(b"\x00" + bytes((0, 128, 128)) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def images_on_first_page(pdf: bytes) -> int:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    return len(page.images)


def test_a_png_logo_is_printed_on_the_letterhead() -> None:
    logo = base64.b64encode(png(40, 20)).decode("ascii")
    packet = replace(PACKET, letterhead=replace(LETTERHEAD, logo_base64=logo))

    assert images_on_first_page(render_transfer_summary(packet, invariant=True).pdf) == 1


def test_a_logo_that_is_not_a_picture_is_left_out_and_the_packet_still_prints() -> None:
    plain = render_transfer_summary(PACKET, invariant=True)
    for broken in ("not base64 at all!", base64.b64encode(b"%PDF-1.4 not a picture").decode()):
        packet = replace(PACKET, letterhead=replace(LETTERHEAD, logo_base64=broken))

        rendered = render_transfer_summary(packet, invariant=True)

        assert rendered.pages == plain.pages
        assert images_on_first_page(rendered.pdf) == 0
        assert "Riverbend Behavioral Health" in PdfReader(io.BytesIO(rendered.pdf)).pages[0] \
            .extract_text()
