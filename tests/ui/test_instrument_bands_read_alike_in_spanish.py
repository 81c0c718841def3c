"""An instrument's severity band and flags read the same in Spanish on the screen and in a
Spanish client's own documents: a PHQ-9 of 12 is "Moderada" (the severity of the
depression, a feminine noun, as of the anxiety for a GAD-7) in the Assessments tab and in
the discharge summary alike.

The screen's words are the shipped coordinator_es.ts, compiled with Qt's lrelease; the
documents' are the Spanish document catalog.
"""

from __future__ import annotations

from coordinator.domain.instruments import DEFINITIONS
from coordinator.reports.document_language import SPANISH, document_text
from coordinator.reports.document_text_es import VOCABULARY
from coordinator.ui.record.instrument_words import instrument_text
from coordinator.ui.resources import Translations
from tests.ui.test_care_words_in_spanish import spanish  # noqa: F401 - the fixture


def test_every_band_reads_the_same_on_screen_and_in_the_documents(
        spanish: Translations) -> None:  # noqa: F811
    printed = document_text(SPANISH)
    bands = sorted({band.title for found in DEFINITIONS.values() for band in found.bands})

    differ = [(band, instrument_text(band), printed.word("band", band)) for band in bands
              if instrument_text(band) != printed.word("band", band)]

    assert differ == []
    assert instrument_text("Moderate") == printed.word("band", "Moderate") == "Moderada"
    assert instrument_text("Minimal") == "Mínima"


def test_every_flag_reads_the_same_on_screen_and_in_the_documents(
        spanish: Translations) -> None:  # noqa: F811
    differ = [(flag, instrument_text(flag), words) for flag, words in VOCABULARY["flag"].items()
              if instrument_text(flag) != words]

    assert differ == []
