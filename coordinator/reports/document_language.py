"""The language a client document is printed in, and its catalog of fixed words.

Client documents (the client's own discharge summary, the referral letter addressed to the
client) print in the client's language; documents for a partner facility print in the
clinic's (English). This is a parallel catalog of our own, not Qt's translator, for three
reasons: documents are rendered without a ``QApplication`` (batch printing renders in worker
processes, and the command line prints them); their language follows the client's
``preferred_language``, not the language of the person signed in; and the reports layer
imports no Qt. The catalogs are plain dictionaries (``document_text_en``,
``document_text_es``) with the same keys, which a test checks, so adding a language is one
more module and one more line in ``_CATALOGS``.

A document asks a ``DocumentText`` for its words: ``text("h.stay")`` for a fixed text (a
``str.format`` template filled from keyword arguments), ``text.day(date)`` for a date
(2026-12-03 in English, as the clinic's documents have always printed it; "3 de diciembre
de 2026" in Spanish), and ``text.word(kind, code, default)`` for a coded value (a level of
care, a status, a route) stored as a code. Clinical values staff typed (diagnoses,
medication names, notes) are printed as entered and never pass through here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from coordinator.domain.levels import SEED_LEVELS
from coordinator.reports import document_text_en, document_text_es

ENGLISH = "en"
SPANISH = "es"

#: Catalogs by language code: fixed texts, coded vocabulary, month names ("" for ISO dates).
_CATALOGS: dict[str, tuple[Mapping[str, str], Mapping[str, Mapping[str, str]],
                           tuple[str, ...]]] = {
    ENGLISH: (document_text_en.TEXTS, document_text_en.VOCABULARY, ()),
    SPANISH: (document_text_es.TEXTS, document_text_es.VOCABULARY, document_text_es.MONTHS),
}

SUPPORTED_LANGUAGES = tuple(_CATALOGS)

#: What clients' records say for Spanish, folded (lower case, no accents).
_SPANISH_NAMES = frozenset({"es", "spa", "spanish", "espanol", "castellano", "castilian"})

#: The disposition a completed transition stores when staff left it blank (always in
#: English, the clinic's language of record): "Stepped down to Intensive Outpatient".
_MOVED_TO = re.compile(r"(?P<move>Stepped down|Stepped up|Transferred) to (?P<level>.+)")
_MOVE_KEYS = {"Stepped down": "disposition.stepped_down", "Stepped up": "disposition.stepped_up",
              "Transferred": "disposition.transferred"}
_LEFT_CARE = "Discharged from care"
_SEEDED_CODES = {level.name: level.code for level in SEED_LEVELS}

#: The PDF's /Lang for screen readers, by document language.
PDF_LANGUAGE = {ENGLISH: "en-US", SPANISH: "es-US"}


def _folded(value: str) -> str:
    """``value`` in lower case without accents: "Español" -> "espanol"."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def document_language(preferred_language: str | None) -> str:
    """The supported document language for a client's ``preferred_language`` (free text).

    "Spanish", "Español", "espanol", "es", "es-MX", "Spanish (Mexico)" and the like give
    "es", whatever their case or accents; anything else, blank or unknown ("Tagalog")
    gives "en", the clinic's language.
    """
    folded = _folded((preferred_language or "").replace("\x00", "")).strip()
    if not folded:
        return ENGLISH
    first = folded.replace("_", "-").replace("(", " ").replace(",", " ").replace(";", " ")
    word = first.split()[0] if first.split() else ""
    if word in _SPANISH_NAMES or word.split("-")[0] in _SPANISH_NAMES:
        return SPANISH
    return ENGLISH


@dataclass(frozen=True)
class DocumentText:
    """One language's words for documents."""

    language: str
    texts: Mapping[str, str]
    vocabulary: Mapping[str, Mapping[str, str]]
    months: tuple[str, ...] = ()

    def __call__(self, key: str, **fields: object) -> str:
        """The text of ``key``, its ``{fields}`` filled in. An unknown key is a bug."""
        template = self.texts[key]
        return template.format(**fields) if fields else template

    def day(self, value: date | None) -> str:
        """A date as the language writes it; "" for none."""
        if value is None:
            return ""
        if not self.months:
            return value.isoformat()
        return f"{value.day} de {self.months[value.month - 1]} de {value.year}"

    def word(self, kind: str, code: str | None, default: str = "") -> str:
        """The words for a stored ``code`` of ``kind`` (e.g. "condition", "improved"), or
        ``default`` (what the record says) for a code the catalog does not know."""
        if code is None:
            return default
        return self.vocabulary.get(kind, {}).get(str(code), default or str(code))

    def typed_word(self, kind: str, typed: str) -> str:
        """A usual word staff picked or typed (a preferred language, a gender identity) in
        this language, whatever its case; anything else, and every word in English, as
        typed."""
        if self.language == ENGLISH:
            return typed
        return self.vocabulary.get(kind, {}).get(typed.strip().casefold(), typed)

    def level(self, code: str, stored_name: str) -> str:
        """A level of care with its code, e.g. "Programa intensivo ambulatorio (IOP)".

        In English the clinic's own name for the level (an administrator may rename it);
        in another language the catalog's name for a standard code, else the stored name.
        """
        name = stored_name if self.language == ENGLISH else self.word("level", code,
                                                                      stored_name)
        return f"{name} ({code})" if code else name

    def disposition(self, stored: str) -> str:
        """A discharge disposition as this language prints it.

        One the app wrote itself when a transition closed a stay with the disposition left
        blank ("Stepped down to Intensive Outpatient", "Discharged from care"; stored in
        English, old records too) is recognized by its form and said in this language, a
        standard level by its catalog name; what staff typed prints as typed.
        """
        if self.language == ENGLISH:
            return stored
        if stored == _LEFT_CARE:
            return self("disposition.left_care")
        moved = _MOVED_TO.fullmatch(stored)
        if moved is None:
            return stored
        name = moved["level"]
        code = _SEEDED_CODES.get(name)
        level = self.word("level", code, name) if code is not None else name
        return self(_MOVE_KEYS[moved["move"]], level=level)

    @property
    def pdf_language(self) -> str:
        return PDF_LANGUAGE.get(self.language, "en-US")

    @property
    def none_recorded(self) -> str:
        return self("none_recorded")


@cache
def document_text(language: str = ENGLISH) -> DocumentText:
    """The catalog for ``language`` (a code from ``document_language``); English for one
    without a catalog."""
    texts, vocabulary, months = _CATALOGS.get(language, _CATALOGS[ENGLISH])
    return DocumentText(language if language in _CATALOGS else ENGLISH, texts, vocabulary,
                        months)


ENGLISH_TEXT = document_text(ENGLISH)
