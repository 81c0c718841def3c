"""A sentence a service wrote, in the user's language: how the screens show refusals.

Services have no Qt, so they write their refusals in English (``CoordinatorError.message``,
``ValidationError.fields``), which the command line and the log keep. A sentence the
service marked with ``said`` is a ``coordinator.domain.words.Words``, which also carries its
template and values: the screen translates the template under its context and fills in the
values, a date in the user's format and a nested ``Words`` (a field's title) translated the
same way, a standard level of care under its seeded English name in the user's language. A
plain ``str`` (a sentence not marked yet, a name) is shown as it is.
"""

from __future__ import annotations

from datetime import date

from coordinator.domain.errors import CoordinatorError, ValidationError
from coordinator.domain.words import Value, Words
from coordinator.ui.care.titles import level_name
from coordinator.ui.locale_text import date_text
from coordinator.ui.placeholders import arg
from coordinator.ui.translation import translate


def said_text(text: str) -> str:
    """``text`` in the user's language when it is a ``Words``; as it is otherwise."""
    if not isinstance(text, Words):
        return text
    return arg(translate(text.context, text.template), *map(_value, text.values))


def _value(value: Value) -> str:
    if isinstance(value, Words):
        return said_text(value)
    if isinstance(value, date):
        return date_text(value)
    # A standard level of care named by its seeded English name reads in the user's language.
    return (level_name(value) or value) if isinstance(value, str) else str(value)


def error_text(error: BaseException) -> str:
    """What a refusal says, in the user's language (an unexpected error: its ``str``)."""
    if isinstance(error, CoordinatorError):
        return said_text(error.message)
    return str(error)


def field_texts(error: ValidationError) -> dict[str, str]:
    """The refusal's sentence for each field, in the user's language."""
    return {name: said_text(text) for name, text in error.fields.items()}
