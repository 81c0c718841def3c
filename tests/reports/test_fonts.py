"""Names in any script the clinic's clients use get a font that has their letters."""

from __future__ import annotations

import io

from pypdf import PdfReader

from coordinator.reports.common import Letterhead
from coordinator.reports.fonts import FONTS, font_runs
from coordinator.reports.styles import STYLES, PageFrame, build_document, markup, paragraph


def test_text_is_cut_into_runs_by_script_keeping_spaces_inside_a_name() -> None:
    assert font_runs("Srey ស្រីពេជ្រ សុខ, José 王小明") == [
        (None, "Srey "), ("NotoSansKhmer", "ស្រីពេជ្រ សុខ"), (None, ", José "),
        ("WenQuanYiZenHei", "王小明")]
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
    assert any("WenQuanYiZenHei" in name for name in fonts), fonts
