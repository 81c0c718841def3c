"""The words an instrument is read to the client in: its stem, items and answer words in
the client's language, where a version in that language may be used.

English is every instrument's own wording (``instrument_items``). The PHQ-9 and GAD-7 also
have Pfizer's official Spanish for the USA (``instrument_texts_es``); the PHQ-A, PCL-5 and
the rest have no Spanish version cleared for the app, so they are read in English whatever
the client's language. Scoring never depends on the wording: the answers are the same
points in every language.

This is the client's language, not the staff's: the staff's own screens are translated by
the UI (the Qt translation of the English words).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from coordinator.domain import instrument_texts_es as es
from coordinator.domain.instruments import DEFINITIONS
from coordinator.domain.vocabulary import Instrument

ENGLISH = "en"
SPANISH = "es"
#: The languages items can be read in, in the order the dialog offers them.
ITEM_LANGUAGES: tuple[str, ...] = (ENGLISH, SPANISH)


@dataclass(frozen=True)
class Wording:
    """An instrument's words in one language (``language``: the one they are really in)."""

    instrument: Instrument
    language: str
    stem: str
    items: tuple[str, ...]
    scale: tuple[str, ...]


_SPANISH: dict[Instrument, Wording] = {
    Instrument.PHQ9: Wording(Instrument.PHQ9, SPANISH, es.PHQ9_STEM_ES, es.PHQ9_ITEMS_ES,
                             es.PHQ9_SCALE_ES),
    Instrument.GAD7: Wording(Instrument.GAD7, SPANISH, es.GAD7_STEM_ES, es.GAD7_ITEMS_ES,
                             es.GAD7_SCALE_ES),
}

#: What a client's recorded preferred language says when it means Spanish (compared without
#: accents or case, on its first word: "Spanish (Mexico)", "es-US", "Español").
_SPANISH_NAMES = frozenset({"spanish", "espanol", "castellano", "es", "spa"})


def languages_of(instrument: Instrument) -> tuple[str, ...]:
    """The languages the instrument's items may be read in (English always first)."""
    return (ENGLISH, SPANISH) if instrument in _SPANISH else (ENGLISH,)


def wording(instrument: Instrument, language: str = ENGLISH) -> Wording:
    """The instrument's words in ``language``, or in English when it has no version in
    that language (``Wording.language`` says which it is).

    Raises ``ValueError`` for an instrument not entered item by item (its wording is not
    shown).
    """
    found = DEFINITIONS[instrument]
    if found.entry != "items":
        raise ValueError(f"{instrument} is not entered item by item")
    if language == SPANISH and instrument in _SPANISH:
        return _SPANISH[instrument]
    return Wording(instrument, ENGLISH, found.stem, tuple(item.text for item in found.items),
                   found.scale)


def item_language_for(preferred_language: str) -> str:
    """The item language for a client whose preferred language is recorded as
    ``preferred_language``: Spanish when it names Spanish, otherwise English."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", preferred_language)
                    if not unicodedata.combining(char)).casefold()
    words = re.findall(r"[a-z]+", plain)
    return SPANISH if words and words[0] in _SPANISH_NAMES else ENGLISH
