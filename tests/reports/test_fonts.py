"""Names in any script the clinic's clients use get a font that has their letters."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from coordinator.reports.common import Letterhead
from coordinator.reports.fonts import _FILES, CJK, FONTS, SHIPPED_FONTS, font_runs
from coordinator.reports.styles import STYLES, PageFrame, build_document, markup, paragraph


def test_text_is_cut_into_runs_by_script_keeping_spaces_inside_a_name() -> None:
    assert font_runs("Srey ស្រីពេជ្រ សុខ, José 王小明") == [
        (None, "Srey "), ("NotoSansKhmer", "ស្រីពេជ្រ សុខ"), (None, ", José "),
        (CJK, "王小明")]
    assert font_runs("Nguyễn Thị Lan · Peña") == [(None, "Nguyễn Thị Lan · Peña")]


def test_chinese_spanish_and_vietnamese_names_come_out_of_the_pdf_as_written() -> None:
    assert FONTS.unicode
    names = "王小明 · José Peña · Nguyễn Thị Lan"
    pdf = build_document([paragraph(markup(f"Client: {names}"), STYLES["body"])],
                         PageFrame(Letterhead("Clínica"), "Transfer summary", names),
                         invariant=True).pdf
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    text = page.extract_text()
    assert f"Client: {names}" in text  # the paragraph
    assert text.count("王小明") == 2    # and the page header
    fonts = {str(font.get_object()["/BaseFont"]) for font in
             page["/Resources"]["/Font"].values()}
    # Besides DejaVu, a CJK font (the system's, or the shipped fallback) is embedded.
    assert any("DejaVu" not in name for name in fonts), fonts


def test_every_font_the_documents_use_ships_with_its_licence() -> None:
    names = {path.name for path in SHIPPED_FONTS.iterdir()}
    wanted = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf",
              "LICENSE-DejaVu.txt", "LICENSE-Noto.txt", "LICENSE-DroidSansFallback.txt",
              *(name for pair in _FILES.values() for name in pair)}
    assert wanted <= names, sorted(wanted - names)


def test_without_any_system_font_a_chinese_name_prints_in_the_shipped_fallback(
        tmp_path: Path) -> None:
    """As on a workstation with no CJK font and no fontconfig: the child process sees no
    fc-list on its PATH and no Windows font folder."""
    out = tmp_path / "names.pdf"
    script = (
        "import sys\n"
        "from coordinator.reports.common import Letterhead\n"
        "from coordinator.reports.styles import STYLES, PageFrame, build_document, markup, "
        "paragraph\n"
        "pdf = build_document([paragraph(markup('王小明 · ស្រីពេជ្រ សុខ · Nguyễn Thị Lan'), "
        "STYLES['body'])], PageFrame(Letterhead('Clinic'), 'Test'), invariant=True).pdf\n"
        "open(sys.argv[1], 'wb').write(pdf)\n")
    environment = {key: value for key, value in os.environ.items()
                   if key not in ("WINDIR", "SYSTEMROOT", "LOCALAPPDATA")}
    environment["PATH"] = str(tmp_path)  # nothing to run there: no fc-list
    subprocess.run([sys.executable, "-c", script, str(out)], check=True, env=environment,
                   cwd=Path(__file__).resolve().parents[2], timeout=120)

    page = PdfReader(out).pages[0]
    # Shaped Khmer (subscript consonants) does not extract letter for letter; its font is
    # checked below. The Chinese and Vietnamese names come back as written.
    text = page.extract_text()
    assert "王小明" in text and "Nguyễn Thị Lan" in text
    fonts = {str(font.get_object()["/BaseFont"]) for font in
             page["/Resources"]["/Font"].values()}
    assert any("DroidSansFallback" in name for name in fonts), fonts
    assert any("NotoSansKhmer" in name for name in fonts), fonts
