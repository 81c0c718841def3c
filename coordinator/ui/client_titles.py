"""The usual words of a client's identity fields, shown in the user's language.

The preferred language is picked from a fixed list of English names and stored as picked;
sex at birth and gender identity are typed, usually as one of a few words ("female",
"Woman"). Those words read in the user's language; anything else shows as entered, and
what is stored never changes. Each title is written out literally so ``lupdate`` finds it.
"""

from __future__ import annotations

from coordinator.ui.translation import QT_TRANSLATE_NOOP, translate


def _known(value: str, titles: dict[str, str]) -> str:
    """``value``'s title, or ``value`` itself when it is not a known word or its title only
    changes its capitals (English keeps what was typed)."""
    title = titles.get(value.strip().casefold())
    if title is None or title.casefold() == value.strip().casefold():
        return value
    return title


#: The preferred languages the client form offers, by the English name stored for each (the
#: clinic's language of record); the form shows each in the user's language.
PREFERRED_LANGUAGES = (
    QT_TRANSLATE_NOOP("ClientTitles", "English"),
    QT_TRANSLATE_NOOP("ClientTitles", "Spanish"),
    QT_TRANSLATE_NOOP("ClientTitles", "Vietnamese"),
    QT_TRANSLATE_NOOP("ClientTitles", "Khmer"),
    QT_TRANSLATE_NOOP("ClientTitles", "Chinese"),
    QT_TRANSLATE_NOOP("ClientTitles", "Arabic"),
    QT_TRANSLATE_NOOP("ClientTitles", "Tagalog"),
    QT_TRANSLATE_NOOP("ClientTitles", "Russian"),
    QT_TRANSLATE_NOOP("ClientTitles", "Haitian Creole"),
    QT_TRANSLATE_NOOP("ClientTitles", "Portuguese"),
    QT_TRANSLATE_NOOP("ClientTitles", "American Sign Language"),
)


def _language_titles() -> dict[str, str]:
    """Each offered language's title in the user's language, by its English name folded."""
    return {name.casefold(): translate("ClientTitles", name) for name in PREFERRED_LANGUAGES}


def language_title(language: str) -> str:
    """A preferred language from the client form's list ("Spanish") in the user's language."""
    return _known(language, _language_titles())


def stored_language(shown: str) -> str:
    """The preferred language to store for what the form shows: the English name of an
    offered language, by its title in the user's language or in English ("Español" and
    "spanish" are "Spanish"); a language typed in that is not offered, as typed."""
    typed = shown.strip().casefold()
    for name in PREFERRED_LANGUAGES:
        if typed in (name.casefold(), translate("ClientTitles", name).casefold()):
            return name
    return shown.strip()


def sex_at_birth_title(value: str) -> str:
    """E.g. "female" as "Female"."""
    return _known(value, {
        "female": translate("ClientTitles", "Female"),
        "male": translate("ClientTitles", "Male"),
        "intersex": translate("ClientTitles", "Intersex"),
        "unknown": translate("ClientTitles", "Unknown"),
    })


def gender_identity_title(value: str) -> str:
    """E.g. "Woman", "Non-binary"."""
    return _known(value, {
        "woman": translate("ClientTitles", "Woman"),
        "man": translate("ClientTitles", "Man"),
        "non-binary": translate("ClientTitles", "Non-binary"),
        "transgender woman": translate("ClientTitles", "Transgender woman"),
        "transgender man": translate("ClientTitles", "Transgender man"),
        "genderqueer": translate("ClientTitles", "Genderqueer"),
        "two-spirit": translate("ClientTitles", "Two-spirit"),
    })
