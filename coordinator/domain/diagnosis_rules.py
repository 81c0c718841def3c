"""Rules of the problem list that need no code set: how a typed code is read, which codes
are substance-use disorders, how descriptions are matched word by word, and the error that
offers billable codes in place of a category.

The code set itself (which codes exist, which are billable) is the ICD-10-CM release
loaded by ``coordinator.services.icd10``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from coordinator.domain.errors import ValidationError
from coordinator.domain.text import search_key

# Letter, digit, then letters and digits with at most one dot after the third character:
# what a person types when they mean a code ("F33", "f33.1", "F331", "T40.1X1A").
_CODE_SHAPE = re.compile(r"^[A-Z][0-9][0-9A-Z]?(\.?[0-9A-Z]{0,4})?$")
# Apostrophes vanish ("Alzheimer's" is one word, "alzheimers"); every other mark separates.
_APOSTROPHES = str.maketrans("", "", "'’ʼ")
_SEPARATORS = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class CodeMatch:
    """One billable ICD-10-CM code and its official description."""

    code: str
    """With its dot, as printed: "F33.1"."""
    description: str


def compact_code(text: str) -> str:
    """A typed code without spaces or its dot, upper-cased: " f33.1 " is "F331"."""
    return "".join(text.split()).replace(".", "").upper()


def looks_like_code(text: str) -> bool:
    """Whether ``text`` reads as (the start of) an ICD-10-CM code rather than words: one
    token ("b12 deficiency" is words, even though "b12" alone could start a code)."""
    return bool(_CODE_SHAPE.match(text.strip().upper()))


def is_substance_use_code(code: str) -> bool:
    """Whether ``code`` names a substance-use disorder that 42 CFR Part 2 protects: ICD-10-CM
    F10–F19 (mental and behavioral disorders due to psychoactive substance use), except
    F17 (nicotine dependence), since Part 2's definition of a substance use disorder "does
    not include tobacco or caffeine" (42 CFR 2.11). Caffeine has no category of its own
    (F15 covers it with the other stimulants), so F15 counts.

    This is the default of the problem's substance-use flag; the clinician may change it.
    """
    compact = compact_code(code)
    return (len(compact) >= 3 and compact[:2] == "F1" and compact[2].isdigit()
            and compact[2] != "7")


def description_words(text: str) -> list[str]:
    """The words of ``text`` as search compares them: folded (case and accents), apostrophes
    dropped, split at every other mark. "Ménière's disease" gives ["menieres", "disease"]."""
    # Nearly every description is plain ASCII, where folding is lower-casing (and about
    # twenty times faster than decomposing each character).
    folded = text.casefold() if text.isascii() else search_key(text)
    return [word for word in _SEPARATORS.split(folded.translate(_APOSTROPHES)) if word]


class NotBillableCode(ValidationError):
    """A code that exists in ICD-10-CM but is a category or subcategory, not a billable
    (valid for coding) code: the field sentences as in any ``ValidationError``, and
    ``suggestions``, billable codes under it in the classification's order, for the person
    to choose from."""

    def __init__(self, fields: Mapping[str, str],
                 suggestions: tuple[CodeMatch, ...]) -> None:
        super().__init__(" ".join(fields.values()), fields)
        self.suggestions = suggestions


def not_billable_sentence(code: str, suggestions: tuple[CodeMatch, ...],
                          shown: int = 4) -> str:
    """"F32 is a category, not a billable code: choose one of F32.0, F32.1, F32.2, F32.3, …"."""
    listed = ", ".join(match.code for match in suggestions[:shown])
    if not listed:
        return f"{code} is a category, not a billable code: choose a more specific code."
    end = ", …" if len(suggestions) > shown else "."
    return f"{code} is a category, not a billable code: choose one of {listed}{end}"
