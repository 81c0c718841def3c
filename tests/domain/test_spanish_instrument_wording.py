"""The PHQ-9 and GAD-7 in Pfizer's Spanish for the USA: the same items and answers as the
English forms, one for one, and the client's recorded language choosing it."""

from __future__ import annotations

import pytest

from coordinator.domain.instrument_wording import (
    ENGLISH,
    SPANISH,
    item_language_for,
    languages_of,
    wording,
)
from coordinator.domain.instruments import DEFINITIONS, score_items
from coordinator.domain.vocabulary import Instrument


@pytest.mark.parametrize("instrument", [Instrument.PHQ9, Instrument.GAD7])
def test_the_spanish_form_has_as_many_items_and_answers_as_the_english(
        instrument: Instrument) -> None:
    english, spanish = wording(instrument, ENGLISH), wording(instrument, SPANISH)

    assert spanish.language == SPANISH
    assert len(spanish.items) == len(english.items) == len(DEFINITIONS[instrument].items)
    assert len(spanish.scale) == len(english.scale) == 4
    assert spanish.stem.startswith("Durante las últimas 2 semanas, ¿")
    assert all(text.strip() and text not in english.items for text in spanish.items)


def test_the_spanish_phq9_keeps_the_published_wording_of_items_8_and_9() -> None:
    spanish = wording(Instrument.PHQ9, SPANISH)

    assert spanish.items[8] == ("Pensamientos de que estaría mejor muerto(a) o de lastimarse "
                                "de alguna manera")
    assert spanish.items[7].startswith("¿Se ha movido o hablado tan lento")
    assert spanish.scale == ("Ningún día", "Varios días", "Más de la mitad de los días",
                             "Casi todos los días")
    assert wording(Instrument.GAD7, SPANISH).scale[0] == "Nunca"


def test_a_form_with_no_spanish_version_is_read_in_english() -> None:
    pcl5 = wording(Instrument.PCL5, SPANISH)

    assert pcl5.language == ENGLISH
    assert pcl5.items[0] == DEFINITIONS[Instrument.PCL5].items[0].text
    assert languages_of(Instrument.PCL5) == (ENGLISH,)
    assert languages_of(Instrument.PHQA) == (ENGLISH,)
    assert languages_of(Instrument.PHQ9) == (ENGLISH, SPANISH)
    with pytest.raises(ValueError, match="not entered item by item"):
        wording(Instrument.EPDS, SPANISH)


def test_the_same_answers_score_the_same_whatever_the_language() -> None:
    # The language changes the words only: a Spanish administration is scored on its points.
    answers = (1, 2, 0, 3, 1, 2, 0, 1, 1)

    score = score_items(Instrument.PHQ9, answers)

    assert (score.total, score.band) == (11, "Moderate")


@pytest.mark.parametrize("recorded", [
    "Spanish", "spanish", "SPANISH", "Español", "español", "Espanol", "ESPAÑOL", "es",
    "es-US", "Spanish (Mexico)", " Castellano "])
def test_a_client_recorded_as_speaking_spanish_gets_the_spanish_items(recorded: str) -> None:
    assert item_language_for(recorded) == SPANISH


@pytest.mark.parametrize("recorded", [
    "English", "", "Vietnamese", "Estonian", "Portuguese", "Khmer", "Tagalog"])
def test_any_other_recorded_language_gets_the_english_items(recorded: str) -> None:
    assert item_language_for(recorded) == ENGLISH
