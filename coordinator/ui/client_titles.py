"""The usual words of a client's identity fields, shown in the user's language.

The preferred language is picked from a fixed list of English names and stored as picked;
sex at birth and gender identity are typed, usually as one of a few words ("female",
"Woman"). Those words read in the user's language; anything else shows as entered, and
what is stored never changes. Each title is written out literally so ``lupdate`` finds it.
"""

from __future__ import annotations

from coordinator.ui.translation import translate


def _known(value: str, titles: dict[str, str]) -> str:
    """``value``'s title, or ``value`` itself when it is not a known word or its title only
    changes its capitals (English keeps what was typed)."""
    title = titles.get(value.strip().casefold())
    if title is None or title.casefold() == value.strip().casefold():
        return value
    return title


def language_title(language: str) -> str:
    """A preferred language from the client form's list ("Spanish") in the user's language."""
    return _known(language, {
        "english": translate("ClientTitles", "English"),
        "spanish": translate("ClientTitles", "Spanish"),
        "vietnamese": translate("ClientTitles", "Vietnamese"),
        "khmer": translate("ClientTitles", "Khmer"),
        "chinese": translate("ClientTitles", "Chinese"),
        "arabic": translate("ClientTitles", "Arabic"),
        "tagalog": translate("ClientTitles", "Tagalog"),
        "russian": translate("ClientTitles", "Russian"),
        "haitian creole": translate("ClientTitles", "Haitian Creole"),
        "portuguese": translate("ClientTitles", "Portuguese"),
        "american sign language": translate("ClientTitles", "American Sign Language"),
    })


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
