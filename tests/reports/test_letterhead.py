"""The clinic's logo on the letterhead: printed when it is a picture, and a logo that is not
one never stops a packet from printing."""

from __future__ import annotations

import base64
import io
import struct
import zlib
from dataclasses import replace

from pypdf import PdfReader

from coordinator.reports.fonts import FONTS
from coordinator.reports.styles import text_width
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


def _header_runs(pdf: bytes) -> list[tuple[float, float, str]]:
    """(x, y, text) of every piece of text drawn in the first page's header band."""
    runs: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object,
              _size: float) -> None:
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        if text.strip() and y > 792 - 0.75 * 72 - 60:
            runs.append((round(x, 1), round(y, 1), text))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return runs


def test_a_long_name_beside_a_long_address_moves_to_its_own_lines_whole() -> None:
    """The header's client line never runs into the clinic's address: a long name is
    broken after the name (and the date of birth and record number go below), not cut."""
    name = "ស្រីពេជ្រ សុខ · Nguyễn Thị Lan · 王小明"
    address = "1200 Levee Road, Suite 300, River Bend Medical Campus, Riverbend, CA 95691"
    packet = replace(PACKET, letterhead=replace(LETTERHEAD, address=address),
                     client=replace(PACKET.client, name=name))
    runs = _header_runs(render_transfer_summary(packet, invariant=True).pdf)

    [(address_x, address_y, _)] = [run for run in runs if run[2].startswith("1200 Levee")]
    address_end = address_x + text_width(address, FONTS.regular, 8)
    beside = [run for run in runs if run[1] == address_y and run[0] > address_x]
    assert beside, "the name is on the address line's baseline, right-aligned"
    assert min(x for x, _, _ in beside) > address_end + 6
    text = " ".join(run[2] for run in sorted(runs, key=lambda run: (-run[1], run[0])))
    assert "Nguyễn Thị Lan" in text and "王小明" in text
    assert "DOB " in text and "Record no. " in text
    dob_y = next(y for _, y, piece in runs if "DOB" in piece)
    assert dob_y < address_y  # on the next line down


def test_a_short_client_line_stays_on_one_line() -> None:
    runs = _header_runs(render_transfer_summary(PACKET, invariant=True).pdf)
    name_y = next(y for _, y, piece in runs if PACKET.client.name.split()[0] in piece)
    dob_y = next(y for _, y, piece in runs if "DOB" in piece)
    assert name_y == dob_y
