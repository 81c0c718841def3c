"""A person's own preferences on this workstation, each declared once (key, default,
title), kept per user with QSettings apart from remembered window layouts.

Today: the text size, applied at sign-in and at once when chosen, and the language,
applied at the next sign-in (``session_flow``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from coordinator.ui.resources import (
    BASE_POINT_SIZE,
    SHIPPED_LANGUAGES,
    SYSTEM_LANGUAGE,
    apply_point_size,
)
from coordinator.ui.translation import translate
from coordinator.ui.window_memory import user_key


@dataclass(frozen=True)
class TextSize:
    """One choice of text size: its stored key, point size and title."""

    key: str
    points: float
    title: str


def text_sizes() -> list[TextSize]:
    """The text sizes a person may choose, smallest first (titles translated)."""
    return [TextSize("small", 9.0, translate("Preferences", "&Small")),
            TextSize("normal", BASE_POINT_SIZE, translate("Preferences", "&Normal")),
            TextSize("large", 12.0, translate("Preferences", "&Large")),
            TextSize("largest", 14.0, translate("Preferences", "L&argest"))]


TEXT_SIZE_KEY = "preferences/text_size"
TEXT_SIZE_DEFAULT = "normal"


@dataclass(frozen=True)
class LanguageChoice:
    """One choice of language: its stored key (a language code, or ``SYSTEM_LANGUAGE``)
    and its title."""

    key: str
    title: str


def language_choices() -> list[LanguageChoice]:
    """The languages a person may choose, the workstation's first."""
    # Each language is named in itself (a Spanish speaker looks for "Español" in an
    # English list), so only "System language" is translated.
    names = {"en": "English", "es": "Español"}
    return [LanguageChoice(SYSTEM_LANGUAGE, translate("Preferences", "System language")),
            *(LanguageChoice(code, names[code]) for code in SHIPPED_LANGUAGES)]


LANGUAGE_KEY = "preferences/language"


class Preferences:
    """The preferences of user ``user_id`` (``settings`` None: the app's QSettings)."""

    def __init__(self, user_id: int, settings: QSettings | None = None) -> None:
        self.user_id = user_id
        self.settings = settings if settings is not None else QSettings()

    def text_size(self) -> TextSize:
        """The chosen text size (Normal when none was chosen or the stored one is gone)."""
        stored = self.settings.value(user_key(self.user_id, TEXT_SIZE_KEY))
        sizes = {size.key: size for size in text_sizes()}
        return sizes.get(str(stored), sizes[TEXT_SIZE_DEFAULT])

    def chose_text_size(self) -> bool:
        return self.settings.contains(user_key(self.user_id, TEXT_SIZE_KEY))

    def set_text_size(self, key: str) -> None:
        self.settings.setValue(user_key(self.user_id, TEXT_SIZE_KEY), key)
        self.settings.sync()

    def language(self) -> str:
        """The chosen language's key; ``SYSTEM_LANGUAGE`` when none was chosen or the
        stored one is not a language this version speaks."""
        stored = str(self.settings.value(user_key(self.user_id, LANGUAGE_KEY), ""))
        return stored if stored in SHIPPED_LANGUAGES else SYSTEM_LANGUAGE

    def set_language(self, key: str) -> None:
        """Keep ``key`` (see ``language_choices``) as this user's language from their
        next sign-in on."""
        self.settings.setValue(user_key(self.user_id, LANGUAGE_KEY), key)
        self.settings.sync()


_applied: list[TextSize] = []  # the size put on in this run, if any was


def apply_text_size(size: TextSize) -> None:
    """Show every window's text at ``size`` (titles grow and shrink with it)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_point_size(app, size.points)
        _applied[:] = [size]


def forget_applied_text_size() -> None:
    """The start-up look is on again (``apply_look``): no size was chosen in this run."""
    _applied.clear()


def apply_at_sign_in(preferences: Preferences) -> None:
    """Put on the signed-in person's text size: the one they chose, or Normal again when
    someone before them in this run chose another (the start-up look is Normal)."""
    size = preferences.text_size()
    if preferences.chose_text_size() or (_applied and _applied[0] != size):
        apply_text_size(size)
