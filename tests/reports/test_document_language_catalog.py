"""The documents' own catalog: which language a client's record maps to, a Spanish catalog
that lacks nothing the English one has, and Spanish dates as Spanish documents write them.
The client's letter, rendered from plain values, survives a NUL and a very long reason."""

from __future__ import annotations

import io
import string
from datetime import date

import pytest
from pypdf import PdfReader

from coordinator.domain.consent import REDISCLOSURE_NOTICE
from coordinator.reports import document_text_en, document_text_es
from coordinator.reports.client_referral_letter import (
    ClientReferralLetter,
    render_client_referral_letter,
)
from coordinator.reports.common import Letterhead
from coordinator.reports.document_language import document_language, document_text


@pytest.mark.parametrize("typed", ["Spanish", "spanish", "SPANISH", "Español", "español",
                                   "ESPAÑOL", "Espanol", "es", "ES", "es-MX", "es_US",
                                   "Spanish (Mexico)", "  Español  ", "Castellano"])
def test_spanish_in_any_spelling_gives_spanish_documents(typed: str) -> None:
    assert document_language(typed) == "es"


@pytest.mark.parametrize("typed", ["English", "", "   ", "Tagalog", "Vietnamese", "Khmer",
                                   "Portuguese", "Espa", "Estonian", "\x00", None])
def test_any_other_language_gives_english_documents(typed: str | None) -> None:
    assert document_language(typed) == "en"


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_spanish_catalog_has_every_text_the_english_one_has_with_the_same_blanks() -> None:
    missing = sorted(set(document_text_en.TEXTS) - set(document_text_es.TEXTS))
    assert missing == []
    for key, english in document_text_en.TEXTS.items():
        assert _fields(document_text_es.TEXTS[key]) == _fields(english), key
        if english:
            assert document_text_es.TEXTS[key].strip(), key


def test_the_spanish_catalog_has_words_for_every_code_the_english_one_names() -> None:
    for kind, words in document_text_en.VOCABULARY.items():
        spanish = document_text_es.VOCABULARY.get(kind, {})
        assert sorted(set(words) - set(spanish)) == [], kind
        assert all(value.strip() for value in spanish.values()), kind


def test_spanish_documents_write_dates_in_words_and_english_ones_as_iso() -> None:
    assert document_text("es").day(date(2026, 12, 3)) == "3 de diciembre de 2026"
    assert document_text("es").day(date(2027, 1, 31)) == "31 de enero de 2027"
    assert document_text("en").day(date(2026, 12, 3)) == "2026-12-03"
    assert document_text("xx").language == "en"  # no catalog: English


def test_a_level_of_care_prints_in_spanish_by_its_code_and_as_the_clinic_named_it_in_english(
        ) -> None:
    assert document_text("es").level("PHP", "Partial Hospitalization") == (
        "Hospitalización parcial (PHP)")
    assert document_text("es").level("IOP", "IOP evenings") == (
        "Programa intensivo ambulatorio (IOP)")
    assert document_text("es").level("DBT", "DBT program") == "DBT program (DBT)"
    assert document_text("en").level("IOP", "IOP evenings") == "IOP evenings (IOP)"


HEAD = Letterhead("Riverbend Behavioral Health", "120 Main St\nSpringfield, OR 97477",
                  "541-555-0100")


def _text(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_a_nul_and_a_very_long_reason_print_on_as_many_pages_as_they_need() -> None:
    reason = "Necesita vivienda\x00 estable. " + "Detalle del motivo. " * 3000 + "FIN DEL MOTIVO"
    letter = ClientReferralLetter(HEAD, "es", "Ro\x00sa Núñez", "000123", date(2026, 12, 3),
                                  "vivienda", "Hogar\x00 Seguro", phone="541-555-0199",
                                  reason=reason,
                                  call_by=date(2026, 12, 10), case_manager_name="Carla Mendes",
                                  part2=True)

    rendered = render_client_referral_letter(letter, invariant=True)

    pages = _text(rendered.pdf)
    assert rendered.pages == len(pages) > 3
    assert "Su referido" in pages[0] and "Necesita vivienda estable" in pages[0]
    # The NUL is left out: the name and the program read as typed around it.
    assert "Estimado/a Rosa Núñez:" in pages[0] and "Hogar Seguro" in pages[0]
    assert "\x00" not in " ".join(pages)
    assert "FIN DEL MOTIVO" in " ".join(pages)
    assert "Por favor, llame al programa a más tardar el 10 de diciembre de 2026" in (
        " ".join(pages))
    for number, page in enumerate(pages, start=1):
        assert f"Página {number} de {len(pages)}" in page
        assert REDISCLOSURE_NOTICE in page
        assert "Traducción al español:" in page
